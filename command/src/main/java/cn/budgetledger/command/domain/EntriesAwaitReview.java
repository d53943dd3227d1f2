package cn.budgetledger.command.domain;

import cn.budgetledger.api.PlainText;
import cn.budgetledger.api.UnitYear;

import java.util.Optional;

/**
 * 制单 → 审核 → 记账: only an entry awaiting review is approved or returned; a return says why. Whether a unit-year
 * requires review is chosen when it is opened, and changed only by an administrator: an accountant opening the
 * year again cannot turn it off.
 */
public final class EntriesAwaitReview {

    private EntriesAwaitReview() {
    }

    /**
     * For a review decision: an unknown voucher is not found; one already returned or refused is no longer awaiting
     * review. One recorded (approved already) is answered as unchanged by the aggregate, not here.
     */
    public static Optional<Rejection> check(String voucher, UsedVoucher used) {
        if (used == null) {
            return Rejection.notFound("ENTRY_NOT_FOUND", "没有凭证号为 " + voucher + " 的待审核凭证");
        }
        if (!used.isAwaitingReview() && !used.isRecorded()) {
            return Rejection.conflict("ENTRY_NOT_AWAITING_REVIEW", "凭证 " + voucher + " 不在待审核状态（"
                    + (used.use() == UsedVoucher.Use.RETURNED ? "已退回" : "已拒付") + "），不能审核");
        }
        return Rejection.allowed();
    }

    /** An approved entry is on the books: taken back by a reversal, not returned. */
    public static Optional<Rejection> checkNotRecorded(String voucher, UsedVoucher used) {
        return used.isRecorded() ? Rejection.conflict("ENTRY_ALREADY_APPROVED",
                "凭证 " + voucher + " 已审核记账，不能退回；如需更正请冲销") : Rejection.allowed();
    }

    public static Optional<Rejection> checkReturnReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Rejection.invalid("RETURN_REASON_MISSING", "退回须注明退回原因");
        }
        PlainText.requireFreeText(reason, "退回原因");
        return Rejection.allowed();
    }

    /** Opening an open year again may repeat its review requirement, not change it. */
    public static Optional<Rejection> checkReopening(UnitYear budget, boolean required, Boolean requested) {
        return requested == null || requested == required ? Rejection.allowed()
                : Rejection.conflict("REVIEW_SET_BY_ADMINISTRATOR", budget + " 年度已开启，"
                        + (required ? "需要" : "不需要") + "审核；是否审核只能由管理员更改");
    }
}
