/** Where lines come from: archived files, plain or gzip, folders and globs of them, and standard input. */
package io.mesosfailover.source;
