package io.mesosfailover.influx;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import com.influxdb.client.WriteApiBlocking;
import com.influxdb.client.domain.WritePrecision;
import com.influxdb.exceptions.InfluxException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/** The v2 write API through influxdb-client-java's blocking writer; batching and retries are the sink's. */
final class V2Writer implements PointWriter {

    private final InfluxTarget.V2 target;
    private final InfluxDBClient client;
    private final WriteApiBlocking writes;
    private final ServerAnswer answers;

    V2Writer(InfluxTarget.V2 target, Duration timeout) {
        this.target = target;
        this.answers = new ServerAnswer(List.of(target.token().reveal()));
        OkHttpClient.Builder http = new OkHttpClient.Builder().connectTimeout(timeout).readTimeout(timeout)
                .writeTimeout(timeout);
        this.client = InfluxDBClientFactory.create(InfluxDBClientOptions.builder().url(target.url().toString())
                .authenticateToken(target.token().reveal().toCharArray()).org(target.org()).bucket(target.bucket())
                .okHttpClient(http).build());
        this.writes = client.getWriteApiBlocking();
    }

    @Override
    public void write(List<String> lines) throws WriteException {
        try {
            writes.writeRecords(target.bucket(), target.org(), WritePrecision.NS, lines);
        } catch (InfluxException e) {
            throw new WriteException((e.status() == 0 ? "" : "HTTP " + e.status() + ": ") + answers.shown(e.getMessage()),
                    WriteException.retryable(e.status()), e);
        } catch (RuntimeException e) {
            throw new WriteException(answers.shown(e.toString()), true, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
