package cn.budgetledger.command.imports;

import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PlaceFreezeCommand;
import cn.budgetledger.api.commands.ReleaseFreezeCommand;
import cn.budgetledger.api.queries.FreezeView;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.command.domain.FreezesNameAKindAndAReason;
import cn.budgetledger.command.domain.LinesMustExist;
import cn.budgetledger.command.domain.NoSpendingWithoutBudget;
import cn.budgetledger.command.domain.Rejection;
import cn.budgetledger.command.domain.ReleasesGiveBackWhatIsFrozen;
import cn.budgetledger.command.domain.ReleasesGiveBackWhatIsFrozen.Release;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 冻结 (formats.md §7): a row with a positive 冻结金额 places a freeze document; a negative one on a 冻结单号 placed
 * before (in the ledger or earlier in the file) releases that much (解冻) on the row's date. Rows are checked by the
 * ledger's own rules, in file order, counting what earlier rows froze and released; a row the ledger already holds
 * (the same freeze, the same release by date and amount) is a retry, so a re-sent file changes nothing.
 */
@Component
public class FreezesImport implements ImportKind {

    static final String DOCUMENT = "冻结单号";
    static final String DATE = "冻结日期";
    static final String AMOUNT = "冻结金额";
    static final String KIND = "冻结类型";
    static final String REASON = "事由";

    private final CommandGateway commands;

    public FreezesImport(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "freezes";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CheckedRow.UNIT, CheckedRow.YEAR, DOCUMENT, DATE, CheckedRow.FUNCTIONAL_CODE,
                CheckedRow.ECONOMIC_CODE, CheckedRow.PROJECT_CODE, CheckedRow.FUND_SOURCE, AMOUNT, KIND, REASON);
    }

    @Override
    public List<String> optionalColumns() {
        return List.of(CheckedRow.ORIGIN);
    }

    @Override
    public ImportJob newJob(LedgerLookup ledger) {
        return new Job(ledger);
    }

    /**
     * A freeze document as the ledger and the rows so far leave it: the row that places it (0: none, the ledger holds
     * it), its line, its date, what it still holds and its releases.
     */
    private record Frozen(int row, LineKey line, LocalDate date, Money open, List<Release> releases) {

        Frozen onRow(int placedOn) {
            return new Frozen(placedOn, line, date, open, releases);
        }

        Frozen released(Release release) {
            List<Release> all = new ArrayList<>(releases);
            all.add(release);
            return new Frozen(row, line, date, open.minus(release.amount()), all);
        }
    }

    private final class Job implements ImportJob {

        private final LedgerLookup ledger;
        private final DocumentPerRow documents = new DocumentPerRow();
        /** Unit-year and number → the freeze as the ledger and the earlier rows leave it; empty: not in the ledger. */
        private final Map<String, Optional<Frozen>> freezes = new HashMap<>();
        /** Unit-year and line → what earlier rows froze (−) and released (+) on it. */
        private final Map<String, Money> changedInFile = new HashMap<>();

        Job(LedgerLookup ledger) {
            this.ledger = ledger;
        }

        @Override
        public void check(CheckedRow row) {
            UnitYear budget = row.unitYear();
            String number = row.documentNumber(DOCUMENT);
            LocalDate date = row.dateIn(DATE, budget);
            LineKey named = row.line();
            Money amount = row.nonZeroAmount(AMOUNT);
            if (amount == null || !amount.isNegative()) {
                FreezeKind kind = row.parseOptional(KIND, FreezeKind::of);
                if (row.optional(KIND) == null) {
                    row.reject(KIND, FreezesNameAKindAndAReason.checkKind(null));
                }
                String reason = row.freeText(REASON);
                row.reject(REASON, FreezesNameAKindAndAReason.checkReason(reason));
                if (budget != null) {
                    checkFreeze(row, budget, number, date, named, amount, kind, reason);
                }
            } else if (budget != null) {
                checkRelease(row, budget, number, date, named, amount.negate());
            }
        }

        private void checkFreeze(CheckedRow row, UnitYear budget, String number, LocalDate date, LineKey named,
                                 Money amount, FreezeKind kind, String reason) {
            Optional<LedgerLookup.KnownYear> year = ledger.yearToRecordIn(row, budget);
            LineKey line = year.isEmpty() || named == null ? null : resolve(row, named, year.get());
            if (number == null) {
                return;
            }
            Optional<Frozen> known = known(budget, number);
            if (known.isPresent() && known.get().row() > 0) {
                row.reject(DOCUMENT, "冻结单号 " + number + " 在文件中重复（第 " + known.get().row() + " 行）");
                return;
            }
            // A number the ledger holds is a retry or a conflict: the ledger tells which when the row is sent, and its
            // amount is no longer available, so it is not weighed again.
            if (known.isEmpty() && line != null && amount != null) {
                Money available = year.get().lines().get(line).figures().available()
                        .plus(changedInFile.getOrDefault(budget + "|" + line, Money.ZERO));
                row.reject(AMOUNT, NoSpendingWithoutBudget.checkFreeze(line, available, amount));
            }
            if (row.isValid()) {
                Frozen placed = known.map(recorded -> recorded.onRow(row.number()))
                        .orElseGet(() -> new Frozen(row.number(), line, date, amount, List.of()));
                if (known.isEmpty()) {
                    changedInFile.merge(budget + "|" + line, amount.negate(), Money::plus);
                }
                freezes.put(key(budget, number), Optional.of(placed));
                documents.add(row, number, new PlaceFreezeCommand(budget, number, date, line, amount, kind, reason));
            }
        }

        private void checkRelease(CheckedRow row, UnitYear budget, String number, LocalDate date, LineKey named,
                                  Money amount) {
            Optional<LedgerLookup.KnownYear> year = ledger.yearToRecordIn(row, budget);
            LineKey line = year.isEmpty() || named == null ? null : resolve(row, named, year.get());
            if (number == null || date == null) {
                return;
            }
            Optional<Frozen> known = known(budget, number);
            Optional<Rejection> verdict = ReleasesGiveBackWhatIsFrozen.check(number,
                    known.map(Frozen::date).orElse(null), date);
            row.reject(verdict.filter(no -> no.code().equals("FREEZE_NOT_FOUND")).isPresent() ? DOCUMENT : DATE, verdict);
            if (known.isEmpty()) {
                return;
            }
            Frozen freeze = known.get();
            if (line != null && !line.equals(freeze.line())) {
                row.reject(CheckedRow.PROJECT_CODE, "冻结单 " + number + " 冻结的是指标 " + freeze.line().describe()
                        + "，解冻须指明同一指标");
            }
            // A release the ledger (or an earlier row) holds is sent all the same: the ledger answers it unchanged.
            boolean sentAgain = ReleasesGiveBackWhatIsFrozen.isSentAgain(freeze.releases(), freeze.open(), date, amount);
            if (!sentAgain) {
                row.reject(AMOUNT, ReleasesGiveBackWhatIsFrozen.checkAmount(number, freeze.open(), amount));
            }
            if (row.isValid()) {
                if (!sentAgain) {
                    changedInFile.merge(budget + "|" + freeze.line(), amount, Money::plus);
                    freezes.put(key(budget, number), Optional.of(freeze.released(new Release(date, amount))));
                }
                documents.add(row, number, new ReleaseFreezeCommand(budget, number, date, amount));
            }
        }

        /** The named line as the ledger resolves it, which must exist; null (and the row's error) otherwise. */
        private LineKey resolve(CheckedRow row, LineKey named, LedgerLookup.KnownYear year) {
            Map<LineKey, LineView> lines = year.lines();
            LineKey line = LinesMustExist.resolve(named, lines.keySet());
            row.rejectUnknownLine(line, lines.keySet());
            return lines.containsKey(line) ? line : null;
        }

        /** The freeze as the ledger (row 0) or an earlier row of the file leaves it. */
        private Optional<Frozen> known(UnitYear budget, String number) {
            return freezes.computeIfAbsent(key(budget, number), any -> ledger.freeze(budget, number)
                    .map(recorded -> new Frozen(0, recorded.line(), recorded.date(), recorded.open(),
                            recorded.releases().stream().map(FreezesImport::release).toList())));
        }

        @Override
        public void record(RowSource source, ImportTally tally) {
            documents.sendEach(commands, tally);
        }
    }

    private static Release release(FreezeView.Released released) {
        return new Release(released.date(), released.amount());
    }

    private static String key(UnitYear budget, String number) {
        return budget + "|" + number;
    }
}
