package cn.budgetledger.app.reliability;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewers and accountants at once on one line of a year that requires review: an entry approved twice at once is
 * approved once, and approvals racing new entries never take the line below zero counting every reservation.
 */
class ConcurrentReviewTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static Api accountant;
    static List<Api> reviewers = new ArrayList<>();

    @BeforeAll
    static void users() {
        accountant = app.accountant();
        for (String name : List.of("bingfa717a", "bingfa717b")) {
            expect(app.as("admin").post("/api/admin/users", """
                    {"username":"%s","displayName":"%s","password":"password-1","role":"审核","scope":["717001","717002"]}"""
                    .formatted(name, name)), 201);
            reviewers.add(new Api(app.baseUrl(), name, "password-1"));
        }
    }

    static LedgerDriver reviewedYear(String unit, String yuanEach) {
        Ledger.openWithTwoLines(accountant, unit, yuanEach);
        LedgerDriver books = new LedgerDriver(accountant, unit);
        expect(books.as(app.as("admin")).requireReview(true), 201);
        return books;
    }

    @Test
    void an_entry_approved_by_two_reviewers_at_once_is_approved_once() throws Exception {
        LedgerDriver books = reviewedYear("717001", "1000.00");
        expect(books.api().post(books.path() + "/payments", Ledger.payment("V1", OFFICE_LINE, "600.00")), 202);

        List<Integer> statuses = all(reviewers.stream().<Callable<Integer>>map(reviewer ->
                () -> books.as(reviewer).approve("V1").status()).toList());

        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(events("717001", "EntryApprovedEvent")).isEqualTo(1);
        assertThat(events("717001", "PaymentRecordedEvent")).isEqualTo(1);
    }

    @Test
    void approvals_racing_entries_on_one_line_never_take_it_below_zero() throws Exception {
        // given 1,000.00 on the line, and 15 entries of 60.00 awaiting review (100.00 left)
        LedgerDriver books = reviewedYear("717002", "1000.00");
        for (int entry = 0; entry < 15; entry++) {
            expect(books.api().post(books.path() + "/payments", Ledger.payment("E" + entry, OFFICE_LINE, "60.00")), 202);
        }

        // when two reviewers approve all of them while the accountant enters 20 more of 30.00
        List<Callable<Integer>> work = new ArrayList<>();
        for (int reviewer = 0; reviewer < reviewers.size(); reviewer++) {
            LedgerDriver review = books.as(reviewers.get(reviewer));
            int first = reviewer;
            work.add(() -> {
                int approved = 0;
                for (int entry = first; entry < 15 + first; entry++) {
                    approved += review.approve("E" + (entry % 15)).status() == 201 ? 1 : 0;
                }
                return approved;
            });
        }
        work.add(() -> {
            int entered = 0;
            for (int more = 0; more < 20; more++) {
                int status = books.api().post(books.path() + "/payments",
                        Ledger.payment("M" + more, OFFICE_LINE, "30.00")).status();
                entered += status == 202 ? 1 : 0;
            }
            return entered;
        });
        List<Integer> counts = all(work);

        // then each entry was approved once, only what fitted was entered, and the line is never below zero
        assertThat(counts.get(0) + counts.get(1)).isEqualTo(15);
        assertThat(counts.get(2)).isEqualTo(3);
        app.awaitReadModels();
        JsonNode figures = null;
        for (JsonNode line : books.lines()) {
            if (line.path("economicCode").asText().equals(OFFICE_LINE.economicCode().value())) {
                figures = line.path("figures");
            }
        }
        assertThat(figures).isNotNull();
        assertThat(figures.path("executed").asText()).isEqualTo("900.00");
        assertThat(figures.path("awaitingReview").asText()).isEqualTo("90.00");
        assertThat(figures.path("available").asText()).isEqualTo("10.00");
    }

    private static <T> List<T> all(List<Callable<T>> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(work.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> running = new ArrayList<>();
        for (Callable<T> task : work) {
            running.add(threads.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get(120, TimeUnit.SECONDS));
        }
        threads.shutdown();
        return results;
    }

    private static long events(String unit, String type) {
        return app.bean(JdbcTemplate.class).queryForObject("""
                select count(*) from domainevententry
                where aggregateidentifier = ? and payloadtype = ?""", Long.class, unit + "-2025",
                "cn.budgetledger.api.events." + type);
    }
}
