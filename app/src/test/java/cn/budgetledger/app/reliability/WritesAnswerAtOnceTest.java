package cn.budgetledger.app.reliability;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static cn.budgetledger.app.reliability.Ledger.payment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write answers as soon as it is recorded, from the aggregate's outcome, with its consistency position; a read
 * that names the position waits for the read models, and only that read. Its own application: the test stops the
 * read models, which no other class must meet.
 */
class WritesAnswerAtOnceTest {

    static final String UNIT = "729001";
    static final String WAITING_UNIT = "729002";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static Api accountant;
    static Api atOnce;

    @BeforeAll
    static void signIn() {
        accountant = app.accountant();
        atOnce = accountant.answeringAtOnce();
    }

    @Test
    void a_payment_answers_while_the_read_models_stand_still_and_a_read_naming_its_position_waits_for_them() {
        // given a unit-year with 1000.00 on its office line, and its read models stopped
        String year = Ledger.openWithTwoLines(accountant, UNIT, "1000.00");
        List<StreamingEventProcessor> readModels = app.bean(EventProcessingConfiguration.class).eventProcessors()
                .values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
        readModels.forEach(StreamingEventProcessor::shutDown);
        Api.Response paid;
        try {
            // when a payment is posted with the API's default
            long start = System.nanoTime();
            paid = atOnce.post(year + "/payments", payment("P-1", OFFICE_LINE, "300.00"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // then it is recorded at once (the read models' wait is 5 s), its figures from the unit-year itself
            assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
            assertThat(took).isLessThan(Duration.ofSeconds(3));
            assertThat(paid.text("available")).isEqualTo("700.00");
            assertThat(paid.position()).isPositive();
            assertThat(paid.headers().firstValue("Preference-Applied")).isEmpty();

            // and a read that must see it says the read models are behind, rather than answer without it
            Api.Response behind = atOnce.get(year + "?after=" + paid.position());
            assertThat(behind.status()).isEqualTo(503);
            assertThat(behind.text("code")).isEqualTo("READ_MODELS_BEHIND");
        } finally {
            readModels.forEach(StreamingEventProcessor::start);
        }

        // when the read models run again, a read naming the position sees the payment
        Api.Response seen = atOnce.get(year + "?after=" + paid.position());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().path("totals").path("executed").asText()).isEqualTo("300.00");
    }

    @Test
    void a_position_beyond_every_write_holds_no_thread_waiting_for_it() {
        // given a unit-year
        String year = Ledger.openWithTwoLines(accountant, "729003", "1000.00");

        // when a read names a position no write has reached
        long start = System.nanoTime();
        Api.Response read = atOnce.get(year + "?after=999999999999");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then it is answered as the newest write would be, not after the read models' 5 s timeout
        assertThat(read.status()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_write_that_prefers_read_your_writes_answers_once_its_figures_show_it() {
        // given a unit-year
        String year = Ledger.openWithTwoLines(accountant, WAITING_UNIT, "1000.00");

        // when a payment is posted with Prefer: read-your-writes
        Api.Response paid = accountant.post(year + "/payments", payment("P-1", OFFICE_LINE, "250.00"));

        // then the preference is applied, and the figures show the payment when read without a position
        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.headers().firstValue("Preference-Applied")).contains("read-your-writes");
        assertThat(paid.position()).isPositive();
        assertThat(atOnce.get(year).body().path("totals").path("executed").asText()).isEqualTo("250.00");
    }
}
