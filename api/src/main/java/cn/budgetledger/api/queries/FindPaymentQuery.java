package cn.budgetledger.api.queries;

import cn.budgetledger.api.UnitYear;

/** Asks for one recorded payment by its voucher; answered with an optional {@link PaymentView}. */
public record FindPaymentQuery(UnitYear budget, String voucher) {
}
