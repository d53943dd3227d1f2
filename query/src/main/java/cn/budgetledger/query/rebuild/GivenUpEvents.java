package cn.budgetledger.query.rebuild;

import java.util.Set;

/**
 * The events an administrator gave up on for a read model (evicted from its dead-letter queue): the live read model
 * never showed them, so a rebuild passes over them too, and so reproduces the figures the processors made.
 */
public interface GivenUpEvents {

    /** The identifiers of the events given up for this processing group. */
    Set<String> of(String processingGroup);
}
