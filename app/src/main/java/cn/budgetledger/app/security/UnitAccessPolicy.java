package cn.budgetledger.app.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The one place that decides whose data a user may see or change. Accountants read and write the units
 * assigned to them; reviewers read theirs and review their entries; leaders read the units of their departments and
 * the departments' roll-ups; administrators see no ledger data.
 * Asked afresh on every request, so a disabled user or a withdrawn unit takes effect at once.
 */
@Component
public class UnitAccessPolicy {

    private final UserDirectory users;
    private final Departments departments;

    public UnitAccessPolicy(UserDirectory users, Departments departments) {
        this.users = users;
        this.departments = departments;
    }

    public boolean mayRead(Authentication authentication, String unit) {
        return signedIn(authentication).map(user -> switch (user.role()) {
            case ACCOUNTANT, REVIEWER -> user.covers(unit);
            case LEADER -> user.scope().contains(LedgerUser.EVERY_UNIT)
                    || departments.of(unit).map(user::covers).orElse(false);
            case ADMIN -> false;
        }).orElse(false);
    }

    /** For a listing that already read each unit's department (KnownUnits, department_of_unit), or null. */
    public boolean mayRead(Authentication authentication, String unit, String department) {
        return signedIn(authentication).map(user -> switch (user.role()) {
            case ACCOUNTANT, REVIEWER -> user.covers(unit);
            case LEADER -> user.covers(department);
            case ADMIN -> false;
        }).orElse(false);
    }

    /**
     * A department's roll-up (its units summed): a leader whose scope holds it; an accountant or reviewer only where
     * they read every unit it holds (its sums would otherwise show the figures of units outside their scope).
     */
    public boolean mayReadDepartment(Authentication authentication, String department) {
        return signedIn(authentication).map(user -> switch (user.role()) {
            case ACCOUNTANT, REVIEWER -> user.scope().contains(LedgerUser.EVERY_UNIT)
                    || coversAll(user, departments.units(department));
            case LEADER -> user.covers(department);
            case ADMIN -> false;
        }).orElse(false);
    }

    private static boolean coversAll(LedgerUser user, List<String> units) {
        return !units.isEmpty() && units.stream().allMatch(user::covers);
    }

    public boolean mayWrite(Authentication authentication, String unit) {
        return signedIn(authentication).map(user -> user.role() == Role.ACCOUNTANT && user.covers(unit)).orElse(false);
    }

    /** 审核: approving or returning the entries of a unit, never entering them. */
    public boolean mayReview(Authentication authentication, String unit) {
        return signedIn(authentication).map(user -> user.role() == Role.REVIEWER && user.covers(unit)).orElse(false);
    }

    /** An administrator's switches of a unit-year (whether it requires review), never its figures. */
    public boolean administers(Authentication authentication) {
        return signedIn(authentication).map(user -> user.role() == Role.ADMIN).orElse(false);
    }

    /** An accountant for every unit: nothing a file names can be out of their reach. */
    public boolean writesEveryUnit(Authentication authentication) {
        return signedIn(authentication).map(user -> user.role() == Role.ACCOUNTANT
                && user.scope().contains(LedgerUser.EVERY_UNIT)).orElse(false);
    }

    private Optional<LedgerUser> signedIn(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.find(authentication.getName()).filter(LedgerUser::enabled);
    }
}
