/**
 * The parser facade: {@link io.mesosfailover.parser.GlogParser} opens one stateful
 * {@link io.mesosfailover.parser.FileParse} per input file, which turns physical lines into
 * {@link io.mesosfailover.parser.ParseOutcome}s and counts every line in {@link io.mesosfailover.parser.ParseStats}.
 */
package io.mesosfailover.parser;
