package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 年终结转 previewed: asks the year what closing it now would carry forward and let lapse, and what would stop it,
 * by the very rules the closing applies; records nothing.
 */
public record PreviewClosingCommand(@TargetAggregateIdentifier UnitYear budget) {
}
