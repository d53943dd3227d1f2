// 台账: one of the four journals of a unit-year, filtered, searched, sorted and paged by the server. The page's
// query string is the journal API's (from, to, status, project, line, q, sort, page, size), so a filtered journal
// is a link and the back button returns to the previous filter; the exports take the same filter, whole.
(async () => {
    const $ = id => document.getElementById(id);
    const kind = document.body.dataset.kind;
    const FILTERS = ['from', 'to', 'status', 'project', 'line', 'q'];
    /** What the sub-navigation carries to another journal: the filters every journal shares. */
    const SHARED = ['from', 'to', 'project', 'line', 'q'];
    const DEFAULT_SIZE = '50';

    const codes = item => [item.projectCode, item.functionalCode, item.economicCode, item.fundSource];
    const recorded = item => item.recordedAt ? new Date(item.recordedAt).toLocaleString('zh-CN', {hour12: false,
        year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'}) : '';
    const signed = amount => (String(amount).startsWith('-') ? '' : '+') + Ledger.money(amount);

    /**
     * Each journal: its statuses (value → label), what its search looks in, and its columns. A column with a sort
     * is the API's sort column of that name; money columns are right-aligned with thousands separators.
     */
    const JOURNALS = {
        payments: {
            statuses: [['已支付', '已支付'], ['已冲销', '已冲销'], ['待审核', '待审核'], ['已退回', '已退回']],
            search: '凭证号、收款人、摘要',
            columns: [
                {sort: 'voucher', heading: '凭证号', value: item => item.voucher},
                {sort: 'date', heading: '支付日期', value: item => item.date},
                {sort: 'projectCode', heading: '项目', value: item => item.projectCode, title: item => projectNames.get(item.projectCode)},
                {sort: 'functionalCode', heading: '功能科目', value: item => item.functionalCode},
                {sort: 'economicCode', heading: '经济科目', value: item => item.economicCode},
                {sort: 'fundSource', heading: '资金来源', value: item => item.fundSource},
                {sort: 'amount', heading: '金额（元）', value: item => Ledger.money(item.amount), money: true},
                {sort: 'payee', heading: '收款人', value: item => item.payee || '', wraps: true},
                {heading: '摘要', value: item => item.summary || '', wraps: true},
                {sort: 'status', heading: '状态', value: item => item.status},
                {heading: '冲销凭证号', value: item => item.reversedBy || ''},
                {heading: '记录人', value: item => item.recordedBy || ''},
                {sort: 'recordedAt', heading: '记录时间', value: recorded}]
        },
        refusals: {
            statuses: [['未支付', '其后未支付'], ['已支付', '其后已支付']],
            search: '凭证号',
            columns: [
                {sort: 'voucher', heading: '凭证号', value: item => item.voucher},
                {sort: 'date', heading: '拒付日期', value: item => item.date},
                {sort: 'projectCode', heading: '项目', value: item => item.projectCode, title: item => item.projectName},
                {sort: 'functionalCode', heading: '功能科目', value: item => item.functionalCode},
                {sort: 'economicCode', heading: '经济科目', value: item => item.economicCode},
                {sort: 'fundSource', heading: '资金来源', value: item => item.fundSource},
                {sort: 'amount', heading: '申请金额（元）', value: item => Ledger.money(item.amount), money: true},
                {sort: 'available', heading: '当时可用余额（元）', value: item => Ledger.money(item.available), money: true},
                {heading: '拒付原因', value: item => item.reason, wraps: true},
                {sort: 'paidLater', heading: '其后已支付', value: item => item.paidLater ? '是' : '否'},
                {heading: '记录人', value: item => item.recordedBy || ''},
                {sort: 'recordedAt', heading: '记录时间', value: recorded}]
        },
        adjustments: {
            statuses: [['调剂', '调剂'], ['追加', '追加'], ['追减', '追减']],
            statusLabel: '调整类型',
            search: '调整单号、事由',
            columns: [
                {sort: 'documentNumber', heading: '调整单号', value: item => item.documentNumber},
                {sort: 'type', heading: '调整类型', value: item => item.type},
                {sort: 'date', heading: '调整日期', value: item => item.date},
                {sort: 'reason', heading: '事由', value: item => item.reason || '', wraps: true},
                {heading: '明细（指标：调整金额，元）', value: item => item.entries
                        .map(entry => codes(entry).join(' / ') + '：' + signed(entry.amount)).join('\n'), wraps: true}]
        },
        freezes: {
            statuses: [['open', '尚有冻结'], ['released', '已全部解冻']],
            search: '冻结单号、事由',
            columns: [
                {sort: 'documentNumber', heading: '冻结单号', value: item => item.documentNumber},
                {sort: 'kind', heading: '冻结类型', value: item => item.kind},
                {sort: 'date', heading: '冻结日期', value: item => item.date},
                {sort: 'projectCode', heading: '项目', value: item => item.projectCode, title: item => projectNames.get(item.projectCode)},
                {sort: 'functionalCode', heading: '功能科目', value: item => item.functionalCode},
                {sort: 'economicCode', heading: '经济科目', value: item => item.economicCode},
                {sort: 'fundSource', heading: '资金来源', value: item => item.fundSource},
                {sort: 'amount', heading: '冻结金额（元）', value: item => Ledger.money(item.amount), money: true},
                {sort: 'released', heading: '已解冻（元）', value: item => Ledger.money(item.released), money: true},
                {sort: 'open', heading: '尚冻结（元）', value: item => Ledger.money(item.open), money: true},
                {sort: 'reason', heading: '事由', value: item => item.reason || '', wraps: true},
                {heading: '记录人', value: item => item.recordedBy || ''},
                {sort: 'recordedAt', heading: '记录时间', value: recorded}]
        }
    }[kind];

    const message = $('journal-message');
    const projectNames = new Map();
    const lines = new Map();
    let reversing = null;
    let mayReverse = false;
    /** How many times the journal was asked for: an answer overtaken by a later question is not shown. */
    let questions = 0;

    // the filter bar of this journal
    JOURNALS.statuses.forEach(([value, label]) => $('f-status').add(new Option(label, value)));
    if (JOURNALS.statusLabel) {
        $('f-status-field').firstChild.textContent = JOURNALS.statusLabel + ' ';
    }
    $('f-q').placeholder = JOURNALS.search;
    $('f-from').min = $('f-to').min = Ledger.year + '-01-01';
    $('f-from').max = $('f-to').max = Ledger.year + '-12-31';
    $('rev-date').min = Ledger.year + '-01-01';
    $('rev-date').max = Ledger.year + '-12-31';

    /** The filter, order and page as the address says. */
    function asked() {
        return new URLSearchParams(window.location.search);
    }

    /** Goes to the journal as the changes say (a blank value drops the parameter), as a new history entry. */
    function go(changes, keepPage) {
        const query = asked();
        Object.entries(changes).forEach(([name, value]) => value ? query.set(name, value) : query.delete(name));
        if (!keepPage) {
            query.delete('page');
        }
        history.pushState(null, '', '?' + query);
        show();
    }

    function fieldsFrom(query) {
        $('f-from').value = query.get('from') || '';
        $('f-to').value = query.get('to') || '';
        $('f-status').value = query.get('status') || '';
        $('f-project').value = query.get('project') || '';
        $('f-q').value = query.get('q') || '';
        $('f-size').value = query.get('size') || DEFAULT_SIZE;
        const line = query.get('line');
        $('f-line').hidden = !line;
        $('f-line-label').textContent = line ? (lines.has(line) ? Ledger.lineLabel(lines.get(line)) : line) : '';
    }

    function exportLink(query, format) {
        const whole = new URLSearchParams(query);
        whole.delete('page');
        whole.delete('size');
        whole.set('format', format);
        return Ledger.unitYear + '/' + kind + '?' + whole;
    }

    function carryToOtherJournals(query) {
        document.querySelectorAll('#journal-kinds a').forEach(link => {
            const carried = new URLSearchParams();
            SHARED.forEach(name => query.get(name) && carried.set(name, query.get(name)));
            link.search = carried.toString() ? '?' + carried : '';
        });
    }

    /** The headings; a click on a sortable one asks the server for that order (again: the other way round). */
    function headings(sort) {
        const row = document.createElement('tr');
        JOURNALS.columns.forEach(column => {
            const th = document.createElement('th');
            if (column.money) {
                th.className = 'num';
            }
            if (!column.sort) {
                th.textContent = column.heading;
            } else {
                const link = document.createElement('a');
                link.className = 'sort';
                link.dataset.sort = column.sort;
                const next = sort === column.sort ? '-' + column.sort : column.sort;
                const query = asked();
                query.set('sort', next);
                query.delete('page');
                link.href = '?' + query;
                link.textContent = column.heading;
                link.title = '按' + column.heading.replace(/（.*）/, '') + (next.startsWith('-') ? '降序' : '升序') + '排列';
                if (sort === column.sort || sort === '-' + column.sort) {
                    link.classList.add(sort.startsWith('-') ? 'descending' : 'ascending');
                    th.setAttribute('aria-sort', sort.startsWith('-') ? 'descending' : 'ascending');
                }
                link.addEventListener('click', event => {
                    event.preventDefault();
                    go({sort: next});
                });
                th.appendChild(link);
            }
            row.appendChild(th);
        });
        if (mayReverse) {
            const th = document.createElement('th');
            th.className = 'actions';
            th.textContent = '操作';
            row.appendChild(th);
        }
        $('journal').tHead.replaceChildren(row);
    }

    function rows(items) {
        const body = $('journal').tBodies[0];
        body.replaceChildren();
        items.forEach(item => {
            const row = document.createElement('tr');
            JOURNALS.columns.forEach(column => {
                const td = Ledger.cell(row, column.value(item), column.money ? 'num' : column.wraps ? 'wraps' : null);
                const title = column.title && column.title(item);
                if (title) {
                    td.title = title;
                }
            });
            if (mayReverse) {
                const td = Ledger.cell(row, '', 'actions');
                if (item.status === '已支付' && !item.reversedBy) {
                    const button = document.createElement('button');
                    button.type = 'button';
                    button.className = 'secondary small';
                    button.textContent = '冲销';
                    button.addEventListener('click', () => askReversal(item));
                    td.appendChild(button);
                }
            }
            row.dataset.voucher = item.voucher || item.documentNumber;
            body.appendChild(row);
        });
        if (items.length === 0) {
            const row = document.createElement('tr');
            Ledger.cell(row, '没有符合条件的记录', 'empty').colSpan = JOURNALS.columns.length + (mayReverse ? 1 : 0);
            body.appendChild(row);
        }
    }

    function summary(query, total) {
        const parts = [];
        if (query.get('from') || query.get('to')) {
            parts.push('日期 ' + (query.get('from') || '年初') + ' 至 ' + (query.get('to') || '年末'));
        }
        if (query.get('status')) {
            parts.push($('f-status').selectedOptions[0]?.textContent || query.get('status'));
        }
        if (query.get('project')) {
            parts.push('项目 ' + query.get('project'));
        }
        if (query.get('line')) {
            parts.push('指标 ' + $('f-line-label').textContent);
        }
        if (query.get('q')) {
            parts.push('搜索“' + query.get('q') + '”');
        }
        return (parts.length ? '筛选：' + parts.join('，') + '。' : '') + '共 ' + total + ' 条';
    }

    /** Asks the server for the journal as the address says and shows it. */
    async function show() {
        const query = asked();
        fieldsFrom(query);
        carryToOtherJournals(query);
        $('export-csv').href = exportLink(query, 'csv');
        $('export-xlsx').href = exportLink(query, 'xlsx');
        headings(query.get('sort'));
        const question = ++questions;
        $('journal').setAttribute('aria-busy', 'true');
        try {
            const journal = await Ledger.api(Ledger.unitYear + '/' + kind + '?' + query);
            if (question !== questions) {
                return;
            }
            message.hidden = true;
            rows(journal.items);
            const size = Number(query.get('size') || DEFAULT_SIZE);
            const page = Number(query.get('page') || 0);
            const pages = Math.max(1, Math.ceil(journal.total / size));
            $('count').textContent = '共 ' + journal.total + ' 条';
            $('filter-summary').textContent = summary(query, journal.total);
            $('page-of').textContent = '第 ' + (page + 1) + ' / ' + pages + ' 页';
            $('page-previous').disabled = page === 0;
            $('page-next').disabled = page + 1 >= pages;
        } catch (failure) {
            if (question !== questions) {
                return;
            }
            $('journal').tBodies[0].replaceChildren();
            $('count').textContent = '';
            $('page-of').textContent = '';
            $('page-previous').disabled = $('page-next').disabled = true;
            Ledger.say(message, false, failure.message, failure.code);
        } finally {
            if (question === questions) {
                $('journal').removeAttribute('aria-busy');
            }
        }
    }

    function askReversal(item) {
        reversing = item;
        $('rev-original').textContent = item.voucher;
        $('rev-paid-on').textContent = item.date;
        $('rev-line').textContent = codes(item).join(' / ');
        $('rev-amount').textContent = Ledger.money(item.amount);
        $('rev-voucher').value = '';
        $('rev-reason').value = '';
        $('rev-date').value = Ledger.today(Ledger.year);
        $('rev-message').hidden = true;
        $('reversal-dialog').showModal();
        $('rev-voucher').focus();
    }

    $('reversal-form').addEventListener('submit', async event => {
        event.preventDefault();
        const item = reversing;
        if (!window.confirm('确定冲销凭证 ' + item.voucher + '（' + Ledger.money(item.amount) + ' 元）吗？原支付金额将全额退回指标，'
            + '冲销记账后不能撤销。')) {
            return;
        }
        $('rev-submit').disabled = true;
        try {
            // the original amount goes along as a check: the server refuses if the payment is not what was shown
            const answer = await Ledger.post(Ledger.unitYear + '/reversals', {
                voucher: $('rev-voucher').value.trim(), originalVoucher: item.voucher, date: $('rev-date').value,
                amount: item.amount, reason: $('rev-reason').value.trim() || null});
            $('reversal-dialog').close();
            await show();
            Ledger.say(message, true, answer.outcome === 'UNCHANGED' ? '该冲销已登记过，未重复记账。'
                : answer.outcome === 'AWAITING_REVIEW' ? '冲销已制单，待审核（审核通过后记账）：冲销凭证号 ' + answer.document + '。'
                : '已冲销凭证 ' + item.voucher + '，' + Ledger.money(item.amount) + ' 元退回指标，冲销凭证号 ' + answer.document + '。');
        } catch (failure) {
            Ledger.say($('rev-message'), false, failure.message, failure.code);
        } finally {
            $('rev-submit').disabled = false;
        }
    });
    $('rev-cancel').addEventListener('click', () => $('reversal-dialog').close());

    // filters: a choice applies at once, the search on Enter or 查询
    [['f-from', 'from'], ['f-to', 'to'], ['f-status', 'status'], ['f-project', 'project']].forEach(([id, name]) =>
        $(id).addEventListener('change', () => go({[name]: $(id).value})));
    $('f-q').addEventListener('keydown', event => {
        if (event.key === 'Enter') {
            go({q: $('f-q').value.trim()});
        }
    });
    $('f-apply').addEventListener('click', () => go({from: $('f-from').value, to: $('f-to').value,
        status: $('f-status').value, project: $('f-project').value, q: $('f-q').value.trim()}));
    $('f-clear').addEventListener('click', () => go(Object.fromEntries(FILTERS.map(name => [name, '']))));
    $('f-line-remove').addEventListener('click', () => go({line: ''}));
    $('f-size').addEventListener('change', () => go({size: $('f-size').value === DEFAULT_SIZE ? '' : $('f-size').value}));
    $('page-previous').addEventListener('click', () => go({page: String(Number(asked().get('page') || 0) - 1)}, true));
    $('page-next').addEventListener('click', () => go({page: String(Number(asked().get('page') || 0) + 1)}, true));
    window.addEventListener('popstate', show);

    // who may reverse: an accountant who may write this unit, in a year not closed (the server decides all the same)
    const [budget, me] = await Promise.all([Ledger.api(Ledger.unitYear + '?asOf=' + Ledger.year + '-12-31'),
        Ledger.api('/api/me')]);
    $('unit-name').textContent = budget.unitName + '（' + budget.unit + '）';
    budget.lines.forEach(line => {
        lines.set(line.lineId, line);
        projectNames.set(line.projectCode, line.projectName);
    });
    [...projectNames].sort(([a], [b]) => a.localeCompare(b)).forEach(([code, name]) =>
        $('f-project').add(new Option(name ? name + '（' + code + '）' : code, code)));
    mayReverse = kind === 'payments' && me.role === 'ACCOUNTANT' && !document.getElementById('closed-banner')
        && me.units.some(unit => unit.unit === Ledger.unit && unit.writable);
    await show();
})().catch(failure => Ledger.say(document.getElementById('journal-message'), false, failure.message, failure.code));
