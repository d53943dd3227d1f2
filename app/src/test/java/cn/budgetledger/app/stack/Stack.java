package cn.budgetledger.app.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The files of the deployable stack, read from the repository as Docker and Grafana would read them. */
final class Stack {

    static final Path ROOT = findRoot();
    static final Path DASHBOARDS = ROOT.resolve("dashboards/grafana/dashboards");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Compose's "${NAME:-default}": the default is what the stack runs with when NAME is not set. */
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}");

    private Stack() {
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        try {
            return (Map<String, Object>) new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) yaml(ROOT.resolve("docker-compose.yml")).get("services")).get(name);
    }

    /** A service's environment as the container sees it when no variable is set on the host. */
    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String service) {
        Map<String, Object> declared = (Map<String, Object>) service(service).get("environment");
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        declared.forEach((name, value) -> environment.put(name, DEFAULTED.matcher(String.valueOf(value)).replaceAll("$1")));
        return environment;
    }

    static List<JsonNode> dashboards() {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            List<JsonNode> dashboards = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                dashboards.add(JSON.readTree(file.toFile()));
            }
            return dashboards;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode dashboard(String uid) {
        return dashboards().stream().filter(d -> d.path("uid").asText().equals(uid)).findFirst().orElseThrow();
    }

    static JsonNode panel(JsonNode dashboard, String title) {
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("title").asText().equals(title)) {
                return panel;
            }
        }
        throw new AssertionError("no panel " + title + " in " + dashboard.path("title"));
    }

    /** Every metric a PromQL expression selects: a name followed by its label matchers. */
    static List<String> metricNames(String expr) {
        List<String> names = new ArrayList<>();
        Matcher selector = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{").matcher(expr);
        while (selector.find()) {
            names.add(selector.group(1));
        }
        return names;
    }
}
