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
 * to listen (anything announced before may have gone unheard) and when announcements arrive. It is listening only
 * while the connection has answered lately: a connection dropped without a word (a network gone, a fail-over) is
 * asked every two seconds, each question given three, so within six seconds it no longer counts as listening.
 */
public final class Announcements {

    /** What the listener is told. */
    public interface Hearing {

        /** Listening from now on; what was announced before may have gone unheard. */
        void listening();

        /** One or more announcements arrived. */
        void heard();
    }

    private static final Logger log = LoggerFactory.getLogger(Announcements.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int ANSWER_MILLIS = 3_000;
    /** A question every two seconds, waited for at most three, after a wait for announcements of one. */
    private static final long ANSWERED_LATELY_NANOS = TimeUnit.SECONDS.toNanos(6);
    private static final long RETRY_MILLIS = 1_000;
    private static final long STOP_MILLIS = 5_000;

    private final DataSource dataSource;
    private final String channel;
    private final String applicationName;
    private final Hearing hearing;
    /** The thread listening now; one replaced or stopped ends. */
    private volatile Thread listener;
    /** When the connection last answered; 0 while not listening. */
    private volatile long answeredAt;

    /**
     * @param channel         a plain identifier (it is written into the statement)
     * @param applicationName how the listening connection shows in {@code pg_stat_activity}
     */
    public Announcements(DataSource dataSource, String channel, String applicationName, Hearing hearing) {
        if (!channel.matches("[a-z_][a-z0-9_]*") || !applicationName.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a plain channel or application name: " + channel + ", "
                    + applicationName);
        }
        this.dataSource = dataSource;
        this.channel = channel;
        this.applicationName = applicationName;
        this.hearing = hearing;
    }

    public synchronized void start() {
        Thread started = new Thread(this::listen, channel);
        started.setDaemon(true);
        listener = started;
        started.start();
    }

    public synchronized void stop() {
        Thread stopped = listener;
        listener = null;
        answeredAt = 0;
        if (stopped != null) {
            stopped.interrupt();
            try {
                stopped.join(STOP_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return listener != null;
    }

    /** Whether every announcement made now will be heard: listening, on a connection that answered lately. */
    public boolean isListening() {
        long answered = answeredAt;
        return answered != 0 && System.nanoTime() - answered < ANSWERED_LATELY_NANOS && isRunning();
    }

    private boolean mine() {
        return listener == Thread.currentThread();
    }

    private void listen() {
        while (mine()) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                listenOn(connection);
            } catch (SQLException | RuntimeException lost) {
                answeredAt = 0;
                if (mine()) {
                    log.warn("Listening on channel {} failed; listening again in a second", channel, lost);
                    pause();
                }
            } finally {
                answeredAt = 0;
                retire(connection);
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            connection.setNetworkTimeout(Runnable::run, ANSWER_MILLIS);
            statement.execute("set application_name = '" + applicationName + "'");
            statement.execute("listen " + channel);
            PGConnection announcements = connection.unwrap(PGConnection.class);
            hearing.listening();
            long checked = System.nanoTime();
            answeredAt = checked;
            while (mine()) {
                PGNotification[] heard = announcements.getNotifications(WAIT_MILLIS);
                if (heard != null && heard.length > 0) {
                    hearing.heard();
                }
                if (System.nanoTime() - checked > CHECK_NANOS) {
                    statement.execute("select 1");
                    checked = System.nanoTime();
                    answeredAt = checked;
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
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
