package cn.budgetledger.app.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Authorization of every path that names a unit ({unit} in the pattern): reading or writing, and of every path that
 * names a department ({department}): reading its roll-up, as the {@link UnitAccessPolicy} decides.
 */
@Component
public class UnitAuthorization {

    static final String UNIT = "unit";
    static final String DEPARTMENT = "department";

    private final UnitAccessPolicy policy;

    public UnitAuthorization(UnitAccessPolicy policy) {
        this.policy = policy;
    }

    public AuthorizationManager<RequestAuthorizationContext> reading() {
        return (authentication, context) -> new AuthorizationDecision(
                policy.mayRead(authentication.get(), unitOf(context)));
    }

    public AuthorizationManager<RequestAuthorizationContext> writing() {
        return (authentication, context) -> new AuthorizationDecision(
                policy.mayWrite(authentication.get(), unitOf(context)));
    }

    public AuthorizationManager<RequestAuthorizationContext> reviewing() {
        return (authentication, context) -> new AuthorizationDecision(
                policy.mayReview(authentication.get(), unitOf(context)));
    }

    /** Every path that names a department ({department} in the pattern): its roll-up of units. */
    public AuthorizationManager<RequestAuthorizationContext> readingDepartment() {
        return (authentication, context) -> new AuthorizationDecision(
                policy.mayReadDepartment(authentication.get(), context.getVariables().get(DEPARTMENT)));
    }

    private static String unitOf(RequestAuthorizationContext context) {
        return context.getVariables().get(UNIT);
    }
}
