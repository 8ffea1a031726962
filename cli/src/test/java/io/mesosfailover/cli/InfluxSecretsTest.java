package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets given for InfluxDB are used and never shown: not from the URL, not from a server that echoes them. */
class InfluxSecretsTest {

    private static final String PASSWORD = "s3cret-Pa55";

    @TempDir
    Path folder;

    private HttpServer echoingServer;
    private String logs;

    @BeforeEach
    void startAServerThatEchoesTheRequestHeaders() {
        CommandRun.of("generate", "--output", folder.toString(), "--size", "0");
        logs = folder.resolve("logs").toString();
        try {
            echoingServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        echoingServer.createContext("/", exchange -> {
            String echo = "{\"code\":\"unauthorized\",\"message\":\"denied for "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + "x".repeat(5_000) + "\"}";
            byte[] body = echo.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        echoingServer.start();
    }

    @AfterEach
    void stopTheServer() {
        echoingServer.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + echoingServer.getAddress().getPort();
    }

    @Test
    void shouldRefuseAPasswordInTheUrlWithoutShowingIt() {
        // When
        CommandRun run = CommandRun.of("analyze", "--influx-url", "http://admin:" + PASSWORD + "@127.0.0.1:8086",
                "--influx-v1", "--influx-db", "mesos", logs);

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--influx-url: put no user or password in the URL (http://127.0.0.1:8086;")
                .contains("--influx-password-file").doesNotContain(PASSWORD).doesNotContain("admin");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldCutTheCredentialsAndTheLengthOutOfAV1ServerAnswer() throws IOException {
        // Given
        Path password = Files.writeString(folder.resolve("password"), PASSWORD + "\n");

        // When
        CommandRun run = CommandRun.of("analyze", "--influx-url", url(), "--influx-v1", "--influx-db", "mesos",
                "--influx-user", "admin", "--influx-password-file", password.toString(), logs);

        // Then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 401").contains("denied for Basic ****").contains("more characters)")
                .doesNotContain(PASSWORD).doesNotContain(Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(run.err().lines().mapToInt(String::length).max().orElse(0)).isLessThan(1_000);
    }

    @Test
    void shouldCutTheTokenAndTheLengthOutOfAV2ServerAnswer() throws IOException {
        // Given
        Path token = Files.writeString(folder.resolve("token"), "tok-" + PASSWORD + "\n");

        // When
        CommandRun run = CommandRun.of("analyze", "--influx-url", url(), "--influx-org", "ops", "--influx-bucket",
                "mesos", "--influx-token-file", token.toString(), logs);

        // Then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 401").contains("****").doesNotContain(PASSWORD);
        assertThat(run.err().lines().mapToInt(String::length).max().orElse(0)).isLessThan(1_000);
    }

    @Test
    void shouldRefuseATokenFileOfTwoLinesAtStart() throws IOException {
        // Given
        Path token = Files.writeString(folder.resolve("token"), "first-line\nsecond-line\n");
        long started = System.nanoTime();

        // When
        CommandRun run = CommandRun.of("analyze", "--influx-url", url(), "--influx-org", "ops", "--influx-bucket",
                "mesos", "--influx-token-file", token.toString(), logs);

        // Then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(token + " holds 2 lines; it must hold the secret alone, on one line")
                .doesNotContain("first-line");
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
        assertThat(run.out()).isEmpty();
    }
}
