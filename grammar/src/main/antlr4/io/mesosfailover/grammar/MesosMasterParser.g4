// $antlr-format alignColons hanging, alignSemicolons hanging, singleLineOverrulesHangingColon true
/*
 * The lines a Mesos master (0.20 to 1.11) writes to mesos-master.INFO and to its stderr, as catalogued from the
 * Mesos sources. Every message template is a labelled alternative; the label names the event record it becomes
 * (label agentDisconnected -> record AgentDisconnected) and the element labels name the record's components.
 * Wordings of one event across versions ("slave"/"agent", "re-register"/"reregister") are alternatives of the same
 * label. See grammar/README.md for the provenance of each family.
 */
parser grammar MesosMasterParser;

options {
    tokenVocab = GlogLexer;
}

// ---------------------------------------------------------------------------------------------- whole lines

/** A whole physical line, as read from a file. */
logLine
    : fileHeader EOF
    | linePrefix mesosMessage? EOF
    | capturePrefix* timeOnlyPrefix mesosMessage? EOF
    | capturePrefix* zooKeeperClientLine EOF
    | capturePrefix* stderrLine EOF
    ;

/** A line without any prefix on a master's stderr: the text of EXIT(status) before Mesos 1.4. */
bareStderrLine
    : exitMessage EOF
    ;

/** The message part alone, for lines whose prefix was already split off. */
messageLine
    : mesosMessage EOF
    ;

fileHeader
    : LOG_FILE_CREATED HEADER_VALUE # logFileCreated
    | RUNNING_ON_MACHINE HEADER_VALUE # runningOnMachine
    | RUNNING_DURATION HEADER_VALUE # runningDuration
    | LOG_LINE_FORMAT HEADER_VALUE # logLineFormat
    ;

/** Where the glog record starts: after what a log collector put in front of it, if anything. */
linePrefix
    : capturePrefix* otherPrefix? glogPrefix
    ;

capturePrefix
    : SYSLOG_PREFIX # syslogPrefix
    | ISO_SYSLOG_PREFIX # isoSyslogPrefix
    | RFC5424_PREFIX # rfc5424Prefix
    | DOCKER_TIMESTAMP_PREFIX # dockerTimestampPrefix
    | COMPOSE_PREFIX # composePrefix
    | KUBERNETES_PREFIX # kubernetesPrefix
    | DATED_PREFIX # datedPrefix
    | UI_DATE_PREFIX # uiDatePrefix
    ;

/** Up to three other words in front of the record ("in general, after any short prefix"). */
otherPrefix
    : OTHER_WORD (OTHER_WORD OTHER_WORD?)?
    ;

glogPrefix
    : GLOG_PREFIX
    ;

timeOnlyPrefix
    : TIME_ONLY_PREFIX
    ;

zooKeeperClientLine
    : ZOOKEEPER_CLIENT_PREFIX FREE_TEXT?
    ;

stderrLine
    : GLOG_PREAMBLE # glogPreamble
    | CHECK_FAILURE_TRACE # checkFailureTrace
    | STACK_FRAME FREE_TEXT? # stackFrame
    ;

// ---------------------------------------------------------------------------------------------- messages

mesosMessage
    : startupMessage
    | electionMessage
    | zooKeeperMessage
    | registrarMessage
    | replicatedLogMessage
    | agentMessage
    | frameworkMessage
    | taskMessage
    | networkMessage
    | exitMessage
    | knownTemplate
    ;

/**
 * Templates the timelines do not use, by family, after the typed families so that a typed alternative wins. Each
 * becomes a known-template event named after its label, with a field per element label.
 */
knownTemplate
    : offerTemplate
    ;

// §4.1 Master process start and identity
startupMessage
    : level=('INFO' | 'WARNING' | 'ERROR') 'level' 'logging' 'started' '!' # loggingStarted
    | 'Loaded' 'deprecated' 'flag' '\'' flag=value '\'' # deprecatedFlagLoaded
    | 'Build' ':' buildDate=text 'by' buildUser=value # masterBuildLogged
    | 'Version' ':' version=value # masterVersionLogged
    | 'Git' 'tag' ':' gitTag=value # masterGitTagLogged
    | 'Git' 'SHA' ':' gitSha=value # masterGitShaLogged
    | 'Using' '\'' allocator=value '\'' 'allocator' # allocatorSelected
    | 'Starting' 'Mesos' 'master' # masterStarting
    | 'Master' masterId=value '(' hostname=value? ')' 'started' 'on' address=hostPort # masterStarted
    | 'Flags' 'at' 'startup' ':' flags=text? # flagsLogged
    | 'Master' policy=('only' | 'allowing') ('allowing' 'authenticated')? ('unauthenticated')? subject=(
        'slaves'
        | 'agents'
        | 'frameworks'
    ) 'to' 'register' # authenticationPolicyLogged
    | ('Slave' | 'Agent') 'removal' 'is' 'rate' 'limited' 'to' rateLimit=value # agentRemovalRateLimited
    | '**************************************************' 'Master' 'bound' 'to' 'loopback' 'interface' '!' text # loopbackWarning
    | 'Master' 'terminating' # masterTerminating
    ;

// §4.2 Leader election and detection
electionMessage
    : 'Joining' 'the' 'ZK' 'group' # zooKeeperGroupJoining
    | 'New' 'candidate' '(' 'id' '=' '\'' candidateId=value '\'' ')' 'has' 'entered' 'the' 'contest' 'for' 'leadership' # candidateEntered
    | 'Detected' 'a' 'new' 'leader' ':' ('(' 'id' '=' '\'' candidateId=value '\'' ')' | 'None') # leaderDetected
    | 'The' 'current' 'leader' '(' 'id' '=' candidateId=value ')' 'is' 'lost' # currentLeaderLost
    | 'A' 'new' 'leading' 'master' '(' 'UPID' '=' leader=PID ')' 'is' 'detected' # leadingMasterDetected
    | 'The' 'newly' 'elected' 'leader' 'is' (leader=PID 'with' 'id' masterId=value | 'None') # newLeaderAnnounced
    | 'Elected' 'as' 'the' 'leading' 'master' '!' # leaderElected
    | 'Re-elected' 'as' 'the' 'leading' 'master' # leaderReelected
    | 'Lost' 'candidacy' 'as' 'a' 'follower...' 'Contend' 'again' # followerCandidacyLost
    | 'No' 'master' 'was' 'elected.' # noLeaderElected
    | 'Withdrawing' 'the' 'previous' 'membership' 'before' 'recontending' # membershipWithdrawing
    | 'Now' 'cancelling' 'the' 'membership' ':' sequence=value # membershipCancelling
    | 'Membership' 'cancelled' ':' sequence=value # membershipCancelled
    | 'Failed' 'to' 'detect' 'the' 'leader' ':' error=text # leaderDetectionFailed
    | 'Leading' 'master' leader=PID 'has' 'data' 'in' 'old' 'format' # leaderDataInOldFormat
    | 'Leading' 'master' leader=PID 'is' 'using' 'a' 'Protobuf' 'binary' 'format' text # leaderDataInProtobufFormat
    | 'Dropping' '\'' messageName=value '\'' 'message' 'since' 'not' 'elected' 'yet' # messageDroppedNotElected
    | 'Dropping' '\'' messageName=value '\'' 'message' 'since' 'not' 'recovered' 'yet' # messageDroppedNotRecovered
    | 'Failed' 'to' 'watch' 'memberships' ':' error=text # membershipWatchFailed
    | 'Joined' 'group' 'after' 'the' 'contender' 'started' 'withdrawing' # candidacyJoinedWhileWithdrawing
    | 'Withdraw' 'requested' 'before' 'the' 'candidacy' 'is' 'obtained' ';' 'will' 'withdraw' 'after' 'it' 'happens' # candidacyWithdrawalDeferred
    ;

// §4.3 ZooKeeper session
zooKeeperMessage
    : 'Group' 'process' '(' group=PID ')' 'connected' 'to' 'ZooKeeper' # zooKeeperConnected
    | 'Group' 'process' '(' group=PID ')' 'reconnected' 'to' 'ZooKeeper' # zooKeeperReconnected
    | 'Syncing' 'group' 'operations' ':' text # zooKeeperGroupSyncing
    | 'Trying' 'to' operation=('create' | 'get' | 'remove') 'path'? '\'' path=value '\'' 'in' 'ZooKeeper' # zooKeeperNodeOperation
    | 'Lost' 'connection' 'to' 'ZooKeeper' ',' 'attempting' 'to' 'reconnect' '...' # zooKeeperConnectionLost
    | 'Timed' 'out' 'waiting' 'to' ('reconnect' | 'connect') 'to' 'ZooKeeper.' 'Forcing' 'ZooKeeper' 'session' '(' 'sessionId' '=' sessionId=value ')' 'expiration' # zooKeeperSessionExpiryForced
    | 'ZooKeeper' 'session' 'expired' # zooKeeperSessionExpired
    | 'Group' 'aborting' ':' reason=text # zooKeeperGroupAborting
    | 'zookeeper_init' 'failed' ':' error=text ';' 'retrying' 'in' '1' 'second' # zooKeeperRetrying
    | 'Authenticating' 'with' 'ZooKeeper' 'using' scheme=value # zooKeeperAuthenticating
    | 'Failed' 'to' 'create' 'ZooKeeper' ',' 'zookeeper_init' ':' error=text # zooKeeperInitFailed
    | 'Unhandled' 'ZooKeeper' 'state' '(' state=value ')' 'for' 'ZOO_SESSION_EVENT' # zooKeeperStateUnhandled
    ;

// §4.4 Registrar and registry recovery
registrarMessage
    : 'Recovering' 'from' 'registrar' # registrarRecoveryStarted
    | 'Recovering' 'registrar' # registrarRecovering
    | 'Successfully' 'fetched' 'the' 'registry' '(' registrySize=value ')' ('in' elapsed=value)? # registryFetched
    | ('Applied' operations=value 'operations' 'in' elapsed=value ';' 'attempting' | 'Attempting') 'to' 'update' 'the'? (
        '\'' 'registry' '\''
        | 'registry'
    ) # registryUpdating
    | 'Successfully' 'updated' 'the'? ('\'' 'registry' '\'' | 'registry') ('in' elapsed=value)? # registryUpdated
    | 'Successfully' 'recovered' 'registrar' # registrarRecovered
    | 'Recovered' agentCount=value ('slaves' | 'agents') 'from' 'the' ('Registry' | 'registry') '(' registrySize=value ')' ';' 'allowing'
        reregisterTimeout=value 'for' ('slaves' | 'agents') 'to' ('re-register' | 'reregister') # registryRecovered
    | 'Recovery' 'failed' ':' failure=text # registrarRecoveryFailed
    | 'Registrar' 'aborting' ':' reason=text # registrarAborting
    | 'Triggered' 'allocator' 'recovery' ':' 'waiting' 'for' agentCount=value ('slaves' | 'agents') 'to' 'reconnect' 'or' recoveryTimeout=value 'to' 'pass' #
        allocatorRecoveryTriggered
    | 'Garbage' 'collected' unreachableCount=value 'unreachable' ('and' goneCount=value 'gone')? 'agents' 'from' 'the' 'registry' # registryGarbageCollected
    | 'Recovery' 'complete' ':' 'sufficient' 'amount' 'of' ('agents' | 'slaves') 'added' ';' agentCount=value ('agents' | 'slaves') 'known' 'to' 'the'
        'allocator' # allocatorRecoveryCompleted
    | 'Skipping' 'recovery' 'of' 'hierarchical' 'allocator' ':' reason=text # allocatorRecoverySkipped
    | 'Attempting' 'to' 'remove' unreachableCount=value 'unreachable' ('and' goneCount=value 'gone')? 'agents' 'from' 'the' 'registry' # registryGarbageCollecting
    | 'Skipping' 'periodic' 'registry' 'garbage' 'collection' ':' reason=text # registryGarbageCollectionSkipped
    | agentTitle 'removal' 'rate' 'limit' 'acquisition' 'failed' ':' error=text # removalRateLimitFailed
    ;

// §4.5 Replicated log
replicatedLogMessage
    : 'Replica' 'recovered' 'with' 'log' 'positions' text # replicaRecovered
    | 'Opened' 'db' 'in' elapsed=value # levelDbOpened
    | 'Persisting' what=('metadata' | 'action') '(' size=value 'bytes' ')' 'to' 'leveldb' 'took' elapsed=value # levelDbPersisted
    | 'Starting' 'replica' 'recovery' # replicaRecoveryStarted
    | 'Replica' 'is' 'in' status=value 'status' # replicaStatus
    | 'Received' 'a' 'recover' 'response' 'from' 'a' 'replica' 'in' status=value 'status' # replicaRecoverResponse
    | 'Updating' 'replica' 'status' 'to' status=value # replicaStatusUpdating
    | 'Persisted' 'replica' 'status' 'to' status=value # replicaStatusPersisted
    | 'Successfully' 'joined' 'the' 'Paxos' 'group' # paxosGroupJoined
    | 'Starting' 'catch-up' 'from' 'position' begin=value 'to' end=value # replicaCatchUpStarted
    | 'Unable' 'to' 'finish' 'the' 'recover' 'protocol' 'in' timeout=value ',' 'retrying' # replicaRecoverProtocolTimedOut
    | '----------------------------------------------------' 'Replicated' 'log' 'has' 'not' 'been' 'initialized.' text # replicatedLogNotInitialized
    | 'Attempting' 'to' 'join' 'replica' 'to' 'ZooKeeper' 'group' # replicaGroupJoining
    | 'ZooKeeper' 'group' 'memberships' 'changed' # replicaGroupChanged
    | 'ZooKeeper' 'group' 'PIDs' ':' '{' members=text? '}' # replicaGroupMembers
    | 'Renewing' 'replica' 'group' 'membership' # replicaGroupRenewing
    | 'Failed' 'to' 'get' 'data' 'for' 'ZooKeeper' 'group' 'members' ':' error=text # replicaGroupDataFailed
    | 'Failed' 'to' 'participate' 'in' 'ZooKeeper' 'group' ':' reason=text # replicaGroupParticipationFailed
    | 'Attempting' 'to' 'start' 'the' 'writer' # logWriterStarting
    | 'Could' 'not' 'start' 'the' 'writer' ',' 'but' 'can' 'be' 'retried' # logWriterStartDeferred
    | 'Writer' 'started' 'with' 'ending' 'position' position=value # logWriterStarted
    | 'Replica' 'received' kind=('implicit' | 'explicit') 'promise' 'request' ('from' sender=PID)? ('for' 'position' position=value)? 'with' 'proposal'
        proposal=value # promiseRequestReceived
    | 'Replica' 'denying' 'promise' 'request' 'with' 'proposal' proposal=value # promiseRequestDenied
    | 'Persisted' 'promised' 'to' proposal=value # promisePersisted
    | 'Replica' 'ignoring' 'promise' 'request' ('from' sender=PID)? 'as' 'it' 'is' 'in' status=value 'status' # promiseRequestIgnored
    | 'Aborting' kind=('explicit' | 'implicit' | 'write') ('promise')? 'request' 'because' ignores=value 'ignores' 'received' # logRequestAborted
    | 'Coordinator' ('attemping' | 'attempting') 'to' 'fill' 'missing' ('position' | 'positions') # coordinatorFillingPositions
    | 'Coordinator' 'attempting' 'to' 'write' actionType=value 'action' 'at' 'position' position=value # coordinatorWriting
    | 'Replica' 'received' 'write' 'request' 'for' 'position' position=value ('from' sender=PID)? # writeRequestReceived
    | 'Replica' 'learned' actionType=value 'action' 'at' 'position' position=value # actionLearned
    | 'Replica' 'received' 'learned' 'notice' 'for' 'position' position=value ('from' sender=PID)? # learnedNoticeReceived
    | 'Unable' 'to' 'catch-up' 'position' position=value 'in' timeout=value ',' 'retrying' # catchUpTimedOut
    | 'Persisted' 'action' actionType=value? 'at' 'position'? position=value # actionPersisted
    | 'Failed' 'to' 'watch' 'ZooKeeper' 'group' ':' error=text # replicaGroupWatchFailed
    | 'Ignoring' 'leveldb' 'batch' 'delete' 'failure' ':' error=text # levelDbDeleteFailed
    | 'Recover' 'process' 'terminated' # logRecoveryTerminated
    ;

// §4.6 Agent lifecycle as seen by the master
agentMessage
    : 'Received' 'register' 'agent' 'message' 'from' agent=PID '(' hostname=value? ')' # agentRegistrationRequested
    | 'Registering' agentWord 'at' agent=PID '(' hostname=value? ')' 'with' 'id' agentId=value # agentRegistering
    | 'Adding' 'slave' slave ('with' resources=text)? # agentAdded
    | 'Registered' agentWord slave ('with' resources=text)? # agentRegistered
    | 'Added' agentWord agentId=value '(' hostname=value? ')' 'with' resources=text # allocatorAgentAdded
    | agentTitle slave 'already' 'registered' ',' 'resending' 'acknowledgement' # agentAlreadyRegistered
    | 'Removing' 'old' 'disconnected' agentWord slave 'because' 'a' 'registration' 'attempt' ('is' 'being' 'made' 'from' newAgent=PID | 'occurred') #
        staleAgentRemoved
    | ('Re-registering' agentWord agentId=value 'at' agent=PID '(' hostname=value? ')'
        | 'Received' ('re-register' | 'reregister') 'agent' 'message' 'from' 'agent' agentId=value 'at' agent=PID '(' hostname=value? ')'
    ) # agentReregistrationRequested
    | 'Re-registering' agentWord slave # agentReregistering
    | 'Re-registered' agentWord slave ('with' resources=text)? # agentReregistered
    | 'Reactivating' 're-registered' 'agent' slave # agentReactivating
    | 'Ignoring' ('re-register' | 'reregister') agentWord 'message' 'from' agentWord agentId=value 'at' agent=PID '(' hostname=value? ')' 'as' (
        'readmission'
        | 're-registration'
    ) 'is' 'already' 'in' 'progress' # duplicateReregistrationIgnored
    | agentTitle agentId=value 'at' agent=PID '(' hostname=value? ')' 'attempted' 'to' 're-register' 'after' 'removal' ';' 'shutting' 'it' 'down' #
        agentReregistrationRefused
    | 'The' agentWord agentId=value 'at' agent=PID '(' hostname=value? ')' 'could' 'not' 'be' 'readmitted' ';' 'shutting' 'it' 'down' # agentReadmissionRefused
    | agentTitle agentId=value 'at' agent=PID '(' hostname=value? ')' 'attempted' 'to' ('re-register' | 'reregister') 'with' 'different' 'IP' '/' 'hostname' ';'
        'expected' expectedAddress=value '(' expectedHostname=value? ')' 'shutting' 'it' 'down' # agentAddressChangeRefused
    | agentTitle slave 'disconnected' # agentDisconnected
    | 'Disconnecting' agentWord (slave | agentId=value) # agentDisconnecting
    | 'Deactivating' agentWord slave # agentDeactivating
    | agentTitle agentId=value 'deactivated' # agentDeactivated
    | agentTitle agentId=value 'reactivated' # agentReactivated
    | 'Removing' 'disconnected' 'slave' slave 'because' 'it' 'is' 'not' 'checkpointing' '!' # nonCheckpointingAgentRemoved
    | 'Removing' 'framework' framework 'from' 'disconnected' agentWord slave 'because' 'the' 'framework' 'is' 'not' 'checkpointing' #
        nonCheckpointingFrameworkRemoved
    | 'Ignoring' 'duplicate' 'exited()' 'notification' 'for' 'checkpointing'? agentWord slave # duplicateExitedIgnored
    | 'Scheduling' action=('shutdown' | 'transition') 'of' agentWord agentId=value ('to' 'UNREACHABLE' 'because' 'of' | 'due' 'to') 'health' 'check' 'timeout' #
        agentHealthCheckActionScheduled
    | 'Shutting' 'down' agentWord agentId=value 'due' 'to' 'health' 'check' 'timeout' # agentHealthCheckTimedOut
    | 'Shutting' 'down' agentWord slave 'with' 'message' '\'' message=text '\'' # agentShutdownRequested
    | 'Canceling' action=('shutdown' | 'transition') 'of' agentWord agentId=value ('since' 'a' 'pong' 'is' 'received' | 'to' 'UNREACHABLE' 'because' 'a' 'pong' 'was' 'received')
        '!' # agentHealthCheckActionCanceled
    | 'Unable' 'to' 'shutdown' 'unknown' agentWord agentId=value # unknownAgentShutdownSkipped
    | 'Removing' agentWord slave (':' reason=text)? # agentRemoving
    | 'Removed' agentWord (slave | agentId=value '(' hostname=value? ')') ':' reason=text # agentRemoved
    | 'Removed' agentWord agentId=value '(' hostname=value? ')' # agentRemoved
    | 'Ignoring' 'removal' 'of' 'agent' slave 'that' 'is' 'in' 'the' 'process' 'of' 'being' ('marked' ('unreachable' | 'gone') | 'removed') #
        agentRemovalIgnored
    | 'Removed' agentWord agentId=value # allocatorAgentRemoved
    | 'Marking' 'agent' (slave | agentId=value '(' hostname=value? ')') 'unreachable' ':' reason=text # agentMarkingUnreachable
    | 'Marked' 'agent' (slave | agentId=value '(' hostname=value? ')') 'unreachable' ':' reason=text # agentMarkedUnreachable
    | 'Unable' 'to' 'mark' 'unknown' 'agent' agentId=value 'unreachable' # unreachableTransitionSkipped
    | 'Not' 'marking' 'agent' agentId=value 'unreachable' 'because' reason=text # unreachableTransitionSkipped
    | 'Skipping' 'transition' 'of' 'agent' agentId=value '(' hostname=value? ')' 'to' 'unreachable' 'because' reason=text # unreachableTransitionSkipped
    | 'Shutting' 'down' 'framework' frameworkId=value 'at' ('reregistered' | 're-registered') 'agent' slave 'because' 'the' 'framework' 'is' 'not' 'partition-aware'
        # nonPartitionAwareFrameworkShutDown
    | 'Recovering' 'framework' frameworkId=value 'from' ('re-registering' | 'reregistering') 'agent' slave # frameworkRecoveredFromAgent
    | 'Scheduling' 'removal' 'of' 'agent' slave ';' 'did' 'not' ('re-register' | 'reregister') 'within' reregisterTimeout=value 'after' 'disconnecting' #
        agentReregisterTimeoutScheduled
    | agentTitle agentId=value '(' hostname=value? ')' 'did' 'not' 're-register' 'within' ('the' 'timeout' | reregisterTimeout=value 'after' 'master' 'failover')
        ';' ('removing' 'it' 'from' 'the' 'registrar' | 'marking' 'it' 'unreachable') # recoveredAgentReregisterTimedOut
    | 'Scheduling' 'removal' 'of' agentWord agentId=value '(' hostname=value? ')' ';' 'did' 'not' ('re-register' | 'reregister') 'within' reregisterTimeout=value
        'after' 'master' 'failover' # recoveredAgentRemovalScheduled
    | 'Canceling' ('removal' 'of' agentWord | 'transition' 'of' 'agent') agentId=value '(' hostname=value? ')' ('since' 'it' 're-registered' '!' | 'to'
        'unreachable' 'because' 'it' 're-registered') # recoveredAgentRemovalCanceled
    | 'Notifying' 'framework' framework 'of' 'lost' agentWord agentId=value '(' hostname=value? ')' ('after' 'recovering')? # lostAgentNotified
    | 'Asked' 'to' 'unregister' agentWord agentId=value # agentUnregistered
    | 'Marking' 'agent' '\'' agentId=value '\'' 'as' 'gone' # agentMarkedGone
    | 'Refusing' ('re-registration' | 'reregistration') 'of' 'agent' 'at' agent=PID 'because' 'it' 'is' 'already' 'marked' 'gone' # goneAgentRefused
    | 'Ignoring' 'status' 'update' statusUpdate 'from' origin=('removed' | 'unknown') agentWord agent=PID 'with' 'id' agentId=value (';' 'asking' agentWord 'to' 'shutdown')?
        # agentStatusUpdateIgnored
    | 'Possibly' 'orphaned' 'task' taskId=value 'of' 'framework' frameworkId=value 'running' 'on' agentWord slave # orphanTaskFound
    | 'Task' taskId=value 'of' 'framework' frameworkId=value 'unknown' 'to' 'the' agentWord slave 'during' 're-registration' ':' ('reconciling' 'with' 'the'
        agentWord | 'sending' 'TASK_LOST') # orphanTaskFound
    | 'Dropping' 'ongoing' 're-registration' 'attempt' 'of' 'slave' agentId=value 'at' agent=PID '(' hostname=value? ')' 'because' 'the' 're-registration' 'timeout'
        'was' 'reached.' # agentReregistrationDropped
    | 'Admitted' 'agent' agentId=value 'at' agent=PID '(' hostname=value? ')' # agentAdmitted
    | 'Re-admitted' 'agent' agentId=value 'at' agent=PID '(' hostname=value? ')' # agentReadmitted
    | 'Re-admitting' 'recovered' 'agent' agentId=value 'at' agent=PID '(' hostname=value? ')' # agentReadmitting
    | 'Consulting' 'registry' 'about' 'agent' agentId=value 'at' agent=PID '(' hostname=value? ')' # agentRegistryConsulted
    | 'Canceling' 'transition' 'of' 'agent' agentId=value ('(' hostname=value? ')')? 'to' 'unreachable' 'because' reason=text # unreachableTransitionCanceled
    | 'Failed' 'to' operation=('admit' | 'readmit') agentWord agentId=value 'at' agent=PID '(' hostname=value? ')' ':' error=text # registrarOperationFailed
    | 'Failed' 'to' operation='remove' agentWord (slave | agentId=value ('(' hostname=value? ')')?) ('from' 'the' 'registrar')? ':' error=text #
        registrarOperationFailed
    | 'Failed' 'to' 'mark' 'agent' (slave | agentId=value ('(' hostname=value? ')')?) 'as'? operation=('unreachable' | 'gone') 'in' 'the' 'registry' ':'
        error=text # registrarOperationFailed
    | 'Failed' 'to' operation='update' 'registry' 'for' 'agent' agentId=value 'at' agent=PID '(' hostname=value? ')' ':' error=text # registrarOperationFailed
    | 'Failed' 'to' 'garbage' 'collect' agentId=value 'from' 'the' list=('gone' | 'unreachable') 'list' # registryGarbageCollectionFailed
    | 'Sending' 'TASK_LOST' 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'unknown' 'to' 'the' agentWord slave # orphanTaskFound
    | 'Ignoring' 'register' agentWord 'message' 'from' agent=PID '(' hostname=value? ')' 'as' reason=text # agentRegistrationIgnored
    | agentTitle agentId=value 'at' agent=PID '(' hostname=value? ')' reason=text ';' 'ignoring' 'registration' 'attempt' # agentRegistrationIgnored
    | 'Dropping' 'registration' 'of' 'agent' 'at' agent=PID 'because' reason=text # agentRegistrationIgnored
    | 'Dropping' 're-registration' 'of' 'agent' 'at' agent=PID 'because' reason=text # agentReregistrationIgnored
    | 'Refusing' 'registration' 'of' agentWord 'at' agent=PID ('(' hostname=value? ')')? (':' | 'because') reason=text # agentRegistrationRefused
    | 'Refusing' ('re-registration' | 'reregistration') 'of' agentWord agentId=value? 'at' agent=PID ('(' hostname=value? ')')? (':' | 'because') reason=text #
        agentReregistrationRejected
    | agentTitle agentId=value 'at' agent=PID '(' hostname=value? ')' 'was' 'not' 'admitted' ',' 'asking' 'to' 'shut' 'down' # agentNotAdmitted
    | 'Ignoring' 'unregister' agentWord 'message' 'from' agent=PID 'because' reason=text # agentUnregistrationIgnored
    | 'Ignoring' 'unregister' agentWord 'message' 'from' agent=PID 'for' 'unknown' agentWord # agentUnregistrationIgnored
    | agentTitle 'at' agent=PID '(' hostname=value? ')' 'is' 'being' 'allowed' 'to' 're-register' 'with' 'an' 'already' 'in' 'use' 'id' '(' agentId=value ')' # agentIdReused
    | 'Registry' 'updated' 'for' agentWord agentId=value 'at' agent=PID '(' hostname=value? ')' # agentRegistryUpdated
    | agentTitle 'is' 'already' 'marked' 'as' 'registered' ':' slave # agentAlreadyRegistered
    | 'Possibly' 'orphaned' 'completed' 'task' taskId=value 'of' 'framework' frameworkId=value 'that' 'ran' 'on' agentWord slave # orphanTaskFound
    ;

// §4.7 Frameworks
frameworkMessage
    : 'Received' ('registration' 'request' ('for' 'framework' '\'' frameworkName=nameText '\'' 'at')? 'from'? | 'SUBSCRIBE' 'call' 'for' 'framework' '\''
        frameworkName=nameText '\'' 'at') scheduler=PID # frameworkRegistrationRequested
    | 'Registering' 'framework' framework ('with' 'checkpointing' checkpointing=value 'and' 'capabilities' '[' capabilities=text? ']')? # frameworkRegistering
    | 'Subscribing' 'framework' ('\'' frameworkName=nameText '\'' | frameworkName=nameText) 'with' 'checkpointing' checkpointing=value 'and' 'capabilities' '['
        capabilities=text? ']' # frameworkSubscribing
    | 'Received' 're-registration' 'request' 'from' 'framework' framework # frameworkReregistrationRequested
    | 'Re-registering' 'framework' framework ('with' 'checkpointing' checkpointing=value 'and' 'capabilities' '[' capabilities=text? ']')? # frameworkReregistering
    | 'Framework' framework 'failed' 'over' # frameworkFailedOver
    | 'Allowing' ('the' 'Framework' | 'framework') framework 'to' ('re-register' | 'subscribe') 'with' 'an' 'already' 'used' 'id' # frameworkIdReused
    | 'Framework' framework 'disconnected' # frameworkDisconnected
    | 'Ignoring' 'disconnection' 'for' 'framework' framework 'as' 'it' 'has' 'already' 'reconnected' # frameworkDisconnectionIgnored
    | 'Disconnecting' 'framework' framework # frameworkDisconnecting
    | 'Deactivating' 'framework' framework # frameworkDeactivating
    | 'Deactivated' 'framework' frameworkId=value # frameworkDeactivated
    | 'Activated' 'framework' frameworkId=value # frameworkActivated
    | 'Added' 'framework' frameworkId=value # frameworkAdded
    | 'Giving' 'framework' framework failoverTimeout=value 'to' 'failover' # frameworkFailoverTimeoutArmed
    | 'Using' 'the' 'default' 'value' 'for' '\'' 'failover_timeout' '\'' ('becausethe' | 'because' 'the') 'input' 'value' 'is' 'invalid' ':' error=text #
        frameworkFailoverTimeoutInvalid
    | 'Framework' 'failover' 'timeout' ',' 'removing' 'framework' framework # frameworkFailoverTimedOut
    | 'Removing' 'framework' framework 'from' agentWord slave # frameworkRemovedFromAgent
    | 'Removing' 'framework' framework # frameworkRemoving
    | 'Removed' 'framework' frameworkId=value # frameworkRemoved
    | 'Asked' 'to' 'unregister' 'framework' frameworkId=value # frameworkUnregistered
    | 'Processing' 'TEARDOWN' 'call' 'for' 'framework' framework # frameworkTeardown
    | 'Disallowing' ('re-registration' | 'subscription') 'attempt' 'of' 'framework' framework 'because' 'it' 'is' 'not' 'expected' 'from' expectedScheduler=PID #
        staleSchedulerRejected
    | 'Performing' kind=('implicit' | 'explicit') 'task' 'state' 'reconciliation' 'for' (taskCount=value 'tasks' 'of')? 'framework' framework #
        reconciliationPerformed
    | 'Dropping' 'reconciliation' 'of' 'task' taskId=value 'for' 'framework' framework 'because' reason=text # reconciliationDropped
    | 'Framework' frameworkId=value '(' scheduler=PID ')' 'already' 'registered' ',' 'resending' 'acknowledgement' # frameworkAlreadySubscribed
    | 'Framework' framework 'already' ('registered' | 'subscribed') ',' 'resending' 'acknowledgement' # frameworkAlreadySubscribed
    | 'Received' 'subscription' 'request' 'for' 'HTTP' 'framework' '\'' frameworkName=nameText '\'' # frameworkRegistrationRequested
    | 'Refusing' ('registration' | 're-registration' | 'subscription') 'request'? 'of' 'framework' ('\'' frameworkName=nameText '\'' ('at' scheduler=PID)? | 'at'
        scheduler=PID | framework) ':' reason=text # frameworkSubscriptionRefused
    | 'Disallowing' 'subscription' 'attempt' 'of' 'framework' framework 'because' reason=text # frameworkSubscriptionRefused
    | 'Dropping' 'SUBSCRIBE' 'call' 'for' 'framework' '\'' frameworkName=nameText '\'' ('at' scheduler=PID)? ':' reason=text # frameworkSubscriptionRefused
    | 'Framework' '\'' frameworkName=nameText '\'' 'at' scheduler=PID reason=text # frameworkSubscriptionRefused
    | 'Framework' frameworkId=value 'at' scheduler=PID 'attempted' 'to' 're-register' reason=text # frameworkSubscriptionRefused
    | 'Could' 'not' 'update' ('FrameworkInfo' | 'frameworkInfo') 'of' 'framework' ('\'' frameworkName=nameText '\'' | '\'' framework '\'') ':' error=text #
        frameworkInfoUpdateFailed
    | 'Updating' 'info' 'for' 'framework' frameworkId=value # frameworkInfoUpdated
    | 'Ignoring' 'reconcile' 'tasks' 'message' 'for' 'framework' framework 'because' reason=text # reconciliationDropped
    | 'Ignoring' 'reconcile' 'tasks' 'message' 'for' 'framework' frameworkId=value 'from' '\'' scheduler=PID '\'' 'because' reason=text # reconciliationDropped
    | 'Ignoring' 'reconciliation' 'request' 'of' 'task' taskId=value 'from' 'framework' framework 'because' reason=text # reconciliationDropped
    | 'Unknown' 'framework' frameworkId=value 'at' scheduler=PID 'attempted' 'to' 'reconcile' 'tasks' # reconciliationDropped
    ;

// §4.8 Tasks and status updates
taskMessage
    : 'Processing' ('reply' | 'ACCEPT' 'call') 'for' 'offers' ':' '[' offerIds=text ']' 'on' agentWord slave 'for' 'framework' framework # offersAccepted
    | 'Launching' 'task' ('group' '{' taskId=text '}' | taskId=text) 'of' 'framework' framework 'with' 'resources' resources=text 'on' agentWord slave (
        'on' executor=('new' | 'existing') 'executor'
    )? # taskLaunching
    | 'Status' 'update' statusUpdate 'from' agentWord slave # statusUpdateReceived
    | 'Forwarding' 'status' 'update' statusUpdate # statusUpdateForwarded
    | 'Updating' 'the' 'latest' 'state' 'of' 'task' taskId=value 'of' 'framework' frameworkId=value 'to' latestState=value (
        '(' 'status' 'update' 'state' ':' updateState=value ')'
    )? # taskStateUpdated
    | 'Updating' 'the' 'state' 'of' 'task' taskId=value 'of' 'framework' frameworkId=value '(' 'latest' 'state' ':' latestState=value ',' 'status' 'update'
        'state' ':' updateState=value ')' # taskStateUpdated
    | 'Sending' 'status' 'update' statusUpdate ('\'' message=text '\'')? # statusUpdateSent
    | 'Dropping' 'update' statusUpdate ('\'' message=text '\'')? ('because' 'the' 'framework' 'is' 'unknown' | ('from' | 'for') reason=('unknown' | 'disconnected')
        'framework' frameworkRef=value) # statusUpdateDropped
    | 'Removing' 'task' taskId=value ('with' 'resources' resources=text)? 'of' 'framework' frameworkId=value ('on' agentWord slave | 'and' 'slave' agentId=value)
        ('in' 'non-terminal' 'state' state=value | 'in' 'non-removable' 'state' state=value)? # taskRemoved
    | 'Telling' agentWord slave 'to' 'kill' 'task' taskId=value 'of' 'framework' framework # taskKillRequested
    | 'Cannot' 'kill' 'task' taskId=value 'of' 'framework' framework 'because' reason=text # taskKillImpossible
    | 'Could' 'not' 'lookup' 'task' 'for' 'status' 'update' statusUpdate 'from' agentWord slave # statusUpdateIgnored
    | 'Ignoring' 'status' 'update' statusUpdate 'from' agentWord slave 'because' reason=text # statusUpdateIgnored
    | 'Ignoring' 'status' 'update' 'from' agentWord slave ':' reason=text # statusUpdateIgnored
    | 'Received' 'status' 'update' statusUpdate 'from' agentWord slave 'for' reason=text 'framework' # statusUpdateIgnored
    | 'Ignoring' 'out' 'of' 'order' 'status' 'update' 'for' 'task' taskId=value '(' latestState=value '->' state=value ')' 'of' 'framework' frameworkId=value #
        statusUpdateIgnored
    | 'Sending' kind=('explicit' | 'implicit') 'reconciliation' 'state' state=value 'for' 'task' taskId=value 'of' 'framework' framework # reconciliationStateSent
    ;

// §4.9 libprocess transport
networkMessage
    : 'Failed' 'to' 'link' 'to' '\'' peer=hostPort '\'' ',' 'connect' ':' error=text # linkFailed
    | 'Failed' 'to' 'send' '\'' messageName=value '\'' 'to' '\'' peer=hostPort '\'' ',' 'connect' ':' error=text # sendFailed
    | 'Failed' 'to' 'shutdown' 'socket' ('with' 'fd' fd=value | fd=value 'to' 'peer' '\'' peer=hostPort '\'') ':' error=text # socketShutdownFailed
    ;

// EXIT(status) texts: logged as "EXIT with status N: ..." from 1.4, bare on stderr before.
exitMessage
    : exitStatus? 'Lost' ('leadership...' | 'candidacy' 'as' 'a' 'leader...' | 'leadership' 'after' 'indecisive' 'election...') 'committing' 'suicide' '!' #
        leadershipLost
    | exitStatus? 'Conceded' 'leadership' 'to' 'another' 'master...' 'committing' 'suicide' '!' # leadershipLost
    | exitStatus? 'Failed' 'to' ('contend' | 'watch' 'for' 'candidacy') ':' error=text # contenderFailed
    | exitStatus? 'Failed' 'to' 'detect' 'the' 'leading' 'master' ':' error=text ';' 'committing' 'suicide' '!' # contenderFailed
    | exitStatus? 'Post-recovery' ('slave' | 'agent') 'removal' 'limit' 'exceeded' '!' details=text # recoveryRemovalLimitExceeded
    | exitStatus? 'Failed' 'to' 'recover' 'the' 'log' ':' error=text # logRecoveryFailed
    | exitStatus detail=text # processExited
    ;

exitStatus
    : 'EXIT' 'with' 'status' status=value ':'
    ;

// ---------------------------------------------------------------------------------------------- known templates

// Offers, inverse offers and their operations (src/master/master.cpp)
offerTemplate
    : 'Sending' offerCount=value 'offers' 'to' 'framework' framework # offersSent
    ;

// ---------------------------------------------------------------------------------------------- pieces

/** {@code <agent_id> at <agent_pid> (<hostname>)}: how the master prints an agent. */
slave
    : agentId=value 'at' agent=PID '(' hostname=value? ')'
    ;

/** {@code <framework_id> (<name>) at <scheduler_pid>}, with the name and the pid optional by version. */
framework
    : frameworkId=value ('(' frameworkName=nameText? ')')? ('at' scheduler=PID)?
    ;

/** {@code <STATE> (UUID: <uuid>) for task <task_id> [in health state <h>] of framework <framework_id>}, all versions. */
statusUpdate
    : state=value ('(' 'Status'? 'UUID' ':' uuid=value ')' | ')')? 'for' 'task' taskId=value ('in' 'health' 'state' health=value)? 'of' 'framework' frameworkId=value
    ;

agentWord
    : 'slave'
    | 'agent'
    ;

agentTitle
    : 'Slave'
    | 'Agent'
    ;

hostPort
    : HOST_PORT
    ;

nameText
    : ~(')' | '\'')+
    ;

text
    : .+?
    ;

value
    : ATOM
    | HOST_PORT
    | keyword
    ;

/** Any literal word, where the template has a value that may happen to spell one. */
keyword
    : STARS_RULE
    | DASHES_RULE
    | ARROW
    | ELLIPSIS
    | DIGIT_1
    | A
    | A_LOWER
    | ABORTING
    | ABORTING_LOWER
    | ABOUT_LOWER
    | ACCEPT
    | ACKNOWLEDGEMENT
    | ACQUISITION_LOWER
    | ACTION
    | ACTIVATED
    | ADDED
    | ADDED_LOWER
    | ADDING
    | ADMIT_LOWER
    | ADMITTED
    | ADMITTED_LOWER
    | AFTER
    | AGAIN
    | AGENT
    | AGENT_LOWER
    | AGENTS
    | ALLOCATOR
    | ALLOWED_LOWER
    | ALLOWING
    | ALLOWING_LOWER
    | ALREADY
    | AMOUNT_LOWER
    | AN
    | AND
    | ANOTHER
    | APPLIED
    | AS
    | ASKED
    | ASKING
    | AT
    | ATTEMPING
    | ATTEMPT
    | ATTEMPTED
    | ATTEMPTING
    | ATTEMPTING_LOWER
    | AUTHENTICATED
    | AUTHENTICATING
    | BATCH_LOWER
    | BE
    | BECAUSE
    | BECAUSETHE
    | BEEN
    | BEFORE
    | BEING
    | BINARY
    | BOUND
    | BUILD
    | BUT
    | BY
    | BYTES
    | CALL
    | CAN
    | CANCELING
    | CANCELLED
    | CANCELLING
    | CANDIDACY
    | CANDIDATE
    | CANNOT
    | CAPABILITIES
    | CATCH_UP
    | CHANGED
    | CHECK
    | CHECKPOINTING
    | COLLECT_LOWER
    | COLLECTED
    | COLLECTION_LOWER
    | COMMITTING
    | COMPLETE_LOWER
    | COMPLETED_LOWER
    | CONCEDED
    | CONNECT
    | CONNECTED
    | CONNECTION
    | CONSULTING
    | CONTEND
    | CONTEND_LOWER
    | CONTENDER_LOWER
    | CONTEST
    | COORDINATOR
    | COULD
    | COULD_LOWER
    | CREATE
    | CURRENT
    | DATA
    | DB
    | DEACTIVATED
    | DEACTIVATED_LOWER
    | DEACTIVATING
    | DEFAULT
    | DELETE_LOWER
    | DENYING
    | DEPRECATED
    | DETECT
    | DETECTED
    | DETECTED_LOWER
    | DID
    | DIFFERENT
    | DISALLOWING
    | DISCONNECTED
    | DISCONNECTING
    | DISCONNECTING_LOWER
    | DISCONNECTION
    | DOWN
    | DROPPING
    | DUE
    | DUPLICATE
    | DURING
    | ELECTED
    | ELECTED_LOWER
    | ELECTED_DOT
    | ELECTION_ELLIPSIS
    | ENDING
    | ENTERED
    | ERROR
    | EXCEEDED
    | EXECUTOR
    | EXISTING
    | EXIT
    | EXITED_PARENS
    | EXPECTED
    | EXPIRATION
    | EXPIRED
    | EXPLICIT
    | FAILED
    | FAILED_LOWER
    | FAILOVER
    | FAILOVER_TIMEOUT
    | FAILURE_LOWER
    | FD
    | FETCHED
    | FILL
    | FINISH
    | FLAG
    | FLAGS
    | FOLLOWER_ELLIPSIS
    | FOR
    | FORCING
    | FORMAT
    | FORWARDING
    | FRAMEWORK
    | FRAMEWORK_LOWER
    | FRAMEWORKINFO
    | FRAMEWORKINFO_LOWER
    | FRAMEWORKS
    | FROM
    | GARBAGE
    | GARBAGE_LOWER
    | GET
    | GIT
    | GIVING
    | GONE
    | GROUP
    | GROUP_LOWER
    | HAPPENS_LOWER
    | HAS
    | HEALTH
    | HIERARCHICAL_LOWER
    | HOSTNAME
    | HTTP
    | ID
    | IGNORES
    | IGNORING
    | IGNORING_LOWER
    | IMPLICIT
    | IN
    | INDECISIVE
    | INFO
    | INFO_LOWER
    | INITIALIZED_DOT
    | INPUT
    | INTERFACE
    | INVALID
    | IP
    | IS
    | IT
    | JOIN
    | JOINED_TITLE
    | JOINED
    | JOINING
    | KILL
    | KNOWN_LOWER
    | LATEST
    | LAUNCHING
    | LEADER
    | LEADER_ELLIPSIS
    | LEADERSHIP
    | LEADERSHIP_ELLIPSIS
    | LEADING
    | LEADING_LOWER
    | LEARNED
    | LEVEL
    | LEVELDB
    | LIMIT
    | LIMITED
    | LINK
    | LIST_LOWER
    | LOADED
    | LOG
    | LOGGING
    | LOOKUP_LOWER
    | LOOPBACK
    | LOST
    | LOST_LOWER
    | MADE
    | MARK
    | MARKED
    | MARKED_LOWER
    | MARKING
    | MARKING_LOWER
    | MASTER
    | MASTER_LOWER
    | MASTER_ELLIPSIS
    | MEMBERS
    | MEMBERSHIP
    | MEMBERSHIP_LOWER
    | MEMBERSHIPS
    | MESOS
    | MESSAGE
    | METADATA
    | MISSING
    | NEW
    | NEW_LOWER
    | NEWLY
    | NO
    | NON_REMOVABLE
    | NON_TERMINAL
    | NONE
    | NOT
    | NOT_LOWER
    | NOTICE
    | NOTIFICATION
    | NOTIFYING
    | NOW
    | OBTAINED_LOWER
    | OCCURRED
    | OF
    | OFFERS
    | OLD
    | ON
    | ONGOING
    | ONLY
    | OPENED
    | OPERATIONS
    | OR
    | ORDER_LOWER
    | ORPHANED
    | OUT
    | OVER
    | PARTICIPATE
    | PARTITION_AWARE
    | PASS
    | PATH
    | PAXOS
    | PEER
    | PERFORMING
    | PERIODIC_LOWER
    | PERSISTED
    | PERSISTING
    | PIDS
    | PONG
    | POSITION
    | POSITIONS
    | POSSIBLY
    | POST_RECOVERY
    | PREVIOUS
    | PROCESS
    | PROCESSING
    | PROGRESS
    | PROMISE
    | PROMISED
    | PROPOSAL
    | PROTOBUF
    | PROTOCOL
    | RAN_LOWER
    | RATE
    | RE_ADMITTED
    | RE_ADMITTING
    | RE_ELECTED
    | RE_REGISTER
    | RE_REGISTERED
    | RE_REGISTERED_LOWER
    | RE_REGISTERING
    | RE_REGISTERING_LOWER
    | RE_REGISTRATION
    | REACHED_DOT
    | REACTIVATED
    | REACTIVATING
    | READMISSION
    | READMIT_LOWER
    | READMITTED
    | RECEIVED
    | RECEIVED_LOWER
    | RECONCILE_LOWER
    | RECONCILIATION
    | RECONCILING
    | RECONNECT
    | RECONNECTED
    | RECONTENDING
    | RECOVER_TITLE
    | RECOVER
    | RECOVERED
    | RECOVERED_LOWER
    | RECOVERING
    | RECOVERING_LOWER
    | RECOVERY
    | RECOVERY_LOWER
    | REFUSING
    | REGISTER
    | REGISTERED
    | REGISTERED_LOWER
    | REGISTERING
    | REGISTRAR
    | REGISTRAR_LOWER
    | REGISTRATION
    | REGISTRY
    | REGISTRY_LOWER
    | REMOVAL
    | REMOVE
    | REMOVED
    | REMOVED_LOWER
    | REMOVING
    | REMOVING_LOWER
    | RENEWING
    | REPLICA
    | REPLICA_LOWER
    | REPLICATED
    | REPLY
    | REQUEST
    | REQUESTED_LOWER
    | REREGISTER
    | REREGISTERED
    | REREGISTERING
    | REREGISTRATION
    | RESENDING
    | RESOURCES
    | RESPONSE
    | RETRIED
    | RETRYING
    | RUNNING
    | SCHEDULING
    | SECOND
    | SEND
    | SENDING
    | SENDING_LOWER
    | SESSION
    | SESSIONID
    | SHA
    | SHUT_LOWER
    | SHUTDOWN
    | SHUTTING
    | SHUTTING_LOWER
    | SINCE
    | SKIPPING
    | SLAVE
    | SLAVE_LOWER
    | SLAVES
    | SOCKET
    | START
    | STARTED
    | STARTING
    | STARTUP
    | STATE
    | STATUS
    | STATUS_LOWER
    | SUBSCRIBE
    | SUBSCRIBE_LOWER
    | SUBSCRIBED_LOWER
    | SUBSCRIBING
    | SUBSCRIPTION
    | SUCCESSFULLY
    | SUFFICIENT_LOWER
    | SUICIDE
    | SYNCING
    | TAG
    | TASK
    | TASK_LOWER
    | TASK_LOST
    | TASKS
    | TEARDOWN
    | TELLING
    | TERMINATED_LOWER
    | TERMINATING
    | THAT
    | THE
    | THE_LOWER
    | TIMED
    | TIMEOUT
    | TO
    | TOOK
    | TRANSITION
    | TRIGGERED
    | TRYING
    | UNABLE
    | UNAUTHENTICATED
    | UNHANDLED
    | UNKNOWN_TITLE
    | UNKNOWN
    | UNREACHABLE
    | UNREACHABLE_LOWER
    | UNREGISTER
    | UPDATE
    | UPDATED
    | UPDATING
    | UPID
    | USE_LOWER
    | USED
    | USING
    | USING_LOWER
    | UUID
    | VALUE
    | VERSION
    | WAITING
    | WARNING
    | WAS
    | WATCH
    | WILL_LOWER
    | WITH
    | WITHDRAW
    | WITHDRAW_LOWER
    | WITHDRAWING
    | WITHDRAWING_LOWER
    | WITHIN
    | WRITE
    | WRITER
    | WRITER_LOWER
    | YET_LOWER
    | ZK
    | ZOO_SESSION_EVENT
    | ZOOKEEPER
    | ZOOKEEPER_DOT
    | ZOOKEEPER_INIT
    ;
