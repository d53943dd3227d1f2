package cn.budgetledger.app.security;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/me names the departments whose roll-up the signed-in user may read, with their years, as the department
 * API decides: a leader the departments of their scope, an accountant a department only when covering all its units.
 */
class DepartmentsOfTheSignedInUserTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static final Line OFFICE = Line.of("2080150", "30201", "P728GY");

    /** Department 728: 728001 in 2024 and 2025, 728002 in 2025; users scoped to them. */
    @BeforeAll
    static void aDepartmentOfTwoUnits() {
        for (LedgerDriver books : List.of(new LedgerDriver(app.accountant(), "728001", 2024),
                new LedgerDriver(app.accountant(), "728001", 2025), new LedgerDriver(app.accountant(), "728002", 2025))) {
            expect(books.open("单位" + books.unit(), "728"), 201);
            expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "1000.00")), 201);
        }
        Api admin = app.as("admin");
        for (String[] user : new String[][] {{"lead728", "LEADER", "728"}, {"lead727x", "LEADER", "727"},
                {"clerk728one", "ACCOUNTANT", "728001"}, {"clerk728all", "ACCOUNTANT", "728001\",\"728002"}}) {
            expect(admin.post("/api/admin/users", """
                    {"username":"%s","displayName":"用户","password":"password-728","role":"%s","scope":["%s"]}"""
                    .formatted(user[0], user[1], user[2])), 201);
        }
        app.awaitReadModels();
    }

    @Test
    void a_leader_reads_the_departments_of_their_scope_with_the_years_of_its_units() {
        JsonNode me = signedIn("lead728").get("/api/me").body();

        assertThat(me.path("departments").toString()).isEqualTo("[{\"department\":\"728\",\"years\":[2024,2025]}]");
        assertThat(departments(signedIn("lead727x"))).doesNotContain("728");
    }

    @Test
    void an_accountant_reads_a_department_only_when_covering_every_unit_of_it() {
        assertThat(departments(signedIn("clerk728one"))).isEmpty();
        assertThat(departments(signedIn("clerk728all"))).containsExactly("728");
        // as the department API answers them
        assertThat(signedIn("clerk728one").get("/api/departments/728/years/2025/indicators").status()).isEqualTo(403);
        assertThat(signedIn("clerk728all").get("/api/departments/728/years/2025/indicators").status()).isEqualTo(200);
        // the demo accountant covers every unit
        assertThat(departments(app.accountant())).contains("728");
    }

    private static Api signedIn(String username) {
        return new Api(app.baseUrl(), username, "password-728");
    }

    private static List<String> departments(Api user) {
        List<String> departments = new ArrayList<>();
        user.get("/api/me").body().path("departments").forEach(department -> departments.add(department.path("department").asText()));
        return departments;
    }
}
