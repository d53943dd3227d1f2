package cn.budgetledger.command.web;

import cn.budgetledger.api.LineKey;

/** How an HTTP body names a budget line; an omitted origin (指标来源) is resolved by the ledger. */
public record LineRequest(String functionalCode, String economicCode, String projectCode, String fundSource,
                          String origin) {

    LineKey toLineKey() {
        return LineKey.of(functionalCode, economicCode, projectCode, fundSource, origin);
    }
}
