package cn.budgetledger.command.web;

import cn.budgetledger.api.LedgerException;

/** A command's request body is required: without one the answer is 400 BODY_MISSING, not a 500. */
final class RequiredBody {

    private RequiredBody() {
    }

    static <T> T of(T body) {
        if (body == null) {
            throw LedgerException.invalid("BODY_MISSING", "请求内容不能为空");
        }
        return body;
    }
}
