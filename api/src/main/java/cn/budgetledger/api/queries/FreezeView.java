package cn.budgetledger.api.queries;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;

import java.time.LocalDate;
import java.util.List;

/** A recorded freeze document: what it froze, what is still frozen, and its releases so far. */
public record FreezeView(String documentNumber, LocalDate date, LineKey line, Money amount, Money open,
                         List<Released> releases) {

    public record Released(LocalDate date, Money amount) {
    }
}
