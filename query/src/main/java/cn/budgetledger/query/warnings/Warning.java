package cn.budgetledger.query.warnings;

/**
 * One warning: its level and kind (执行进度滞后 or 未达绩效目标), the scope it is about (单位, 项目 or
 * 指标, with code and name), the indicator, its value and what it is compared with, in words too.
 */
public record Warning(WarningLevel level, String kind, String scope, String code, String name, String indicator,
                      String value, String threshold, String message) {

    public static final String BEHIND_SCHEDULE = "执行进度滞后";
    public static final String TARGET_MISSED = "未达绩效目标";
}
