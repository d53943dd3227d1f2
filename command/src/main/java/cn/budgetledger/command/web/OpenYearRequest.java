package cn.budgetledger.command.web;

public record OpenYearRequest(String unitName, String parentCode) {
}
