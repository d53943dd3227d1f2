package cn.budgetledger.query.disclosure;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;

/** The public budget tables (部门预算公开表) of a unit-year on one basis (see {@link Tables}). */
public record Disclosure(String unit, int year, String unitName, String basis, LocalDate asOf,
                         @JsonUnwrapped Tables tables) {
}
