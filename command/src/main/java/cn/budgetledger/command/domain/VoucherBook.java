package cn.budgetledger.command.domain;

import cn.budgetledger.api.PlainText;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.EntryReturnedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The payment and reversal vouchers a unit-year has used, refused or had returned by its reviewer (entries awaiting
 * review are the aggregate's own, in its snapshot). It remembers those used since the year was loaded: read
 * from its first event, every voucher of the year; read from a snapshot, the later ones, and the register answers
 * for the others. It is no part of the snapshot, which so stays the size of the year's lines and documents however
 * many payments the year holds. The register reads what is committed and this book remembers what the command at
 * hand applies, so between them no voucher is missed.
 */
final class VoucherBook {

    /** About half a megabyte of vouchers. */
    private static final int REMEMBERED_VOUCHERS = 2_000;

    private final Map<String, UsedVoucher> remembered = new HashMap<>();
    private boolean remembersEveryVoucher;
    /** How the command at hand asks the register about a voucher this book does not remember. */
    private Function<String, UsedVoucher> register = voucher -> {
        throw new IllegalStateException("the voucher book is consulted only during a command");
    };

    private VoucherBook(boolean remembersEveryVoucher) {
        this.remembersEveryVoucher = remembersEveryVoucher;
    }

    /** A year read from its first event: it sees every voucher it has used. */
    static VoucherBook fromTheFirstEvent() {
        return new VoucherBook(true);
    }

    /** A year read from a snapshot: the vouchers used before it are in the register. */
    static VoucherBook fromASnapshot() {
        return new VoucherBook(false);
    }

    /** Before a command that asks about vouchers: older ones are asked of the register, one at a time. */
    void consult(UnitYear budget, VoucherRegister register) {
        rememberFewer();
        this.register = voucher -> register.find(budget, voucher).orElse(null);
    }

    /**
     * Before a journal of payments: one question to the register for all its vouchers instead of one per payment.
     * A malformed voucher is not asked about (PostgreSQL would refuse a NUL): its payment is refused anyway.
     */
    void consult(UnitYear budget, VoucherRegister register, Collection<String> journal) {
        rememberFewer();
        if (remembersEveryVoucher) {
            return;
        }
        Map<String, UsedVoucher> older = register.findAll(budget, journal.stream()
                .map(PlainText::documentNumber).flatMap(Optional::stream).toList());
        this.register = older::get;
    }

    /** What this voucher number was used for, or null. */
    UsedVoucher find(String voucher) {
        UsedVoucher used = remembered.get(voucher);
        if (used != null || remembersEveryVoucher) {
            return used;
        }
        return register.apply(voucher);
    }

    void paid(PaymentRecordedEvent event) {
        remembered.put(event.voucher(), UsedVoucher.of(event));
    }

    void refused(PaymentRefusedEvent event) {
        remembered.put(event.voucher(), UsedVoucher.of(event));
    }

    /** A returned entry's voucher is free again; the book remembers it was returned, until it is used again. */
    void returned(EntryReturnedEvent event) {
        remembered.put(event.voucher(), UsedVoucher.of(event));
    }

    /** The reversal, and the payment it took back if remembered: otherwise the register marks that payment. */
    void reversed(PaymentReversedEvent event) {
        remembered.computeIfPresent(event.originalVoucher(), (voucher, payment) -> payment.reversedBy(event.voucher()));
        remembered.put(event.voucher(), UsedVoucher.of(event));
    }

    /**
     * A year kept in the cache through a busy year would remember every voucher of it; past a bound it forgets them
     * and asks the register, so a cached year's memory stays bounded. Only before a command, when every voucher it
     * remembers is committed and so in the register.
     */
    private void rememberFewer() {
        if (remembered.size() > REMEMBERED_VOUCHERS) {
            remembered.clear();
            remembersEveryVoucher = false;
        }
    }
}
