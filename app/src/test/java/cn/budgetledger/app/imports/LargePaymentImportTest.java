package cn.budgetledger.app.imports;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A journal of 100,000 payments imports within a modest heap. Run by its own surefire execution in a JVM
 * of -Xmx256m (app/pom.xml), with the application inside that JVM.
 */
class LargePaymentImportTest {

    static final int PAYMENTS = 100_000;
    static final String UNIT = "720001";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static Api accountant;

    @BeforeAll
    static void signIn() {
        accountant = app.accountant();
    }

    @Test
    void aHundredThousandPaymentsWithinA256MegabyteHeap() throws IOException {
        // Only its own execution bounds the heap; selected by -Dtest, the default execution would run it too.
        assumeTrue(Runtime.getRuntime().maxMemory() <= 256L << 20, "runs in the -Xmx256m surefire execution");

        // given one line of 9,999,000.00 and a journal of 100,000 payments of 100.00: the last ten overdraw
        Api.Response budget = ImportsTest.importCsvAs(accountant, "budget-lines", ImportsTest.LINES_HEADER,
                UNIT + ",大批量测试单位,2025,2080199,30213,P1,系统运维,特定目标类,一般公共预算拨款,9999000.00,,,");
        assertThat(budget.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                accountant.get("/api/units/" + UNIT + "/years/2025").status() == 200);
        Path journal = Files.createTempFile("payments-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(journal, StandardCharsets.UTF_8)) {
            out.write(ImportsTest.PAYMENTS_HEADER + "\n");
            LocalDate day = LocalDate.of(2025, 1, 1);
            for (int i = 1; i <= PAYMENTS; i++) {
                out.write(UNIT + ",2025,ZF" + i + "," + day.plusDays(i % 365) + ",2080199,30213,P1,一般公共预算拨款,"
                        + "100.00,供应商" + (i % 97) + ",运维服务费第" + i + "笔,\n");
            }
        }

        // when it is imported
        long started = System.nanoTime();
        Api.Response response = upload(journal);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        Files.delete(journal);

        // then every row is accounted for, the ten that overdraw listed as refusals
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        assertThat(response.body().path("rows").asInt()).isEqualTo(PAYMENTS);
        assertThat(response.body().path("recorded").asInt()).isEqualTo(PAYMENTS - 10);
        assertThat(response.body().path("refused")).hasSize(10);
        assertThat(response.body().path("refused").get(0).path("voucher").asText()).isEqualTo("ZF99991");
        assertThat(response.body().path("refused").get(0).path("row").asInt()).isEqualTo(99992);
        assertThat(accountant.get("/api/imports/large-720001/progress").body().path("phase").asText()).isEqualTo("DONE");
        await().atMost(Duration.ofMinutes(5)).untilAsserted(() -> assertThat(accountant.get("/api/units/" + UNIT
                + "/years/2025?asOf=2025-12-31").body().path("totals").path("executed").asText()).isEqualTo("9999000.00"));
        System.out.printf("Imported %d payments in %d s; heap max %d MB, used now %d MB%n", PAYMENTS, seconds,
                Runtime.getRuntime().maxMemory() >> 20,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    /** As Api.upload, streamed from the file, and with patience beyond Api's two minutes. */
    private static Api.Response upload(Path file) throws IOException {
        String boundary = "----ledger-large";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"payments.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                        + "/api/imports/payments?progressId=large-" + UNIT))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "accountant:accountant".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), Api.json(response.body()), response.body().getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
