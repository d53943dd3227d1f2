package cn.budgetledger.command.domain;

import cn.budgetledger.api.events.PaymentReversedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static cn.budgetledger.command.domain.UnitYearBudgetTest.BUDGET;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MAINTENANCE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.OFFICE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.allocated;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.opened;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.paid;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/** A unit-year read back from its snapshot knows all it knew: its lines, documents, payments and reversals. */
class UnitYearSnapshotTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void a_year_read_back_from_its_snapshot_is_the_year_that_was_written() throws IOException {
        UnitYearBudget year = new UnitYearBudget();
        year.on(opened());
        year.on(allocated());
        year.on(paid("V1", OFFICE, "100.00"));
        year.on(paid("V2", MAINTENANCE, "200.00"));
        year.on(new PaymentReversedEvent(BUDGET, "R1", "V1", LocalDate.of(2025, 3, 20), OFFICE, yuan("100.00"), "退回"));

        SerializedObject<byte[]> snapshot = serializer.serialize(year, byte[].class);
        UnitYearBudget restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().ignoringFields("lineIndex").isEqualTo(year);
        assertThat(snapshot.getType().getRevision()).isEqualTo("2");
        JsonNode payments = json.readTree(snapshot.getData()).path("payments");
        assertThat(payments.path("vouchers")).as("payments are written as columns").hasSize(2);
        assertThat(payments.path("reversedBy").path("V1").asText()).isEqualTo("R1");
    }
}
