package cn.budgetledger.command.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * 不相容岗位分离: whoever entered a payment or reversal never reviews it, neither approving nor returning it, whatever
 * their role (an administrator included). An enterer who wants an entry withdrawn asks a reviewer to return it.
 */
public final class ReviewerIsNotTheEnterer {

    private ReviewerIsNotTheEnterer() {
    }

    public static Optional<Rejection> check(String voucher, String enteredBy, String reviewer) {
        return Objects.equals(enteredBy, reviewer)
                ? Rejection.forbidden("SEGREGATION_OF_DUTIES", "凭证 " + voucher + " 由 " + enteredBy
                        + " 制单，制单人不能审核自己的凭证（不相容岗位分离），请由其他审核人审核")
                : Rejection.allowed();
    }
}
