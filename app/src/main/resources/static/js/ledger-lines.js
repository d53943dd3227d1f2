// 预算指标: the table of lines as the server builds it (subject names, 小计 per project, 合计, sorted, in 元 or 万元: every
// figure and sum comes from GET …/lines/table, never summed here), filterable, exported as shown; a click shows the
// line's history with its running 可用余额.
(() => {
    const asOf = document.getElementById('as-of');
    const project = document.getElementById('filter-project');
    const subject = document.getElementById('filter-subject');
    const fund = document.getElementById('filter-fund');
    const scale = document.getElementById('scale');
    const body = document.querySelector('#lines tbody');
    const failure = document.getElementById('failure');
    const headers = [...document.querySelectorAll('#lines th[data-sort]')];
    const sorting = {sort: 'project', order: 'asc'};
    let tiers = new Map();
    let typing = null;
    let tablesAsked = 0;

    asOf.value = Ledger.today(Ledger.year);

    async function load() {
        failure.hidden = true;
        try {
            const budget = await Ledger.api(Ledger.unitYear + '?asOf=' + asOf.value);
            document.getElementById('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
            document.getElementById('year-end').hidden = !budget.closedOn;
            // Rates are computed by the indicators API, never here; without it the figure shows —.
            const indicators = await Ledger.api(Ledger.unitYear + '/indicators?asOf=' + asOf.value).catch(() => null);
            showTotals(budget.totals, indicators);
            fillChoices(project, [...new Map(budget.lines.map(l => [l.projectCode, l.projectName])).entries()]
                .map(([code, name]) => [code, name + '（' + code + '）']));
            fillChoices(fund, [...new Set(budget.lines.map(l => l.fundSource))].map(source => [source, source]));
            tiers = await lineTiers();
            await loadTable();
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

    /** The table's query: the same for the page and its exports, so a file holds exactly what is shown. */
    function tableQuery() {
        const query = new URLSearchParams({asOf: asOf.value, sort: sorting.sort, order: sorting.order, scale: scale.value});
        [['project', project.value], ['subject', subject.value.trim()], ['fund', fund.value]]
            .filter(([, value]) => value).forEach(([name, value]) => query.set(name, value));
        return query;
    }

    async function loadTable() {
        const query = tableQuery();
        const asked = ++tablesAsked;
        const table = await Ledger.api(Ledger.unitYear + '/lines/table?' + query);
        if (asked !== tablesAsked) {
            return; // a later click or keystroke asked again: only its answer is shown
        }
        for (const format of ['csv', 'xlsx']) {
            query.set('format', format);
            document.getElementById('export-' + format).href = Ledger.unitYear + '/lines/table?' + query;
        }
        document.getElementById('table-as-of').textContent = '截至 ' + table.asOf + '　';
        document.getElementById('table-unit').textContent = table.unit === '万元' ? '万元（两位小数，各数由精确值四舍五入）' : '元';
        for (const header of headers) {
            header.classList.toggle('sorted', header.dataset.sort === table.sort);
            header.dataset.order = header.dataset.sort === table.sort ? table.order : '';
            header.setAttribute('aria-sort', header.dataset.sort !== table.sort ? 'none'
                : table.order === 'asc' ? 'ascending' : 'descending');
        }
        render(table.rows);
    }

    function render(rows) {
        body.innerHTML = '';
        let lines = 0;
        for (const line of rows) {
            const row = document.createElement('tr');
            if (line.kind === '指标') {
                lines++;
                row.className = 'clickable';
                row.dataset.lineId = line.lineId;
                Ledger.cell(row, line.projectName + '（' + line.projectCode + '）');
                subjectCell(row, line.functionalCode, line.functionalName);
                subjectCell(row, line.economicCode, line.economicName);
                Ledger.cell(row, line.fundSource + (line.origin === '上年结转' ? '（上年结转）' : ''));
            } else {
                row.className = line.kind === '小计' ? 'subtotal' : 'total';
                Ledger.cell(row, line.kind === '小计' ? '小计：' + line.projectName + '（' + line.projectCode + '）' : '合计')
                    .colSpan = 4;
            }
            for (const figure of ['original', 'adjusted', 'executed', 'frozen', 'awaitingReview', 'available']) {
                Ledger.cell(row, Ledger.money(line[figure]), 'num ' + figure + '-cell');
            }
            Ledger.cell(row, Ledger.percent(line.executionRate), 'num');
            const tierCell = Ledger.cell(row, '');
            const tier = line.lineId && tiers.get(line.lineId);
            if (tier) {
                tierCell.innerHTML = '<span class="tier"></span>';
                tierCell.firstChild.classList.add(tier.level);
                tierCell.firstChild.textContent = tier.level;
                tierCell.title = tier.message;
            }
            if (line.kind === '指标') {
                row.addEventListener('click', () => showHistory(line, row));
            }
            body.appendChild(row);
        }
        if (lines === 0) {
            body.insertAdjacentHTML('afterbegin', '<tr><td colspan="12" class="empty">没有符合条件的预算指标</td></tr>');
        }
        document.getElementById('count').textContent = '共 ' + lines + ' 条指标';
    }

    function subjectCell(row, code, name) {
        const td = Ledger.cell(row, code, 'subject');
        if (name) {
            const span = document.createElement('span');
            span.className = 'subject-name';
            span.textContent = name;
            td.append(' ', span);
        }
    }

    async function showHistory(line, row) {
        body.querySelectorAll('tr.selected').forEach(selected => selected.classList.remove('selected'));
        row.classList.add('selected');
        const panel = document.getElementById('history');
        panel.hidden = false;
        document.getElementById('history-line').textContent = Ledger.lineLabel(line);
        for (const kind of ['payments', 'refusals', 'freezes']) {
            document.getElementById('journal-' + kind).href = '/units/' + Ledger.unit + '/years/' + Ledger.year
                + '/journal/' + kind + '?line=' + line.lineId;
        }
        const events = document.getElementById('history-events');
        events.innerHTML = '';
        try {
            const history = await Ledger.api(Ledger.unitYear + '/lines/' + line.lineId + '/history');
            for (const event of history.events) {
                const tr = document.createElement('tr');
                const change = event.change || '0.00';
                const moved = !/^-?0\.00$/.test(change);
                Ledger.cell(tr, event.businessDate);
                Ledger.cell(tr, event.kind);
                Ledger.cell(tr, event.document);
                Ledger.cell(tr, moved && !change.startsWith('-') ? Ledger.money(change) : '', 'num');
                Ledger.cell(tr, moved && change.startsWith('-') ? Ledger.money(change.slice(1)) : '', 'num');
                Ledger.cell(tr, event.refused ? Ledger.money(event.refused) : '', 'num refused-cell');
                Ledger.cell(tr, Ledger.money(event.balance), 'num balance-cell');
                Ledger.cell(tr, event.detail || '');
                Ledger.cell(tr, event.recordedBy || '');
                Ledger.cell(tr, event.recordedAt ? new Date(event.recordedAt).toLocaleString('zh-CN') : '');
                events.appendChild(tr);
            }
            panel.scrollIntoView({behavior: 'smooth'});
        } catch (error) {
            events.innerHTML = '<tr><td colspan="10"></td></tr>';
            Ledger.say(events.querySelector('td'), false, error.message, error.code);
        }
    }

    function sortBy(header) {
        const key = header.dataset.sort;
        sorting.order = sorting.sort === key && sorting.order === 'asc' ? 'desc' : 'asc';
        sorting.sort = key;
        loadTable().catch(error => Ledger.say(failure, false, error.message, error.code));
    }

    for (const header of headers) {
        header.addEventListener('click', () => sortBy(header));
        header.addEventListener('keydown', event => {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                sortBy(header);
            }
        });
    }
    const reload = () => loadTable().catch(error => Ledger.say(failure, false, error.message, error.code));
    asOf.addEventListener('change', load);
    [project, fund, scale].forEach(select => select.addEventListener('change', reload));
    subject.addEventListener('input', () => {
        clearTimeout(typing);
        typing = setTimeout(reload, 250);
    });
    load();
})();
