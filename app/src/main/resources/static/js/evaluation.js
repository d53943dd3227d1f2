// 绩效自评: the unit as a whole and each project with targets, scored; the workbook is one click away.
(async () => {
    const $ = id => document.getElementById(id);

    function scope(title, data) {
        const card = document.createElement('div');
        card.className = 'card';
        const heading = document.createElement('h2');
        // No targets, no grade: the 执行率 points alone would read as 优 (indicators.md).
        heading.textContent = title + '　得分 ' + data.total + ' / ' + data.maximum + '　'
            + (data.grade ? '等级 ' + data.grade : data.gradeNote);
        card.appendChild(heading);
        const budget = document.createElement('p');
        budget.className = 'hint';
        budget.textContent = '年初预算 ' + Ledger.money(data.budget.original) + ' 元，调整后 ' + Ledger.money(data.budget.adjusted)
            + ' 元，执行 ' + Ledger.money(data.budget.executed) + ' 元，预算执行率 ' + Ledger.percent(data.budget.executionRate)
            + '，得分 ' + data.budget.score + ' / ' + data.budget.points;
        card.appendChild(budget);
        const table = document.createElement('table');
        table.innerHTML = '<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>目标</th><th class="num">实际</th>'
            + '<th class="num">权重</th><th class="num">得分</th><th>说明</th></tr></thead><tbody></tbody>';
        for (const indicator of data.indicators) {
            const tr = document.createElement('tr');
            // A qualitative target (定性指标) is its text; its actual is a 完成等级.
            const target = indicator.comparator === '定性' ? indicator.target
                : indicator.comparator + ' ' + indicator.target + ' ' + indicator.unitOfMeasure;
            [indicator.firstLevel, indicator.secondLevel,
                indicator.reading ? indicator.name + '（' + indicator.reading + '）' : indicator.name,
                target].forEach(text => Ledger.cell(tr, text));
            // A count (科目调整次数, 次) reads as a whole number; the JSON gives every actual two decimals.
            const actual = indicator.actual == null ? '—'
                : indicator.unitOfMeasure === '次' ? String(Number(indicator.actual)) : indicator.actual;
            Ledger.cell(tr, actual, 'num');
            Ledger.cell(tr, indicator.weight, 'num');
            Ledger.cell(tr, indicator.score, 'num');
            Ledger.cell(tr, [indicator.deviationReason, indicator.note].filter(Boolean).join('；')).style.whiteSpace = 'normal';
            table.tBodies[0].appendChild(tr);
        }
        if (data.indicators.length === 0) {
            table.tBodies[0].innerHTML = '<tr><td colspan="8" class="empty">未设绩效目标</td></tr>';
        }
        card.appendChild(table);
        if (data.missing?.length) {
            const missing = document.createElement('p');
            missing.className = 'hint';
            missing.textContent = '未填报实际值或完成等级的手工指标：' + data.missing.join('、');
            card.appendChild(missing);
        }
        return card;
    }

    $('print').addEventListener('click', () => window.print());
    try {
        const evaluation = await Ledger.api(Ledger.unitYear + '/evaluation');
        $('unit-name').textContent = evaluation.unitName + '（' + evaluation.unitCode + '）';
        $('as-of').textContent = '评价截至 ' + evaluation.asOf;
        $('scopes').appendChild(scope('整体支出', evaluation.unit));
        for (const project of evaluation.projects) {
            $('scopes').appendChild(scope('项目 ' + project.name + '（' + project.code + '）', project));
        }
    } catch (failure) {
        Ledger.say($('failure'), false, failure.message, failure.code);
    }
})();
