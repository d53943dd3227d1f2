package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The imports of this process, newest last; only the latest {@value #KEEP} are remembered. An import's progress
 * belongs to the user who started it: ids are kept per user, so another user's import is simply not found (404,
 * the same as an id never used) and ids chosen by different users never collide.
 */
@Component
public class ImportProgressBoard {

    private static final int KEEP = 200;

    private record Key(String owner, String id) {
    }

    private final Map<Key, ImportProgress> imports = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ImportProgress> eldest) {
            return size() > KEEP;
        }
    };

    /**
     * Starts tracking an import of the given user (null: the application's own, such as the demo data) under the
     * caller's id (so it can poll before the answer), or a new one.
     */
    public synchronized ImportProgress start(String owner, String requestedId, String kind, String fileName) {
        String id = requestedId == null || requestedId.isBlank() ? UUID.randomUUID().toString() : requestedId.strip();
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw LedgerException.invalid("IMPORT_ID_MALFORMED", "导入编号只能由字母、数字、- 和 _ 组成（最长 64 个字符）：" + id);
        }
        Key key = new Key(owner, id);
        if (imports.containsKey(key)) {
            throw LedgerException.conflict("IMPORT_ID_IN_USE", "导入编号已被使用：" + id);
        }
        ImportProgress progress = new ImportProgress(id, kind, fileName);
        imports.put(key, progress);
        return progress;
    }

    /** The progress of one of this user's imports. */
    public synchronized ImportProgressView find(String owner, String id) {
        ImportProgress progress = imports.get(new Key(owner, id));
        if (progress == null) {
            throw LedgerException.notFound("IMPORT_NOT_FOUND", "没有这次导入：" + id);
        }
        return progress.view();
    }
}
