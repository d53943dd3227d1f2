package cn.budgetledger.query.web;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.PlainText;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.query.catalogue.LearnedSubjectNameProjection;
import cn.budgetledger.query.catalogue.SubjectNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A subject code's name, for a form that shows it beside a code typed by hand (a new line has no name yet). */
@RestController
@Tag(name = "科目", description = "功能科目与经济科目的名称")
public class SubjectController {

    /** A subject named: its code, the name, and which classification it belongs to. */
    public record SubjectName(String kind, String code, String name) {
    }

    private final LearnedSubjectNameProjection learned;

    public SubjectController(LearnedSubjectNameProjection learned) {
        this.learned = learned;
    }

    @GetMapping("/api/subjects/{kind}/{code}")
    @Operation(summary = "科目名称", description = "kind 为 functional（功能科目）或 economic（经济科目）；名称取自随产品提供的科目目录，"
            + "目录没有的取自导入文件所附的名称；都没有时 404 SUBJECT_UNKNOWN")
    public SubjectName name(@PathVariable String kind, @PathVariable String code) {
        SubjectKind subjectKind = switch (kind) {
            case "functional" -> SubjectKind.FUNCTIONAL;
            case "economic" -> SubjectKind.ECONOMIC;
            default -> throw LedgerException.invalid("SUBJECT_KIND_UNKNOWN", "未知的科目分类：" + PlainText.shown(kind) + "（应为 functional 或 economic）");
        };
        String name = new SubjectNames(learned.all()).of(subjectKind, code);
        if (name.isEmpty()) {
            throw LedgerException.notFound("SUBJECT_UNKNOWN", "科目目录中没有" + subjectKind.label() + " " + PlainText.shown(code));
        }
        return new SubjectName(subjectKind.label(), code, name);
    }
}
