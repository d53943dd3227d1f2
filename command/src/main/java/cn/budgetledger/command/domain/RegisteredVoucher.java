package cn.budgetledger.command.domain;

import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;

/** What a voucher number was used for, as the register holds it: the event that used it, or its latest refusal. */
public sealed interface RegisteredVoucher {

    /** A payment, and the voucher of the reversal that took it back, if any. */
    record Payment(PaymentRecordedEvent recorded, String reversedBy) implements RegisteredVoucher {
    }

    record Reversal(PaymentReversedEvent recorded) implements RegisteredVoucher {
    }

    /** Not used: its latest refused attempt, so that attempt sent again is not refused a second time. */
    record Refusal(PaymentRefusedEvent refused) implements RegisteredVoucher {
    }
}
