package cn.budgetledger.command;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.OpenBudgetYearCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitYearOfTheCommandTest {

    private final UnitYearOfTheCommand targets = new UnitYearOfTheCommand();

    @Test
    void a_command_is_for_the_unit_year_it_names_as_axons_own_resolver_reads_it() {
        CommandMessage<?> command = asCommandMessage(new OpenBudgetYearCommand(new UnitYear("601001", 2025), "单位", "601", null));

        VersionedAggregateIdentifier axons = AnnotationCommandTargetResolver.builder().build().resolveTarget(command);
        assertThat(targets.resolveTarget(command).getIdentifier()).isEqualTo(axons.getIdentifier());
        assertThat(targets.resolveTarget(command).getVersion()).isNull();
        assertThat(UnitYear.parse(targets.resolveTarget(command).getIdentifier())).isEqualTo(new UnitYear("601001", 2025));
    }

    @Test
    void a_command_naming_no_unit_year_is_refused() {
        CommandMessage<?> command = asCommandMessage(new OpenBudgetYearCommand(null, "单位", "601", null));

        assertThatThrownBy(() -> targets.resolveTarget(command)).isInstanceOf(CommandDispatchException.class);
    }
}
