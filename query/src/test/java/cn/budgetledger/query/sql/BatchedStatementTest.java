package cn.budgetledger.query.sql;

import cn.budgetledger.query.sql.BatchedStatement.Key;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A statement declared by table and column names says in SQL what its declaration says. */
class BatchedStatementTest {

    @Test
    void adding_to_a_row_inserts_it_or_adds_the_amounts_to_the_row_of_its_key() {
        BatchedStatement added = BatchedStatement.addTo("movement", Key.of("unit", "day"), "paid", "reversed");

        assertThat(added.sql()).isEqualTo("insert into movement (unit, day, paid, reversed) values (?, ?, ?, ?) "
                + "on conflict (unit, day) do update set paid = movement.paid + excluded.paid, "
                + "reversed = movement.reversed + excluded.reversed");
    }

    @Test
    void the_other_statements_read_as_their_names_say() {
        assertThat(BatchedStatement.insertUnlessPresent("year", Key.of("unit", "year"), "name").sql())
                .isEqualTo("insert into year (unit, year, name) values (?, ?, ?) on conflict (unit, year) do nothing");
        assertThat(BatchedStatement.update("payment", Key.of("unit", "voucher"), "reversed_on").sql())
                .isEqualTo("update payment set reversed_on = ? where unit = ? and voucher = ?");
        BatchedStatement copied = BatchedStatement.copy("payment", "unit", "amount");
        assertThat(copied.sql()).isEqualTo("copy payment (unit, amount) from stdin");
        assertThat(copied.copied()).isTrue();
    }

    @Test
    void a_row_is_filled_by_name_in_the_statements_order_its_amounts_from_zero() {
        BatchedStatement added = BatchedStatement.addTo("movement", Key.of("unit", "day"), "paid", "reversed");

        Object[] values = added.row().set("day", 3).set("paid", 500L).set("unit", "709301").values();

        assertThat(values).containsExactly("709301", 3, 500L, 0L);
    }

    @Test
    void rows_of_one_key_are_summed_into_the_first() {
        BatchedStatement history = BatchedStatement.copy("history", "event", "line", "detail", "amount")
                .summedPerKey(Key.of("event", "line"), "amount");
        Object[] first = history.row().set("event", "e").set("line", "l").set("detail", "first").set("amount", 2L).values();
        Object[] second = history.row().set("event", "e").set("line", "l").set("detail", "second").set("amount", 3L).values();

        assertThat(history.keyOf(first)).isEqualTo(history.keyOf(second)).isEqualTo(List.of("e", "l"));
        assertThat(history.addAmounts(first, second)).containsExactly("e", "l", "first", 5L);
    }

    @Test
    void a_forgotten_column_an_unknown_one_or_an_amount_not_in_fen_is_a_mistake() {
        BatchedStatement inserted = BatchedStatement.insert("payment", "unit", "payee");
        BatchedStatement added = BatchedStatement.addTo("movement", Key.of("unit"), "paid");

        assertThatThrownBy(() -> inserted.row().set("unit", "709301").values()).hasMessageContaining("payee");
        assertThat(inserted.row().set("unit", "709301").set("payee", null).values()).containsExactly("709301", null);
        assertThatThrownBy(() -> inserted.row().set("amount", 1L)).hasMessageContaining("amount");
        assertThatThrownBy(() -> added.row().set("paid", 1)).hasMessageContaining("paid");
    }
}
