package io.mesosfailover.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
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
 * Test helper: an InfluxDB 1.x server of its own (Debian's {@code influxd}, installed by
 * {@code scripts/services/influxdb.sh install}) with its data, meta and WAL folders under a temporary folder, free
 * ports and authentication off. It can be stopped and started again on the same data.
 */
public final class Influxd implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path binary;
    private final Path config;
    private final Path log;
    private final int port;
    private Process process;

    private Influxd(Path binary, Path folder, int port, int rpcPort) throws IOException {
        this.binary = binary;
        this.port = port;
        this.log = folder.resolve("influxd.log");
        this.config = Files.writeString(folder.resolve("influxdb.conf"), String.join("\n",
                "reporting-disabled = true",
                "bind-address = \"127.0.0.1:" + rpcPort + "\"",
                "[meta]", "  dir = \"" + folder.resolve("meta") + "\"",
                "[data]", "  dir = \"" + folder.resolve("data") + "\"", "  wal-dir = \"" + folder.resolve("wal") + "\"",
                "  query-log-enabled = false",
                "[http]", "  enabled = true", "  bind-address = \"127.0.0.1:" + port + "\"", "  auth-enabled = false",
                "  log-enabled = false",
                "[monitor]", "  store-enabled = false",
                "[retention]", "  enabled = false",
                "[continuous_queries]", "  enabled = false", ""));
    }

    /** Starts a server in {@code folder} and creates {@code database}. */
    public static Influxd start(Path folder, String database) throws IOException, InterruptedException {
        Influxd influxd = startWithoutDatabase(folder);
        influxd.query("CREATE DATABASE \"" + database + "\"", null);
        return influxd;
    }

    /** Starts a server in {@code folder} with no database. */
    public static Influxd startWithoutDatabase(Path folder) throws IOException, InterruptedException {
        Path binary = Path.of(System.getProperty("influxd.binary", "/usr/bin/influxd"));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " not found: run scripts/services/influxdb.sh install");
        }
        Influxd influxd = new Influxd(binary, folder, freePort(), freePort());
        influxd.start();
        return influxd;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the server (again, on the same data) and waits until it answers. */
    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary.toString(), "run", "-config", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("influxd exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ping = HTTP.send(HttpRequest.newBuilder(url().resolve("/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() == 204) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("influxd did not answer within 30 s: " + Files.readString(log));
    }

    /** Stops the server; its data stays. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** @return the answer of {@code /query} to an InfluxQL statement, times in epoch milliseconds */
    public JsonNode query(String statement, String database) throws IOException, InterruptedException {
        String form = "q=" + URLEncoder.encode(statement, StandardCharsets.UTF_8) + "&epoch=ms"
                + (database == null ? "" : "&db=" + URLEncoder.encode(database, StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url().resolve("/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = MAPPER.readTree(response.body());
        if (response.statusCode() != 200 || json.path("results").path(0).has("error")) {
            throw new IllegalStateException(statement + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return json.path("results").path(0);
    }

    /** @return how many points of {@code measurement} hold {@code field} */
    public long count(String database, String measurement, String field) throws IOException, InterruptedException {
        JsonNode series = query("SELECT count(\"" + field + "\") FROM \"" + measurement + "\"", database)
                .path("series");
        return series.isEmpty() ? 0 : series.path(0).path("values").path(0).path(1).asLong();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
