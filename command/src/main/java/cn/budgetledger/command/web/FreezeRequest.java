package cn.budgetledger.command.web;

import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PlaceFreezeCommand;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;

/** A freeze document (冻结单): the line, the amount, its kind (合同, 采购, 财政冻结, 其他) and its reason. */
public record FreezeRequest(String documentNumber, @JsonDeserialize(using = StrictDate.class) LocalDate date,
                            String functionalCode, String economicCode, String projectCode, String fundSource,
                            String origin, String amount, String kind, String reason) {

    PlaceFreezeCommand toCommand(UnitYear budget) {
        // No kind at all is the rule's own refusal (FREEZE_KIND_MISSING); an unknown one, FreezeKind's.
        FreezeKind freezeKind = kind == null || kind.isBlank() ? null : FreezeKind.of(kind);
        return new PlaceFreezeCommand(budget, documentNumber, date,
                new LineRequest(functionalCode, economicCode, projectCode, fundSource, origin).toLineKey(),
                Money.parse(amount), freezeKind, reason);
    }
}
