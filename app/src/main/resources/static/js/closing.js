// 年终结转: the server's preview of what closing carries forward and lets lapse, and what stops it; then the closing,
// confirmed first, and the year-end report it leaves.
(async () => {
    const $ = id => document.getElementById(id);
    const body = document.querySelector('#closing-lines tbody');
    const yearEndPage = '/units/' + Ledger.unit + '/years/' + Ledger.year + '/year-end';

    function show(preview) {
        $('closing-totals').replaceChildren(Ledger.figure('将结转（元）', preview.carriedForward),
            Ledger.figure('将结余（元）', preview.lapsed), Ledger.figure('合计（元）', preview.total));
        body.replaceChildren();
        for (const line of preview.lines) {
            const tr = document.createElement('tr');
            [line.fundSource, line.projectName + '（' + line.projectCode + '）', line.projectCategory, line.functionalCode,
                line.economicCode, line.origin, line.outcome === '结转' ? '结转下一年度' : '结余']
                .forEach(text => Ledger.cell(tr, text));
            Ledger.cell(tr, line.outcome === '结转' ? Ledger.money(line.amount) : '', 'num');
            Ledger.cell(tr, line.outcome === '结余' ? Ledger.money(line.amount) : '', 'num');
            body.appendChild(tr);
        }
        const total = document.createElement('tr');
        total.className = 'subtotal';
        Ledger.cell(total, '合计');
        total.firstChild.colSpan = 7;
        Ledger.cell(total, Ledger.money(preview.carriedForward), 'num');
        Ledger.cell(total, Ledger.money(preview.lapsed), 'num');
        body.appendChild(total);
        if (preview.lines.length === 0) {
            body.insertAdjacentHTML('afterbegin', '<tr><td colspan="9" class="empty">各指标均无可用余额，结转时没有结转和结余</td></tr>');
        }
        if (preview.blocked) {
            Ledger.say($('closing-blocked'), false, preview.blocked.message, preview.blocked.code);
        } else {
            $('closing-blocked').hidden = true;
        }
    }

    async function load() {
        const budget = await Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31');
        $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
        if (budget.closedOn) {
            body.innerHTML = '<tr><td colspan="9" class="empty">本年度已于 ' + budget.closedOn + ' 结转</td></tr>';
            return;
        }
        show(await Ledger.api(Ledger.unitYear + '/closing/preview'));
    }

    $('closing-form').addEventListener('submit', async event => {
        event.preventDefault();
        const message = $('closing-message');
        // what is confirmed is what closing now would do: a payment recorded since the page loaded changes it
        await load();
        const totals = [...$('closing-totals').querySelectorAll('.figure')].map(div => div.textContent).join('，');
        if (!window.confirm('结转后本年度不能再记账，确定办理 ' + Ledger.year + ' 年度年终结转吗？\n' + totals)) {
            return;
        }
        $('closing-submit').disabled = true;
        try {
            await Ledger.post(Ledger.unitYear + '/closing', {date: Ledger.year + '-12-31'});
            message.hidden = false;
            message.className = 'message ok';
            message.textContent = '已办理 ' + Ledger.year + ' 年度年终结转。';
            const link = document.createElement('a');
            link.href = yearEndPage;
            link.id = 'closed-year-end-link';
            link.textContent = '查看结转和结余';
            message.append(' ', link);
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
            $('closing-submit').disabled = false;
            await load();
        }
    });

    await load();
})().catch(failure => Ledger.say(document.getElementById('closing-message'), false, failure.message, failure.code));
