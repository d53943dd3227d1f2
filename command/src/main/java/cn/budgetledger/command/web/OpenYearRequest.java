package cn.budgetledger.command.web;

/** @param reviewRequired whether the year's payments are entered for review (制单 → 审核 → 记账); omitted: no */
public record OpenYearRequest(String unitName, String parentCode, Boolean reviewRequired) {

    public OpenYearRequest(String unitName, String parentCode) {
        this(unitName, parentCode, null);
    }
}
