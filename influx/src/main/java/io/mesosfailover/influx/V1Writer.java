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

/** InfluxDB 1.x: {@code POST /write?db=..&rp=..&precision=ns}, basic authentication when a user is given. */
final class V1Writer implements PointWriter {

    private final HttpClient client;
    private final URI endpoint;
    private final String authorization;
    private final Duration timeout;

    V1Writer(InfluxTarget.V1 target, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.endpoint = endpoint(target);
        this.authorization = target.user() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (target.user() + ":" + target.password().reveal()).getBytes(StandardCharsets.UTF_8));
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
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WriteException(endpoint.getHost() + ":" + endpoint.getPort() + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteException("interrupted", true, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String body = response.body().strip();
            throw new WriteException("HTTP " + status + (body.isEmpty() ? "" : ": " + body),
                    WriteException.retryable(status), null);
        }
    }

    @Override
    public void close() {
        // java.net.http.HttpClient of Java 17 has no close; its threads end with it.
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
