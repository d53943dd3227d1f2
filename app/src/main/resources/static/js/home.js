// 我的单位: the units the signed-in user may open, each with its budget years.
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
        code.textContent = '单位代码 ' + unit.unit + (unit.department ? ' · 主管部门 ' + unit.department : '')
            + (unit.writable ? ' · 可记账' : ' · 只读');
        const years = document.createElement('div');
        years.className = 'years';
        for (const year of unit.years) {
            const link = document.createElement('a');
            link.href = '/units/' + unit.unit + '/years/' + year;
            link.textContent = year + ' 年度';
            years.appendChild(link);
        }
        card.append(title, code, years);
        list.appendChild(card);
    }
})().catch(failure => {
    document.getElementById('units').innerHTML = '';
    const box = document.createElement('div');
    document.getElementById('units').appendChild(box);
    Ledger.say(box, false, failure.message, failure.code);
});
