// 预算批复 by hand: an approval document with its lines, each sent as the allocation request names it; the ledger
// checks every code, category and amount and its Chinese answer is shown beside the form.
(async () => {
    const $ = id => document.getElementById(id);
    const body = document.querySelector('#alloc-lines tbody');
    const categories = ['人员类', '公用经费', '其他运转类', '特定目标类'];
    const fundSources = ['一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款', '财政专户管理资金', '事业收入',
        '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'];
    const fields = ['functionalCode', 'economicCode', 'projectCode', 'projectName', 'projectCategory', 'fundSource', 'amount'];
    $('alloc-date').value = Ledger.year + '-01-01';

    function sum() {
        const total = [...body.querySelectorAll('[data-field="amount"]')].map(input => Ledger.fen(input.value) || 0)
            .reduce((all, amount) => all + amount, 0);
        $('alloc-sum').textContent = Ledger.money((total / 100).toFixed(2));
    }

    function choice(options) {
        const select = document.createElement('select');
        options.forEach(option => select.add(new Option(option, option)));
        return select;
    }

    /** The subject's name under its code, as the catalogue (or an import) names it; the ledger checks the code. */
    async function showSubject(input, name, kind) {
        const code = input.value.trim();
        name.textContent = '';
        if (!code) {
            return;
        }
        try {
            const subject = await Ledger.api('/api/subjects/' + kind + '/' + encodeURIComponent(code));
            if (input.value.trim() === code) {
                name.textContent = subject.name;
            }
        } catch (failure) {
            if (input.value.trim() === code) {
                name.textContent = failure.status === 404 ? '科目目录中无此编码' : failure.message;
            }
        }
    }

    /** A new row repeats the row above's project and fund source: a project's lines are usually entered together. */
    function addLine() {
        const previous = body.lastElementChild;
        const row = document.createElement('tr');
        for (const field of fields) {
            const element = field === 'projectCategory' ? choice(categories)
                : field === 'fundSource' ? choice(fundSources) : document.createElement('input');
            element.dataset.field = field;
            if (field === 'amount') {
                element.inputMode = 'decimal';
                element.placeholder = '如 100,000.00';
                element.addEventListener('input', sum);
            }
            if (previous && ['projectCode', 'projectName', 'projectCategory', 'fundSource'].includes(field)) {
                element.value = previous.querySelector('[data-field="' + field + '"]').value;
            }
            const td = document.createElement('td');
            if (field === 'amount') {
                td.className = 'num';
            }
            td.appendChild(element);
            if (field === 'functionalCode' || field === 'economicCode') {
                const name = document.createElement('div');
                name.className = 'subject-name';
                td.appendChild(name);
                element.addEventListener('change', () => showSubject(element, name,
                    field === 'functionalCode' ? 'functional' : 'economic'));
            }
            row.appendChild(td);
        }
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'secondary';
        remove.textContent = '删除';
        remove.addEventListener('click', () => { row.remove(); sum(); });
        const td = document.createElement('td');
        td.appendChild(remove);
        row.appendChild(td);
        body.appendChild(row);
    }

    $('add-line').addEventListener('click', addLine);
    $('allocation-form').addEventListener('submit', async event => {
        event.preventDefault();
        const message = $('alloc-message');
        const lines = [...body.querySelectorAll('tr')].map(row => Object.fromEntries(fields.map(field =>
            [field, row.querySelector('[data-field="' + field + '"]').value.trim()])));
        $('alloc-submit').disabled = true;
        try {
            const answer = await Ledger.post(Ledger.unitYear + '/allocations',
                {approvalDocument: $('alloc-document').value.trim(), date: $('alloc-date').value, lines});
            Ledger.say(message, true, answer.outcome === 'UNCHANGED' ? '该批复已登记过，内容相同，未重复记账。'
                : '已登记预算批复 ' + answer.document + '，共 ' + lines.length + ' 条指标，合计 ' + $('alloc-sum').textContent + ' 元。');
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            $('alloc-submit').disabled = document.getElementById('closed-banner') !== null;
        }
    });

    addLine();
    const budget = await Ledger.api(Ledger.unitYear);
    $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
})().catch(failure => Ledger.say(document.getElementById('alloc-message'), false, failure.message, failure.code));
