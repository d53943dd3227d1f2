package cn.budgetledger.app.migration;

import cn.budgetledger.query.support.Schema;
import cn.budgetledger.query.support.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V10_1: ADMIN, Admin and admin were three users; after it the oldest keeps the name, the others wait disabled. */
class CaseInsensitiveUsernamesMigrationTest {

    @Test
    void duplicates_by_case_are_renamed_and_disabled_and_the_oldest_keeps_its_name_and_scope() {
        try (SharedPostgres postgres = SharedPostgres.start()) {
            // given three users differing only by case, the oldest created first, each with a scope
            JdbcTemplate jdbc = postgres.jdbc();
            Schema.migrate(jdbc.getDataSource(), "9.1");
            user(jdbc, "admin", "ADMIN", "2025-01-01");
            user(jdbc, "Admin", "ACCOUNTANT", "2025-02-01");
            user(jdbc, "ADMIN", "ACCOUNTANT", "2025-03-01");
            user(jdbc, "kuaiji", "ACCOUNTANT", "2025-01-01");
            jdbc.update("insert into ledger_user_scope (username, code) values ('Admin', '601001'), ('ADMIN', '602001'), ('kuaiji', '601001')");

            // when migrated
            Schema.migrate(jdbc.getDataSource(), Schema.LATEST);

            // then the oldest and the unrelated user are untouched; the others are renamed, disabled, scope kept
            List<Map<String, Object>> users = jdbc.queryForList(
                    "select username, role, enabled from ledger_user order by created_at, username");
            assertThat(users).containsExactly(
                    Map.of("username", "admin", "role", "ADMIN", "enabled", true),
                    Map.of("username", "kuaiji", "role", "ACCOUNTANT", "enabled", true),
                    Map.of("username", "Admin-dup2", "role", "ACCOUNTANT", "enabled", false),
                    Map.of("username", "ADMIN-dup3", "role", "ACCOUNTANT", "enabled", false));
            assertThat(jdbc.queryForList("select username || ' ' || code from ledger_user_scope", String.class))
                    .containsExactlyInAnyOrder("Admin-dup2 601001", "kuaiji 601001", "ADMIN-dup3 602001");
            assertThatThrownBy(() -> user(jdbc, "KUAIJI", "LEADER", "2025-04-01")).isInstanceOf(DuplicateKeyException.class);
        }
    }

    private static void user(JdbcTemplate jdbc, String username, String role, String createdOn) {
        jdbc.update("insert into ledger_user (username, display_name, password_hash, role, created_at) "
                + "values (?, ?, '{bcrypt}x', ?, ?::date)", username, username, role, createdOn);
    }
}
