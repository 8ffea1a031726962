/** The live sink: the metric points of {@code mesos.metrics} into a metrics database, at least once. */
package io.mesosfailover.sink;
