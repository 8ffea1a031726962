/**
 * Typed facts read from Mesos master log lines: a sealed hierarchy of records under
 * {@link io.mesosfailover.event.MesosEvent}, value types for ids and addresses, and their JSON form.
 */
package io.mesosfailover.event;
