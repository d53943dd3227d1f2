package cn.budgetledger.app.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.CloseBudgetYearCommand;
import cn.budgetledger.app.ApiErrors;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.OpenYearRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may see and change which unit, over the real HTTP API: every endpoint that names a unit, for each
 * role, inside and outside the user's scope. Units 601001 and 601002 belong to department 601, unit
 * 602001 to department 602.
 */
class UnitAccessTest {

    static final String OWN = "/api/units/601001/years/2025";
    static final String SAME_DEPARTMENT = "/api/units/601002/years/2025";
    static final String FOREIGN = "/api/units/602001/years/2025";
    static final String PROJECT = "P601GY";
    static final Line OFFICE = Line.of("2080150", "30201", PROJECT);

    static LedgerApp app;
    static KeyPair tokenKeys;
    static Api demoAccountant;
    static Api admin;
    static Api accountant;
    static Api leader;
    static ListAppender<ILoggingEvent> denials = new ListAppender<>();

    @BeforeAll
    static void startWithUsersOfEachRole() throws Exception {
        tokenKeys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = Files.createTempFile("ledger-jwt-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(tokenKeys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        app = LedgerApp.start("spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey);
        denials.start();
        ((Logger) LoggerFactory.getLogger(ApiErrors.class)).addAppender(denials);

        demoAccountant = app.accountant();
        admin = app.as("admin");
        for (String unit : new String[] {"601001", "601002", "602001"}) {
            String year = "/api/units/" + unit + "/years/2025";
            assertThat(demoAccountant.post(year, LedgerDriver.json(new OpenYearRequest("单位" + unit, unit.substring(0, 3)))).status())
                    .isEqualTo(201);
            assertThat(demoAccountant.post(year + "/allocations", approval()).status()).isEqualTo(201);
        }
        assertThat(admin.post("/api/admin/users", newUser("kuaiji", "会计", "[\"601001\"]")).status()).isEqualTo(201);
        assertThat(admin.post("/api/admin/users", newUser("lingdao", "领导", "[\"601\"]")).status()).isEqualTo(201);
        accountant = new Api(app.baseUrl(), "kuaiji", "password-1");
        leader = new Api(app.baseUrl(), "lingdao", "password-1");
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(ApiErrors.class)).detachAppender(denials);
        app.close();
    }

    // ---- reading

    @ParameterizedTest
    @ValueSource(strings = {"", "/lines", "/indicators", "/warnings", "/evaluation", "/disclosure"})
    void an_accountant_and_a_leader_read_their_units(String endpoint) {
        assertThat(accountant.get(OWN + endpoint).status()).isEqualTo(200);
        assertThat(leader.get(OWN + endpoint).status()).isEqualTo(200);
        assertThat(leader.get(SAME_DEPARTMENT + endpoint).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/lines", "/indicators", "/warnings", "/evaluation", "/disclosure",
            "/evaluation?format=xlsx", "/disclosure?format=xlsx"})
    void nobody_reads_a_unit_outside_their_scope(String endpoint) {
        assertDenied(accountant.get(FOREIGN + endpoint), "GET " + FOREIGN);
        assertDenied(accountant.get(SAME_DEPARTMENT + endpoint), "GET " + SAME_DEPARTMENT);
        assertDenied(leader.get(FOREIGN + endpoint), "GET " + FOREIGN);
        assertDenied(admin.get(OWN + endpoint), "GET " + OWN);
    }

    @Test
    void a_line_history_is_as_private_as_its_unit() {
        String ownLine = firstLineId(OWN);
        String foreignLine = firstLineId(FOREIGN);

        assertThat(accountant.get(OWN + "/lines/" + ownLine + "/history").status()).isEqualTo(200);
        assertThat(leader.get(OWN + "/lines/" + ownLine + "/history").status()).isEqualTo(200);
        assertDenied(accountant.get(FOREIGN + "/lines/" + foreignLine + "/history"), FOREIGN);
        assertDenied(leader.get(FOREIGN + "/lines/" + foreignLine + "/history"), FOREIGN);
    }

    // ---- writing

    @Test
    void an_accountant_records_for_their_unit_and_every_event_names_them() {
        Api.Response paid = accountant.post(OWN + "/payments", payment("AC-001", "300.00"));

        assertThat(paid.status()).isEqualTo(201);
        JsonNode history = accountant.get(OWN + "/lines/" + firstLineId(OWN) + "/history").body();
        assertThat(StreamSupport.stream(history.path("events").spliterator(), false)
                .filter(event -> event.path("document").asText().equals("AC-001"))
                .map(event -> event.path("recordedBy").asText()))
                .containsExactly("kuaiji");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/allocations", "/corrections", "/adjustments", "/payments", "/reversals", "/closing", "/targets",
            "/actuals"})
    void nobody_writes_outside_their_scope_and_leaders_write_nowhere(String endpoint) {
        long before = eventCount();

        assertDenied(accountant.post(FOREIGN + endpoint, "{}"), "POST " + FOREIGN);
        assertDenied(accountant.post(SAME_DEPARTMENT + endpoint, "{}"), "POST " + SAME_DEPARTMENT);
        assertDenied(leader.post(OWN + endpoint, "{}"), "POST " + OWN);
        assertDenied(admin.post(OWN + endpoint, "{}"), "POST " + OWN);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_real_payment_into_a_foreign_unit_is_refused_and_not_recorded() {
        Api.Response refused = accountant.post(FOREIGN + "/payments", payment("AC-X01", "100.00"));

        assertDenied(refused, "POST " + FOREIGN + "/payments");
        assertThat(demoAccountant.get(FOREIGN).body().path("totals").path("executed").asText()).isEqualTo("0.00");
    }

    @Test
    void a_command_sent_for_a_foreign_unit_is_stopped_whatever_door_it_came_through() {
        var gateway = app.bean(CommandGateway.class);
        var kuaiji = new UsernamePasswordAuthenticationToken(
                "kuaiji", null, List.of(new SimpleGrantedAuthority("ROLE_ACCOUNTANT")));
        SecurityContextHolder.getContext().setAuthentication(kuaiji);
        try {
            var close = new CloseBudgetYearCommand(
                    new UnitYear("602001", 2025), LocalDate.of(2025, 12, 31));

            assertThatThrownBy(() -> gateway.sendAndWait(close))
                    .isInstanceOf(UnitAccessDeniedException.class).hasMessageContaining("602001");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(demoAccountant.get(FOREIGN).body().path("closedOn").isNull()).isTrue();
    }

    @Test
    void the_overview_of_a_year_shows_and_sums_only_the_callers_units() {
        JsonNode forLeader = leader.get("/api/years/2025/indicators?asOf=2025-12-31").body();
        JsonNode forAccountant = accountant.get("/api/years/2025/indicators?asOf=2025-12-31").body();

        assertThat(forLeader.path("units").findValuesAsText("unit")).contains("601001", "601002").doesNotContain("602001");
        assertThat(forLeader.path("totals").path("original").asText()).isEqualTo("100000.00");
        assertThat(forAccountant.path("units").findValuesAsText("unit")).containsExactly("601001");
        assertThat(forAccountant.path("totals").path("original").asText()).isEqualTo("50000.00");
        assertDenied(admin.get("/api/years/2025/indicators"), "/api/years/2025/indicators");
    }

    // ---- imports name their units row by row

    @Test
    void an_import_naming_a_foreign_unit_is_refused_whole() {
        String file = "单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额\n"
                + "601001,2025,IM-001,2025-03-01,2080150,30201," + PROJECT + "," + Line.FISCAL + ",10.00\n"
                + "602001,2025,IM-002,2025-03-01,2080150,30201," + PROJECT + "," + Line.FISCAL + ",10.00\n";

        Api.Response refused = accountant.upload("/api/imports/payments", "payments.csv", file.getBytes(StandardCharsets.UTF_8));

        assertDenied(refused, "/api/imports/payments");
        assertThat(refused.text("message")).contains("602001");
        assertThat(demoAccountant.get(OWN + "/lines").body().toString()).doesNotContain("\"executed\":\"10.00\"");
        assertDenied(leader.upload("/api/imports/payments", "payments.csv", file.getBytes(StandardCharsets.UTF_8)),
                "/api/imports/payments");
    }

    @Test
    void an_import_of_the_accountants_own_unit_is_recorded() {
        String file = "单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额\n"
                + "601001,2025,IM-101,2025-04-01,2080150,30201," + PROJECT + "," + Line.FISCAL + ",20.00\n";

        Api.Response imported = accountant.upload("/api/imports/payments", "payments.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().path("recorded").asInt()).isEqualTo(1);
    }

    // ---- roles and users

    @Test
    void only_an_administrator_manages_users() {
        assertThat(admin.get("/api/admin/users").status()).isEqualTo(200);
        assertDenied(accountant.get("/api/admin/users"), "/api/admin/users");
        assertDenied(leader.post("/api/admin/users", newUser("someone", "会计", "[\"*\"]")), "/api/admin/users");
        assertDenied(demoAccountant.put("/api/admin/users/kuaiji/scope", "{\"scope\":[\"*\"]}"), "/api/admin/users");
    }

    @Test
    void an_administrator_moves_a_unit_into_a_leaders_department() {
        String unit = "/api/units/603001/years/2025";
        assertThat(demoAccountant.post(unit, LedgerDriver.json(new OpenYearRequest("单位603001", null))).status()).isEqualTo(201);
        assertDenied(leader.get(unit), unit);

        JsonNode moved = admin.put("/api/admin/units/603001/department", "{\"department\":\"601\"}").body();

        assertThat(moved.path("department").asText()).isEqualTo("601");
        assertThat(leader.get(unit).status()).isEqualTo(200);
        assertThat(leader.get("/api/years/2025/indicators").body().path("units").findValuesAsText("unit")).contains("603001");
        assertDenied(leader.put("/api/admin/units/603001/department", "{\"department\":\"602\"}"), "/api/admin/units");
        assertThat(admin.put("/api/admin/units/603001/department", "{\"department\":\"六〇一\"}").text("code"))
                .isEqualTo("DEPARTMENT_MALFORMED");
    }

    @Test
    void an_administrators_department_wins_over_the_parent_code_in_the_overview_and_in_grafana() {
        // given 604001 opened under parent code 602: the overview and Grafana put it there, and leader 601 sees nothing
        String unit = "/api/units/604001/years/2025";
        assertThat(demoAccountant.post(unit, LedgerDriver.json(new OpenYearRequest("单位604001", "602"))).status())
                .isEqualTo(201);
        assertThat(demoAccountant.post(unit + "/allocations", approval()).status()).isEqualTo(201);
        app.awaitReadModels();
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        String grafana = "select parent from grafana_budget_unit where unit = '604001' and year = 2025";
        assertThat(overviewUnit(app.as("manager"), "604001").path("department").asText()).isEqualTo("602");
        assertThat(jdbc.queryForObject(grafana, String.class)).isEqualTo("602");
        assertThat(overviewUnit(leader, "604001")).isNull();

        // when an administrator sets its department to 601
        admin.put("/api/admin/units/604001/department", "{\"department\":\"601\"}");

        // then that department is the unit's everywhere: the overview, Grafana's views, the signed-in user's units
        assertThat(overviewUnit(app.as("manager"), "604001").path("department").asText()).isEqualTo("601");
        assertThat(overviewUnit(leader, "604001").path("department").asText()).isEqualTo("601");
        assertThat(jdbc.queryForObject(grafana, String.class)).isEqualTo("601");
        assertThat(jdbc.queryForList("select distinct parent from grafana_indicators where unit = '604001'", String.class))
                .containsExactly("601");
        assertThat(leader.get("/api/me").body().path("units").findValuesAsText("department")).doesNotContain("602");
        assertThat(leader.get("/api/me").body().path("units").findValuesAsText("unit")).contains("604001");
    }

    private static JsonNode overviewUnit(Api reader, String code) {
        for (JsonNode unit : reader.get("/api/years/2025/indicators").body().path("units")) {
            if (unit.path("unit").asText().equals(code)) {
                return unit;
            }
        }
        return null;
    }

    @Test
    void users_are_stored_with_bcrypt_hashes() {
        String hash = app.bean(UserDirectory.class).forSignIn("kuaiji").orElseThrow().passwordHash();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("password-1");
    }

    @Test
    void an_administrator_assigns_units_and_disables_users_with_immediate_effect() {
        assertThat(admin.post("/api/admin/users", newUser("temp", "会计", "[\"601002\"]")).status()).isEqualTo(201);
        Api temp = new Api(app.baseUrl(), "temp", "password-1");
        assertThat(temp.get(SAME_DEPARTMENT).status()).isEqualTo(200);
        assertDenied(temp.get(OWN), OWN);

        JsonNode reassigned = admin.put("/api/admin/users/temp/scope", "{\"scope\":[\"601001\"]}").body();
        assertThat(reassigned.path("scope").toString()).isEqualTo("[\"601001\"]");
        assertThat(temp.get(OWN).status()).isEqualTo(200);
        assertDenied(temp.get(SAME_DEPARTMENT), SAME_DEPARTMENT);

        assertThat(admin.post("/api/admin/users/temp/disable", "").body().path("enabled").asBoolean()).isFalse();
        assertThat(temp.get(OWN).status()).isEqualTo(401);
        assertThat(admin.post("/api/admin/users/admin/disable", "").text("code")).isEqualTo("CANNOT_DISABLE_SELF");
    }

    @Test
    void a_change_made_elsewhere_applies_within_moments_though_users_are_kept_between_requests() {
        given_a_user_whose_requests_have_been_answered("elsewhere");
        JdbcTemplate anotherInstance = app.bean(JdbcTemplate.class);

        anotherInstance.update("delete from ledger_user_scope where username = 'elsewhere'");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(new Api(app.baseUrl(), "elsewhere", "password-1").get(OWN).status()).isEqualTo(403));

        anotherInstance.update("update ledger_user set enabled = false where username = 'elsewhere'");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(new Api(app.baseUrl(), "elsewhere", "password-1").get(SAME_DEPARTMENT).status()).isEqualTo(401));
    }

    @Test
    void a_change_made_while_nothing_listened_for_changes_is_not_missed() {
        given_a_user_whose_requests_have_been_answered("unheard");
        JdbcTemplate database = app.bean(JdbcTemplate.class);
        Integer listener = listenersBackend(database);

        assertThat(database.queryForList("select pg_terminate_backend(?)", Boolean.class, listener)).containsExactly(true);
        database.update("update ledger_user set enabled = false where username = 'unheard'");
        await().atMost(Duration.ofSeconds(10)).until(() -> !listener.equals(listenersBackend(database))
                && app.bean(DirectoryChanges.class).generation() != DirectoryChanges.UNKNOWN);

        assertThat(new Api(app.baseUrl(), "unheard", "password-1").get(OWN).status()).isEqualTo(401);
    }

    private static Integer listenersBackend(JdbcTemplate database) {
        return database.queryForList("select pid from pg_stat_activity where application_name = ?", Integer.class,
                DirectoryChanges.APPLICATION_NAME).stream().findFirst().orElse(null);
    }

    /** Answered while the directory's changes are heard: the user is kept from the first of them on. */
    private static void given_a_user_whose_requests_have_been_answered(String username) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> app.bean(DirectoryChanges.class).generation() != DirectoryChanges.UNKNOWN);
        assertThat(admin.post("/api/admin/users", newUser(username, "会计", "[\"601001\"]")).status()).isEqualTo(201);
        Api user = new Api(app.baseUrl(), username, "password-1");
        assertThat(user.get(OWN).status()).isEqualTo(200);
        assertThat(user.get(OWN).status()).isEqualTo(200);
    }

    @Test
    void bad_user_requests_are_refused_in_chinese() {
        Api.Response shortPassword = admin.post("/api/admin/users",
                "{\"username\":\"x1\",\"password\":\"short\",\"role\":\"会计\",\"scope\":[\"601001\"]}");
        Api.Response duplicate = admin.post("/api/admin/users", newUser("kuaiji", "会计", "[\"601001\"]"));
        Api.Response departmentForAccountant = admin.post("/api/admin/users", newUser("x2", "会计", "[\"601\"]"));

        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.text("code")).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(departmentForAccountant.text("code")).isEqualTo("SCOPE_MALFORMED");
        assertThat(departmentForAccountant.text("message")).contains("6 位单位代码");
    }

    @Test
    void the_signed_in_user_sees_only_their_units() {
        JsonNode me = leader.get("/api/me").body();

        assertThat(me.path("roleName").asText()).isEqualTo("领导");
        assertThat(me.path("units").findValuesAsText("unit")).contains("601001", "601002").doesNotContain("602001");
        assertThat(me.path("units").findValuesAsText("writable")).containsOnly("false");
        assertThat(accountant.get("/api/me").body().path("units").findValuesAsText("unit")).containsExactly("601001");
    }

    @Test
    void strangers_are_asked_to_sign_in() {
        Api stranger = new Api(app.baseUrl(), null, null);
        Api wrongPassword = new Api(app.baseUrl(), "kuaiji", "wrong-password");

        assertThat(stranger.get(OWN).status()).isEqualTo(401);
        assertThat(stranger.post(OWN + "/payments", payment("AN-1", "1.00")).status()).isEqualTo(401);
        assertThat(wrongPassword.get(OWN).status()).isEqualTo(401);
        assertThat(stranger.get("/actuator/health").status()).isEqualTo(200);
    }

    // ---- the browser's door: form login, session, CSRF

    @Test
    void a_signed_in_browser_writes_only_with_its_csrf_token_and_events_name_the_signed_in_user() {
        FormSession browser = FormSession.signIn(app.baseUrl(), "kuaiji", "password-1");
        String token = browser.pageToken("/units/601001/years/2025/payments");

        assertThat(browser.postJson(OWN + "/payments", payment("FORM-001", "7.00"), null)).isEqualTo(403);
        assertThat(browser.postJson(OWN + "/payments", payment("FORM-002", "7.00"), token)).isEqualTo(201);
        assertThat(browser.postJson(FOREIGN + "/payments", payment("FORM-003", "7.00"), token)).isEqualTo(403);
        assertThat(browser.get("/units/602001/years/2025")).isEqualTo(403);
        JsonNode history = accountant.get(OWN + "/lines/" + firstLineId(OWN) + "/history").body();
        assertThat(StreamSupport.stream(history.path("events").spliterator(), false)
                .filter(event -> event.path("document").asText().startsWith("FORM-"))
                .map(event -> event.path("document").asText() + " " + event.path("recordedBy").asText()))
                .containsExactly("FORM-002 kuaiji");
    }

    // ---- bearer tokens: the token names the user, the directory says what they may do

    @Test
    void a_bearer_token_of_a_known_user_acts_as_that_user() throws Exception {
        Api byToken = Api.bearer(app.baseUrl(), token("kuaiji"));

        assertThat(byToken.get(OWN).status()).isEqualTo(200);
        assertDenied(byToken.get(FOREIGN), FOREIGN);
        assertThat(byToken.post(OWN + "/payments", payment("JWT-001", "5.00")).status()).isEqualTo(201);
        JsonNode history = byToken.get(OWN + "/lines/" + firstLineId(OWN) + "/history").body();
        assertThat(history.findValuesAsText("recordedBy")).contains("kuaiji");
        assertThat(history.toString()).contains("JWT-001");
    }

    @Test
    void a_bearer_token_of_an_unknown_user_may_do_nothing_and_a_forged_one_is_unauthenticated() throws Exception {
        assertDenied(Api.bearer(app.baseUrl(), token("nobody")).get(OWN), OWN);
        assertThat(Api.bearer(app.baseUrl(), token("kuaiji") + "x").get(OWN).status()).isEqualTo(401);
    }

    // ---- helpers

    /** A 403 with the API's error body, and the attempt logged (the newest log line names the path). */
    private static void assertDenied(Api.Response response, String path) {
        assertThat(response.status()).as(path).isEqualTo(403);
        assertThat(response.text("code")).isEqualTo("FORBIDDEN");
        assertThat(denials.list).as("the denied attempt is logged").isNotEmpty();
        assertThat(denials.list.get(denials.list.size() - 1).getFormattedMessage())
                .startsWith("Denied").contains(path.replaceFirst("^(GET|POST) ", ""));
    }

    private static String token(String subject) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject(subject).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) tokenKeys.getPrivate()));
        return jwt.serialize();
    }

    private static String firstLineId(String year) {
        return demoAccountant.get(year + "/lines").body().get(0).path("lineId").asText();
    }

    private static long eventCount() {
        return app.bean(JdbcTemplate.class)
                .queryForObject("select count(*) from domainevententry", Long.class);
    }

    static String newUser(String username, String role, String scope) {
        return """
                {"username":"%s","displayName":"%s","password":"password-1","role":"%s","scope":%s}"""
                .formatted(username, username, role, scope);
    }

    static String approval() {
        return LedgerDriver.json(new AllocationRequest("批复-1", LocalDate.parse("2025-01-01"),
                List.of(OFFICE.approved("日常公用经费", "公用经费", "50000.00")))).toString();
    }

    static String payment(String voucher, String amount) {
        return LedgerDriver.json(OFFICE.payment(voucher, "2025-03-10", amount, "某公司", "办公用品")).toString();
    }
}
