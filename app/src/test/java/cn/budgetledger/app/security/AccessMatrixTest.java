package cn.budgetledger.app.security;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the running application's OpenAPI document (so a new one cannot be left out), plus the
 * actuator's, × every caller: an accountant of unit 601001, a leader of its department 601, an administrator
 * (each by HTTP Basic, and by a browser session without its CSRF token, alone or with a stray Authorization header:
 * empty, {@code Bearer junk}, {@code Basic garbage}), and nobody × the caller's own unit and another one (602001).
 * A resource server is configured, so a bearer token is the request's only credential (Spring skips CSRF for it and
 * refuses a bad one with 401); without one, {@code Bearer junk} is a stray header like the others (AccessHardeningTest).
 * Each cell has an expected class of answer: 401, 403, or allowed (any answer but 401/403/5xx, a validation
 * error included). And nothing leaks: the other unit's figures and its import's file name appear in no body, and a
 * refused request changes nothing (events, users, scopes, departments).
 */
class AccessMatrixTest {

    static final String OWN = "601001";
    static final String FOREIGN = "602001";
    static final String YEAR = "2025";
    static final String PROJECT = "P601GY";
    static final String FOREIGN_PROGRESS = "foreign-progress";
    /** What only someone who may read unit 602001 may see: its figures and its import's file name. */
    static final List<String> FOREIGN_MARKERS = List.of("777777.77", "3333.33", "774444.44", "foreign-secret");
    /** Endpoints the API document does not list: the actuator's (health is public and not in question). */
    static final List<String> ACTUATOR = List.of("/actuator/prometheus", "/actuator/metrics",
            "/actuator/metrics/ledger.payments.amount", "/actuator/metrics/ledger.payments");

    enum Role { ACCOUNTANT, LEADER, REVIEWER, ADMIN }

    enum Expected { ALLOWED, FORBIDDEN, UNAUTHENTICATED }

    /** Who calls: by Basic credentials, by a session (with a stray header or none: null), or nobody. */
    record Caller(String name, Role role, String basic, FormSession session, String strayHeader) {

        boolean anonymous() {
            return role == null;
        }
    }

    record Operation(String method, String template, boolean multipart) {
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LedgerApp app;
    static Map<String, String> lineIds = new LinkedHashMap<>();
    static List<Caller> callers = new ArrayList<>();

    @BeforeAll
    static void twoUnitsUsersOfEachRoleAndTheirSessions() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = Files.createTempFile("ledger-jwt-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        app = LedgerApp.start("spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey);

        Api demo = app.accountant();
        Api admin = app.as("admin");
        openYear(demo, OWN, "601", "50000.00");
        openYear(demo, FOREIGN, "602", "777777.77");
        for (String unit : List.of(OWN, FOREIGN)) {
            lineIds.put(unit, demo.get(year(unit) + "/lines").body().get(0).path("lineId").asText());
        }
        created(admin, "m-acct", "会计", "[\"" + OWN + "\"]");
        created(admin, "m-lead", "领导", "[\"601\"]");
        created(admin, "m-rev", "审核", "[\"" + OWN + "\"]");
        created(admin, "m-victim", "会计", "[\"" + FOREIGN + "\"]");
        Api victim = new Api(app.baseUrl(), "m-victim", "password-1");
        assertThat(victim.upload("/api/imports/payments?progressId=" + FOREIGN_PROGRESS, "foreign-secret.csv",
                paymentsFile(FOREIGN, "FX-001", "3333.33")).status()).isEqualTo(200);
        assertThat(demo.get(year(FOREIGN)).body().toString()).contains("774444.44");

        Map<Role, String[]> logins = Map.of(Role.ACCOUNTANT, new String[] {"m-acct", "password-1"},
                Role.LEADER, new String[] {"m-lead", "password-1"},
                Role.REVIEWER, new String[] {"m-rev", "password-1"}, Role.ADMIN, new String[] {"admin", "admin"});
        for (Role role : Role.values()) {
            String[] login = logins.get(role);
            callers.add(new Caller(role + " by Basic", role, "Basic " + Base64.getEncoder().encodeToString(
                    (login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8)), null, null));
            FormSession session = FormSession.signIn(app.baseUrl(), login[0], login[1]);
            callers.add(new Caller(role + " by session, no CSRF token", role, null, session, null));
            for (String stray : List.of("", "Bearer junk", "Basic garbage")) {
                callers.add(new Caller(role + " by session with 'Authorization: " + stray + "'", role, null, session, stray));
            }
        }
        callers.add(new Caller("nobody", null, null, null, null));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void every_endpoint_answers_every_caller_as_expected_and_nothing_leaks() {
        List<Operation> operations = operations();
        assertThat(operations).as("the API document lists the API")
                .contains(new Operation("POST", "/api/units/{unit}/years/{year}/payments", false),
                        new Operation("GET", "/api/imports/{id}/progress", false),
                        new Operation("POST", "/api/admin/users", false));
        List<String> mismatches = new ArrayList<>();
        Map<Expected, Integer> cells = new TreeMap<>();

        for (Operation operation : operations) {
            for (String unit : targets(operation)) {
                String path = concrete(operation.template(), unit);
                for (Caller caller : callers) {
                    Expected expected = expected(caller, operation, unit);
                    String before = settledFingerprint();
                    HttpResponse<byte[]> answer = send(caller, operation, path, unit);
                    String body = new String(answer.body(), StandardCharsets.UTF_8);
                    String cell = operation.method() + " " + path + " as " + caller.name() + ": " + answer.statusCode();
                    cells.merge(expected, 1, Integer::sum);
                    if (!matches(expected, answer.statusCode())) {
                        mismatches.add(cell + ", expected " + expected + " " + abbreviated(body));
                    }
                    FOREIGN_MARKERS.stream().filter(body::contains)
                            .forEach(marker -> mismatches.add(cell + " LEAKS " + marker + ": " + abbreviated(body)));
                    if (expected != Expected.ALLOWED && !fingerprint().equals(before)) {
                        mismatches.add(cell + " was refused but CHANGED the ledger or its users");
                    }
                }
            }
        }

        assertThat(mismatches).as("cells checked: %s", cells).isEmpty();
        assertThat(cells.get(Expected.ALLOWED)).isGreaterThan(50);
        assertThat(cells.get(Expected.FORBIDDEN)).isGreaterThan(200);
    }

    // ---- the expected answers

    /** Whether a role may use an operation on a unit: the rules of README's 网页与权限, written out once more. */
    static boolean allowed(Role role, Operation operation, String unit) {
        String path = operation.template();
        boolean reading = operation.method().equals("GET");
        if (path.startsWith("/actuator/metrics/ledger.payments.amount") || path.equals("/actuator/prometheus")) {
            return false;
        }
        if (path.startsWith("/actuator/metrics") || path.startsWith("/api/admin/")) {
            return role == Role.ADMIN;
        }
        if (path.equals("/api/me")) {
            return true;
        }
        if (path.startsWith("/api/units/{unit}/")) {
            // 审核 and 退回 are the reviewer's alone (制单 ≠ 审核); a reviewer reads the unit and enters nothing
            boolean review = path.endsWith("/approval") || path.endsWith("/return");
            // what closing would carry and let lapse is asked of the aggregate, as the closing is: its accountant's
            if (path.endsWith("/closing/preview")) {
                return OWN.equals(unit) && role == Role.ACCOUNTANT;
            }
            return OWN.equals(unit) && (review ? role == Role.REVIEWER
                    : role == Role.ACCOUNTANT || (reading && (role == Role.LEADER || role == Role.REVIEWER)));
        }
        if (path.startsWith("/api/imports/")) {
            return role == Role.ACCOUNTANT && (unit == null || OWN.equals(unit));
        }
        if (path.startsWith("/api/departments/{department}/")) {
            // department 601 holds 601001 alone, so its accountant and reviewer read every unit of it, as its leader
            return OWN.equals(unit) && reading && role != Role.ADMIN;
        }
        return role == Role.ACCOUNTANT || (reading && (role == Role.LEADER || role == Role.REVIEWER));
    }

    static Expected expected(Caller caller, Operation operation, String unit) {
        if (caller.anonymous()) {
            return Expected.UNAUTHENTICATED;
        }
        if ("Bearer junk".equals(caller.strayHeader())) {
            return Expected.UNAUTHENTICATED;   // a resource server is configured: a bearer token alone decides
        }
        if (caller.session() != null && !operation.method().equals("GET")) {
            return Expected.FORBIDDEN;   // no CSRF token, and no header that authenticates by itself
        }
        if (caller.session() != null && caller.strayHeader() != null && !caller.strayHeader().isEmpty()) {
            return Expected.UNAUTHENTICATED;   // a failed Basic or bearer never falls back to the session
        }
        return allowed(caller.role(), operation, unit) ? Expected.ALLOWED : Expected.FORBIDDEN;
    }

    static boolean matches(Expected expected, int status) {
        return switch (expected) {
            case ALLOWED -> status != 401 && status != 403 && status < 500;
            case FORBIDDEN -> status == 403;
            case UNAUTHENTICATED -> status == 401;
        };
    }

    // ---- the endpoints, from the running application's API document

    static List<Operation> operations() {
        JsonNode document = new Api(app.baseUrl(), null, null).get("/v3/api-docs").body();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                boolean multipart = method.getValue().path("requestBody").path("content").has("multipart/form-data");
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), multipart));
            }
        }
        ACTUATOR.forEach(path -> operations.add(new Operation("GET", path, false)));
        operations.sort((a, b) -> (a.template() + a.method()).compareTo(b.template() + b.method()));
        return operations;
    }

    /**
     * A path naming a unit, or an import whose file names one, is tried on both; one naming a department, on each
     * unit's department; any other once.
     */
    static List<String> targets(Operation operation) {
        boolean namesAUnit = operation.template().startsWith("/api/units/{unit}") || operation.multipart()
                || operation.template().startsWith("/api/departments/{department}");
        return namesAUnit ? List.of(OWN, FOREIGN) : Collections.singletonList(null);
    }

    static String concrete(String template, String unit) {
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = switch (variable.group(1)) {
                case "unit" -> unit == null ? OWN : unit;
                case "department" -> unit.substring(0, 3);
                case "year" -> YEAR;
                case "lineId" -> lineIds.get(unit);
                case "kind" -> template.startsWith("/api/subjects/") ? "economic" : "payments";
                case "code" -> "30201";
                case "id" -> FOREIGN_PROGRESS;
                case "documentNumber" -> "DJ-MATRIX";
                case "voucher" -> "V-MATRIX";
                case "username" -> "m-victim";
                default -> throw new AssertionError("No value for {" + variable.group(1) + "} of " + template
                        + ": give it one in AccessMatrixTest.concrete");
            };
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(path).toString();
    }

    // ---- sending

    static HttpResponse<byte[]> send(Caller caller, Operation operation, String path, String unit) {
        String contentType = null;
        byte[] body = null;
        if (operation.multipart()) {
            String boundary = "matrix" + UUID.randomUUID();
            contentType = "multipart/form-data; boundary=" + boundary;
            body = multipart(boundary, paymentsFile(unit, "MX-" + UUID.randomUUID().toString().substring(0, 8), "1.00"));
        } else if (!operation.method().equals("GET")) {
            contentType = "application/json";
            body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (caller.session() != null) {
            return caller.session().send(request, caller.strayHeader());
        }
        if (caller.basic() != null) {
            request.header("Authorization", caller.basic());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] multipart(String boundary, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrix.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return all;
    }

    // ---- what must not change when a request is refused

    /** The fingerprint once the ledger is quiet: a write answers before its processors (年终结转 after a closing) ran. */
    static String settledFingerprint() {
        app.awaitReadModels();
        return fingerprint();
    }

    static String fingerprint() {
        return app.bean(JdbcTemplate.class).queryForObject("""
                select (select count(*) from domainevententry)
                    || '/' || (select coalesce(md5(string_agg(username || role || enabled || password_hash || display_name, ','
                                                              order by username)), '') from ledger_user)
                    || '/' || (select coalesce(md5(string_agg(username || code, ',' order by username, code)), '')
                               from ledger_user_scope)
                    || '/' || (select coalesce(md5(string_agg(d::text, ',' order by d::text)), '') from unit_department d)""",
                String.class);
    }

    // ---- setting up

    static void openYear(Api accountant, String unit, String parent, String amount) {
        LedgerDriver books = new LedgerDriver(accountant, unit);
        assertThat(books.open("单位" + unit, parent).status()).isEqualTo(201);
        assertThat(books.allocate("批复-1", Line.of("2080150", "30201", PROJECT).approved("日常公用经费", "公用经费", amount))
                .status()).isEqualTo(201);
    }

    static byte[] paymentsFile(String unit, String voucher, String amount) {
        return ("单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额\n"
                + unit + ",2025," + voucher + ",2025-03-01,2080150,30201," + PROJECT + "," + Line.FISCAL + "," + amount + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static void created(Api admin, String username, String role, String scope) {
        assertThat(admin.post("/api/admin/users", """
                {"username":"%s","displayName":"%s","password":"password-1","role":"%s","scope":%s}"""
                .formatted(username, username, role, scope)).status()).isEqualTo(201);
    }

    static String year(String unit) {
        return "/api/units/" + unit + "/years/" + YEAR;
    }

    static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
