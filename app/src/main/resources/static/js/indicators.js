// 指标与预警: 执行率 against 序时进度 month by month, 用款计划 against execution (the unit's planned lines, a
// project or a line), the five computed indicators against their targets, and the warnings standing on the chosen date.
(() => {
    const $ = id => document.getElementById(id);
    const asOf = $('as-of');
    const progressChart = echarts.init($('progress-chart'));
    const targetsChart = echarts.init($('targets-chart'));
    const planChart = echarts.init($('plan-chart'));
    const planScope = $('plan-scope');
    let plans = null;
    const five = [
        ['预算执行率', 'executionRate', '%'], ['预算编制准确率', 'accuracyDeviation', '%'],
        ['科目调整次数', 'adjustmentCount', '次'], ['运转保障率', 'operationGuaranteeRate', '%'],
        ['"三公经费"控制率', 'threePublicControlRate', '%']];
    asOf.value = Ledger.today(Ledger.year);

    function monthEnds(until) {
        const ends = [];
        for (let month = 1; month <= 12; month++) {
            const end = new Date(Date.UTC(Number(Ledger.year), month, 0)).toISOString().slice(0, 10);
            ends.push(end < until ? end : until);
            if (end >= until) {
                break;
            }
        }
        return ends;
    }

    async function load() {
        $('failure').hidden = true;
        try {
            const ends = monthEnds(asOf.value);
            const series = await Promise.all(ends.map(end => Ledger.api(Ledger.unitYear + '/indicators?asOf=' + end)));
            const current = series[series.length - 1];
            $('unit-name').textContent = current.unitName + '（' + current.unit + '）';
            drawProgress(ends, series);
            plans = await Ledger.api(Ledger.unitYear + '/spending-plans?asOf=' + asOf.value);
            chooseScopes();
            const evaluation = await Ledger.api(Ledger.unitYear + '/evaluation?asOf=' + asOf.value).catch(() => null);
            drawTargets(current.totals, evaluation?.unit?.indicators || []);
            showWarnings(await Ledger.api(Ledger.unitYear + '/warnings?asOf=' + asOf.value));
        } catch (failure) {
            Ledger.say($('failure'), false, failure.message, failure.code);
        }
    }

    function drawProgress(ends, series) {
        progressChart.setOption({
            tooltip: {trigger: 'axis', valueFormatter: value => value === null ? '—' : value + '%'},
            legend: {data: ['预算执行率', '序时进度']},
            grid: {left: 48, right: 16, top: 40, bottom: 32},
            xAxis: {type: 'category', data: ends.map(end => Number(end.slice(5, 7)) + '月')},
            yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
            series: [
                {name: '预算执行率', type: 'line', smooth: true, data: series.map(point => point.totals.executionRate), itemStyle: {color: '#1d4e89'}},
                {name: '序时进度', type: 'line', data: series.map(point => point.timeProgress), lineStyle: {type: 'dashed'}, itemStyle: {color: '#ee7d1c'}}]
        }, true);
    }

    /** 单位合计 (the planned lines), each project, each line: the chosen one is kept when the date changes. */
    function chooseScopes() {
        const previous = planScope.value;
        planScope.length = 0;
        planScope.add(new Option('单位合计（有用款计划的指标）', 'unit'));
        plans.projects.forEach((project, index) => planScope.add(new Option('项目：' + project.name + '（' + project.code + '）', 'project-' + index)));
        plans.lines.forEach((line, index) => planScope.add(new Option('指标：' + Ledger.lineLabel(line), 'line-' + index)));
        if ([...planScope.options].some(option => option.value === previous)) {
            planScope.value = previous;
        }
        drawPlan();
    }

    function drawPlan() {
        const [kind, index] = planScope.value.split('-');
        const months = kind === 'project' ? plans.projects[index].months : kind === 'line' ? plans.lines[index].months : plans.totals;
        $('plan-none').hidden = plans.lines.length > 0;
        const lastMonth = Number(plans.asOf.slice(5, 7));
        const executedBy = month => month.month <= lastMonth;
        planChart.setOption({
            tooltip: {trigger: 'axis', valueFormatter: value => value === null || value === undefined ? '—' : Ledger.money(Number(value).toFixed(2)) + ' 元'},
            legend: {data: ['累计用款计划', '累计执行', '当月计划', '当月执行']},
            grid: {left: 80, right: 16, top: 40, bottom: 32},
            xAxis: {type: 'category', data: months.map(month => month.month + '月')},
            yAxis: {type: 'value'},
            series: [
                {name: '累计用款计划', type: 'line', data: months.map(month => Number(month.cumulativePlan)), lineStyle: {type: 'dashed'}, itemStyle: {color: '#ee7d1c'}},
                {name: '累计执行', type: 'line', data: months.map(month => executedBy(month) ? Number(month.cumulativeExecuted) : null), itemStyle: {color: '#1d4e89'}},
                {name: '当月计划', type: 'bar', data: months.map(month => Number(month.plan)), itemStyle: {color: '#f6c89f'}},
                {name: '当月执行', type: 'bar', data: months.map(month => executedBy(month) ? Number(month.executed) : null), itemStyle: {color: '#9fb3c8'}}]
        }, true);
    }

    function drawTargets(totals, targets) {
        const rows = five.map(([name, field, unit]) => {
            const target = targets.find(indicator => indicator.name.replaceAll('“', '"').replaceAll('”', '"').replaceAll('"', '') === name.replaceAll('"', ''));
            return {name, unit, actual: totals[field], target};
        });
        targetsChart.setOption({
            tooltip: {trigger: 'axis'},
            legend: {data: ['实际值', '目标值']},
            grid: {left: 48, right: 16, top: 40, bottom: 56},
            xAxis: {type: 'category', data: rows.map(row => row.name), axisLabel: {interval: 0, rotate: 20}},
            yAxis: {type: 'value'},
            series: [
                {name: '实际值', type: 'bar', data: rows.map(row => row.actual === null ? null : Number(row.actual)), itemStyle: {color: '#1d4e89'}},
                {name: '目标值', type: 'bar', data: rows.map(row => row.target ? Number(row.target.target) : null), itemStyle: {color: '#9fb3c8'}}]
        }, true);
        const body = $('five').querySelector('tbody');
        body.innerHTML = '';
        for (const row of rows) {
            const tr = document.createElement('tr');
            // The published name says accuracy; the figure is a deviation, where lower is better.
            Ledger.cell(tr, row.name === '预算编制准确率' ? row.name + '（偏差率 ∣执行−年初∣/年初，越低越好）' : row.name);
            Ledger.cell(tr, row.actual === null || row.actual === undefined ? '—' : row.actual + (row.unit === '%' ? '%' : ' ' + row.unit), 'num');
            Ledger.cell(tr, row.target ? row.target.comparator + ' ' + row.target.target + ' ' + row.target.unitOfMeasure : '未设目标');
            Ledger.cell(tr, row.target ? row.target.score + ' / ' + row.target.weight : '—', 'num');
            body.appendChild(tr);
        }
    }

    function showWarnings(view) {
        const standing = view.states[0];
        $('warning-date').textContent = '截至 ' + standing.asOf + '，序时进度 ' + Ledger.percent(standing.timeProgress);
        const body = $('warnings').querySelector('tbody');
        body.innerHTML = '';
        for (const warning of standing.warnings) {
            const tr = document.createElement('tr');
            const tier = Ledger.cell(tr, '');
            tier.innerHTML = '<span class="tier"></span>';
            tier.firstChild.classList.add(warning.level);
            tier.firstChild.textContent = warning.level;
            [warning.kind, warning.scope, warning.name, warning.indicator].forEach(text => Ledger.cell(tr, text));
            Ledger.cell(tr, warning.value, 'num');
            Ledger.cell(tr, warning.message).style.whiteSpace = 'normal';
            body.appendChild(tr);
        }
        if (standing.warnings.length === 0) {
            body.innerHTML = '<tr><td colspan="7" class="empty">无预警</td></tr>';
        }
    }

    window.addEventListener('resize', () => { progressChart.resize(); targetsChart.resize(); planChart.resize(); });
    planScope.addEventListener('change', drawPlan);
    asOf.addEventListener('change', load);
    load();
})();
