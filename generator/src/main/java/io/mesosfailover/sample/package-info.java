/** Realistic sample log lines (noise between events, glog formatting) for generated logs and benchmarks. */
package io.mesosfailover.sample;
