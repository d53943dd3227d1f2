package cn.budgetledger.command.domain;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.AdjustmentEntry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 专款专用: a 调剂 moves money between lines of one fund source, never from one source to another (政府性基金
 * money onto 一般公共预算 lines), so its entries sum to zero within each fund source. Moving across sources is a
 * 追减 of one and a 追加 of the other, each approved as such.
 */
public final class TransfersStayWithinFundSources {

    private TransfersStayWithinFundSources() {
    }

    /** @param entries the document's entries, each naming its line and a non-zero amount */
    public static Optional<Rejection> check(AdjustmentType type, List<AdjustmentEntry> entries) {
        if (type != AdjustmentType.REALLOCATION) {
            return Rejection.allowed();
        }
        Map<FundSource, Money> sums = new EnumMap<>(FundSource.class);
        entries.forEach(entry -> sums.merge(entry.line().fundSource(), entry.amount(), Money::plus));
        String imbalance = sums.entrySet().stream().filter(sum -> !sum.getValue().isZero())
                .map(sum -> sum.getKey().label() + (sum.getValue().isPositive() ? " 调入 " : " 调出 ")
                        + (sum.getValue().isPositive() ? sum.getValue() : sum.getValue().negate()).grouped() + " 元")
                .collect(Collectors.joining("，"));
        return imbalance.isEmpty() ? Rejection.allowed()
                : Rejection.ruleViolated("TRANSFER_CROSSES_FUND_SOURCES", "专款专用：调剂只能在同一资金来源的指标之间进行，"
                        + "每一资金来源的调入与调出应相抵；本单" + imbalance + "。跨资金来源须分别追减、追加");
    }
}
