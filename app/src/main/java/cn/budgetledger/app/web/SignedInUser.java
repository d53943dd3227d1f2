package cn.budgetledger.app.web;

import cn.budgetledger.app.security.LedgerUser;
import cn.budgetledger.app.security.UnitAccessPolicy;
import cn.budgetledger.app.security.UserDirectory;
import cn.budgetledger.query.ledger.KnownUnits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Who is signed in, and the units they may open: what the pages need to offer a choice of unit. */
@RestController
@Tag(name = "当前用户")
public class SignedInUser {

    /** A unit as the signed-in user sees it: whether they may also record for it (in its years not closed). */
    public record VisibleUnit(String unit, String unitName, String department, List<Integer> years,
                              List<Integer> closedYears, boolean writable) {
    }

    /** A department (主管部门) whose roll-up the signed-in user may read, and the years any of its units has. */
    public record VisibleDepartment(String department, List<Integer> years) {
    }

    public record Me(String username, String displayName, String role, String roleName, List<VisibleUnit> units,
                     List<VisibleDepartment> departments) {
    }

    private final UserDirectory users;
    private final KnownUnits units;
    private final UnitAccessPolicy policy;

    public SignedInUser(UserDirectory users, KnownUnits units, UnitAccessPolicy policy) {
        this.users = users;
        this.units = units;
        this.policy = policy;
    }

    @GetMapping("/api/me")
    @Operation(summary = "当前用户及其可查看的单位", description = "departments 为当前用户可查看汇总的主管部门（领导：其范围内的部门；"
            + "会计、审核：覆盖该部门全部单位时），years 为其任一单位有的年度")
    public Me me(Authentication authentication) {
        LedgerUser user = users.find(authentication.getName()).orElseThrow(
                () -> new AccessDeniedException("用户未登记：" + authentication.getName()));
        List<VisibleUnit> visible = units.all().stream()
                .filter(unit -> policy.mayRead(authentication, unit.unit(), unit.department()))
                .map(unit -> new VisibleUnit(unit.unit(), unit.unitName(), unit.department(), unit.years(),
                        unit.closedYears(), policy.mayWrite(authentication, unit.unit())))
                .toList();
        // A department it may read has every unit visible to it: its visible units give all its years.
        Map<String, SortedSet<Integer>> departmentYears = new TreeMap<>();
        visible.stream().filter(unit -> unit.department() != null).forEach(unit -> departmentYears
                .computeIfAbsent(unit.department(), department -> new TreeSet<>()).addAll(unit.years()));
        List<VisibleDepartment> departments = departmentYears.entrySet().stream()
                .filter(department -> policy.mayReadDepartment(authentication, department.getKey()))
                .map(department -> new VisibleDepartment(department.getKey(), List.copyOf(department.getValue())))
                .toList();
        return new Me(user.username(), user.displayName(), user.role().name(), user.role().label(), visible, departments);
    }
}
