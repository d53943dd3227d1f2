package cn.budgetledger.app.security;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the user directory may have changed since a user was read. A connection of its own listens for
 * PostgreSQL's announcement of any change to the users or their scopes (V13_9_1), whichever instance made it. The
 * generation moves on with every announcement and every change made here; it is unknown (-1) whenever nothing
 * listens (not yet started, the connection lost), and then nothing read may be kept.
 */
@Component
public class DirectoryChanges implements SmartLifecycle {

    static final String CHANNEL = "ledger_user_changed";
    static final long UNKNOWN = -1;
    /** How the listening connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "ledger-user-directory-changes";
    private static final Logger log = LoggerFactory.getLogger(DirectoryChanges.class);
    private static final int WAIT_MILLIS = 1_000;
    /** A connection dropped without a word is found out by a statement now and then. */
    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long RETRY_MILLIS = 1_000;

    private final DataSource dataSource;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    public DirectoryChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The directory's generation, or {@link #UNKNOWN} when a change could go unheard. */
    public long generation() {
        return listening ? generation.get() : UNKNOWN;
    }

    /** A change made by this instance: what was read before it is stale at once, before the announcement arrives. */
    public void changed() {
        generation.incrementAndGet();
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "user-directory-changes");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                listenOn(connection);
            } catch (SQLException | RuntimeException lost) {
                listening = false;
                if (running) {
                    log.warn("Listening for user directory changes failed; users are read on every request until it"
                            + " listens again", lost);
                    pause();
                }
            } finally {
                listening = false;
                retire(connection);
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("set application_name = '" + APPLICATION_NAME + "'");
            statement.execute("listen " + CHANNEL);
            PGConnection announcements = connection.unwrap(PGConnection.class);
            // whatever was read while nothing listened may have missed a change
            changed();
            listening = true;
            long checked = System.nanoTime();
            while (running) {
                PGNotification[] heard = announcements.getNotifications(WAIT_MILLIS);
                if (heard != null && heard.length > 0) {
                    changed();
                }
                if (System.nanoTime() - checked > CHECK_NANOS) {
                    statement.execute("select 1");
                    checked = System.nanoTime();
                }
            }
        }
    }

    /**
     * A connection that listened never goes back to the pool: the pool would not know it broken (the announcements
     * are read past it), and a request would be handed a dead connection or one that still listens.
     */
    private void retire(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            } else {
                connection.close();
            }
        } catch (SQLException | RuntimeException unclosable) {
            log.debug("Closing the connection that listened for user directory changes failed", unclosable);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
