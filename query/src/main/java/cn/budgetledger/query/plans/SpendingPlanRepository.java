package cn.budgetledger.query.plans;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 用款计划 against execution (SpendingPlansView): the plans from spending_plan (every revision, the latest current),
 * the planned lines' execution by month from their daily movements up to the date.
 */
@Repository
public class SpendingPlanRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final BudgetLedgerRepository ledger;

    public SpendingPlanRepository(NamedParameterJdbcTemplate jdbc, BudgetLedgerRepository ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    private record PlanRow(UUID lineId, SpendingPlansView.LineCodes line, long revision, int month, long amount,
                           String recordedBy, OffsetDateTime recordedAt) {
    }

    /** A planned line's current plan and execution by month (fen), and its revisions in order. */
    private record PlannedLine(SpendingPlansView.LineCodes codes, long[] plan, long[] executed,
                               Map<Long, List<PlanRow>> revisions) {

        PlannedLine(SpendingPlansView.LineCodes codes) {
            this(codes, new long[12], new long[12], new LinkedHashMap<>());
        }
    }

    public SpendingPlansView plans(UnitYear budget, LocalDate asOf) {
        MapSqlParameterSource year = new MapSqlParameterSource("unit", budget.unit()).addValue("year", budget.year())
                .addValue("asOf", asOf);
        ledger.findYear(budget).orElseThrow(() -> BudgetYearNotFound.of(budget));
        Map<UUID, PlannedLine> lines = new LinkedHashMap<>();
        jdbc.query("""
                select p.line_id, p.revision, p.month, p.amount, p.recorded_by, p.recorded_at,
                       l.functional_code, l.economic_code, l.project_code, l.project_name, l.fund_source, l.origin
                from spending_plan p
                join budget_line l on l.unit = p.unit and l.year = p.year and l.line_id = p.line_id
                where p.unit = :unit and p.year = :year
                order by l.project_code, l.functional_code, l.economic_code, l.fund_source, l.origin, p.line_id,
                         p.revision, p.month""", year, (rs, row) -> new PlanRow(rs.getObject("line_id", UUID.class),
                new SpendingPlansView.LineCodes(rs.getString("functional_code"), rs.getString("economic_code"),
                        rs.getString("project_code"), rs.getString("project_name"), rs.getString("fund_source"),
                        rs.getString("origin")),
                rs.getLong("revision"), rs.getInt("month"), rs.getLong("amount"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class)))
                .forEach(row -> lines.computeIfAbsent(row.lineId(), id -> new PlannedLine(row.line())).revisions()
                        .computeIfAbsent(row.revision(), revision -> new ArrayList<>()).add(row));
        lines.values().forEach(line -> line.revisions().values().stream().reduce((earlier, later) -> later)
                .orElseThrow().forEach(month -> line.plan()[month.month() - 1] = month.amount()));
        jdbc.query("""
                select d.line_id, extract(month from d.business_date)::integer as month,
                       sum(d.paid - d.reversed) as executed
                from line_day_movement d
                where d.unit = :unit and d.year = :year and d.business_date <= :asOf
                  and d.line_id in (select p.line_id from spending_plan p where p.unit = :unit and p.year = :year)
                group by d.line_id, extract(month from d.business_date)""", year, rs -> {
            lines.get(rs.getObject("line_id", UUID.class)).executed()[rs.getInt("month") - 1] = rs.getLong("executed");
        });
        return view(budget, asOf, lines.values());
    }

    private static SpendingPlansView view(UnitYear budget, LocalDate asOf, Iterable<PlannedLine> lines) {
        long[][] total = new long[2][12];
        Map<String, long[][]> projects = new LinkedHashMap<>();
        Map<String, String> projectNames = new LinkedHashMap<>();
        List<SpendingPlansView.LinePlan> linePlans = new ArrayList<>();
        for (PlannedLine line : lines) {
            String code = line.codes().projectCode();
            projectNames.putIfAbsent(code, line.codes().projectName());
            long[][] project = projects.computeIfAbsent(code, ignored -> new long[2][12]);
            for (int month = 0; month < 12; month++) {
                total[0][month] += line.plan()[month];
                total[1][month] += line.executed()[month];
                project[0][month] += line.plan()[month];
                project[1][month] += line.executed()[month];
            }
            linePlans.add(new SpendingPlansView.LinePlan(line.codes(), PlanMonthFigures.of(line.plan(), line.executed()),
                    line.revisions().values().stream().map(SpendingPlanRepository::revision).toList()));
        }
        return new SpendingPlansView(budget.unit(), budget.year(), asOf, PlanMonthFigures.of(total[0], total[1]),
                projects.entrySet().stream().map(project -> new SpendingPlansView.ProjectPlan(project.getKey(),
                        projectNames.get(project.getKey()),
                        PlanMonthFigures.of(project.getValue()[0], project.getValue()[1]))).toList(),
                List.copyOf(linePlans));
    }

    private static SpendingPlansView.Revision revision(List<PlanRow> months) {
        long[] amounts = new long[12];
        months.forEach(month -> amounts[month.month() - 1] = month.amount());
        PlanRow first = months.get(0);
        return new SpendingPlansView.Revision(first.revision(), Arrays.stream(amounts).mapToObj(Money::ofFen).toList(),
                Money.ofFen(Arrays.stream(amounts).sum()), first.recordedBy(), first.recordedAt());
    }
}
