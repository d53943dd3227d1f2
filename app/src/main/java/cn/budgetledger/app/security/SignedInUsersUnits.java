package cn.budgetledger.app.security;

import cn.budgetledger.query.web.VisibleUnits;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Overviews across units show the units the signed-in user may read, and nothing else. */
@Component
public class SignedInUsersUnits implements VisibleUnits {

    private final UnitAccessPolicy policy;

    public SignedInUsersUnits(UnitAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean includes(String unit, String department) {
        return policy.mayRead(SecurityContextHolder.getContext().getAuthentication(), unit, department);
    }
}
