// 更正: the chosen line's current figures and the approvals that gave it its 年初预算 (from its history); the ledger
// decides whether the correction stands (nothing to change, dated before the approval, a negative balance).
(async () => {
    const $ = id => document.getElementById(id);
    $('corr-date').value = Ledger.today(Ledger.year);
    let lines = [];

    /** The line's figures now and the approvals it was allocated by; only the latest choice shows. */
    let shown = 0;
    async function showLine() {
        const ticket = ++shown;
        const line = lines.find(candidate => candidate.lineId === $('corr-line').value);
        const history = line ? await Ledger.api(Ledger.unitYear + '/lines/' + line.lineId + '/history') : {events: []};
        if (ticket !== shown) {
            return;
        }
        $('corr-figures').replaceChildren(...(line ? [Ledger.figure('年初预算（元）', line.figures.original),
            Ledger.figure('调整后预算（元）', line.figures.adjusted), Ledger.figure('执行数（元）', line.figures.executed),
            Ledger.figure('可用余额（元）', line.figures.available)] : []));
        // the approvals that gave the line its 年初预算 (the ledger itself refuses to correct 上年结转 money)
        const approvals = [...new Set(history.events.filter(event => event.kind === '年初预算').map(event => event.document))];
        $('corr-approval').replaceChildren(...approvals.map(document => new Option(document, document)));
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
