package cn.budgetledger.app.security;

import cn.budgetledger.command.imports.ImportedUnits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An import file names its units row by row, so the path cannot tell whose data it is: every unit the file
 * names must be one the user may write, or the whole file is refused (403) before a row is checked.
 */
@Component
public class ImportsStayInTheirUnits implements HandlerInterceptor {

    static final String FILE_PART = "file";

    private final UnitAccessPolicy policy;

    public ImportsStayInTheirUnits(UnitAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equals(request.getMethod()) && request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile(FILE_PART);
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            // Reading a large file costs a pass; an accountant of every unit need not pay it.
            if (file != null && !policy.writesEveryUnit(user)) {
                for (String unit : ImportedUnits.of(file)) {
                    if (!policy.mayWrite(user, unit)) {
                        throw new UnitAccessDeniedException(unit);
                    }
                }
            }
        }
        return true;
    }
}
