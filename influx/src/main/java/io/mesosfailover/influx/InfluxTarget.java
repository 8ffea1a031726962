package io.mesosfailover.influx;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/** Where points go: an InfluxDB 2.x (or any v2 write API) bucket, or an InfluxDB 1.x database. */
public sealed interface InfluxTarget permits InfluxTarget.V2, InfluxTarget.V1 {

    /** @return the server's base URL */
    URI url();

    /**
     * @throws IllegalArgumentException when the URL holds a user or password: it would show in process lists and
     *     logs, and the credentials have options of their own
     */
    static void requireNoUserInfo(URI url) {
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the InfluxDB URL must hold no user or password (" + withoutUserInfo(url)
                    + "): give them as --influx-user and --influx-password-file (1.x) or a token (2.x)");
        }
    }

    /** @return the URL as it may be shown: scheme, host, port and path, never a user or password */
    static String withoutUserInfo(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    /** @return where the points go, for people, without secrets */
    String describe();

    /**
     * The v2 write API ({@code /api/v2/write}) through influxdb-client-java.
     *
     * @param url the server, such as {@code http://localhost:8086}
     * @param org the organisation
     * @param bucket the bucket
     * @param token the API token (never printed)
     */
    record V2(URI url, String org, String bucket, Secret token) implements InfluxTarget {
        /** Checks the components. */
        public V2 {
            requireNonNull(url, "url is null");
            requireNonNull(org, "org is null");
            requireNonNull(bucket, "bucket is null");
            requireNonNull(token, "token is null");
            InfluxTarget.requireNoUserInfo(url);
        }

        @Override
        public String describe() {
            return url + " (v2, org " + org + ", bucket " + bucket + ")";
        }
    }

    /**
     * The v1 endpoint {@code POST /write?db=..&rp=..&precision=ns} of InfluxDB 1.x.
     *
     * @param url the server, such as {@code http://localhost:8086}
     * @param database the database
     * @param retentionPolicy the retention policy, {@code null} for the database's default
     * @param user the user, {@code null} without authentication
     * @param password the user's password (never printed), {@code null} without authentication
     */
    record V1(URI url, String database, String retentionPolicy, String user, Secret password) implements InfluxTarget {
        /** Checks the components. */
        public V1 {
            requireNonNull(url, "url is null");
            requireNonNull(database, "database is null");
            InfluxTarget.requireNoUserInfo(url);
            if ((user == null) != (password == null)) {
                throw new IllegalArgumentException("a user needs a password and a password a user");
            }
        }

        @Override
        public String describe() {
            return url + " (v1, database " + database + (retentionPolicy == null ? "" : ", rp " + retentionPolicy)
                    + ")";
        }
    }
}
