package cn.budgetledger.command.web;

/** @param reason 退回原因, required: the enterer reads it */
public record ReturnRequest(String reason) {
}
