// 更正: the chosen line's current figures and the approvals that gave it its 年初预算 (from its history); the ledger
// decides whether the correction stands (nothing to change, dated before the approval, a negative balance).
(async () => {
    const $ = id => document.getElementById(id);
    $('corr-date').value = Ledger.today(Ledger.year);
    let lines = [];

    function figure(label, value) {
        const div = document.createElement('div');
        div.className = 'figure';
        const name = document.createElement('div');
        name.className = 'label';
        name.textContent = label + '（元）';
        const amount = document.createElement('div');
        amount.className = 'value';
        amount.textContent = Ledger.money(value);
        div.append(name, amount);
        return div;
    }

    /** The line's figures now, and each approval's 年初预算 for it as corrected so far. */
    async function showLine() {
        const line = lines.find(candidate => candidate.lineId === $('corr-line').value);
        $('corr-figures').replaceChildren();
        $('corr-approval').replaceChildren();
        if (!line) {
            return;
        }
        $('corr-figures').append(figure('年初预算', line.figures.original), figure('调整后预算', line.figures.adjusted),
            figure('执行数', line.figures.executed), figure('可用余额', line.figures.available));
        const history = await Ledger.api(Ledger.unitYear + '/lines/' + line.lineId + '/history');
        const approvals = new Map();
        for (const event of history.events) {
            if (event.kind === '年初预算') {
                approvals.set(event.document, (approvals.get(event.document) || 0) + fen(event.amount));
            } else if (event.kind === '更正') {
                const approval = event.detail.match(/^更正预算批复 (.+?) 的年初预算/);
                if (approval && approvals.has(approval[1])) {
                    approvals.set(approval[1], approvals.get(approval[1]) + fen(event.amount));
                }
            }
        }
        approvals.forEach((amount, document) => $('corr-approval').add(new Option(
            document + '（年初预算 ' + Ledger.money((amount / 100).toFixed(2)) + ' 元）', document)));
    }

    function fen(amount) {
        const negative = String(amount).startsWith('-');
        const [whole, cents = ''] = String(amount).replace('-', '').split('.');
        const value = Number(whole) * 100 + Number((cents + '00').slice(0, 2));
        return negative ? -value : value;
    }

    async function loadLines() {
        const budget = await Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31');
        $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
        const chosen = $('corr-line').value;
        lines = budget.lines;
        $('corr-line').replaceChildren(...lines.map(line => new Option(Ledger.lineLabel(line), line.lineId)));
        if (chosen) {
            $('corr-line').value = chosen;
        }
        await showLine();
    }

    $('corr-line').addEventListener('change', () => showLine().catch(failure =>
        Ledger.say($('corr-message'), false, failure.message, failure.code)));
    $('correction-form').addEventListener('submit', async event => {
        event.preventDefault();
        const line = lines.find(candidate => candidate.lineId === $('corr-line').value);
        const message = $('corr-message');
        $('corr-submit').disabled = true;
        try {
            const answer = await Ledger.post(Ledger.unitYear + '/corrections', {
                documentNumber: $('corr-number').value.trim(), date: $('corr-date').value,
                approvalDocument: $('corr-approval').value, functionalCode: line.functionalCode,
                economicCode: line.economicCode, projectCode: line.projectCode, fundSource: line.fundSource,
                origin: line.origin, correctedAmount: $('corr-amount').value.trim(),
                reason: $('corr-reason').value.trim() || null});
            Ledger.say(message, true, answer.outcome === 'UNCHANGED' ? '该更正单已登记过，未重复记账。'
                : '已登记更正单 ' + answer.document + '。');
            await loadLines();
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            $('corr-submit').disabled = document.getElementById('closed-banner') !== null;
        }
    });

    await loadLines();
})().catch(failure => Ledger.say(document.getElementById('corr-message'), false, failure.message, failure.code));
