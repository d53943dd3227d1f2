package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

public record PaymentRecordedEvent(UnitYear budget, String voucher, LocalDate date, LineKey line, Money amount,
                                   String payee, String summary) {
}
