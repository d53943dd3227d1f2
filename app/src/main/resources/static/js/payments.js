// 登记支付: the available balance of the chosen line is shown before submitting; a refusal or a rule violation is
// shown next to the form. 冲销 starts from a payment in the payments journal (journal.js).
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
        try {
            const answer = await Ledger.post(Ledger.unitYear + '/payments', {
                voucher: $('pay-voucher').value.trim(), date: $('pay-date').value,
                functionalCode: line.functionalCode, economicCode: line.economicCode, projectCode: line.projectCode,
                fundSource: line.fundSource, origin: line.origin, amount: $('pay-amount').value.trim(),
                payee: $('pay-payee').value.trim() || null, summary: $('pay-summary').value.trim() || null});
            Ledger.say(message, true, (answer.status === 'UNCHANGED' ? '该凭证已登记过，未重复记账。'
                : answer.status === 'AWAITING_REVIEW' ? '已制单，待审核（审核通过后记账）：' : '已登记支付 ')
                + Ledger.money(answer.amount) + ' 元，凭证号 ' + answer.voucher + '。可用余额 ' + Ledger.money(answer.available) + ' 元。');
            $('pay-voucher').value = '';
            $('pay-amount').value = '';
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            $('pay-submit').disabled = false;
            chooser.refresh(await currentLines());
        }
    });
})().catch(failure => Ledger.say(document.getElementById('pay-message'), false, failure.message, failure.code));
