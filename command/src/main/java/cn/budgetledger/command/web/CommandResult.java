package cn.budgetledger.command.web;

import cn.budgetledger.api.commands.DocumentOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a document: which one, and whether it was recorded now or had been already. */
public record CommandResult(String document, String outcome) {

    /** 201 when recorded now, 200 when it had been already, 202 when entered and awaiting review. */
    static ResponseEntity<CommandResult> answer(String document, DocumentOutcome outcome) {
        return ResponseEntity.status(switch (outcome) {
            case RECORDED -> HttpStatus.CREATED;
            case UNCHANGED -> HttpStatus.OK;
            case AWAITING_REVIEW -> HttpStatus.ACCEPTED;
        }).body(new CommandResult(document, outcome.name()));
    }
}
