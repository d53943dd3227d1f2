package cn.budgetledger.app.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Authorization of every path that names a unit ({unit} in the pattern): reading or writing, as the
 * {@link UnitAccessPolicy} decides.
 */
@Component
public class UnitAuthorization {

    static final String UNIT = "unit";

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

    private static String unitOf(RequestAuthorizationContext context) {
        return context.getVariables().get(UNIT);
    }
}
