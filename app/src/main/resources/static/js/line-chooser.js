// Choosing a budget line the way finance staff name it: project, then subject, then fund source (and origin:
// a carried line keeps its fund source, so the choice names 上年结转 beside it). Or found as typed: a code, a subject's
// name or a project's name (words in any order), picked from the matches with the mouse or with ↑ ↓ and Enter, each
// showing the line's 可用余额. A pick sets the three choices and says so with a "line-picked" event on the search box.
class LineChooser {
    static MATCHES_SHOWN = 30;

    constructor(lines, project, subject, fund, onChosen) {
        Object.assign(this, {lines, project, subject, fund, onChosen});
        const projects = new Map(lines.map(line => [line.projectCode, line.projectName]));
        LineChooser.fill(project, [...projects].map(([code, name]) => [code, name + '（' + code + '）']));
        project.addEventListener('change', () => this.projectChosen());
        subject.addEventListener('change', () => this.subjectChosen());
        fund.addEventListener('change', () => this.onChosen(this.chosen()));
        this.search = this.searchBox();
        this.projectChosen();
    }

    /** The search box, put before the project's choice; its matches drop down below it. */
    searchBox() {
        const box = document.createElement('div');
        box.className = 'wide line-search';
        const label = document.createElement('label');
        label.textContent = '查找指标（功能或经济科目编码、科目名称、项目名称或编码）';
        const input = document.createElement('input');
        input.type = 'search';
        input.id = this.project.id.replace(/-project$/, '') + '-search';
        input.placeholder = '如 30201、办公费 或 信息化';
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        // a closed year's forms are disabled before the box exists (ledger.js)
        input.disabled = this.project.disabled;
        label.appendChild(input);
        const picks = document.createElement('ul');
        picks.className = 'line-picks';
        picks.id = input.id + '-matches';
        picks.setAttribute('role', 'listbox');
        picks.hidden = true;
        input.setAttribute('aria-controls', picks.id);
        box.append(label, picks);
        const before = this.project.closest('label') || this.project;
        before.parentNode.insertBefore(box, before);
        this.picks = picks;
        this.matches = [];
        this.active = -1;
        input.addEventListener('input', () => this.find(input.value));
        input.addEventListener('keydown', event => this.key(event));
        input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
        // mousedown, not click: the box must not lose its focus (and close the list) before the pick
        picks.addEventListener('mousedown', event => {
            const item = event.target.closest('li');
            if (item) {
                event.preventDefault();
                this.pick(this.matches[Number(item.dataset.index)]);
            }
        });
        return input;
    }

    /** The lines whose codes, subject names or project match every word typed. */
    find(text) {
        const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
        this.matches = words.length === 0 ? [] : this.lines.filter(line => {
            const known = [line.functionalCode, line.economicCode, line.functionalName, line.economicName,
                line.projectCode, line.projectName, line.fundSource].join(' ').toLowerCase();
            return words.every(word => known.includes(word));
        });
        this.active = this.matches.length > 0 ? 0 : -1;
        this.show();
    }

    show() {
        this.picks.innerHTML = '';
        const shown = this.matches.slice(0, LineChooser.MATCHES_SHOWN);
        shown.forEach((line, index) => {
            const item = document.createElement('li');
            item.setAttribute('role', 'option');
            item.dataset.index = index;
            item.classList.toggle('active', index === this.active);
            const name = document.createElement('span');
            name.textContent = LineChooser.describe(line);
            const left = document.createElement('span');
            left.className = 'left';
            left.textContent = '可用 ' + Ledger.money(line.figures.available);
            item.append(name, left);
            this.picks.appendChild(item);
        });
        if (this.search.value.trim() && shown.length === 0) {
            this.picks.innerHTML = '<li class="none">没有匹配的指标</li>';
        } else if (this.matches.length > shown.length) {
            this.picks.insertAdjacentHTML('beforeend', '<li class="none">…… 另有 ' + (this.matches.length - shown.length)
                + ' 条，请多输入几个字</li>');
        }
        this.picks.hidden = !this.search.value.trim();
        this.search.setAttribute('aria-expanded', String(!this.picks.hidden));
        this.picks.querySelector('li.active')?.scrollIntoView({block: 'nearest'});
    }

    key(event) {
        const open = !this.picks.hidden && this.matches.length > 0;
        const last = Math.min(this.matches.length, LineChooser.MATCHES_SHOWN) - 1;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!open) {
                this.find(this.search.value);
                return;
            }
            this.active = event.key === 'ArrowDown' ? Math.min(this.active + 1, last) : Math.max(this.active - 1, 0);
            this.show();
        } else if (event.key === 'Enter' && open) {
            // the pick, not the form's submit or its next field
            event.preventDefault();
            event.stopImmediatePropagation();
            this.pick(this.matches[this.active]);
        } else if (event.key === 'Escape') {
            this.close();
        }
    }

    pick(line) {
        if (!line) {
            return;
        }
        this.project.value = line.projectCode;
        this.projectChosen();
        this.subject.value = line.functionalCode + ' / ' + line.economicCode;
        this.subjectChosen();
        this.fund.value = LineChooser.fundOf(line);
        this.onChosen(this.chosen());
        this.search.value = LineChooser.describe(line);
        this.close();
        this.search.dispatchEvent(new CustomEvent('line-picked', {detail: line}));
    }

    close() {
        this.picks.hidden = true;
        this.search.setAttribute('aria-expanded', 'false');
    }

    static describe(line) {
        return (line.projectName || line.projectCode) + ' / ' + line.functionalCode + ' ' + (line.functionalName || '')
            + ' / ' + line.economicCode + ' ' + (line.economicName || '') + ' / ' + line.fundSource
            + (line.origin === '上年结转' ? '（上年结转）' : '');
    }

    static fill(select, choices) {
        const previous = select.value;
        select.length = 0;
        for (const [value, text] of choices) {
            select.add(new Option(text, value));
        }
        if (choices.some(([value]) => value === previous)) {
            select.value = previous;
        }
    }

    projectChosen() {
        const subjects = new Map(this.lines.filter(line => line.projectCode === this.project.value)
            .map(line => [line.functionalCode + ' / ' + line.economicCode, line]));
        LineChooser.fill(this.subject, [...subjects].map(([subject, line]) => [subject,
            line.functionalCode + ' ' + (line.functionalName || '') + ' / ' + line.economicCode + ' ' + (line.economicName || '')]));
        this.subjectChosen();
    }

    subjectChosen() {
        LineChooser.fill(this.fund, this.matching().map(line => [LineChooser.fundOf(line),
            line.fundSource + (line.origin === '上年结转' ? '（上年结转）' : '')]));
        this.onChosen(this.chosen());
    }

    matching() {
        const [functional, economic] = this.subject.value.split(' / ');
        return this.lines.filter(line => line.projectCode === this.project.value
            && line.functionalCode === functional && line.economicCode === economic);
    }

    chosen() {
        return this.matching().find(line => LineChooser.fundOf(line) === this.fund.value) || null;
    }

    static fundOf(line) {
        return line.fundSource + '|' + line.origin;
    }

    /** Replaces the lines (after a payment the figures moved) keeping the choice. */
    refresh(lines) {
        this.lines = lines;
        this.onChosen(this.chosen());
    }
}
