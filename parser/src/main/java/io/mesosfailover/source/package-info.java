/**
 * Where lines come from: archived files, plain or gzip, folders and globs of them, and standard input; and the one
 * merge by time of what several sources give ({@link io.mesosfailover.source.TimeOrderedMerge}).
 */
package io.mesosfailover.source;
