package cn.budgetledger.app.reliability;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against every write endpoint and every import kind: control characters of every kind, direction
 * overrides, huge and malformed numbers, misplaced separators, dates, nulls of every JSON type, oversize texts and
 * files, malformed CSV and XLSX. Never a 5xx; and after every 4xx the event store, the read models and every
 * tracking token are as they were. Bounded and reproducible: the seed is printed, and
 * {@code -Dfuzz.seed=…} replays a run. The concrete cases of issue 13 are checked one by one first.
 */
class HostileInputFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    static final int JSON_CASES_PER_ENDPOINT = Integer.getInteger("fuzz.json-cases", 120);
    static final int FILE_CASES_PER_KIND = Integer.getInteger("fuzz.file-cases", 60);
    static final String UNIT = "709410";
    static final String CLOSING_UNIT = "709411";
    static final String YEAR = Ledger.year(UNIT);
    static final String UNIT_NAME = "可靠性测试单位" + UNIT;
    static final String MANUAL_INDICATOR = "系统可用度";
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The tables whose counts and sums fingerprint the read models (and the command side's registers). */
    static final List<String> FINGERPRINTED = List.of("budget_year", "budget_line", "line_day_movement",
            "line_month_movement", "line_history", "payment", "payment_refusal", "adjustment_document",
            "adjustment_entry", "learned_subject_name", "performance_target", "indicator_actual", "refusal_attempt",
            "year_end_balance", "unit_department", "voucher_register", "voucher_refusal", "voucher_return",
            "payment_entry", "entry_decision", "freeze_document", "freeze_release", "spending_plan", "snapshotevententry",
            "deadletterentry");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static Api accountant;
    static JdbcTemplate jdbc;
    static String readModelFingerprint;

    final Random random = new Random(SEED);
    final List<String> failures = new ArrayList<>() {
        @Override
        public boolean add(String failure) {
            System.out.println("FUZZ FAILURE (seed " + SEED + "): " + failure);
            return super.add(failure);
        }
    };
    State before;
    int caseNumber;

    @BeforeAll
    static void twoOpenYearsWithAPaymentAndAManualTarget() {
        System.out.println("HostileInputFuzzTest seed: " + SEED + " (replay with -Dfuzz.seed=" + SEED + ")");
        accountant = app.accountant();
        jdbc = app.bean(JdbcTemplate.class);
        Ledger.openWithTwoLines(accountant, UNIT, "10000.00");
        Ledger.openWithTwoLines(accountant, CLOSING_UNIT, "10000.00");
        assertThat(accountant.post(YEAR + "/payments", Ledger.payment("V-OK", Ledger.OFFICE_LINE, "100.00")).status())
                .isEqualTo(201);
        assertThat(accountant.post(YEAR + "/targets", target(null).toString()).status()).isEqualTo(201);
        readModelFingerprint = fingerprintQuery();
    }

    @BeforeEach
    void settled() {
        before = settledState();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The cases of issue 13, one by one.

    @Test
    void the_issues_poisoned_codes_separators_dates_and_vouchers_are_refused_and_record_nothing() {
        ObjectNode allocation = allocation("NUL-1");
        ((ObjectNode) allocation.path("lines").get(0)).put("projectCode", "P\u0000X");
        refused("allocation with U+0000 in its project code", YEAR + "/allocations", allocation, 400, "PROJECT_CODE_MALFORMED");
        refused("target with U+0000 in its project code", YEAR + "/targets", target("P\u0000X"), 400, "PROJECT_CODE_MALFORMED");
        ObjectNode actual = actual();
        actual.put("projectCode", "P\u0000X");
        refused("actual with U+0000 in its project code", YEAR + "/actuals", actual, 400, "PROJECT_CODE_MALFORMED");
        for (String amount : List.of("1,50", "1,2,3", ",100", "100,", "1,2345", "1，50")) {
            ObjectNode payment = payment("SEP-" + amount.length());
            payment.put("amount", amount);
            refused("payment of " + amount, YEAR + "/payments", payment, 400, "AMOUNT_MALFORMED");
        }
        for (JsonNode date : List.of(NODES.textNode(""), NODES.arrayNode(), NODES.textNode("\u0000"), NODES.objectNode(),
                NODES.numberNode(20250101))) {
            ObjectNode dated = allocation("DATE-" + date.getNodeType());
            dated.set("date", date);
            refused("allocation dated " + date, YEAR + "/allocations", dated, 400, "DATE_MALFORMED");
        }
        refused("voucher with U+202E", YEAR + "/payments", payment("ZF\u202e1000"), 400, "TEXT_HAS_DIRECTION_CONTROLS");
        refused("voucher with U+0000", YEAR + "/payments", payment("ZF\u00001000"), 400, "TEXT_HAS_CONTROL_CHARACTERS");

        for (Format format : Format.values()) {
            for (Kind kind : Kind.values()) {
                refusedFile(format + " " + kind + " with U+0000 in 项目编码", kind, format,
                        kind.goodRow(1), kind.goodRow(2, "项目编码", "P\u0000X"));
            }
            refusedFile(format + " payment over 999,999,999,999.99", Kind.PAYMENTS, format,
                    Kind.PAYMENTS.goodRow(1), Kind.PAYMENTS.goodRow(2, "金额", "1000000000000.00"));
            refusedFile(format + " payee with a control character", Kind.PAYMENTS, format,
                    Kind.PAYMENTS.goodRow(1), Kind.PAYMENTS.goodRow(2, "收款人", "某公司\u0007"));
            refusedFile(format + " payee over 500 characters", Kind.PAYMENTS, format,
                    Kind.PAYMENTS.goodRow(1), Kind.PAYMENTS.goodRow(2, "收款人", "收".repeat(501)));
            for (String voucher : List.of("ZF\u0000", "ZF\u202e0001", "Z".repeat(65), "ZF\n1")) {
                refusedFile(format + " voucher " + Api.query(voucher), Kind.PAYMENTS, format,
                        Kind.PAYMENTS.goodRow(1), Kind.PAYMENTS.goodRow(2, "凭证号", voucher));
            }
            refusedFile(format + " amount 1,50", Kind.PAYMENTS, format,
                    Kind.PAYMENTS.goodRow(1), Kind.PAYMENTS.goodRow(2, "金额", "1,50"));
            List<String> twoAmounts = new ArrayList<>(Kind.PAYMENTS.columns());
            twoAmounts.add("金额");
            List<String> row = new ArrayList<>(Kind.PAYMENTS.goodRow(1).values());
            row.add("999.00");
            Api.Response answer = upload(Kind.PAYMENTS, format, twoAmounts, List.of(row));
            check(format + " two 金额 columns", answer, 422, null);
            assertThat(answer.body().path("errors").get(0).path("row").asInt()).as("two 金额 columns: row").isEqualTo(1);
        }
        assertNoFailures();
    }

    @Test
    void a_refused_attempt_imported_again_is_not_refused_twice_and_the_progress_agrees_with_the_answer() {
        // given a journal of two payments and one beyond the line's balance
        List<Map<String, String>> journal = List.of(Kind.PAYMENTS.goodRow(900_101), Kind.PAYMENTS.goodRow(900_102),
                Kind.PAYMENTS.goodRow(900_103, "金额", "9999999.00"));
        long refusalsBefore = refusalEvents();

        // when it is imported twice
        Api.Response first = accountant.upload("/api/imports/payments?progressId=fuzz-again-1", "j.csv",
                csv(Kind.PAYMENTS.columns(), journal.stream().map(r -> List.copyOf(r.values())).toList(), StandardCharsets.UTF_8));
        Api.Response second = accountant.upload("/api/imports/payments?progressId=fuzz-again-2", "j.csv",
                csv(Kind.PAYMENTS.columns(), journal.stream().map(r -> List.copyOf(r.values())).toList(), StandardCharsets.UTF_8));

        // then the refusal is recorded once, and each import's progress says what its answer says
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("recorded").asInt()).isEqualTo(2);
        assertThat(first.body().path("refused")).hasSize(1);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("unchanged").asInt()).isEqualTo(2);
        assertThat(second.body().path("refused")).hasSize(1);
        assertThat(refusalEvents()).isEqualTo(refusalsBefore + 1);
        JsonNode progress = accountant.get("/api/imports/fuzz-again-1/progress").body();
        assertThat(progress.path("rowsRecorded").asInt()).isEqualTo(2);
        assertThat(progress.path("rowsUnchanged").asInt()).isEqualTo(0);
        assertThat(progress.path("rowsRefused").asInt()).isEqualTo(1);
        assertThat(progress.path("rowsDone").asInt()).isEqualTo(3);
        JsonNode again = accountant.get("/api/imports/fuzz-again-2/progress").body();
        assertThat(again.path("rowsRecorded").asInt()).isEqualTo(0);
        assertThat(again.path("rowsUnchanged").asInt()).isEqualTo(2);
        assertThat(again.path("rowsRefused").asInt()).isEqualTo(1);

        // and the same attempt sent as JSON is not refused a third time either
        ObjectNode resent = payment("FZ-900103");
        resent.put("functionalCode", "2080150").put("economicCode", "30201").put("amount", "9999999.00");
        assertThat(accountant.post(YEAR + "/payments", resent.toString()).status()).isEqualTo(422);
        assertThat(refusalEvents()).isEqualTo(refusalsBefore + 1);
    }

    @Test
    void a_year_cannot_pass_the_bound_and_the_overview_of_all_units_keeps_answering() {
        // given a unit-year at the largest total a year may hold
        String unit = "709412";
        String year = Ledger.year(unit);
        assertThat(accountant.post(year, "{\"unitName\":\"上限测试单位\",\"parentCode\":\"709\"}").status()).isEqualTo(201);
        ObjectNode full = allocation("MAX-1");
        ((ObjectNode) full.path("lines").get(0)).put("amount", "999,999,999,999.99");
        assertThat(accountant.post(year + "/allocations", full.toString()).status()).isEqualTo(201);
        before = settledState();

        // when more lines at the largest amount are sent, by JSON and by a file
        ObjectNode more = allocation("MAX-2");
        ArrayNode lines = (ArrayNode) more.path("lines");
        for (int i = 0; i < 50; i++) {
            lines.addObject().put("functionalCode", "2080199").put("economicCode", "30213").put("projectCode", "P-MAX" + i)
                    .put("projectName", "上限项目" + i).put("projectCategory", "特定目标类")
                    .put("fundSource", Line.FISCAL).put("amount", "999999999999.99");
        }
        lines.remove(0);
        refused("50 lines at the largest amount", year + "/allocations", more, 422, "BUDGET_TOTAL_TOO_LARGE");
        Map<String, String> row = new LinkedHashMap<>(Kind.BUDGET_LINES.goodRow(1));
        row.put("单位代码", unit);
        row.put("单位名称", "上限测试单位");
        row.put("金额", "0.01");
        Api.Response file = upload(Kind.BUDGET_LINES, Format.CSV, Kind.BUDGET_LINES.columns(), List.of(List.copyOf(row.values())));
        check("a file passing the bound", file, 422, null);
        assertNoFailures();

        // then every read of the year and the overview of all units answer
        assertThat(accountant.get(year + "/indicators").status()).isEqualTo(200);
        assertThat(accountant.get("/api/years/2025/indicators").status()).isEqualTo(200);
        assertThat(accountant.get(year + "/disclosure").status()).isEqualTo(200);
        assertThat(accountant.get(year + "/lines").status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The fuzz.

    @Test
    void every_write_endpoint_answers_hostile_json_with_a_client_error_that_records_nothing() {
        Map<String, Supplier<ObjectNode>> endpoints = new LinkedHashMap<>();
        // Each body fails only at the last rule its command checks, so a hostile field is met by its own rule.
        endpoints.put(YEAR, () -> JSON.createObjectNode().put("unitName", UNIT_NAME).put("parentCode", "504"));
        endpoints.put(YEAR + "/allocations", () -> {
            ObjectNode body = allocation("FA-" + caseNumber);
            ((ObjectNode) body.path("lines").get(0)).put("amount", "999999999999.99");
            return body;
        });
        endpoints.put(YEAR + "/adjustments", () -> JSON.createObjectNode().put("documentNumber", "FT-" + caseNumber)
                .put("type", "追加").put("date", "2025-04-01").put("reason", "追加")
                .set("entries", NODES.arrayNode().add(line(Ledger.OFFICE).put("amount", "999999999999.99"))));
        endpoints.put(YEAR + "/payments", () -> {
            ObjectNode body = payment("FP-" + caseNumber);
            if (random.nextInt(4) > 0) {
                body.put("economicCode", "30299");
            }
            return body;
        });
        endpoints.put(YEAR + "/reversals", () -> JSON.createObjectNode().put("voucher", "FR-" + caseNumber)
                .put("originalVoucher", "V-NONE").put("date", "2025-04-01").put("amount", "100.00").put("reason", "退回"));
        endpoints.put(YEAR + "/targets", () -> target("P-NONE"));
        endpoints.put(YEAR + "/actuals", () -> {
            ObjectNode body = actual();
            body.put("indicator", "未设目标的指标");
            return body;
        });
        endpoints.put(Ledger.year(CLOSING_UNIT) + "/closing", () -> JSON.createObjectNode().put("date", "2024-12-31"));

        endpoints.forEach((path, base) -> {
            for (int i = 0; i < JSON_CASES_PER_ENDPOINT; i++) {
                caseNumber++;
                ObjectNode body = base.get();
                List<String> fields = fieldsOf(body);
                StringBuilder name = new StringBuilder(path.substring(path.lastIndexOf('/')));
                for (int changes = 1 + (random.nextInt(5) == 0 ? 1 : 0); changes > 0; changes--) {
                    String field = fields.get(random.nextInt(fields.size()));
                    JsonNode value = hostile(field);
                    if (path.endsWith("/closing") && (value.isNull() || value.isMissingNode())) {
                        value = NODES.textNode("");
                    }
                    set(body, field, value);
                    name.append(' ').append(field).append('=').append(shown(value.toString()));
                }
                String text = random.nextInt(40) == 0 ? mangle(body.toString()) : body.toString();
                expectNothingRecordedBy("#" + caseNumber + " " + name, () -> accountant.post(path, text));
            }
        });
        for (String path : List.of("/api/units/70941/years/2025", "/api/units/7094100/years/2025/payments",
                "/api/units/abcdef/years/2025/payments", "/api/units/709410/years/99999/payments",
                "/api/units/709410/years/1999/payments", "/api/units/709410/years/2025x/payments",
                "/api/units/709410/years/2025/payments%00", "/api/units/%E2%80%AE709410/years/2025/payments")) {
            expectNothingRecordedBy("path " + path, () -> accountant.post(path, payment("FX").toString()));
        }
        assertThat(accountant.get(Ledger.year(CLOSING_UNIT) + "/indicators").status()).isEqualTo(200);
        assertNoFailures();
    }

    @Test
    void every_import_kind_answers_hostile_files_with_a_client_error_that_records_nothing() {
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < FILE_CASES_PER_KIND; i++) {
                caseNumber++;
                Format format = random.nextBoolean() ? Format.CSV : Format.XLSX;
                Map<String, String> hostileRow = kind.goodRow(caseNumber);
                StringBuilder name = new StringBuilder(kind + " " + format);
                for (int changes = 1 + (random.nextInt(4) == 0 ? 1 : 0); changes > 0; changes--) {
                    String column = kind.columns().get(random.nextInt(kind.columns().size()));
                    JsonNode value = hostile(column);
                    String cell = value.isTextual() ? value.asText() : value.isNull() ? "" : value.toString();
                    hostileRow.put(column, cell);
                    name.append(' ').append(column).append('=').append(shown(cell));
                }
                // A last row of a year out of the ledger's range makes every file a 422, whatever the hostile cell:
                // each row is still checked whole, and nothing may be recorded (nor any 5xx) on the way.
                List<List<String>> rows = List.of(List.copyOf(kind.goodRow(caseNumber + 100_000).values()),
                        List.copyOf(hostileRow.values()), List.copyOf(kind.goodRow(caseNumber, "年度", "1999").values()));
                String caseName = "#" + caseNumber + " " + name;
                expectNothingRecordedBy(caseName, () -> {
                    Api.Response answer = upload(kind, format, kind.columns(), rows);
                    if (answer.status() != 422 && !"FILE_UNREADABLE".equals(answer.text("code"))) {
                        failures.add(caseName + " → " + answer.status() + " " + shown(new String(answer.raw(), StandardCharsets.UTF_8)));
                    }
                    return answer;
                });
            }
        }
        // files that are not what they claim, or far too big
        byte[] xlsx = xlsx(Kind.PAYMENTS.columns(), List.of(List.copyOf(Kind.PAYMENTS.goodRow(1).values())));
        List<byte[]> broken = new ArrayList<>(List.of(new byte[0], "\uFEFF".getBytes(StandardCharsets.UTF_8),
                new byte[]{'P', 'K', 3, 4}, Arrays.copyOf(xlsx, xlsx.length / 2), Arrays.copyOf(xlsx, xlsx.length - 30),
                "单位代码,年度\n\"709410,2025\n".getBytes(StandardCharsets.UTF_8),
                "\u0000\u0000\u0000".getBytes(StandardCharsets.UTF_8),
                (String.join(",", Kind.PAYMENTS.columns()) + "\n").getBytes(StandardCharsets.UTF_8),
                (String.join(",", Kind.PAYMENTS.columns()) + "\n" + "x".repeat(2_000_000) + "\n").getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 12; i++) {
            byte[] noise = new byte[random.nextInt(5_000)];
            random.nextBytes(noise);
            broken.add(noise);
            byte[] damaged = xlsx.clone();
            for (int j = 0; j < 20; j++) {
                damaged[4 + random.nextInt(damaged.length - 4)] = (byte) random.nextInt();
            }
            broken.add(damaged);
        }
        StringBuilder many = new StringBuilder(String.join(",", Kind.PAYMENTS.columns())).append('\n');
        for (int i = 0; i < 2_000; i++) {
            many.append(String.join(",", Kind.PAYMENTS.goodRow(200_000 + i, "金额", "1,5").values())).append('\n');
        }
        broken.add(many.toString().getBytes(StandardCharsets.UTF_8));
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < broken.size(); i++) {
                byte[] file = broken.get(i);
                expectNothingRecordedBy(kind + " broken file " + i + " (" + file.length + " bytes)",
                        () -> accountant.upload("/api/imports/" + kind.path, "f.xlsx", file));
            }
        }
        assertNoFailures();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Hostile values.

    static final String[] AMOUNTS = {"1,50", "1,2,3", ",100", "100,", "1,2345", "1，50", "1e5", "NaN", "Infinity", "-0",
            "0", "0.00", "-1.00", "1.001", "0.005", "１００", " ", "+", ".", "-", "1.2.3", "0x10", "1_000", "1 000",
            "1000000000000.00", "999999999999.995", "99999999999999999999999999", "9223372036854775807",
            "-9223372036854775808", "92233720368547758.08", "¥100", "100元", "1,000,000,000,000.00", "٣"};
    static final String[] DATES = {"", " ", "2025-02-30", "2025-13-01", "0000-00-00", "2024-12-31", "2026-01-01",
            "99999-01-01", "2025/03/10", "10/03/2025", "2025-3-1", "2025-03-10T00:00", "\u0000", "2025-03-10\u0000",
            "２０２５-０３-１０", "-2025-03-10", "+2025-03-10"};
    static final String[] INJECTIONS = {"'; drop table payment; --", "|", "P|X", "%00", "\\u0000", "${jndi:ldap://x}",
            "<script>", "\"", "\\", "null", "NULL", "{}", "[]", "../../etc/passwd", "=HYPERLINK(\"http://x\")"};
    static final char[] DIRECTION = {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
            '\u2069', '\u200E', '\u200F', '\uFEFF', '\u061C'};

    /** A value a hostile client might put in this field. */
    JsonNode hostile(String field) {
        return switch (random.nextInt(10)) {
            case 0, 1 -> NODES.textNode(around(field, controlCharacter()));
            case 2 -> NODES.textNode(around(field, String.valueOf(DIRECTION[random.nextInt(DIRECTION.length)])));
            case 3 -> NODES.textNode(around(field, random.nextBoolean() ? "\ud800" : "\udfff"));
            case 4 -> NODES.textNode("收".repeat(random.nextInt(6) == 0 ? 100_000 : 65 + random.nextInt(2_000)));
            case 5 -> NODES.textNode(AMOUNTS[random.nextInt(AMOUNTS.length)]);
            case 6 -> NODES.textNode(DATES[random.nextInt(DATES.length)]);
            case 7 -> NODES.textNode(INJECTIONS[random.nextInt(INJECTIONS.length)]);
            default -> switch (random.nextInt(11)) {
                case 0 -> NODES.nullNode();
                case 1 -> NODES.arrayNode();
                case 2 -> NODES.objectNode();
                case 3 -> NODES.textNode("");
                case 4 -> NODES.numberNode(0);
                case 5 -> NODES.numberNode(-1);
                case 6 -> NODES.booleanNode(true);
                case 7 -> NODES.numberNode(1.5e308);
                case 8 -> NODES.arrayNode().addNull();
                case 9 -> NODES.objectNode().putNull("x");
                default -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            };
        };
    }

    private String controlCharacter() {
        int c = random.nextInt(0x20 + 0x21);
        return String.valueOf((char) (c < 0x20 ? c : 0x7F + (c - 0x20)));
    }

    /** The hostile characters inside, before or after a value that would otherwise pass. */
    private String around(String field, String hostile) {
        String plain = field.toLowerCase().contains("code") || field.contains("编码") ? "P1" : "V1";
        return switch (random.nextInt(3)) {
            case 0 -> hostile + plain;
            case 1 -> plain + hostile;
            default -> plain.charAt(0) + hostile + plain.substring(1);
        };
    }

    /** A JSON text broken on purpose: cut, doubled, or with a raw control character inside. */
    private String mangle(String json) {
        return switch (random.nextInt(3)) {
            case 0 -> json.substring(0, random.nextInt(json.length()));
            case 1 -> json + json;
            default -> {
                int at = random.nextInt(json.length());
                yield json.substring(0, at) + (char) random.nextInt(0x20) + json.substring(at);
            }
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bodies and files.

    static ObjectNode line(String project) {
        boolean office = project.equals(Ledger.OFFICE);
        return JSON.createObjectNode().put("functionalCode", office ? "2080150" : "2080199")
                .put("economicCode", office ? "30201" : "30213").put("projectCode", project).put("fundSource", Line.FISCAL);
    }

    static ObjectNode allocation(String document) {
        ObjectNode body = JSON.createObjectNode().put("approvalDocument", document).put("date", "2025-01-01");
        body.putArray("lines").add(line(Ledger.OFFICE).put("projectName", "日常公用经费").put("projectCategory", "公用经费")
                .put("amount", "1.00"));
        return body;
    }

    static ObjectNode payment(String voucher) {
        return line(Ledger.OFFICE).put("voucher", voucher).put("date", "2025-03-10").put("amount", "0.01")
                .put("payee", "某公司").put("summary", "办公用品");
    }

    static ObjectNode target(String project) {
        return JSON.createObjectNode().put("projectCode", project).put("firstLevel", "产出指标").put("secondLevel", "质量指标")
                .put("indicator", MANUAL_INDICATOR).put("comparator", "≥").put("targetValue", "99.9")
                .put("unitOfMeasure", "%").put("weight", "10").put("direction", "正向");
    }

    static ObjectNode actual() {
        return JSON.createObjectNode().putNull("projectCode").put("indicator", MANUAL_INDICATOR).put("actual", "99.95")
                .put("deviationReason", "无");
    }

    /** Every field of the body, with the fields of its first line or entry as lines[0].name. */
    static List<String> fieldsOf(ObjectNode body) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(field -> {
            JsonNode value = body.get(field);
            if (value.isArray() && value.get(0) instanceof ObjectNode first) {
                first.fieldNames().forEachRemaining(inner -> fields.add(field + "[0]." + inner));
            }
            fields.add(field);
        });
        return fields;
    }

    static void set(ObjectNode body, String field, JsonNode value) {
        int dot = field.indexOf("[0].");
        if (dot < 0) {
            body.set(field, value);
        } else if (body.get(field.substring(0, dot)) instanceof ArrayNode array && array.get(0) instanceof ObjectNode first) {
            first.set(field.substring(dot + 4), value);
        }
    }

    enum Format { CSV, XLSX }

    /** The import kinds, each with a row that would be recorded (or found unchanged). */
    enum Kind {
        BUDGET_LINES("budget-lines", "单位代码,单位名称,年度,功能科目编码,经济科目编码,项目编码,项目名称,项目类别,资金来源,金额,批复文号,功能科目名称,经济科目名称"),
        ADJUSTMENTS("adjustments", "单位代码,年度,调整单号,调整日期,调整类型,功能科目编码,经济科目编码,项目编码,资金来源,调整金额,项目名称,项目类别,事由"),
        PAYMENTS("payments", "单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额,收款人,摘要,冲销凭证号"),
        TARGETS("targets", "单位代码,年度,项目编码,一级指标,二级指标,三级指标,指标性质,指标值,度量单位,权重,指标方向"),
        ACTUALS("actuals", "单位代码,年度,项目编码,三级指标,实际完成值,偏差原因");

        final String path;
        final List<String> columns;

        Kind(String path, String header) {
            this.path = path;
            this.columns = List.of(header.split(","));
        }

        List<String> columns() {
            return columns;
        }

        Map<String, String> goodRow(int number, String... replaced) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : columns) {
                row.put(column, switch (column) {
                    case "单位代码" -> UNIT;
                    case "单位名称" -> UNIT_NAME;
                    case "年度" -> "2025";
                    case "功能科目编码" -> "2080150";
                    case "经济科目编码" -> "30201";
                    case "项目编码" -> this == TARGETS || this == ACTUALS ? "" : Ledger.OFFICE;
                    case "项目名称" -> this == BUDGET_LINES ? "日常公用经费" : "";
                    case "项目类别" -> this == BUDGET_LINES ? "公用经费" : "";
                    case "资金来源" -> Line.FISCAL;
                    case "金额" -> this == PAYMENTS ? "0.01" : "1.00";
                    case "批复文号" -> "FB-" + number;
                    case "调整单号" -> "FT-" + number;
                    case "调整日期" -> "2025-04-01";
                    case "调整类型" -> "追加";
                    case "调整金额" -> "1.00";
                    case "事由" -> "追加";
                    case "凭证号" -> "FZ-" + number;
                    case "支付日期" -> "2025-03-10";
                    case "收款人" -> "某公司";
                    case "摘要" -> "办公用品";
                    case "一级指标" -> "产出指标";
                    case "二级指标" -> "质量指标";
                    case "三级指标" -> MANUAL_INDICATOR;
                    case "指标性质" -> "≥";
                    case "指标值" -> "99.9";
                    case "度量单位" -> "%";
                    case "权重" -> "10";
                    case "指标方向" -> "正向";
                    case "实际完成值" -> "99.95";
                    case "偏差原因" -> "无";
                    default -> "";
                });
            }
            for (int i = 0; i + 1 < replaced.length; i += 2) {
                row.put(replaced[i], replaced[i + 1]);
            }
            return row;
        }
    }

    Api.Response upload(Kind kind, Format format, List<String> header, List<List<String>> rows) {
        byte[] file = format == Format.XLSX ? xlsx(header, rows)
                : csv(header, rows, random.nextInt(5) == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
        return accountant.upload("/api/imports/" + kind.path, format == Format.XLSX ? "f.xlsx" : "f.csv", file);
    }

    static byte[] csv(List<String> header, List<List<String>> rows, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, charset); CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("导入");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    String value = all.get(r).get(c);
                    // POI refuses cells over 32,767 characters: such a cell is written as long as a cell can be.
                    row.createCell(c).setCellValue(asExcelWritesIt(value.length() > 32_767 ? value.substring(0, 32_767) : value));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A character XML cannot hold as Excel writes it, _xHHHH_ (POI would write '?' instead). */
    static String asExcelWritesIt(String text) {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isSurrogate(c) && !pair && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1))))) {
                cell.append(String.format("_x%04X_", (int) c));
            } else {
                cell.append(c);
            }
        }
        return cell.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What is checked after each case.

    /** The event store, the read models and the tracking tokens, as far as a 4xx must leave them alone. */
    record State(long events, long lastIndex, String tokens, String readModels) {
    }

    static State state() {
        Map<String, Object> store = jdbc.queryForMap("select count(*) as events, coalesce(max(globalindex), 0) as last from domainevententry");
        String tokens = String.join("\n", jdbc.queryForList("""
                select processorname || '/' || segment || '=' || coalesce(convert_from(token, 'UTF8'), '')
                from tokenentry order by processorname, segment""", String.class));
        return new State(((Number) store.get("events")).longValue(), ((Number) store.get("last")).longValue(), tokens,
                String.join(",", jdbc.queryForList(readModelFingerprint, String.class)));
    }

    /** One statement: each fingerprinted table's row count and the sum of each of its number columns. */
    static String fingerprintQuery() {
        Map<String, List<String>> numbers = new LinkedHashMap<>();
        for (String table : FINGERPRINTED) {
            numbers.put(table, jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_schema = current_schema() and table_name = ?
                      and data_type in ('bigint', 'integer', 'numeric', 'smallint') order by ordinal_position""",
                    String.class, table));
        }
        return numbers.entrySet().stream()
                .filter(table -> !jdbc.queryForList("select 1 from information_schema.tables where table_schema = current_schema() and table_name = ?",
                        table.getKey()).isEmpty())
                .map(table -> "select '" + table.getKey() + ":' || count(*)" + table.getValue().stream()
                        .map(column -> " || ':' || coalesce(sum(" + column + "), 0)").collect(Collectors.joining())
                        + " from " + table.getKey())
                .collect(Collectors.joining(" union all "));
    }

    /** The state once every processor has caught up: the same twice, a moment apart. */
    static State settledState() {
        State last = state();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            sleep(60);
            State now = state();
            if (now.equals(last) && tokensReach(now)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the read models did not settle: " + last);
    }

    private static boolean tokensReach(State state) {
        return state.tokens().lines().allMatch(token -> !token.contains("\"index\"")
                || token.contains("\"index\":" + state.lastIndex()) || state.lastIndex() == 0);
    }

    void expectNothingRecordedBy(String name, Supplier<Api.Response> sending) {
        Api.Response answer;
        try {
            answer = sending.get();
        } catch (RuntimeException broken) {
            failures.add(name + " → no answer: " + broken);
            return;
        }
        if (answer.status() >= 500) {
            failures.add(name + " → " + answer.status() + " " + shown(new String(answer.raw(), StandardCharsets.UTF_8)));
            return;
        }
        if (answer.status() >= 400 && !"PAYMENT_REFUSED".equals(answer.text("code"))) {
            State after = state();
            if (!after.equals(before)) {
                failures.add(name + " → " + answer.status() + " " + answer.text("code") + " but recorded something: "
                        + difference(before, after));
                before = settledState();
            }
        } else {
            // A value that was not hostile after all: the document was recorded, as it should be.
            before = settledState();
        }
    }

    void refused(String name, String path, JsonNode body, int status, String code) {
        check(name, accountant.post(path, body.toString()), status, code);
    }

    void refusedFile(String name, Kind kind, Format format, Map<String, String> good, Map<String, String> bad) {
        check(name, upload(kind, format, kind.columns(), List.of(List.copyOf(good.values()), List.copyOf(bad.values()))),
                422, null);
    }

    void check(String name, Api.Response answer, int status, String code) {
        if (answer.status() != status || (code != null && !code.equals(answer.text("code")))) {
            failures.add(name + " → " + answer.status() + " " + shown(new String(answer.raw(), StandardCharsets.UTF_8))
                    + " (expected " + status + (code == null ? "" : " " + code) + ")");
        }
        State after = state();
        if (!after.equals(before)) {
            failures.add(name + " recorded something: " + difference(before, after));
            before = settledState();
        }
    }

    void assertNoFailures() {
        assertThat(failures).as("seed " + SEED + ": " + failures.size() + " failures").isEmpty();
    }

    static String difference(State was, State is) {
        if (was.events() != is.events() || was.lastIndex() != is.lastIndex()) {
            return "events " + was.events() + "/" + was.lastIndex() + " → " + is.events() + "/" + is.lastIndex();
        }
        return was.tokens().equals(is.tokens()) ? "read models " + was.readModels() + " → " + is.readModels()
                : "tokens " + was.tokens() + " → " + is.tokens();
    }

    static long refusalEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry where payloadtype like '%PaymentRefusedEvent'",
                Long.class);
    }

    static String shown(String text) {
        String cut = text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
        StringBuilder shown = new StringBuilder();
        cut.chars().forEach(c -> shown.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
                || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF || c == 0x061C ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return shown.toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
