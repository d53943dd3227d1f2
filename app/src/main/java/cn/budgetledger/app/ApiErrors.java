package cn.budgetledger.app;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.app.security.SignInThrottledException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Every "no" of the API as {"code": …, "message": …}: a machine-readable code for clients, a Chinese
 * message for people. Bad input is never a 500.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public record ApiError(String code, String message) {
    }

    @ExceptionHandler(LedgerException.class)
    ResponseEntity<ApiError> ledger(LedgerException failure) {
        return ResponseEntity.status(statusOf(failure.kind())).body(new ApiError(failure.code(), failure.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ApiError> noSuchYear(AggregateNotFoundException failure) {
        return ledger(BudgetYearNotFound.of(failure.getAggregateIdentifier()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ApiError> concurrent(ConcurrencyException failure) {
        return error(HttpStatus.CONFLICT, "CONCURRENT_UPDATE", "同一预算年度正被同时修改，请稍后重试");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LedgerException ledgerFailure) {
                return ledger(ledgerFailure);
            }
            if (cause instanceof DateTimeParseException) {
                return error(HttpStatus.BAD_REQUEST, "DATE_MALFORMED", "日期格式应为 YYYY-MM-DD：" + ((DateTimeParseException) cause).getParsedString());
            }
        }
        return error(HttpStatus.BAD_REQUEST, "BODY_MALFORMED", "请求内容不是有效的 JSON，或字段类型不对");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException failure) {
        return error(HttpStatus.BAD_REQUEST, "PARAMETER_MALFORMED", "参数 " + failure.getName() + " 的值格式不正确：" + failure.getValue());
    }

    /** Query parameters bound to a record (a journal's filter): the first that does not parse is named. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> unbound(BindException failure) {
        FieldError field = failure.getFieldError();
        return error(HttpStatus.BAD_REQUEST, "PARAMETER_MALFORMED", field == null ? "参数格式不正确"
                : "参数 " + field.getField() + " 的值格式不正确：" + field.getRejectedValue());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> missing(Exception failure) {
        return error(HttpStatus.BAD_REQUEST, "PARAMETER_MISSING", "缺少必需的参数：" + failure.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException failure) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持的请求方法：" + failure.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException failure) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "MEDIA_TYPE_UNSUPPORTED", "不支持的内容类型：" + failure.getContentType());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException failure) {
        return error(HttpStatus.NOT_FOUND, "NOT_FOUND", "没有这个地址：/" + failure.getResourcePath());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException failure) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", "文件过大");
    }

    /** A refusal found inside a handler (a unit named in a file or a command), logged like every other. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException failure, HttpServletRequest request) {
        log.warn("Denied {} {} to {}: {}", request.getMethod(), request.getRequestURI(),
                request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName(),
                failure.getMessage());
        return error(HttpStatus.FORBIDDEN, "FORBIDDEN", failure.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof LedgerException ledgerFailure) {
                return ledger(ledgerFailure);
            }
        }
        log.error("Unexpected failure", failure);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，请联系管理员");
    }

    static HttpStatus statusOf(LedgerException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(code, message));
    }

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            if (failure instanceof SignInThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                write(response, HttpStatus.TOO_MANY_REQUESTS, "SIGN_IN_THROTTLED", throttled.getMessage());
                return;
            }
            // No Basic challenge to a browser's page navigation: its login dialog would have the browser remember
            // the password and send it along with any later request, a foreign page's form post included (CSRF).
            String accept = request.getHeader("Accept");
            if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"budget-ledger\"");
            }
            write(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录（用户名和密码）");
        };
    }

    static AccessDeniedHandler denied() {
        return (request, response, failure) -> {
            log.warn("Denied {} {} to {}", request.getMethod(), request.getRequestURI(),
                    request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName());
            write(response, HttpStatus.FORBIDDEN, "FORBIDDEN", "无权执行此操作");
        };
    }

    private static void write(HttpServletResponse response, HttpStatus status, String code, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("code", code, "message", message));
    }
}
