package cn.budgetledger.query.ledger;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.queries.BudgetView;
import cn.budgetledger.api.queries.Figures;
import cn.budgetledger.api.queries.FindBudgetQuery;
import cn.budgetledger.api.queries.FindLineHistoryQuery;
import cn.budgetledger.api.queries.LineHistoryView;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.api.queries.ProjectView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers the ledger's queries from the read model: lines, their projects and the unit's totals. */
@Component
public class BudgetQueryHandler {

    private final BudgetLedgerRepository repository;

    public BudgetQueryHandler(BudgetLedgerRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    public BudgetView handle(FindBudgetQuery query) {
        BudgetLedgerRepository.YearRow year = repository.findYear(query.budget())
                .orElseThrow(() -> BudgetYearNotFound.of(query.budget()));
        List<LineView> lines = repository.linesAsOf(query.budget(), query.asOf());
        Figures totals = lines.stream().map(LineView::figures).reduce(Figures.NONE, Figures::plus);
        return new BudgetView(query.budget().unit(), query.budget().year(), year.unitName(), year.parentCode(),
                year.closedOn(), query.asOf(), totals, projects(lines), lines);
    }

    @QueryHandler
    public LineHistoryView handle(FindLineHistoryQuery query) {
        repository.findYear(query.budget()).orElseThrow(() -> BudgetYearNotFound.of(query.budget()));
        LineView line = repository.lineAsOf(query.budget(), query.lineId(), LocalDate.MAX)
                .orElseThrow(() -> LedgerException.notFound("LINE_NOT_FOUND", "预算指标不存在：" + query.lineId()));
        return new LineHistoryView(line, repository.history(query.budget(), query.lineId()));
    }

    private static List<ProjectView> projects(List<LineView> lines) {
        Map<String, ProjectView> projects = new LinkedHashMap<>();
        for (LineView line : lines) {
            projects.merge(line.projectCode(),
                    new ProjectView(line.projectCode(), line.projectName(), line.projectCategory(), line.figures()),
                    (sum, next) -> new ProjectView(sum.code(), sum.name(), sum.category(),
                            sum.figures().plus(next.figures())));
        }
        return List.copyOf(projects.values());
    }
}
