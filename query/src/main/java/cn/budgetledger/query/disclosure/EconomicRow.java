package cn.budgetledger.query.disclosure;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row of 基本支出表 by economic subject (类, 款 or 合计), in 万元; previous and change compare its total with the
 * previous year's (null without a previous year).
 */
public record EconomicRow(String code, String name, String total, String personnel,
                          @JsonProperty("public") String publicFunds, String previous, String change) {
}
