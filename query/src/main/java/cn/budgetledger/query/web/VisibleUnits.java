package cn.budgetledger.query.web;

/**
 * Which units the caller of an overview across units may see. The assembly that knows who is signed in
 * decides; the overview shows, and sums, only those units.
 */
public interface VisibleUnits {

    /** department: the unit's 主管部门 as KnownUnits.departmentOf gives it, or null. */
    boolean includes(String unit, String department);
}
