package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.ReleaseFreezeCommand;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;

/** A release (解冻) of a freeze document: the amount, or none for all that is still frozen. */
public record ReleaseRequest(@JsonDeserialize(using = StrictDate.class) LocalDate date, String amount) {

    ReleaseFreezeCommand toCommand(UnitYear budget, String documentNumber) {
        return new ReleaseFreezeCommand(budget, documentNumber, date,
                amount == null || amount.isBlank() ? null : Money.parse(amount));
    }
}
