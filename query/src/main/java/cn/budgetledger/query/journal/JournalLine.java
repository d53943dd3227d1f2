package cn.budgetledger.query.journal;

import java.util.UUID;

/** The line a journal entry names, by its codes as finance staff read them. */
public record JournalLine(UUID lineId, String functionalCode, String economicCode, String projectCode,
                          String projectName, String fundSource, String origin) {
}
