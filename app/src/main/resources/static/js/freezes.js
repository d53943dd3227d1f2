// 冻结 and 解冻: the chosen line's available balance is shown before freezing; the journal lists every freeze
// document with what it still holds, and a click on one fills the release form.
(async () => {
    const $ = id => document.getElementById(id);
    const PAGE_SIZE = 50;
    let page = 0;
    $('fz-date').value = Ledger.today(Ledger.year);
    $('rl-date').value = Ledger.today(Ledger.year);

    async function currentLines() {
        const budget = await Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31');
        $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
        return budget.lines;
    }

    const chooser = new LineChooser(await currentLines(), $('fz-project'), $('fz-subject'), $('fz-fund'),
        line => $('fz-available').textContent = line ? Ledger.money(line.figures.available) : '—');

    async function showJournal() {
        const query = new URLSearchParams({page, size: PAGE_SIZE});
        [['status', 'f-status'], ['from', 'f-from'], ['to', 'f-to'], ['q', 'f-q']].forEach(([name, id]) => {
            if ($(id).value.trim()) {
                query.set(name, $(id).value.trim());
            }
        });
        const journal = await Ledger.api(Ledger.unitYear + '/freezes?' + query);
        const body = $('journal').querySelector('tbody');
        body.replaceChildren();
        journal.items.forEach(item => {
            const row = document.createElement('tr');
            row.className = 'clickable';
            row.dataset.document = item.documentNumber;
            Ledger.cell(row, item.documentNumber);
            Ledger.cell(row, item.kind);
            Ledger.cell(row, item.date);
            Ledger.cell(row, [item.projectCode, item.functionalCode, item.economicCode, item.fundSource].join(' / ')
                + (item.origin === '上年结转' ? '（上年结转）' : ''));
            Ledger.cell(row, Ledger.money(item.amount), 'num');
            Ledger.cell(row, Ledger.money(item.released), 'num');
            Ledger.cell(row, Ledger.money(item.open), 'num');
            Ledger.cell(row, item.reason);
            Ledger.cell(row, item.recordedBy || '');
            row.addEventListener('click', () => {
                body.querySelectorAll('tr.selected').forEach(other => other.classList.remove('selected'));
                row.classList.add('selected');
                $('rl-number').value = item.documentNumber;
                $('rl-open').textContent = Ledger.money(item.open);
            });
            body.appendChild(row);
        });
        if (journal.items.length === 0) {
            const row = document.createElement('tr');
            Ledger.cell(row, '没有冻结单', 'empty').colSpan = 9;
            body.appendChild(row);
        }
        $('f-total').textContent = '共 ' + journal.total + ' 张，第 ' + (page + 1) + ' 页';
        $('f-previous').disabled = page === 0;
        $('f-next').disabled = (page + 1) * PAGE_SIZE >= journal.total;
    }

    async function refresh() {
        chooser.refresh(await currentLines());
        await showJournal();
    }

    $('filter').addEventListener('submit', async event => {
        event.preventDefault();
        page = 0;
        await showJournal();
    });
    $('f-previous').addEventListener('click', async () => { page = Math.max(0, page - 1); await showJournal(); });
    $('f-next').addEventListener('click', async () => { page += 1; await showJournal(); });

    $('freeze-form').addEventListener('submit', async event => {
        event.preventDefault();
        const line = chooser.chosen();
        const message = $('fz-message');
        if (!line) {
            Ledger.say(message, false, '请选择预算指标');
            return;
        }
        $('fz-submit').disabled = true;
        try {
            const number = $('fz-number').value.trim();
            const answer = await Ledger.post(Ledger.unitYear + '/freezes', {
                documentNumber: number, date: $('fz-date').value,
                functionalCode: line.functionalCode, economicCode: line.economicCode, projectCode: line.projectCode,
                fundSource: line.fundSource, origin: line.origin, amount: $('fz-amount').value.trim(),
                kind: $('fz-kind').value, reason: $('fz-reason').value.trim()});
            Ledger.say(message, true, answer.outcome === 'UNCHANGED' ? '冻结单 ' + number + ' 已登记过，未重复记账。'
                : '已登记冻结单 ' + number + '。');
            $('fz-number').value = '';
            $('fz-amount').value = '';
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            $('fz-submit').disabled = false;
            await refresh();
        }
    });

    $('release-form').addEventListener('submit', async event => {
        event.preventDefault();
        const message = $('rl-message');
        const number = $('rl-number').value.trim();
        $('rl-submit').disabled = true;
        try {
            const answer = await Ledger.post(Ledger.unitYear + '/freezes/' + encodeURIComponent(number) + '/release', {
                date: $('rl-date').value, amount: $('rl-amount').value.trim() || null});
            Ledger.say(message, true, answer.outcome === 'UNCHANGED' ? '该解冻已登记过（或已无冻结金额），未重复记账。'
                : '已解冻冻结单 ' + number + '。');
            $('rl-amount').value = '';
            $('rl-open').textContent = '—';
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            $('rl-submit').disabled = false;
            await refresh();
        }
    });

    await showJournal();
})().catch(failure => Ledger.say(document.getElementById('fz-message'), false, failure.message, failure.code));
