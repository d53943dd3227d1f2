package cn.budgetledger.command;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.command.domain.RegisteredVoucher;
import cn.budgetledger.command.domain.VoucherRegister;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The voucher register in PostgreSQL. Its handlers run in a <em>subscribing</em> processor whose failures fail
 * the command, so a row is written in the very transaction that appends its event, or neither is: the register
 * never misses nor invents a voucher. Its primary key refuses a voucher used twice in a unit-year even if two
 * instances both believed it free.
 */
@Component
@ProcessingGroup(VoucherRegisterTable.PROCESSING_GROUP)
public class VoucherRegisterTable implements VoucherRegister {

    public static final String PROCESSING_GROUP = "voucher-register";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Serializer eventSerializer;

    public VoucherRegisterTable(JdbcTemplate jdbc, ObjectMapper json,
                                @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public Optional<RegisteredVoucher> find(UnitYear budget, String voucher) {
        return Optional.ofNullable(findAll(budget, List.of(voucher)).get(voucher));
    }

    @Override
    public Map<String, RegisteredVoucher> findAll(UnitYear budget, Collection<String> vouchers) {
        Map<String, RegisteredVoucher> used = new HashMap<>();
        // A join, not "voucher = any(?)": on a register grown faster than its statistics the planner scans it and
        // compares each row with every wanted voucher (a second per 2,000-payment journal at 100,000 rows).
        jdbc.query("""
                        select registered.voucher, payment::text, reversal::text, reversed_by
                        from unnest(?::text[]) as wanted(voucher)
                        join voucher_register registered on registered.voucher = wanted.voucher
                        where registered.unit = ? and registered.year = ?""",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text", vouchers.toArray()));
                    statement.setString(2, budget.unit());
                    statement.setInt(3, budget.year());
                },
                (RowCallbackHandler) row -> used.put(row.getString("voucher"), registered(row)));
        return used;
    }

    @EventHandler
    void on(PaymentRecordedEvent event, EventMessage<?> message) {
        jdbc.update("insert into voucher_register (unit, year, voucher, payment) values (?, ?, ?, ?::jsonb)",
                event.budget().unit(), event.budget().year(), event.voucher(), asStored(message));
    }

    @EventHandler
    void on(PaymentReversedEvent event, EventMessage<?> message) {
        jdbc.update("insert into voucher_register (unit, year, voucher, reversal) values (?, ?, ?, ?::jsonb)",
                event.budget().unit(), event.budget().year(), event.voucher(), asStored(message));
        jdbc.update("update voucher_register set reversed_by = ? where unit = ? and year = ? and voucher = ?",
                event.voucher(), event.budget().unit(), event.budget().year(), event.originalVoucher());
    }

    private RegisteredVoucher registered(ResultSet row) throws SQLException {
        try {
            String payment = row.getString("payment");
            if (payment != null) {
                return new RegisteredVoucher.Payment(json.readValue(payment, PaymentRecordedEvent.class),
                        row.getString("reversed_by"));
            }
            return new RegisteredVoucher.Reversal(json.readValue(row.getString("reversal"), PaymentReversedEvent.class));
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The event's JSON as the event store has just written it, the same the back-fill copies: the message keeps the
     * form it was serialized to for the store, so it is not serialized a second time.
     */
    private String asStored(EventMessage<?> message) {
        return new String(message.serializePayload(eventSerializer, byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
