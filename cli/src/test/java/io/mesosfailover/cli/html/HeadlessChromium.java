package io.mesosfailover.cli.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: a headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol with the JDK's
 * HttpClient and WebSocket: navigate, evaluate JavaScript, take a screenshot.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with a profile in {@code profile} and connects to its first page. */
    static HeadlessChromium start(Path profile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + Files.createDirectories(profile), "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browser = browserEndpoint(process);
        URI list = URI.create(browser.replaceFirst("^ws://([^/]+)/.*$", "http://$1/json/list"));
        HttpClient http = HttpClient.newHttpClient();
        String page = null;
        for (int attempt = 0; attempt < 50 && page == null; attempt++) {
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    page = target.get("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                Thread.sleep(100);
            }
        }
        if (page == null) {
            process.destroyForcibly();
            throw new IOException("Chromium opened no page");
        }
        HeadlessChromium[] self = new HeadlessChromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    self[0].received(message.toString());
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
        self[0] = new HeadlessChromium(process, socket);
        return self[0];
    }

    private static String browserEndpoint(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IOException("Chromium stopped before it listened");
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            CompletableFuture<JsonNode> waiting = message.has("id") ? pending.remove(message.get("id").asInt()) : null;
            if (waiting != null) {
                waiting.complete(message);
            }
        } catch (IOException e) {
            pending.values().forEach(future -> future.completeExceptionally(e));
        }
    }

    /** @return the result of a DevTools command; fails on a protocol error */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(command), true).join();
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** @return the value of a JavaScript expression (awaited when it is a promise) */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Opens a page and waits until it has loaded. */
    void open(Path file, int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
        // a headless page never has the window's focus, so focus events would wait for it: behave as a focused page
        send("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        send("Page.navigate", Map.of("url", file.toUri().toString()));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!evaluate("document.readyState === 'complete' && location.protocol === 'file:'").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not loaded within 60 s: " + file);
            }
            Thread.sleep(20);
        }
    }

    /** @return a PNG of the viewport */
    byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
    }

    /**
     * Stops the browser and its helper processes (renderers, the GPU and network services), which write into the
     * profile too: once this returns, nothing holds the profile folder, so that it can be deleted.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> helpers = process.descendants().toList();
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        helpers.forEach(ProcessHandle::destroy);
        for (ProcessHandle helper : helpers) {
            try {
                helper.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException stillRunning) {
                helper.destroyForcibly();
            }
        }
    }
}
