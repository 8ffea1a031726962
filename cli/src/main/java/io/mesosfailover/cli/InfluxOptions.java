package io.mesosfailover.cli;

import io.mesosfailover.influx.InfluxTarget;
import io.mesosfailover.influx.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where to write metrics: an InfluxDB 2.x bucket (v2 write API, token from {@code INFLUX_TOKEN} or a file) or, with
 * {@code --influx-v1}, an InfluxDB 1.x database. Nothing is written without {@code --influx-url}.
 */
final class InfluxOptions {

    /** The environment variable the v2 token is read from when no token file is given. */
    static final String TOKEN_VARIABLE = "INFLUX_TOKEN";

    @Option(names = "--influx-url", paramLabel = "URL",
            description = "Write incidents and parse health as metrics to this InfluxDB, e.g. http://localhost:8086.")
    URI url;

    @Option(names = "--influx-org", paramLabel = "ORG", description = "InfluxDB 2.x organisation.")
    String org;

    @Option(names = "--influx-bucket", paramLabel = "BUCKET", description = "InfluxDB 2.x bucket.")
    String bucket;

    @Option(names = "--influx-token-file", paramLabel = "FILE",
            description = "File holding the InfluxDB 2.x API token (default: environment variable INFLUX_TOKEN).")
    Path tokenFile;

    @Option(names = "--influx-v1", description = "Write to InfluxDB 1.x: POST /write with --influx-db.")
    boolean v1;

    @Option(names = "--influx-db", paramLabel = "DATABASE", description = "InfluxDB 1.x database.")
    String database;

    @Option(names = "--influx-rp", paramLabel = "POLICY", description = "InfluxDB 1.x retention policy.")
    String retentionPolicy;

    @Option(names = "--influx-user", paramLabel = "USER", description = "InfluxDB 1.x user.")
    String user;

    @Option(names = "--influx-password-file", paramLabel = "FILE", description = "File holding the 1.x password.")
    Path passwordFile;

    /** @return the target, {@code null} without {@code --influx-url}; a {@link UserInputException} when incomplete */
    InfluxTarget target() {
        return target(System.getenv());
    }

    InfluxTarget target(Map<String, String> environment) {
        if (url == null) {
            return null;
        }
        if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
            throw new UserInputException("--influx-url: not an http(s) URL: "
                    + (url.getRawUserInfo() == null ? url : InfluxTarget.withoutUserInfo(url)));
        }
        if (url.getRawUserInfo() != null) {
            throw new UserInputException("--influx-url: put no user or password in the URL ("
                    + InfluxTarget.withoutUserInfo(url) + "; it would show in process lists): use --influx-user and"
                    + " --influx-password-file (--influx-v1), or --influx-token-file or " + TOKEN_VARIABLE);
        }
        try {
            return v1 ? v1Target() : v2Target(environment);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private InfluxTarget v1Target() throws IOException {
        require(database, "--influx-v1 needs --influx-db");
        if ((user == null) != (passwordFile == null)) {
            throw new UserInputException("--influx-user and --influx-password-file go together");
        }
        return new InfluxTarget.V1(url, database, retentionPolicy, user,
                passwordFile == null ? null : Secret.fromFile(passwordFile));
    }

    private InfluxTarget v2Target(Map<String, String> environment) throws IOException {
        require(org, "--influx-url needs --influx-org (or --influx-v1 for InfluxDB 1.x)");
        require(bucket, "--influx-url needs --influx-bucket (or --influx-v1 for InfluxDB 1.x)");
        Secret token;
        if (tokenFile != null) {
            token = Secret.fromFile(tokenFile);
        } else {
            String fromEnvironment = environment.get(TOKEN_VARIABLE);
            if (fromEnvironment == null || fromEnvironment.isBlank()) {
                throw new UserInputException("--influx-url needs a token: --influx-token-file or " + TOKEN_VARIABLE);
            }
            try {
                token = Secret.of(fromEnvironment.strip());
            } catch (IllegalArgumentException e) {
                throw new UserInputException(TOKEN_VARIABLE + ": " + e.getMessage(), e);
            }
        }
        return new InfluxTarget.V2(url, org, bucket, token);
    }

    private static void require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new UserInputException(message);
        }
    }
}
