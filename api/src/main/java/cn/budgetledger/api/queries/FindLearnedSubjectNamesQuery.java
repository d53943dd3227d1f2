package cn.budgetledger.api.queries;

/** Asks for the subject names imports have taught the ledger (codes the shipped catalogue lacks). */
public record FindLearnedSubjectNamesQuery() {
}
