// 导入: upload, follow the import's progress while it runs, then list every bad row or every refusal.
(() => {
    const $ = id => document.getElementById(id);
    const phases = {CHECKING: '检查中', RECORDING: '记账中', DONE: '完成', REJECTED: '有错误行，未记账', FAILED: '失败'};

    function table(panel, rows, cells) {
        const body = $(panel).querySelector('tbody');
        body.innerHTML = '';
        for (const row of rows) {
            const tr = document.createElement('tr');
            cells(row).forEach((text, index) => Ledger.cell(tr, text, index === 0 ? 'num' : null));
            body.appendChild(tr);
        }
        $(panel).hidden = rows.length === 0;
    }

    function showProgress(progress) {
        const total = progress.rows || 0;
        const done = progress.phase === 'RECORDING' ? progress.rowsDone : progress.rowsChecked;
        const share = progress.phase === 'DONE' ? 100 : total ? Math.round(100 * done / total)
            : Math.min(95, progress.rowsChecked ? 50 : 5);
        $('import-bar').style.width = share + '%';
        $('import-phase').textContent = (phases[progress.phase] || progress.phase) + '：已检查 ' + progress.rowsChecked
            + ' 行' + (progress.phase === 'RECORDING' || progress.phase === 'DONE' ? '，已处理 ' + progress.rowsDone + ' / ' + total
                + ' 行（新记账 ' + progress.rowsRecorded + '，未变 ' + progress.rowsUnchanged + '，拒付 ' + progress.rowsRefused + '）' : '');
    }

    /** The chosen kind's columns, as the server checks them, and its template to download. */
    async function showColumns() {
        const kind = $('import-kind').value;
        $('import-template').href = '/api/imports/' + kind + '/template';
        try {
            const columns = await Ledger.api('/api/imports/' + kind + '/columns');
            $('import-columns').textContent = '必填列：' + columns.required.join('、')
                + (columns.optional.length ? '；可选列：' + columns.optional.join('、') : '');
        } catch (failure) {
            $('import-columns').textContent = '';
        }
    }

    $('import-kind').addEventListener('change', showColumns);
    // a page that sends here for one kind of file (开启年度 → 预算批复) names it: ?kind=budget-lines
    const named = new URLSearchParams(window.location.search).get('kind');
    if (named && [...$('import-kind').options].some(option => option.value === named)) {
        $('import-kind').value = named;
    }
    showColumns();

    $('import-form').addEventListener('submit', async event => {
        event.preventDefault();
        const file = $('import-file').files[0];
        const message = $('import-message');
        if (!file) {
            Ledger.say(message, false, '请选择文件');
            return;
        }
        const id = 'web-' + Date.now() + '-' + Math.floor(Math.random() * 1e6);
        const form = new FormData();
        form.append('file', file);
        message.hidden = true;
        $('import-errors').hidden = true;
        $('import-refused').hidden = true;
        $('import-progress').hidden = false;
        $('import-submit').disabled = true;
        showProgress({phase: 'CHECKING', rowsChecked: 0, rows: 0, rowsDone: 0});
        const polling = setInterval(() => Ledger.api('/api/imports/' + id + '/progress').then(showProgress).catch(() => {}), 500);
        try {
            const result = await Ledger.api('/api/imports/' + $('import-kind').value + '?progressId=' + id,
                {method: 'POST', body: form});
            showProgress({phase: 'DONE', rowsChecked: result.rows, rows: result.rows, rowsDone: result.rows,
                rowsRecorded: result.recorded, rowsUnchanged: result.unchanged, rowsRefused: result.refused.length});
            Ledger.say(message, true, '导入完成：共 ' + result.rows + ' 行，新记账 ' + result.recorded + ' 行，已存在未变 '
                + result.unchanged + ' 行' + (result.refused.length ? '，拒付 ' + result.refused.length + ' 行' : '') + '。');
            table('import-refused', result.refused, refusal => [refusal.row, refusal.voucher, refusal.reason]);
        } catch (failure) {
            $('import-progress').hidden = true;
            const errors = failure.body?.errors || [];
            Ledger.say(message, false, errors.length ? '文件有 ' + errors.length + ' 处错误，未记账任何一行。请修改后重新导入。'
                : failure.message, failure.code);
            table('import-errors', errors, error => [error.row, error.column, error.message]);
        } finally {
            clearInterval(polling);
            $('import-submit').disabled = false;
        }
    });
})();
