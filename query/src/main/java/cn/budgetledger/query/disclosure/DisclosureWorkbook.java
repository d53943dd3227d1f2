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
 * title names the basis and the fund sources the table counts, as the 公开表 page titles them.
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

            Sheet threePublic = sheet(workbook, styles, "三公经费", heading + "\"三公\"经费支出表"
                    + counted(basis, tables.threePublicFundSources()),
                    headings(yearOnYear, "合计", "因公出国（境）费", "公务用车购置及运行维护费", "其中：公务用车购置费",
                            "公务用车运行维护费", "公务接待费"));
            ThreePublicTable three = tables.threePublic();
            row(threePublic, styles, List.of(), amounts(yearOnYear,
                    yearOnYear ? tables.threePublicPrevious().total() : null,
                    yearOnYear ? tables.threePublicChange().total() : null, three.total(),
                    three.abroad(), three.vehicleTotal(), three.vehiclePurchase(), three.vehicleOperation(),
                    three.reception()));

            Sheet income = sheet(workbook, styles, "收入", heading + "收入表（按资金来源）" + counted,
                    headings(yearOnYear, "资金来源", "金额"));
            for (Map.Entry<String, String> source : tables.incomeBySource().entrySet()) {
                row(income, styles, List.of("total".equals(source.getKey()) ? "合计" : source.getKey()),
                        yearOnYear ? List.of(source.getValue(), tables.incomeBySourcePrevious().getOrDefault(source.getKey(), "0.00"),
                                tables.incomeBySourceChange().get(source.getKey()))
                                : List.of(source.getValue()));
            }

            // a department's projects name their unit (项目单位); a unit's are all its own
            Sheet projects = sheet(workbook, styles, "项目支出", heading + "项目支出表" + counted, units == null
                    ? headings(yearOnYear, "项目编码", "项目名称", "项目类别", "金额")
                    : headings(yearOnYear, "项目编码", "项目名称", "项目类别", "项目单位", "金额"));
            for (ProjectRow row : tables.projects()) {
                row(projects, styles, units == null ? List.of(row.code(), row.name(), row.category())
                                : List.of(row.code(), row.name(), row.category(), row.unit()),
                        amounts(yearOnYear, row.previous(), row.change(), row.total()));
            }

            Sheet carried = sheet(workbook, styles, "上年结转", heading + "上年结转表（按资金来源）" + counted, List.of("资金来源", "金额"));
            for (Map.Entry<String, String> source : tables.carriedOverBySource().entrySet()) {
                row(carried, styles, List.of(source.getKey()), List.of(source.getValue()));
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

    private static Sheet sheet(XSSFWorkbook workbook, Styles styles, String name, String title, List<String> headings) {
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

    private static final class Styles {

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
