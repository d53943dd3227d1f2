package cn.budgetledger.command.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * A year is closed only when no commitment stands open: a freeze still holding money or an entry still awaiting
 * review would otherwise be carried forward or lapse as if it were unspent. The refusal lists each of them, so the
 * finance staff know what to release, approve or return first.
 */
public final class ClosingLeavesNothingOpen {

    /** A refusal names this many of each kind, then how many more. */
    private static final int LISTED = 20;

    private ClosingLeavesNothingOpen() {
    }

    public static Optional<Rejection> check(Collection<String> openFreezes, Collection<String> awaitingReview) {
        if (openFreezes.isEmpty() && awaitingReview.isEmpty()) {
            return Rejection.allowed();
        }
        StringBuilder message = new StringBuilder("年度尚有未了结的事项，不能年终结转：");
        if (!openFreezes.isEmpty()) {
            message.append("未解冻的冻结单 ").append(listed(openFreezes)).append("（请先解冻）");
        }
        if (!awaitingReview.isEmpty()) {
            message.append(openFreezes.isEmpty() ? "" : "；").append("待审核的凭证 ").append(listed(awaitingReview))
                    .append("（请先审核通过或退回）");
        }
        return Rejection.ruleViolated("YEAR_HAS_OPEN_COMMITMENTS", message.toString());
    }

    private static String listed(Collection<String> documents) {
        String shown = String.join("、", documents.stream().sorted().limit(LISTED).toList());
        return documents.size() > LISTED ? shown + " 等 " + documents.size() + " 张" : shown;
    }
}
