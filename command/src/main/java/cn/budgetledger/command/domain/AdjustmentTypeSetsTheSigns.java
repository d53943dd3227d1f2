package cn.budgetledger.command.domain;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.AdjustmentEntry;

import java.util.List;

/** 调剂 moves money (entries sum to zero), 追加 only adds, 追减 only removes. */
final class AdjustmentTypeSetsTheSigns {

    private AdjustmentTypeSetsTheSigns() {
    }

    static void require(AdjustmentType type, List<AdjustmentEntry> entries) {
        if (type == null) {
            throw LedgerException.invalid("ADJUSTMENT_TYPE_MISSING", "调整类型不能为空（调剂、追加 或 追减）");
        }
        if (entries == null || entries.isEmpty()) {
            throw LedgerException.invalid("ADJUSTMENT_EMPTY", "调整单至少要有一条调整明细");
        }
        Money sum = Money.ZERO;
        for (AdjustmentEntry entry : entries) {
            if (entry == null) {
                throw LedgerException.invalid("ADJUSTMENT_ENTRY_MISSING", "调整明细不能为空");
            }
            AmountsAreValid.requireNonZero(entry.amount(), "调整金额");
            sum = sum.plus(entry.amount());
            if (type == AdjustmentType.INCREASE && entry.amount().isNegative()) {
                throw LedgerException.invalid("ADJUSTMENT_SIGN", "追加的每条明细金额都应为正数：" + entry.amount());
            }
            if (type == AdjustmentType.DECREASE && entry.amount().isPositive()) {
                throw LedgerException.invalid("ADJUSTMENT_SIGN", "追减的每条明细金额都应为负数：" + entry.amount());
            }
        }
        if (type == AdjustmentType.REALLOCATION && !sum.isZero()) {
            throw LedgerException.invalid("REALLOCATION_UNBALANCED", "调剂的调入与调出应相抵（合计为零），现合计为 " + sum);
        }
    }
}
