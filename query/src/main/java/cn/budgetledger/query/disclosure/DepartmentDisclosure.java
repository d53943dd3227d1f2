package cn.budgetledger.query.disclosure;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;

/**
 * The public budget tables of a department (主管部门) for a year on one basis: the tables of a unit, summed over the
 * department's units with every cell rounded from its own exact sum, and units, its 分单位 table.
 */
public record DepartmentDisclosure(String department, int year, String basis, LocalDate asOf,
                                   @JsonUnwrapped Tables tables, List<UnitRow> units) {
}
