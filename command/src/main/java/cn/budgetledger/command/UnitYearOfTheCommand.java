package cn.budgetledger.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.commandhandling.distributed.UnresolvedRoutingKeyPolicy;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * The unit-year a command is for, as its {@link TargetAggregateIdentifier} names it. The member carrying it is found
 * once per command type (Axon's annotation resolver looks through the type's members on every command, twice per
 * payment: the unit check and the aggregate's handler). No command names an expected version; one that names no
 * unit-year, or a null one, is refused.
 */
public final class UnitYearOfTheCommand implements CommandTargetResolver {

    private final RoutingStrategy identifiers = AnnotationRoutingStrategy.builder()
            .annotationType(TargetAggregateIdentifier.class)
            .fallbackRoutingStrategy(UnresolvedRoutingKeyPolicy.ERROR)
            .build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        return new VersionedAggregateIdentifier(identifiers.getRoutingKey(command), null);
    }
}
