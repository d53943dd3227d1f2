package cn.budgetledger.query.ledger;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.queries.FindPaymentQuery;
import cn.budgetledger.api.queries.PaymentView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Finds a recorded payment by voucher, e.g. for an import to check a reversal before recording it. */
@Component
public class PaymentQueryHandler {

    private final JdbcTemplate jdbc;

    public PaymentQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<PaymentView> handle(FindPaymentQuery query) {
        return jdbc.query("""
                        select p.voucher, p.paid_on, p.amount, p.reversal_voucher,
                               l.functional_code, l.economic_code, l.project_code, l.fund_source, l.origin
                        from payment p
                        join budget_line l on l.unit = p.unit and l.year = p.year and l.line_id = p.line_id
                        where p.unit = ? and p.year = ? and p.voucher = ?""",
                (rs, row) -> new PaymentView(rs.getString("voucher"), rs.getDate("paid_on").toLocalDate(),
                        LineKey.of(rs.getString("functional_code"), rs.getString("economic_code"),
                                rs.getString("project_code"), rs.getString("fund_source"), rs.getString("origin")),
                        Money.ofFen(rs.getLong("amount")), rs.getString("reversal_voucher")),
                query.budget().unit(), query.budget().year(), query.voucher()).stream().findFirst();
    }
}
