package cn.budgetledger.app.security;

import org.springframework.security.access.AccessDeniedException;

/** A user reached for a unit outside their scope. */
public class UnitAccessDeniedException extends AccessDeniedException {

    public UnitAccessDeniedException(String unit) {
        super("无权访问单位 " + unit + " 的数据");
    }
}
