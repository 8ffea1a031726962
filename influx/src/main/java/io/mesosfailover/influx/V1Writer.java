package io.mesosfailover.influx;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * InfluxDB 1.x: {@code POST /write?db=..&rp=..&precision=ns}, basic authentication when a user is given. When the
 * server answers that the database does not exist, it is created ({@code CREATE DATABASE}, as Telegraf does) and the
 * batch sent again; if it cannot be created, the batch fails with both answers.
 */
final class V1Writer implements PointWriter {

    private final HttpClient client;
    private final URI endpoint;
    private final URI createDatabase;
    private final String authorization;
    private final Duration timeout;
    private final ServerAnswer answers;

    V1Writer(InfluxTarget.V1 target, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.endpoint = endpoint(target);
        this.createDatabase = URI.create(target.url().toString().replaceAll("/+$", "") + "/query?q="
                + encode("CREATE DATABASE \"" + target.database().replace("\"", "\\\"") + "\""));
        String credentials = target.user() == null ? null : Base64.getEncoder().encodeToString(
                (target.user() + ":" + target.password().reveal()).getBytes(StandardCharsets.UTF_8));
        this.authorization = credentials == null ? null : "Basic " + credentials;
        this.answers = new ServerAnswer(target.password() == null ? List.of()
                : List.of(credentials, target.password().reveal()));
        this.timeout = timeout;
    }

    static URI endpoint(InfluxTarget.V1 target) {
        String base = target.url().toString().replaceAll("/+$", "");
        String query = "db=" + encode(target.database())
                + (target.retentionPolicy() == null ? "" : "&rp=" + encode(target.retentionPolicy()))
                + "&precision=ns";
        return URI.create(base + "/write?" + query);
    }

    @Override
    public void write(List<String> lines) throws WriteException {
        String body = String.join("\n", lines);
        HttpResponse<String> response = send(endpoint, body);
        if (response.statusCode() == 404 && response.body().contains("database not found")) {
            HttpResponse<String> created = send(createDatabase, "");
            if (created.statusCode() / 100 != 2 || created.body().contains("\"error\"")) {
                throw new WriteException(failure(response) + "; creating it failed: " + failure(created), false,
                        null);
            }
            response = send(endpoint, body);
        }
        if (response.statusCode() / 100 != 2) {
            throw new WriteException(failure(response), WriteException.retryable(response.statusCode()), null);
        }
    }

    private HttpResponse<String> send(URI uri, String body) throws WriteException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WriteException(uri.getHost() + ":" + uri.getPort() + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteException("interrupted", true, e);
        }
    }

    private String failure(HttpResponse<String> response) {
        String body = answers.shown(response.body());
        return "HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": " + body);
    }

    @Override
    public void close() {
        // java.net.http.HttpClient of Java 17 has no close; its threads end with it.
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
