// 登记支付: the available balance of the chosen line is shown before submitting; a refusal or a rule violation is
// shown next to the form. Payments are entered as a run from the keyboard, each listed below. 冲销 starts from a
// payment in the payments journal (journal.js).
(async () => {
    const $ = id => document.getElementById(id);
    const available = $('pay-available');
    $('pay-date').value = Ledger.today(Ledger.year);

    async function currentLines() {
        const budget = await Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31');
        $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
        return budget.lines;
    }

    const chooser = new LineChooser(await currentLines(), $('pay-project'), $('pay-subject'), $('pay-fund'),
        line => available.textContent = line ? Ledger.money(line.figures.available) : '—');

    // A run of payments from the keyboard: Enter goes to the next field, and on the last one submits.
    const runOrder = ['pay-search', 'pay-voucher', 'pay-date', 'pay-amount', 'pay-payee', 'pay-summary'];
    $('payment-form').addEventListener('keydown', event => {
        const at = runOrder.indexOf(event.target.id);
        if (event.key !== 'Enter' || event.isComposing || at < 0) {
            return;
        }
        event.preventDefault();
        if (at === runOrder.length - 1) {
            $('payment-form').requestSubmit();
        } else {
            $(runOrder[at + 1]).focus();
            $(runOrder[at + 1]).select?.();
        }
    });
    $('pay-search').addEventListener('line-picked', () => $('pay-voucher').focus());

    /** The voucher after this one: its last number plus one, as wide as it was (V-0012 → V-0013). */
    function nextVoucher(voucher) {
        const last = voucher.match(/^(.*?)(\d+)(\D*)$/);
        if (!last) {
            return '';
        }
        const next = (BigInt(last[2]) + 1n).toString();
        return last[1] + next.padStart(last[2].length, '0') + last[3];
    }

    /** This session's entries, newest first, with what the ledger answered. */
    function entered(voucher, line, amount, outcome, available) {
        const row = document.createElement('tr');
        Ledger.cell(row, voucher);
        Ledger.cell(row, $('pay-date').value);
        Ledger.cell(row, Ledger.lineLabel(line));
        Ledger.cell(row, amount, 'num');
        Ledger.cell(row, outcome);
        Ledger.cell(row, available === undefined ? '' : Ledger.money(available), 'num');
        $('session-rows').prepend(row);
        $('session-payments').hidden = false;
    }

    $('payment-form').addEventListener('submit', async event => {
        event.preventDefault();
        const line = chooser.chosen();
        const message = $('pay-message');
        if (!line) {
            Ledger.say(message, false, '请选择预算指标');
            return;
        }
        // a typo in the amount would leave a permanent refusal: say so before it is sent
        const amount = Number($('pay-amount').value.trim().replace(/[,，]/g, ''));
        if (amount > Number(line.figures.available) && !window.confirm('支付金额 ' + Ledger.money(amount.toFixed(2))
            + ' 元超过该指标可用余额 ' + Ledger.money(line.figures.available) + ' 元：提交将被拒付，并记录拒付。仍要提交吗？')) {
            return;
        }
        $('pay-submit').disabled = true;
        const voucher = $('pay-voucher').value.trim();
        try {
            const answer = await Ledger.post(Ledger.unitYear + '/payments', {
                voucher, date: $('pay-date').value,
                functionalCode: line.functionalCode, economicCode: line.economicCode, projectCode: line.projectCode,
                fundSource: line.fundSource, origin: line.origin, amount: $('pay-amount').value.trim(),
                payee: $('pay-payee').value.trim() || null, summary: $('pay-summary').value.trim() || null});
            const outcome = answer.status === 'UNCHANGED' ? '该凭证已登记过，未重复记账。'
                : answer.status === 'AWAITING_REVIEW' ? '已制单，待审核（审核通过后记账）：' : '已登记支付 ';
            Ledger.say(message, true, outcome + Ledger.money(answer.amount) + ' 元，凭证号 ' + answer.voucher
                + '。可用余额 ' + Ledger.money(answer.available) + ' 元。');
            entered(answer.voucher, line, Ledger.money(answer.amount), answer.status === 'UNCHANGED' ? '已登记过'
                : answer.status === 'AWAITING_REVIEW' ? '待审核' : '已支付', answer.available);
            // the next payment of the run: same line and date, the next voucher proposed
            ['pay-amount', 'pay-payee', 'pay-summary'].forEach(id => $(id).value = '');
            $('pay-voucher').value = nextVoucher(voucher);
            $('pay-voucher').focus();
            $('pay-voucher').select();
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
            entered(voucher, line, $('pay-amount').value.trim(), '未登记：' + failure.message);
        } finally {
            $('pay-submit').disabled = false;
            chooser.refresh(await currentLines());
        }
    });
})().catch(failure => Ledger.say(document.getElementById('pay-message'), false, failure.message, failure.code));
