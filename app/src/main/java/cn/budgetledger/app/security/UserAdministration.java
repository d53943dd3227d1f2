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

    private final UserDirectory users;
    private final PasswordEncoder passwords;
    private final ScrapeCredential scraper;

    public UserAdministration(UserDirectory users, PasswordEncoder passwords, ScrapeCredential scraper) {
        this.users = users;
        this.passwords = passwords;
        this.scraper = scraper;
    }

    @GetMapping
    @Operation(summary = "全部用户")
    public List<UserView> all() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建用户", description = "username：2 至 64 位字母、数字或 . _ -，不区分大小写地唯一（409 USER_EXISTS）；"
            + "role：会计、领导、管理员；scope：会计为单位代码，领导为主管部门代码，* 为全部单位；"
            + "密码至少 8 位、最长 72 字节（BCrypt 的上限），以 BCrypt 存储；displayName 最长 64 个字符")
    public UserView create(@RequestBody NewUserRequest request) {
        String username = UserRules.checkedUsername(request == null ? null : request.username());
        if (scraper.isReserved(username)) {
            throw LedgerException.conflict("USERNAME_RESERVED", "该用户名已用作指标采集账号：" + username);
        }
        Role role = Role.of(request.role());
        LedgerUser user = new LedgerUser(username, UserRules.checkedDisplayName(request.displayName(), username),
                role, true, ScopeRules.checked(role, request.scope()));
        users.create(user, passwords.encode(UserRules.checkedPassword(request.password())));
        return UserView.of(found(user.username()));
    }

    @PutMapping("/{username}/scope")
    @Operation(summary = "分配单位或部门（整体替换）", description = "scope 必须给出；[] 清空")
    public UserView assign(@PathVariable String username, @RequestBody ScopeRequest request) {
        LedgerUser user = found(username);
        if (request == null || request.scope() == null) {
            // A body that lost its scope must not clear one by accident: clearing is an explicit [].
            throw LedgerException.invalid("SCOPE_MISSING", "请给出 scope：单位或部门代码的列表（清空请用 []）");
        }
        users.assign(username, ScopeRules.checked(user.role(), request.scope()));
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
    @Operation(summary = "重置密码", description = "至少 8 位、最长 72 字节")
    public UserView resetPassword(@PathVariable String username, @RequestBody PasswordRequest request) {
        users.changePassword(username, passwords.encode(UserRules.checkedPassword(request == null ? null : request.password())));
        return UserView.of(found(username));
    }

    private LedgerUser found(String username) {
        return users.find(username).orElseThrow(() -> LedgerException.notFound("USER_NOT_FOUND", "没有这个用户：" + username));
    }
}
