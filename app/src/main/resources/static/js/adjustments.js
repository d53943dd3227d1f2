// 科目调整单 with several entries; the sum is checked as it is typed (调剂 nets to zero), and the ledger's
// own answer is shown next to the form.
(async () => {
    const $ = id => document.getElementById(id);
    const entries = document.querySelector('#entries tbody');
    $('adj-date').value = Ledger.today(Ledger.year);
    let lines = [];

    async function loadLines() {
        const budget = await Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31');
        $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
        lines = budget.lines;
        entries.querySelectorAll('tr').forEach(showAvailable);
    }

    function addEntry() {
        const row = document.createElement('tr');
        const select = document.createElement('select');
        for (const line of lines) {
            select.add(new Option(Ledger.lineLabel(line), line.lineId));
        }
        const amount = document.createElement('input');
        amount.className = 'entry-amount';
        amount.placeholder = '如 -5,000.00';
        amount.inputMode = 'decimal';
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'secondary';
        remove.textContent = '删除';
        remove.addEventListener('click', () => { row.remove(); check(); });
        select.addEventListener('change', () => showAvailable(row));
        amount.addEventListener('input', check);
        [select, null, amount, remove].forEach((element, index) => {
            const td = document.createElement('td');
            if (index === 1) {
                td.className = 'num entry-available';
            } else {
                td.appendChild(element);
            }
            row.appendChild(td);
        });
        entries.appendChild(row);
        showAvailable(row);
        check();
    }

    function showAvailable(row) {
        const line = lines.find(candidate => candidate.lineId === row.querySelector('select').value);
        row.querySelector('.entry-available').textContent = line ? Ledger.money(line.figures.available) : '—';
    }

    /** The live sum check; submitting is possible only when the document can balance. */
    function check() {
        const typed = [...entries.querySelectorAll('.entry-amount')].map(input => input.value.trim());
        const amounts = typed.map(Ledger.fen);
        const blank = typed.some(text => text === '');
        const unreadable = amounts.some(amount => amount === null);
        const sum = amounts.reduce((total, amount) => total + (amount || 0), 0);
        const type = $('adj-type').value;
        $('adj-sum').textContent = Ledger.money((sum / 100).toFixed(2));
        let problem = null;
        if (amounts.length === 0) {
            problem = '请至少添加一条调整明细';
        } else if (blank) {
            problem = '请填写每条明细的调整金额';
        } else if (unreadable) {
            problem = '调整金额应为数字，最多两位小数';
        } else if (type === '调剂' && sum !== 0) {
            problem = '调剂的调入与调出合计须为 0，当前差 ' + Ledger.money((sum / 100).toFixed(2)) + ' 元';
        } else if (type === '追加' && sum <= 0) {
            problem = '追加的合计须大于 0';
        } else if (type === '追减' && sum >= 0) {
            problem = '追减的合计须小于 0';
        }
        $('adj-sum').className = 'num ' + (problem ? 'sum-bad' : 'sum-ok');
        $('sum-check').textContent = problem || '合计检查通过';
        $('sum-check').className = problem ? 'sum-bad' : 'sum-ok';
        $('adj-submit').disabled = problem !== null;
    }

    $('adj-type').addEventListener('change', check);
    $('add-entry').addEventListener('click', addEntry);
    $('adjustment-form').addEventListener('submit', async event => {
        event.preventDefault();
        const message = $('adj-message');
        const body = {
            documentNumber: $('adj-number').value.trim(), type: $('adj-type').value, date: $('adj-date').value,
            reason: $('adj-reason').value.trim() || null,
            entries: [...entries.querySelectorAll('tr')].map(row => {
                const line = lines.find(candidate => candidate.lineId === row.querySelector('select').value);
                return {functionalCode: line.functionalCode, economicCode: line.economicCode,
                    projectCode: line.projectCode, fundSource: line.fundSource, origin: line.origin,
                    amount: row.querySelector('.entry-amount').value.trim()};
            })};
        $('adj-submit').disabled = true;
        try {
            const answer = await Ledger.post(Ledger.unitYear + '/adjustments', body);
            Ledger.say(message, true, answer.outcome === 'UNCHANGED' ? '该调整单已登记过，未重复记账。'
                : '已登记调整单 ' + answer.document + '。');
            await loadLines();
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            check();
        }
    });

    await loadLines();
    addEntry();
    addEntry();
})().catch(failure => Ledger.say(document.getElementById('adj-message'), false, failure.message, failure.code));
