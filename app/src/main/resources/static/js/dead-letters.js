// 死信: the read models' dead letters, to inspect, retry after a repair, or give up on (with a reason).
(() => {
    const $ = id => document.getElementById(id);
    const base = '/api/admin/dead-letters/';

    async function load() {
        const letters = await Ledger.api('/api/admin/dead-letters');
        const body = $('dead-letters').querySelector('tbody');
        body.innerHTML = '';
        for (const letter of letters) {
            const tr = document.createElement('tr');
            Ledger.cell(tr, letter.processor);
            Ledger.cell(tr, letter.unitYear);
            Ledger.cell(tr, String(letter.position));
            Ledger.cell(tr, letter.eventType);
            Ledger.cell(tr, letter.businessDate || '—');
            Ledger.cell(tr, letter.failed ? '处理失败' : '排队等待');
            Ledger.cell(tr, letter.failed ? letter.cause : '同一预算年度的前一事件失败');
            Ledger.cell(tr, letter.enqueuedAt);
            Ledger.cell(tr, String(letter.retries));
            const actions = tr.appendChild(document.createElement('td'));
            actions.appendChild(button('查看', () => inspect(letter.id)));
            actions.appendChild(button('重试', async () => {
                const result = await Ledger.post(base + letter.id + '/retry', {});
                Ledger.say($('dead-letter-message'), result.succeeded, result.message);
            }));
            actions.appendChild(button('放弃', async () => {
                const reason = window.prompt('放弃后读模型将永远不包含该事件。请填写原因：');
                if (reason !== null) {
                    await Ledger.post(base + letter.id + '/evict', {reason});
                    Ledger.say($('dead-letter-message'), true, '已放弃，并记入日志');
                }
            }));
            body.appendChild(tr);
        }
        if (letters.length === 0) {
            body.innerHTML = '<tr><td colspan="10" class="empty">没有死信：读模型已处理全部事件</td></tr>';
        }
    }

    async function inspect(id) {
        const letter = await Ledger.api(base + id);
        $('inspected').hidden = false;
        $('inspected-title').textContent = '事件内容：' + letter.eventType + '（' + letter.unitYear + '，' + letter.eventId + '）';
        $('inspected-event').textContent = JSON.stringify({payload: letter.payload, metaData: letter.metaData,
            cause: letter.causeType ? letter.causeType + ': ' + letter.cause : null}, null, 2);
    }

    function button(text, action) {
        const element = document.createElement('button');
        element.type = 'button';
        element.className = 'secondary';
        element.style.marginRight = '6px';
        element.textContent = text;
        element.addEventListener('click', async () => {
            try {
                await action();
                if (text !== '查看') {
                    await load();
                }
            } catch (failure) {
                Ledger.say($('dead-letter-message'), false, failure.message, failure.code);
            }
        });
        return element;
    }

    load().catch(failure => Ledger.say($('dead-letter-message'), false, failure.message, failure.code));
})();
