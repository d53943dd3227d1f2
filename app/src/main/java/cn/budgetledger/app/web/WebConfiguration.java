package cn.budgetledger.app.web;

import cn.budgetledger.app.security.ImportsStayInTheirUnits;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hooks the unit check of import files in front of the import endpoint. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ImportsStayInTheirUnits imports;

    public WebConfiguration(ImportsStayInTheirUnits imports) {
        this.imports = imports;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(imports).addPathPatterns("/api/imports/**");
    }
}
