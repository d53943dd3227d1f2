package cn.budgetledger.app.stack;

import cn.budgetledger.app.BudgetLedgerApplication;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.command.web.OpenYearRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The compose stack's app service, without Docker: the application started with exactly the environment
 * docker-compose.yml gives it, on a PostgreSQL of its own prepared as the compose postgres service
 * prepares it, records and reads; Grafana's role reads the views and nothing else.
 */
class ExternalPostgresTest {

    static EmbeddedPostgres external;
    static ConfigurableApplicationContext app;
    static Map<String, String> database;
    static String jdbcUrl;

    @BeforeAll
    static void startOnAnExternalDatabase() throws IOException, SQLException {
        external = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C").start();
        database = Stack.environment("postgres");
        // What the postgres image does with POSTGRES_* on its first start, then dashboards/postgres/grafana-role.sh.
        try (Connection admin = external.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create role " + database.get("POSTGRES_USER") + " login password '" + database.get("POSTGRES_PASSWORD") + "'");
            sql.execute("create database " + database.get("POSTGRES_DB") + " owner " + database.get("POSTGRES_USER"));
            sql.execute("create role grafana login password '" + database.get("GRAFANA_DB_PASSWORD") + "'");
        }
        Map<String, Object> environment = new LinkedHashMap<>(Stack.environment("app"));
        // Inside the compose network the server is "postgres:5432"; here it is this test's.
        jdbcUrl = environment.get("SPRING_DATASOURCE_URL").toString().replace("//postgres:5432/", "//localhost:" + external.getPort() + "/");
        environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
        StandardEnvironment onlyTheseVariables = new StandardEnvironment();
        onlyTheseVariables.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        System.setProperty("axoniq.update-checker.disabled", environment.get("AXONIQ_UPDATE_CHECKER_DISABLED").toString());
        // A free port instead of the container's 8080, which this machine may be using.
        app = new SpringApplicationBuilder(BudgetLedgerApplication.class).environment(onlyTheseVariables).run("--server.port=0");
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        external.close();
    }

    @Test
    void the_app_records_and_reads_on_the_database_the_compose_variables_name() throws SQLException {
        Api accountant = new Api("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort(),
                "accountant", "accountant");
        String year = "/api/units/506001/years/2025";

        assertThat(accountant.post(year, LedgerDriver.json(new OpenYearRequest("外部库测试单位", "506"))).status()).isEqualTo(201);
        assertThat(accountant.post(year + "/allocations", """
                {"approvalDocument":"外财预〔2025〕1号","date":"2025-01-01","lines":[
                 {"functionalCode":"2080150","economicCode":"30201","projectCode":"P506001GY","projectName":"日常公用经费",
                  "projectCategory":"公用经费","fundSource":"一般公共预算拨款","amount":"50000.00"}]}""").status()).isEqualTo(201);
        assertThat(accountant.post(year + "/payments", """
                {"voucher":"V1","date":"2025-03-01","functionalCode":"2080150","economicCode":"30201","projectCode":"P506001GY",
                 "fundSource":"一般公共预算拨款","amount":"1234.56"}""").status()).isEqualTo(201);

        // The demo data loaded on this first start may still be catching up in the read models.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                accountant.get(year + "?asOf=2025-12-31").body().path("totals").path("available").asText()).isEqualTo("48765.44"));
        try (Connection ledger = DriverManager.getConnection(jdbcUrl, database.get("POSTGRES_USER"), database.get("POSTGRES_PASSWORD"));
             ResultSet events = ledger.createStatement().executeQuery(
                     "select count(*) from domainevententry where aggregateidentifier = '506001-2025'")) {
            assertThat(events.next()).isTrue();
            assertThat(events.getLong(1)).isEqualTo(3);
        }
    }

    @Test
    void grafana_reads_the_views_made_for_it_and_not_the_projections() throws SQLException {
        try (Connection grafana = DriverManager.getConnection(jdbcUrl, "grafana", database.get("GRAFANA_DB_PASSWORD"));
             Statement sql = grafana.createStatement()) {
            // The compose stack starts with the demo data, so every view has something to show at once.
            for (String view : new String[]{"grafana_budget_unit", "grafana_line_balance", "grafana_execution_by_month",
                    "grafana_indicators", "grafana_indicator_targets", "grafana_warnings"}) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    try (ResultSet rows = sql.executeQuery("select * from " + view)) {
                        assertThat(rows.next()).as(view).isTrue();
                    }
                });
            }
            assertThatThrownBy(() -> sql.executeQuery("select * from payment")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeQuery("select * from scope_figures")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void the_demo_units_stand_under_the_departments_their_budgets_are_published_under() throws SQLException {
        try (Connection grafana = DriverManager.getConnection(jdbcUrl, "grafana", database.get("GRAFANA_DB_PASSWORD"));
             Statement sql = grafana.createStatement()) {
            // what Grafana's 主管部门 filter offers for 2025 and which units it selects
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<String> units = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("select unit, parent from grafana_budget_unit"
                        + " where year = 2025 and unit in ('503019', '302002', '126002') order by unit")) {
                    while (rows.next()) {
                        units.add(rows.getString("unit") + " " + rows.getString("parent"));
                    }
                }
                assertThat(units).containsExactly("126002 126", "302002 302", "503019 503");
            });
        }
    }

    @Test
    void the_demo_department_126_has_two_units_over_two_years_and_carries_money_from_the_first_into_the_second()
            throws SQLException {
        try (Connection grafana = DriverManager.getConnection(jdbcUrl, "grafana", database.get("GRAFANA_DB_PASSWORD"));
             Statement sql = grafana.createStatement()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                // two units under 126 in 2024 and 2025, 2024 closed (年终结转)
                assertThat(rows(sql, "select unit || ' ' || year || ' ' || coalesce(closed_on::text, '-') from grafana_budget_unit"
                        + " where parent = '126' order by unit, year")).containsExactly(
                        "126001 2024 2024-12-31", "126001 2025 -", "126002 2024 2024-12-31", "126002 2025 -");
                // 126002 as seed 000 publishes it: 87.84 万元 in 2024, 100.17 万元 in 2025 (its seed budget, nothing carried)
                assertThat(rows(sql, "select year || ' ' || sum(original) || ' ' || count(*) filter (where origin = '上年结转')"
                        + " from grafana_line_balance where unit = '126002' group by year order by year"))
                        .containsExactly("2024 878400.00 0", "2025 1001660.00 0");
                // 126001's unspent 2024 project money opens 2025 as 上年结转, and 2025 spends part of it
                assertThat(rows(sql, "select sum(original) || ' ' || sum(executed) from grafana_line_balance"
                        + " where unit = '126001' and year = 2025 and origin = '上年结转'")).containsExactly("50000.00 30000.00");
                // and the department sums both units in both years
                assertThat(rows(sql, "select year || ' ' || unit_count from grafana_department_indicators"
                        + " where department = '126' order by year")).containsExactly("2024 2", "2025 2");
            });
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
