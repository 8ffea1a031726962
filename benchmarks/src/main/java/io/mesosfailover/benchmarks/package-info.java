/** Benchmarks that print figures: parsing throughput and heap. Not part of the tests. */
package io.mesosfailover.benchmarks;
