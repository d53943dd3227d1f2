package cn.budgetledger.app.stack;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.PaymentRequest;
import cn.budgetledger.command.web.PerformanceTargetRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What Grafana shows, checked without Grafana: every SQL query of every dashboard, its variables
 * substituted as Grafana does, runs on the ledger's PostgreSQL after a known year of one unit recorded
 * over HTTP, and gives that year's figures; every metric a Prometheus panel plots is at
 * /actuator/prometheus after that traffic, and counted once.
 */
class DashboardsTest {

    static final String UNIT = "505001";
    static final String PARENT = "505";
    static final String YEAR = "/api/units/" + UNIT + "/years/2025";
    static final String PUBLIC_FUNDS = "P505001GY";
    static final String SYSTEM = "P505001XM";
    /** The dashboards' variables set to the recorded unit-year; 2025 is past, so its time progress is 100. */
    static final Map<String, String> SELECTED = Map.of("year", "2025", "parent", PARENT, "unit", UNIT, "scope", "整体");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static Api accountant;
    static Api anonymous;
    static JdbcTemplate jdbc;

    /**
     * Line A (公用经费 30201): 100 000 + 20 000 adjusted in, 111 000 paid (a 1 000 payment reversed).
     * Line B (特定目标类 30213): 200 000 − 20 000, 153 000 paid. Line C (公用经费 30217, 三公): 10 000, 4 000
     * paid, 9 000 refused. Line A's 用款计划: 60 000 in January, 1 000 in April, 60 000 in June. Targets: the
     * seeds' four for the unit, 预算编制准确率 ≤ 5 for project GY.
     */
    @BeforeAll
    static void recordAYear() {
        accountant = app.accountant();
        anonymous = new Api("http://localhost:" + app.port(), null, null);
        jdbc = app.bean(JdbcTemplate.class);

        LedgerDriver books = new LedgerDriver(accountant, UNIT);
        Line a = Line.of("2080150", "30201", PUBLIC_FUNDS);
        Line b = Line.of("2080199", "30213", SYSTEM);
        Line c = Line.of("2080150", "30217", PUBLIC_FUNDS);
        created(books.open("达州市测试中心", PARENT));
        created(books.allocate("达财预〔2025〕5号", a.approved("日常公用经费", "公用经费", "100000.00"),
                b.approved("系统运行维护", "特定目标类", "200000.00"), c.approved("日常公用经费", "公用经费", "10000.00")));
        created(books.plan(a.plan(1, "60000.00", 4, "1000.00", 6, "60000.00")));
        created(books.pay(payment(a, "V1", "2025-01-15", "60000.00")));
        created(books.adjust("TZ-1", "调剂", "2025-02-01", "公用经费不足", b.entry("-20000"), a.entry("20000")));
        created(books.pay(payment(b, "V2", "2025-03-10", "153000.00")));
        created(books.pay(payment(c, "V3", "2025-03-20", "4000.00")));
        assertThat(books.pay(payment(c, "V4", "2025-04-01", "9000.00")).status()).isEqualTo(422);
        created(books.pay(payment(a, "V5", "2025-04-10", "1000.00")));
        created(books.reverse("HC-1", "V5", "2025-04-15"));
        created(books.pay(payment(a, "V6", "2025-06-30", "51000.00")));
        created(books.target(new PerformanceTargetRequest("", "产出指标", "质量指标", "预算编制准确率", "≤", "5", "%", "30", "反向")));
        created(books.target(new PerformanceTargetRequest("", "产出指标", "数量指标", "科目调整次数", "≤", "5", "次", "20", "反向")));
        created(books.target(new PerformanceTargetRequest("", "效益指标", "社会效益指标", "运转保障率", "=", "100", "%", "20", "正向")));
        created(books.target(new PerformanceTargetRequest("", "效益指标", "经济效益指标", "\"三公经费\"控制率", "≤", "100", "%", "20", "反向")));
        created(books.target(new PerformanceTargetRequest(PUBLIC_FUNDS, "产出指标", "质量指标", "预算编制准确率", "≤", "5", "%", "30", "反向")));
        // A file with a bad row: rejected whole, nothing recorded, counted as a rejected import.
        assertThat(accountant.upload("/api/imports/payments", "payments.csv", ("单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额\n"
                + UNIT + ",2025,X1,2025-13-01,2080150,30201," + PUBLIC_FUNDS + "," + Line.FISCAL + ",1.00\n").getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(422);
        app.awaitReadModels();
    }

    @Test
    void every_sql_query_of_every_dashboard_runs_and_finds_the_recorded_year() {
        List<String> checked = new ArrayList<>();
        for (JsonNode dashboard : Stack.dashboards()) {
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if (isSql(variable.path("datasource"))) {
                    assertThat(run(dashboard, variable.path("query").asText())).as(variable.path("name").asText()).isNotEmpty();
                    checked.add(dashboard.path("title").asText() + " $" + variable.path("name").asText());
                }
            }
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    if (isSql(target.path("datasource"))) {
                        assertThat(run(dashboard, target.path("rawSql").asText()))
                                .as(dashboard.path("title").asText() + " / " + panel.path("title").asText()).isNotEmpty();
                        checked.add(dashboard.path("title").asText() + " / " + panel.path("title").asText());
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void the_execution_overview_shows_the_year_against_time_progress() {
        JsonNode overview = Stack.dashboard("ledger-execution");

        assertThat(panelRows(overview, "全年预算、执行与余额")).singleElement().satisfies(totals -> expect(totals,
                "年初预算数", "310000.00", "调整后预算数", "310000.00", "执行数", "268000.00", "可用余额", "42000.00",
                "执行率", "86.45", "序时进度", "100.00"));

        List<Map<String, Object>> months = panelRows(overview, "执行率与序时进度（按月）");
        assertThat(months).hasSize(12);
        expect(months.get(0), "月份", "1", "执行率", "19.35", "序时进度", "8.49");
        expect(months.get(2), "月份", "3", "执行率", "70.00", "序时进度", "24.66");
        expect(months.get(5), "月份", "6", "执行率", "86.45", "序时进度", "49.59");
        expect(months.get(11), "月份", "12", "执行率", "86.45", "序时进度", "100.00");

        List<Map<String, Object>> projectMonths = panelRows(overview, "各项目执行率（按月）");
        assertThat(projectMonths).hasSize(24);
        assertThat(projectMonths).filteredOn(row -> row.get("月份").equals(6) && row.get("项目").toString().endsWith("日常公用经费"))
                .singleElement().satisfies(june -> expect(june, "执行率", "88.46"));

        assertThat(panelRows(overview, "各项目 调整后预算数 / 执行数 / 可用余额")).satisfiesExactly(
                publicFunds -> expect(publicFunds, "项目", "达州市测试中心 · 日常公用经费", "调整后预算数", "130000.00",
                        "执行数", "115000.00", "可用余额", "15000.00"),
                system -> expect(system, "项目", "达州市测试中心 · 系统运行维护", "调整后预算数", "180000.00",
                        "执行数", "153000.00", "可用余额", "27000.00"));

        assertThat(panelRows(overview, "可用余额（按预算指标行）")).satisfiesExactly(
                b -> expect(b, "经济科目", "30213", "可用余额", "27000.00", "执行率", "85.00"),
                a -> expect(a, "经济科目", "30201", "可用余额", "9000.00", "执行率", "92.50"),
                c -> expect(c, "经济科目", "30217", "可用余额", "6000.00", "执行率", "40.00"));
    }

    @Test
    void the_department_is_a_level_summing_its_units_with_rates_from_its_sums() {
        // given department 725 of two units: 30 000 of 100 000 spent by one (30 %), 150 000 of 300 000 by the other (50 %)
        LedgerDriver first = new LedgerDriver(accountant, "725001");
        LedgerDriver second = new LedgerDriver(accountant, "725002");
        Line line = Line.of("2080150", "30201", "P725GY");
        created(first.open("部门测试一中心", "725"));
        created(first.allocate("部财预〔2025〕1号", line.approved("日常公用经费", "公用经费", "100000.00")));
        created(first.pay(payment(line, "D1", "2025-03-10", "30000.00")));
        created(second.open("部门测试二中心", "725"));
        created(second.allocate("部财预〔2025〕2号", line.approved("日常公用经费", "公用经费", "300000.00")));
        created(second.pay(payment(line, "D1", "2025-01-20", "50000.00")));
        created(second.pay(payment(line, "D2", "2025-03-20", "100000.00")));
        app.awaitReadModels();
        JsonNode overview = Stack.dashboard("ledger-execution");
        Map<String, String> department = Map.of("year", "2025", "parent", "725", "unit", "725001", "scope", "整体");

        // then the department's row sums them, its 执行率 45 % from its sums (not 40 %, the average of the rates)
        assertThat(run(overview, Stack.panel(overview, "主管部门汇总（各单位之和）").path("targets").get(0).path("rawSql").asText(),
                department)).singleElement().satisfies(row -> expect(row, "主管部门", "725", "单位数", "2",
                "年初预算数", "400000.00", "调整后预算数", "400000.00", "执行数", "180000.00", "可用余额", "220000.00",
                "执行率", "45.00", "序时进度", "100.00", "预算编制准确率", "55.00", "科目调整次数", "0", "运转保障率", "100.00"));
        // and month by month: January only the second unit's 50 000, March both
        List<Map<String, Object>> months = run(overview, Stack.panel(overview, "主管部门执行率与序时进度（按月）")
                .path("targets").get(0).path("rawSql").asText(), department);
        assertThat(months).hasSize(12);
        expect(months.get(0), "月份", "1", "主管部门", "725", "执行率", "12.50", "序时进度", "8.49");
        expect(months.get(1), "月份", "2", "执行率", "12.50");
        expect(months.get(2), "月份", "3", "执行率", "45.00", "序时进度", "24.66");
        // and the recorded unit's department 505 shows as its one unit does
        assertThat(panelRows(overview, "主管部门汇总（各单位之和）")).singleElement().satisfies(row -> expect(row,
                "主管部门", PARENT, "单位数", "1", "执行数", "268000.00", "执行率", "86.45", "科目调整次数", "1"));
    }

    @Test
    void the_spending_plan_panel_sets_the_cumulative_plan_against_execution() {
        List<Map<String, Object>> months = panelRows(Stack.dashboard("ledger-execution"), "用款计划与执行（按月，累计）");

        assertThat(months).hasSize(12);
        expect(months.get(0), "月份", "1", "累计用款计划", "60000.00", "累计执行数", "60000.00");
        // V5's 1 000 paid and reversed in April
        expect(months.get(3), "月份", "4", "累计用款计划", "61000.00", "累计执行数", "60000.00", "当月执行数", "0.00");
        expect(months.get(5), "月份", "6", "累计用款计划", "121000.00", "累计执行数", "111000.00", "当月计划", "60000.00");
        expect(months.get(11), "月份", "12", "累计用款计划", "121000.00", "累计执行数", "111000.00");
    }

    @Test
    void a_current_year_line_stands_as_of_today_whole_months_and_this_months_days_but_not_tomorrow() {
        // given a line of this year (as the database's clock has it), paid on its first day, today and tomorrow
        LocalDate today = jdbc.queryForObject("select current_date", LocalDate.class);
        LedgerDriver books = new LedgerDriver(accountant, "506001", today.getYear());
        Line office = Line.of("2080150", "30201", PUBLIC_FUNDS);
        created(books.open("本年测试单位", "506"));
        created(books.allocate("本年批复", office.approved("日常公用经费", "公用经费", "1000.00")));
        created(books.pay(payment(office, "FIRST", today.withDayOfYear(1).toString(), "100.00")));
        created(books.pay(payment(office, "TODAY", today.toString(), "20.00")));
        if (today.plusDays(1).getYear() == today.getYear()) {
            created(books.pay(payment(office, "TOMORROW", today.plusDays(1).toString(), "3.00")));
        }

        // when Grafana reads the line's balance
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from payment where unit = '506001'", Integer.class) >= 2);
        Map<String, Object> line = jdbc.queryForMap("select * from grafana_line_balance where unit = '506001'");

        // then it counts the payments up to today, in earlier months and in this one, and not tomorrow's
        expect(line, "as_of", today.toString(), "original", "1000.00", "executed", "120.00", "available", "880.00");
    }

    @Test
    void the_performance_dashboard_measures_each_indicator_against_its_target() {
        JsonNode performance = Stack.dashboard("ledger-performance");

        expect(panelRows(performance, "预算编制准确率").get(0), "实际完成值", "13.55", "目标", "5.000001");
        expect(panelRows(performance, "科目调整次数").get(0), "实际完成值", "1", "目标", "5.000001");
        expect(panelRows(performance, "运转保障率").get(0), "实际完成值", "92.74", "目标", "100");
        expect(panelRows(performance, "\"三公经费\"控制率").get(0), "实际完成值", "40.00", "目标", "100.000001");
        assertThat(panelRows(performance, "所选范围的全部指标")).singleElement().satisfies(unit -> expect(unit,
                "预算执行率", "86.45", "预算编制准确率", "13.55", "科目调整次数", "1", "运转保障率", "92.74",
                "三公经费控制率", "40.00", "序时进度", "100.00"));

        assertThat(panelRows(performance, "绩效目标达成（单位整体与各项目）")).extracting(row -> row.get("三级指标") + " " + row.get("达成"))
                .containsExactly("预算编制准确率 未达标", "科目调整次数 达标", "运转保障率 未达标", "\"三公经费\"控制率 达标",
                        "预算编制准确率 达标");

        Map<String, String> publicFunds = Map.of("year", "2025", "parent", PARENT, "unit", UNIT, "scope", PUBLIC_FUNDS);
        expect(run(performance, Stack.panel(performance, "预算编制准确率").path("targets").get(0).path("rawSql").asText(),
                publicFunds).get(0), "实际完成值", "4.55", "目标", "5.000001");
        assertThat(run(performance, Stack.panel(performance, "所选范围的全部指标").path("targets").get(0).path("rawSql").asText(),
                publicFunds)).singleElement().satisfies(project -> expect(project, "预算执行率", "88.46",
                "运转保障率", "92.74", "三公经费控制率", "40.00"));
        assertThat(panelRows(performance, "各项目指标")).extracting(row -> row.get("范围"))
                .containsExactly("达州市测试中心", "日常公用经费", "系统运行维护");
    }

    @Test
    void the_warnings_dashboard_tiers_lagging_scopes_and_missed_targets() {
        JsonNode warnings = Stack.dashboard("ledger-warnings");

        assertThat(panelRows(warnings, "预警数量")).singleElement().satisfies(count -> expect(count, "红", "2", "橙", "4", "黄", "2"));
        List<Map<String, Object>> table = panelRows(warnings, "预警明细");
        assertThat(table).extracting(row -> row.get("等级") + " " + row.get("层级") + " " + row.get("预警") + " " + row.get("指标"))
                .containsExactly(
                        "红 单位 未达绩效目标 预算编制准确率",
                        "红 指标 执行进度滞后 预算执行率",
                        "橙 单位 执行进度滞后 预算执行率",
                        "橙 指标 执行进度滞后 预算执行率",
                        "橙 项目 执行进度滞后 预算执行率",
                        "橙 项目 执行进度滞后 预算执行率",
                        "黄 单位 未达绩效目标 运转保障率",
                        "黄 指标 执行进度滞后 预算执行率");
        expect(table.get(0), "实际", "13.55", "应达", "5", "偏离", "170.97");
        expect(table.get(1), "实际", "40.00", "应达", "100.00", "偏离", "60.00");
    }

    @Test
    void every_metric_a_service_panel_plots_is_exposed_after_traffic() {
        // Micrometer makes the GC pause timer at the JVM's first collection, which a young test JVM may not have had.
        System.gc();
        await().atMost(Duration.ofSeconds(10)).until(() -> scrape().contains("jvm_gc_pause_seconds_sum"));
        String scraped = scrape();
        JsonNode service = Stack.dashboard("ledger-service");
        List<String> names = new ArrayList<>();
        for (JsonNode panel : service.path("panels")) {
            panel.path("targets").forEach(target -> names.addAll(Stack.metricNames(target.path("expr").asText())));
        }
        for (JsonNode variable : service.path("templating").path("list")) {
            Matcher metric = Pattern.compile("label_values\\((\\w+)").matcher(variable.path("definition").asText());
            assertThat(metric.find()).isTrue();
            names.add(metric.group(1));
        }

        assertThat(names).hasSizeGreaterThanOrEqualTo(15);
        assertThat(names).allSatisfy(name -> assertThat(scraped).as(name).containsPattern("(?m)^" + name + "[{ ]"));
    }

    @Test
    void business_metrics_count_each_event_once_even_across_a_projection_replay() {
        String before = scrape();
        assertThat(sample(before, "ledger_payments_total")).isEqualByComparingTo("5");
        assertThat(sample(before, "ledger_payments_amount_yuan_total")).isEqualByComparingTo("269000");
        assertThat(sample(before, "ledger_refusals_total")).isEqualByComparingTo("1");
        assertThat(sample(before, "ledger_refusals_amount_yuan_total")).isEqualByComparingTo("9000");
        assertThat(sample(before, "ledger_reversals_total")).isEqualByComparingTo("1");
        assertThat(sample(before, "ledger_adjustments_total", "type=\"REALLOCATION\"")).isEqualByComparingTo("1");
        assertThat(sample(before, "ledger_imports_total", "kind=\"payments\"", "outcome=\"rejected\"")).isEqualByComparingTo("1");
        List<Map<String, Object>> totals = panelRows(Stack.dashboard("ledger-execution"), "全年预算、执行与余额");

        replayEveryProjection();

        String after = scrape();
        for (String counter : List.of("ledger_payments_total", "ledger_payments_amount_yuan_total", "ledger_refusals_total",
                "ledger_reversals_total", "ledger_adjustments_total")) {
            assertThat(sample(after, counter)).as(counter).isEqualByComparingTo(sample(before, counter));
        }
        assertThat(panelRows(Stack.dashboard("ledger-execution"), "全年预算、执行与余额")).isEqualTo(totals);
    }

    @Test
    void health_includes_the_database() {
        Api.Response health = anonymous.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(health.body().path("components").path("db").path("status").asText()).isEqualTo("UP");
    }

    private static String scrape() {
        return new String(app.scraper().get("/actuator/prometheus").raw(), StandardCharsets.UTF_8);
    }

    private static void replayEveryProjection() {
        List<StreamingEventProcessor> replayed = app.bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset).toList();
        assertThat(replayed).isNotEmpty();
        replayed.forEach(processor -> {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            app.awaitReadModels();
            assertThat(replayed).noneMatch(StreamingEventProcessor::isReplaying);
        });
    }

    // ---- Grafana's substitution and the queries

    /** A panel's query with the dashboard's variables set to the recorded unit-year. */
    static List<Map<String, Object>> panelRows(JsonNode dashboard, String title) {
        return run(dashboard, Stack.panel(dashboard, title).path("targets").get(0).path("rawSql").asText());
    }

    static List<Map<String, Object>> run(JsonNode dashboard, String sql) {
        return run(dashboard, sql, SELECTED);
    }

    /**
     * Substitutes as Grafana does for SQL datasources: a variable that may hold several values (multi or
     * include-all) becomes a list of quoted values, any other its plain value (so SQL quotes it itself).
     */
    static List<Map<String, Object>> run(JsonNode dashboard, String sql, Map<String, String> values) {
        String query = sql;
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            String name = variable.path("name").asText();
            String value = values.get(name);
            String text = variable.path("multi").asBoolean() || variable.path("includeAll").asBoolean()
                    ? "'" + value.replace("'", "''") + "'" : value;
            query = query.replace("${" + name + "}", text).replace("$" + name, text);
        }
        assertThat(query).as("every variable substituted").doesNotContain("$");
        return jdbc.queryForList(query);
    }

    private static boolean isSql(JsonNode datasource) {
        return datasource.path("uid").asText().equals("ledger-postgres");
    }

    /** Compares each named column: numbers by value (so 100 = 100.00), anything else as text. */
    static void expect(Map<String, Object> row, String... columnsAndValues) {
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            String column = columnsAndValues[i];
            assertThat(row).as(row.toString()).containsKey(column);
            Object actual = row.get(column);
            if (actual instanceof Number number) {
                assertThat(new BigDecimal(number.toString())).as(column).isEqualByComparingTo(columnsAndValues[i + 1]);
            } else {
                assertThat(String.valueOf(actual)).as(column).isEqualTo(columnsAndValues[i + 1]);
            }
        }
    }

    /** The value of the series of this unit's department and year (and the given labels) in a scrape. */
    static BigDecimal sample(String scraped, String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(scraped);
        while (line.find()) {
            String series = line.group(1);
            boolean business = name.startsWith("ledger_imports") || series.contains("department=\"" + PARENT + "\"") && series.contains("year=\"2025\"");
            if (business && List.of(labels).stream().allMatch(series::contains)) {
                return new BigDecimal(line.group(2));
            }
        }
        throw new AssertionError("no sample of " + name + " " + List.of(labels) + " in the scrape");
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
    }

    static PaymentRequest payment(Line line, String voucher, String date, String amount) {
        return line.payment(voucher, date, amount, "某公司", "运维费");
    }
}
