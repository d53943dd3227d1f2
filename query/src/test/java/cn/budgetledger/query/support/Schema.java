package cn.budgetledger.query.support;

import org.flywaydb.core.Flyway;

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
}
