package cn.budgetledger.query.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A PostgreSQL server that outlives the applications using it, as a real one would: it runs in the test's
 * JVM, so killing an application process leaves the database (and its committed data) standing. Tests that only
 * need a database share one server per JVM ({@link #ofThisJvm()}), as starting one takes seconds.
 */
public final class SharedPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private SharedPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The server the tests of this JVM share: started on first use, stopped when the JVM exits. */
    public static SharedPostgres ofThisJvm() {
        return OfThisJvm.SERVER;
    }

    /** A server of its own, stopped by {@link #close()}. */
    public static SharedPostgres start() {
        try {
            return new SharedPostgres(EmbeddedPostgres.builder()
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "200")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(postgres.getPostgresDatabase());
    }

    /** Holds the shared server, so it starts when first asked for, once (the holder idiom). */
    private static final class OfThisJvm {
        static final SharedPostgres SERVER = start();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
