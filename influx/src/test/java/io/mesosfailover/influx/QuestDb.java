package io.mesosfailover.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: a QuestDB server (the {@code org.questdb:questdb} jar from Maven Central) in a JVM of its own, with
 * its own root folder and a free HTTP port; its HTTP server takes v2 writes on {@code /api/v2/write} and SQL on
 * {@code /exec}.
 */
final class QuestDb implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;

    private QuestDb(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static QuestDb start(Path root) throws IOException, InterruptedException {
        int port = Influxd.freePort();
        Files.createDirectories(root.resolve("conf"));
        Files.writeString(root.resolve("conf/server.conf"), String.join("\n", "http.bind.to=127.0.0.1:" + port,
                "http.min.enabled=false", "pg.enabled=false", "line.tcp.enabled=false", "line.udp.enabled=false",
                "telemetry.enabled=false", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", jar(), "io.questdb.ServerMain", "-d",
                root.toString()).redirectErrorStream(true)
                .redirectOutput(root.resolve("questdb.log").toFile()).start();
        QuestDb questDb = new QuestDb(process, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("QuestDB exited: " + Files.readString(root.resolve("questdb.log")));
            }
            try {
                questDb.sql("select 1");
                return questDb;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        questDb.close();
        throw new IllegalStateException("QuestDB did not answer within 60 s");
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** @return the answer of {@code /exec} to a SQL statement */
    JsonNode sql(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url().resolve("/exec?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return new ObjectMapper().readTree(response.body());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String jar() {
        try {
            return Path.of(io.questdb.ServerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
