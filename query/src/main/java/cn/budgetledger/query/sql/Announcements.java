package cn.budgetledger.query.sql;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's announcements on one channel ({@code LISTEN}/{@code NOTIFY}), heard on a connection of its own by a
 * thread of its own, which listens again a second after the connection is lost. The listener is told when it starts
 * to listen (anything announced before may have gone unheard), when announcements arrive, and when it is deaf.
 */
public final class Announcements {

    /** What the listener is told. */
    public interface Hearing {

        /** Listening from now on; what was announced before may have gone unheard. */
        void listening();

        /** One or more announcements arrived. */
        void heard();

        /** Not listening (the connection lost, or stopped): announcements go unheard until {@link #listening()}. */
        void deaf();
    }

    private static final Logger log = LoggerFactory.getLogger(Announcements.class);
    private static final int WAIT_MILLIS = 1_000;
    /** A connection dropped without a word is found out by a statement now and then. */
    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long RETRY_MILLIS = 1_000;

    private final DataSource dataSource;
    private final String channel;
    private final String applicationName;
    private final Hearing hearing;
    private volatile boolean running;
    private Thread listener;

    /**
     * @param channel         a plain identifier (it is written into the statement)
     * @param applicationName how the listening connection shows in {@code pg_stat_activity}
     */
    public Announcements(DataSource dataSource, String channel, String applicationName, Hearing hearing) {
        if (!channel.matches("[a-z_][a-z0-9_]*") || !applicationName.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a plain channel or application name: " + channel);
        }
        this.dataSource = dataSource;
        this.channel = channel;
        this.applicationName = applicationName;
        this.hearing = hearing;
    }

    public void start() {
        running = true;
        listener = new Thread(this::listen, channel);
        listener.setDaemon(true);
        listener.start();
    }

    /** Stops listening within a second. */
    public void stop() {
        running = false;
        hearing.deaf();
        if (listener != null) {
            listener.interrupt();
        }
    }

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
                hearing.deaf();
                if (running) {
                    log.warn("Listening on channel {} failed; listening again in a second", channel, lost);
                    pause();
                }
            } finally {
                hearing.deaf();
                retire(connection);
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("set application_name = '" + applicationName + "'");
            statement.execute("listen " + channel);
            PGConnection announcements = connection.unwrap(PGConnection.class);
            hearing.listening();
            long checked = System.nanoTime();
            while (running) {
                PGNotification[] heard = announcements.getNotifications(WAIT_MILLIS);
                if (heard != null && heard.length > 0) {
                    hearing.heard();
                }
                if (System.nanoTime() - checked > CHECK_NANOS) {
                    statement.execute("select 1");
                    checked = System.nanoTime();
                }
            }
        }
    }

    /**
     * A connection that listened never goes back to the pool: the pool would not know it broken (announcements
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
            log.debug("Closing the connection that listened on channel {} failed", channel, unclosable);
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
