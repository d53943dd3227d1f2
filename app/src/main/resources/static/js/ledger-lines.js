// 预算指标: every line of the unit-year with its figures, 执行率 and warning tier, filterable; a click shows
// the line's history (audit trail).
(() => {
    const asOf = document.getElementById('as-of');
    const project = document.getElementById('filter-project');
    const subject = document.getElementById('filter-subject');
    const fund = document.getElementById('filter-fund');
    const body = document.querySelector('#lines tbody');
    const failure = document.getElementById('failure');
    let lines = [];
    let rates = new Map();
    let tiers = new Map();

    asOf.value = Ledger.today(Ledger.year);

    async function load() {
        failure.hidden = true;
        try {
            const budget = await Ledger.api(Ledger.unitYear + '?asOf=' + asOf.value);
            document.getElementById('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
            document.getElementById('year-end').hidden = !budget.closedOn;
            lines = budget.lines;
            // Rates are computed by the indicators API, never here; without it the columns show —.
            const indicators = await Ledger.api(Ledger.unitYear + '/indicators?asOf=' + asOf.value).catch(() => null);
            showTotals(budget.totals, indicators);
            rates = new Map((indicators?.lines || []).map(line => [line.lineId, line]));
            fillChoices(project, [...new Map(lines.map(l => [l.projectCode, l.projectName])).entries()]
                .map(([code, name]) => [code, name + '（' + code + '）']));
            fillChoices(fund, [...new Set(lines.map(l => l.fundSource))].map(source => [source, source]));
            tiers = await lineTiers();
            render();
        } catch (error) {
            Ledger.say(failure, false, error.message, error.code);
        }
    }

    /** The warning tier of each line standing on the chosen date. */
    async function lineTiers() {
        const warnings = await Ledger.api(Ledger.unitYear + '/warnings?asOf=' + asOf.value).catch(() => null);
        const standing = warnings?.states?.[0]?.warnings || [];
        return new Map(standing.filter(w => w.scope === '指标').map(w => [w.code, w]));
    }

    function showTotals(totals, indicators) {
        const box = document.getElementById('totals');
        box.innerHTML = '';
        const shown = [['年初预算数', totals.original], ['调整后预算数', totals.adjusted], ['执行数', totals.executed],
            ['冻结数', totals.frozen], ['待审核', totals.awaitingReview], ['可用余额', totals.available]];
        for (const [label, value] of shown) {
            box.insertAdjacentHTML('beforeend', '<div class="figure"><div class="label"></div><div class="value"></div></div>');
            box.lastChild.querySelector('.label').textContent = label + '（元）';
            box.lastChild.querySelector('.value').textContent = Ledger.money(value);
        }
        box.insertAdjacentHTML('beforeend', '<div class="figure"><div class="label"></div><div class="value"></div></div>');
        box.lastChild.querySelector('.label').textContent = '预算执行率（序时进度 ' + Ledger.percent(indicators?.timeProgress) + '）';
        box.lastChild.querySelector('.value').textContent = Ledger.percent(indicators?.totals.executionRate);
    }

    function fillChoices(select, choices) {
        const chosen = select.value;
        select.length = 1;
        for (const [value, text] of choices) {
            select.add(new Option(text, value));
        }
        select.value = chosen;
    }

    function render() {
        const code = subject.value.trim();
        const shown = lines.filter(line => (!project.value || line.projectCode === project.value)
            && (!fund.value || line.fundSource === fund.value)
            && (!code || line.functionalCode.startsWith(code) || line.economicCode.startsWith(code)));
        body.innerHTML = '';
        for (const line of shown) {
            const row = document.createElement('tr');
            row.className = 'clickable';
            row.dataset.lineId = line.lineId;
            Ledger.cell(row, line.projectName + '（' + line.projectCode + '）');
            Ledger.cell(row, line.functionalCode);
            Ledger.cell(row, line.economicCode);
            Ledger.cell(row, line.fundSource + (line.origin === '上年结转' ? '（上年结转）' : ''));
            Ledger.cell(row, Ledger.money(line.figures.original), 'num');
            Ledger.cell(row, Ledger.money(line.figures.adjusted), 'num');
            Ledger.cell(row, Ledger.money(line.figures.executed), 'num');
            Ledger.cell(row, Ledger.money(line.figures.frozen), 'num');
            Ledger.cell(row, Ledger.money(line.figures.awaitingReview), 'num');
            Ledger.cell(row, Ledger.money(line.figures.available), 'num').classList.add('available-cell');
            Ledger.cell(row, Ledger.percent(rates.get(line.lineId)?.executionRate), 'num');
            const tier = tiers.get(line.lineId);
            const tierCell = Ledger.cell(row, '');
            if (tier) {
                tierCell.innerHTML = '<span class="tier"></span>';
                tierCell.firstChild.classList.add(tier.level);
                tierCell.firstChild.textContent = tier.level;
                tierCell.title = tier.message;
            }
            row.addEventListener('click', () => showHistory(line, row));
            body.appendChild(row);
        }
        if (shown.length === 0) {
            body.innerHTML = '<tr><td colspan="12" class="empty">没有符合条件的预算指标</td></tr>';
        }
        document.getElementById('count').textContent = '共 ' + shown.length + ' 条指标';
    }

    async function showHistory(line, row) {
        body.querySelectorAll('tr.selected').forEach(selected => selected.classList.remove('selected'));
        row.classList.add('selected');
        const panel = document.getElementById('history');
        panel.hidden = false;
        document.getElementById('history-line').textContent = Ledger.lineLabel(line);
        const events = document.getElementById('history-events');
        events.innerHTML = '';
        try {
            const history = await Ledger.api(Ledger.unitYear + '/lines/' + line.lineId + '/history');
            for (const event of history.events) {
                const tr = document.createElement('tr');
                Ledger.cell(tr, event.businessDate);
                Ledger.cell(tr, event.kind);
                Ledger.cell(tr, event.document);
                Ledger.cell(tr, Ledger.money(event.amount), 'num');
                Ledger.cell(tr, event.detail || '');
                Ledger.cell(tr, event.recordedBy || '');
                Ledger.cell(tr, event.recordedAt ? new Date(event.recordedAt).toLocaleString('zh-CN') : '');
                events.appendChild(tr);
            }
            panel.scrollIntoView({behavior: 'smooth'});
        } catch (error) {
            events.innerHTML = '<tr><td colspan="7"></td></tr>';
            Ledger.say(events.querySelector('td'), false, error.message, error.code);
        }
    }

    asOf.addEventListener('change', load);
    [project, fund].forEach(select => select.addEventListener('change', render));
    subject.addEventListener('input', render);
    load();
})();
