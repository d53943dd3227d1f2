// 公开表: the public budget tables on a basis (年初预算, 调整后预算, 执行数) for the chosen fund sources, in 万元 as the
// published tables print them; each title names its basis and fund sources, the workbook holds exactly what is shown.
// The choice lives in the page's address (?basis=…&fundSource=…), so a link or a reload shows the same tables.
(async () => {
    const $ = id => document.getElementById(id);
    const bases = {original: '年初预算', adjusted: '调整后预算', executed: '执行数'};
    const address = new URLSearchParams(window.location.search);
    $('basis').value = bases[address.get('basis')] ? address.get('basis') : 'original';
    let allSources = [];

    function query(format) {
        const params = new URLSearchParams({basis: $('basis').value});
        document.querySelectorAll('#sources input:checked').forEach(box => params.append('fundSource', box.value));
        if (format) {
            params.append('format', format);
        }
        return params;
    }

    /** （年初预算，资金来源：…）: the workbook's titles say the same (DisclosureWorkbook.counted). */
    function counted(sources) {
        const named = sources.length === allSources.length ? '全部' : sources.join('、');
        return '（' + bases[$('basis').value] + '，资金来源：' + named + '）';
    }

    function table(id, title, headings, rows) {
        const card = document.createElement('div');
        card.className = 'card';
        const heading = document.createElement('h2');
        heading.textContent = title;
        const unit = document.createElement('span');
        unit.className = 'hint unit-note';
        unit.textContent = '金额单位：万元';
        heading.appendChild(unit);
        card.appendChild(heading);
        const element = document.createElement('table');
        element.id = id;
        const head = element.createTHead().insertRow();
        headings.forEach(([text, numeric]) => {
            const th = document.createElement('th');
            th.textContent = text;
            if (numeric) {
                th.className = 'num';
            }
            head.appendChild(th);
        });
        const body = element.createTBody();
        for (const row of rows) {
            const tr = body.insertRow();
            if (row.total) {
                tr.className = 'total';
            }
            row.texts.forEach((text, index) => {
                const td = Ledger.cell(tr, text);
                if (index === 1 && row.indent) {
                    td.style.paddingLeft = (10 + 14 * row.indent) + 'px';
                }
            });
            row.amounts.forEach(amount => Ledger.cell(tr, Ledger.money(amount), 'num'));
        }
        if (rows.length === 0) {
            body.innerHTML = '<tr><td class="empty" colspan="' + headings.length + '">无数据</td></tr>';
        }
        card.appendChild(element);
        $('tables').appendChild(card);
    }

    /** 类, 款, 项 indented by their level; 合计 last, as the published tables have it. */
    function subject(row, amounts) {
        const total = row.code === '合计';
        return {total, indent: total ? 0 : (row.code.length - 3) / 2,
            texts: total ? ['合计', ''] : [row.code, row.name], amounts};
    }

    function bySource(map, previous, change) {
        return Object.entries(map).map(([source, amount]) => ({total: source === 'total',
            texts: [source === 'total' ? '合计' : source],
            amounts: previous ? [amount, previous[source] ?? '0.00', change[source]] : [amount]}));
    }

    function show(tables) {
        $('unit-name').textContent = tables.unitName + '（' + tables.unit + '）';
        const prefix = tables.unitName + ' ' + tables.year + ' 年';
        const all = counted(tables.fundSources);
        // where last year is in the ledger every table ends with 上年 and 增减 (比上年增减), as the workbook does
        const yearOnYear = tables.previousAsOf != null;
        const columns = headings => yearOnYear ? [...headings, ['上年', true], ['增减', true]] : headings;
        const compared = (row, amounts) => yearOnYear ? [...amounts, row.previous, row.change] : amounts;
        $('year-on-year').textContent = yearOnYear ? '上年：截至 ' + tables.previousAsOf + ' 的同口径数；增减 = 本年 − 上年。' : '';
        $('tables').innerHTML = '';
        table('expenditure-by-function', prefix + '支出表（按功能分类科目）' + all,
            columns([['科目编码'], ['科目名称'], ['合计', true], ['基本支出', true], ['人员经费', true], ['公用经费', true], ['项目支出', true]]),
            tables.expenditureByFunction.map(row => subject(row, compared(row, [row.total, row.basic, row.personnel, row.public, row.project]))));
        table('basic-by-economic', prefix + '基本支出表（按经济分类科目）' + all,
            columns([['科目编码'], ['科目名称'], ['合计', true], ['人员经费', true], ['公用经费', true]]),
            tables.basicByEconomic.map(row => subject(row, compared(row, [row.total, row.personnel, row.public]))));
        const three = tables.threePublic;
        table('three-public', prefix + '"三公"经费支出表' + counted(tables.threePublicFundSources),
            columns([['合计', true], ['因公出国（境）费', true], ['公务用车购置及运行维护费', true], ['其中：公务用车购置费', true],
                ['公务用车运行维护费', true], ['公务接待费', true]]),
            [{texts: [], amounts: compared(yearOnYear ? {previous: tables.threePublicPrevious.total,
                change: tables.threePublicChange.total} : {}, [three.total, three.abroad, three.vehicleTotal,
                three.vehiclePurchase, three.vehicleOperation, three.reception])}]);
        table('income-by-source', prefix + '收入表（按资金来源）' + all, columns([['资金来源'], ['金额', true]]),
            bySource(tables.incomeBySource, yearOnYear && tables.incomeBySourcePrevious, tables.incomeBySourceChange));
        table('projects', prefix + '项目支出表' + all, columns([['项目编码'], ['项目名称'], ['项目类别'], ['金额', true]]),
            tables.projects.map(row => ({texts: [row.code, row.name, row.category], amounts: compared(row, [row.total])})));
        table('carried-over-by-source', prefix + '上年结转表（按资金来源）' + all, [['资金来源'], ['金额', true]],
            bySource(tables.carriedOverBySource));
    }

    async function load() {
        $('failure').hidden = true;
        const params = query();
        history.replaceState(null, '', '?' + params);
        $('download').href = Ledger.unitYear + '/disclosure?' + query('xlsx');
        try {
            show(await Ledger.api(Ledger.unitYear + '/disclosure?' + params));
        } catch (failure) {
            $('tables').innerHTML = '';
            Ledger.say($('failure'), false, failure.message, failure.code);
        }
    }

    /** The fund sources to choose from: those the tables count when none is chosen, i.e. every one. */
    async function chooseSources() {
        const every = await Ledger.api(Ledger.unitYear + '/disclosure');
        allSources = every.fundSources;
        const chosen = address.getAll('fundSource');
        for (const source of allSources) {
            const label = document.createElement('label');
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.value = source;
            box.checked = chosen.includes(source);
            box.addEventListener('change', load);
            label.append(box, source);
            $('sources').appendChild(label);
        }
        return chosen.filter(source => !allSources.includes(source));
    }

    $('basis').addEventListener('change', load);
    $('print').addEventListener('click', () => window.print());
    try {
        const unknown = await chooseSources();
        await load();
        if (unknown.length) {
            // an address naming a source that does not exist says so, rather than quietly showing every source
            Ledger.say($('failure'), false, '未知的资金来源：' + unknown.join('、') + '（已忽略）', 'FUND_SOURCE_UNKNOWN');
        }
    } catch (failure) {
        Ledger.say($('failure'), false, failure.message, failure.code);
    }
})();
