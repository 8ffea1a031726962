package io.mesosfailover.event;

/** An event of the master process itself: start-up, leader election, ZooKeeper session, registrar. */
public sealed interface MasterEvent extends MesosEvent
    permits MasterStarted,
        FlagsLogged,
        LeaderDetected,
        LeadingMasterDetected,
        NewLeaderAnnounced,
        LeaderElected,
        LeaderReelected,
        LeadershipLost,
        NoLeaderElected,
        ZooKeeperConnectionLost,
        ZooKeeperReconnected,
        ZooKeeperSessionExpired,
        RegistrarRecoveryStarted,
        RegistryRecovered,
        MasterTerminating {
}
