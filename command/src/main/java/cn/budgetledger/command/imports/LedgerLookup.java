package cn.budgetledger.command.imports;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.queries.BudgetView;
import cn.budgetledger.api.queries.FindBudgetQuery;
import cn.budgetledger.api.queries.FindFreezeQuery;
import cn.budgetledger.api.queries.FindLearnedSubjectNamesQuery;
import cn.budgetledger.api.queries.FindPerformanceTargetsQuery;
import cn.budgetledger.api.queries.FindPaymentQuery;
import cn.budgetledger.api.queries.FreezeView;
import cn.budgetledger.api.queries.LearnedSubjectNames;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.api.queries.PaymentView;
import cn.budgetledger.api.queries.TargetKinds;
import cn.budgetledger.command.domain.ClosedYearTakesNoEntries;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the ledger already holds, as an import's checks need it: unit-years, their lines, recorded
 * payments, freeze documents, learned subject names. Asked through the query bus (the read model), once per unit-year per
 * import. The read model trails the event store by moments; the aggregate re-checks every rule anyway.
 */
public final class LedgerLookup {

    /** A unit-year as the checks see it: its view and its lines by identity. */
    public record KnownYear(BudgetView view, Map<LineKey, LineView> lines) {

        public boolean isClosed() {
            return view.closedOn() != null;
        }
    }

    private final QueryGateway queries;
    private final Map<UnitYear, Optional<KnownYear>> years = new HashMap<>();
    private LearnedSubjectNames learned;
    private final Map<UnitYear, TargetKinds> targets = new HashMap<>();

    LedgerLookup(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<KnownYear> year(UnitYear budget) {
        return years.computeIfAbsent(budget, this::ask);
    }

    /**
     * The unit-year a row records into: it must exist (only 预算批复 opens one) and be open. Either "no" becomes the
     * row's error; the year, when there is one, is answered so the row's other checks can go on.
     */
    public Optional<KnownYear> yearToRecordIn(CheckedRow row, UnitYear budget) {
        Optional<KnownYear> year = year(budget);
        if (year.isEmpty()) {
            row.reject(CheckedRow.UNIT, BudgetYearNotFound.of(budget).getMessage());
        }
        year.ifPresent(known -> row.reject(CheckedRow.YEAR, ClosedYearTakesNoEntries.check(budget, known.isClosed())));
        return year;
    }

    public Optional<PaymentView> payment(UnitYear budget, String voucher) {
        return join(queries.query(new FindPaymentQuery(budget, voucher), ResponseTypes.optionalInstanceOf(PaymentView.class)));
    }

    public Optional<FreezeView> freeze(UnitYear budget, String documentNumber) {
        return join(queries.query(new FindFreezeQuery(budget, documentNumber),
                ResponseTypes.optionalInstanceOf(FreezeView.class)));
    }

    public TargetKinds targets(UnitYear budget) {
        return targets.computeIfAbsent(budget, year -> join(queries.query(new FindPerformanceTargetsQuery(year),
                ResponseTypes.instanceOf(TargetKinds.class))));
    }

    public LearnedSubjectNames learnedSubjectNames() {
        if (learned == null) {
            learned = join(queries.query(new FindLearnedSubjectNamesQuery(),
                    ResponseTypes.instanceOf(LearnedSubjectNames.class)));
        }
        return learned;
    }

    private Optional<KnownYear> ask(UnitYear budget) {
        try {
            BudgetView view = join(queries.query(new FindBudgetQuery(budget, budget.lastDay()),
                    ResponseTypes.instanceOf(BudgetView.class)));
            Map<LineKey, LineView> lines = view.lines().stream().collect(Collectors.toMap(
                    LineView::key,
                    Function.identity(), (first, second) -> first));
            return Optional.of(new KnownYear(view, lines));
        } catch (LedgerException notThere) {
            if (notThere.kind() == LedgerException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw notThere;
        }
    }

    private static <R> R join(java.util.concurrent.CompletableFuture<R> answer) {
        try {
            return answer.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }
}
