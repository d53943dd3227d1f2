package cn.budgetledger.command;

import cn.budgetledger.api.commands.CarryForwardBalancesCommand;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * 年终结转, second half: once a year is closed, its unspent 项目支出 balances open the next year. A
 * tracking processor delivers each closing at least once; the next year recognises a repeat.
 */
@Component
@ProcessingGroup(YearEndCarryForward.PROCESSING_GROUP)
public class YearEndCarryForward {

    public static final String PROCESSING_GROUP = "year-end-carry-forward";

    private final CommandGateway commandGateway;

    public YearEndCarryForward(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    @DisallowReplay
    void on(BudgetYearClosedEvent event) {
        commandGateway.sendAndWait(new CarryForwardBalancesCommand(event.budget().next(), event.budget(),
                event.unitName(), event.parentCode(), event.carriedForward(), event.nextYearReviews()));
    }
}
