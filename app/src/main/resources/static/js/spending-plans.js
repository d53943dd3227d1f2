// 用款计划: a line's twelve months entered at once (shown filled with its current plan), saved with PUT; beside it
// the line's plan against execution and the revisions of its plan.
(async () => {
    const $ = id => document.getElementById(id);
    const inputs = [];
    for (let month = 1; month <= 12; month++) {
        const label = document.createElement('label');
        label.textContent = month + ' 月 ';
        const input = document.createElement('input');
        input.id = 'plan-month-' + month;
        input.inputMode = 'decimal';
        input.placeholder = '0.00';
        input.addEventListener('input', showTotal);
        label.appendChild(input);
        $('plan-months').appendChild(label);
        inputs.push(input);
    }

    let plans = [];

    async function load() {
        const [budget, view] = await Promise.all([
            Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31'),
            Ledger.api(Ledger.unitYear + '/spending-plans?asOf=' + Ledger.year + '-12-31')]);
        $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
        plans = view.lines;
        return budget.lines;
    }

    function planOf(line) {
        return line && plans.find(plan => plan.functionalCode === line.functionalCode
            && plan.economicCode === line.economicCode && plan.projectCode === line.projectCode
            && plan.fundSource === line.fundSource && plan.origin === line.origin);
    }

    function amountOf(text) {
        const value = Number(String(text).replaceAll(',', '').trim() || '0');
        return Number.isFinite(value) ? value : 0;
    }

    function showTotal() {
        const total = inputs.reduce((sum, input) => sum + amountOf(input.value), 0);
        $('plan-total').textContent = Ledger.money(total.toFixed(2));
    }

    function show(line) {
        $('plan-adjusted').textContent = line ? Ledger.money(line.figures.adjusted) : '—';
        const plan = planOf(line);
        inputs.forEach((input, index) => input.value = plan && plan.months[index].plan !== '0.00'
            ? plan.months[index].plan : '');
        showTotal();
        const figures = $('plan-figures').querySelector('tbody');
        figures.innerHTML = '';
        for (const month of plan ? plan.months : []) {
            const tr = document.createElement('tr');
            Ledger.cell(tr, month.month + ' 月');
            [month.plan, month.cumulativePlan, month.executed, month.cumulativeExecuted]
                .forEach(amount => Ledger.cell(tr, Ledger.money(amount), 'num'));
            figures.appendChild(tr);
        }
        if (!plan) {
            figures.innerHTML = '<tr><td colspan="5" class="empty">该指标尚无用款计划</td></tr>';
        }
        const revisions = $('plan-revisions').querySelector('tbody');
        revisions.innerHTML = '';
        (plan ? plan.revisions : []).forEach((revision, index) => {
            const tr = document.createElement('tr');
            Ledger.cell(tr, '第 ' + (index + 1) + ' 次');
            Ledger.cell(tr, Ledger.money(revision.total), 'num');
            Ledger.cell(tr, revision.recordedBy || '—');
            Ledger.cell(tr, new Date(revision.recordedAt).toLocaleString('zh-CN'));
            revisions.appendChild(tr);
        });
    }

    const chooser = new LineChooser(await load(), $('plan-project'), $('plan-subject'), $('plan-fund'), show);

    $('plan-form').addEventListener('submit', async event => {
        event.preventDefault();
        const line = chooser.chosen();
        const message = $('plan-message');
        if (!line) {
            Ledger.say(message, false, '请选择预算指标');
            return;
        }
        $('plan-submit').disabled = true;
        try {
            const months = inputs.map((input, index) => ({month: index + 1, amount: input.value.replaceAll(',', '').trim()}))
                .filter(month => month.amount !== '');
            const answer = await Ledger.api(Ledger.unitYear + '/spending-plans', {method: 'PUT', json: {
                functionalCode: line.functionalCode, economicCode: line.economicCode, projectCode: line.projectCode,
                fundSource: line.fundSource, origin: line.origin, months}});
            Ledger.say(message, true, answer.outcome === 'UNCHANGED' ? '用款计划与现行计划相同，未重复记录。'
                : '已保存用款计划，全年合计 ' + $('plan-total').textContent + ' 元。');
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            $('plan-submit').disabled = false;
            chooser.refresh(await load());
        }
    });
})();
