package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.RefusedVoucher;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.OpenYearRequest;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.ReversePaymentCommand;
import cn.budgetledger.command.VoucherRegisterTable;
import cn.budgetledger.command.domain.UsedVoucher;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static cn.budgetledger.app.LedgerCoreTest.OFFICE;
import static cn.budgetledger.app.LedgerCoreTest.openWithApproval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * The vouchers a unit-year used live in the voucher register, not in its snapshot: after a restart the year is
 * loaded from a snapshot that knows none of its vouchers, and every voucher rule still holds, over HTTP on
 * PostgreSQL. A register row and its event are committed together or not at all.
 */
class VoucherRegisterTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void a_year_loaded_from_its_snapshot_still_knows_every_voucher_it_used() {
        try (LedgerApp own = LedgerApp.start()) {
            // given a year with twelve payments and a reversal, snapshotted every five events
            LedgerDriver before = openWithApproval(own.books("503130"));
            for (int i = 1; i <= 12; i++) {
                before.pay(OFFICE.payment("V" + i, "2025-%02d-15".formatted(i), "1000.00"));
            }
            assertThat(before.reverse("R1", "V2", "2025-03-01").status()).isEqualTo(201);

            // when the application starts again, so the year is read from its latest snapshot
            own.restart();
            LedgerDriver after = own.books("503130");
            JdbcTemplate jdbc = own.bean(JdbcTemplate.class);
            String snapshot = new String(jdbc.queryForObject("""
                    select payload from snapshotevententry where aggregateidentifier = '503130-2025'
                    order by sequencenumber desc limit 1""", byte[].class), StandardCharsets.UTF_8);

            // then the snapshot holds none of the vouchers, and the register answers for them all
            assertThat(snapshot).doesNotContain("\"V1\"", "\"V11\"", "\"R1\"");
            assertThat(after.pay(OFFICE.payment("V1", "2025-01-15", "1000.00")).status())
                    .as("a resent voucher is unchanged").isEqualTo(200);
            assertConflict(after.pay(OFFICE.payment("V1", "2025-01-15", "1000.01")),
                    "DOCUMENT_NUMBER_CONFLICT");
            assertConflict(after.pay(OFFICE.payment("R1", "2025-04-01", "1.00")),
                    "DOCUMENT_NUMBER_CONFLICT");
            assertConflict(after.reverse("R2", "V2", "2025-04-01"),
                    "PAYMENT_ALREADY_REVERSED");
            assertThat(after.reverse("R1", "V2", "2025-03-01").status())
                    .as("a resent reversal is unchanged").isEqualTo(200);
            assertThat(after.reverse("R3", "V3", "2025-04-01").status()).isEqualTo(201);
            assertConflict(after.reverse("R4", "V3", "2025-04-02"),
                    "PAYMENT_ALREADY_REVERSED");
            assertThat(jdbc.queryForList("""
                    select voucher, reversed_by from voucher_register where unit = '503130' and reversal is null
                    and reversed_by is not null order by voucher"""))
                    .containsExactly(Map.of("voucher", "V2", "reversed_by", "R1"),
                            Map.of("voucher", "V3", "reversed_by", "R3"));
            assertThat(jdbc.queryForObject("select count(*) from voucher_register where unit = '503130'", Integer.class))
                    .as("twelve payments and two reversals").isEqualTo(14);
        }
    }

    @Test
    void a_year_that_reviews_keeps_its_entries_and_returns_across_a_snapshot() {
        try (LedgerApp own = LedgerApp.start()) {
            // given a year that requires review, with entries awaiting review, one approved and one returned,
            // snapshotted every five events
            LedgerDriver before = own.books("503132");
            assertThat(before.open(new OpenYearRequest("审核单位503132", "503", true)).status()).isEqualTo(201);
            assertThat(before.allocate(new AllocationRequest("批复-1", LocalDate.parse("2025-01-01"), List.of(
                    OFFICE.approved("日常公用经费", "公用经费", "100000.00")))).status()).isEqualTo(201);
            for (int i = 1; i <= 6; i++) {
                assertThat(before.pay(OFFICE.payment("V" + i, "2025-03-15", "1000.00")).status()).isEqualTo(202);
            }
            LedgerDriver review = before.as(own.as("reviewer"));
            assertThat(review.approve("V1").status()).isEqualTo(201);
            assertThat(review.returnEntry("V2", "附件不全").status()).isEqualTo(200);

            // when the application starts again, so the year is read from its latest snapshot
            own.restart();
            LedgerDriver after = own.books("503132");
            LedgerDriver reviewAfter = after.as(own.as("reviewer"));

            // then entries awaiting review, the approved one and the returned one are all known
            assertThat(after.pay(OFFICE.payment("V3", "2025-03-15", "1000.00")).status())
                    .as("an entry sent again awaits review").isEqualTo(202);
            assertThat(reviewAfter.approve("V4").status()).isEqualTo(201);
            assertThat(reviewAfter.approve("V1").status()).as("approved before").isEqualTo(200);
            assertConflict(reviewAfter.approve("V2"), "ENTRY_NOT_AWAITING_REVIEW");
            assertThat(after.pay(OFFICE.payment("V2", "2025-03-16", "500.00")).status())
                    .as("a returned voucher is entered again").isEqualTo(202);
            assertThat(own.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from voucher_return where unit = '503132'", Integer.class))
                    .as("its return is no longer its latest answer").isZero();
        }
    }

    @Test
    void a_voucher_the_register_cannot_take_is_not_recorded_at_all() {
        // given a year, and a register that refuses one voucher
        LedgerDriver books = openWithApproval("503131");
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        try (RefusedVoucher refused = RefusedVoucher.in(jdbc, "voucher_register", "V-BAD")) {
            // when that voucher is paid
            Api.Response failed = books.pay(OFFICE.payment("V-BAD", "2025-03-10", "100.00"));

            // then the payment failed and left no event, no register row and no figure behind
            assertThat(failed.status()).isEqualTo(500);
            assertThat(jdbc.queryForObject("""
                    select count(*) from domainevententry where convert_from(payload, 'UTF8') like '%V-BAD%'""",
                    Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from voucher_register where voucher = 'V-BAD'",
                    Integer.class)).isZero();
            assertThat(books.budget("2025-12-31").path("totals").path("executed").asText())
                    .isEqualTo("0.00");
        }

        // and once the register takes it, the same payment is recorded, once
        assertThat(books.pay(OFFICE.payment("V-BAD", "2025-03-10", "100.00")).status())
                .isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from voucher_register where voucher = 'V-BAD'", Integer.class))
                .isEqualTo(1);
        assertThat(books.budget("2025-12-31").path("totals").path("executed").asText())
                .isEqualTo("100.00");
    }

    @Test
    void a_batch_asked_ahead_gets_the_answers_each_voucher_gets_alone() {
        // given two years: in one a payment, a reversed payment and a refused attempt; in the other the same number
        LedgerDriver first = openWithApproval("503140");
        LedgerDriver second = openWithApproval("503141");
        assertThat(first.pay(OFFICE.payment("A1", "2025-01-15", "1000.00")).status()).isEqualTo(201);
        assertThat(first.pay(OFFICE.payment("A2", "2025-01-16", "2000.00")).status()).isEqualTo(201);
        assertThat(first.reverse("AR", "A2", "2025-03-01").status()).isEqualTo(201);
        assertThat(first.pay(OFFICE.payment("A3", "2025-01-17", "99999.00")).status()).isEqualTo(422);
        assertThat(second.pay(OFFICE.payment("A1", "2025-02-15", "2.00")).status()).isEqualTo(201);
        VoucherRegisterTable register = app.bean(VoucherRegisterTable.class);
        UnitYear one = new UnitYear("503140", 2025);
        UnitYear other = new UnitYear("503141", 2025);
        List<CommandMessage<?>> batch = List.of(
                asCommandMessage(new RecordPaymentCommand(one, " A1 ", LocalDate.of(2025, 5, 1), null, null, null, null)),
                asCommandMessage(new ReversePaymentCommand(one, "AR", "A2", LocalDate.of(2025, 5, 1), null, null)),
                asCommandMessage(new RecordPaymentCommand(one, "A3", LocalDate.of(2025, 5, 1), null, null, null, null)),
                asCommandMessage(new RecordPaymentCommand(one, "A4", LocalDate.of(2025, 5, 1), null, null, null, null)),
                asCommandMessage(new RecordPaymentCommand(other, "A1", LocalDate.of(2025, 5, 1), null, null, null, null)),
                asCommandMessage(new RecordPaymentCommand(other, "A2\u0000", LocalDate.of(2025, 5, 1), null, null, null, null)));
        Map<String, Optional<UsedVoucher>> alone = answers(register, one, other);

        // when the batch is asked ahead, in its unit of work
        UnitOfWork<?> together = DefaultUnitOfWork.startAndGet(batch.get(0));
        Map<String, Optional<UsedVoucher>> ahead;
        try {
            register.ahead(batch);
            ahead = answers(register, one, other);
        } finally {
            together.rollback();
        }

        // then each voucher gets the answer it gets alone: used, reversed, refused (free again), or unknown
        assertThat(ahead).isEqualTo(alone);
        assertThat(alone.get("503140 A1")).hasValueSatisfying(used -> assertThat(used.isUsedUp()).isTrue());
        assertThat(alone.get("503140 A2")).hasValueSatisfying(used -> assertThat(used.isReversed()).isTrue());
        assertThat(alone.get("503140 AR")).hasValueSatisfying(used -> assertThat(used.isUsedUp()).isTrue());
        assertThat(alone.get("503140 A3")).hasValueSatisfying(used -> assertThat(used.isUsedUp()).isFalse());
        assertThat(alone.get("503140 A4")).isEmpty();
        assertThat(alone.get("503141 A1")).hasValueSatisfying(used -> assertThat(used.amount()).isEqualTo(Money.ofFen(200)));
        assertThat(alone.get("503141 A2")).isEmpty();
    }

    private static Map<String, Optional<UsedVoucher>> answers(VoucherRegisterTable register, UnitYear... years) {
        Map<String, Optional<UsedVoucher>> answers = new TreeMap<>();
        for (UnitYear year : years) {
            for (String voucher : List.of("A1", "A2", "AR", "A3", "A4")) {
                answers.put(year.unit() + " " + voucher, register.find(year, voucher));
            }
        }
        return answers;
    }

    private static void assertConflict(Api.Response response, String code) {
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("code")).isEqualTo(code);
    }
}
