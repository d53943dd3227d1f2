package cn.budgetledger.query.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/** The ledger's schema, migrated as the application migrates it, or as an older version of it left it. */
public final class Schema {

    public static final String LATEST = "latest";

    private Schema() {
    }

    /**
     * Migrates to the given version: the versioned migrations up to it, as a ledger of that version left its database;
     * with {@link #LATEST}, everything the application applies, the views and functions of db/views included.
     */
    public static void migrate(DataSource database, String target) {
        String[] locations = LATEST.equals(target)
                ? new String[]{"classpath:db/migration", "classpath:db/views"}
                : new String[]{"classpath:db/migration"};
        Flyway.configure().dataSource(database).locations(locations).target(target).load().migrate();
    }

    /**
     * The database of the server this JVM's tests share ({@link SharedPostgres#ofThisJvm()}), at the latest schema:
     * migrated on first use, once. A test empties the tables it writes before it starts.
     */
    public static JdbcTemplate latestOnSharedServer() {
        return LatestOnSharedServer.DATABASE;
    }

    private static final class LatestOnSharedServer {
        static final JdbcTemplate DATABASE = migratedAndPooled(SharedPostgres.ofThisJvm());

        /** Connections kept open: a test makes many short reads, and PostgreSQL starts a process for each new one. */
        private static JdbcTemplate migratedAndPooled(SharedPostgres server) {
            migrate(server.jdbc().getDataSource(), LATEST);
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(server.jdbcUrl());
            pool.setMaximumPoolSize(2);
            return new JdbcTemplate(new HikariDataSource(pool));
        }
    }
}
