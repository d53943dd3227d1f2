package cn.budgetledger.command.domain;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.Money;

import java.time.LocalDate;

/** What one approval document gave one line, as corrections left it: what a correction names and amends. */
record AllocationOnRecord(LocalDate date, Money amount, AllocationType type) {

    AllocationOnRecord plus(Money more) {
        return new AllocationOnRecord(date, amount.plus(more), type);
    }

    AllocationOnRecord correctedTo(Money corrected) {
        return new AllocationOnRecord(date, corrected, type);
    }
}
