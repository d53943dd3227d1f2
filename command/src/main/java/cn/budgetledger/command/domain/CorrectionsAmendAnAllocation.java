package cn.budgetledger.command.domain;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A correction (更正) amends what an approval document gave a line: that allocation must exist, the correction must
 * change it, it says why, and it cannot precede it (a figure as of any date would show a 年初预算 the line never had).
 */
final class CorrectionsAmendAnAllocation {

    private CorrectionsAmendAnAllocation() {
    }

    /** A correction says why: a 年初预算 changed without a reason is no audit trail. */
    static Optional<Rejection> checkReason(String reason) {
        return reason == null || reason.isBlank()
                ? Rejection.invalid("CORRECTION_REASON_MISSING", "更正须写明更正事由") : Rejection.allowed();
    }

    /** @param ofApproval what the named approval document gave each of its lines; null if it was never recorded */
    static Optional<Rejection> check(String approvalDocument, LineKey line, Map<LineKey, AllocationOnRecord> ofApproval) {
        if (ofApproval == null) {
            return Rejection.notFound("ALLOCATION_NOT_FOUND", "更正所指的预算批复 " + approvalDocument + " 不存在");
        }
        return ofApproval.containsKey(line) ? Rejection.allowed()
                : Rejection.notFound("ALLOCATION_NOT_FOUND", "预算批复 " + approvalDocument + " 未下达指标 "
                        + line.describe() + " 的年初预算，无从更正");
    }

    /** 上年结转 money is what last year's closing computed, not a figure anyone typed: correcting it would part it
     * from the 结转 that year's closing recorded. */
    static Optional<Rejection> check(AllocationOnRecord allocation, LocalDate date, Money corrected) {
        if (allocation.type() == AllocationType.CARRIED_OVER) {
            return Rejection.ruleViolated("CARRIED_FORWARD_NOT_CORRECTABLE", "上年结转指标由上年年终结转生成，"
                    + "与上年结转记录一致，不能更正；确需变动的，以科目调整办理");
        }
        if (date.isBefore(allocation.date())) {
            return Rejection.invalid("CORRECTION_BEFORE_ALLOCATION", "更正日期 " + date + " 早于所更正的批复日期 "
                    + allocation.date());
        }
        return corrected.equals(allocation.amount())
                ? Rejection.invalid("CORRECTION_CHANGES_NOTHING", "更正后金额与现年初预算 " + allocation.amount().grouped()
                        + " 元相同，无需更正")
                : Rejection.allowed();
    }
}
