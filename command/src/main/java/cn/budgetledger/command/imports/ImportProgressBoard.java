package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The imports of this process, newest last; only the latest {@value #KEEP} are remembered. */
@Component
public class ImportProgressBoard {

    private static final int KEEP = 200;

    private final Map<String, ImportProgress> imports = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportProgress> eldest) {
            return size() > KEEP;
        }
    };

    /** Starts tracking an import under the caller's id (so it can poll before the answer), or a new one. */
    public synchronized ImportProgress start(String requestedId, String kind, String fileName) {
        String id = requestedId == null || requestedId.isBlank() ? UUID.randomUUID().toString() : requestedId.strip();
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw LedgerException.invalid("IMPORT_ID_MALFORMED", "导入编号只能由字母、数字、- 和 _ 组成（最长 64 个字符）：" + id);
        }
        if (imports.containsKey(id)) {
            throw LedgerException.conflict("IMPORT_ID_IN_USE", "导入编号已被使用：" + id);
        }
        ImportProgress progress = new ImportProgress(id, kind, fileName);
        imports.put(id, progress);
        return progress;
    }

    public synchronized ImportProgressView find(String id) {
        ImportProgress progress = imports.get(id);
        if (progress == null) {
            throw LedgerException.notFound("IMPORT_NOT_FOUND", "没有这次导入：" + id);
        }
        return progress.view();
    }
}
