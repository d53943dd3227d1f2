package cn.budgetledger.app;

import cn.budgetledger.app.security.Role;
import cn.budgetledger.app.security.UserDirectory;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.OpenYearRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 制单 → 审核 → 记账 end to end over HTTP: an accountant enters, a reviewer (role 审核) approves or returns, and
 * neither may do the other's part.
 */
class PaymentReviewTest {

    static final Line OFFICE = Line.of("2080150", "30201", "P716001GY");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static Api enterer;
    static Api reviewer;

    @BeforeAll
    static void users() {
        Api admin = app.as("admin");
        for (String[] user : new String[][] {{"zhidan716", "会计"}, {"shenhe716", "审核"}}) {
            expect(admin.post("/api/admin/users", """
                    {"username":"%s","displayName":"%s","password":"password-1","role":"%s","scope":["716001","716002","716005"]}"""
                    .formatted(user[0], user[0], user[1])), 201);
        }
        enterer = new Api(app.baseUrl(), "zhidan716", "password-1");
        reviewer = new Api(app.baseUrl(), "shenhe716", "password-1");
    }

    static LedgerDriver reviewedYear(String unit) {
        LedgerDriver books = new LedgerDriver(enterer, unit);
        expect(books.open(new OpenYearRequest("审核测试单位" + unit, "716", true)), 201);
        expect(books.allocate(new AllocationRequest("批复-" + unit, LocalDate.parse("2025-01-01"),
                List.of(OFFICE.approved("日常公用经费", "公用经费", "1000.00")))), 201);
        return books;
    }

    @Test
    void an_entry_awaits_review_and_a_reviewer_approves_it() {
        LedgerDriver books = reviewedYear("716001");
        LedgerDriver review = books.as(reviewer);

        Api.Response entered = expect(books.pay(OFFICE.payment("V1", "2025-03-10", "400.00", "某公司", "办公用品")), 202);
        Api.Response again = expect(books.pay(OFFICE.payment("V1", "2025-03-10", "400.00", "某公司", "办公用品")), 202);
        Api.Response otherContent = expect(books.pay(OFFICE.payment("V1", "2025-03-10", "300.00")), 409);
        app.awaitReadModels();
        JsonNode figures = books.lines().get(0).path("figures");
        JsonNode awaiting = review.paymentsJournal("status=待审核");

        assertThat(entered.text("status")).isEqualTo("AWAITING_REVIEW");
        assertThat(again.text("status")).isEqualTo("AWAITING_REVIEW");
        assertThat(otherContent.text("code")).isEqualTo("DOCUMENT_NUMBER_CONFLICT");
        assertThat(figures.path("executed").asText()).isEqualTo("0.00");
        assertThat(figures.path("awaitingReview").asText()).isEqualTo("400.00");
        assertThat(figures.path("available").asText()).isEqualTo("600.00");
        assertThat(awaiting.path("total").asInt()).isEqualTo(1);
        assertThat(awaiting.path("items").get(0).path("recordedBy").asText()).isEqualTo("zhidan716");

        Api.Response byTheEnterer = expect(books.approve("V1"), 403);
        Api.Response approved = expect(review.approve("V1"), 201);
        Api.Response approvedAgain = expect(review.approve("V1"), 200);
        app.awaitReadModels();
        JsonNode after = books.lines().get(0).path("figures");
        JsonNode journal = review.paymentsJournal("");

        assertThat(byTheEnterer.text("code")).as("an accountant reviews nothing").isEqualTo("FORBIDDEN");
        assertThat(approved.text("status")).isEqualTo("RECORDED");
        assertThat(approvedAgain.text("status")).isEqualTo("UNCHANGED");
        assertThat(after.path("executed").asText()).isEqualTo("400.00");
        assertThat(after.path("awaitingReview").asText()).isEqualTo("0.00");
        assertThat(after.path("available").asText()).isEqualTo("600.00");
        assertThat(journal.path("items").get(0).path("status").asText()).isEqualTo("已支付");
        assertThat(journal.path("items").get(0).path("voucher").asText()).isEqualTo("V1");
    }

    @Test
    void a_returned_entry_releases_its_reservation_and_its_voucher() {
        LedgerDriver books = reviewedYear("716002");
        LedgerDriver review = books.as(reviewer);
        expect(books.pay(OFFICE.payment("V1", "2025-03-10", "800.00")), 202);

        Api.Response noReason = expect(review.returnEntry("V1", " "), 400);
        Api.Response returned = expect(review.returnEntry("V1", "附件不全"), 200);
        Api.Response approveReturned = expect(review.approve("V1"), 409);
        Api.Response unknown = expect(review.approve("V9"), 404);
        Api.Response reentered = expect(books.pay(OFFICE.payment("V1", "2025-03-10", "900.00")), 202);
        app.awaitReadModels();
        JsonNode entries = review.entries("");
        JsonNode figures = books.lines().get(0).path("figures");

        assertThat(noReason.text("code")).isEqualTo("RETURN_REASON_MISSING");
        assertThat(returned.text("outcome")).isEqualTo("RECORDED");
        assertThat(approveReturned.text("code")).isEqualTo("ENTRY_NOT_AWAITING_REVIEW");
        assertThat(unknown.text("code")).isEqualTo("ENTRY_NOT_FOUND");
        assertThat(reentered.text("available")).isEqualTo("100.00");
        assertThat(figures.path("awaitingReview").asText()).isEqualTo("900.00");
        assertThat(entries.path("items")).extracting(item -> item.path("status").asText())
                .containsExactly("待审核", "已退回");
        assertThat(entries.path("items").get(1).path("returnReason").asText()).isEqualTo("附件不全");
    }

    /** A person moved from 会计 to 审核 still never reviews what they entered themselves. */
    @Test
    void the_one_who_entered_an_entry_never_approves_it_whatever_their_role_became() {
        expect(app.as("admin").post("/api/admin/users", """
                {"username":"yidong716","displayName":"yidong716","password":"password-1","role":"会计","scope":["716005"]}"""), 201);
        Api movedOn = new Api(app.baseUrl(), "yidong716", "password-1");
        LedgerDriver books = reviewedYear("716005").as(movedOn);
        expect(books.pay(OFFICE.payment("V1", "2025-03-10", "10.00")), 202);
        app.bean(JdbcTemplate.class).update("update ledger_user set role = 'REVIEWER' where username = 'yidong716'");
        // a change made by hand is heard within moments (README, 网页与权限)
        await().atMost(Duration.ofSeconds(5)).until(() ->
                app.bean(UserDirectory.class).find("yidong716").orElseThrow().role() == Role.REVIEWER);

        Api.Response ownEntry = expect(books.approve("V1"), 403);
        Api.Response ownReturn = expect(books.returnEntry("V1", "撤回"), 403);
        Api.Response byAnother = expect(books.as(reviewer).approve("V1"), 201);

        assertThat(ownEntry.text("code")).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(ownReturn.text("code")).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(byAnother.text("status")).isEqualTo("RECORDED");
    }

    @Test
    void a_reviewer_enters_nothing_and_an_accountant_reviews_nothing() {
        LedgerDriver books = new LedgerDriver(enterer, "716003");
        LedgerDriver review = books.as(reviewer);

        assertThat(review.pay(OFFICE.payment("V1", "2025-03-10", "1.00")).status()).isEqualTo(403);
        assertThat(review.adjust("TZ-1", "追加", "2025-03-10", "追加", OFFICE.entry("1.00")).status()).isEqualTo(403);
        assertThat(reviewer.get("/api/units/716001/years/2025/lines").status()).as("its own unit").isNotEqualTo(403);
        assertThat(reviewer.get("/api/units/503019/years/2025/lines").status()).as("another unit").isEqualTo(403);
        assertThat(reviewer.upload("/api/imports/payments", "p.csv", new byte[0]).status()).isEqualTo(403);
        assertThat(app.accountant().post("/api/units/716001/years/2025/payments/V1/approval", "").status())
                .isEqualTo(403);
        assertThat(books.requireReview(true).status()).isEqualTo(403);
    }

    @Test
    void an_administrator_turns_review_on_for_a_year_already_open() {
        LedgerDriver books = app.books("716004");
        expect(books.open("审核测试单位716004", "716"), 201);
        expect(books.allocate(new AllocationRequest("批复-716004", LocalDate.parse("2025-01-01"),
                List.of(OFFICE.approved("日常公用经费", "公用经费", "1000.00")))), 201);
        LedgerDriver admin = books.as(app.as("admin"));

        Api.Response on = expect(admin.requireReview(true), 201);
        Api.Response same = expect(admin.requireReview(true), 200);
        Api.Response entered = expect(books.pay(OFFICE.payment("V1", "2025-03-10", "10.00")), 202);
        Api.Response reopenedWithout = expect(books.open(new OpenYearRequest("审核测试单位716004", "716", false)), 409);

        assertThat(on.text("outcome")).isEqualTo("RECORDED");
        assertThat(same.text("outcome")).isEqualTo("UNCHANGED");
        assertThat(entered.text("status")).isEqualTo("AWAITING_REVIEW");
        assertThat(reopenedWithout.text("code")).isEqualTo("REVIEW_SET_BY_ADMINISTRATOR");
    }
}
