package cn.budgetledger.query.plans;

import cn.budgetledger.api.Money;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 用款计划 against execution of a unit-year as of a date, over the lines that have a plan (their current one): the
 * unit's totals, each project's, each line's with the revisions of its plan (oldest first). Execution counts the
 * payments dated up to asOf, less their reversals.
 */
public record SpendingPlansView(String unit, int year, LocalDate asOf, List<PlanMonthFigures> totals,
                                List<ProjectPlan> projects, List<LinePlan> lines) {

    public record ProjectPlan(String code, String name, List<PlanMonthFigures> months) {
    }

    public record LineCodes(String functionalCode, String economicCode, String projectCode, String projectName,
                            String fundSource, String origin) {
    }

    public record LinePlan(@JsonUnwrapped LineCodes line, List<PlanMonthFigures> months, List<Revision> revisions) {
    }

    /** A revision of a line's plan (revision: its order in the unit-year): its twelve months, who set it and when. */
    public record Revision(long revision, List<Money> months, Money total, String recordedBy,
                           OffsetDateTime recordedAt) {
    }
}
