package cn.budgetledger.query.rebuild;

import java.time.Duration;
import java.util.List;

/** What a rebuild did: which read models, from how many events, in how many milliseconds. */
public record Rebuilt(List<String> readModels, long events, long tookMillis, long eventsPerSecond) {

    static Rebuilt of(List<String> readModels, long events, Duration took) {
        long millis = Math.max(1, took.toMillis());
        return new Rebuilt(readModels, events, millis, events * 1000 / millis);
    }
}
