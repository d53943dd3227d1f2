package cn.budgetledger.command.domain;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;

import java.util.Optional;

/**
 * 三公经费只减不增: no 调剂 may increase a "三公" line (因公出国（境）费用, 公务接待费, 公务用车运行维护费, 公务用车购置),
 * whether it exists or the 调剂 opens it; a 追加 approved as such still may. A deployment may switch it off
 * ({@link RuleSettings}).
 */
public final class ThreePublicNeverIncreasedByTransfer {

    private ThreePublicNeverIncreasedByTransfer() {
    }

    /** @param netChange what the document's entries on this line add up to */
    public static Optional<Rejection> check(AdjustmentType type, LineKey line, Money netChange, RuleSettings settings) {
        return settings.threePublicNeverIncreasedByTransfer() && type == AdjustmentType.REALLOCATION
                && line.economicCode().isThreePublic() && netChange.isPositive()
                ? Rejection.ruleViolated("THREE_PUBLIC_INCREASED_BY_TRANSFER", "三公经费只减不增：调剂不得调增“三公”经费指标 "
                        + line.describe() + "（本单调增 " + netChange.grouped() + " 元）；确需增加的，以追加报批")
                : Rejection.allowed();
    }
}
