package cn.budgetledger.app.deadletters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "死信", description = "仅管理员：读模型未能处理的事件（死信队列）：查看、重试、放弃")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "全部死信", description = "按读模型和预算年度排列；failed 为 false 的事件本身无误，只是排在同一预算年度的失败事件之后")
    public List<DeadLetterView> all() {
        return deadLetters.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条死信，含事件内容（payload）与元数据")
    public DeadLetterView one(@PathVariable String id) {
        return deadLetters.one(id);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "重试该死信所在预算年度的全部死信（从最早的一条起，按顺序）",
            description = "成功的事件写入读模型并离开队列；再次失败的留在队列中，记录新的原因和重试次数")
    public RetryResult retry(@PathVariable String id) {
        return deadLetters.retry(id);
    }

    @PostMapping("/{id}/evict")
    @Operation(summary = "放弃一条死信（读模型将永远不包含该事件）", description = "须填写原因；记入放弃日志（dead_letter_eviction）")
    public ResponseEntity<Void> evict(@PathVariable String id, @RequestBody EvictionRequest request,
                                      Authentication administrator) {
        deadLetters.evict(id, request == null ? null : request.reason(), administrator.getName());
        return ResponseEntity.noContent().build();
    }
}
