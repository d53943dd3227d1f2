package cn.budgetledger.api;

/**
 * Every way the ledger says no: a machine-readable code, a message in Chinese for the person at the
 * keyboard, and a kind that the HTTP layer turns into a status.
 */
public class LedgerException extends RuntimeException {

    public enum Kind {
        /** The input itself is malformed. */
        INVALID_INPUT,
        /** What the input names does not exist. */
        NOT_FOUND,
        /** A document number already stands for different content, or the state forbids it. */
        CONFLICT,
        /** Well-formed, but a budget rule forbids it. */
        RULE_VIOLATED,
        /** Allowed to others, never to this person (e.g. approving one's own entry: 不相容岗位分离). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;

    public LedgerException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static LedgerException invalid(String code, String message) {
        return new LedgerException(Kind.INVALID_INPUT, code, message);
    }

    public static LedgerException notFound(String code, String message) {
        return new LedgerException(Kind.NOT_FOUND, code, message);
    }

    public static LedgerException conflict(String code, String message) {
        return new LedgerException(Kind.CONFLICT, code, message);
    }

    public static LedgerException ruleViolated(String code, String message) {
        return new LedgerException(Kind.RULE_VIOLATED, code, message);
    }

    public static LedgerException forbidden(String code, String message) {
        return new LedgerException(Kind.FORBIDDEN, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
