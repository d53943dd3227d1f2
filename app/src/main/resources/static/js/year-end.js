// 结转和结余: each line's unspent balance at closing, by fund source and project, with subtotals and the total.
(async () => {
    const $ = id => document.getElementById(id);
    const body = document.querySelector('#balances tbody');

    function row(texts, carried, lapsed, total, className) {
        const tr = document.createElement('tr');
        if (className) {
            tr.className = className;
        }
        texts.forEach(text => Ledger.cell(tr, text));
        [carried, lapsed, total].forEach(amount => Ledger.cell(tr, Ledger.money(amount), 'num'));
        body.appendChild(tr);
    }

    try {
        const report = await Ledger.api(Ledger.unitYear + '/year-end');
        $('unit-name').textContent = report.unitName + '（' + report.unit + '）';
        $('closed-on').textContent = '年终结转日期 ' + report.closedOn;
        for (const [label, value] of [['结转（元）', report.carriedForward], ['结余（元）', report.lapsed], ['合计（元）', report.total]]) {
            $('totals').insertAdjacentHTML('beforeend', '<div class="figure"><div class="label"></div><div class="value"></div></div>');
            $('totals').lastChild.querySelector('.label').textContent = label;
            $('totals').lastChild.querySelector('.value').textContent = Ledger.money(value);
        }
        for (const source of report.fundSources) {
            for (const project of source.projects) {
                const name = project.projectName + '（' + project.projectCode + '）';
                for (const line of project.lines) {
                    row([source.fundSource, name, line.functionalCode, line.economicCode],
                        line.carriedForward, line.lapsed, line.amount);
                }
                row([source.fundSource, name + ' 小计', '', ''], project.carriedForward, project.lapsed, project.total, 'subtotal');
            }
            row([source.fundSource + ' 合计', '', '', ''], source.carriedForward, source.lapsed, source.total, 'subtotal');
        }
        row(['总计', '', '', ''], report.carriedForward, report.lapsed, report.total, 'subtotal');
        if (report.fundSources.length === 0) {
            body.insertAdjacentHTML('afterbegin', '<tr><td colspan="7" class="empty">年终结转时无未用余额（早于本版本结转的年度未记录结转和结余）</td></tr>');
        }
    } catch (failure) {
        Ledger.say($('failure'), false, failure.message, failure.code);
    }
})();
