package cn.budgetledger.app.security;

import cn.budgetledger.query.sql.Announcements;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the user directory may have changed since a user was read. A connection of its own listens for
 * PostgreSQL's announcement of any change to the users or their scopes (V13_9_1), whichever instance made it. The
 * generation moves on with every announcement and every change made here; it is unknown (-1) whenever nothing
 * listens (not yet started, the connection lost or silent for six seconds), and then nothing read may be kept.
 */
@Component
public class DirectoryChanges implements SmartLifecycle, Announcements.Hearing {

    static final String CHANNEL = "ledger_user_changed";
    static final long UNKNOWN = -1;
    /** How the listening connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "ledger-user-directory-changes";

    private final AtomicLong generation = new AtomicLong();
    private final Announcements announcements;

    public DirectoryChanges(DataSource dataSource) {
        this.announcements = new Announcements(dataSource, CHANNEL, APPLICATION_NAME, this);
    }

    /** The directory's generation, or {@link #UNKNOWN} when a change could go unheard. */
    public long generation() {
        return announcements.isListening() ? generation.get() : UNKNOWN;
    }

    /** A change made by this instance: what was read before it is stale at once, before the announcement arrives. */
    public void changed() {
        generation.incrementAndGet();
    }

    @Override
    public void listening() {
        // whatever was read while nothing listened may have missed a change
        changed();
    }

    @Override
    public void heard() {
        changed();
    }

    @Override
    public void start() {
        announcements.start();
    }

    @Override
    public void stop() {
        announcements.stop();
    }

    @Override
    public boolean isRunning() {
        return announcements.isRunning();
    }
}
