package cn.budgetledger.command.domain;

import cn.budgetledger.api.FreezeKind;

import java.util.Optional;

/** A freeze document says what the money is held for: its kind (合同, 采购, 财政冻结, 其他) and a reason (事由). */
public final class FreezesNameAKindAndAReason {

    private FreezesNameAKindAndAReason() {
    }

    public static Optional<Rejection> checkKind(FreezeKind kind) {
        return kind == null ? Rejection.invalid("FREEZE_KIND_MISSING", "冻结类型不能为空（合同、采购、财政冻结 或 其他）")
                : Rejection.allowed();
    }

    public static Optional<Rejection> checkReason(String reason) {
        return reason == null || reason.isBlank()
                ? Rejection.invalid("FREEZE_REASON_MISSING", "冻结事由不能为空：须写明冻结的依据（合同、采购事项等）")
                : Rejection.allowed();
    }
}
