package cn.budgetledger.command.domain;

/**
 * The rules a deployment may switch (application.yml, {@code ledger.rules.*}): a plain value handed to the
 * aggregate's handlers as a parameter and to the imports, so the domain model reads no configuration itself.
 *
 * @param threePublicNeverIncreasedByTransfer 三公经费只减不增: no 调剂 may increase a "三公" line
 */
public record RuleSettings(boolean threePublicNeverIncreasedByTransfer) {

    /** What a deployment gets unless it says otherwise. */
    public static final RuleSettings DEFAULT = new RuleSettings(true);
}
