package cn.budgetledger.command;

import cn.budgetledger.api.PlainText;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.ReversePaymentCommand;
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
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The voucher register in PostgreSQL, with each unused voucher's latest refusal or return (an entry sent back by
 * its reviewer: its voucher is free, but approving it is a conflict, not an unknown voucher). Its handlers run in a <em>subscribing</em> processor whose failures fail
 * the command, so a row is written in the very transaction that appends its event, or neither is: the register
 * never misses nor invents a voucher. Its primary key refuses a voucher used twice in a unit-year even if two
 * instances both believed it free. Its rows are staged and sent together as the unit of work prepares to commit.
 */
@Component
@ProcessingGroup(VoucherRegisterTable.PROCESSING_GROUP)
public class VoucherRegisterTable implements VoucherRegister, BatchLookahead {

    public static final String PROCESSING_GROUP = "voucher-register";
    private static final String ASKED_AHEAD = VoucherRegisterTable.class.getName() + ".askedAhead";

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

    /** A voucher number in a unit-year. */
    private record YearsVoucher(UnitYear budget, String voucher) {
    }

    /** The answers asked ahead for a batch: each voucher asked, and what those used were used for. */
    private record AskedAhead(Set<YearsVoucher> asked, Map<YearsVoucher, UsedVoucher> used) {
    }

    /**
     * A batch's payments and reversals name their vouchers: one question for the batch instead of one per payment
     * whose year no longer remembers every voucher (past 2,000 in a year, or read from a snapshot). Its commands
     * are of different unit-years, so none changes another's answer; the answers stay with the batch's unit of work.
     */
    @Override
    public void ahead(List<CommandMessage<?>> batch) {
        Set<YearsVoucher> wanted = new LinkedHashSet<>();
        for (CommandMessage<?> command : batch) {
            if (command.getPayload() instanceof RecordPaymentCommand payment) {
                want(wanted, payment.budget(), payment.voucher());
            } else if (command.getPayload() instanceof ReversePaymentCommand reversal) {
                want(wanted, reversal.budget(), reversal.voucher());
                want(wanted, reversal.budget(), reversal.originalVoucher());
            }
        }
        if (!wanted.isEmpty() && CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().put(ASKED_AHEAD, new AskedAhead(wanted, usedAmong(wanted)));
        }
    }

    /** As the aggregate asks: stripped, and only a well-formed number (PostgreSQL would refuse a NUL). */
    private static void want(Set<YearsVoucher> wanted, UnitYear budget, String voucher) {
        if (budget != null) {
            PlainText.documentNumber(voucher).ifPresent(number -> wanted.add(new YearsVoucher(budget, number)));
        }
    }

    @Override
    public Optional<UsedVoucher> find(UnitYear budget, String voucher) {
        YearsVoucher wanted = new YearsVoucher(budget, voucher);
        AskedAhead ahead = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(ASKED_AHEAD) : null;
        if (ahead != null && ahead.asked().contains(wanted)) {
            return Optional.ofNullable(ahead.used().get(wanted));
        }
        return Optional.ofNullable(usedAmong(List.of(wanted)).get(wanted));
    }

    @Override
    public Map<String, UsedVoucher> findAll(UnitYear budget, Collection<String> vouchers) {
        Map<String, UsedVoucher> used = new HashMap<>();
        usedAmong(vouchers.stream().map(voucher -> new YearsVoucher(budget, voucher)).toList())
                .forEach((wanted, usedBefore) -> used.put(wanted.voucher(), usedBefore));
        return used;
    }

    private Map<YearsVoucher, UsedVoucher> usedAmong(Collection<YearsVoucher> vouchers) {
        Map<YearsVoucher, UsedVoucher> used = new HashMap<>();
        // A join, not "voucher = any(?)": on a register grown faster than its statistics the planner scans it and
        // compares each row with every wanted voucher (a second per 2,000-payment journal at 100,000 rows).
        // A voucher's payment or reversal comes first; its refusal counts only while it is not used.
        jdbc.query("""
                        with wanted as (select * from unnest(?::text[], ?::int[], ?::text[]) as wanted(unit, year, voucher))
                        select registered.unit, registered.year, registered.voucher, payment::text, reversal::text,
                               reversed_by, null as refusal, null as returned
                        from wanted join voucher_register registered on registered.unit = wanted.unit
                            and registered.year = wanted.year and registered.voucher = wanted.voucher
                        union all
                        select refused.unit, refused.year, refused.voucher, null, null, null, refusal::text, null
                        from wanted join voucher_refusal refused on refused.unit = wanted.unit
                            and refused.year = wanted.year and refused.voucher = wanted.voucher
                        union all
                        select returned.unit, returned.year, returned.voucher, null, null, null, null, returned::text
                        from wanted join voucher_return returned on returned.unit = wanted.unit
                            and returned.year = wanted.year and returned.voucher = wanted.voucher""",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text",
                            vouchers.stream().map(wanted -> wanted.budget().unit()).toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("integer",
                            vouchers.stream().map(wanted -> wanted.budget().year()).toArray()));
                    statement.setArray(3, statement.getConnection().createArrayOf("text",
                            vouchers.stream().map(YearsVoucher::voucher).toArray()));
                },
                (RowCallbackHandler) row -> used.merge(
                        new YearsVoucher(new UnitYear(row.getString("unit"), row.getInt("year")), row.getString("voucher")),
                        registered(row), (one, other) -> one.isUsedUp() ? one : other));
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
