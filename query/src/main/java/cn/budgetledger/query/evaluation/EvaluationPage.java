package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.Money;
import cn.budgetledger.query.indicators.Percent;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The self-evaluation as a printable page: one form per scope, each starting on a new sheet of paper
 * when printed. Rendered on the server; every recorded text is escaped.
 */
@Component
public class EvaluationPage {

    private static final String STYLE = """
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; margin: 2em; color: #000; }
            h1 { font-size: 20pt; text-align: center; margin-bottom: 0.2em; }
            p.period { text-align: center; margin-top: 0; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 1em; font-size: 10.5pt; }
            th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: middle; }
            th { background: #f2f2f2; font-weight: bold; }
            td.number { text-align: right; white-space: nowrap; }
            section { margin-bottom: 3em; }
            p.missing { color: #a00; }
            @media print {
                body { margin: 0; }
                th { background: none; }
                section { page-break-after: always; }
                section:last-child { page-break-after: auto; }
                @page { size: A4 landscape; margin: 15mm; }
            }
            """;

    public String render(Evaluation evaluation) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(escape(evaluation.unitName())).append(' ')
                .append(evaluation.budget().year()).append(" 年度绩效自评</title><style>").append(STYLE)
                .append("</style></head><body>");
        scope(html, evaluation, evaluation.unit());
        evaluation.projects().forEach(project -> scope(html, evaluation, project));
        return html.append("</body></html>").toString();
    }

    private static void scope(StringBuilder html, Evaluation evaluation, ScopeEvaluation scope) {
        String unit = evaluation.budget().unit() + " " + evaluation.unitName();
        html.append("<section><h1>").append(scope.code() == null ? "部门整体支出绩效自评表" : "项目支出绩效自评表")
                .append("</h1><p class=\"period\">（").append(evaluation.budget().year()).append(" 年度，截至 ")
                .append(evaluation.asOf()).append("）</p><table><tr><th>")
                .append(scope.code() == null ? "单位名称" : "项目名称").append("</th><td colspan=\"7\">")
                .append(escape(scope.code() == null ? unit : scope.code() + " " + scope.name()))
                .append("</td></tr><tr><th>实施单位</th><td colspan=\"7\">").append(escape(unit)).append("</td></tr>")
                .append("<tr><th colspan=\"2\">项目资金（元）</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th>")
                .append("<th>分值</th><th>执行率</th><th>得分</th></tr><tr><td colspan=\"2\">年度资金总额</td>");
        amount(html, scope.measures().original());
        amount(html, scope.measures().adjusted());
        amount(html, scope.measures().executed());
        number(html, Shown.asRecorded(Scoring.EXECUTION_POINTS));
        number(html, scope.executionRate() == null ? "—" : Percent.shown(scope.executionRate()) + "%");
        number(html, Shown.twoDecimals(scope.executionScore()));
        html.append("</tr></table><table><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th>")
                .append("<th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr>");
        for (IndicatorScore score : scope.indicators()) {
            PerformanceTarget target = score.target();
            String explanation = score.note() != null ? score.note() : score.deviationReason();
            html.append("<tr><td>").append(escape(target.firstLevel())).append("</td><td>")
                    .append(escape(target.secondLevel())).append("</td><td>").append(escape(target.nameShown()))
                    .append("</td><td>").append(escape(target.shown())).append("</td>");
            number(html, score.actualPrinted() == null ? "—" : score.actualPrinted());
            number(html, Shown.asRecorded(target.weight()));
            number(html, Shown.twoDecimals(score.score()));
            html.append("<td>").append(explanation == null ? "" : escape(explanation)).append("</td></tr>");
        }
        html.append("<tr><th colspan=\"5\">总分</th>");
        number(html, Shown.asRecorded(scope.maximum()));
        number(html, Shown.twoDecimals(scope.total()));
        html.append("<th>").append(scope.hasTargets() ? "评价等级：" + scope.grade().label() : ScopeEvaluation.NO_TARGETS)
                .append("</th></tr></table>");
        if (!scope.missing().isEmpty()) {
            html.append("<p class=\"missing\">未填报实际完成值的指标：").append(escape(String.join("、", scope.missing())))
                    .append("</p>");
        }
        html.append("</section>");
    }

    private static void amount(StringBuilder html, Money amount) {
        number(html, amount.grouped());
    }

    private static void number(StringBuilder html, String text) {
        html.append("<td class=\"number\">").append(escape(text)).append("</td>");
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
