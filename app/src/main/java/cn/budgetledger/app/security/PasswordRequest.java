package cn.budgetledger.app.security;

public record PasswordRequest(String password) {
}
