package cn.budgetledger.app.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tag whose values come from what users type (a parent department code) kept to at most {@code cap}
 * distinct values: the first ones seen keep their own series, any later one is counted under
 * {@value #OVERFLOW}, so a typo in a parent code can never grow Prometheus without bound.
 */
final class BoundedTag {

    static final String OVERFLOW = "other";

    private final int cap;
    private final Set<String> admitted = ConcurrentHashMap.newKeySet();

    BoundedTag(int cap) {
        this.cap = cap;
    }

    synchronized String of(String value) {
        if (admitted.contains(value) || admitted.size() < cap) {
            admitted.add(value);
            return value;
        }
        return OVERFLOW;
    }
}
