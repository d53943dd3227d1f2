package cn.budgetledger.command.domain;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.AdjustmentEntry;

import java.util.List;
import java.util.Optional;

/** 调剂 moves money (entries sum to zero), 追加 only adds, 追减 only removes. */
public final class AdjustmentTypeSetsTheSigns {

    private static final String AMOUNT = "调整金额";

    private AdjustmentTypeSetsTheSigns() {
    }

    static Optional<Rejection> check(AdjustmentType type, List<AdjustmentEntry> entries) {
        if (type == null) {
            return Rejection.invalid("ADJUSTMENT_TYPE_MISSING", "调整类型不能为空（调剂、追加 或 追减）");
        }
        Optional<Rejection> blank = DocumentsHaveEntries.checkAdjustment(entries);
        if (blank.isPresent()) {
            return blank;
        }
        Money sum = Money.ZERO;
        for (AdjustmentEntry entry : entries) {
            Optional<Rejection> verdict = AmountsAreValid.checkNonZero(entry.amount(), AMOUNT)
                    .or(() -> checkEntry(type, entry.amount()));
            if (verdict.isPresent()) {
                return verdict;
            }
            sum = sum.plus(entry.amount());
        }
        return checkSum(type, sum);
    }

    /** One entry's amount: positive in a 追加, negative in a 追减. */
    public static Optional<Rejection> checkEntry(AdjustmentType type, Money amount) {
        if (type == AdjustmentType.INCREASE && amount.isNegative()) {
            return Rejection.invalid("ADJUSTMENT_SIGN", "追加的每条明细" + AMOUNT + "都应为正数：" + amount);
        }
        if (type == AdjustmentType.DECREASE && amount.isPositive()) {
            return Rejection.invalid("ADJUSTMENT_SIGN", "追减的每条明细" + AMOUNT + "都应为负数：" + amount);
        }
        return Rejection.allowed();
    }

    /** The sum of a document's entries: zero in a 调剂. */
    public static Optional<Rejection> checkSum(AdjustmentType type, Money sum) {
        return type == AdjustmentType.REALLOCATION && !sum.isZero()
                ? Rejection.invalid("REALLOCATION_UNBALANCED", "调剂的调入与调出应相抵（" + AMOUNT + "合计为零），现合计为 " + sum.grouped() + " 元")
                : Rejection.allowed();
    }
}
