package cn.budgetledger.command.domain;

import cn.budgetledger.api.UnitYear;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The vouchers each unit-year has used, kept beside the event store rather than in the aggregate: a busy year
 * uses a hundred thousand, and a snapshot carrying them all made loading the year grow with the year. The
 * register is written in the transaction that appends each payment and reversal, so it knows every committed
 * voucher; a year's VoucherBook asks it only about vouchers older than the snapshot the year was loaded from.
 * It answers what a voucher was used for; a voucher not used, by its latest refused attempt.
 */
public interface VoucherRegister {

    Optional<UsedVoucher> find(UnitYear budget, String voucher);

    /** The vouchers among these that were used, by number: for a journal of payments, one question for all. */
    default Map<String, UsedVoucher> findAll(UnitYear budget, Collection<String> vouchers) {
        Map<String, UsedVoucher> used = new HashMap<>();
        vouchers.forEach(voucher -> find(budget, voucher).ifPresent(usedBefore -> used.put(voucher, usedBefore)));
        return used;
    }
}
