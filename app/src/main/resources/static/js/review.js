// 审核: the entries awaiting review; approve or return one, or approve the selected ones, each checked by the ledger
// on its own, and each one's answer shown on its row (recorded, refused for want of budget, not allowed…).
(() => {
    const $ = id => document.getElementById(id);
    const body = document.querySelector('#entries tbody');

    /** Each row's answer in its own cell (say sets the class, so the cell's own is put back). */
    function tell(row, ok, text, code) {
        const cell = row.querySelector('.outcome');
        Ledger.say(cell, ok, text, code);
        cell.classList.add('outcome');
    }

    /** A decided entry: its answer, and nothing more to do on its row. */
    function outcome(row, ok, text, code) {
        tell(row, ok, text, code);
        row.querySelectorAll('button, input').forEach(control => control.disabled = true);
    }

    async function approve(row) {
        const voucher = row.dataset.voucher;
        try {
            const answer = await Ledger.post(Ledger.unitYear + '/payments/' + encodeURIComponent(voucher) + '/approval');
            outcome(row, true, answer.status === 'UNCHANGED' ? '已通过（此前已记账）' : '已通过，已记账');
        } catch (failure) {
            const refused = failure.status === 422 && failure.body?.status === 'REFUSED';
            outcome(row, false, (refused ? '拒付：' : '') + failure.message, failure.code);
        }
    }

    async function returnEntry(row, reason) {
        try {
            await Ledger.post(Ledger.unitYear + '/payments/' + encodeURIComponent(row.dataset.voucher) + '/return',
                {reason});
            outcome(row, true, '已退回：' + reason);
        } catch (failure) {
            tell(row, false, failure.message, failure.code);
        }
    }

    function entryRow(entry) {
        const tr = document.createElement('tr');
        tr.dataset.voucher = entry.voucher;
        const pick = document.createElement('input');
        pick.type = 'checkbox';
        pick.className = 'pick';
        pick.setAttribute('aria-label', '选择 ' + entry.voucher);
        Ledger.cell(tr, '').appendChild(pick);
        [entry.voucher, entry.kind + (entry.originalVoucher ? '（原凭证 ' + entry.originalVoucher + '）' : ''), entry.date,
            [entry.projectCode, entry.functionalCode, entry.economicCode, entry.fundSource].join(' / ')]
            .forEach(text => Ledger.cell(tr, text));
        Ledger.cell(tr, Ledger.money(entry.amount), 'num');
        Ledger.cell(tr, [entry.payee, entry.summary].filter(Boolean).join(' · '));
        Ledger.cell(tr, entry.enteredBy || '');
        const result = Ledger.cell(tr, '');
        const message = document.createElement('div');
        message.className = 'outcome';
        message.hidden = true;
        result.appendChild(message);
        const actions = Ledger.cell(tr, '');
        const approveButton = document.createElement('button');
        approveButton.type = 'button';
        approveButton.className = 'approve';
        approveButton.textContent = '通过';
        approveButton.addEventListener('click', () => approve(tr));
        const reason = document.createElement('input');
        reason.className = 'reason';
        reason.placeholder = '退回原因';
        reason.size = 8;
        reason.setAttribute('aria-label', '退回原因 ' + entry.voucher);
        const returnButton = document.createElement('button');
        returnButton.type = 'button';
        returnButton.className = 'return';
        returnButton.textContent = '退回';
        returnButton.addEventListener('click', () => {
            if (!reason.value.trim()) {
                tell(tr, false, '退回须注明原因', 'RETURN_REASON_MISSING');
                reason.focus();
                return;
            }
            returnEntry(tr, reason.value.trim());
        });
        actions.append(approveButton, ' ', reason, ' ', returnButton);
        return tr;
    }

    async function load() {
        $('failure').hidden = true;
        try {
            const [budget, queue] = await Promise.all([Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31'),
                Ledger.api(Ledger.unitYear + '/entries?status=' + encodeURIComponent('待审核') + '&size=500')]);
            $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
            body.replaceChildren(...queue.items.map(entryRow));
            $('count').textContent = '待审核 ' + queue.total + ' 笔' + (queue.total > queue.items.length
                ? '（显示最近制单的 ' + queue.items.length + ' 笔）' : '');
            if (queue.items.length === 0) {
                body.insertAdjacentHTML('afterbegin', '<tr><td colspan="10" class="empty">没有待审核的凭证</td></tr>');
            }
            $('select-all').checked = false;
        } catch (failure) {
            Ledger.say($('failure'), false, failure.message, failure.code);
        }
    }

    $('select-all').addEventListener('change', event =>
        body.querySelectorAll('input.pick:not(:disabled)').forEach(pick => pick.checked = event.target.checked));

    // One after another: each approval sees the balance the previous ones left, as the ledger checks it.
    $('approve-selected').addEventListener('click', async () => {
        $('approve-selected').disabled = true;
        for (const pick of [...body.querySelectorAll('input.pick:checked:not(:disabled)')]) {
            await approve(pick.closest('tr'));
        }
        $('approve-selected').disabled = false;
    });
    $('reload').addEventListener('click', load);
    load();
})();
