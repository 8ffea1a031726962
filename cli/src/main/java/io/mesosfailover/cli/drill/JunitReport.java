package io.mesosfailover.cli.drill;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A drill's verdicts as JUnit XML (the common Ant/Surefire format CI servers read): one test suite for the drill,
 * one test case per expectation, a {@code <failure>} with a message for each that failed.
 */
public final class JunitReport {

    private JunitReport() {
    }

    /**
     * @param hostname the host the check ran on, for the suite's {@code hostname} attribute
     * @param timestamp when the check ran
     * @throws IOException when the stream fails
     */
    public static void write(DrillReport report, String hostname, Instant timestamp, OutputStream out)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            attribute(xml, "name", "mesos-failover check");
            counts(xml, report);
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            attribute(xml, "name", report.drill().drill());
            counts(xml, report);
            attribute(xml, "errors", "0");
            attribute(xml, "skipped", "0");
            attribute(xml, "timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
            attribute(xml, "hostname", hostname);
            xml.writeCharacters("\n");
            xml.writeEmptyElement("properties");
            xml.writeCharacters("\n");
            for (ExpectationResult result : report.results()) {
                testCase(xml, report, result);
            }
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean("drill file " + report.file() + "; logs from " + report.firstEvent() + " to "
                    + report.lastEvent()));
            xml.writeEndElement();
            xml.writeEmptyElement("system-err");
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void testCase(XMLStreamWriter xml, DrillReport report, ExpectationResult result)
            throws XMLStreamException {
        xml.writeStartElement("testcase");
        attribute(xml, "name", result.expectation());
        attribute(xml, "classname", "drill." + report.drill().drill() + "." + result.kind());
        attribute(xml, "time", "0");
        String decided = result.reason() + (result.incident() == null ? "" : ": " + result.incident()
                + (result.figures().isEmpty() ? "" : " (" + DrillReport.figures(result.figures()) + ")"));
        if (!result.passed()) {
            xml.writeStartElement("failure");
            attribute(xml, "message", decided);
            attribute(xml, "type", "ExpectationNotMet");
            xml.writeCharacters(clean(result.expectation() + "\n" + decided));
            xml.writeEndElement();
        }
        xml.writeStartElement("system-out");
        xml.writeCharacters(clean(decided));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void counts(XMLStreamWriter xml, DrillReport report) throws XMLStreamException {
        attribute(xml, "tests", String.valueOf(report.results().size()));
        attribute(xml, "failures", String.valueOf(report.failures()));
        attribute(xml, "time", "0");
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
    }

    /** @return the text with the characters XML 1.0 cannot hold replaced by U+FFFD */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }
}
