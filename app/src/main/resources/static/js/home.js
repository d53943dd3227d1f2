// 我的单位: every unit the signed-in user may see, side by side for a year (执行率 against 序时进度, 预警,
// 可用余额), grouped by department with subtotals; and each unit's budget years to open.
(async () => {
    const list = document.getElementById('units');
    const me = await Ledger.api('/api/me');
    document.getElementById('role').textContent = me.displayName + '（' + me.roleName + '）可查看 ' + me.units.length + ' 个单位';
    list.innerHTML = '';
    if (me.units.length === 0) {
        list.innerHTML = '<div class="empty">暂无可查看的单位。请联系管理员分配单位。</div>';
        return;
    }
    for (const unit of me.units) {
        const card = document.createElement('div');
        card.className = 'card';
        const title = document.createElement('h2');
        title.textContent = unit.unitName;
        const code = document.createElement('div');
        code.className = 'hint';
        const open = unit.years.filter(year => !unit.closedYears.includes(year));
        code.textContent = '单位代码 ' + unit.unit + (unit.department ? ' · 主管部门 ' + unit.department : '')
            + (unit.writable && open.length > 0 ? ' · 可记账' : ' · 只读');
        const years = document.createElement('div');
        years.className = 'years';
        for (const year of unit.years) {
            const link = document.createElement('a');
            link.href = '/units/' + unit.unit + '/years/' + year;
            link.textContent = year + ' 年度' + (unit.closedYears.includes(year) ? '（已结转）' : '');
            years.appendChild(link);
        }
        card.append(title, code, years);
        list.appendChild(card);
    }
    showOverview(me.units);
})().catch(failure => {
    document.getElementById('units').innerHTML = '';
    const box = document.createElement('div');
    document.getElementById('units').appendChild(box);
    Ledger.say(box, false, failure.message, failure.code);
});

/** The units side by side, for the latest year any of them has (another year and date may be chosen). */
function showOverview(units) {
    const years = [...new Set(units.flatMap(unit => unit.years))].sort().reverse();
    if (years.length === 0) {
        return;
    }
    const section = document.getElementById('overview');
    const yearChoice = document.getElementById('overview-year');
    const asOf = document.getElementById('overview-as-of');
    years.forEach(year => yearChoice.add(new Option(year + ' 年度', year)));
    asOf.value = Ledger.today(years[0]);
    section.hidden = false;
    yearChoice.addEventListener('change', () => {
        asOf.value = Ledger.today(yearChoice.value);
        load();
    });
    asOf.addEventListener('change', load);
    load();

    async function load() {
        const body = document.querySelector('#overview-table tbody');
        body.innerHTML = '<tr><td colspan="9" class="empty">加载中……</td></tr>';
        try {
            const overview = await Ledger.api('/api/years/' + yearChoice.value + '/indicators?asOf=' + asOf.value);
            document.getElementById('overview-progress').textContent = '序时进度 ' + Ledger.percent(overview.timeProgress);
            render(body, overview);
        } catch (failure) {
            body.innerHTML = '<tr><td colspan="9"></td></tr>';
            Ledger.say(body.querySelector('td'), false, failure.message, failure.code);
        }
    }

    function render(body, overview) {
        body.innerHTML = '';
        if (overview.units.length === 0) {
            body.innerHTML = '<tr><td colspan="9" class="empty">该年度没有可查看的单位</td></tr>';
            return;
        }
        for (const department of overview.departments) {
            const members = overview.units.filter(unit => unit.department === department.department);
            const subtotal = row(body, (department.department ? '主管部门 ' + department.department : '未归属主管部门')
                + '（' + department.unitCount + ' 个单位）小计', department, overview.timeProgress);
            subtotal.className = 'subtotal';
            for (const unit of members) {
                const tr = row(body, '', unit, overview.timeProgress);
                const link = document.createElement('a');
                link.href = '/units/' + unit.unit + '/years/' + overview.year;
                link.textContent = unit.unitName + '（' + unit.unit + '）';
                tr.firstChild.appendChild(link);
                tr.firstChild.classList.add('indented');
                warningsOf(unit.unit, overview.year, tr.lastChild);
            }
        }
        if (overview.departments.length > 1) {
            row(body, '合计（' + overview.units.length + ' 个单位）', overview.totals, overview.timeProgress).className = 'total';
        }
    }

    function row(body, label, figures, timeProgress) {
        const tr = document.createElement('tr');
        Ledger.cell(tr, label);
        for (const amount of [figures.adjusted, figures.executed, figures.frozen, figures.awaitingReview, figures.available]) {
            Ledger.cell(tr, Ledger.money(amount), 'num');
        }
        Ledger.cell(tr, Ledger.percent(figures.executionRate), 'num');
        progressBar(Ledger.cell(tr, ''), figures.executionRate, timeProgress);
        Ledger.cell(tr, '');
        body.appendChild(tr);
        return tr;
    }

    /** 执行率 as a bar, 序时进度 as a mark on it: a bar short of the mark lags. */
    function progressBar(td, executionRate, timeProgress) {
        if (executionRate === null || executionRate === undefined) {
            return;
        }
        td.innerHTML = '<div class="pace"><div class="done"></div><div class="mark"></div></div>';
        const done = Math.min(Number(executionRate), 100);
        td.querySelector('.done').style.width = done + '%';
        td.querySelector('.done').classList.toggle('behind', done < Number(timeProgress));
        td.querySelector('.mark').style.left = Math.min(Number(timeProgress), 100) + '%';
        td.title = '执行率 ' + executionRate + '%，序时进度 ' + timeProgress + '%';
    }

    /** The unit's standing warnings as tier badges, each titled with its message. */
    async function warningsOf(unit, year, td) {
        try {
            const warnings = await Ledger.api('/api/units/' + unit + '/years/' + year + '/warnings?asOf=' + asOf.value);
            const standing = warnings.states?.[0]?.warnings || [];
            for (const tier of ['红', '橙', '黄']) {
                const ofTier = standing.filter(warning => warning.level === tier);
                if (ofTier.length > 0) {
                    const badge = document.createElement('span');
                    badge.className = 'tier ' + tier;
                    badge.textContent = tier + ' ' + ofTier.length;
                    badge.title = ofTier.map(warning => warning.message).join('\n');
                    td.appendChild(badge);
                }
            }
            if (standing.length === 0) {
                td.textContent = '无';
            }
        } catch (failure) {
            td.textContent = '—';
        }
    }
}
