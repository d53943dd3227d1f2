package cn.budgetledger.command.web;

/** The answer to a document: which one, and whether it was recorded now or had been already. */
public record CommandResult(String document, String outcome) {
}
