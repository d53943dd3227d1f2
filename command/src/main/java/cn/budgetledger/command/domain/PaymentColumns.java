package cn.budgetledger.command.domain;

import com.fasterxml.jackson.databind.util.StdConverter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit-year's recorded payments as its snapshot holds them: one column per field instead of one JSON object
 * per payment. A busy year holds a hundred thousand payments, and the first command after a start reads them
 * all back; columns of numbers parse several times faster than as many small objects with named fields.
 * Reversed payments are few, so only they carry their reversal voucher.
 */
record PaymentColumns(List<String> vouchers, int[] lines, long[] fen, long[] epochDays, List<String> digests,
                      Map<String, String> reversedBy) {

    static final class Written extends StdConverter<Map<String, RecordedPayment>, PaymentColumns> {
        @Override
        public PaymentColumns convert(Map<String, RecordedPayment> payments) {
            int size = payments.size();
            List<String> vouchers = new ArrayList<>(size);
            int[] lines = new int[size];
            long[] fen = new long[size];
            long[] epochDays = new long[size];
            List<String> digests = new ArrayList<>(size);
            Map<String, String> reversedBy = new HashMap<>();
            int row = 0;
            for (Map.Entry<String, RecordedPayment> entry : payments.entrySet()) {
                RecordedPayment payment = entry.getValue();
                vouchers.add(entry.getKey());
                lines[row] = payment.line();
                fen[row] = payment.fen();
                epochDays[row] = payment.epochDay();
                digests.add(payment.contentDigest());
                if (payment.isReversed()) {
                    reversedBy.put(entry.getKey(), payment.reversedBy());
                }
                row++;
            }
            return new PaymentColumns(vouchers, lines, fen, epochDays, digests, reversedBy);
        }
    }

    static final class Read extends StdConverter<PaymentColumns, Map<String, RecordedPayment>> {
        @Override
        public Map<String, RecordedPayment> convert(PaymentColumns columns) {
            int size = columns.vouchers().size();
            Map<String, RecordedPayment> payments = new HashMap<>(size * 4 / 3 + 1);
            for (int row = 0; row < size; row++) {
                String voucher = columns.vouchers().get(row);
                payments.put(voucher, new RecordedPayment(columns.lines()[row], columns.fen()[row],
                        columns.epochDays()[row], columns.digests().get(row), columns.reversedBy().get(voucher)));
            }
            return payments;
        }
    }
}
