package cn.budgetledger.app;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /swagger-ui.html and /v3/api-docs tell other tools about the ledger's API. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String BASIC = "basic";

    @Bean
    public OpenAPI ledgerApi() {
        return new OpenAPI()
                .info(new Info().title("预算指标账 API · Budget ledger")
                        .description("""
                                预算单位的年初预算、科目调整、支付与冲销，按任意业务日期查询执行情况。
                                金额为元、两位小数的字符串；错误为 {"code","message"}：
                                400 输入格式错误，404 不存在，409 单据号冲突或年度已结转，422 违反预算规则（如无预算不支出）。
                                写入记账后立即答复（数字取自该预算年度本身，如支付的 available），不等待读模型；
                                答复头 Ledger-Position 为一致性位置。须看到某次写入的查询带 ?after=<位置>（或请求头
                                Ledger-After，latest 表示此前确认的全部写入），读模型跟上后才答复，时限内未跟上答 503
                                READ_MODELS_BEHIND。写入带 Prefer: read-your-writes 时等读模型跟上再答复，此时记账成功
                                但读模型尚未更新答 202 {"code","message","recorded"}：READ_MODEL_DEAD_LETTER
                                （该预算年度有事件在死信队列中，等待管理员处理）或 READ_MODELS_BEHIND（读模型未能在时限内跟上）；
                                recorded 为原本的回答，记账本身已完成。""")
                        .version("1"))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
