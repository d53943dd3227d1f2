package cn.budgetledger.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a browser does at the HTTP level: signs in through the login form and keeps the session cookie. */
public final class FormSession {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;

    private FormSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** Signs in; the answer is where the login form sent the browser. */
    public static FormSession signIn(String baseUrl, String username, String password) {
        FormSession session = new FormSession(baseUrl);
        String token = session.token("/login", HIDDEN_TOKEN);
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + answer.statusCode() + " " + answer.headers().map());
        }
        return session;
    }

    /** The CSRF token a page of the session carries for its scripts. */
    String pageToken(String page) {
        return token(page, META_TOKEN);
    }

    int get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()).statusCode();
    }

    /** A page as the browser receives it: its status and its HTML. */
    public HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A JSON POST as the pages' scripts send it: with the session cookie, and the CSRF header when given. */
    int postJson(String path, String json, String csrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request).statusCode();
    }

    /**
     * Any request with the session cookie: the CSRF header when a token is given, an Authorization header when one
     * is given (even an empty one, as a confused or hostile client might send it).
     */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body, String csrfToken,
                              String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A prepared request with the session cookie and, when given, an Authorization header. */
    HttpResponse<byte[]> send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String page, Pattern pattern) {
        String html = send(HttpRequest.newBuilder(URI.create(baseUrl + page)).GET()).body();
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
