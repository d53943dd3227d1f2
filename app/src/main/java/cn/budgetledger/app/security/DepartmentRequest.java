package cn.budgetledger.app.security;

/** PUT /api/admin/units/{unit}/department: the unit's 主管部门 code. */
public record DepartmentRequest(String department) {
}
