package cn.budgetledger.app.migration;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.command.VoucherRegisterTable;
import cn.budgetledger.command.domain.UsedVoucher;
import cn.budgetledger.query.support.Schema;
import cn.budgetledger.query.support.SharedPostgres;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger that already has payments and reversals gets them in its voucher register when migrated to V9_1, and the
 * latest refusal of each voucher still free when migrated to V10_4.
 */
class VoucherRegisterMigrationTest {

    static final UnitYear BUDGET = new UnitYear("503019", 2025);
    static final LineKey OFFICE = LineKey.of("2080150", "30201", "P503019GY", "一般公共预算拨款");
    static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void the_vouchers_already_used_are_registered_with_their_reversals() {
        try (SharedPostgres postgres = SharedPostgres.start()) {
            // given a ledger at V8_3 that recorded two payments, a refusal and a reversal
            JdbcTemplate jdbc = postgres.jdbc();
            Schema.migrate(jdbc.getDataSource(), "8.3");
            PaymentRecordedEvent v1 = new PaymentRecordedEvent(BUDGET, "V1", MARCH_10, OFFICE, Money.parse("400.00"), "某公司", "运维费");
            PaymentRecordedEvent v2 = new PaymentRecordedEvent(BUDGET, "V2", MARCH_10, OFFICE, Money.parse("12.34"), null, null);
            PaymentReversedEvent r1 = new PaymentReversedEvent(BUDGET, "R1", "V2", MARCH_10, OFFICE, Money.parse("12.34"), "退回");
            stored(jdbc, 0, v1);
            stored(jdbc, 1, new PaymentRefusedEvent(BUDGET, "V3", MARCH_10, OFFICE, Money.parse("9999.00"), Money.parse("100.00"), null));
            stored(jdbc, 2, v2);
            stored(jdbc, 3, r1);
            PaymentRefusedEvent v3Again = new PaymentRefusedEvent(BUDGET, "V3", MARCH_10, OFFICE, Money.parse("9999.00"),
                    Money.parse("50.00"), null);
            stored(jdbc, 4, v3Again);

            // when it is migrated
            Schema.migrate(jdbc.getDataSource(), Schema.LATEST);

            // then the register knows each used voucher as the event that used it, and a refused one (still free) by
            // its latest refusal (V10_4)
            VoucherRegisterTable register = new VoucherRegisterTable(jdbc, json, serializer);
            assertThat(register.find(BUDGET, "V1")).contains(UsedVoucher.of(v1));
            assertThat(register.find(BUDGET, "V2")).contains(UsedVoucher.of(v2).reversedBy("R1"));
            assertThat(register.find(BUDGET, "R1")).contains(UsedVoucher.of(r1));
            assertThat(register.find(BUDGET, "V3")).contains(UsedVoucher.of(v3Again));
            assertThat(register.find(new UnitYear("503019", 2026), "V1")).isEmpty();
            assertThat(register.findAll(BUDGET, List.of("V1", "R1", "V3", "V9")))
                    .containsOnlyKeys("V1", "R1", "V3").containsEntry("R1", UsedVoucher.of(r1));
        }
    }

    private void stored(JdbcTemplate jdbc, long sequence, Object event) {
        jdbc.update("""
                        insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                                      payloadtype, timestamp)
                        values (?, ?, 'UnitYearBudget', ?, ?, ?, '2025-03-10T00:00:00Z')""",
                BUDGET.toString(), sequence, UUID.randomUUID().toString(),
                serializer.serialize(event, byte[].class).getData(), event.getClass().getName());
    }
}
