package cn.budgetledger.command.domain;

import java.util.Optional;

/**
 * DocumentNumbersAreUnique's answer for a document sent with a number: the number is new (record the document),
 * the same document was sent again (a safe retry: nothing to do), or the number is taken (the rejection).
 */
record NumberUse(boolean isRetry, Optional<Rejection> rejection) {

    static final NumberUse NEW = new NumberUse(false, Rejection.allowed());
    static final NumberUse RETRY = new NumberUse(true, Rejection.allowed());

    static NumberUse taken(Optional<Rejection> rejection) {
        return new NumberUse(false, rejection);
    }
}
