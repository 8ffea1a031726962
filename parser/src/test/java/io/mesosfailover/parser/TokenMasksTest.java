package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of value a master writes is masked, in the punctuation around it; words of a template are kept. */
class TokenMasksTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "KEPT", value = {
        "5050 | <num>",
        "-3.5 | <num>",
        "1,024 | <num>",
        "15secs | <num>",
        "1.5GB | <num>",
        "20% | <num>",
        "0x7f3a9c | <num>",
        "(3) | (<num>)",
        "20150501-230056-2407081856-5050-5669-S3 | <id>",
        "20150501-230056-2407081856-5050-5669-0000 | <id>",
        "20150501-230056-2407081856-5050-5669-O1234 | <id>",
        "a6e1fa1a-7b09-4ad3-9b2b-8e0a2bd1b1c1-S3 | <id>",
        "a6e1fa1a-7b09-4ad3-9b2b-8e0a2bd1b1c1-0001 | <id>",
        "8f14e45f-ceea-467a-9575-1a2b3c4d5e6f | <id>",
        "web.8f14e45f-ceea-467a-9575-1a2b3c4d5e6f | <id>",
        "3b6f1c2e8d4a4e2b9f0c7a1d5e9c2b44 | <id>",
        "10.0.19.5 | <ip>",
        "(10.0.19.5) | (<ip>)",
        "::1 | <ip>",
        "fe80::1ff:fe23:4567:890a | <ip>",
        "10.0.19.5:5051 | <addr>",
        "'10.0.19.5:5051' | '<addr>'",
        "mesos-master-1:5050 | <addr>",
        "zk1.example.com:2181, | <addr>,",
        "[::1]:5050 | <addr>",
        "slave(1)@10.0.19.5:5051 | <upid>",
        "master@10.0.19.5:5050 | <upid>",
        "scheduler-3b6f1c2e-8d4a-4e2b-9f0c-7a1d5e9c2b44@10.0.1.11:38517 | <upid>",
        "/var/lib/mesos/meta | <path>",
        "'/tmp/mesos' | '<path>'",
        "./work | <path>",
        "zk://10.0.0.1:2181,10.0.0.2:2181/mesos | <url>",
        "http://leader.mesos:5050/state | <url>",
        "agent-7.example.com | <host>",
        "(ip-10-0-1-23.ec2.internal) | (<host>)",
        "--port=5050 | --port=<num>",
        "User-Agent='Mozilla/5.0' | User-Agent='<*>'",
        "mesos-master-2 | <*>",
        "17:34:23 | <*>",
        "HTTP/1.1 | <*>",
        "Sending | KEPT",
        "TASK_LOST | KEPT",
        "(marathon) | KEPT",
        "master.cpp | KEPT",
        "done. | KEPT",
        "e.g. | KEPT",
        "'health | KEPT",
        "- | KEPT",
        "/ | KEPT",
        "user@example.com | KEPT",
    })
    void shouldMaskValuesAndKeepTemplateWords(String word, String expected) {
        // When
        String masked = TokenMasks.mask(word, 0, word.length());

        // Then
        assertThat(masked).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} chars -> {1}")
    @CsvSource({"64, KEPT", "65, <*>"})
    void shouldMaskWordsTooLongForATemplate(int length, String expected) {
        // Given
        String word = "x".repeat(length);

        // When
        String masked = TokenMasks.mask(word, 0, length);

        // Then
        assertThat(masked).isEqualTo(expected.equals("KEPT") ? null : expected);
    }
}
