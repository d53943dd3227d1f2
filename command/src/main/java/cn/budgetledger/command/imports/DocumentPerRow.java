package cn.budgetledger.command.imports;

import cn.budgetledger.api.commands.DocumentOutcome;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.ArrayList;
import java.util.List;

/** A file whose every row is one document (a target, an actual): kept while checking, sent one by one to record. */
final class DocumentPerRow {

    private record Document(int row, String name, Object command) {
    }

    private final List<Document> documents = new ArrayList<>();

    /** @param name how the tally names the document when the ledger refuses it */
    void add(CheckedRow row, String name, Object command) {
        documents.add(new Document(row.number(), name, command));
    }

    void sendEach(CommandGateway commands, ImportTally tally) {
        for (Document document : documents) {
            tally.document(List.of(document.row()), document.name(),
                    () -> commands.<DocumentOutcome>sendAndWait(document.command()));
        }
    }
}
