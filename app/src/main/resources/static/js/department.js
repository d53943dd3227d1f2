// 主管部门: a department's year, its units summed (the department indicators API), each unit with its figures and
// warnings, and last year's figures beside this year's where the department has the year before (as of one year earlier).
(async () => {
    const $ = id => document.getElementById(id);
    const department = document.body.dataset.department;
    const year = Number(document.body.dataset.year);
    const asOf = $('as-of');
    const base = '/api/departments/' + department + '/years/';
    asOf.value = Ledger.today(year);

    const me = await Ledger.api('/api/me');
    const years = me.departments.find(readable => readable.department === department)?.years || [year];
    for (const other of [...years].sort().reverse()) {
        $('year').add(new Option(other + ' 年度', other, other === year, other === year));
    }
    // a year switch only where the department has another year
    $('year').closest('label').hidden = years.length < 2;
    $('year').addEventListener('change', () => window.location = '/departments/' + department + '/years/' + $('year').value);
    const hasPrevious = years.includes(year - 1);
    asOf.addEventListener('change', load);
    await load();

    async function load() {
        $('failure').hidden = true;
        try {
            const lastYearsDay = Ledger.yearEarlier(asOf.value);
            const [current, previous] = await Promise.all([Ledger.api(base + year + '/indicators?asOf=' + asOf.value),
                hasPrevious ? Ledger.api(base + (year - 1) + '/indicators?asOf=' + lastYearsDay) : null]);
            $('progress').textContent = '序时进度 ' + Ledger.percent(current.timeProgress);
            $('previous-head').textContent = previous ? '上年同期（截至 ' + previous.asOf + '）' : '上年同期';
            $('previous-note').textContent = previous ? '' : '（账上没有 ' + (year - 1) + ' 年度，不作比较）';
            const warnings = await showUnits(current, previous);
            showFigures(current, warnings);
            showIndicators(current, previous);
        } catch (failure) {
            Ledger.say($('failure'), false, failure.message, failure.code);
        }
    }

    function showFigures(current, warnings) {
        const figures = $('figures');
        figures.innerHTML = '';
        [['年初预算数', current.original], ['调整后预算数', current.adjusted], ['执行数', current.executed],
            ['冻结数', current.frozen], ['待审核', current.awaitingReview], ['可用余额', current.available]]
            .forEach(([label, value]) => figures.appendChild(Ledger.figure(label, value)));
        const rate = Ledger.figure('执行率 / 序时进度', null);
        rate.querySelector('.value').textContent = Ledger.percent(current.executionRate) + ' / ' + Ledger.percent(current.timeProgress);
        Ledger.pace(rate.appendChild(document.createElement('div')), current.executionRate, current.timeProgress);
        const tiers = Ledger.figure('预警（各单位）', null);
        tiers.id = 'department-warnings';
        Ledger.tierBadges(tiers.querySelector('.value'), warnings);
        figures.append(rate, tiers);
    }

    /** The department's measures and five indicators, this year and the year before on the same day. */
    function showIndicators(current, previous) {
        const body = $('indicators').querySelector('tbody');
        body.innerHTML = '';
        const rows = [['年初预算数', 'original', Ledger.money], ['调整后预算数', 'adjusted', Ledger.money],
            ['执行数', 'executed', Ledger.money], ['可用余额', 'available', Ledger.money],
            ['预算执行率', 'executionRate', Ledger.percent], ['序时进度', 'timeProgress', Ledger.percent],
            ['预算编制准确率（偏差率，越低越好）', 'accuracyDeviation', Ledger.percent],
            ['科目调整次数', 'adjustmentCount', count => count === null || count === undefined ? '—' : count + ' 次'],
            ['运转保障率', 'operationGuaranteeRate', Ledger.percent], ['"三公经费"控制率', 'threePublicControlRate', Ledger.percent]];
        for (const [name, field, shown] of rows) {
            const tr = document.createElement('tr');
            Ledger.cell(tr, name);
            Ledger.cell(tr, shown(current[field]), 'num');
            Ledger.cell(tr, previous ? shown(previous[field]) : '—', 'num previous');
            body.appendChild(tr);
        }
    }

    /** Each unit's row, then the department's 合计; the warnings of every unit, once all have answered. */
    async function showUnits(current, previous) {
        const body = $('units').querySelector('tbody');
        body.innerHTML = '';
        const standing = [];
        for (const unit of current.units) {
            const tr = row(body, unit, previous?.units.find(before => before.unit === unit.unit), current.timeProgress);
            const link = document.createElement('a');
            link.href = '/units/' + unit.unit + '/years/' + year;
            link.textContent = unit.unitName + '（' + unit.unit + '）';
            tr.firstChild.appendChild(link);
            const pages = tr.lastChild;
            [['指标与预警', '/indicators'], ['公开表', '/disclosure']].forEach(([label, page]) => {
                const to = document.createElement('a');
                to.href = '/units/' + unit.unit + '/years/' + year + page;
                to.textContent = label;
                pages.append(to, ' ');
            });
            standing.push(Ledger.warningBadges(tr.children[9], unit.unit, year, asOf.value));
        }
        const total = row(body, current, previous, current.timeProgress);
        total.className = 'total';
        total.firstChild.textContent = '合计（' + current.units.length + ' 个单位）';
        const warnings = (await Promise.all(standing)).flat();
        Ledger.tierBadges(total.children[9], warnings);
        return warnings;
    }

    function row(body, figures, before, timeProgress) {
        const tr = document.createElement('tr');
        Ledger.cell(tr, '');
        Ledger.figureCells(tr, figures);
        Ledger.cell(tr, before ? Ledger.percent(before.executionRate) : '—', 'num previous');
        Ledger.pace(Ledger.cell(tr, ''), figures.executionRate, timeProgress);
        Ledger.cell(tr, '');
        Ledger.cell(tr, '');
        body.appendChild(tr);
        return tr;
    }
})().catch(failure => Ledger.say(document.getElementById('failure'), false, failure.message, failure.code));
