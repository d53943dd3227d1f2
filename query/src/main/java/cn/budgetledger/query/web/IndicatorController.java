package cn.budgetledger.query.web;

import cn.budgetledger.api.FiscalYear;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.indicators.DepartmentIndicatorsView;
import cn.budgetledger.query.indicators.IndicatorService;
import cn.budgetledger.query.indicators.IndicatorsView;
import cn.budgetledger.query.indicators.YearOverviewView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** The five computed indicators of indicators.md, for a unit-year, a department's units and every unit of a year. */
@RestController
@Tag(name = "指标", description = "预算执行率、预算编制准确率、科目调整次数、运转保障率、\"三公经费\"控制率，截至任一业务日期")
public class IndicatorController {

    private final IndicatorService indicators;
    private final VisibleUnits visibleUnits;
    private final Clock clock;

    public IndicatorController(IndicatorService indicators, VisibleUnits visibleUnits, Clock clock) {
        this.indicators = indicators;
        this.visibleUnits = visibleUnits;
        this.clock = clock;
    }

    @GetMapping("/api/units/{unit}/years/{year}/indicators")
    @Operation(summary = "单位年度指标：合计、各项目、各预算指标",
            description = "asOf 缺省为今天（限于该年度内），只计业务日期不晚于 asOf 的事件。金额为元（两位小数）字符串，"
                    + "比率为百分数（两位小数，四舍五入）字符串，分母为 0 时为 null；lines 为各预算指标（formats.md 之外的补充）。"
                    + "accuracyDeviation（预算编制准确率）沿用公开名称，实为偏差率 ∣执行−年初∣/年初 × 100，越低越好")
    public IndicatorsView indicators(@PathVariable String unit, @PathVariable int year,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitYear budget = new UnitYear(unit, year);
        String unitName = indicators.year(budget).unitName();
        return IndicatorsView.of(indicators.report(budget, AsOf.resolve(budget.fiscalYear(), asOf, clock)), unitName);
    }

    @GetMapping("/api/years/{year}/indicators")
    @Operation(summary = "年度总览：各单位的合计与指标", description = "供主管部门和单位领导查看；只含当前用户可查看的单位；asOf 同上；totals 为这些单位之和；"
            + "各单位的 department 为其主管部门：管理员设定的，未设定时为开启年度时的上级代码（与访问控制相同）")
    public YearOverviewView overview(@PathVariable int year,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return indicators.overview(year, AsOf.resolve(new FiscalYear(year), asOf, clock), visibleUnits::includes);
    }

    @GetMapping("/api/departments/{department}/years/{year}/indicators")
    @Operation(summary = "主管部门年度指标：合计与各单位", description = "该主管部门该年度全部单位之和（单位属于哪个主管部门："
            + "管理员设定的，未设定时为其最近开启年度的上级代码，与访问控制相同），字段同单位指标的 totals，置于顶层；"
            + "比率由部门的精确合计计算，不是各单位比率的平均；units 为各单位的合计与指标；asOf 同上。"
            + "该年度没有单位：404 DEPARTMENT_NOT_FOUND")
    public DepartmentIndicatorsView department(@PathVariable String department, @PathVariable int year,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return indicators.department(department, year, AsOf.resolve(new FiscalYear(year), asOf, clock));
    }
}
