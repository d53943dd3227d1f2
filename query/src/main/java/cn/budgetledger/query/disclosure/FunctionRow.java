package cn.budgetledger.query.disclosure;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row of 一般公共预算支出表 by functional subject (类, 款, 项 or 合计), in 万元; previous and change compare its
 * total with the previous year's (null without a previous year).
 */
public record FunctionRow(String code, String name, String total, String basic, String personnel,
                          @JsonProperty("public") String publicFunds, String project, String previous, String change) {
}
