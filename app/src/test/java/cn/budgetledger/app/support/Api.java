package cn.budgetledger.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * A plain HTTP client of the ledger's API, as any other tool would use it (JSON, HTTP Basic). It asks for
 * read-your-writes: its writes with {@code Prefer: read-your-writes} (answered once the read models show them) and
 * its reads with {@code Ledger-After: latest} (after every write acknowledged before, a page's included), so a test
 * reads right after writing as a user does on the pages; {@link #answeringAtOnce()} is the API's default instead.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;
    private final boolean readYourWrites;
    private final String accept;

    public Api(String baseUrl, String user, String password) {
        this(baseUrl, user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
                true, null);
    }

    public record Response(int status, JsonNode body, byte[] raw, HttpHeaders headers) {

        public Response(int status, JsonNode body, byte[] raw) {
            this(status, body, raw, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        public String text(String field) {
            return body.path(field).asText();
        }

        /** The write's consistency position (Ledger-Position), which a read names to see it; -1 without one. */
        public long position() {
            return headers.firstValueAsLong("Ledger-Position").orElse(-1);
        }
    }

    /** The same client with the API's default: its writes answer as soon as they are recorded. */
    public Api answeringAtOnce() {
        return new Api(baseUrl, authorization, false, accept);
    }

    /** The same client asking for its answers in the given media types (the header Accept). */
    public Api accepting(String mediaTypes) {
        return new Api(baseUrl, authorization, readYourWrites, mediaTypes);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response post(String path, JsonNode json) {
        return post(path, json.toString());
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The same client with a bearer token instead of a password. */
    public static Api bearer(String baseUrl, String token) {
        return new Api(baseUrl, "Bearer " + token, true, null);
    }

    private Api(String baseUrl, String authorization, boolean readYourWrites, String accept) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.readYourWrites = readYourWrites;
        this.accept = accept;
    }

    /** Uploads a file as the multipart part "file". */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "----ledger" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response upload(String path, Path file) {
        try {
            return upload(path, file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
        if (readYourWrites) {
            builder.header("Prefer", "read-your-writes").header("Ledger-After", "latest");
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] raw = response.body();
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") && raw.length > 0 ? JSON.readTree(raw) : MissingNode.getInstance();
            return new Response(response.statusCode(), body, raw, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
