package cn.budgetledger.app.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/**
 * The pages of one unit-year: 预算指标, 台账, 支付与冲销, 科目调整, 冻结与解冻, 用款计划, 审核, 指标与预警, 绩效自评,
 * 公开表, 结转和结余, and the entry pages 预算批复, 更正, 绩效目标 and 年终结转.
 */
@Controller
@RequestMapping("/units/{unit}/years/{year}")
public class UnitYearPages {

    /** The journals a unit-year keeps, by the name of their API (and page), with their titles. */
    private static final Map<String, String> JOURNALS = Map.of("payments", "支付台账", "refusals", "拒付台账",
            "adjustments", "科目调整台账", "freezes", "冻结登记簿");

    private final BudgetLedgerRepository ledger;

    public UnitYearPages(BudgetLedgerRepository ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    public String ledger(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("ledger", unit, year, model);
    }

    @GetMapping("/payments")
    public String payments(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("payments", unit, year, model);
    }

    @GetMapping("/adjustments")
    public String adjustments(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("adjustments", unit, year, model);
    }

    @GetMapping("/freezes")
    public String freezes(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("freezes", unit, year, model);
    }

    @GetMapping("/spending-plans")
    public String spendingPlans(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("spending-plans", unit, year, model);
    }

    /** 审核: the entries awaiting review, for a reviewer of the unit. */
    @GetMapping("/review")
    public String review(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("review", unit, year, model);
    }

    @GetMapping("/indicators")
    public String indicators(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("indicators", unit, year, model);
    }

    @GetMapping("/evaluation")
    public String evaluation(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("evaluation", unit, year, model);
    }

    /** 公开表: the public tables on a basis, for chosen fund sources, as shown and as a workbook. */
    @GetMapping("/disclosure")
    public String disclosure(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("disclosure", unit, year, model);
    }

    @GetMapping("/year-end")
    public String yearEnd(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("year-end", unit, year, model);
    }

    /**
     * 台账: one page for the four journals, by kind; its query string is the journal API's (from, to, status, project,
     * line, q, sort, page, size), so a filtered journal is a link.
     */
    @GetMapping("/journal/{kind}")
    public String journal(@PathVariable String unit, @PathVariable int year, @PathVariable String kind, Model model) {
        String title = JOURNALS.get(kind);
        if (title == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有该台账：" + kind);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("journalTitle", title);
        return show("journal", unit, year, model);
    }

    /** 预算批复 entered by hand (a file goes through the import page). */
    @GetMapping("/allocations")
    public String allocations(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("allocations", unit, year, model);
    }

    @GetMapping("/corrections")
    public String corrections(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("corrections", unit, year, model);
    }

    /** 绩效目标 and the actuals of manual indicators, for the unit and its projects. */
    @GetMapping("/targets")
    public String targets(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("targets", unit, year, model);
    }

    /** 年终结转: what closing will carry forward and let lapse, then the closing itself. */
    @GetMapping("/closing")
    public String closing(@PathVariable String unit, @PathVariable int year, Model model) {
        return show("closing", unit, year, model);
    }

    /** A closed year (年终结转) says so on every page, and its entry forms are disabled (ledger.js). */
    private String show(String page, String unit, int year, Model model) {
        UnitYear budget = new UnitYear(unit, year);
        model.addAttribute("unit", budget.unit());
        model.addAttribute("year", budget.year());
        model.addAttribute("page", page);
        model.addAttribute("closedOn", ledger.findYear(budget).map(BudgetLedgerRepository.YearRow::closedOn).orElse(null));
        return page;
    }
}
