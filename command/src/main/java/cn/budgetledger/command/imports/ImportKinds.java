package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of import kinds: every {@link ImportKind} bean, by name. */
@Component
public class ImportKinds {

    private final Map<String, ImportKind> kinds;

    public ImportKinds(List<ImportKind> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two import kinds named " + a.name());
                }, TreeMap::new));
    }

    public ImportKind named(String name) {
        ImportKind kind = kinds.get(name);
        if (kind == null) {
            throw LedgerException.notFound("IMPORT_KIND_UNKNOWN",
                    "未知的导入类型：" + name + "（可用：" + String.join("、", kinds.keySet()) + "）");
        }
        return kind;
    }
}
