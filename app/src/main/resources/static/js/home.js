// 我的单位: every unit the signed-in user may see, side by side for a year (执行率 against 序时进度, 预警,
// 可用余额), grouped by department with subtotals; and each unit's budget years to open. The departments whose
// roll-up the user may read (/api/me's departments) come first, as cards and as links from their subtotal rows.
(async () => {
    const list = document.getElementById('units');
    const me = await Ledger.api('/api/me');
    document.getElementById('role').textContent = me.displayName + '（' + me.roleName + '）可查看 ' + me.units.length + ' 个单位';
    list.innerHTML = '';
    if (me.units.length === 0) {
        list.innerHTML = '<div class="empty">暂无可查看的单位。请联系管理员分配单位。</div>';
        return;
    }
    for (const department of me.departments) {
        const card = document.createElement('div');
        card.className = 'card department';
        const title = document.createElement('h2');
        title.textContent = '主管部门 ' + department.department;
        const hint = document.createElement('div');
        hint.className = 'hint';
        hint.textContent = me.units.filter(unit => unit.department === department.department).length + ' 个单位 · 部门汇总';
        const years = document.createElement('div');
        years.className = 'years';
        for (const year of department.years) {
            const link = document.createElement('a');
            link.href = '/departments/' + department.department + '/years/' + year;
            link.textContent = year + ' 年度';
            years.appendChild(link);
        }
        card.append(title, hint, years);
        list.appendChild(card);
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
    showOverview(me.units, me.departments);
})().catch(failure => {
    document.getElementById('units').innerHTML = '';
    const box = document.createElement('div');
    document.getElementById('units').appendChild(box);
    Ledger.say(box, false, failure.message, failure.code);
});

/** The units side by side, for the latest year any of them has (another year and date may be chosen). */
function showOverview(units, departments) {
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
            const readable = departments.find(readable => readable.department === department.department);
            if (readable && readable.years.includes(overview.year)) {
                const label = subtotal.firstChild;
                const link = document.createElement('a');
                link.href = '/departments/' + department.department + '/years/' + overview.year;
                link.textContent = label.textContent;
                link.title = '主管部门页：汇总、各单位、上年同期';
                label.textContent = '';
                label.appendChild(link);
            }
            const warnings = [];
            for (const unit of members) {
                const tr = row(body, '', unit, overview.timeProgress);
                const link = document.createElement('a');
                link.href = '/units/' + unit.unit + '/years/' + overview.year;
                link.textContent = unit.unitName + '（' + unit.unit + '）';
                tr.firstChild.appendChild(link);
                tr.firstChild.classList.add('indented');
                warnings.push(Ledger.warningBadges(tr.lastChild, unit.unit, overview.year, asOf.value));
            }
            Promise.all(warnings).then(standing => Ledger.tierBadges(subtotal.lastChild, standing.flat()));
        }
        if (overview.departments.length > 1) {
            row(body, '合计（' + overview.units.length + ' 个单位）', overview.totals, overview.timeProgress).className = 'total';
        }
    }

    function row(body, label, figures, timeProgress) {
        const tr = document.createElement('tr');
        Ledger.cell(tr, label);
        Ledger.figureCells(tr, figures);
        Ledger.pace(Ledger.cell(tr, ''), figures.executionRate, timeProgress);
        Ledger.cell(tr, '');
        body.appendChild(tr);
        return tr;
    }
}
