package cn.budgetledger.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL runs as its own process (pg_ctl starts it in the background), so a JVM killed with
 * kill -9 leaves its postmaster running on the data folder, and the next start would fail on the lock file
 * postmaster.pid. Before starting, this finds such an orphan and shuts it down cleanly.
 *
 * <p>A postmaster whose JVM is still alive is never touched: that JVM holds the embedded library's lock file
 * ({@value #JVM_LOCK}) in the data folder for as long as it runs, and the operating system releases it when
 * the JVM dies, however it dies.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    /** The file io.zonky's EmbeddedPostgres locks for the life of the JVM that started the server. */
    static final String JVM_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private OrphanedPostmaster() {
    }

    /**
     * Stops the postmaster left running on this data folder by a JVM that is gone, and removes a lock file that
     * names a process that is not that postmaster (a stale file whose number the system gave to another process).
     *
     * @throws IllegalStateException when another live JVM runs a ledger on this folder, or the orphan will not stop
     */
    static void stopIfAny(Path dataDirectory, Duration patience) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoLiveOwner(dataDirectory);
        Optional<ProcessHandle> postmaster = pidOf(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (postmaster.isEmpty()) {
            return; // PostgreSQL itself replaces a lock file whose process is gone.
        }
        Optional<Boolean> ours = isPostmasterOf(postmaster.get(), dataDirectory);
        if (ours.isEmpty()) {
            return; // Without /proc nothing can be told: PostgreSQL's own checks decide.
        }
        if (!ours.get()) {
            log.warn("Removing stale {}: process {} is not PostgreSQL on {}", pidFile, postmaster.get().pid(), dataDirectory);
            delete(pidFile);
            return;
        }
        log.warn("Stopping PostgreSQL (process {}) left running on {} by a ledger that did not shut down",
                postmaster.get().pid(), dataDirectory.toAbsolutePath());
        // SIGTERM: PostgreSQL's smart shutdown; its clients died with their JVM, so it checkpoints and exits.
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            throw new IllegalStateException("数据目录 " + dataDirectory.toAbsolutePath() + " 上遗留的 PostgreSQL（进程 "
                    + postmaster.get().pid() + "）在 " + patience.toSeconds() + " 秒内未能停止，请手动停止后再启动");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(JVM_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel();
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("数据目录 " + dataDirectory.toAbsolutePath()
                        + " 正被另一个运行中的预算指标账使用；同一数据目录只能启动一个实例");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> pidOf(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** A postmaster changes into its data folder, and Linux's /proc tells where a process stands; empty elsewhere. */
    private static Optional<Boolean> isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
        if (!Files.exists(workingDirectory, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            boolean postgres = process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
            return Optional.of(postgres && workingDirectory.toRealPath().equals(dataDirectory.toRealPath()));
        } catch (IOException notVisible) {
            return Optional.empty();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
