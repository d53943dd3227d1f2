package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.RecordPaymentsCommand;
import cn.budgetledger.api.commands.ReversePaymentCommand;
import cn.budgetledger.api.queries.PaymentView;
import cn.budgetledger.command.domain.LinesMustExist;
import cn.budgetledger.command.domain.ReversalNamesOpenPayment;
import cn.budgetledger.command.domain.UsedVoucher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 支付 (formats.md §3): each row pays from an existing line, or, with 冲销凭证号, reverses that voucher in
 * full. A payment that would overdraw its line, or take it past its spending plan, is refused by the ledger and
 * listed with the ledger's reason, not an error of the file. Large journals are recorded in batches: one command, one transaction and at most one snapshot
 * per batch, where one command per payment would snapshot the whole unit-year every few payments. The
 * file is read again for recording, so only vouchers, not rows, are held in memory.
 */
@Component
public class PaymentsImport implements ImportKind {

    static final String VOUCHER = "凭证号";
    static final String DATE = "支付日期";
    static final String AMOUNT = "金额";
    static final String PAYEE = "收款人";
    static final String SUMMARY = "摘要";
    static final String REVERSED_VOUCHER = "冲销凭证号";

    private final CommandGateway commands;
    private final int batchSize;

    public PaymentsImport(CommandGateway commands, @Value("${ledger.import.payment-batch-size:2000}") int batchSize) {
        this.commands = commands;
        this.batchSize = batchSize;
    }

    @Override
    public String name() {
        return "payments";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CheckedRow.UNIT, CheckedRow.YEAR, VOUCHER, DATE, CheckedRow.FUNCTIONAL_CODE,
                CheckedRow.ECONOMIC_CODE, CheckedRow.PROJECT_CODE, CheckedRow.FUND_SOURCE, AMOUNT);
    }

    @Override
    public List<String> optionalColumns() {
        return List.of(PAYEE, SUMMARY, REVERSED_VOUCHER, CheckedRow.ORIGIN);
    }

    @Override
    public ImportJob newJob(LedgerLookup ledger) {
        return new Job(ledger);
    }

    /** One row of the journal, read: a payment, or a reversal when reversedVoucher is given. */
    private record PaymentRow(int row, UnitYear budget, String voucher, LocalDate date, LineKey line, Money amount,
                              String payee, String summary, String reversedVoucher) {

        static PaymentRow read(CheckedRow row) {
            UnitYear budget = row.unitYear();
            return new PaymentRow(row.number(), budget, row.documentNumber(VOUCHER), row.dateIn(DATE, budget),
                    row.line(), row.positiveAmount(AMOUNT), row.freeText(PAYEE), row.freeText(SUMMARY),
                    row.optionalDocumentNumber(REVERSED_VOUCHER));
        }

        boolean isReversal() {
            return reversedVoucher != null;
        }

        RecordPaymentCommand command() {
            return new RecordPaymentCommand(budget, voucher, date, line, amount, payee, summary);
        }

        /** The payment as a later reversal of it sees it; none if its date or amount could not be read. */
        UsedVoucher asPayment() {
            return date == null || amount == null ? null : UsedVoucher.payment(date, line, amount, payee, summary);
        }
    }

    /** What checking remembers of a voucher seen in the file: enough to check a later reversal of it. */
    private record VoucherInFile(int row, boolean isReversal, UsedVoucher payment) {
    }

    private final class Job implements ImportJob {

        private final LedgerLookup ledger;
        private final Map<String, VoucherInFile> vouchers = new HashMap<>();
        private final Set<String> reversedInFile = new HashSet<>();

        Job(LedgerLookup ledger) {
            this.ledger = ledger;
        }

        @Override
        public void check(CheckedRow row) {
            PaymentRow payment = PaymentRow.read(row);
            if (payment.budget() == null) {
                return;
            }
            var year = ledger.yearToRecordIn(row, payment.budget());
            if (year.isEmpty()) {
                return;
            }
            if (payment.line() != null) {
                Set<LineKey> lines = year.get().lines().keySet();
                row.rejectUnknownLine(LinesMustExist.resolve(payment.line(), lines), lines);
            }
            // A malformed voucher or reversed voucher is read as none, so it is never looked up.
            if (payment.voucher() == null) {
                return;
            }
            String key = payment.budget() + "|" + payment.voucher();
            VoucherInFile earlier = vouchers.putIfAbsent(key,
                    new VoucherInFile(row.number(), payment.isReversal(), payment.asPayment()));
            if (earlier != null) {
                row.reject(VOUCHER, "凭证号 " + payment.voucher() + " 在文件中重复（第 " + earlier.row() + " 行）");
            }
            if (payment.isReversal()) {
                checkReversal(row, payment);
            }
        }

        /** The reversed voucher names an open payment (ReversalNamesOpenPayment), earlier in this file or in the ledger. */
        private void checkReversal(CheckedRow row, PaymentRow reversal) {
            String original = reversal.reversedVoucher();
            String key = reversal.budget() + "|" + original;
            if (!reversedInFile.add(key)) {
                row.reject(REVERSED_VOUCHER, "凭证 " + original + " 在文件中被冲销了两次");
            }
            VoucherInFile inFile = vouchers.get(key);
            boolean paidEarlierInFile = inFile != null && inFile.row() < row.number() && !inFile.isReversal();
            // A row whose date or amount could not be read, this one or its payment's, is rejected for it already.
            if (reversal.date() == null || paidEarlierInFile && inFile.payment() == null) {
                return;
            }
            UsedVoucher payment = paidEarlierInFile ? inFile.payment()
                    : ledger.payment(reversal.budget(), original).map(Job::asPayment).orElse(null);
            ReversalNamesOpenPayment.check(original, payment, reversal.voucher(), reversal.date(), reversal.amount())
                    .ifPresent(rejection -> row.reject(switch (rejection.code()) {
                        case "REVERSAL_AMOUNT_MISMATCH" -> AMOUNT;
                        case "REVERSAL_BEFORE_PAYMENT" -> DATE;
                        default -> REVERSED_VOUCHER;
                    }, rejection.message()));
        }

        private static UsedVoucher asPayment(PaymentView recorded) {
            UsedVoucher payment = UsedVoucher.payment(recorded.date(), recorded.line(), recorded.amount(), null, null);
            return recorded.reversalVoucher() == null ? payment : payment.reversedBy(recorded.reversalVoucher());
        }

        @Override
        public void record(RowSource source, ImportTally tally) {
            Batch batch = new Batch(tally);
            source.forEach(row -> {
                PaymentRow payment = PaymentRow.read(row);
                if (payment.isReversal()) {
                    batch.flush();
                    reverse(payment, tally);
                } else {
                    batch.add(payment);
                }
            });
            batch.flush();
        }

        private void reverse(PaymentRow reversal, ImportTally tally) {
            tally.document(List.of(reversal.row()), reversal.voucher(),
                    () -> commands.sendAndWait(new ReversePaymentCommand(reversal.budget(), reversal.voucher(),
                            reversal.reversedVoucher(), reversal.date(), reversal.amount(), reversal.summary())));
        }
    }

    /** Consecutive payments of one unit-year, sent as one command. */
    private final class Batch {

        private final ImportTally tally;
        private final List<PaymentRow> payments = new ArrayList<>();

        Batch(ImportTally tally) {
            this.tally = tally;
        }

        void add(PaymentRow payment) {
            if (!payments.isEmpty() && !payments.get(0).budget().equals(payment.budget())) {
                flush();
            }
            payments.add(payment);
            if (payments.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            if (payments.isEmpty()) {
                return;
            }
            try {
                List<PaymentOutcome> outcomes = commands.sendAndWait(new RecordPaymentsCommand(
                        payments.get(0).budget(), payments.stream().map(PaymentRow::command).toList()));
                for (int i = 0; i < outcomes.size(); i++) {
                    count(payments.get(i), outcomes.get(i));
                }
            } catch (LedgerException oneSaidNo) {
                // One payment's "no" (e.g. its voucher used for other content) undoes its batch: send each alone.
                payments.forEach(this::sendAlone);
            }
            payments.clear();
        }

        private void sendAlone(PaymentRow payment) {
            try {
                count(payment, commands.sendAndWait(payment.command()));
            } catch (LedgerException refused) {
                tally.refused(payment.row(), payment.voucher(), refused.getMessage());
            }
        }

        private void count(PaymentRow payment, PaymentOutcome outcome) {
            switch (outcome.status()) {
                case RECORDED -> tally.recorded(1);
                case UNCHANGED -> tally.unchanged(1);
                case AWAITING_REVIEW -> tally.awaitingReview(1);
                case REFUSED -> tally.refused(payment.row(), payment.voucher(), outcome.message());
            }
        }
    }
}
