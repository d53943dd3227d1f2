package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** 资金来源, written by its Chinese name everywhere a person or a file sees it. */
public enum FundSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算拨款"),
    GOVERNMENT_FUND_BUDGET("政府性基金预算拨款"),
    STATE_CAPITAL_BUDGET("国有资本经营预算拨款"),
    SPECIAL_ACCOUNT_FUNDS("财政专户管理资金"),
    BUSINESS_INCOME("事业收入"),
    OPERATING_INCOME("事业单位经营收入"),
    SUBSIDY_FROM_SUPERIOR("上级补助收入"),
    TURNOVER_FROM_SUBORDINATES("附属单位上缴收入"),
    OTHER_INCOME("其他收入"),
    /**
     * Not a fund source but how carried money was named before lines had an origin: such a line is of origin
     * 上年结转 with its fund source unknown, and keeps reading so.
     */
    CARRIED_OVER("上年结转结余");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** 财政拨款: the first three sources. */
    public boolean isFiscalAppropriation() {
        return this == GENERAL_PUBLIC_BUDGET || this == GOVERNMENT_FUND_BUDGET || this == STATE_CAPITAL_BUDGET;
    }

    @JsonCreator
    public static FundSource of(String text) {
        String wanted = text == null ? "" : text.strip();
        for (FundSource source : values()) {
            if (source.label.equals(wanted) || source.name().equals(wanted)) {
                return source;
            }
        }
        throw LedgerException.invalid("FUND_SOURCE_UNKNOWN", "未知的资金来源：" + wanted + "（应为 "
                + Arrays.stream(values()).map(FundSource::label).collect(Collectors.joining("、")) + "）");
    }
}
