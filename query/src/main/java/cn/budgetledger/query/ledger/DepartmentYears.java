package cn.budgetledger.query.ledger;

import cn.budgetledger.api.FiscalYear;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.PlainText;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * A department's (主管部门) units in a year, the scope its roll-up sums: a 404 where it has none, and for the
 * year-on-year comparison its units of the previous year, if it had any.
 */
@Component
public class DepartmentYears {

    private final BudgetLedgerRepository ledger;

    public DepartmentYears(BudgetLedgerRepository ledger) {
        this.ledger = ledger;
    }

    /** The department's units in the year, by unit code, or DEPARTMENT_NOT_FOUND. */
    public Map<String, BudgetLedgerRepository.YearRow> units(String department, int year) {
        String code = PlainText.requireParentCode(department);
        new FiscalYear(year);
        Map<String, BudgetLedgerRepository.YearRow> units = code == null ? Map.of() : ledger.yearsOfDepartment(code, year);
        if (units.isEmpty()) {
            throw LedgerException.notFound("DEPARTMENT_NOT_FOUND",
                    "主管部门 " + code + " 在 " + year + " 年度没有预算单位");
        }
        return units;
    }

    /** The department's units in the year before, where the ledger holds any. */
    public Optional<Map<String, BudgetLedgerRepository.YearRow>> unitsOfPreviousYear(String department, int year) {
        String code = PlainText.requireParentCode(department);
        return new FiscalYear(year).previous().filter(previous -> code != null)
                .map(previous -> ledger.yearsOfDepartment(code, previous.year()))
                .filter(units -> !units.isEmpty());
    }
}
