package cn.budgetledger.app.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trigger that makes PostgreSQL refuse the row of one voucher in one table, a stand-in for any failure half way
 * through a write; dropped again on close. For tests of what a failed write leaves behind.
 */
public final class RefusedVoucher implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String table;

    private RefusedVoucher(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    public static RefusedVoucher in(JdbcTemplate jdbc, String table, String voucher) {
        jdbc.execute("""
                create function refuse_voucher() returns trigger language plpgsql as $$
                begin
                    if new.voucher = '%s' then raise exception 'refused for the test'; end if;
                    return new;
                end $$""".formatted(voucher));
        jdbc.execute("create trigger refuse_voucher before insert on " + table
                + " for each row execute function refuse_voucher()");
        return new RefusedVoucher(jdbc, table);
    }

    @Override
    public void close() {
        jdbc.execute("drop trigger refuse_voucher on " + table);
        jdbc.execute("drop function refuse_voucher()");
    }
}
