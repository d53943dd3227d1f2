package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Set;
import java.util.regex.Pattern;

/** 部门预算支出经济分类科目 at 款 level: five digits, 类 = first three. */
public record EconomicCode(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    private static final Set<String> THREE_PUBLIC = Set.of("30212", "30217", "30231", "31013");

    public EconomicCode {
        if (value == null || !FIVE_DIGITS.matcher(value).matches()) {
            throw LedgerException.invalid("ECONOMIC_CODE_MALFORMED",
                    "经济科目编码应为 5 位数字（类/款）：" + (value == null ? "空" : value));
        }
    }

    @JsonCreator
    public static EconomicCode of(String value) {
        return new EconomicCode(value == null ? null : value.strip());
    }

    public String category() {
        return value.substring(0, 3);
    }

    /** Inside 基本支出, 301xx (工资福利) and 303xx (对个人和家庭的补助) are 人员经费; all else 公用经费. */
    public boolean isPersonnel() {
        return value.startsWith("301") || value.startsWith("303");
    }

    /** 因公出国（境）费用, 公务接待费, 公务用车运行维护费, 公务用车购置. */
    public boolean isThreePublic() {
        return THREE_PUBLIC.contains(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
