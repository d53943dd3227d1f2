package cn.budgetledger.app.imports;

import cn.budgetledger.app.support.LedgerApp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/imports.md is where a clone learns the file formats: its tables must say what the imports check. */
class ImportDocumentationTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @ParameterizedTest
    @ValueSource(strings = {"budget-lines", "adjustments", "payments", "targets", "actuals", "spending-plans", "freezes"})
    void theDocumentedColumnsAreTheImportsColumns(String kind) throws IOException {
        // given the section of docs/imports.md for this kind of file
        List<String> section = section(kind);

        // when the import is asked which columns it reads
        JsonNode columns = app.accountant().get("/api/imports/" + kind + "/columns").body();

        // then the section's table names exactly those, required ones as required
        assertThat(documented(section, true)).containsExactlyElementsOf(names(columns.path("required")));
        assertThat(documented(section, false)).containsExactlyElementsOf(names(columns.path("optional")));
    }

    private static List<String> section(String kind) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "imports.md"), StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ") && lines.get(i).endsWith("(`" + kind + "`)")) {
                start = i;
            }
        }
        assertThat(start).as("a section for %s", kind).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    /** The table rows' column names, those whose "required" cell starts with yes (or with no). */
    private static List<String> documented(List<String> section, boolean required) {
        List<String> names = new ArrayList<>();
        for (String line : section) {
            String[] cells = line.split("\\|");
            if (cells.length >= 3 && !cells[1].isBlank() && !cells[1].strip().equals("列名") && !cells[1].startsWith("---")) {
                if (cells[2].strip().startsWith("yes") == required) {
                    names.add(cells[1].strip());
                }
            }
        }
        return names;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
