/**
 * The HTML report of {@code analyze --format html}: one self-contained page (inline SVG and CSS, one small script)
 * with a timeline per cluster and the terminal report's tables. Every piece of log text is escaped on its way in.
 */
package io.mesosfailover.cli.html;
