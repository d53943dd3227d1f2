// 公开表: the public budget tables on a basis (年初预算, 调整后预算, 执行数) for the chosen fund sources, in 万元 as the
// published tables print them; each title names its basis and fund sources, the workbook holds exactly what is shown.
// The choice lives in the page's address (?basis=…&fundSource=…), so a link or a reload shows the same tables.
// The seeds' tables (表1 收支总表 … 表11 绩效目标表) come once each in their order, as the workbook's sheets, then the
// detail tables that show what they leave out (every fund source by function, by economic subject, by unit); the 决算对比 "bases"
// set a budget basis beside execution. A unit's page or, at /departments/{d}/years/{y}/disclosure, a department's.
(async () => {
    const $ = id => document.getElementById(id);
    const bases = {original: '年初预算', adjusted: '调整后预算', executed: '执行数',
        'comparison-original': '决算对比：年初预算—执行数', 'comparison-adjusted': '决算对比：调整后预算—执行数'};
    const department = document.body.dataset.department;
    const base = department ? '/api/departments/' + department + '/years/' + Ledger.year : Ledger.unitYear;
    const address = new URLSearchParams(window.location.search);
    $('basis').value = bases[address.get('basis')] ? address.get('basis') : 'original';
    let allSources = [];

    const comparing = () => $('basis').value.startsWith('comparison-');

    /** The seeds' tables, by the JSON's names: [key, heading, 万元?] columns; sides: income beside expenditure. */
    const money = (key, heading) => [key, heading, true];
    const text = (key, heading) => [key, heading, false];
    const codeName = [text('code', '科目编码'), text('name', '科目名称')];
    const unitName = [text('code', '单位编码'), text('name', '单位名称')];
    const three = [money('total', '合计'), money('abroad', '因公出国（境）费'), money('vehicleTotal', '公务用车购置及运行维护费'),
        money('vehiclePurchase', '其中：公务用车购置费'), money('vehicleOperation', '公务用车运行维护费'),
        money('reception', '公务接待费')];
    const noData = () => '备注：此表无数据。';
    const general = [money('total', '合计'), money('basic', '基本支出'), money('personnel', '人员经费'),
        money('public', '公用经费'), money('project', '项目支出'), money('currentYear', '当年财政拨款安排'),
        money('carriedOver', '上年结转安排')];
    // the "三公" tables (one row: the table's cells) and 项目支出表 (one row a project) are shaped into rows by rowsOf;
    // empty: the note under a table with nothing in it, seed 002's words for 表8 and 表9, seed 001's for the others
    const SEEDS = [
        // on basis executed the income side is the money available (the adjusted budget), the expenditure executed
        {id: 'income-and-expenditure', key: 'incomeAndExpenditure', title: '表1 收支总表',
            sides: [money('amount', '预算数')], executedSides: [money('amount', '执行数')]},
        {id: 'income-table', key: 'incomeTable', title: '表2 收入总表'},
        {id: 'expenditure-table', key: 'expenditureTable', title: '表3 支出总表',
            columns: [...codeName, money('total', '合计'), money('basic', '基本支出'), money('project', '项目支出')]},
        {id: 'fiscal-appropriation', key: 'fiscalAppropriation', title: '表4 财政拨款收支总表',
            sides: [money('total', '合计'), money('generalPublicBudget', '一般公共预算'),
                money('governmentFundBudget', '政府性基金预算'), money('stateCapitalBudget', '国有资本经营预算')]},
        {id: 'general-public-budget', key: 'generalPublicBudget', title: '表5-1 一般公共预算支出表（分功能科目）',
            columns: [...codeName, ...general]},
        {id: 'general-public-budget-by-unit', key: 'generalPublicBudgetByUnit', title: '表5-2 一般公共预算支出表（分单位）',
            columns: [...unitName, ...general]},
        {id: 'general-public-budget-basic', key: 'generalPublicBudgetBasic', title: '表6 一般公共预算基本支出表',
            columns: [...codeName, money('total', '合计'), money('personnel', '人员经费'), money('public', '公用经费')]},
        {id: 'three-public', key: 'threePublic', title: '表7 一般公共预算"三公"经费支出表', columns: three, empty: noData,
            sources: tables => tables.threePublicFundSources},
        {id: 'government-funds', key: 'governmentFunds', title: '表8 政府性基金预算支出表',
            empty: year => '说明：' + year + '年无政府性基金预算安排的支出。',
            columns: [...codeName, money('total', '合计'), money('basic', '基本支出'), money('project', '项目支出')]},
        {id: 'three-public-government-funds', key: 'threePublicGovernmentFunds', title: '表8-1 政府性基金预算"三公"经费支出表',
            columns: three, empty: noData, sources: () => ['政府性基金预算拨款']},
        {id: 'state-capital', key: 'stateCapital', title: '表9 国有资本经营预算支出表',
            empty: year => '说明：' + year + '年无国有资本经营预算安排的支出。',
            columns: [...codeName, money('total', '合计'), money('basic', '基本支出'), money('project', '项目支出')]},
        {id: 'projects', key: 'projects', title: '表10 项目支出表', empty: noData,
            columns: [text('project', '项目编码'), text('name', '项目名称'), text('unitName', '项目单位'), money('total', '合计'),
                money('generalPublicBudget', '本年拨款：一般公共预算'), money('governmentFundBudget', '本年拨款：政府性基金预算'),
                money('stateCapitalBudget', '本年拨款：国有资本经营预算'),
                money('carriedGeneralPublicBudget', '结转结余：一般公共预算'),
                money('carriedGovernmentFundBudget', '结转结余：政府性基金预算'),
                money('carriedStateCapitalBudget', '结转结余：国有资本经营预算'),
                money('specialAccountFunds', '财政专户管理资金'), money('unitFunds', '单位资金')]},
        {id: 'performance-targets', key: 'performanceTargets', title: '表11 绩效目标表（整体支出与项目）',
            columns: [text('unitName', '单位'), text('projectCode', '项目编码'), text('projectName', '项目名称'),
                money('budget', '预算数'), text('firstLevel', '一级指标'), text('secondLevel', '二级指标'),
                text('indicator', '三级指标'), text('comparator', '指标性质'), text('value', '指标值'),
                text('unitOfMeasure', '度量单位'), text('weight', '权重'), text('direction', '指标方向')]},
    ];

    /**
     * A seeds' table's rows: a "三公" table's one row with its 合计's 上年 and 增减; a project's code under its own key
     * (the code column prints subject codes only) and its 项目单位 by name.
     */
    function rowsOf(tables, spec) {
        if (spec.key === 'projects') {
            return tables.projects.map(row => ({...row, project: row.code, unitName: row.unitName ?? row.unit}));
        }
        if (spec.columns === three) {
            const previous = tables[spec.key + 'Previous'];
            return [{...tables[spec.key], previous: previous?.total, change: tables[spec.key + 'Change']?.total}];
        }
        return tables[spec.key];
    }

    /** 收入总表's columns: 本年 and 上年结转 by the fund sources its rows name. */
    function incomeColumns(rows) {
        const groups = (group, label) => Object.keys(rows[0]?.[group] || {})
            .map(source => money(group + '.' + source, label + source));
        return [...unitName, money('total', '合计'), money('currentYear', '本年收入小计'),
            ...groups('currentYearBySource', '本年：'), money('carriedOver', '上年结转结余小计'),
            ...groups('carriedOverBySource', '上年结转：')];
    }

    function value(row, key) {
        const [group, inner] = key.includes('.') ? [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)] : [key];
        return inner === undefined ? row[key] : row[group]?.[inner];
    }

    function card(id, title, label) {
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
        card.appendChild(element);
        $('tables').appendChild(card);
        const link = document.createElement('a');
        link.href = '#' + id;
        link.textContent = label;
        $('table-index').appendChild(link);
        return element;
    }

    function headings(element, columns) {
        const head = element.createTHead().insertRow();
        columns.forEach(([, heading, numeric]) => {
            const th = document.createElement('th');
            th.textContent = heading;
            if (numeric) {
                th.className = 'num';
            }
            head.appendChild(th);
        });
    }

    /** Subject and unit codes and 合计 are printed; the codes naming a total row (currentYear, …) are for programs. */
    const printed = (key, cell) => key !== 'code' || /^(\d|合计)/.test(cell || '') ? cell : '';

    function cells(tr, columns, row) {
        columns.forEach(([key, , numeric]) => {
            const cell = row ? printed(key, value(row, key)) : '';
            if (numeric && key === 'executionRate') {
                Ledger.cell(tr, row ? Ledger.percent(cell) : '', 'num');
            } else {
                Ledger.cell(tr, numeric && row ? Ledger.money(cell) : cell ?? '', numeric ? 'num' : undefined);
            }
        });
    }

    /** The rows of totals: 合计, and in the 收支 tables those coded by what they total (本年…合计, …总计). */
    const isTotal = row => ['合计', 'total', 'currentYear'].includes(row.code);

    /** A table of rows, 合计 first as the seeds print it; 类/款/项 indented by their level. */
    function rows(element, columns, list, empty) {
        headings(element, columns);
        const body = element.createTBody();
        for (const row of list) {
            const tr = body.insertRow();
            if (isTotal(row)) {
                tr.className = 'total';
            }
            cells(tr, columns, row);
            if (/^\d{5,7}$/.test(row.code || '') && tr.cells[1]) {
                tr.cells[1].style.paddingLeft = (10 + 14 * (row.code.length - 3) / 2) + 'px';
            }
        }
        // nothing in it: its 合计 is 0 or, in tables without a 合计 row, every row's
        const totals = list.filter(row => row.code === '合计');
        if (empty && (totals.length ? totals : list).every(row => row.total === '0.00')) {
            const tr = body.insertRow();
            const td = Ledger.cell(tr, empty(Ledger.year));
            td.colSpan = columns.length;
            td.className = 'empty';
        }
    }

    /** Income beside expenditure, row by row, as the seeds print 收支总表 and 财政拨款收支总表. */
    function sides(element, incomeColumns, expenditureColumns, income, expenditure) {
        headings(element, [...incomeColumns, ...expenditureColumns]);
        const body = element.createTBody();
        for (let i = 0; i < Math.max(income.length, expenditure.length); i++) {
            const tr = body.insertRow();
            if ((income[i] && income[i].code === 'total') || (expenditure[i] && expenditure[i].code === 'total')) {
                tr.className = 'total';
            }
            cells(tr, incomeColumns, income[i]);
            cells(tr, expenditureColumns, expenditure[i]);
        }
    }

    function showSeeds(tables, prefix, all, yearOnYear) {
        const compared = columns => yearOnYear ? [...columns, money('previous', '上年'), money('change', '增减')] : columns;
        for (const spec of SEEDS) {
            const element = card(spec.id, prefix + spec.title.replace(/^表[\d-]+ /, '')
                + (spec.sources ? counted(spec.sources(tables)) : all), spec.title);
            if (spec.sides) {
                sides(element, compared([text('name', '收入项目'), money('amount', '预算数')]),
                    compared([text('name', '支出项目'),
                        ...($('basis').value === 'executed' && spec.executedSides ? spec.executedSides : spec.sides)]),
                    tables[spec.key].income, tables[spec.key].expenditure);
            } else {
                const list = rowsOf(tables, spec);
                rows(element, compared(spec.columns || incomeColumns(list)), list, spec.empty);
            }
        }
    }

    /** 决算对比: each table's rows with the budget figure, 执行数, 差额 and 执行率, as the comparison workbook lays them. */
    function showComparison(comparison, prefix) {
        const label = bases[$('basis').value];
        const named = comparison.fundSources.length === allSources.length ? '全部' : comparison.fundSources.join('、');
        const against = [money('budget', bases[comparison.budget]), money('executed', '执行数'),
            money('difference', '差额'), money('executionRate', '执行率')];
        const titles = {'incomeAndExpenditure.income': '收支总表（收入）', 'incomeAndExpenditure.expenditure': '收支总表（支出）',
            incomeTable: '收入总表', expenditureTable: '支出总表', 'fiscalAppropriation.income': '财政拨款收支总表（收入）',
            'fiscalAppropriation.expenditure': '财政拨款收支总表（支出）', generalPublicBudget: '一般公共预算支出表',
            generalPublicBudgetByUnit: '一般公共预算支出表（分单位）', generalPublicBudgetBasic: '一般公共预算基本支出表',
            threePublic: '"三公"经费支出表', governmentFunds: '政府性基金预算支出表',
            threePublicGovernmentFunds: '政府性基金预算"三公"经费支出表', stateCapital: '国有资本经营预算支出表',
            performanceTargets: '绩效目标表'};
        $('year-on-year').textContent = label + '：截至 ' + comparison.asOf + '；差额 = 执行数 − 预算数，执行率 = 执行数 ÷ 预算数。';
        for (const [key, title] of Object.entries(titles)) {
            const element = card('compare-' + key.replace('.', '-'), prefix + title + '（' + label + '，资金来源：' + named + '）',
                title);
            const texts = key === 'performanceTargets'
                ? [text('unitName', '单位'), text('projectName', '项目名称'), text('indicator', '三级指标')]
                : [text('code', '编码'), text('name', '项目')];
            rows(element, [...texts, ...against], comparison.tables[key]);
        }
    }

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
        const element = card(id, title, title.replace(/^.* 年/, '').replace(/（.*$/, ''));
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
    }

    /** 类, 款, 项 indented by their level; 合计 last, as the published tables have it. */
    function subject(row, amounts) {
        const total = row.code === '合计';
        return {total, indent: total ? 0 : (row.code.length - 3) / 2,
            texts: total ? ['合计', ''] : [row.code, row.name], amounts};
    }

    function show(tables) {
        const name = department ? '主管部门 ' + department : tables.unitName;
        $('unit-name').textContent = department ? name : tables.unitName + '（' + tables.unit + '）';
        const prefix = name + ' ' + tables.year + ' 年';
        const all = counted(tables.fundSources);
        // where last year is in the ledger every table ends with 上年 and 增减 (比上年增减), as the workbook does
        const yearOnYear = tables.previousAsOf != null;
        const columns = headings => yearOnYear ? [...headings, ['上年', true], ['增减', true]] : headings;
        const compared = (row, amounts) => yearOnYear ? [...amounts, row.previous, row.change] : amounts;
        $('year-on-year').textContent = yearOnYear ? '上年：截至 ' + tables.previousAsOf + ' 的同口径数；增减 = 本年 − 上年。' : '';
        $('tables').innerHTML = '';
        $('table-index').innerHTML = '';
        showSeeds(tables, prefix, all, yearOnYear);
        table('expenditure-by-function', prefix + '支出表（按功能分类科目）' + all,
            columns([['科目编码'], ['科目名称'], ['合计', true], ['基本支出', true], ['人员经费', true], ['公用经费', true], ['项目支出', true]]),
            tables.expenditureByFunction.map(row => subject(row, compared(row, [row.total, row.basic, row.personnel, row.public, row.project]))));
        table('basic-by-economic', prefix + '基本支出表（按经济分类科目）' + all,
            columns([['科目编码'], ['科目名称'], ['合计', true], ['人员经费', true], ['公用经费', true]]),
            tables.basicByEconomic.map(row => subject(row, compared(row, [row.total, row.personnel, row.public]))));
        if (department) {
            table('by-unit', prefix + '分单位支出表' + all,
                columns([['单位代码'], ['单位名称'], ['合计', true], ['基本支出', true], ['项目支出', true]]),
                tables.units.map(row => ({texts: [row.unit, row.unitName], amounts: compared(row, [row.total, row.basic, row.project])})));
        }
    }

    async function load() {
        $('failure').hidden = true;
        const params = query();
        history.replaceState(null, '', '?' + params);
        if (comparing()) {
            const compare = new URLSearchParams(params);
            compare.set('budget', $('basis').value.slice('comparison-'.length));
            compare.delete('basis');
            $('download').href = base + '/disclosure/comparison?' + compare + '&format=xlsx';
            try {
                const comparison = await Ledger.api(base + '/disclosure/comparison?' + compare);
                $('tables').innerHTML = '';
                $('table-index').innerHTML = '';
                const name = department ? '主管部门 ' + department : comparison.unitName;
                $('unit-name').textContent = department ? name : comparison.unitName + '（' + comparison.unit + '）';
                showComparison(comparison, name + ' ' + comparison.year + ' 年');
            } catch (failure) {
                $('tables').innerHTML = '';
                Ledger.say($('failure'), false, failure.message, failure.code);
            }
            return;
        }
        $('download').href = base + '/disclosure?' + query('xlsx');
        try {
            show(await Ledger.api(base + '/disclosure?' + params));
        } catch (failure) {
            $('tables').innerHTML = '';
            Ledger.say($('failure'), false, failure.message, failure.code);
        }
    }

    /** The fund sources to choose from: those the tables count when none is chosen, i.e. every one. */
    async function chooseSources() {
        const every = await Ledger.api(base + '/disclosure');
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
