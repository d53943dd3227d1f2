package cn.budgetledger.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names of 功能科目 and 经济科目 shipped with the product (catalogue/*.csv: 编码,名称), covering at least
 * every code of the seeds. Codes it lacks are named by imports (see SubjectNameLearnedEvent).
 */
public final class SubjectCatalogue {

    private static final SubjectCatalogue SHIPPED = new SubjectCatalogue(
            load("/catalogue/functional-subjects.csv"), load("/catalogue/economic-subjects.csv"));

    private final Map<String, String> functional;
    private final Map<String, String> economic;

    private SubjectCatalogue(Map<String, String> functional, Map<String, String> economic) {
        this.functional = functional;
        this.economic = economic;
    }

    public static SubjectCatalogue shipped() {
        return SHIPPED;
    }

    public Optional<String> name(SubjectKind kind, String code) {
        return Optional.ofNullable((kind == SubjectKind.FUNCTIONAL ? functional : economic).get(code));
    }

    public boolean knows(SubjectKind kind, String code) {
        return name(kind, code).isPresent();
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = SubjectCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The subject catalogue " + resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    names.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
