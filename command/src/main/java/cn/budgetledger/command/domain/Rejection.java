package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;

import java.util.Optional;

/**
 * A rule's "no": a machine-readable code, the message in Chinese, and its kind (the HTTP status it becomes). Every
 * rule is a small policy over plain values that answers allowed (empty) or a rejection; the aggregate enforces it
 * (throws), an import's pre-check lists it as the row's error. So each message is written once, in its policy.
 */
public record Rejection(LedgerException.Kind kind, String code, String message) {

    public static Optional<Rejection> allowed() {
        return Optional.empty();
    }

    public static Optional<Rejection> invalid(String code, String message) {
        return Optional.of(new Rejection(LedgerException.Kind.INVALID_INPUT, code, message));
    }

    public static Optional<Rejection> notFound(String code, String message) {
        return Optional.of(new Rejection(LedgerException.Kind.NOT_FOUND, code, message));
    }

    public static Optional<Rejection> conflict(String code, String message) {
        return Optional.of(new Rejection(LedgerException.Kind.CONFLICT, code, message));
    }

    public static Optional<Rejection> ruleViolated(String code, String message) {
        return Optional.of(new Rejection(LedgerException.Kind.RULE_VIOLATED, code, message));
    }

    public static Optional<Rejection> forbidden(String code, String message) {
        return Optional.of(new Rejection(LedgerException.Kind.FORBIDDEN, code, message));
    }

    /** The command side's way with a verdict: a rejection is thrown, and nothing is applied. */
    public static void enforce(Optional<Rejection> verdict) {
        if (verdict.isPresent()) {
            throw verdict.get().asException();
        }
    }

    public LedgerException asException() {
        return new LedgerException(kind, code, message);
    }
}
