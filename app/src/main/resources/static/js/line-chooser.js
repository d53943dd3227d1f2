// Choosing a budget line the way finance staff name it: project, then subject, then fund source (and origin:
// a carried line keeps its fund source, so the choice names 上年结转 beside it).
class LineChooser {
    constructor(lines, project, subject, fund, onChosen) {
        Object.assign(this, {lines, project, subject, fund, onChosen});
        const projects = new Map(lines.map(line => [line.projectCode, line.projectName]));
        LineChooser.fill(project, [...projects].map(([code, name]) => [code, name + '（' + code + '）']));
        project.addEventListener('change', () => this.projectChosen());
        subject.addEventListener('change', () => this.subjectChosen());
        fund.addEventListener('change', () => this.onChosen(this.chosen()));
        this.projectChosen();
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
        const subjects = new Set(this.lines.filter(line => line.projectCode === this.project.value)
            .map(line => line.functionalCode + ' / ' + line.economicCode));
        LineChooser.fill(this.subject, [...subjects].map(subject => [subject, subject]));
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
