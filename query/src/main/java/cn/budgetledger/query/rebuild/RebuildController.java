package cn.budgetledger.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators rebuild the read models from the event store, e.g. after a projection's rule was corrected. */
@RestController
@Tag(name = "读模型", description = "仅管理员：从事件存储重建全部读模型（报表、指标、公开表的数据来源）")
public class RebuildController {

    private final ReadModelRebuild rebuild;

    public RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/admin/read-models/rebuild")
    @Operation(summary = "重建读模型", description = "按事件顺序一次读完事件存储，在旁边的表中重新计算可重放的读模型，"
            + "最后在一个事务中连同处理进度一起换入：期间读取照旧回答重建前的数字。期间本实例的处理器暂停，新事件在重建后补上。"
            + "另一实例正在更新读模型时拒绝（409 READ_MODELS_IN_USE）；某个事件无法写入读模型时失败（409 REBUILD_FAILED，"
            + "指明该事件），读模型和处理进度均不改动")
    public Rebuilt rebuild() {
        return rebuild.rebuild();
    }
}
