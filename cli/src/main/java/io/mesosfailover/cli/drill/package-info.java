/**
 * Drills: a YAML file of what a cluster must do in a failure drill ({@code docs/drills.md}), read with the line and
 * column of every mistake, and judged against the incidents {@code analyze} finds ({@code mesos-failover check}).
 */
package io.mesosfailover.cli.drill;
