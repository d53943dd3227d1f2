package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One refused payment (拒付): what was asked, what the line had available then, why, and whether the voucher was
 * paid later (a refused voucher is not used up).
 */
public record RefusalJournalEntry(String voucher, LocalDate date, @JsonUnwrapped JournalLine line, Money amount, Money available,
                                  String reason, boolean paidLater, String recordedBy, Instant recordedAt) {

    /** What a refusal's code stands for: 无预算不支出 (also every refusal recorded before codes were kept), or the plan. */
    static String reasonOf(String code) {
        return code == null || PaymentRefusedEvent.WITHOUT_BUDGET.equals(code) ? "可用余额不足（无预算不支出）"
                : "超出用款计划";
    }
}
