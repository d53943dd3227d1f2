package cn.budgetledger.app.web;

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
     * 主管部门公开表: the public tables page in department mode (its units summed, with the 分单位 tables); who may read
     * it is the department API's business, as for every page.
     */
    @GetMapping("/departments/{department}/years/{year}/disclosure")
    public String departmentDisclosure(@PathVariable String department, @PathVariable int year, Model model) {
        model.addAttribute("department", department);
        model.addAttribute("year", year);
        return "disclosure";
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
