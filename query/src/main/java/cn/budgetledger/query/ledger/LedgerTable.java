package cn.budgetledger.query.ledger;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.queries.Figures;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.query.indicators.Indicators;
import cn.budgetledger.query.indicators.MeasureSums;
import cn.budgetledger.query.indicators.Percent;
import cn.budgetledger.query.journal.JournalColumn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * 预算指标表 as the ledger page shows it and its exports write it: the lines chosen, grouped by project with a 小计 per
 * project and a 合计, sorted, in 元 or 万元. Sums are exact in fen; in 万元 every cell (小计 and 合计 too) is rounded
 * half-up to two decimals from its own exact amount, as the public tables are, so a 小计 may differ from the sum of
 * its rounded rows by a rounding.
 *
 * @param scale yuan or wan
 * @param unit  元 or 万元, the unit every amount is written in
 * @param rows  the lines of each project, then its 小计; the 合计 last
 */
public record LedgerTable(LocalDate asOf, String scale, String unit, String sort, String order, List<Row> rows) {

    public static final String LINE = "指标";
    public static final String SUBTOTAL = "小计";
    public static final String TOTAL = "合计";

    /**
     * A row: a line (lineId set), a project's 小计 (the project named, no subjects) or the 合计 (nothing named).
     * Amounts are strings in the table's unit, two decimals; executionRate is percent (executed / adjusted) with two
     * decimals, null where the adjusted budget is zero.
     */
    public record Row(String kind, UUID lineId, String projectCode, String projectName, String functionalCode,
                      String functionalName, String economicCode, String economicName, String fundSource,
                      String origin, String original, String adjusted, String executed, String frozen,
                      String awaitingReview, String available, String executionRate) {
    }

    /** What is asked of the table, as the page's filters and headers set it. */
    public record Request(String project, String subject, String fund, String sort, String order, String scale) {

        public Request {
            project = blankToNull(project);
            subject = blankToNull(subject);
            fund = blankToNull(fund);
            sort = sort == null || sort.isBlank() ? "project" : sort.strip();
            order = order == null || order.isBlank() ? "asc" : order.strip().toLowerCase(Locale.ROOT);
            scale = scale == null || scale.isBlank() ? "yuan" : scale.strip().toLowerCase(Locale.ROOT);
            if (!SORTS.containsKey(sort)) {
                throw LedgerException.invalid("SORT_UNKNOWN", "未知的排序列：" + sort + "（应为 " + String.join("、", SORTS.keySet()) + "）");
            }
            if (!order.equals("asc") && !order.equals("desc")) {
                throw LedgerException.invalid("ORDER_UNKNOWN", "未知的排序方向：" + order + "（应为 asc 或 desc）");
            }
            if (!scale.equals("yuan") && !scale.equals("wan")) {
                throw LedgerException.invalid("SCALE_UNKNOWN", "未知的金额单位：" + scale + "（应为 yuan（元）或 wan（万元））");
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** A sort key over a line's or a project's figures (text columns sort lines, numbers sort lines and projects). */
    private record Sort(Function<LineView, Comparable<?>> ofLine, Function<Figures, Comparable<?>> ofFigures) {
    }

    private static final Map<String, Sort> SORTS = sorts();

    private static Map<String, Sort> sorts() {
        Map<String, Sort> sorts = new LinkedHashMap<>();
        sorts.put("project", new Sort(LineView::projectCode, null));
        sorts.put("functional", new Sort(line -> line.functionalCode().value(), null));
        sorts.put("economic", new Sort(line -> line.economicCode().value(), null));
        sorts.put("fund", new Sort(line -> line.fundSource().label() + line.origin().label(), null));
        sorts.put("original", byFigures(Figures::original));
        sorts.put("adjusted", byFigures(Figures::adjusted));
        sorts.put("executed", byFigures(Figures::executed));
        sorts.put("frozen", byFigures(Figures::frozen));
        sorts.put("awaitingReview", byFigures(Figures::awaitingReview));
        sorts.put("available", byFigures(Figures::available));
        sorts.put("executionRate", byFigures(figures -> {
            BigDecimal rate = executionRate(figures);
            // a rate that cannot be computed sorts below every rate
            return rate == null ? BigDecimal.valueOf(Long.MIN_VALUE) : rate;
        }));
        return Collections.unmodifiableMap(sorts);
    }

    private static Sort byFigures(Function<Figures, Comparable<?>> key) {
        return new Sort(line -> key.apply(line.figures()), key);
    }

    /**
     * The table of the lines as of the date. Lines keep the ledger's order where the sort ties; projects are in code
     * order, or in the order of their 小计 when the sort is a figure.
     */
    public static LedgerTable of(LocalDate asOf, List<LineView> lines, Request request) {
        Sort sort = SORTS.get(request.sort());
        boolean descending = request.order().equals("desc");
        Map<String, List<LineView>> projects = new LinkedHashMap<>();
        lines.stream().filter(line -> shown(line, request))
                .forEach(line -> projects.computeIfAbsent(line.projectCode(), code -> new ArrayList<>()).add(line));
        List<Map.Entry<String, List<LineView>>> ordered = new ArrayList<>(projects.entrySet());
        Comparator<Map.Entry<String, List<LineView>>> projectOrder = sort.ofFigures() == null
                ? Map.Entry.comparingByKey()
                : Comparator.comparing(project -> compared(sort.ofFigures().apply(total(project.getValue()))));
        ordered.sort(descending && (sort.ofFigures() != null || request.sort().equals("project"))
                ? projectOrder.reversed() : projectOrder);
        Comparator<LineView> lineOrder = Comparator.comparing(line -> compared(sort.ofLine().apply(line)));
        List<Row> rows = new ArrayList<>();
        Figures all = Figures.NONE;
        for (Map.Entry<String, List<LineView>> project : ordered) {
            List<LineView> projectLines = new ArrayList<>(project.getValue());
            projectLines.sort(descending ? lineOrder.reversed() : lineOrder);
            for (LineView line : projectLines) {
                rows.add(row(LINE, line.lineId(), line.projectCode(), line.projectName(), line, line.figures(), request));
            }
            Figures subtotal = total(projectLines);
            LineView first = projectLines.get(0);
            rows.add(row(SUBTOTAL, null, first.projectCode(), first.projectName(), null, subtotal, request));
            all = all.plus(subtotal);
        }
        rows.add(row(TOTAL, null, null, null, null, all, request));
        return new LedgerTable(asOf, request.scale(), request.scale().equals("wan") ? "万元" : "元", request.sort(),
                request.order(), List.copyOf(rows));
    }

    /** The columns an export writes, amounts as numbers in the table's unit. */
    public List<JournalColumn<Row>> columns() {
        String in = "（" + unit + "）";
        return List.of(
                JournalColumn.of("行", Row::kind),
                JournalColumn.of("项目编码", Row::projectCode),
                JournalColumn.of("项目名称", Row::projectName),
                JournalColumn.of("功能科目编码", Row::functionalCode),
                JournalColumn.of("功能科目名称", Row::functionalName),
                JournalColumn.of("经济科目编码", Row::economicCode),
                JournalColumn.of("经济科目名称", Row::economicName),
                JournalColumn.of("资金来源", Row::fundSource),
                JournalColumn.of("指标来源", Row::origin),
                JournalColumn.of("年初预算数" + in, row -> number(row.original())),
                JournalColumn.of("调整后预算数" + in, row -> number(row.adjusted())),
                JournalColumn.of("执行数" + in, row -> number(row.executed())),
                JournalColumn.of("冻结数" + in, row -> number(row.frozen())),
                JournalColumn.of("待审核" + in, row -> number(row.awaitingReview())),
                JournalColumn.of("可用余额" + in, row -> number(row.available())),
                JournalColumn.of("执行率（%）", row -> number(row.executionRate())));
    }

    private static BigDecimal number(String written) {
        return written == null ? null : new BigDecimal(written);
    }

    private static boolean shown(LineView line, Request request) {
        String subject = request.subject();
        return (request.project() == null || line.projectCode().equals(request.project()))
                && (request.fund() == null || line.fundSource().label().equals(request.fund()))
                && (subject == null || line.functionalCode().value().startsWith(subject)
                || line.economicCode().value().startsWith(subject) || line.functionalName().contains(subject)
                || line.economicName().contains(subject));
    }

    private static Figures total(List<LineView> lines) {
        return lines.stream().map(LineView::figures).reduce(Figures.NONE, Figures::plus);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable<Object> compared(Comparable<?> key) {
        return (Comparable) key;
    }

    private static Row row(String kind, UUID lineId, String projectCode, String projectName, LineView line,
                           Figures figures, Request request) {
        boolean wan = request.scale().equals("wan");
        Function<Money, String> written = amount -> wan ? amount.toWanYuan() : amount.toString();
        return new Row(kind, lineId, projectCode, projectName,
                line == null ? null : line.functionalCode().value(), line == null ? null : line.functionalName(),
                line == null ? null : line.economicCode().value(), line == null ? null : line.economicName(),
                line == null ? null : line.fundSource().label(), line == null ? null : line.origin().label(),
                written.apply(figures.original()), written.apply(figures.adjusted()),
                written.apply(figures.executed()), written.apply(figures.frozen()),
                written.apply(figures.awaitingReview()), written.apply(figures.available()),
                Percent.shown(executionRate(figures)));
    }

    /** The indicators' 预算执行率 (indicators.md), computed where the indicators compute it. */
    private static BigDecimal executionRate(Figures figures) {
        return Indicators.of(new MeasureSums(fen(figures.original()), fen(figures.adjusted()), fen(figures.executed()),
                BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, fen(figures.frozen()),
                fen(figures.awaitingReview())), 0).executionRate();
    }

    private static BigInteger fen(Money amount) {
        return BigInteger.valueOf(amount.fen());
    }
}
