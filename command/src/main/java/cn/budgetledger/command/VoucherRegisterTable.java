package cn.budgetledger.command;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.EntryReturnedEvent;
import cn.budgetledger.api.events.PaymentEnteredEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.ReversalEnteredEvent;
import cn.budgetledger.command.domain.UsedVoucher;
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
 * The voucher register in PostgreSQL, with each unused voucher's latest refusal or return (an entry sent back by
 * its reviewer: its voucher is free, but approving it is a conflict, not an unknown voucher). Its handlers run in a <em>subscribing</em> processor whose failures fail
 * the command, so a row is written in the very transaction that appends its event, or neither is: the register
 * never misses nor invents a voucher. Its primary key refuses a voucher used twice in a unit-year even if two
 * instances both believed it free. Its rows are staged and sent together as the unit of work prepares to commit.
 */
@Component
@ProcessingGroup(VoucherRegisterTable.PROCESSING_GROUP)
public class VoucherRegisterTable implements VoucherRegister {

    public static final String PROCESSING_GROUP = "voucher-register";

    private final JdbcTemplate jdbc;
    private final StagedStatements writes;
    private final ObjectMapper json;
    private final Serializer eventSerializer;

    public VoucherRegisterTable(JdbcTemplate jdbc, ObjectMapper json,
                                @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.jdbc = jdbc;
        this.writes = new StagedStatements(jdbc);
        this.json = json;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public Optional<UsedVoucher> find(UnitYear budget, String voucher) {
        return Optional.ofNullable(findAll(budget, List.of(voucher)).get(voucher));
    }

    @Override
    public Map<String, UsedVoucher> findAll(UnitYear budget, Collection<String> vouchers) {
        Map<String, UsedVoucher> used = new HashMap<>();
        // A join, not "voucher = any(?)": on a register grown faster than its statistics the planner scans it and
        // compares each row with every wanted voucher (a second per 2,000-payment journal at 100,000 rows).
        // A voucher's payment or reversal comes first; its refusal counts only while it is not used.
        jdbc.query("""
                        select registered.voucher, payment::text, reversal::text, reversed_by, null as refusal, null as returned
                        from unnest(?::text[]) as wanted(voucher)
                        join voucher_register registered on registered.voucher = wanted.voucher
                        where registered.unit = ? and registered.year = ?
                        union all
                        select refused.voucher, null, null, null, refusal::text, null
                        from unnest(?::text[]) as wanted(voucher)
                        join voucher_refusal refused on refused.voucher = wanted.voucher
                        where refused.unit = ? and refused.year = ?
                        union all
                        select returned.voucher, null, null, null, null, returned::text
                        from unnest(?::text[]) as wanted(voucher)
                        join voucher_return returned on returned.voucher = wanted.voucher
                        where returned.unit = ? and returned.year = ?""",
                statement -> {
                    for (int first : new int[]{1, 4, 7}) {
                        statement.setArray(first, statement.getConnection().createArrayOf("text", vouchers.toArray()));
                        statement.setString(first + 1, budget.unit());
                        statement.setInt(first + 2, budget.year());
                    }
                },
                (RowCallbackHandler) row -> used.merge(row.getString("voucher"), registered(row),
                        (one, other) -> one.isUsedUp() ? one : other));
        return used;
    }

    @EventHandler
    void on(PaymentRecordedEvent event, EventMessage<?> message) {
        writes.stage("insert into voucher_register (unit, year, voucher, payment) values (?, ?, ?, ?::jsonb)",
                event.budget().unit(), event.budget().year(), event.voucher(), asStored(message));
    }

    @EventHandler
    void on(PaymentReversedEvent event, EventMessage<?> message) {
        writes.stage("insert into voucher_register (unit, year, voucher, reversal) values (?, ?, ?, ?::jsonb)",
                event.budget().unit(), event.budget().year(), event.voucher(), asStored(message));
        writes.stage("update voucher_register set reversed_by = ? where unit = ? and year = ? and voucher = ?",
                event.voucher(), event.budget().unit(), event.budget().year(), event.originalVoucher());
    }

    /** The latest refusal of a voucher: the one an attempt sent again is compared with. */
    @EventHandler
    void on(PaymentRefusedEvent event, EventMessage<?> message) {
        writes.stage("""
                        insert into voucher_refusal (unit, year, voucher, refusal) values (?, ?, ?, ?::jsonb)
                        on conflict (unit, year, voucher) do update set refusal = excluded.refusal""",
                event.budget().unit(), event.budget().year(), event.voucher(), asStored(message));
        forget("voucher_return", event.budget(), event.voucher());
    }

    /** A return is the voucher's latest answer, until it is entered or refused again. */
    @EventHandler
    void on(EntryReturnedEvent event, EventMessage<?> message) {
        writes.stage("""
                        insert into voucher_return (unit, year, voucher, returned) values (?, ?, ?, ?::jsonb)
                        on conflict (unit, year, voucher) do update set returned = excluded.returned""",
                event.budget().unit(), event.budget().year(), event.voucher(), asStored(message));
        forget("voucher_refusal", event.budget(), event.voucher());
    }

    /** Entered again: the aggregate holds it while it awaits review, and no earlier answer is its latest. */
    @EventHandler
    void on(PaymentEnteredEvent event) {
        forget("voucher_return", event.budget(), event.voucher());
        forget("voucher_refusal", event.budget(), event.voucher());
    }

    @EventHandler
    void on(ReversalEnteredEvent event) {
        forget("voucher_return", event.budget(), event.voucher());
        forget("voucher_refusal", event.budget(), event.voucher());
    }

    private void forget(String table, UnitYear budget, String voucher) {
        writes.stage("delete from " + table + " where unit = ? and year = ? and voucher = ?",
                budget.unit(), budget.year(), voucher);
    }

    private UsedVoucher registered(ResultSet row) throws SQLException {
        try {
            String returned = row.getString("returned");
            if (returned != null) {
                return UsedVoucher.of(json.readValue(returned, EntryReturnedEvent.class));
            }
            String refusal = row.getString("refusal");
            if (refusal != null) {
                return UsedVoucher.of(json.readValue(refusal, PaymentRefusedEvent.class));
            }
            String payment = row.getString("payment");
            if (payment != null) {
                UsedVoucher paid = UsedVoucher.of(json.readValue(payment, PaymentRecordedEvent.class));
                String reversedBy = row.getString("reversed_by");
                return reversedBy == null ? paid : paid.reversedBy(reversedBy);
            }
            return UsedVoucher.of(json.readValue(row.getString("reversal"), PaymentReversedEvent.class));
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
