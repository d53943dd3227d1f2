// Shared by every page: calling the JSON API with the session and its CSRF token, and showing answers.
const Ledger = (() => {
    const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;
    const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;

    /**
     * Loading states for every page: while requests are in flight the page is marked busy (a "加载中…" badge, charts
     * veiled), and a table body that is empty when the page starts says "加载中…" until its first answer, then
     * "无数据" if the page put nothing in it. Pages need no code of their own for this.
     */
    const loading = (() => {
        let inFlight = 0;
        const waiting = new Map();
        document.querySelectorAll('main table').forEach(table => {
            const body = table.tBodies[0];
            if (table.tHead && body && body.children.length === 0) {
                waiting.set(body, placeholder(table, body));
            }
        });

        /**
         * The placeholder is a tbody of its own after the page's, so a page that walks its rows (tbody tr) never
         * meets it; it goes once the page's tbody has rows (or the page's own "none" message).
         */
        function placeholder(table, body) {
            const holder = document.createElement('tbody');
            holder.className = 'placeholder';
            const row = holder.insertRow();
            const cell = row.insertCell();
            cell.colSpan = Math.max([...(table.tHead.rows[0]?.cells || [])].reduce((sum, th) => sum + th.colSpan, 0), 1);
            cell.className = 'empty';
            cell.textContent = '加载中…';
            body.after(holder);
            new MutationObserver((changes, observer) => {
                if (body.children.length > 0) {
                    holder.remove();
                    waiting.delete(body);
                    observer.disconnect();
                }
            }).observe(body, {childList: true});
            return cell;
        }

        function start() {
            inFlight++;
            document.body.classList.add('busy');
            document.querySelector('main')?.setAttribute('aria-busy', 'true');
        }

        /** Settled once the page has drawn the last answer: its continuation runs before this timeout. */
        function end() {
            inFlight--;
            setTimeout(() => {
                if (inFlight > 0) {
                    return;
                }
                document.body.classList.remove('busy');
                document.querySelector('main')?.removeAttribute('aria-busy');
                waiting.forEach(cell => cell.textContent = '无数据');
            });
        }

        return {start, end};
    })();

    /** Fetches JSON; a non-2xx answer rejects with {status, code, message, body}. */
    async function api(path, options = {}) {
        loading.start();
        try {
            return await request(path, options);
        } finally {
            loading.end();
        }
    }

    async function request(path, options) {
        const headers = Object.assign({'Accept': 'application/json'}, options.headers || {});
        if (options.json !== undefined) {
            headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(options.json);
        }
        if (options.method && options.method !== 'GET' && csrfHeader) {
            headers[csrfHeader] = csrfToken;
        }
        // figures change with every write: a page never reads them from the browser's cache
        const response = await fetch(path, Object.assign({cache: 'no-store'}, options, {headers, credentials: 'same-origin'}));
        if (response.status === 401) {
            window.location = '/login?expired';
            throw {status: 401, code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录'};
        }
        // a write answers at once; the session's cookie makes reads wait for it, and past the wait they say so
        if (response.headers.get('Ledger-Behind')) {
            notYetShown({code: 'READ_MODELS_BEHIND', message: '读模型尚未更新：余额、执行数等数字稍后才会包含刚才的记账，请稍后刷新'});
        }
        const type = response.headers.get('Content-Type') || '';
        const body = type.includes('json') ? await response.json() : null;
        if (!response.ok) {
            throw {status: response.status, code: body?.code, message: body?.message || ('请求失败（' + response.status + '）'), body};
        }
        if (response.status === 202 && body && 'recorded' in body) {
            notYetShown(body);
            return body.recorded || {};
        }
        return body;
    }

    /** A write recorded whose figures are not updated yet (202): said at the top of the page, the page goes on. */
    function notYetShown(answer) {
        let banner = document.getElementById('not-yet-shown');
        if (!banner) {
            banner = document.createElement('div');
            banner.id = 'not-yet-shown';
            (document.querySelector('main') || document.body).prepend(banner);
        }
        say(banner, false, answer.message, answer.code);
    }

    function post(path, json) {
        return api(path, {method: 'POST', json});
    }

    /** Shows a success or a refusal next to a form, in Chinese, with the machine code for support. */
    function say(element, ok, text, code) {
        element.hidden = false;
        element.className = 'message ' + (ok ? 'ok' : 'bad');
        element.textContent = text;
        if (code) {
            const span = document.createElement('span');
            span.className = 'code';
            span.textContent = code;
            element.appendChild(span);
        }
    }

    function money(value) {
        if (value === null || value === undefined || value === '') {
            return '—';
        }
        const [whole, cents] = String(value).split('.');
        return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + (cents || '00');
    }

    function percent(value) {
        return value === null || value === undefined ? '—' : value + '%';
    }

    /** An amount as typed ("1,000.5", "-20") in integer fen, so sums beside a form have no rounding; null if unreadable. */
    function fen(text) {
        const cleaned = String(text).replace(/[,，\s]/g, '');
        if (!/^[-+]?\d+(\.\d{1,2})?$/.test(cleaned)) {
            return null;
        }
        const [whole, cents = ''] = cleaned.replace(/^[-+]/, '').split('.');
        const value = Number(whole) * 100 + Number((cents + '00').slice(0, 2));
        return cleaned.startsWith('-') ? -value : value;
    }

    /** A labelled figure of the page's summary boxes (class figure: label above, amount below). */
    function figure(label, value) {
        const div = document.createElement('div');
        div.className = 'figure';
        const name = document.createElement('div');
        name.className = 'label';
        name.textContent = label;
        const amount = document.createElement('div');
        amount.className = 'value';
        amount.textContent = money(value);
        div.append(name, amount);
        return div;
    }

    function cell(row, text, className) {
        const td = document.createElement('td');
        td.textContent = text;
        if (className) {
            td.className = className;
        }
        row.appendChild(td);
        return td;
    }

    function today(year) {
        const now = new Date();
        const iso = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
        if (!year) {
            return iso;
        }
        return iso < year + '-01-01' ? year + '-01-01' : iso > year + '-12-31' ? year + '-12-31' : iso;
    }

    /** The line as people name it: project, functional and economic subject, fund source. */
    function lineLabel(line) {
        return (line.projectName ? line.projectName + '（' + line.projectCode + '）' : line.projectCode)
            + ' / ' + line.functionalCode + ' / ' + line.economicCode + ' / ' + line.fundSource
            + (line.origin === '上年结转' ? '（上年结转）' : '');
    }

    /** 执行率 as a bar, 序时进度 as a mark on it: a bar short of the mark lags (我的单位, 主管部门). */
    /** A unit's or department's figures as a row shows them: five amounts, then the execution rate. */
    function figureCells(row, figures) {
        for (const amount of [figures.adjusted, figures.executed, figures.frozen, figures.awaitingReview, figures.available]) {
            cell(row, money(amount), 'num');
        }
        cell(row, percent(figures.executionRate), 'num');
    }

    function pace(td, executionRate, timeProgress) {
        if (executionRate === null || executionRate === undefined) {
            return;
        }
        td.innerHTML = '<div class="pace"><div class="done"></div><div class="mark"></div></div>';
        const done = Math.min(Number(executionRate), 100);
        td.querySelector('.done').style.width = done + '%';
        td.querySelector('.done').classList.toggle('behind', done < Number(timeProgress));
        td.querySelector('.mark').style.left = Math.min(Number(timeProgress), 100) + '%';
        td.title = '执行率 ' + executionRate + '%，序时进度 ' + timeProgress + '%';
    }

    /** A unit's warnings standing on a date, as tier badges in td, each titled with its messages; the warnings. */
    async function warningBadges(td, unit, year, asOf) {
        try {
            const warnings = await api('/api/units/' + unit + '/years/' + year + '/warnings?asOf=' + asOf);
            const standing = warnings.states?.[0]?.warnings || [];
            tierBadges(td, standing);
            return standing;
        } catch (failure) {
            td.textContent = '—';
            return [];
        }
    }

    /** Warnings counted by tier (红, 橙, 黄) as badges; 无 where there are none. */
    function tierBadges(td, warnings) {
        td.textContent = '';
        for (const tier of ['红', '橙', '黄']) {
            const ofTier = warnings.filter(warning => warning.level === tier);
            if (ofTier.length > 0) {
                const badge = document.createElement('span');
                badge.className = 'tier ' + tier;
                badge.textContent = tier + ' ' + ofTier.length;
                badge.title = ofTier.map(warning => warning.message).join('\n');
                td.appendChild(badge);
            }
        }
        if (warnings.length === 0) {
            td.textContent = '无';
        }
    }

    /** The same day a year earlier (29 February: the 28th), where last year's figures are read. */
    function yearEarlier(date) {
        const day = (Number(date.slice(0, 4)) - 1) + date.slice(4);
        return day.endsWith('-02-29') ? day.slice(0, 8) + '28' : day;
    }

    // A closed year (the page shows its banner) takes no entries: its forms are shown, disabled, not refused on submit.
    if (document.getElementById('closed-banner')) {
        document.querySelectorAll('main form').forEach(form => {
            form.querySelectorAll('input, select, textarea, button').forEach(field => field.disabled = true);
            form.title = '本年度已年终结转，不能再记账';
        });
    }

    const page = document.body.dataset;
    const unitYear = page.unit ? '/api/units/' + page.unit + '/years/' + page.year : null;

    return {api, post, say, money, fen, figure, percent, cell, figureCells, today, lineLabel, pace, warningBadges, tierBadges, yearEarlier,
        unitYear, unit: page.unit, year: page.year};
})();
