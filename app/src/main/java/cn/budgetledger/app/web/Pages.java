package cn.budgetledger.app.web;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.query.ledger.DepartmentYears;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Chinese pages for finance staff and management. Each page is a shell: its script fetches the JSON
 * API with the browser's session, so a page shows exactly what the API lets its user see.
 */
@Controller
public class Pages {

    private final DepartmentYears departmentYears;

    public Pages(DepartmentYears departmentYears) {
        this.departmentYears = departmentYears;
    }

    @GetMapping("/login")
    public String signIn() {
        return "login";
    }

    @GetMapping("/")
    public String home(Authentication user) {
        boolean admin = user.getAuthorities().stream().anyMatch(role -> role.getAuthority().equals("ROLE_ADMIN"));
        return admin ? "redirect:/admin/users" : "home";
    }

    @GetMapping("/imports")
    public String imports() {
        return "imports";
    }

    /** 开启年度: an accountant opens a unit-year, then allocates on its 预算批复 page or by import. */
    @GetMapping("/years/new")
    public String openYear() {
        return "open-year";
    }

    /**
     * A department's year (主管部门, its units summed), for whoever may read its roll-up (the security chain decides, as
     * for its API).
     */
    @GetMapping("/departments/{department}/years/{year}")
    public String department(@PathVariable String department, @PathVariable int year, Model model,
                             HttpServletResponse response) {
        return departmentPage("department", department, year, model, response);
    }

    /** 主管部门公开表: the public tables page in department mode (its units summed, with the 分单位 tables). */
    @GetMapping("/departments/{department}/years/{year}/disclosure")
    public String departmentDisclosure(@PathVariable String department, @PathVariable int year, Model model,
                                       HttpServletResponse response) {
        return departmentPage("disclosure", department, year, model, response);
    }

    /** A department without units that year is a page saying so (404), not an empty shell. */
    private String departmentPage(String view, String department, int year, Model model, HttpServletResponse response) {
        try {
            departmentYears.units(department, year);
        } catch (LedgerException missing) {
            HttpStatus status = missing.kind() == LedgerException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            response.setStatus(status.value());
            model.addAttribute("message", missing.getMessage());
            return "error/404";
        }
        model.addAttribute("department", department);
        model.addAttribute("year", year);
        return view;
    }

    @GetMapping("/admin/users")
    public String users() {
        return "users";
    }

    @GetMapping("/admin/dead-letters")
    public String deadLetters() {
        return "dead-letters";
    }
}
