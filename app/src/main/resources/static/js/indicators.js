// 指标与预警: 执行率 against 序时进度 month by month, 用款计划 against execution (the unit's planned lines, a
// project or a line), the five computed indicators against their targets, and the warnings standing on the chosen date.
// Where the ledger holds the unit's year before, last year's line runs beside this year's: its 执行率 at each month end
// one year earlier, and its five indicators on the same day a year earlier (上年同期).
(() => {
    const $ = id => document.getElementById(id);
    const asOf = $('as-of');
    const progressChart = echarts.init($('progress-chart'));
    const targetsChart = echarts.init($('targets-chart'));
    const countChart = echarts.init($('count-chart'));
    const planChart = echarts.init($('plan-chart'));
    const planScope = $('plan-scope');
    let plans = null;
    const previousYear = Number(Ledger.year) - 1;
    const hasPreviousYear = Ledger.api('/api/me').then(me => me.units
        .some(unit => unit.unit === Ledger.unit && unit.years.includes(previousYear)));
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

    // A month's end a year earlier is that month's end then (2024-02-29 for 2025-02-28); any other day is the same day.
    function monthEndYearEarlier(date) {
        const [year, month, day] = date.split('-').map(Number);
        const monthEnd = new Date(Date.UTC(year, month, 0)).getUTCDate();
        return day === monthEnd ? new Date(Date.UTC(year - 1, month, 0)).toISOString().slice(0, 10)
            : Ledger.yearEarlier(date);
    }

    async function load() {
        $('failure').hidden = true;
        try {
            const ends = monthEnds(asOf.value);
            const lastYear = '/api/units/' + Ledger.unit + '/years/' + previousYear + '/indicators?asOf=';
            const [series, previousSeries] = await Promise.all([
                Promise.all(ends.map(end => Ledger.api(Ledger.unitYear + '/indicators?asOf=' + end))),
                hasPreviousYear.then(has => has ? Promise.all(ends.map(end => Ledger.api(lastYear + monthEndYearEarlier(end)))) : null)]);
            const current = series[series.length - 1];
            const previous = previousSeries ? previousSeries[previousSeries.length - 1] : null;
            $('unit-name').textContent = current.unitName + '（' + current.unit + '）';
            drawProgress(ends, series, previousSeries);
            plans = await Ledger.api(Ledger.unitYear + '/spending-plans?asOf=' + asOf.value);
            chooseScopes();
            const evaluation = await Ledger.api(Ledger.unitYear + '/evaluation?asOf=' + asOf.value).catch(() => null);
            drawTargets(current.totals, evaluation, previous);
            showWarnings(await Ledger.api(Ledger.unitYear + '/warnings?asOf=' + asOf.value));
        } catch (failure) {
            Ledger.say($('failure'), false, failure.message, failure.code);
        }
    }

    function drawProgress(ends, series, previousSeries) {
        const lastYearsLine = previousSeries ? [{name: '上年执行率', type: 'line', smooth: true,
            data: previousSeries.map(point => point.totals.executionRate), lineStyle: {type: 'dotted'}, itemStyle: {color: '#8a96a3'}}] : [];
        progressChart.setOption({
            tooltip: {trigger: 'axis', valueFormatter: value => value === null || value === undefined ? '—' : value + '%'},
            legend: {data: ['预算执行率', '序时进度', ...lastYearsLine.map(line => line.name)]},
            grid: {left: 48, right: 16, top: 40, bottom: 32},
            xAxis: {type: 'category', data: ends.map(end => Number(end.slice(5, 7)) + '月')},
            yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
            series: [
                {name: '预算执行率', type: 'line', smooth: true, data: series.map(point => point.totals.executionRate), itemStyle: {color: '#1d4e89'}},
                {name: '序时进度', type: 'line', data: series.map(point => point.timeProgress), lineStyle: {type: 'dashed'}, itemStyle: {color: '#ee7d1c'}},
                ...lastYearsLine]
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

    /** Names as recorded may quote "三公" with curly or straight quotes; they are the same indicator. */
    const sameName = (recorded, name) => recorded.replace(/[“”"]/g, '') === name.replace(/"/g, '');

    /** A target as people read it: ≥ 90 %, or a qualitative target's text. */
    function targetText(indicator) {
        return indicator.comparator === '定性' ? indicator.target
            : indicator.comparator + ' ' + (indicator.unitOfMeasure === '次' ? whole(indicator.target) : indicator.target)
            + ' ' + indicator.unitOfMeasure;
    }

    /** A count (科目调整次数) is a whole number, however many decimals the JSON gives it. */
    function whole(value) {
        return value === null || value === undefined ? null : String(Math.round(Number(value)));
    }

    function actualText(value, unit) {
        if (value === null || value === undefined) {
            return '—';
        }
        return unit === '次' ? whole(value) + ' 次' : value + (unit === '%' ? '%' : ' ' + unit);
    }

    /**
     * The unit's five indicators against the unit's own targets: the rates on a percent axis, 科目调整次数 on its own
     * axis of whole counts (one axis for both made the counts and small rates invisible). Projects' targets are
     * listed beside, and every target of the unit and of each project in the table below.
     */
    function drawTargets(totals, evaluation, previous) {
        const unitTargets = evaluation?.unit?.indicators || [];
        const projects = evaluation?.projects || [];
        const rows = five.map(([name, field, unit]) => ({name, unit, actual: totals[field], before: previous?.totals[field],
            target: unitTargets.find(indicator => sameName(indicator.name, name)),
            projectTargets: projects.flatMap(project => project.indicators
                .filter(indicator => sameName(indicator.name, name))
                .map(indicator => project.name + ' ' + targetText(indicator)))}));
        const rates = rows.filter(row => row.unit === '%');
        const counts = rows.filter(row => row.unit === '次');
        const label = {show: true, position: 'top', fontSize: 11, formatter: point => point.value === null ? '' : point.value + '%'};
        targetsChart.setOption({
            tooltip: {trigger: 'axis', valueFormatter: value => value === null || value === undefined ? '—' : value + '%'},
            legend: {data: ['实际值', '单位目标值']},
            grid: {left: 56, right: 16, top: 48, bottom: 56},
            xAxis: {type: 'category', data: rates.map(row => row.name), axisLabel: {interval: 0, fontSize: 12}},
            yAxis: {type: 'value', name: '百分比（%）', axisLabel: {formatter: '{value}%'}},
            series: [
                {name: '实际值', type: 'bar', barMinHeight: 2, label, itemStyle: {color: '#1d4e89'},
                    data: rates.map(row => row.actual === null || row.actual === undefined ? null : Number(row.actual))},
                {name: '单位目标值', type: 'bar', barMinHeight: 2, label, itemStyle: {color: '#9fb3c8'},
                    data: rates.map(row => row.target && row.target.comparator !== '定性' ? Number(row.target.target) : null)}]
        }, true);
        const countLabel = {show: true, position: 'right', fontSize: 11, formatter: point => point.value === null ? '' : point.value + ' 次'};
        countChart.setOption({
            tooltip: {trigger: 'axis', valueFormatter: value => value === null || value === undefined ? '—' : value + ' 次'},
            legend: {data: ['实际值', '单位目标值']},
            grid: {left: 96, right: 48, top: 36, bottom: 28},
            yAxis: {type: 'category', data: counts.map(row => row.name)},
            xAxis: {type: 'value', name: '次数', minInterval: 1, axisLabel: {formatter: '{value}'}},
            series: [
                {name: '实际值', type: 'bar', barMinHeight: 2, label: countLabel, itemStyle: {color: '#1d4e89'},
                    data: counts.map(row => row.actual === null || row.actual === undefined ? null : Number(whole(row.actual)))},
                {name: '单位目标值', type: 'bar', barMinHeight: 2, label: countLabel, itemStyle: {color: '#9fb3c8'},
                    data: counts.map(row => row.target ? Number(whole(row.target.target)) : null)}]
        }, true);
        const body = $('five').querySelector('tbody');
        body.innerHTML = '';
        for (const row of rows) {
            const tr = document.createElement('tr');
            // The published name says accuracy; the figure is a deviation, where lower is better.
            Ledger.cell(tr, row.name === '预算编制准确率' ? row.name + '（偏差率 ∣执行−年初∣/年初，越低越好）' : row.name);
            Ledger.cell(tr, actualText(row.actual, row.unit), 'num');
            if (previous) {
                Ledger.cell(tr, actualText(row.before, row.unit), 'num previous');
            }
            Ledger.cell(tr, row.target ? targetText(row.target) : '单位未设目标');
            Ledger.cell(tr, row.target ? row.target.score + ' / ' + row.target.weight : '—', 'num');
            Ledger.cell(tr, row.projectTargets.length ? row.projectTargets.join('；') : '—').style.whiteSpace = 'normal';
            body.appendChild(tr);
        }
        $('five-previous').hidden = !previous;
        $('five-previous').textContent = previous ? '上年同期（截至 ' + previous.asOf + '）' : '';
        showAllTargets(evaluation);
    }

    function showAllTargets(evaluation) {
        const body = $('targets').querySelector('tbody');
        body.innerHTML = '';
        const scopes = evaluation ? [['单位整体', evaluation.unit],
            ...evaluation.projects.map(project => ['项目 ' + project.name + '（' + project.code + '）', project])] : [];
        for (const [scope, data] of scopes) {
            for (const indicator of data.indicators) {
                const tr = document.createElement('tr');
                [scope, indicator.firstLevel, indicator.secondLevel, indicator.name, targetText(indicator)]
                    .forEach(text => Ledger.cell(tr, text));
                Ledger.cell(tr, indicator.comparator === '定性' ? (indicator.actual || '—') : actualText(indicator.actual, indicator.unitOfMeasure), 'num');
                Ledger.cell(tr, indicator.score + ' / ' + indicator.weight, 'num');
                body.appendChild(tr);
            }
        }
        if (body.children.length === 0) {
            body.innerHTML = '<tr><td colspan="7" class="empty">单位及各项目均未设绩效目标</td></tr>';
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

    window.addEventListener('resize', () => { progressChart.resize(); targetsChart.resize(); countChart.resize(); planChart.resize(); });
    planScope.addEventListener('change', drawPlan);
    asOf.addEventListener('change', load);
    load();
})();
