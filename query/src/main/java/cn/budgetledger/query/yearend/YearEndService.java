package cn.budgetledger.query.yearend;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import org.springframework.stereotype.Service;

/** The year-end report of a unit-year: only a closed year has one. */
@Service
public class YearEndService {

    private final BudgetLedgerRepository ledger;
    private final YearEndRepository balances;

    public YearEndService(BudgetLedgerRepository ledger, YearEndRepository balances) {
        this.ledger = ledger;
        this.balances = balances;
    }

    public YearEndReport report(UnitYear budget) {
        BudgetLedgerRepository.YearRow year = ledger.findYear(budget).orElseThrow(() -> BudgetYearNotFound.of(budget));
        if (year.closedOn() == null) {
            throw LedgerException.conflict("YEAR_NOT_CLOSED",
                    budget.year() + " 年度尚未年终结转，还没有结转和结余（年终结转后再查看）");
        }
        return YearEndReport.of(budget.unit(), year.unitName(), budget.year(), year.closedOn(), balances.balances(budget));
    }
}
