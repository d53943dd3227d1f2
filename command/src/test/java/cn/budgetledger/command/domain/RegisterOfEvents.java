package cn.budgetledger.command.domain;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.EntryReturnedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The voucher register as the command side keeps it, filled from a year's past events, for the aggregate's rules.
 * The register in PostgreSQL is tested against PostgreSQL (VoucherRegisterTest in the app).
 */
final class RegisterOfEvents implements VoucherRegister {

    private final Map<String, UsedVoucher> vouchers = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private UnitYear budget;

    RegisterOfEvents(Object... history) {
        for (Object event : history) {
            if (event instanceof PaymentRecordedEvent payment) {
                budget = payment.budget();
                vouchers.put(payment.voucher(), UsedVoucher.of(payment));
            } else if (event instanceof PaymentRefusedEvent refusal && !vouchers.containsKey(refusal.voucher())) {
                vouchers.put(refusal.voucher(), UsedVoucher.of(refusal));
            } else if (event instanceof EntryReturnedEvent returned) {
                budget = returned.budget();
                vouchers.put(returned.voucher(), UsedVoucher.of(returned));
            } else if (event instanceof PaymentReversedEvent reversal) {
                vouchers.put(reversal.voucher(), UsedVoucher.of(reversal));
                vouchers.computeIfPresent(reversal.originalVoucher(),
                        (voucher, original) -> original.reversedBy(reversal.voucher()));
            }
        }
    }

    @Override
    public Optional<UsedVoucher> find(UnitYear budget, String voucher) {
        asked.add(voucher);
        return budget.equals(this.budget) ? Optional.ofNullable(vouchers.get(voucher)) : Optional.empty();
    }

    /** The voucher numbers the aggregate asked about, in order. */
    List<String> asked() {
        return asked;
    }
}
