package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.FundSource;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public tables as an Excel workbook in the familiar layout: one sheet per table, Chinese headings, 万元. Each
 * title names the basis and the fund sources the table counts, as the 公开表 page titles them. The seeds' tables come
 * once each in their order (seed 002's 表1–表11, seed 001's 政府性基金"三公" table as 表8-1 after 表8), then the only
 * detail sheets that show what they do not: 支出功能分类 (人员经费 and 公用经费 by function for every fund source; 表5-1
 * counts 一般公共预算 only), 基本支出经济分类 (every fund source; 表6 counts 一般公共预算 only) and, for a department,
 * 分单位 (every fund source by unit; 表5-2 counts 一般公共预算 only).
 */
public final class DisclosureWorkbook {

    private DisclosureWorkbook() {
    }

    public static byte[] of(Disclosure disclosure, Basis basis) {
        return of(disclosure.unitName(), disclosure.year(), basis, disclosure.tables(), null);
    }

    /** A department's workbook: its tables, then its 分单位 sheet. */
    public static byte[] of(DepartmentDisclosure disclosure, Basis basis) {
        return of("主管部门 " + disclosure.department(), disclosure.year(), basis, disclosure.tables(), disclosure.units());
    }

    /**
     * Where the previous year is in the ledger, each table's rows end with 上年 and 增减 (its total's previous figure
     * and change), as the seeds print 比上年增减.
     */
    private static byte[] of(String name, int year, Basis basis, Tables tables, List<UnitRow> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            String heading = name + " " + year + " 年";
            String counted = counted(basis, tables.fundSources());
            boolean yearOnYear = tables.previousAsOf() != null;

            sides(workbook, styles, "表1 收支总表", heading + "收支总表" + counted, tables.incomeAndExpenditure(),
                    // on basis executed the income side is the money available (the adjusted budget), the expenditure executed
                    List.of(money("amount", basis == Basis.EXECUTED ? "执行数" : "预算数")), yearOnYear);
            List<Col> incomeColumns = new ArrayList<>(List.of(text("code", "单位代码"), text("name", "单位名称"),
                    money("total", "合计"), money("currentYear", "本年收入小计")));
            for (String source : sourcesOf(tables.incomeTable(), "currentYearBySource")) {
                incomeColumns.add(money("currentYearBySource." + source, "本年：" + source));
            }
            incomeColumns.add(money("carriedOver", "上年结转结余小计"));
            for (String source : sourcesOf(tables.incomeTable(), "carriedOverBySource")) {
                incomeColumns.add(money("carriedOverBySource." + source, "上年结转：" + source));
            }
            table(workbook, styles, "表2 收入总表", heading + "收入总表" + counted, incomeColumns, tables.incomeTable(),
                    yearOnYear, null);
            table(workbook, styles, "表3 支出总表", heading + "支出总表" + counted, List.of(text("code", "科目编码"),
                    text("name", "科目名称"), money("total", "合计"), money("basic", "基本支出"), money("project", "项目支出")),
                    tables.expenditureTable(), yearOnYear, null);
            sides(workbook, styles, "表4 财政拨款收支总表", heading + "财政拨款收支总表" + counted,
                    tables.fiscalAppropriation(), List.of(money("total", "合计"),
                            money("generalPublicBudget", "一般公共预算"), money("governmentFundBudget", "政府性基金预算"),
                            money("stateCapitalBudget", "国有资本经营预算")), yearOnYear);
            List<Col> general = List.of(money("total", "合计"), money("basic", "基本支出"), money("personnel", "人员经费"),
                    money("public", "公用经费"), money("project", "项目支出"), money("currentYear", "当年财政拨款安排"),
                    money("carriedOver", "上年结转安排"));
            table(workbook, styles, "表5-1 一般公共预算支出表", heading + "一般公共预算支出表（分功能科目）" + counted,
                    with(List.of(text("code", "科目编码"), text("name", "科目名称")), general),
                    tables.generalPublicBudget(), yearOnYear, null);
            table(workbook, styles, "表5-2 一般公共预算支出表（分单位）", heading + "一般公共预算支出表（分单位）" + counted,
                    with(List.of(text("code", "单位编码"), text("name", "单位名称")), general),
                    tables.generalPublicBudgetByUnit(), yearOnYear, null);
            table(workbook, styles, "表6 一般公共预算基本支出表", heading + "一般公共预算基本支出表" + counted,
                    List.of(text("code", "科目编码"), text("name", "科目名称"), money("total", "合计"),
                            money("personnel", "人员经费"), money("public", "公用经费")),
                    tables.generalPublicBudgetBasic(), yearOnYear, null);
            threePublic(workbook, styles, "表7 三公经费", heading + "一般公共预算\"三公\"经费支出表"
                    + counted(basis, tables.threePublicFundSources()), tables.threePublic(),
                    tables.threePublicPrevious(), tables.threePublicChange(), yearOnYear);
            List<Col> byFunction = List.of(text("code", "科目编码"), text("name", "科目名称"), money("total", "合计"),
                    money("basic", "基本支出"), money("project", "项目支出"));
            table(workbook, styles, "表8 政府性基金预算支出表", heading + "政府性基金预算支出表" + counted, byFunction,
                    tables.governmentFunds(), yearOnYear, "说明：" + year + "年无政府性基金预算安排的支出。");
            threePublic(workbook, styles, "表8-1 政府性基金三公经费", heading + "政府性基金预算\"三公\"经费支出表"
                    + counted(basis, List.of(FundSource.GOVERNMENT_FUND_BUDGET.label())),
                    tables.threePublicGovernmentFunds(), tables.threePublicGovernmentFundsPrevious(),
                    tables.threePublicGovernmentFundsChange(), yearOnYear);
            table(workbook, styles, "表9 国有资本经营预算支出表", heading + "国有资本经营预算支出表" + counted, byFunction,
                    tables.stateCapital(), yearOnYear, "说明：" + year + "年无国有资本经营预算安排的支出。");
            Sheet projectTable = sheet(workbook, styles, "表10 项目支出表", heading + "项目支出表" + counted,
                    headings(yearOnYear, "项目编码", "项目名称", "项目单位", "合计", "本年拨款：一般公共预算",
                            "本年拨款：政府性基金预算", "本年拨款：国有资本经营预算", "结转结余：一般公共预算",
                            "结转结余：政府性基金预算", "结转结余：国有资本经营预算", "财政专户管理资金", "单位资金"));
            for (ProjectRow row : tables.projects()) {
                row(projectTable, styles, List.of(row.code(), row.name(), row.unitName() == null ? row.unit() : row.unitName()),
                        amounts(yearOnYear, row.previous(), row.change(), row.total(), row.generalPublicBudget(),
                                row.governmentFundBudget(), row.stateCapitalBudget(), row.carriedGeneralPublicBudget(),
                                row.carriedGovernmentFundBudget(), row.carriedStateCapitalBudget(),
                                row.specialAccountFunds(), row.unitFunds()));
            }
            if (tables.projects().stream().allMatch(row -> "0.00".equals(row.total()))) {
                note(projectTable, NO_DATA);
            }
            table(workbook, styles, "表11 绩效目标表", heading + "绩效目标表（整体支出与项目）" + counted,
                    List.of(text("unitName", "单位"), text("projectCode", "项目编码"), text("projectName", "项目名称"),
                            money("budget", "预算数"), text("firstLevel", "一级指标"), text("secondLevel", "二级指标"),
                            text("indicator", "三级指标"), text("comparator", "指标性质"), text("value", "指标值"),
                            text("unitOfMeasure", "度量单位"), text("weight", "权重"), text("direction", "指标方向")),
                    tables.performanceTargets(), yearOnYear, null);

            // the detail sheets: what the seeds' tables leave out (see the class comment)
            Sheet functions = sheet(workbook, styles, "支出功能分类", heading + "支出表（按功能分类科目）" + counted,
                    headings(yearOnYear, "科目编码", "科目名称", "合计", "基本支出", "人员经费", "公用经费", "项目支出"));
            for (FunctionRow row : tables.expenditureByFunction()) {
                row(functions, styles, List.of(row.code(), row.name()), amounts(yearOnYear, row.previous(), row.change(),
                        row.total(), row.basic(), row.personnel(), row.publicFunds(), row.project()));
            }

            Sheet economic = sheet(workbook, styles, "基本支出经济分类", heading + "基本支出表（按经济分类科目）" + counted,
                    headings(yearOnYear, "科目编码", "科目名称", "合计", "人员经费", "公用经费"));
            for (EconomicRow row : tables.basicByEconomic()) {
                row(economic, styles, List.of(row.code(), row.name()), amounts(yearOnYear, row.previous(), row.change(),
                        row.total(), row.personnel(), row.publicFunds()));
            }

            if (units != null) {
                Sheet byUnit = sheet(workbook, styles, "分单位", heading + "分单位支出表" + counted,
                        headings(yearOnYear, "单位代码", "单位名称", "合计", "基本支出", "项目支出"));
                for (UnitRow row : units) {
                    row(byUnit, styles, List.of(row.unit(), row.unitName()), amounts(yearOnYear, row.previous(),
                            row.change(), row.total(), row.basic(), row.project()));
                }
            }

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 决算 comparison's sheets, in the seeds' order, by the comparison's table names. */
    static final Map<String, String> COMPARED = compared();

    private static Map<String, String> compared() {
        Map<String, String> sheets = new java.util.LinkedHashMap<>();
        sheets.put("incomeAndExpenditure.income", "收支总表（收入）");
        sheets.put("incomeAndExpenditure.expenditure", "收支总表（支出）");
        sheets.put("incomeTable", "收入总表");
        sheets.put("expenditureTable", "支出总表");
        sheets.put("fiscalAppropriation.income", "财政拨款收支总表（收入）");
        sheets.put("fiscalAppropriation.expenditure", "财政拨款收支总表（支出）");
        sheets.put("generalPublicBudget", "一般公共预算支出表");
        sheets.put("generalPublicBudgetByUnit", "一般公共预算支出表（分单位）");
        sheets.put("generalPublicBudgetBasic", "一般公共预算基本支出表");
        sheets.put("threePublic", "三公经费");
        sheets.put("governmentFunds", "政府性基金预算支出表");
        sheets.put("threePublicGovernmentFunds", "政府性基金三公经费");
        sheets.put("stateCapital", "国有资本经营预算支出表");
        sheets.put("performanceTargets", "绩效目标表");
        return sheets;
    }

    /**
     * The 决算 comparison as a workbook: one sheet per table, each row's budget figure, 执行数, 差额 and 执行率 side by
     * side. name: the unit's name or 主管部门 and its code.
     */
    public static byte[] comparison(String name, DisclosureComparison comparison) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Basis basis = Basis.of(comparison.budget());
            String counted = "（" + basis.label() + "对执行数，截至 " + comparison.asOf() + "，资金来源："
                    + (comparison.fundSources().size() == FundSource.values().length ? "全部"
                    : String.join("、", comparison.fundSources())) + "）";
            COMPARED.forEach((table, sheetName) -> {
                boolean targets = table.equals("performanceTargets");
                List<Col> columns = new ArrayList<>(targets
                        ? List.of(text("unitName", "单位"), text("projectName", "项目名称"), text("indicator", "三级指标"))
                        : List.of(text("code", "编码"), text("name", "项目")));
                columns.addAll(List.of(money("budget", basis.label()), money("executed", "执行数"),
                        money("difference", "差额"), money("executionRate", "执行率（%）")));
                List<Map<String, Object>> rows = comparison.tables().get(table);
                Sheet sheet = sheet(workbook, styles, sheetName, name + " " + comparison.year() + " 年" + sheetName
                        + "决算对比" + counted, columns.stream().map(Col::heading).toList());
                for (Map<String, Object> row : rows) {
                    cells(sheet.createRow(sheet.getLastRowNum() + 1), 0, styles, columns, row);
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A column of a new table's sheet: the key of the row's cell (a.b: b inside a) and whether it is 万元. */
    record Col(String key, String heading, boolean wanYuan) {

        Object of(Map<String, Object> row) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                return row.get(key);
            }
            Object group = row.get(key.substring(0, dot));
            return group instanceof Map<?, ?> cells ? cells.get(key.substring(dot + 1)) : null;
        }
    }

    static Col text(String key, String heading) {
        return new Col(key, heading, false);
    }

    static Col money(String key, String heading) {
        return new Col(key, heading, true);
    }

    private static List<Col> with(List<Col> first, List<Col> then) {
        List<Col> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** The fund sources the rows' group of cells names, in their order. */
    private static List<String> sourcesOf(List<Map<String, Object>> rows, String group) {
        return rows.isEmpty() || !(rows.get(0).get(group) instanceof Map<?, ?> cells) ? List.of()
                : cells.keySet().stream().map(String::valueOf).toList();
    }

    /**
     * A table of rows as the seeds lay it out: 合计 first (the rows come so), each column a text or a 万元 number, the
     * 上年 and 增减 of each row's 合计 where there is a previous year; note: printed under a table with nothing in it.
     */
    static void table(XSSFWorkbook workbook, Styles styles, String name, String title, List<Col> columns,
                      List<Map<String, Object>> rows, boolean yearOnYear, String note) {
        List<Col> all = new ArrayList<>(columns);
        if (yearOnYear) {
            all.add(money("previous", "上年"));
            all.add(money("change", "增减"));
        }
        Sheet sheet = sheet(workbook, styles, name, title, all.stream().map(Col::heading).toList());
        for (Map<String, Object> row : rows) {
            cells(sheet.createRow(sheet.getLastRowNum() + 1), 0, styles, all, row);
        }
        boolean empty = rows.stream().filter(row -> CompleteTables.TOTAL.equals(row.get("code")))
                .allMatch(row -> "0.00".equals(row.get("total")));
        if (note != null && empty) {
            note(sheet, note);
        }
    }

    /** Income beside expenditure, as the seeds print 收支总表 and 财政拨款收支总表: 项目 and its figures on either side. */
    private static void sides(XSSFWorkbook workbook, Styles styles, String name, String title, Sides sides,
                              List<Col> expenditureAmounts, boolean yearOnYear) {
        List<Col> income = new ArrayList<>(List.of(text("name", "收入项目"), money("amount", "预算数")));
        List<Col> expenditure = with(List.of(text("name", "支出项目")), expenditureAmounts);
        if (yearOnYear) {
            income.add(money("previous", "上年"));
            income.add(money("change", "增减"));
            expenditure.add(money("previous", "上年"));
            expenditure.add(money("change", "增减"));
        }
        Sheet sheet = sheet(workbook, styles, name, title, with(income, expenditure).stream().map(Col::heading).toList());
        int rows = Math.max(sides.income().size(), sides.expenditure().size());
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            if (i < sides.income().size()) {
                cells(row, 0, styles, income, sides.income().get(i));
            }
            if (i < sides.expenditure().size()) {
                cells(row, income.size(), styles, expenditure, sides.expenditure().get(i));
            }
        }
    }

    private static void threePublic(XSSFWorkbook workbook, Styles styles, String name, String title,
                                    ThreePublicTable three, ThreePublicTable previous, ThreePublicTable change,
                                    boolean yearOnYear) {
        Sheet sheet = sheet(workbook, styles, name, title, headings(yearOnYear, "合计", "因公出国（境）费",
                "公务用车购置及运行维护费", "其中：公务用车购置费", "公务用车运行维护费", "公务接待费"));
        row(sheet, styles, List.of(), amounts(yearOnYear, yearOnYear ? previous.total() : null,
                yearOnYear ? change.total() : null, three.total(), three.abroad(), three.vehicleTotal(),
                three.vehiclePurchase(), three.vehicleOperation(), three.reception()));

        if ("0.00".equals(three.total())) {
            note(sheet, NO_DATA);
        }
    }

    /** Seed 001's words under a table with nothing in it (表3-2, 表3-3, 表4-1). */
    private static final String NO_DATA = "备注：此表无数据。";

    private static void note(Sheet sheet, String note) {
        sheet.createRow(sheet.getLastRowNum() + 1).createCell(0).setCellValue(note);
    }

    private static void cells(Row row, int first, Styles styles, List<Col> columns, Map<String, Object> cells) {
        int column = first;
        for (Col col : columns) {
            Object value = col.of(cells);
            // subject and unit codes and 合计 are printed; the codes naming a total row (currentYear, …) are for programs
            if (col.key().equals("code") && value != null && !value.toString().matches("^(\\d|合计).*")) {
                value = null;
            }
            if (value != null && col.wanYuan()) {
                // the already rounded published figure: nothing is computed in floating point
                row.createCell(column).setCellValue(new BigDecimal(value.toString()).doubleValue());
                row.getCell(column).setCellStyle(styles.wanYuan);
            } else if (value != null) {
                row.createCell(column).setCellValue(value.toString());
            }
            column++;
        }
    }

    private static List<String> headings(boolean yearOnYear, String... headings) {
        List<String> all = new ArrayList<>(List.of(headings));
        if (yearOnYear) {
            all.add("上年");
            all.add("增减");
        }
        return all;
    }

    private static List<String> amounts(boolean yearOnYear, String previous, String change, String... cells) {
        List<String> all = new ArrayList<>(List.of(cells));
        if (yearOnYear) {
            all.add(previous);
            all.add(change);
        }
        return all;
    }

    /** E.g. （年初预算，资金来源：一般公共预算拨款）; every source counted reads 全部. */
    static String counted(Basis basis, List<String> fundSources) {
        String sources = fundSources.size() == FundSource.values().length ? "全部" : String.join("、", fundSources);
        return "（" + basis.label() + "，资金来源：" + sources + "）";
    }

    static Sheet sheet(XSSFWorkbook workbook, Styles styles, String name, String title, List<String> headings) {
        Sheet sheet = workbook.createSheet(name);
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.bold);
        sheet.createRow(1).createCell(0).setCellValue("单位：万元");
        Row headingRow = sheet.createRow(2);
        for (int i = 0; i < headings.size(); i++) {
            headingRow.createCell(i).setCellValue(headings.get(i));
            headingRow.getCell(i).setCellStyle(styles.bold);
            sheet.setColumnWidth(i, (i == 1 ? 36 : 16) * 256);
        }
        return sheet;
    }

    private static void row(Sheet sheet, Styles styles, List<String> texts, List<String> wanYuan) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        int column = 0;
        for (String text : texts) {
            row.createCell(column++).setCellValue(text);
        }
        for (String amount : wanYuan) {
            // Excel keeps numbers as binary floating point; the cell receives the already rounded
            // published figure, so nothing is computed in floating point.
            row.createCell(column).setCellValue(new BigDecimal(amount).doubleValue());
            row.getCell(column++).setCellStyle(styles.wanYuan);
        }
    }

    static final class Styles {

        final CellStyle bold;
        final CellStyle wanYuan;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            wanYuan = workbook.createCellStyle();
            wanYuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }
    }
}
