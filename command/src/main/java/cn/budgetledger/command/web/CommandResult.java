package cn.budgetledger.command.web;

import cn.budgetledger.api.commands.DocumentOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a document: which one, and whether it was recorded now or had been already. */
public record CommandResult(String document, String outcome) {

    /** 201 when recorded now, 200 when it had been already. */
    static ResponseEntity<CommandResult> answer(String document, DocumentOutcome outcome) {
        return ResponseEntity.status(outcome == DocumentOutcome.RECORDED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new CommandResult(document, outcome.name()));
    }
}
