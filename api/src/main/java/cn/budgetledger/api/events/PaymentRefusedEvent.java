package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A payment the ledger refused, not paid but remembered (it feeds 运转保障率): one that would have overdrawn its
 * line (无预算不支出), or taken it past its spending plan (code PLAN_EXCEEDED).
 * Revision 2: its lines name their origin (older events are upcast). Events stored before spending plans have no
 * code: they read with code null, which is the 无预算不支出 refusal ({@link #WITHOUT_BUDGET}).
 */
@Revision("2")
public record PaymentRefusedEvent(UnitYear budget, String voucher, LocalDate date, LineKey line, Money requested,
                                  Money available, String code) {

    /** The code of a refusal for want of available balance (无预算不支出). */
    public static final String WITHOUT_BUDGET = "PAYMENT_REFUSED";

    /** Why it was refused; an event stored before refusals had a code was refused for want of budget. */
    public String reason() {
        return code == null ? WITHOUT_BUDGET : code;
    }
}
