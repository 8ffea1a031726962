/** Generated multi-master log sets of the study's failover scenarios, with the incidents they must give. */
package io.mesosfailover.generate;
