package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.query.ledger.KnownUnits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Administrators see every unit and set the department (主管部门) that decides which leaders read it. */
@RestController
@RequestMapping("/api/admin/units")
@Tag(name = "用户管理")
public class UnitAdministration {

    /** A unit as administration sees it: no figures, only who it belongs to. */
    public record UnitView(String unit, String unitName, String parentCode, String department, List<Integer> years) {
    }

    private final KnownUnits units;
    private final Departments departments;

    public UnitAdministration(KnownUnits units, Departments departments) {
        this.units = units;
        this.departments = departments;
    }

    @GetMapping
    @Operation(summary = "全部单位及其主管部门", description = "department 为管理员设定的主管部门，未设定时为开启年度时的上级代码")
    public List<UnitView> all() {
        return units.all().stream().map(unit -> new UnitView(unit.unit(), unit.unitName(), unit.parentCode(),
                unit.department(), unit.years())).toList();
    }

    @PutMapping("/{unit}/department")
    @Operation(summary = "设定单位的主管部门", description = "决定哪些领导可查看该单位；优先于开启年度时的上级代码")
    public UnitView assign(@PathVariable String unit, @RequestBody DepartmentRequest request, Authentication administrator) {
        if (!unit.matches("\\d{6}")) {
            throw LedgerException.invalid("UNIT_CODE_MALFORMED", "单位代码应为 6 位数字：" + unit);
        }
        if (request == null || request.department() == null || !request.department().matches("\\d{1,16}")) {
            throw LedgerException.invalid("DEPARTMENT_MALFORMED", "主管部门应为数字代码");
        }
        departments.assign(unit, request.department(), administrator.getName());
        return all().stream().filter(known -> known.unit().equals(unit)).findFirst()
                .orElse(new UnitView(unit, null, null, request.department(), List.of()));
    }
}
