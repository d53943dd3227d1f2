package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Administrators manage who signs in, in which role, for which units. */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "用户管理", description = "仅管理员：创建用户、分配单位（会计）或部门（领导）、停用与启用、重置密码")
public class UserAdministration {

    private static final int MIN_PASSWORD = 8;

    private final UserDirectory users;
    private final PasswordEncoder passwords;

    public UserAdministration(UserDirectory users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @GetMapping
    @Operation(summary = "全部用户")
    public List<UserView> all() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建用户", description = "role：会计、领导、管理员；scope：会计为单位代码，领导为主管部门代码，* 为全部单位；密码至少 8 位，以 BCrypt 存储")
    public UserView create(@RequestBody NewUserRequest request) {
        if (request == null || request.username() == null || !request.username().matches("[A-Za-z0-9._-]{2,64}")) {
            throw LedgerException.invalid("USERNAME_MALFORMED", "用户名应为 2 至 64 位字母、数字或 . _ -");
        }
        Role role = Role.of(request.role());
        LedgerUser user = new LedgerUser(request.username(),
                request.displayName() == null || request.displayName().isBlank() ? request.username() : request.displayName(),
                role, true, ScopeRules.checked(role, request.scope()));
        users.create(user, passwords.encode(checkedPassword(request.password())));
        return UserView.of(found(user.username()));
    }

    @PutMapping("/{username}/scope")
    @Operation(summary = "分配单位或部门（整体替换）")
    public UserView assign(@PathVariable String username, @RequestBody ScopeRequest request) {
        LedgerUser user = found(username);
        users.assign(username, ScopeRules.checked(user.role(), request == null ? null : request.scope()));
        return UserView.of(found(username));
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "停用用户", description = "立即生效：停用的用户无法登录，已登录的会话也不再能读写")
    public UserView disable(@PathVariable String username, Authentication administrator) {
        if (username.equals(administrator.getName())) {
            // Otherwise the last administrator could lock everyone out of user management.
            throw LedgerException.ruleViolated("CANNOT_DISABLE_SELF", "不能停用自己的账号");
        }
        users.enable(username, false);
        return UserView.of(found(username));
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "启用用户")
    public UserView enable(@PathVariable String username) {
        users.enable(username, true);
        return UserView.of(found(username));
    }

    @PutMapping("/{username}/password")
    @Operation(summary = "重置密码")
    public UserView resetPassword(@PathVariable String username, @RequestBody PasswordRequest request) {
        users.changePassword(username, passwords.encode(checkedPassword(request == null ? null : request.password())));
        return UserView.of(found(username));
    }

    private LedgerUser found(String username) {
        return users.find(username).orElseThrow(() -> LedgerException.notFound("USER_NOT_FOUND", "没有这个用户：" + username));
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw LedgerException.invalid("PASSWORD_TOO_SHORT", "密码至少 " + MIN_PASSWORD + " 位");
        }
        return password;
    }
}
