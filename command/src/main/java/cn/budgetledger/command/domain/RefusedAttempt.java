package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.events.PaymentRefusedEvent;

import java.time.LocalDate;

/**
 * The latest refused attempt of a voucher the year has not used: a refused voucher is not used up, but the same
 * attempt sent again (same date, line and amount) that meets the same answer (the same available balance) is not a
 * second refusal.
 */
record RefusedAttempt(LineKey line, Money requested, LocalDate date, Money available) implements UsedVoucher {

    static RefusedAttempt of(PaymentRefusedEvent event) {
        return new RefusedAttempt(event.line(), event.requested(), event.date(), event.available());
    }

    boolean isSentAgainAs(LocalDate date, LineKey line, Money requested, Money available) {
        return this.date.equals(date) && this.line.equals(line) && this.requested.equals(requested)
                && this.available.equals(available);
    }
}
