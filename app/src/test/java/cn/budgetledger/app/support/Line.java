package cn.budgetledger.app.support;

import cn.budgetledger.api.FundSource;
import cn.budgetledger.command.web.AdjustmentRequest;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.CorrectionRequest;
import cn.budgetledger.command.web.FreezeRequest;
import cn.budgetledger.command.web.PaymentRequest;
import cn.budgetledger.command.web.SpendingPlanRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget line (预算指标) as a test names it: functional and economic subject, project, fund source. Plain text,
 * so a test may name a malformed one; it writes the parts of the documents that concern the line.
 */
public record Line(String functionalCode, String economicCode, String projectCode, String fundSource) {

    /** The fund source nearly every test uses. */
    public static final String FISCAL = FundSource.GENERAL_PUBLIC_BUDGET.label();

    /** A line of fiscal funds (一般公共预算拨款). */
    public static Line of(String functionalCode, String economicCode, String projectCode) {
        return new Line(functionalCode, economicCode, projectCode, FISCAL);
    }

    public Line withFundSource(String other) {
        return new Line(functionalCode, economicCode, projectCode, other);
    }

    /** This line as a budget approval (预算批复) approves it. */
    public AllocationRequest.Line approved(String projectName, String projectCategory, String amount) {
        return new AllocationRequest.Line(functionalCode, economicCode, projectCode, projectName, projectCategory,
                fundSource, amount);
    }

    /** This line as money carried from last year (上年结转, its fund source kept) an approval lists. */
    public AllocationRequest.Line carried(String projectName, String projectCategory, String amount) {
        return new AllocationRequest.Line(functionalCode, economicCode, projectCode, projectName, projectCategory,
                fundSource, amount, "上年结转");
    }

    /** A signed amount moved into (positive) or out of (negative) this existing line by an adjustment. */
    public AdjustmentRequest.Entry entry(String amount) {
        return new AdjustmentRequest.Entry(functionalCode, economicCode, projectCode, fundSource, amount, null, null);
    }

    /** An adjustment entry that opens this line. */
    public AdjustmentRequest.Entry opening(String amount, String projectName, String projectCategory) {
        return new AdjustmentRequest.Entry(functionalCode, economicCode, projectCode, fundSource, amount, projectName,
                projectCategory);
    }

    /** A correction (更正) of the 年初预算 an approval document gave this line, for a typing error. */
    public CorrectionRequest correction(String number, String date, String approvalDocument, String amount) {
        return new CorrectionRequest(number, LocalDate.parse(date), approvalDocument, functionalCode, economicCode,
                projectCode, fundSource, null, amount, "批复录入错误");
    }

    /** A freeze document (冻结单) reserving an amount of this line. */
    public FreezeRequest freeze(String documentNumber, String date, String amount, String kind, String reason) {
        return new FreezeRequest(documentNumber, LocalDate.parse(date), functionalCode, economicCode, projectCode,
                fundSource, null, amount, kind, reason);
    }

    /** This line's 用款计划: months and amounts in pairs, e.g. plan(3, "300.00", 6, "300.00"). */
    public SpendingPlanRequest plan(Object... monthsAndAmounts) {
        List<SpendingPlanRequest.Month> months = new ArrayList<>();
        for (int i = 0; i < monthsAndAmounts.length; i += 2) {
            months.add(new SpendingPlanRequest.Month((Integer) monthsAndAmounts[i], (String) monthsAndAmounts[i + 1]));
        }
        return new SpendingPlanRequest(functionalCode, economicCode, projectCode, fundSource, null, months);
    }

    /** A payment from this line to an ordinary payee. */
    public PaymentRequest payment(String voucher, String date, String amount) {
        return payment(voucher, date, amount, "某科技有限公司", "系统运维费");
    }

    public PaymentRequest payment(String voucher, String date, String amount, String payee, String summary) {
        return new PaymentRequest(voucher, LocalDate.parse(date), functionalCode, economicCode, projectCode, fundSource,
                amount, payee, summary);
    }
}
