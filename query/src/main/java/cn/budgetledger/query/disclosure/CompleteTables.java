package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.query.catalogue.SubjectNames;
import cn.budgetledger.query.evaluation.PerformanceTarget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The tables of the complete 部门预算公开表 set the seeds publish beyond the first five: 收支总表, 收入总表, 支出总表,
 * 财政拨款收支总表, 一般公共预算财政拨款支出表 (by function and by unit), its 基本支出表, 政府性基金 and 国有资本经营预算支出表,
 * and the 绩效目标表. Each is built exactly (fen) as a list of rows keyed for matching, from this year's lines and
 * those of the year it is set against (the previous year, or the other basis of the 决算 comparison): a row of either
 * is listed in both, so two builds line up row by row. Cells are rounded to 万元 only when rendered.
 */
final class CompleteTables {

    static final String TOTAL = "合计";

    /** The functional 类 the seeds' 收支总表 and 财政拨款收支总表 list, zero or not (seed 001's list holds seed 002's). */
    static final Map<String, String> CLASSES = classes();

    /** The 收支总表's income rows: every fund source (the old pseudo source 上年结转结余 is carried money, listed apart). */
    static final List<FundSource> INCOME_SOURCES = List.of(FundSource.values()).stream()
            .filter(source -> source != FundSource.CARRIED_OVER).toList();

    static final List<FundSource> FISCAL = List.of(FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND_BUDGET,
            FundSource.STATE_CAPITAL_BUDGET);

    private static final int[] FUNCTIONAL_LEVELS = {3, 5, 7};
    private static final int[] ECONOMIC_LEVELS = {3, 5};

    /** A column: the key it is rendered under and the lines whose amounts it sums. */
    record Column(String key, Predicate<DisclosureLine> counts) {
    }

    static final Column ALL = new Column("total", line -> true);
    static final Column BASIC = new Column("basic", DisclosureLine::isBasic);
    static final Column PERSONNEL = new Column("personnel", line -> line.isBasic() && line.economicCode().isPersonnel());
    static final Column PUBLIC = new Column("public", line -> line.isBasic() && !line.economicCode().isPersonnel());
    static final Column PROJECT = new Column("project", line -> !line.isBasic());
    static final Column CURRENT_YEAR = new Column("currentYear", line -> !line.isCarriedOver());
    static final Column CARRIED_OVER = new Column("carriedOver", DisclosureLine::isCarriedOver);

    /**
     * One year's (or one basis') material. lines: the expenditure on the basis; income: the money the income side
     * shows (the same lines, except on basis executed, where it is the adjusted budget: the money available);
     * units: the units in code order with their names.
     */
    record Input(List<DisclosureLine> lines, List<DisclosureLine> income, Map<String, String> units) {
    }

    /**
     * A row while exact: key matches it across years and bases, texts are printed as they are, amounts in fen. Rows
     * of totals have a code naming them (currentYear 本年…合计, carriedOver 上年结转, carriedForward 年终结转结余,
     * total …总计; currentYear.一般公共预算拨款 and the like in 财政拨款收支总表), so a reader finds them by code.
     */
    record ExactRow(String key, Map<String, Object> texts, Map<String, Money> amounts) {

        /** The row's figure compared year on year and budget against execution: its first amount (合计/金额). */
        Money figure() {
            return amounts.values().iterator().next();
        }
    }

    private CompleteTables() {
    }

    /**
     * Every table by its JSON name (income and expenditure sides of the two 收支 tables as name.income, name.expenditure),
     * built from one year against another (other: null where there is none). targets: each unit's 绩效目标 (those of
     * the year shown, also when building the year it is set against, so that the rows match).
     */
    static Map<String, List<ExactRow>> build(Input one, Input other, Map<String, List<PerformanceTarget>> targets,
                                             SubjectNames names) {
        Input against = other == null ? new Input(List.of(), List.of(), Map.of()) : other;
        Map<String, String> units = new TreeMap<>(against.units());
        units.putAll(one.units());
        Map<String, List<ExactRow>> tables = new LinkedHashMap<>();
        tables.put("incomeAndExpenditure.income", incomeSide(one.income()));
        tables.put("incomeAndExpenditure.expenditure", expenditureSide(one, against, names));
        tables.put("incomeTable", incomeTable(one.income(), units));
        tables.put("expenditureTable", byFunction(one.lines(), against.lines(), line -> true, names,
                List.of(ALL, BASIC, PROJECT)));
        tables.put("fiscalAppropriation.income", fiscalIncome(one.income()));
        tables.put("fiscalAppropriation.expenditure", fiscalExpenditure(one, against, names));
        Predicate<DisclosureLine> general = line -> line.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET;
        List<Column> generalColumns = List.of(ALL, BASIC, PERSONNEL, PUBLIC, PROJECT, CURRENT_YEAR, CARRIED_OVER);
        tables.put("generalPublicBudget", byFunction(one.lines(), against.lines(), general, names, generalColumns));
        tables.put("generalPublicBudgetByUnit", byUnit(of(one.lines(), general), units, generalColumns));
        tables.put("generalPublicBudgetBasic", generalBasic(of(one.lines(), general), of(against.lines(), general), names));
        tables.put("governmentFunds", byFunction(one.lines(), against.lines(),
                line -> line.fundSource() == FundSource.GOVERNMENT_FUND_BUDGET, names, List.of(ALL, BASIC, PROJECT)));
        tables.put("stateCapital", byFunction(one.lines(), against.lines(),
                line -> line.fundSource() == FundSource.STATE_CAPITAL_BUDGET, names, List.of(ALL, BASIC, PROJECT)));
        tables.put("performanceTargets", performanceTargets(one.lines(), units, targets));
        return tables;
    }

    /** 收支总表, income: each fund source's 本年 money, 本年收入合计, 上年结转 (all carried money), 收入总计. */
    static List<ExactRow> incomeSide(List<DisclosureLine> income) {
        List<ExactRow> rows = new ArrayList<>();
        for (FundSource source : INCOME_SOURCES) {
            rows.add(single(source.label(), source.label(), incomeName(source),
                    sum(income, line -> !line.isCarriedOver() && line.fundSource() == source)));
        }
        rows.add(single("currentYear", "currentYear", "本年收入合计", sum(income, line -> !line.isCarriedOver())));
        rows.add(single("carriedOver", "carriedOver", "上年结转结余", sum(income, DisclosureLine::isCarriedOver)));
        rows.add(single("total", "total", "收入总计", sum(income, line -> true)));
        return rows;
    }

    /**
     * 收支总表, expenditure: every 类 of the classification (and any other 类 with money), 本年支出合计, 年终结转结余 (the
     * income not spent: 0 on a budget basis, where income is the budget) and 支出总计 (= 收入总计).
     */
    static List<ExactRow> expenditureSide(Input one, Input against, SubjectNames names) {
        List<ExactRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> type : classes(one.lines(), against.lines(), names).entrySet()) {
            rows.add(single(type.getKey(), type.getKey(), type.getValue(),
                    sum(one.lines(), line -> line.functionalCode().value().startsWith(type.getKey()))));
        }
        Money spent = sum(one.lines(), line -> true);
        Money available = sum(one.income(), line -> true);
        rows.add(single("currentYear", "currentYear", "本年支出合计", spent));
        rows.add(single("carriedForward", "carriedForward", "年终结转结余", available.minus(spent)));
        rows.add(single("total", "total", "支出总计", available));
        return rows;
    }

    /**
     * 收入总表: 合计, then each unit; 本年收入 and 上年结转结余, each with its 小计 and by fund source (carried money keeps
     * its fund source; carried lines of the old pseudo source 上年结转结余 stand under that name, source unknown).
     */
    static List<ExactRow> incomeTable(List<DisclosureLine> income, Map<String, String> units) {
        List<Column> columns = new ArrayList<>(List.of(ALL, CURRENT_YEAR));
        INCOME_SOURCES.forEach(source -> columns.add(new Column("currentYearBySource." + source.label(),
                line -> !line.isCarriedOver() && line.fundSource() == source)));
        columns.add(CARRIED_OVER);
        List.of(FundSource.values()).forEach(source -> columns.add(new Column("carriedOverBySource." + source.label(),
                line -> line.isCarriedOver() && line.fundSource() == source)));
        return byUnit(income, units, columns);
    }

    /** 财政拨款收支总表, income: 本年收入 and 上年结转, each by the three 财政拨款 sources, then 收入总计. */
    static List<ExactRow> fiscalIncome(List<DisclosureLine> income) {
        List<DisclosureLine> fiscal = of(income, line -> line.fundSource().isFiscalAppropriation());
        List<ExactRow> rows = new ArrayList<>();
        rows.add(single("currentYear", "currentYear", "本年收入", sum(fiscal, line -> !line.isCarriedOver())));
        FISCAL.forEach(source -> rows.add(single("currentYear." + source.label(), "currentYear." + source.label(), source.label(),
                sum(fiscal, line -> !line.isCarriedOver() && line.fundSource() == source))));
        rows.add(single("carriedOver", "carriedOver", "上年结转", sum(fiscal, DisclosureLine::isCarriedOver)));
        FISCAL.forEach(source -> rows.add(single("carriedOver." + source.label(), "carriedOver." + source.label(), source.label(),
                sum(fiscal, line -> line.isCarriedOver() && line.fundSource() == source))));
        rows.add(single("total", "total", "收入总计", sum(fiscal, line -> true)));
        return rows;
    }

    /**
     * 财政拨款收支总表, expenditure: 本年支出 and every 类, by 一般公共预算, 政府性基金预算 and 国有资本经营预算; 年终结转结余 (each
     * source's income not spent) and 支出总计.
     */
    static List<ExactRow> fiscalExpenditure(Input one, Input against, SubjectNames names) {
        List<DisclosureLine> fiscal = of(one.lines(), line -> line.fundSource().isFiscalAppropriation());
        List<DisclosureLine> fiscalIncome = of(one.income(), line -> line.fundSource().isFiscalAppropriation());
        List<Column> columns = fiscalColumns();
        List<ExactRow> rows = new ArrayList<>();
        rows.add(row("currentYear", "currentYear", "本年支出", fiscal, columns));
        for (Map.Entry<String, String> type : classes(fiscal,
                of(against.lines(), line -> line.fundSource().isFiscalAppropriation()), names).entrySet()) {
            rows.add(row(type.getKey(), type.getKey(), type.getValue(),
                    of(fiscal, line -> line.functionalCode().value().startsWith(type.getKey())), columns));
        }
        Map<String, Money> carried = new LinkedHashMap<>();
        Map<String, Money> total = new LinkedHashMap<>();
        for (Column column : columns) {
            Money available = sum(fiscalIncome, column.counts());
            carried.put(column.key(), available.minus(sum(fiscal, column.counts())));
            total.put(column.key(), available);
        }
        rows.add(new ExactRow("carriedForward", texts("carriedForward", "年终结转结余"), carried));
        rows.add(new ExactRow("total", texts("total", "支出总计"), total));
        return rows;
    }

    private static List<Column> fiscalColumns() {
        return List.of(ALL,
                new Column("generalPublicBudget", line -> line.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET),
                new Column("governmentFundBudget", line -> line.fundSource() == FundSource.GOVERNMENT_FUND_BUDGET),
                new Column("stateCapitalBudget", line -> line.fundSource() == FundSource.STATE_CAPITAL_BUDGET));
    }

    /** 合计, then every 类, 款 and 项 (of the lines the filter keeps, of either build) in code order. */
    static List<ExactRow> byFunction(List<DisclosureLine> lines, List<DisclosureLine> against,
                                     Predicate<DisclosureLine> filter, SubjectNames names, List<Column> columns) {
        return byCode(of(lines, filter), of(against, filter), line -> line.functionalCode().value(), FUNCTIONAL_LEVELS,
                prefix -> names.of(SubjectKind.FUNCTIONAL, prefix), columns);
    }

    /**
     * 一般公共预算财政拨款基本支出表: every economic 类 and 款 of the 一般公共预算 lines, project lines included, with the
     * amounts of 基本支出 only: the seeds print a 款 met only in projects as an empty row (seed 002 表6: 30206 电费).
     */
    static List<ExactRow> generalBasic(List<DisclosureLine> general, List<DisclosureLine> against, SubjectNames names) {
        Set<String> codes = new TreeSet<>();
        for (List<DisclosureLine> lines : List.of(general, against)) {
            lines.forEach(line -> {
                for (int level : ECONOMIC_LEVELS) {
                    codes.add(line.economicCode().value().substring(0, level));
                }
            });
        }
        List<DisclosureLine> basic = of(general, DisclosureLine::isBasic);
        List<Column> columns = List.of(ALL, PERSONNEL, PUBLIC);
        List<ExactRow> rows = new ArrayList<>();
        rows.add(row(TOTAL, TOTAL, TOTAL, basic, columns));
        codes.forEach(code -> rows.add(row(code, code, names.of(SubjectKind.ECONOMIC, code),
                of(basic, line -> line.economicCode().value().startsWith(code)), columns)));
        return rows;
    }

    private static List<ExactRow> byCode(List<DisclosureLine> lines, List<DisclosureLine> against,
                                         Function<DisclosureLine, String> code, int[] levels,
                                         Function<String, String> name, List<Column> columns) {
        Map<String, List<DisclosureLine>> byPrefix = new TreeMap<>();
        for (List<DisclosureLine> year : List.of(lines, against)) {
            for (DisclosureLine line : year) {
                for (int level : levels) {
                    byPrefix.computeIfAbsent(code.apply(line).substring(0, level), prefix -> new ArrayList<>());
                }
            }
        }
        lines.forEach(line -> {
            for (int level : levels) {
                byPrefix.get(code.apply(line).substring(0, level)).add(line);
            }
        });
        List<ExactRow> rows = new ArrayList<>();
        rows.add(row(TOTAL, TOTAL, TOTAL, lines, columns));
        byPrefix.forEach((prefix, ofPrefix) -> rows.add(row(prefix, prefix, name.apply(prefix), ofPrefix, columns)));
        return rows;
    }

    /** 合计, then each unit (of either build) in code order: a unit's own tables have the one row as the seeds print. */
    static List<ExactRow> byUnit(List<DisclosureLine> lines, Map<String, String> units, List<Column> columns) {
        List<ExactRow> rows = new ArrayList<>();
        rows.add(row(TOTAL, TOTAL, TOTAL, lines, columns));
        units.forEach((unit, name) -> rows.add(row(unit, unit, name, of(lines, line -> line.unit().equals(unit)), columns)));
        return rows;
    }

    /**
     * 绩效目标表: each unit's 整体支出 targets (budget: the unit's total), then each project's (budget: the project's
     * total), one row per indicator, on the basis asked.
     */
    static List<ExactRow> performanceTargets(List<DisclosureLine> lines, Map<String, String> units,
                                             Map<String, List<PerformanceTarget>> targets) {
        List<ExactRow> rows = new ArrayList<>();
        units.forEach((unit, unitName) -> {
            List<DisclosureLine> ofUnit = of(lines, line -> line.unit().equals(unit));
            int position = 0;
            for (PerformanceTarget target : targets.getOrDefault(unit, List.of())) {
                String project = target.projectCode();
                List<DisclosureLine> ofProject = project == null ? ofUnit
                        : of(ofUnit, line -> project.equals(line.projectCode()));
                Map<String, Object> texts = new LinkedHashMap<>();
                texts.put("unit", unit);
                texts.put("unitName", unitName);
                texts.put("projectCode", project);
                texts.put("projectName", project == null ? "整体支出"
                        : ofProject.stream().map(DisclosureLine::projectName).findFirst().orElse(project));
                texts.put("firstLevel", target.firstLevel());
                texts.put("secondLevel", target.secondLevel());
                texts.put("indicator", target.indicator().value());
                texts.put("comparator", target.comparator().symbol());
                texts.put("value", target.qualitative() ? target.qualitativeValue() : target.targetValue().toPlainString());
                texts.put("unitOfMeasure", target.unitOfMeasure());
                texts.put("weight", target.weight() == null ? null : target.weight().toPlainString());
                texts.put("direction", target.direction().label());
                Map<String, Money> amounts = new LinkedHashMap<>();
                amounts.put("budget", sum(ofProject, line -> true));
                // year on year and budget against execution compare the same project's budget
                rows.add(new ExactRow(unit + " " + (project == null ? "" : project) + " " + position++, texts, amounts));
            }
        });
        return rows;
    }

    /** The classification's 类 and any other 类 with money in either build (named by the catalogue), in code order. */
    private static Map<String, String> classes(List<DisclosureLine> lines, List<DisclosureLine> against,
                                               SubjectNames names) {
        Map<String, String> types = new TreeMap<>(CLASSES);
        for (List<DisclosureLine> year : List.of(lines, against)) {
            year.forEach(line -> types.computeIfAbsent(line.functionalCode().value().substring(0, 3),
                    type -> names.of(SubjectKind.FUNCTIONAL, type)));
        }
        return types;
    }

    private static ExactRow row(String key, String code, String name, List<DisclosureLine> lines, List<Column> columns) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        columns.forEach(column -> amounts.put(column.key(), sum(lines, column.counts())));
        return new ExactRow(key, texts(code, name), amounts);
    }

    private static ExactRow single(String key, String code, String name, Money amount) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put("amount", amount);
        return new ExactRow(key, texts(code, name), amounts);
    }

    private static Map<String, Object> texts(String code, String name) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("code", code);
        texts.put("name", name);
        return texts;
    }

    private static String incomeName(FundSource source) {
        return source.label().endsWith("收入") ? source.label() : source.label() + "收入";
    }

    static List<DisclosureLine> of(List<DisclosureLine> lines, Predicate<DisclosureLine> filter) {
        return lines.stream().filter(filter).toList();
    }

    static Money sum(List<DisclosureLine> lines, Predicate<DisclosureLine> filter) {
        return lines.stream().filter(filter).map(DisclosureLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Rows as JSON objects: the texts, each amount in 万元 (a key a.b goes into the object a under b), then previous
     * and change of the row's figure against the same row of before (both null where before is null).
     */
    static List<Map<String, Object>> render(List<ExactRow> rows, List<ExactRow> before) {
        Map<String, ExactRow> previous = new LinkedHashMap<>();
        if (before != null) {
            before.forEach(row -> previous.putIfAbsent(row.key(), row));
        }
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (ExactRow row : rows) {
            Map<String, Object> cells = new LinkedHashMap<>(row.texts());
            row.amounts().forEach((key, amount) -> put(cells, key, amount.toWanYuan()));
            ExactRow earlier = previous.get(row.key());
            YearOnYear yearOnYear = before == null ? YearOnYear.NONE
                    : YearOnYear.of(row.figure(), earlier == null ? Money.ZERO : earlier.figure());
            cells.put("previous", yearOnYear.previous());
            cells.put("change", yearOnYear.change());
            rendered.add(cells);
        }
        return rendered;
    }

    /**
     * The 决算 comparison of one table: each row's figure on the budget basis and executed, the difference (executed
     * − budget) and the execution rate (executed / budget, percent, two decimals half-up; null where the budget is 0).
     */
    static List<Map<String, Object>> compare(List<ExactRow> budget, List<ExactRow> executed) {
        Map<String, ExactRow> done = new LinkedHashMap<>();
        executed.forEach(row -> done.putIfAbsent(row.key(), row));
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (ExactRow row : budget) {
            Map<String, Object> cells = new LinkedHashMap<>(row.texts());
            Money planned = row.figure();
            ExactRow match = done.get(row.key());
            Money spent = match == null ? Money.ZERO : match.figure();
            cells.put("budget", planned.toWanYuan());
            cells.put("executed", spent.toWanYuan());
            cells.put("difference", spent.minus(planned).toWanYuan());
            cells.put("executionRate", rate(spent, planned));
            rendered.add(cells);
        }
        return rendered;
    }

    static String rate(Money part, Money whole) {
        if (whole.isZero()) {
            return null;
        }
        return BigDecimal.valueOf(part.fen()).movePointRight(2)
                .divide(BigDecimal.valueOf(whole.fen()), 2, RoundingMode.HALF_UP).toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> cells, String key, String value) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            cells.put(key, value);
            return;
        }
        ((Map<String, Object>) cells.computeIfAbsent(key.substring(0, dot), group -> new LinkedHashMap<>()))
                .put(key.substring(dot + 1), value);
    }

    private static Map<String, String> classes() {
        Map<String, String> types = new LinkedHashMap<>();
        String[][] list = {{"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"},
                {"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化旅游体育与传媒支出"}, {"208", "社会保障和就业支出"},
                {"209", "社会保险基金支出"}, {"210", "卫生健康支出"}, {"211", "节能环保支出"}, {"212", "城乡社区支出"},
                {"213", "农林水支出"}, {"214", "交通运输支出"}, {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"},
                {"217", "金融支出"}, {"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"},
                {"222", "粮油物资储备支出"}, {"223", "国有资本经营预算支出"}, {"224", "灾害防治及应急管理支出"},
                {"229", "其他支出"}, {"231", "债务还本支出"}, {"232", "债务付息支出"}, {"233", "债务发行费用支出"},
                {"234", "抗疫特别国债安排的支出"}};
        for (String[] type : list) {
            types.put(type[0], type[1]);
        }
        return types;
    }
}
