// 开启年度: opens a unit-year with the server's own checks (scope, repeat, name), then offers its allocation.
(() => {
    const $ = id => document.getElementById(id);
    $('open-year').value = new Date().getFullYear();

    $('open-year-form').addEventListener('submit', async event => {
        event.preventDefault();
        const unit = $('open-unit').value.trim();
        const year = $('open-year').value.trim();
        const message = $('open-message');
        $('open-submit').disabled = true;
        try {
            const answer = await Ledger.post('/api/units/' + encodeURIComponent(unit) + '/years/' + encodeURIComponent(year), {
                unitName: $('open-name').value.trim(), parentCode: $('open-parent').value.trim() || null,
                reviewRequired: $('open-review').checked});
            Ledger.say(message, true, answer.outcome === 'UNCHANGED'
                ? answer.document + ' 年度已开启过，内容相同，未重复开启。' : '已开启 ' + answer.document + ' 年度。');
            $('allocate-by-hand').href = '/units/' + encodeURIComponent(unit) + '/years/' + encodeURIComponent(year) + '/allocations';
            $('next-steps').hidden = false;
        } catch (failure) {
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            $('open-submit').disabled = false;
        }
    });
})();
