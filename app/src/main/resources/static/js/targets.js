// 绩效目标 and 实际完成值 for the unit (整体支出) and its projects; the list is the evaluation's, so it shows each
// target with the actual and the score the self-evaluation gives it. The ledger checks every field.
(async () => {
    const $ = id => document.getElementById(id);
    const body = document.querySelector('#targets tbody');
    /** The targets, by option value (scope code + indicator name), with whether each is qualitative; the ledger
     * itself refuses an actual for an indicator it computes. */
    let indicators = new Map();

    /** The actual form asks for a 完成等级 and points when the chosen target's value is text (定性). */
    function showActualFields() {
        const chosen = indicators.get($('actual-indicator').value);
        const qualitative = chosen ? chosen.qualitative : false;
        $('actual-value-field').hidden = qualitative;
        $('actual-level-field').hidden = !qualitative;
        $('actual-points-field').hidden = !qualitative;
    }

    function scopeLabel(scope) {
        return scope.code ? scope.name + '（' + scope.code + '）' : '整体支出';
    }

    async function load() {
        const [budget, evaluation] = await Promise.all([
            Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31'), Ledger.api(Ledger.unitYear + '/evaluation')]);
        $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
        const scope = $('target-scope').value;
        $('target-scope').replaceChildren(new Option('整体支出（单位）', ''),
            ...budget.projects.map(project => new Option(project.name + '（' + project.code + '）', project.code)));
        $('target-scope').value = scope;
        if ($('target-scope').selectedIndex < 0) {
            $('target-scope').selectedIndex = 0;
        }
        const chosen = $('actual-indicator').value;
        indicators = new Map();
        $('actual-indicator').replaceChildren();
        body.replaceChildren();
        for (const scope of [evaluation.unit, ...evaluation.projects]) {
            for (const indicator of scope.indicators) {
                const tr = document.createElement('tr');
                [scopeLabel(scope), indicator.firstLevel, indicator.secondLevel, indicator.name, indicator.comparator,
                    indicator.target, indicator.unitOfMeasure || ''].forEach(text => Ledger.cell(tr, text));
                Ledger.cell(tr, indicator.weight, 'num');
                Ledger.cell(tr, indicator.direction);
                Ledger.cell(tr, indicator.actual == null ? '未填报' : indicator.actual);
                Ledger.cell(tr, indicator.score, 'num');
                Ledger.cell(tr, [indicator.deviationReason, indicator.note].filter(Boolean).join('；'));
                body.appendChild(tr);
                const value = (scope.code || '') + '|' + indicator.name;
                // a number is a quantitative target; text (即办即领) a qualitative one, as the ledger reads it
                indicators.set(value, {projectCode: scope.code || null, name: indicator.name,
                    qualitative: !/^-?\d+(\.\d+)?$/.test(indicator.target)});
                $('actual-indicator').add(new Option(scopeLabel(scope) + ' · ' + indicator.name
                    + '（目标 ' + indicator.comparator + ' ' + indicator.target + (indicator.unitOfMeasure || '') + '）', value));
            }
        }
        if (!body.firstChild) {
            body.innerHTML = '<tr><td colspan="12" class="empty">尚未设定绩效目标</td></tr>';
        }
        if (indicators.has(chosen)) {
            $('actual-indicator').value = chosen;
        }
        showActualFields();
    }

    async function send(form, path, request, describe) {
        const message = $(form + '-message');
        $(form + '-submit').disabled = true;
        try {
            const answer = await Ledger.post(Ledger.unitYear + path, request);
            Ledger.say(message, true, answer.outcome === 'UNCHANGED' ? '内容相同，未变。' : describe(answer));
            await load();
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            $(form + '-submit').disabled = document.getElementById('closed-banner') !== null;
        }
    }

    $('actual-indicator').addEventListener('change', showActualFields);
    $('target-form').addEventListener('submit', event => {
        event.preventDefault();
        send('target', '/targets', {
            projectCode: $('target-scope').value || null, firstLevel: $('target-first').value.trim(),
            secondLevel: $('target-second').value.trim(), indicator: $('target-indicator').value.trim(),
            comparator: $('target-comparator').value, targetValue: $('target-value').value.trim(),
            unitOfMeasure: $('target-unit').value.trim() || null, weight: $('target-weight').value.trim(),
            direction: $('target-direction').value}, answer => '已保存绩效目标「' + answer.document + '」。');
    });
    $('actual-form').addEventListener('submit', event => {
        event.preventDefault();
        const chosen = indicators.get($('actual-indicator').value);
        if (!chosen) {
            Ledger.say($('actual-message'), false, '请先设定手工指标的绩效目标，再填报实际完成值');
            return;
        }
        send('actual', '/actuals', chosen.qualitative
            ? {projectCode: chosen.projectCode, indicator: chosen.name, level: $('actual-level').value,
                points: $('actual-points').value.trim(), deviationReason: $('actual-reason').value.trim() || null}
            : {projectCode: chosen.projectCode, indicator: chosen.name, actual: $('actual-value').value.trim(),
                deviationReason: $('actual-reason').value.trim() || null},
        answer => '已保存「' + answer.document + '」的实际完成值。');
    });

    await load();
})().catch(failure => Ledger.say(document.getElementById('target-message'), false, failure.message, failure.code));
