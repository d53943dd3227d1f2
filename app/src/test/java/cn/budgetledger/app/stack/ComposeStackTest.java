package cn.budgetledger.app.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml and the files it mounts, read as Docker, Prometheus and Grafana read them: they parse,
 * every mounted path exists, and the names that tie the services together agree.
 */
class ComposeStackTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_compose_file_parses_and_every_mounted_path_is_in_the_repository() {
        Map<String, Object> compose = Stack.yaml(Stack.ROOT.resolve("docker-compose.yml"));

        assertThat(compose).containsKeys("services", "volumes");
        assertThat(Stack.service("postgres")).containsKey("volumes");
        List<String> mounted = new ArrayList<>();
        for (String service : List.of("postgres", "app", "prometheus", "grafana")) {
            for (Object volume : (List<?>) Stack.service(service).getOrDefault("volumes", List.of())) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(Stack.ROOT.resolve(source)).as(service + " mounts " + source).exists();
                    mounted.add(source);
                }
            }
        }
        assertThat(mounted).contains("./dashboards/prometheus/prometheus.yml", "./dashboards/grafana/provisioning",
                "./dashboards/grafana/dashboards", "./dashboards/postgres/grafana-role.sh");
        assertThat(((Map<String, Object>) compose.get("volumes"))).containsKey("ledger-db");
    }

    @Test
    void the_app_image_is_built_from_the_jar_maven_builds_and_configured_for_the_compose_database() throws IOException {
        assertThat(Stack.service("app").get("build")).isEqualTo(".");
        assertThat(Files.readString(Stack.ROOT.resolve("Dockerfile"))).contains("COPY app/target/budget-ledger.jar ");
        assertThat(Files.readString(Stack.ROOT.resolve("app/pom.xml"))).contains("<finalName>budget-ledger</finalName>");
        assertThat(Files.readAllLines(Stack.ROOT.resolve(".dockerignore"))).contains("!app/target/budget-ledger.jar");

        Map<String, String> app = Stack.environment("app");
        Map<String, String> database = Stack.environment("postgres");
        assertThat(app.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
        assertThat(app.get("AXONIQ_UPDATE_CHECKER_DISABLED")).isEqualTo("true");
        assertThat(Stack.service("app").get("ports")).isEqualTo(List.of("8080:8080"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheus_scrapes_the_app_where_it_exposes_its_metrics() {
        Map<String, Object> prometheus = Stack.yaml(Stack.ROOT.resolve("dashboards/prometheus/prometheus.yml"));
        Map<String, Object> job = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).get(0);

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(((List<Map<String, Object>>) job.get("static_configs")).get(0).get("targets")).isEqualTo(List.of("app:8080"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheus_scrapes_with_the_credential_the_app_is_given() {
        Map<String, Object> job = ((List<Map<String, Object>>) Stack.yaml(Stack.ROOT.resolve("dashboards/prometheus/prometheus.yml"))
                .get("scrape_configs")).get(0);
        Map<String, Object> basicAuth = (Map<String, Object>) job.get("basic_auth");
        Map<String, Object> compose = Stack.yaml(Stack.ROOT.resolve("docker-compose.yml"));
        String passwordSource = ((Map<String, Map<String, Object>>) compose.get("configs")).get("scrape-password").get("content").toString();
        List<Map<String, Object>> prometheusConfigs = (List<Map<String, Object>>) Stack.service("prometheus").get("configs");

        // The app's default scrape user (application.yml) is "prometheus"; compose sets only the password.
        assertThat(basicAuth.get("username")).isEqualTo("prometheus");
        assertThat(Stack.environment("app")).doesNotContainKey("LEDGER_METRICS_USERNAME");
        assertThat(prometheusConfigs).contains(Map.of("source", "scrape-password", "target", basicAuth.get("password_file")));
        assertThat(((Map<String, Object>) Stack.service("app").get("environment")).get("LEDGER_METRICS_PASSWORD"))
                .isEqualTo(passwordSource).asString().startsWith("${LEDGER_METRICS_PASSWORD:-");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafana_provisions_the_datasources_and_the_dashboards_the_files_name() {
        Path provisioning = Stack.ROOT.resolve("dashboards/grafana/provisioning");
        List<Map<String, Object>> datasources = (List<Map<String, Object>>) Stack.yaml(provisioning.resolve("datasources/ledger.yml")).get("datasources");
        Set<String> provisioned = new HashSet<>();
        datasources.forEach(datasource -> provisioned.add(datasource.get("uid").toString()));
        Map<String, Object> postgres = datasources.stream().filter(d -> d.get("type").toString().contains("postgres")).findFirst().orElseThrow();
        assertThat(postgres.get("url")).isEqualTo("postgres:5432");
        assertThat(((Map<String, Object>) postgres.get("jsonData")).get("database")).isEqualTo(Stack.environment("postgres").get("POSTGRES_DB"));
        assertThat(postgres.get("user")).isEqualTo("grafana");

        Set<String> uids = new HashSet<>();
        for (JsonNode dashboard : Stack.dashboards()) {
            assertThat(uids.add(dashboard.path("uid").asText())).as("unique uid " + dashboard.path("uid")).isTrue();
            assertThat(dashboard.findValues("datasource")).allSatisfy(datasource ->
                    assertThat(provisioned).contains(datasource.path("uid").asText()));
        }
        assertThat(uids).containsExactlyInAnyOrder("ledger-execution", "ledger-performance", "ledger-warnings", "ledger-service");

        Map<String, Object> provider = ((List<Map<String, Object>>) Stack.yaml(provisioning.resolve("dashboards/ledger.yml")).get("providers")).get(0);
        String dashboardsInContainer = ((Map<String, Object>) provider.get("options")).get("path").toString();
        assertThat((List<String>) Stack.service("grafana").get("volumes"))
                .contains("./dashboards/grafana/dashboards:" + dashboardsInContainer + ":ro");
        String home = Stack.environment("grafana").get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
        assertThat(home).startsWith(dashboardsInContainer + "/");
        assertThat(Stack.DASHBOARDS.resolve(home.substring(dashboardsInContainer.length() + 1))).exists();
    }

    @Test
    void promtool_accepts_the_scrape_config() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/promtool")), "promtool not installed (apt-get install prometheus)");
        Process check = new ProcessBuilder("/usr/bin/promtool", "check", "config",
                Stack.ROOT.resolve("dashboards/prometheus/prometheus.yml").toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());

        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS");
    }
}
