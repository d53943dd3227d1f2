package cn.budgetledger.api.commands;

/**
 * Whether a document (approval, adjustment, reversal) was recorded now or had been already; a reversal in a year that
 * requires review is entered and awaits review instead.
 */
public enum DocumentOutcome { RECORDED, UNCHANGED, AWAITING_REVIEW }
