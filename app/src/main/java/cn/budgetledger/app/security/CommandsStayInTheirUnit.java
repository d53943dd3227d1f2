package cn.budgetledger.app.security;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.ApproveEntryCommand;
import cn.budgetledger.api.commands.ReturnEntryCommand;
import cn.budgetledger.api.commands.SetReviewRequirementCommand;
import cn.budgetledger.command.UnitYearOfTheCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The last line of defence: a command sent on behalf of a signed-in user must target a unit that user may
 * write, whatever door it came through (an endpoint, an import, one added later). Commands sent on behalf
 * of no one (the year-end carry-forward reacting to an event) pass.
 */
@Component
public class CommandsStayInTheirUnit implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final UnitAccessPolicy policy;
    private final CommandTargetResolver targets = new UnitYearOfTheCommand();

    public CommandsStayInTheirUnit(UnitAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (user != null) {
                String unit = UnitYear.parse(targets.resolveTarget(command).getIdentifier()).unit();
                if (!mayAct(user, command.getPayload(), unit)) {
                    throw new UnitAccessDeniedException(unit);
                }
            }
            return command;
        };
    }

    /** Reviewers only review, administrators only switch review on or off, accountants write everything else. */
    private boolean mayAct(Authentication user, Object command, String unit) {
        if (command instanceof ApproveEntryCommand || command instanceof ReturnEntryCommand) {
            return policy.mayReview(user, unit);
        }
        if (command instanceof SetReviewRequirementCommand) {
            return policy.administers(user);
        }
        return policy.mayWrite(user, unit);
    }
}
