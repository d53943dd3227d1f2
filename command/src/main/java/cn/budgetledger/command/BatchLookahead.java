package cn.budgetledger.command;

import org.axonframework.commandhandling.CommandMessage;

import java.util.List;

/**
 * What a group commit's batch will ask, asked once for the whole batch: called in the batch's unit of work and
 * transaction, before its first command is handled. An answer kept for the batch belongs to its unit of work.
 */
@FunctionalInterface
public interface BatchLookahead {

    void ahead(List<CommandMessage<?>> batch);
}
