package cn.budgetledger.command.web;

import cn.budgetledger.api.LineKey;

/** How an HTTP body names a budget line. */
public record LineRequest(String functionalCode, String economicCode, String projectCode, String fundSource) {

    LineKey toLineKey() {
        return LineKey.of(functionalCode, economicCode, projectCode, fundSource);
    }
}
