/** Batch analysis of archived logs: files merged by event time into one timeline engine, no broker. */
package io.mesosfailover.batch;
