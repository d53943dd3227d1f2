package cn.budgetledger.api.commands;

/** Whether a document (approval, adjustment, reversal) was recorded now or had been already. */
public enum DocumentOutcome { RECORDED, UNCHANGED }
