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

/**
 * Up to three other short prefixes in front of the record ("in general, after any short prefix"): words, a file
 * name glued to the record by grep, a line number.
 */
otherPrefix
    : otherWord (otherWord otherWord?)?
    ;

otherWord
    : OTHER_WORD
    | GREP_PREFIX
    | LINE_NUMBER_PREFIX
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
    | agentTemplate
    | allocatorTemplate
    | authenticationTemplate
    | authorizationTemplate
    | frameworkTemplate
    | httpTemplate
    | masterTemplate
    | operationTemplate
    | quotaMaintenanceTemplate
    | replicatedLogTemplate
    | startupTemplate
    | taskTemplate
    | zooKeeperTemplate
    ;

// §4.1 Master process start and identity
startupMessage
    : level=('INFO' | 'WARNING' | 'ERROR') 'level' 'logging' 'started' '!' # loggingStarted
    | 'Loaded' 'deprecated' 'flag' '\'' flag=value '\'' # deprecatedFlagLoaded
    | 'Build' ':' buildDate=text 'by' buildUser=value? # masterBuildLogged
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
    | exitText # processExited
    ;

exitStatus
    : 'EXIT' 'with' 'status' status=value ':'
    ;

// ---------------------------------------------------------------------------------------------- known templates

// Agent lines the timelines do not use: domains, versions, draining, resource providers (src/master/master.cpp)
agentTemplate
    // d19fecc091 0.20.0..0.20.0
    : 'Adding' 'offer' offerId=value 'with' 'resources' resources=text 'on' agentWord id=value '(' hostname=value ')' # addingOfferResourcesAgent
    // a417a9bd34 1.9.0..1.11.0
    | agentTitle agentId=value 'successfully' 'marked' 'as' 'DRAINED' # agentSuccessfullyMarkedDRAINED
    // 0358940ab6 1.9.0..1.11.0
    | agentTitle agentId=value 'was' 'removed' 'while' 'being' 'marked' 'as' 'DRAINED' # agentRemovedWhileBeingMarked
    // 29ef7f258b 1.5.0..1.11.0
    | agentTitle 'at' pid=PID 'attempted' 'to' 'register' 'without' 'a' 'domain' ',' 'but' 'this' 'master' 'is' 'configured' 'to' 'require' agentWord 'domains.' 'Ignoring' agentWord ('re-registration' | 'reregistration') 'attempt' # agentAttemptedRegisterWithoutDomain
    // 4eb452c310 1.5.0..1.11.0
    | agentTitle 'at' pid=PID 'attempted' 'to' 'register' 'without' 'a' 'domain' ',' 'but' 'this' 'master' 'is' 'configured' 'to' 'require' agentWord 'domains.' 'Ignoring' agentWord 'registration' 'attempt' # agentAttemptedRegisterWithoutDomain
    // e7bb8b2479 1.4.0..1.11.0
    | agentTitle 'at' pid=PID 'is' 'configured' 'with' 'domain' domain=text 'but' 'the' 'master' 'has' 'no' 'configured' 'domain.' 'Ignoring' agentWord 'registration' 'attempt' # agentConfiguredDomainButMaster
    // d6c493f812 1.4.0..1.11.0
    | agentTitle 'at' pid=PID 'is' 'configured' 'with' 'domain' domain=text 'but' 'the' 'master' 'has' 'no' 'configured' 'domain.Ignoring' agentWord ('re-registration' | 'reregistration') 'attempt' # agentConfiguredDomainButMaster
    // 1aac6fe3e1 1.1.0..1.11.0
    | 'Allowing' 'UNKNOWN' agentWord 'to' ('re-register' | 'reregister') ':' info=text # allowingUNKNOWNAgentReRegister
    // 1e62d21458 1.3.0..1.11.0
    | 'Failed' 'to' 'parse' 'version' '\'' version=value '\'' 'of' agentWord 'at' pid=PID ':' error=text ';' 'ignoring' agentWord ('re-registration' | 'reregistration') 'attempt' # failedParseVersionAgentIgnoring
    // be0a6f32aa 1.3.0..1.11.0
    | 'Failed' 'to' 'parse' 'version' '\'' version=value '\'' 'of' agentWord 'at' pid=PID ':' error=text ';' 'ignoring' agentWord 'registration' 'attempt' # failedParseVersionAgentIgnoring
    // 607d09a6f8 1.8.0..1.11.0
    | 'Garbage' 'collecting' 'resource' 'provider' resourceProviderId=value 'since' 'it' 'disappeared' 'from' 'the' 'reported' agentWord 'state' # garbageCollectingResourceProviderSince
    // d408d82862 1.3.0..1.11.0
    | 'Ignoring' ('re-registration' | 'reregistration') 'attempt' 'from' 'old' agentWord 'at' pid=PID ':' agentWord 'version' 'is' parsedVersion=text ',' 'minimum' 'supported' agentWord 'version' 'is' mINIMUMAGENTVERSION=text # ignoringReRegistrationAttemptOld
    // fb787f8852 1.3.0..1.11.0
    | 'Ignoring' 'registration' 'attempt' 'from' 'old' agentWord 'at' pid=PID ':' agentWord 'version' 'is' parsedVersion=text ',' 'minimum' 'supported' agentWord 'version' 'is' mINIMUMAGENTVERSION=text # ignoringRegistrationAttemptOldAgent
    // 743d2d3ce7 1.9.0..1.11.0
    | 'Ignoring' 'transition' 'of' agentWord agentId=value 'to' 'the' 'DRAINED' 'state' 'because' agentWord 'is' 'being' 'marked' 'gone' # ignoringTransitionAgentDRAINEDState
    // cccabce613 1.1.0..1.3.0
    | 'Ignoring' 'update' 'of' agentWord 'with' 'total' 'oversubscribed' 'resources' oversubscribedResources=text 'on' 'removed' agentWord agentId=value # ignoringUpdateAgentTotalOversubscribed
    // 7a4c15708f 1.0.0..1.0.0
    // 5268b6fffb 0.23.0..0.28.0
    | 'Ignoring' 'update' 'of' agentWord 'with' 'total' 'oversubscribed' 'resources' oversubscribedResources=text 'on' 'removed' agentWord agentId=value ';' 'asking' agentWord 'to' 'shutdown' # ignoringUpdateAgentTotalOversubscribed
    // 9f6047ba22 1.0.0..1.3.0
    // ceb94950fc 0.23.0..0.28.0
    | 'Ignoring' 'update' 'of' agentWord 'with' 'total' 'oversubscribed' 'resources' oversubscribedResources=text 'on' 'unknown' agentWord agentId=value # ignoringUpdateAgentTotalOversubscribed
    // e16d0c6e51 1.4.0..1.4.0
    | 'Ignoring' 'update' 'on' agentWord agentId=value 'since' 'the' 'update' 'type' 'is' 'not' 'understood' # ignoringUpdateAgentSinceUpdate
    // 1e597fec53 1.5.0..1.11.0
    | 'Ignoring' 'update' 'on' agentWord slave 'as' 'it' 'reports' 'no' 'changes' # ignoringUpdateAgentReportsNo
    // 735e019f68 1.4.0..1.11.0
    | 'Ignoring' 'update' 'on' 'removed' agentWord agentId=value # ignoringUpdateRemovedAgent
    // 53246c76ff 1.9.0..1.11.0
    | 'Marking' agentWord agentId=value 'in' 'the' 'DRAINED' 'state' 'as' 'gone' # markingAgentDRAINEDStateGone
    // 83851d09d5 0.20.0..0.21.0
    | 'No' 'whitelist' 'given.' 'Advertising' 'offers' 'for' 'all' ('slaves' | 'agents') # noWhitelistGivenAdvertisingOffers
    // 17620bde0c 0.22.0..0.22.0
    | 'Not' 'expecting' 'checkpointed' 'resource' resource=text 'from' agentWord id=value # notExpectingCheckpointedResourceAgent
    // bd494291ab 1.0.0..1.11.0
    // bc817d5cb8 0.23.0..0.28.0
    | 'Received' 'update' 'of' agentWord slave 'with' 'total' 'oversubscribed' 'resources' oversubscribedResources=text # receivedUpdateAgentTotalOversubscribed
    // 3e4e138e9a 1.4.0..1.4.0
    | 'Received' 'update' 'of' agentWord slave 'with' 'total' 'resources' totalResources=text # receivedUpdateAgentTotalResources
    // 5ac9d3e2bd 1.5.0..1.9.0
    | 'Removing' 'offer' offerId=value 'with' 'resources' offered=text 'on' agentWord slave # removingOfferResourcesAgent
    // d4f65cc41c 0.20.0..0.20.0
    | 'Removing' 'offer' offerId=value 'with' 'resources' resources=text 'on' agentWord id=value '(' hostname=value ')' # removingOfferResourcesAgent
    // 244c05d30b 1.0.0..1.9.0
    // 926996c7b3 0.23.0..0.28.0
    | 'Removing' 'offer' offerId=value 'with' 'revocable' 'resources' offered=text 'on' agentWord slave # removingOfferRevocableResourcesAgent
    // de905d7b8d 1.10.0..1.11.0
    | 'Rescinding' 'offer' offerId=value 'with' 'resources' offered=text 'on' agentWord slave # rescindingOfferResourcesAgent
    // 31501703d6 1.10.0..1.11.0
    | 'Rescinding' 'offer' offerId=value 'with' 'revocable' 'resources' offered=text 'on' agentWord slave # rescindingOfferRevocableResourcesAgent
    // 36a0776458 0.22.0..0.28.0
    | 'Sending' 'updated' 'checkpointed' 'resources' checkpointedResources=text 'to' agentWord slave # sendingUpdatedCheckpointedResourcesAgent
    // 74be9d0416 1.0.0..1.0.0
    | 'The' agentWord agentId=value 'at' pid=PID '(' hostname=value ')' 'could' 'not' 'be' 'readmitted' ';' 'shutting' 'it' 'down' # agentCouldNotReadmittedShutting
    // 6aa50b436d 1.9.0..1.11.0
    | 'Transitioning' agentWord agentId=value 'to' 'the' 'DRAINED' 'state' # transitioningAgentDRAINEDState
    ;

// The allocator: allocation rounds, filters, quota headroom, recovered resources (src/master/allocator/)
allocatorTemplate
    // 3f0d02bbb5 1.11.0..1.11.0
    : '\'' 'AttributeConstraint' ':' ':' 'Selector' ':' ':' 'selector' '\'' 'oneof' 'that' 'has' 'no' 'known' 'value' 'set' 'passed' 'validation' # attributeconstraintSelectorSelectorOneofNo
    // 1ac3827ff4 1.0.0..1.11.0
    // 0c3d5bbccf 0.22.0..0.28.0
    | 'Advertising' 'offers' 'for' 'all' ('slaves' | 'agents') # advertisingOffersAllAgents
    // 71a43848ac 1.9.0..1.11.0
    | 'After' 'allocation' ',' requiredHeadroom=text 'are' 'required' 'for' 'quota' 'headroom' ',' heldBackForHeadroom=text 'were' 'held' 'back' 'from' heldBackAgentCount=value ('slaves' | 'agents') 'to' 'ensure' 'sufficient' 'quota' 'headroom' # afterAllocationRequiredQuotaHeadroom
    // 2a66d31944 1.3.0..1.11.0
    | agentTitle agentId=value '(' hostname=value ')' 'updated' 'with' 'capabilities' capabilities=text # agentUpdatedCapabilities
    // 7c2ada309f 1.0.0..1.3.0
    // 515631f179 0.23.0..0.28.0
    | agentTitle agentId=value '(' hostname=value ')' 'updated' 'with' 'oversubscribed' 'resources' oversubscribed=text '(' 'total' ':' total=text ',' 'allocated' ':' allocated=text? ')' # agentUpdatedOversubscribedResourcesTotal
    // 5b9d96f036 1.4.0..1.11.0
    | agentTitle agentId=value '(' hostname=value ')' 'updated' 'with' 'total' 'resources' total=text # agentUpdatedTotalResources
    // 90156d54a0 1.1.0..1.1.0
    | 'Allocating' 'additional' 'resources' additional=text 'for' 'tasks' taskIds=text # allocatingAdditionalResourcesTasks
    // 227930a51b 1.2.0..1.4.0
    | 'Allocating' 'additional' 'resources' additional=text 'for' 'tasks' taskIds=text 'of' 'framework' frameworkId=value 'on' agentWord agentId=value # allocatingAdditionalResourcesTasksFramework
    // df554cf7ee 0.27.0..1.11.0
    | 'Allocation' 'paused' # allocationPaused
    // b7ffe5a17c 0.27.0..1.11.0
    | 'Allocation' 'resumed' # allocationResumed
    // a149cc47f5 1.9.0..1.11.0
    | 'Before' 'allocation' ',' 'required' 'quota' 'headroom' 'is' requiredHeadroom=text 'and' 'available' 'quota' 'headroom' 'is' availableHeadroom=text # beforeAllocationRequiredQuotaHeadroom
    // 8df9c5f2af 1.11.0..1.11.0
    | 'Error' 'authorizing' 'VIEW_FRAMEWORK' 'for' 'framework' frameworkId=value ':' error=text # errorAuthorizingVIEWFRAMEWORKFramework
    // 170f8e6af7 1.5.0..1.11.0
    | 'Failed' 'to' 'update' 'available' 'resources' 'on' agentWord agentId=value ':' error=text # failedUpdateAvailableResourcesAgent
    // f662f4a33c 0.20.0..0.24.0
    | 'Filtered' resources=text 'on' 'non-checkpointing' agentWord agentId=value 'for' 'checkpointing' 'framework' frameworkId=value # filteredNonCheckpointingAgentCheckpointing
    // c1ed8c422f 0.20.0..0.24.0
    | 'Filtered' resources=text 'on' agentWord agentId=value 'for' 'framework' frameworkId=value # filteredAgentFramework
    // 701efece0c 1.0.0..1.1.0
    // 7f0f80a836 0.25.0..0.28.0
    | 'Filtered' 'offer' 'with' resources=text 'on' agentWord agentId=value 'for' 'framework' frameworkId=value # filteredOfferAgentFramework
    // b90a505457 1.2.0..1.11.0
    | 'Filtered' 'offer' 'with' resources=text 'on' agentWord agentId=value 'for' 'role' role=value 'of' 'framework' frameworkId=value # filteredOfferAgentRoleFramework
    // 1103a8b1e2 0.25.0..0.26.0
    | 'Filtered' 'offer' 'with' resources=text 'on' 'non-checkpointing' agentWord agentId=value 'for' 'checkpointing' 'framework' frameworkId=value # filteredOfferNonCheckpointingAgent
    // ffd23350a8 1.0.0..1.11.0
    // d6d9b909e7 0.25.0..0.28.0
    | 'Filtered' 'unavailability' 'on' agentWord agentId=value 'for' 'framework' frameworkId=value # filteredUnavailabilityAgentFramework
    // cb4071f62e 1.0.0..1.11.0
    | 'Framework' frameworkId=value 'filtered' agentWord agentId=value 'for' timeout=value # frameworkFilteredAgent
    // c8dc451b4a 1.0.0..1.11.0
    // df5c1ba1cb 0.25.0..0.28.0
    | 'Framework' frameworkId=value 'filtered' 'inverse' 'offers' 'from' agentWord agentId=value 'for' seconds=value # frameworkFilteredInverseOffersAgent
    // 52ae875e99 0.20.0..0.28.0
    | 'Framework' frameworkId=value 'filtered' agentWord agentId=value 'for' seconds=value # frameworkFilteredAgent
    // 31072c3cc1 1.5.0..1.11.0
    | 'Grew' agentWord agentId=value 'by' total=text '(' 'total' ')' ',' used=text '(' 'used' ')' # grewAgentTotalUsed
    // e713e93106 1.4.0..1.11.0
    | 'Implicitly' 'filtering' agentWord agentId=value 'from' 'framework' frameworkId=value 'because' 'the' 'framework' 'is' 'MULTI_ROLE' 'capable' 'but' 'the' agentWord 'is' 'not' # implicitlyFilteringAgentFrameworkBecause
    // 53231ef687 1.3.0..1.3.0
    | 'Implicitly' 'filtering' agentWord agentId=value 'from' frameworkId=value 'because' 'the' 'framework' 'is' 'MULTI_ROLE' 'capable' 'but' 'the' agentWord 'is' 'not' # implicitlyFilteringAgentFrameworkBecause
    // 72effb26d4 1.4.0..1.11.0
    | 'Implicitly' 'filtering' agentWord agentId=value 'from' 'role' role=value 'because' 'the' 'role' 'is' 'hierarchical' 'but' 'the' agentWord 'is' 'not' 'HIERARCHICAL_ROLE' 'capable' # implicitlyFilteringAgentRoleBecause
    // e6840ade87 0.22.0..1.11.0
    | 'Initialized' 'hierarchical' 'allocator' 'process' # initializedHierarchicalAllocatorProcess
    // c64d33cae3 0.20.0..0.21.0
    | 'Initializing' 'hierarchical' 'allocator' 'process' 'with' 'master' ':' master=text # initializingHierarchicalAllocatorProcessMaster
    // 24f7c94082 1.0.0..1.4.0
    | 'No' 'allocations' 'performed' # noAllocationsPerformed
    // 5145230720 0.25.0..0.26.0
    | 'No' 'frameworks' 'specified' ',' 'cannot' 'send' 'inverse' 'offers' '!' # noFrameworksSpecifiedCannotSend
    // 9b765d1d0a 0.25.0..1.4.0
    | 'No' 'inverse' 'offers' 'to' 'send' 'out' '!' # noInverseOffersSendOut
    // 432516d2f8 0.20.0..0.28.0
    | 'No' 'resources' 'available' 'to' 'allocate' '!' # noResourcesAvailableAllocate
    // 49f86b5848 0.22.0..0.26.0
    | 'No' 'roles' 'specified' ',' 'cannot' 'allocate' 'resources' '!' # noRolesSpecifiedCannotAllocate
    // c15adc3f41 0.20.0..0.21.0
    | 'No' 'roles' 'to' 'allocate' 'resources' '!' # noRolesAllocateResources
    // 0a359621df 0.20.0..0.21.0
    | 'Offering' resources=text 'on' agentWord agentId=value 'to' 'framework' frameworkId=value # offeringAgentFramework
    // f9338a758d 1.0.0..1.11.0
    | 'Performed' 'allocation' 'for' allocationCandidatesCount=value ('slaves' | 'agents') 'in' elapsed=value # performedAllocationAgents
    // ad29e65e36 0.20.0..0.28.0
    | 'Performed' 'allocation' 'for' slavesCount=value ('slaves' | 'agents') 'in' elapsed=value # performedAllocationAgents
    // 5649f90380 1.0.0..1.1.0
    // 09156c7f47 0.20.0..0.28.0
    | 'Performed' 'allocation' 'for' agentWord agentId=value 'in' elapsed=value # performedAllocationAgent
    // 64748355e3 1.11.0..1.11.0
    | 'Predciate' 'not' 'initialized' 'properly' # predciateNotInitializedProperly
    // ed346cb65d 0.26.0..0.26.0
    | 'Received' 'quota' 'remove' 'request' 'for' 'role' role=value # receivedQuotaRemoveRequestRole
    // 8b040d23f2 0.26.0..0.26.0
    | 'Received' 'quota' 'set' 'request' 'for' 'role' role=value # receivedQuotaSetRequestRole
    // 35f5c6afaf 0.20.0..1.11.0
    | 'Received' 'resource' 'request' 'from' 'framework' frameworkId=value # receivedResourceRequestFramework
    // a9c3fe3021 0.20.0..0.22.0
    | 'Recovered' resources=text '(' 'total' 'allocatable' ':' available=text ')' 'on' agentWord agentId=value 'from' 'framework' frameworkId=value # recoveredTotalAllocatableAgentFramework
    // 06b40f5228 1.0.0..1.9.0
    | 'Recovered' resources=text '(' 'total' ':' getTotal=text ',' 'allocated' ':' getAllocated=text? ')' 'on' agentWord agentId=value 'from' 'framework' frameworkId=value # recoveredTotalAllocatedAgentFramework
    // a738e31fac 0.23.0..0.26.0
    // 3ea094da7b 0.27.0..0.28.0
    | 'Recovered' resources=text '(' 'total' ':' total=text ',' 'allocated' ':' allocated=text? ')' 'on' agentWord agentId=value 'from' 'framework' frameworkId=value # recoveredTotalAllocatedAgentFramework
    // 0d70a97468 1.10.0..1.11.0
    | 'Recovered' resources=text '(' 'total' ':' getTotal=text ',' 'offered' 'or' 'allocated' ':' getTotalOfferedOrAllocated=text? ')' 'on' agentWord agentId=value 'from' 'framework' frameworkId=value # recoveredTotalOfferedOrAllocated
    // f14dbe998a 1.10.0..1.11.0
    | 'Recovering' second=text 'from' 'removing' 'framework' frameworkId=value '(' agentWord 'total' ':' getTotal=text ',' 'offered' 'or' 'allocated' ':' getTotalOfferedOrAllocated=text? ')' # recoveringRemovingFrameworkAgentTotal
    // 457c6bb0be 1.5.0..1.11.0
    | 'Removed' 'all' 'filters' 'for' agentWord agentId=value # removedAllFiltersAgent
    // 6937a2c898 0.20.0..0.24.0
    | 'Removed' 'filters' 'for' 'framework' frameworkId=value # removedFiltersFramework
    // 70e964182b 0.25.0..1.1.0
    | 'Removed' 'offer' 'filters' 'for' 'framework' frameworkId=value # removedOfferFiltersFramework
    // 3c5b14a306 0.27.0..1.7.0
    | 'Removed' 'quota' guarantee=text 'for' 'role' '\'' role=value '\'' # removedQuotaRole
    // b904a441d9 1.8.0..1.8.0
    | 'Removed' 'quota' roleWords=text 'for' 'role' '\'' role2=value '\'' # removedQuotaRole
    // bd870789ee 1.2.0..1.8.0
    | 'Revived' 'offers' 'for' 'roles' roles=value 'of' 'framework' frameworkId=value # revivedOffersRolesFramework
    // 64db8677f7 0.27.0..1.8.0
    | 'Set' 'quota' guarantee=text 'for' 'role' '\'' role=value '\'' # setQuotaRole
    // 722579d725 0.27.0..1.4.0
    | 'Skipped' 'allocation' 'because' 'the' 'allocator' 'is' 'paused' # skippedAllocationBecauseAllocatorPaused
    // cdb3203dcb 0.26.0..1.1.0
    | 'Suppressed' 'offers' 'for' 'framework' frameworkId=value # suppressedOffersFramework
    // dbb3ce364e 1.2.0..1.11.0
    | 'Suppressed' 'offers' 'for' 'roles' roles=value 'of' 'framework' frameworkId=value # suppressedOffersRolesFramework
    // 6937f77f54 1.11.0..1.11.0
    | 'Unknown' 'pseudoattribute' 'value' 'passed' 'validation' # unknownPseudoattributeValuePassedValidation
    // 4ae5bd86c1 1.9.0..1.11.0
    | 'Unsuppressed' 'offers' 'and' 'cleared' 'filters' 'for' 'roles' roles=value 'of' 'framework' frameworkId=value # unsuppressedOffersClearedFiltersRoles
    // 6521937164 1.0.0..1.11.0
    // 0d7b19fbd5 0.22.0..0.28.0
    | 'Updated' agentWord 'whitelist' ':' whitelist=text # updatedAgentWhitelist
    // 730556b7b3 1.0.0..1.11.0
    | 'Updated' 'allocation' 'of' 'framework' frameworkId=value 'on' agentWord agentId=value 'from' frameworkAllocation=text 'to' updatedFrameworkAllocation=text # updatedAllocationFrameworkAgent
    // 16cd663a23 1.1.0..1.1.0
    | 'Updated' 'allocation' 'of' 'framework' frameworkId=value 'on' agentWord agentId=value 'from' frameworkAllocation=text 'to' updatedFrameworkAllocation=text 'with' type=value 'operation' # updatedAllocationFrameworkAgentOperation
    // 61997327f9 0.22.0..0.28.0
    | 'Updated' 'allocation' 'of' 'framework' frameworkId=value 'on' agentWord agentId=value 'from' allocation=text 'to' updatedAllocation=text # updatedAllocationFrameworkAgent
    // 26a6475999 1.9.0..1.11.0
    | 'Updated' 'quota' 'for' 'role' '\'' role=value '\'' ',' 'guarantees' ':' guarantees=text 'limits' ':' limits=text # updatedQuotaRoleGuaranteesLimits
    // 1859ccb7c5 0.20.0..0.21.0
    | 'Updated' agentWord 'white' 'list' ':' whitelist=text # updatedAgentWhiteList
    // cd0819201b 1.5.0..1.11.0
    | 'Using' '365' 'days' 'to' 'create' 'the' 'refused' 'inverse' 'offer' 'filter' 'because' 'the' 'input' 'value' 'is' 'too' 'big' # usingDaysCreateRefusedInverse
    // 0cd4212113 1.5.0..1.11.0
    | 'Using' '365' 'days' 'to' 'create' 'the' 'refused' 'resources' 'offer' 'filter' 'because' 'the' 'input' 'value' 'is' 'too' 'big' # usingDaysCreateRefusedResources
    // b6338dde8f 0.25.0..1.11.0
    | 'Using' 'the' 'default' 'value' 'of' '\'' 'refuse_seconds' '\'' 'to' 'create' 'the' 'refused' 'inverse' 'offer' 'filter' 'because' 'the' 'input' 'value' 'is' 'invalid' ':' error=text # usingDefaultValueRefuseSeconds
    // 5d569858d2 0.25.0..1.11.0
    | 'Using' 'the' 'default' 'value' 'of' '\'' 'refuse_seconds' '\'' 'to' 'create' 'the' 'refused' 'inverse' 'offer' 'filter' 'because' 'the' 'input' 'value' 'is' 'negative' # usingDefaultValueRefuseSeconds
    // f7a3667b17 0.20.0..1.4.0
    | 'Using' 'the' 'default' 'value' 'of' '\'' 'refuse_seconds' '\'' 'to' 'create' 'the' 'refused' 'resources' 'filter' 'because' 'the' 'input' 'value' 'is' 'invalid' ':' error=text # usingDefaultValueRefuseSeconds
    // c07398680c 0.20.0..1.4.0
    | 'Using' 'the' 'default' 'value' 'of' '\'' 'refuse_seconds' '\'' 'to' 'create' 'the' 'refused' 'resources' 'filter' 'because' 'the' 'input' 'value' 'is' 'negative' # usingDefaultValueRefuseSeconds
    // a3ab8f5abd 1.5.0..1.11.0
    | 'Using' 'the' 'default' 'value' 'of' '\'' 'refuse_seconds' '\'' 'to' 'create' 'the' 'refused' 'resources' 'offer' 'filter' 'because' 'the' 'input' 'value' 'is' 'invalid' ':' error=text # usingDefaultValueRefuseSeconds
    // b5a9f8c8c3 1.5.0..1.11.0
    | 'Using' 'the' 'default' 'value' 'of' '\'' 'refuse_seconds' '\'' 'to' 'create' 'the' 'refused' 'resources' 'offer' 'filter' 'because' 'the' 'input' 'value' 'is' 'negative' # usingDefaultValueRefuseSeconds
    // 432a5648db 0.22.0..1.11.0
    | 'Whitelist' 'is' 'empty' ',' 'no' 'offers' 'will' 'be' 'made' '!' # whitelistEmptyNoOffersMade
    ;

// Authentication of agents and frameworks, CRAM-MD5/SASL (src/authentication/, src/sasl/, Master::authenticate)
authenticationTemplate
    // 2e6bf07e79 1.7.0..1.11.0
    : 'An' 'error' 'ocurred' 'while' 'attempting' 'to' 'authenticate' pid=PID ':' failure=text # errorOcurredWhileAttemptingAuthenticate
    // c827a5ee63 0.20.0..1.6.0
    | 'Authenticating' pid=PID # authenticating
    // de92acbe7b 1.7.0..1.11.0
    | 'Authenticating' pid=PID (';' 'clearing' 'previous' 'authentication')? # authenticating
    // 3cda4cc011 0.20.0..1.11.0
    | 'Authentication' 'error' ':' saslErrstring=text # authenticationError
    // 63f3188e4e 0.20.0..1.11.0
    | 'Authentication' 'failure' ':' saslErrstring=text # authenticationFailure
    // e269980ded 1.7.0..1.11.0
    | 'Authentication' 'of' pid=PID 'was' 'discarded' # authenticationDiscarded
    // 964319c328 1.7.0..1.11.0
    | 'Authentication' 'of' pid=PID 'was' 'unsuccessful' ':' 'Invalid' 'credentials' # authenticationUnsuccessfulInvalidCredentials
    // 4912f9f0ca 0.20.0..1.11.0
    | 'Authentication' 'requires' 'more' 'steps' # authenticationRequiresMoreSteps
    // 3ebf79e87a 0.23.0..1.11.0
    | 'Authentication' 'session' 'cleanup' 'for' pid=PID # authenticationSessionCleanup
    // 8db0cf7974 0.20.0..1.11.0
    | 'Authentication' 'success' # authenticationSuccess
    // ad6f960e12 0.20.0..1.11.0
    | 'Authentication' 'timed' 'out' # authenticationTimedOut
    // 34ce166c08 0.20.0..1.11.0
    | 'Creating' 'new' 'server' 'SASL' 'connection' # creatingNewServerSASLConnection
    // 7f60bad905 0.20.0..1.11.0
    | 'Erasing' 'auxiliary' 'property' '\'' name=nameText '\'' 'even' 'though' 'SASL_AUXPROP_OVERRIDE' '=' '=' 'true' 'since' 'SASL_AUXPROP_VERIFY_AGAINST_HASH' '=' '=' 'true' # erasingAuxiliaryPropertyEvenThough
    // 5a08bda686 0.20.0..1.11.0
    | 'Erasing' 'auxiliary' 'property' '\'' name=nameText '\'' 'since' 'SASL_AUXPROP_OVERRIDE' '=' '=' 'true' # erasingAuxiliaryPropertySinceSASL
    // bb99b9a93c 0.20.0..0.22.0
    | 'Failed' 'to' 'add' '"in-memory"' 'auxiliary' 'property' 'plugin' ':' saslErrstring=text # failedAddMemoryAuxiliaryProperty
    // f64ab6130b 0.20.0..1.6.0
    | 'Failed' 'to' 'authenticate' pid=PID ':' error=text # failedAuthenticate
    // ec136dd77a 0.20.0..1.11.0
    | 'Failed' 'to' 'create' 'server' 'SASL' 'connection' ':' saslErrstring=text # failedCreateServerSASLConnection
    // 60a6a32bdd 0.20.0..1.11.0
    | 'Failed' 'to' 'get' 'list' 'of' 'mechanisms' ':' saslErrstring=text # failedGetListMechanisms
    // a7b684ab1d 0.20.0..0.22.0
    | 'Failed' 'to' 'initialize' 'SASL' ':' saslErrstring=text # failedInitializeSASL
    // de92d5855a 1.3.0..1.11.0
    | 'HTTP' 'authenticator' 'for' 'scheme' '\'' scheme=nameText '\'' 'returned' 'a' 'result' 'with' count=value 'members' 'set' ',' 'which' 'is' 'an' 'error' # hTTPAuthenticatorSchemeReturnedResult
    // e7d66099f3 1.7.0..1.11.0
    | 'Ignoring' 'stale' 'authentication' 'result' 'of' pid=PID # ignoringStaleAuthenticationResult
    // 7468a05f67 0.20.0..1.11.0
    | 'Initialized' 'in-memory' 'auxiliary' 'property' 'plugin' # initializedMemoryAuxiliaryPropertyPlugin
    // 1b8f995e9b 0.20.0..1.11.0
    | 'Initializing' 'server' 'SASL' # initializingServerSASL
    // 65a26fd865 0.20.0..1.11.0
    | 'Looking' 'up' 'auxiliary' 'property' '\'' name=nameText '\'' # lookingUpAuxiliaryProperty
    // e123de1853 0.25.0..1.11.0
    | 'No' 'credentials' 'provided' ',' 'authentication' 'requests' 'will' 'be' 'refused' # noCredentialsProvidedAuthenticationRequests
    // 20ac98cefb 0.23.0..0.24.0
    | 'No' 'credentials' 'provided' ',' 'authentication' 'requests' 'will' 'be' 'refused.' # noCredentialsProvidedAuthenticationRequests
    // 5bc8d97d78 0.20.0..1.6.0
    | 'Queuing' 'up' 'authentication' 'request' 'from' pid=PID 'because' 'authentication' 'is' 'still' 'in' 'progress' # queuingUpAuthenticationRequestBecause
    // a187343aee 1.7.0..1.11.0
    | 'Re-authenticating' pid=PID ';' 'discarding' 'outstanding' 'authentication' # reAuthenticatingDiscardingOutstandingAuthentication
    // 7ee99d2c72 0.20.0..1.11.0
    | 'Received' 'SASL' 'authentication' 'start' # receivedSASLAuthenticationStart
    // 77595b5264 0.20.0..1.11.0
    | 'Received' 'SASL' 'authentication' 'step' # receivedSASLAuthenticationStep
    // 6e1510b6e1 0.23.0..1.11.0
    | 'Received' 'authentication' 'request' 'from' pid=PID 'but' 'authenticator' 'is' 'not' 'loaded' # receivedAuthenticationRequestButAuthenticator
    // 1564b4b75d 0.20.0..1.11.0
    | 'Request' 'to' 'lookup' 'properties' 'for' 'user' ':' '\'' user=value '\'' 'realm' ':' '\'' realm=nameText '\'' 'server' 'FQDN' ':' '\'' serverFQDN=text '\'' 'SASL_AUXPROP_VERIFY_AGAINST_HASH' ':' ('true' | 'false') 'SASL_AUXPROP_OVERRIDE' ':' ('true' | 'false') 'SASL_AUXPROP_AUTHZID' ':' ('true' | 'false') # requestLookupPropertiesUserRealm
    // 144e1758c9 0.20.0..1.11.0
    | 'Skipping' 'auxiliary' 'property' '\'' name=nameText '\'' 'since' 'SASL_AUXPROP_AUTHZID' '=' '=' 'false' 'but' 'property' 'name' 'starts' 'with' '\'' '*' '\'' # skippingAuxiliaryPropertySinceSASL
    // f539e07b14 0.20.0..1.11.0
    | 'Skipping' 'auxiliary' 'property' '\'' name=nameText '\'' 'since' 'SASL_AUXPROP_AUTHZID' '=' '=' 'true' # skippingAuxiliaryPropertySinceSASL
    // 7ba0c0f8c8 0.20.0..1.11.0
    | 'Skipping' 'auxiliary' 'property' '\'' name=nameText '\'' 'since' 'SASL_AUXPROP_OVERRIDE' '=' '=' 'false' 'and' 'value' '(' 's' ')' 'already' 'set' # skippingAuxiliaryPropertySinceSASL
    // 43cfa65950 0.23.0..1.11.0
    | 'Starting' 'authentication' 'session' 'for' pid=PID # startingAuthenticationSession
    // 5527fc72bd 0.20.0..1.11.0
    | 'Successfully' 'authenticated' 'principal' '\'' future=text '\'' 'at' pid=PID # successfullyAuthenticatedPrincipal
    // c03c92c3c2 0.21.0..1.11.0
    | 'Using' '\'' authenticatorNames=nameText '\'' 'authenticator' # usingAuthenticator
    // 97da07da51 0.21.0..0.22.0
    | 'Using' 'default' 'CRAM-MD5' 'authenticator' # usingDefaultCRAMMD5Authenticator
    ;

// Authorization of requests and operations (src/master/master.cpp, src/master/http.cpp)
authorizationTemplate
    // 08da2de944 1.4.0..1.11.0
    : 'Authorized' ('re-registration' | 'reregistration') 'of' agentWord agentId=value 'at' pid=PID '(' hostname=value ')' # authorizedReRegistrationAgent
    // e2429ea6e0 1.4.0..1.11.0
    | 'Authorized' 'registration' 'of' agentWord 'at' pid=PID '(' hostname=value ')' # authorizedRegistrationAgent
    // 81b0e749e4 1.6.0..1.9.0
    | 'Authorizing' agentWord 'providing' 'resources' '\'' resources=text '\'' ('with' 'principal' '\'' principal=value '\'' | 'without' 'a' 'principal') # authorizingAgentProvidingResources
    // 2891d26a74 1.3.0..1.5.0
    | 'Authorizing' agentWord ('with' 'principal' '\'' principal=value '\'' | 'without' 'a' 'principal') # authorizingAgent
    // e0ae72b45f 0.20.0..0.28.0
    | 'Authorizing' 'framework' 'principal' '\'' principal=value '\'' 'to' 'launch' 'task' taskId=value 'as' 'user' '\'' user=value '\'' # authorizingFrameworkPrincipalLaunchTask
    // 491f9125b3 0.20.0..1.2.0
    | 'Authorizing' 'framework' 'principal' '\'' principal=value '\'' 'to' 'receive' 'offers' 'for' 'role' '\'' role=value '\'' # authorizingFrameworkPrincipalReceiveOffers
    // cde02772f6 1.3.0..1.9.0
    | 'Authorizing' 'framework' 'principal' '\'' principal=value '\'' 'to' 'receive' 'offers' 'for' 'roles' '\'' getRoles=value '\'' # authorizingFrameworkPrincipalReceiveOffers
    // 8bab859232 1.0.0..1.9.0
    | 'Authorizing' 'framework' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'launch' 'task' taskId=value # authorizingFrameworkPrincipalLaunchTask
    // c66d5cb373 1.7.0..1.9.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'create' 'a' targetType=value 'disk' 'from' '\'' source=text '\'' # authorizingPrincipalCreateDisk
    // 9cbcd76f02 0.27.0..1.2.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'create' 'volumes' # authorizingPrincipalCreateVolumes
    // ab4b533baa 1.3.0..1.9.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'create' 'volumes' '\'' volumes=text '\'' # authorizingPrincipalCreateVolumes
    // b9d654711a 1.7.0..1.9.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'destroy' 'disk' '\'' source=text '\'' # authorizingPrincipalDestroyDisk
    // dde93ee9ce 0.27.0..1.9.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'destroy' 'volumes' '\'' volumes=text '\'' # authorizingPrincipalDestroyVolumes
    // 98a5ef7489 0.27.0..1.9.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'reserve' 'resources' '\'' resources=text '\'' # authorizingPrincipalReserveResources
    // a345ecb4cc 1.6.0..1.9.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'resize' 'volume' '\'' volume=text '\'' # authorizingPrincipalResizeVolume
    // fa091a61a4 0.27.0..1.9.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'unreserve' 'resources' '\'' resources=text '\'' # authorizingPrincipalUnreserveResources
    // 074d71a5a5 1.10.0..1.11.0
    | 'Authorizing' ('principal' '\'' principal=value '\'' | 'ANY' 'principal') 'to' actionObject=text # authorizing
    ;

// Framework lines the timelines do not use (src/master/master.cpp, src/master/framework.cpp)
frameworkTemplate
    // 64c370a1fb 1.5.0..1.11.0
    : 'Adding' 'framework' framework 'with' 'roles' suppressedRoles=value 'suppressed' # addingFrameworkRolesSuppressed
    // 1dba0696b0 1.0.0..1.5.0
    // 5001eaa484 1.6.0..1.11.0
    // 89c71792c0 0.21.0..0.28.0
    | agentTitle slave ('re-registered' | 'reregistered') 'with' 'completed' 'framework' framework '.' 'Shutting' 'down' 'the' 'framework' 'on' 'the' agentWord # agentReRegisteredCompletedFramework
    // abcf38dcc3 0.23.0..1.0.0
    | 'Can' 'not' 'update' 'FrameworkInfo.checkpoint' 'to' '\'' checkpoint=text '\'' 'for' 'framework' id=value 'Check' 'MESOS-703' # canNotUpdateFrameworkinfoCheckpoint
    // 2c4ff30e0b 0.23.0..1.0.0
    | 'Can' 'not' 'update' 'FrameworkInfo.principal' 'to' '\'' principal=value '\'' 'for' 'framework' id=value 'Check' 'MESOS-703' # canNotUpdateFrameworkinfoPrincipal
    // 1449f85905 0.23.0..1.0.0
    | 'Can' 'not' 'update' 'FrameworkInfo.role' 'to' '\'' role=value '\'' 'for' 'framework' id=value 'Check' 'MESOS-703' # canNotUpdateFrameworkinfoRole
    // 0136e00d7b 0.23.0..1.0.0
    | 'Can' 'not' 'update' 'FrameworkInfo.user' 'to' '\'' user=value '\'' 'for' 'framework' id=value 'Check' 'MESOS-703' # canNotUpdateFrameworkinfoUser
    // 18a6ba4475 0.20.0..0.20.0
    | 'Cannot' 'send' 'framework' 'message' 'for' 'framework' frameworkId=value 'to' agentWord agentId=value 'because' agentWord 'is' 'not' 'registered' # cannotSendFrameworkMessageFramework
    // ed7b13fffb 0.20.0..0.20.0
    | 'Cannot' 'send' 'framework' 'message' 'for' 'framework' frameworkId=value 'to' agentWord slave 'because' agentWord 'is' 'disconnected' # cannotSendFrameworkMessageFramework
    // 57f5973191 1.0.0..1.11.0
    // 9d00f6e87d 0.21.0..0.28.0
    | 'Cannot' 'send' 'framework' 'message' 'for' 'framework' framework 'to' agentWord agentId=value 'because' agentWord 'is' 'not' 'registered' # cannotSendFrameworkMessageFramework
    // fce676e11a 1.0.0..1.11.0
    // 5a13036f19 0.21.0..0.28.0
    | 'Cannot' 'send' 'framework' 'message' 'for' 'framework' framework 'to' agentWord slave 'because' agentWord 'is' 'disconnected' # cannotSendFrameworkMessageFramework
    // 945b4fa0b9 1.9.0..1.11.0
    | 'Cannot' 'update' '\'' 'FrameworkInfo.user' '\'' 'to' '\'' user=value '\'' 'for' 'framework' agentId=value ';' 'see' 'MESOS-703' # cannotUpdateFrameworkinfoUserFramework
    // 441e93169b 1.9.0..1.11.0
    | 'Cannot' 'update' 'FrameworkInfo.checkpoint' 'to' '\'' checkpoint=text '\'' 'for' 'framework' agentId=value ';' 'see' 'MESOS-703' # cannotUpdateFrameworkinfoCheckpointFramework
    // 0064c6afeb 1.1.0..1.8.0
    | 'Cannot' 'update' 'FrameworkInfo.checkpoint' 'to' '\'' checkpoint=text '\'' 'for' 'framework' id=value 'Check' 'MESOS-703' # cannotUpdateFrameworkinfoCheckpointFramework
    // 571ce8d9d8 1.1.0..1.8.0
    | 'Cannot' 'update' 'FrameworkInfo.principal' 'to' '\'' principal=value '\'' 'for' 'framework' id=value 'Check' 'MESOS-703' # cannotUpdateFrameworkinfoPrincipalFramework
    // 4889a85efe 1.1.0..1.2.0
    | 'Cannot' 'update' 'FrameworkInfo.role' 'to' '\'' role=value '\'' 'for' 'framework' id=value 'Check' 'MESOS-703' # cannotUpdateFrameworkinfoRoleFramework
    // d6080f3116 1.1.0..1.8.0
    | 'Cannot' 'update' 'FrameworkInfo.user' 'to' '\'' user=value '\'' 'for' 'framework' id=value 'Check' 'MESOS-703' # cannotUpdateFrameworkinfoUserFramework
    // e0f7ac3502 0.21.0..0.23.0
    | 'Completed' 'framework' framework 'attempted' 'to' ('re-register' | 'reregister') # completedFrameworkAttemptedReRegister
    // e82e726df4 0.22.0..0.22.0
    | 'Dropping' type=value 'call' 'from' 'framework' frameworkId=value '(' name=nameText ')' 'at' from=PID ':' message=text # droppingCallFramework
    // 540c9555bb 0.23.0..1.2.0
    // 8d292adff5 1.3.0..1.11.0
    | 'Dropping' type=value 'call' 'from' 'framework' frameworkId=value 'at' from=PID ':' message=text # droppingCallFramework
    // 11aa71a9f7 1.3.0..1.11.0
    | 'Dropping' type=value 'call' 'from' 'framework' framework ':' message=text # droppingCallFramework
    // 323e6ce4a2 0.21.0..0.23.0
    | 'Dropping' ('re-registration' | 'reregistration') 'request' 'of' 'framework' frameworkId=value '(' name=nameText ')' 'at' from=PID 'because' 'it' 'is' 'not' 'authenticated' # droppingReRegistrationRequestFramework
    // cd8f9114a0 0.21.0..0.23.0
    | 'Dropping' ('re-registration' | 'reregistration') 'request' 'of' 'framework' frameworkId=value '(' name=nameText ')' 'at' from=PID 'because' 'new' 'authentication' 'attempt' 'is' 'in' 'progress' # droppingReRegistrationRequestFramework
    // 1343a32ed5 0.20.0..0.20.0
    | 'Dropping' ('re-registration' | 'reregistration') 'request' 'of' 'framework' frameworkId=value 'at' from=PID 'because' 'it' 'is' 'not' 'authenticated' # droppingReRegistrationRequestFramework
    // 3614943a72 0.20.0..0.20.0
    | 'Dropping' ('re-registration' | 'reregistration') 'request' 'of' 'framework' frameworkId=value 'at' from=PID 'because' 'new' 'authentication' 'attempt' 'is' 'in' 'progress' # droppingReRegistrationRequestFramework
    // be53af853c 0.21.0..0.23.0
    | 'Dropping' 'registration' 'request' 'for' 'framework' '\'' name=nameText '\'' 'at' from=PID 'because' 'it' 'is' 'not' 'authenticated' # droppingRegistrationRequestFrameworkBecause
    // fb1d8017c4 0.21.0..0.23.0
    | 'Dropping' 'registration' 'request' 'for' 'framework' '\'' name=nameText '\'' 'at' from=PID 'because' 'new' 'authentication' 'attempt' 'is' 'in' 'progress' # droppingRegistrationRequestFrameworkBecause
    // 689d472cf2 0.20.0..0.20.0
    | 'Dropping' 'update' statusUpdate 'because' 'the' 'framework' 'is' 'unknown' # droppingUpdateBecauseFrameworkUnknown
    // 9a4febde78 1.1.0..1.11.0
    | 'Dropping' 'update' statusUpdate 'for' 'unknown' 'framework' frameworkId=value # droppingUpdateUnknownFramework
    // da0c64f339 1.2.0..1.3.0
    | 'Dropping' 'update' statusUpdate 'for' ('unknown' | 'disconnected') 'framework' frameworkId=value # droppingUpdateFramework
    // f75ba6cc1a 0.21.0..1.0.0
    | 'Dropping' 'update' statusUpdate 'from' 'unknown' 'framework' frameworkId=value # droppingUpdateUnknownFramework
    // ef9fb49eab 0.24.0..1.11.0
    | 'Failed' 'to' 'close' 'HTTP' 'pipe' 'for' framework # failedCloseHTTPPipe
    // 905c095a12 1.9.0..1.11.0
    | 'Framework' agentId=value 'which' 'had' 'a' 'principal' '\'' getOrElse=value '\'' 'tried' 'to' '(' 're' ')' 'subscribe' 'with' 'a' 'new' 'principal' '\'' getOrElse2=value '\'' # frameworkWhichHadPrincipalTried
    // 1c15125701 0.21.0..0.23.0
    | 'Framework' framework 'registering' 'as' 'root' ',' 'but' 'root' 'submissions' 'are' 'disabled' 'on' 'this' 'cluster' # frameworkRegisteringRootButRoot
    // 8aa55f2d8c 0.24.0..0.28.0
    | 'Framework' 'at' from=PID '(' 'authenticated' 'as' '\'' from2=value '\'' ')' 'does' 'not' 'set' '\'' 'principal' '\'' 'in' 'FrameworkInfo' # frameworkAuthenticatedDoesNotSet
    // eba42b7c1a 0.20.0..0.23.0
    | 'Framework' 'at' from=PID '(' 'authenticated' 'as' '\'' from2=value '\'' ')' 'does' 'not' 'specify' 'principal' 'in' 'its' 'FrameworkInfo' # frameworkAuthenticatedDoesNotSpecify
    // 70305e9346 0.20.0..0.20.0
    | 'Framework' ('re-registering' | 'reregistering') 'without' 'an' 'id' '!' # frameworkReRegisteringWithoutId
    // d809c45652 0.20.0..1.11.0
    | 'Ignoring' 'deactivate' 'framework' 'message' 'for' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringDeactivateFrameworkMessageFramework
    // 085b963257 0.20.0..0.20.0
    | 'Ignoring' 'deactivate' 'framework' 'message' 'for' 'framework' frameworkId=value 'from' '\'' from=PID '\'' 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' '\'' pid=PID '\'' # ignoringDeactivateFrameworkMessageFramework
    // 0a908097e7 0.21.0..1.11.0
    | 'Ignoring' 'deactivate' 'framework' 'message' 'for' 'framework' framework 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringDeactivateFrameworkMessageFramework
    // 86764d0c61 1.2.0..1.11.0
    | 'Ignoring' 'deactivate' 'framework' 'message' 'for' framework 'because' 'it' 'is' 'disconnected' # ignoringDeactivateFrameworkMessageFramework
    // 3f5016d0e2 0.20.0..1.11.0
    | 'Ignoring' 'resource' 'request' 'message' 'from' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringResourceRequestMessageFramework
    // 491d1e90b1 0.20.0..0.20.0
    | 'Ignoring' 'resource' 'request' 'message' 'from' 'framework' frameworkId=value 'from' '\'' from=PID '\'' 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' '\'' pid=PID '\'' # ignoringResourceRequestMessageFramework
    // 7f21ca9c88 0.21.0..1.11.0
    | 'Ignoring' 'resource' 'request' 'message' 'from' 'framework' framework 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringResourceRequestMessageFramework
    // 195bd8aea4 0.20.0..1.11.0
    | 'Ignoring' 'revive' 'offers' 'message' 'for' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringReviveOffersMessageFramework
    // 9665d2ba09 0.20.0..0.20.0
    | 'Ignoring' 'revive' 'offers' 'message' 'for' 'framework' frameworkId=value 'from' '\'' from=PID '\'' 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' '\'' pid=PID '\'' # ignoringReviveOffersMessageFramework
    // dc1d84a8e6 0.21.0..1.11.0
    | 'Ignoring' 'revive' 'offers' 'message' 'for' 'framework' framework 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringReviveOffersMessageFramework
    // 79e9504a5d 0.20.0..0.20.0
    | 'Ignoring' 'unregister' 'framework' 'message' 'for' 'framework' frameworkId=value 'from' from=PID 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' pid=PID # ignoringUnregisterFrameworkMessageFramework
    // 40b58bb06d 0.21.0..1.11.0
    | 'Ignoring' 'unregister' 'framework' 'message' 'for' 'framework' framework 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringUnregisterFrameworkMessageFramework
    // 8f3e0f79b3 0.24.0..1.7.0
    | 'Master' 'attempted' 'to' 'send' 'message' 'to' 'disconnected' 'framework' framework # masterAttemptedSendMessageDisconnected
    // 6c1f8dad71 1.8.0..1.11.0
    | 'Master' 'attempting' 'to' 'send' 'message' 'to' 'disconnected' 'framework' framework # masterAttemptingSendMessageDisconnected
    // 82400dbc2e 1.2.0..1.11.0
    | 'Missing' '\'' 'Resource.AllocationInfo' '\'' 'for' 'resources' 'allocated' 'to' 'MULTI_ROLE' 'framework' '\'' name=nameText '\'' # missingResourceAllocationinfoResourcesAllocated
    // 839a1b38ce 1.0.0..1.11.0
    // 62bdd4247e 0.23.0..0.28.0
    | 'Processing' 'MESSAGE' 'call' 'from' 'framework' framework 'to' agentWord slave # processingMESSAGECallFrameworkAgent
    // 09aa59f688 0.24.0..1.11.0
    | 'Processing' 'REQUEST' 'call' 'for' 'framework' framework # processingREQUESTCallFramework
    // 30e4363811 1.9.0..1.11.0
    | 'Processing' 'UPDATE_FRAMEWORK' 'call' 'for' 'framework' frameworkId=value # processingUPDATEFRAMEWORKCallFramework
    // ee4d6ef5ea 0.24.0..1.11.0
    | 'Queuing' 'up' 'SUBSCRIBE' 'call' 'for' 'framework' '\'' name=nameText '\'' 'at' from=PID 'because' 'authentication' 'is' 'still' 'in' 'progress' # queuingUpSUBSCRIBECallFramework
    // 2cd6eb2e7b 0.21.0..0.23.0
    | 'Queuing' 'up' ('re-registration' | 'reregistration') 'request' 'for' 'framework' frameworkId=value '(' name=nameText ')' 'at' from=PID 'because' 'authentication' 'is' 'still' 'in' 'progress' # queuingUpReRegistrationRequest
    // 0e17d5d0ce 0.21.0..0.23.0
    | 'Queuing' 'up' 'registration' 'request' 'for' 'framework' '\'' name=nameText '\'' 'at' from=PID 'because' 'authentication' 'is' 'still' 'in' 'progress' # queuingUpRegistrationRequestFramework
    // a92f1a9a9c 0.23.0..0.23.0
    | 'Re-registering' 'framework' frameworkId=value '(' name=nameText ')' 'at' from=PID 'with' 'checkpointing' ('enabled' | 'disabled') 'and' 'capabilities' capabilities=text # reRegisteringFrameworkCheckpointingCapabilities
    // 0b1ca89ac8 1.0.0..1.11.0
    | 'Refusing' type=value 'call' 'from' 'framework' framework ':' 'Framework' 'disconnected' # refusingCallFrameworkFrameworkDisconnected
    // 366c1b0ec8 0.23.0..0.23.0
    | 'Registering' 'framework' framework 'with' 'checkpointing' ('enabled' | 'disabled') 'and' 'capabilities' capabilities=text # registeringFrameworkCheckpointingCapabilities
    // 013664c99c 0.20.0..0.20.0
    | 'Requesting' 'resources' 'for' 'framework' frameworkId=value # requestingResourcesFramework
    // 39ea18fe71 0.21.0..0.23.0
    | 'Requesting' 'resources' 'for' 'framework' framework # requestingResourcesFramework
    // 3f1925e8a6 0.20.0..0.20.0
    | 'Reviving' 'offers' 'for' 'framework' frameworkId=value # revivingOffersFramework
    // bb13492e89 0.21.0..0.22.0
    | 'Reviving' 'offers' 'for' 'framework' framework # revivingOffersFramework
    // 7d67f6fdb7 1.11.0..1.11.0
    | 'Sending' 'a' 'FRAMEWORK_UPDATED' 'event' 'for' 'framework' framework 'to' 'all' 'subscribers' 'and' 'broadcasting' 'its' 'up-to-date' 'FrameworkInfo' 'and' 'PID' 'to' 'all' 'registered' ('slaves' | 'agents') # sendingFRAMEWORKUPDATEDEventFramework
    // 4ff577e774 0.20.0..0.20.0
    | 'Sending' 'framework' 'message' 'for' 'framework' frameworkId=value 'to' agentWord slave # sendingFrameworkMessageFrameworkAgent
    // 02698b3731 0.21.0..0.22.0
    | 'Sending' 'framework' 'message' 'for' 'framework' framework 'to' agentWord slave # sendingFrameworkMessageFrameworkAgent
    // f8a40ee917 0.24.0..1.4.0
    | 'Sending' 'heartbeat' 'to' frameworkId=value # sendingHeartbeat
    // b2ca84ddc0 1.2.0..1.5.0
    // 6299e86684 1.6.0..1.11.0
    | 'Shutting' 'down' 'framework' frameworkId=value 'at' ('re-registered' | 'reregistered') agentWord slave 'because' 'the' 'framework' 'has' 'been' 'shutdown' 'at' 'the' 'master' # shuttingDownFrameworkReRegistered
    // 326f113705 0.20.0..0.20.0
    | agentTitle slave ('re-registered' | 'reregistered') 'with' 'completed' 'framework' frameworkId=value 'Shutting' 'down' 'the' 'framework' 'on' 'the' agentWord # agentReRegisteredCompletedFramework
    // f725d1c725 0.24.0..1.11.0
    | 'Subscribing' 'framework' '\'' name=nameText '\'' 'with' 'checkpointing' ('enabled' | 'disabled') 'and' 'capabilities' capabilities=text # subscribingFrameworkCheckpointingCapabilities
    // ec51455fff 0.24.0..1.11.0
    | 'Subscribing' 'framework' nameWords=text 'with' 'checkpointing' ('enabled' | 'disabled') 'and' 'capabilities' capabilities=text # subscribingFrameworkCheckpointingCapabilities
    // ff2811e344 1.1.0..1.3.0
    | 'Unable' 'to' 'determine' 'if' 'framework' frameworkId=value 'is' 'partition-aware' ',' 'because' 'the' 'cluster' 'contains' ('slaves' | 'agents') 'running' 'an' 'old' 'version' 'of' 'Mesos' ';' 'upgrading' 'the' ('slaves' | 'agents') 'to' 'Mesos' '1.0' 'or' 'later' 'is' 'recommended' # unableDetermineIfFrameworkPartition
    // 389ce50ed7 0.24.0..1.7.0
    | 'Unable' 'to' 'send' 'event' 'to' 'framework' framework ':' 'connection' 'closed' # unableSendEventFrameworkConnection
    // 46801361c4 1.8.0..1.11.0
    | 'Unable' 'to' 'send' 'message' 'to' 'framework' framework ':' 'connection' 'closed' # unableSendMessageFrameworkConnection
    // 6b9cb15fc6 1.8.0..1.11.0
    | 'Unable' 'to' 'send' 'message' 'to' 'framework' framework ':' 'framework' 'is' 'recovered' 'but' 'has' 'not' ('re-registered' | 'reregistered') # unableSendMessageFrameworkFramework
    // 7ab2eaea5b 0.24.0..0.28.0
    | 'Unexpected' type=value 'call' 'from' 'framework' frameworkId=value 'at' from=PID # unexpectedCallFramework
    // d797f2edea 1.5.0..1.11.0
    | 'Updating' 'framework' framework 'with' 'roles' suppressedRoles=value 'suppressed' # updatingFrameworkRolesSuppressed
    ;

// HTTP requests and responses, the operator API and read-only handlers (src/master/http.cpp, src/common/http.cpp)
httpTemplate
    // dce34ee40b 1.0.0..1.11.0
    : 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'get' 'quota' 'for' 'role' '\'' role=value '\'' # authorizingPrincipalGetQuotaRole
    // 294a643ff0 1.0.0..1.11.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'get' 'weight' 'for' 'role' '\'' role=value '\'' # authorizingPrincipalGetWeightRole
    // 0f4464ff3f 1.0.0..1.2.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'remove' 'quota' 'for' 'role' '\'' role=value '\'' # authorizingPrincipalRemoveQuotaRole
    // 8511e1092c 0.27.0..0.28.0
    | 'Authorizing' 'principal' '\'' (requestPrincipal=value | 'ANY') '\'' 'to' 'remove' 'quota' 'set' 'by' '\'' (quotaPrincipal=value | 'ANY') '\'' # authorizingPrincipalRemoveQuotaSet
    // 2b52eededc 0.27.0..0.28.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'request' 'quota' 'for' 'role' '\'' role=value '\'' # authorizingPrincipalRequestQuotaRole
    // e0a058a3a6 1.0.0..1.2.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'set' 'quota' 'for' 'role' '\'' role=value '\'' # authorizingPrincipalSetQuotaRole
    // 649ae09f61 1.9.0..1.11.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'update' 'quota' 'config' 'for' 'role' '\'' role=value '\'' # authorizingPrincipalUpdateQuotaConfig
    // 2e3942b3de 1.3.0..1.11.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'update' 'quota' 'for' 'role' '\'' role=value '\'' # authorizingPrincipalUpdateQuotaRole
    // 6f56975895 1.0.0..1.11.0
    | 'Authorizing' 'principal' '\'' (principal=value | 'ANY') '\'' 'to' 'update' 'weights' 'for' 'roles' '\'' roles=value '\'' # authorizingPrincipalUpdateWeightsRoles
    // c2c9aec7e2 1.7.0..1.11.0
    | 'Could' 'not' 'approve' 'operation' operationId=value 'since' 'its' 'consumed' 'resources' 'could' 'not' 'be' 'determined' ':' error=text # couldNotApproveOperationSince
    // 1852ff8a1c 1.0.0..1.11.0
    | 'Current' 'master' 'is' 'not' 'elected' 'as' 'leader' ',' 'and' 'leader' 'information' 'is' 'unavailable.' 'Failed' 'to' 'redirect' 'the' 'request' 'url' ':' url=text # currentMasterNotElectedLeader
    // 806efe1bc6 1.10.0..1.11.0
    | 'Disconnected' agentWord slave 'will' 'be' 'reactivated' 'upon' 'reregistration.' # disconnectedAgentReactivatedUponReregistration
    // 7c1c8b7fac 1.4.0..1.5.0
    | 'Error' 'during' 'MachineID' 'authorization' ':' error=text # errorDuringMachineidAuthorization
    // d251313ea5 0.23.0..1.1.0
    | 'HTTP' method=text 'for' path=text 'from' client=value ('with' 'User-Agent' '=' '\'' userAgent=text '\'')? ('with' 'X-Forwarded-For' '=' '\'' forwardedFor=text '\'')? # hTTP
    // 7dfaddd049 1.8.0..1.11.0
    | 'HTTP' method=text 'for' url=text ('from' client=value)? ':' '\'' status=value '\'' 'after' ms=value units=text # hTTPAfter
    // f82c33aa15 1.2.0..1.11.0
    | 'HTTP' method=text 'for' url=text ('from' client=value)? ('with' 'User-Agent' '=' '\'' userAgent=text '\'')? ('with' 'X-Forwarded-For' '=' '\'' forwardedFor=text '\'')? # hTTP
    // a8e9920187 0.20.0..0.22.0
    | 'HTTP' 'request' 'for' '\'' path=text '\'' # hTTPRequest
    // 07fed8ff3d 1.3.0..1.11.0
    | 'Handling' 'get' 'weights' 'request' # handlingGetWeightsRequest
    // 0b4e19df6f 1.0.0..1.2.0
    | 'Handling' 'get' 'weights' 'request.' # handlingGetWeightsRequest
    // 262199be3c 0.27.0..1.11.0
    | 'Handling' 'quota' 'status' 'request' # handlingQuotaStatusRequest
    // 4a4d041641 1.5.0..1.11.0
    | 'Not' 'marking' agentWord '\'' agentId=value '\'' 'as' 'gone' 'because' 'another' 'gone' 'transition' 'is' 'already' 'in' 'progress' # notMarkingAgentGoneBecause
    // 418c36da31 1.5.0..1.11.0
    | 'Not' 'marking' agentWord '\'' agentId=value '\'' 'as' 'gone' 'because' 'another' 'remove' 'transition' 'is' 'already' 'in' 'progress' # notMarkingAgentGoneBecause
    // d7ad43db14 1.5.0..1.11.0
    | 'Not' 'marking' agentWord '\'' agentId=value '\'' 'as' 'gone' 'because' 'another' 'unreachable' 'transition' 'is' 'already' 'in' 'progress' # notMarkingAgentGoneBecause
    // 735d92c446 1.5.0..1.11.0
    | 'Not' 'marking' agentWord '\'' agentId=value '\'' 'as' 'gone' 'because' 'it' 'has' 'already' 'transitioned' 'to' 'gone' # notMarkingAgentGoneBecause
    // 89702844c9 0.27.0..1.7.0
    | 'Performing' 'capacity' 'heuristic' 'check' 'for' 'a' 'set' 'quota' 'request' # performingCapacityHeuristicCheckSet
    // c4be8ad847 1.0.0..1.11.0
    | 'Processing' 'call' type=value # processingCall
    // d79b5e6f84 1.9.0..1.11.0
    | 'Reactivating' agentWord slave # reactivatingAgent
    // b3d8690f61 1.0.0..1.11.0
    | 'Received' '\'' 'UNKNOWN' '\'' 'call' # receivedUNKNOWNCall
    // 754b395ea2 1.0.0..1.11.0
    | 'Redirecting' 'request' 'for' url=text 'to' 'the' 'leading' 'master' hostname=value # redirectingRequestLeadingMaster
    // bcc46ee7dc 0.27.0..1.11.0
    | 'Removing' 'quota' 'for' 'request' 'path' ':' '\'' path=text '\'' # removingQuotaRequestPath
    // 78b7d7cf5f 1.0.0..1.11.0
    | 'Setting' '\'' 'principal' '\'' 'in' 'FrameworkInfo' 'to' '\'' from=value '\'' 'because' 'the' 'framework' 'authenticated' 'with' 'that' 'principal' 'but' 'did' 'not' 'set' 'it' 'in' 'FrameworkInfo' # settingPrincipalFrameworkinfoBecauseFramework
    // ba75d3c690 0.27.0..1.11.0
    | 'Setting' 'quota' 'from' 'request' ':' '\'' body=text '\'' # settingQuotaRequest
    // 04f2793430 1.10.0..1.11.0
    | 'Transitioning' agentWord agentId=value 'to' 'the' 'DRAINING' 'state' ';' agentWord 'has' '(' 'tasks' ',' 'operations' ')' '=' '=' '(' taskIds=text ',' keys=text ')' # transitioningAgentDRAININGStateAgent
    // f0a18b3f54 1.0.0..1.11.0
    | 'Unexpected' '\'' 'SUBSCRIBE' '\'' 'call' # unexpectedSUBSCRIBECall
    // 78015f2e48 0.24.0..0.28.0
    | 'Unexpected' type=value 'call' # unexpectedCall
    // 0417d31eeb 1.9.0..1.11.0
    | 'Updating' '\'' role=value '\'' 'quota' 'limit' 'to' '\'' limits=text '\'' ';' 'this' 'is' 'below' 'its' 'current' 'quota' 'consumption' '\'' consumedQuota=text '\'' ';' 'Ignored' 'violation' 'since' 'the' 'force' 'flag' 'is' 'provided.' # updatingQuotaLimitBelowCurrent
    // 912b87839a 1.0.0..1.11.0
    | 'Updating' 'weights' 'from' 'request' ':' '\'' body=text '\'' # updatingWeightsRequest
    // 671e3274e8 0.27.0..1.11.0
    | 'Using' 'force' 'flag' 'to' 'override' 'quota' 'capacity' 'heuristic' 'check' # usingForceFlagOverrideQuota
    // afac3ba33a 1.9.0..1.11.0
    | 'Using' 'force' 'flag' 'to' 'override' 'quota' 'overcommit' 'check' # usingForceFlagOverrideQuota
    ;

// Other master lines: flags, modules, metrics, validation (src/master/)
masterTemplate
    // 1469702bb2 1.0.0..1.11.0
    : '\'' 'UNKNOWN' '\'' 'call' # uNKNOWNCall
    // 41051f16d3 1.4.0..1.11.0
    | 'Added' 'subscriber' streamId=value 'to' 'the' 'list' 'of' 'active' 'subscribers' # addedSubscriberListActiveSubscribers
    // 2ef758d3f1 1.0.0..1.3.0
    | 'Added' 'subscriber' ':' streamId=value 'to' 'the' 'list' 'of' 'active' 'subscribers' # addedSubscriberListActiveSubscribers
    // 36136c45f5 0.20.0..1.11.0
    | 'Dropping' 'message' name=text 'from' from=PID ('(' principal=value ')')? ':' 'capacity' '(' capacity=value ')' 'exceeded' # droppingMessageCapacityExceeded
    // a74a432e7c 0.20.0..0.20.0
    | 'Dropping' 'registration' 'request' 'from' from=PID 'because' 'it' 'is' 'not' 'authenticated' # droppingRegistrationRequestBecauseNot
    // c629228ad5 0.20.0..0.20.0
    | 'Dropping' 'registration' 'request' 'from' from=PID 'because' 'new' 'authentication' 'attempt' 'is' 'in' 'progress' # droppingRegistrationRequestBecauseNew
    // fa7c658ab9 0.20.0..0.21.0
    | 'Empty' 'whitelist' 'file' path=text 'No' 'offers' 'will' 'be' 'made' '!' # emptyWhitelistFileNoOffers
    // e283f7e25e 0.20.0..0.21.0
    | 'Error' 'reading' 'whitelist' 'file' ':' error=text 'Retrying' # errorReadingWhitelistFileRetrying
    // edea522e65 0.20.0..1.11.0
    | 'Failed' 'to' 'attach' 'file' '\'' path=text '\'' ':' (failure=text | 'discarded') # failedAttachFile
    // ebf4ef1338 1.3.0..1.11.0
    | 'Ignoring' '--weights' 'flag' '\'' weights=text '\'' 'and' 'recovering' 'the' 'weights' 'from' 'registry' # ignoringWeightsFlagRecoveringWeights
    // fd49493350 1.0.0..1.2.0
    | 'Ignoring' 'the' '--weights' 'flag' '\'' weights=text '\'' ',' 'and' 'recovering' 'the' 'weights' 'from' 'registry.' # ignoringWeightsFlagRecoveringWeights
    // 5d069298d6 1.8.0..1.11.0
    | 'Master' 'is' 'missing' 'the' 'following' 'minimum' 'capabilities' ':' hashset=text 'See' 'the' 'following' 'documentation' 'for' 'steps' 'to' 'safely' 'recover' 'from' 'this' 'state' ':' 'http' ':' '//mesos.apache.org/documentation/latest/downgrades' # masterMissingFollowingMinimumCapabilities
    // b6eeeef2f7 1.0.0..1.11.0
    | 'Notifying' 'all' 'active' 'subscribers' 'about' type=value 'event' # notifyingAllActiveSubscribersAbout
    // 6992e95ac4 0.20.0..1.11.0
    | 'Queuing' 'up' ('re-registration' | 'reregistration') 'request' 'from' from=PID 'because' 'authentication' 'is' 'still' 'in' 'progress' # queuingUpReRegistrationRequestLine
    // b57a5bf4b3 0.20.0..1.11.0
    | 'Queuing' 'up' 'registration' 'request' 'from' from=PID 'because' 'authentication' 'is' 'still' 'in' 'progress' # queuingUpRegistrationRequestBecause
    // be72b63dee 1.8.0..1.11.0
    | 'Reached' 'the' 'maximum' 'number' 'of' 'operator' 'event' 'stream' 'subscribers' '(' maxOperatorEventStreamSubscribers=value ')' 'so' 'the' 'oldest' 'connection' '(' begin=text ')' 'will' 'be' 'closed' # reachedMaximumNumberOperatorEvent
    // 46cefdbc94 1.4.0..1.11.0
    | 'Removed' 'subscriber' id=value 'from' 'the' 'list' 'of' 'active' 'subscribers' # removedSubscriberListActiveSubscribers
    // a714fc7918 0.20.0..0.28.0
    | 'Repairer' ':' ':' 'observed' isHealthy=value 'for' 'monitor' '\'' monitor=text '\'' 'on' 'host' '\'' hostname=value '\'' # repairerObservedMonitorHost
    // ad2fb94bea 0.20.0..1.11.0
    | 'Scheduler' 'submit' 'request' 'for' name=text # schedulerSubmitRequest
    // 7f0fe39c48 0.20.0..1.11.0
    | 'Successfully' 'attached' 'file' '\'' path=text '\'' # successfullyAttachedFile
    // 14899fd72c 1.4.0..1.7.0
    | 'Unknown' 'subscriber' id=value 'disconnected' # unknownSubscriberDisconnected
    // 40aea64da8 1.0.0..1.3.0
    | 'Unknown' id=value 'disconnected' # unknownSubscriberDisconnected
    ;

// Offers, inverse offers and their operations (src/master/master.cpp)
offerTemplate
    : 'Sending' offerCount=value 'offers' 'to' 'framework' framework # offersSent
    // 6464faddfb 0.22.0..1.11.0
    | 'ACCEPT' 'call' 'used' 'invalid' 'offers' '\'' offerIds=text '\'' ':' message=text # aCCEPTCallUsedInvalidOffers
    // c24ce76562 1.0.0..1.11.0
    | 'ACCEPT_INVERSE_OFFERS' 'call' 'used' 'invalid' 'offers' '\'' offerIds=text '\'' ':' message=text # aCCEPTINVERSEOFFERSCallUsed
    // e3893fbe59 1.5.0..1.11.0
    | 'Allocating' 'additional' 'resources' additional=text 'for' 'task' taskId=value 'of' 'framework' framework 'on' agentWord slave # allocatingAdditionalResourcesTaskFramework
    // 3b31924f2a 1.0.0..1.11.0
    // 21170321ca 0.22.0..0.28.0
    | 'Applying' 'CREATE' 'operation' 'for' 'volumes' volumes=text 'from' 'framework' framework 'to' agentWord slave # applyingCREATEOperationVolumesFramework
    // 9758cff2f6 1.0.0..1.11.0
    // 96fbc8b351 0.22.0..0.28.0
    | 'Applying' 'DESTROY' 'operation' 'for' 'volumes' volumes=text 'from' 'framework' framework 'to' agentWord slave # applyingDESTROYOperationVolumesFramework
    // 811604663a 1.0.0..1.11.0
    // eb2a3bc41d 0.23.0..0.28.0
    | 'Applying' 'RESERVE' 'operation' 'for' 'resources' resources=text 'from' 'framework' framework 'to' agentWord slave # applyingRESERVEOperationResourcesFramework
    // 211b5f7e2b 1.0.0..1.11.0
    // 07b39bf84f 0.23.0..0.28.0
    | 'Applying' 'UNRESERVE' 'operation' 'for' 'resources' resources=text 'from' 'framework' framework 'to' agentWord slave # applyingUNRESERVEOperationResourcesFramework
    // 3a69c515b8 1.6.0..1.11.0
    | 'Dropping' type=value 'operation' 'from' 'framework' framework ':' 'The' '\'' 'id' '\'' 'field' 'was' 'set' 'in' 'an' 'offer' 'operation' ',' 'but' 'operation' 'feedback' 'is' 'not' 'supported' 'for' 'the' 'SchedulerDriver' 'API' # droppingOperationFrameworkIdField
    // b3cd6da5d4 0.22.0..1.11.0
    | 'Ignoring' 'ACCEPT' 'call' 'for' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringACCEPTCallFrameworkBecause
    // 5d6203337c 1.2.0..1.2.0
    | 'Ignoring' 'REVIVE' 'call' 'message' 'for' 'framework' framework 'with' 'role' role=value 'because' 'it' 'does' 'not' 'exist' 'in' 'framework' 'roles' # ignoringREVIVECallMessageFramework
    // da9821742b 1.2.0..1.2.0
    | 'Ignoring' 'SUPPRESS' 'call' 'message' 'for' 'framework' framework 'with' 'role' role=value 'because' 'it' 'is' 'not' 'one' 'of' 'the' 'framework' '\'' 's' 'subscribed' 'roles' # ignoringSUPPRESSCallMessageFramework
    // 1f9487d14c 1.0.0..1.11.0
    | 'Ignoring' 'accept' 'of' 'inverse' 'offer' offerId=value 'since' 'it' 'is' 'no' 'longer' 'valid' # ignoringAcceptInverseOfferSince
    // bb1e8c64ec 0.25.0..1.11.0
    | 'Ignoring' 'accept' 'of' 'offer' offerId=value 'since' 'it' 'is' 'no' 'longer' 'valid' # ignoringAcceptOfferSinceNo
    // 423adc0288 1.0.0..1.11.0
    | 'Ignoring' 'decline' 'of' 'inverse' 'offer' offerId=value 'since' 'it' 'is' 'no' 'longer' 'valid' # ignoringDeclineInverseOfferSince
    // 37258e5332 0.23.0..1.11.0
    | 'Ignoring' 'decline' 'of' 'offer' offerId=value 'since' 'it' 'is' 'no' 'longer' 'valid' # ignoringDeclineOfferSinceNo
    // d75595d783 0.24.0..1.11.0
    | 'Ignoring' 'launch' 'tasks' 'message' 'for' 'offers' offerIds=text 'from' '\'' from=PID '\'' 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' framework # ignoringLaunchTasksMessageOffers
    // afa65db90c 0.20.0..1.11.0
    | 'Ignoring' 'launch' 'tasks' 'message' 'for' 'offers' offerIds=text 'of' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringLaunchTasksMessageOffers
    // 6e224e7cc2 0.20.0..0.23.0
    | 'Ignoring' 'launch' 'tasks' 'message' 'for' 'offers' offerIds=text 'of' 'framework' frameworkId=value 'from' '\'' from=PID '\'' 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' '\'' pid=PID '\'' # ignoringLaunchTasksMessageOffers
    // 9cdcc2a2c5 1.1.0..1.2.0
    // fb8120e0db 1.3.0..1.4.0
    | 'Ignoring' 'unknown' 'offer' 'operation' # ignoringUnknownOfferOperation
    // 669531150f 1.5.0..1.11.0
    | 'Ignoring' 'unknown' 'operation' # ignoringUnknownOperation
    // b33c205098 1.1.0..1.11.0
    | 'Implicitly' 'declining' 'offers' ':' offerIds=text 'in' 'ACCEPT' 'call' 'for' 'framework' frameworkId=value 'as' 'the' 'launch' 'operation' 'specified' 'no' 'tasks' # implicitlyDecliningOffersACCEPTCall
    // 3fe6c08dfe 0.20.0..0.21.0
    | 'Launch' 'tasks' 'message' 'used' 'invalid' 'offers' '\'' offerIds=text '\'' ':' message=text # launchTasksMessageUsedInvalid
    // 14f553ee31 1.7.0..1.11.0
    | 'Master' 'dropping' 'inverse' 'offers' 'to' 'framework' framework 'because' agentWord slave 'had' 'its' 'unavailability' 'revoked.' # masterDroppingInverseOffersFramework
    // 726189b122 1.0.0..1.6.0
    // 5193a17dce 0.25.0..0.28.0
    | 'Master' 'ignoring' 'inverse' 'offers' 'because' agentWord slave 'is' ('deactivated' | 'disconnected') # masterIgnoringInverseOffersBecause
    // 3cdf342ea2 1.10.0..1.11.0
    | 'Master' 'ignoring' 'inverse' 'offers' 'to' 'framework' frameworkId=value 'because' 'the' 'framework' 'has' 'terminated' # masterIgnoringInverseOffersFramework
    // 147b9b2309 0.25.0..1.9.0
    | 'Master' 'ignoring' 'inverse' 'offers' 'to' 'framework' frameworkId=value 'because' 'the' 'framework' 'has' 'terminated' 'or' 'is' 'inactive' # masterIgnoringInverseOffersFramework
    // 656107efb1 1.10.0..1.11.0
    | 'Master' 'ignoring' 'inverse' 'offers' 'to' 'framework' frameworkId=value 'because' 'the' 'framework' 'is' ('not' 'connected' | 'inactive') # masterIgnoringInverseOffersFramework
    // d11b0ea2b4 1.0.0..1.11.0
    // 72f50931ed 0.25.0..0.28.0
    | 'Master' 'ignoring' 'inverse' 'offers' 'to' 'framework' framework 'because' agentWord agentId=value 'is' 'not' 'valid' # masterIgnoringInverseOffersFramework
    // 02b0bbe363 1.7.0..1.11.0
    | 'Master' 'ignoring' 'inverse' 'offers' 'to' 'framework' framework 'because' agentWord slave 'is' ('deactivated' | 'disconnected') # masterIgnoringInverseOffersFramework
    // b64bc9b330 1.0.0..1.11.0
    // c845ae449d 0.20.0..0.28.0
    | 'Master' 'returning' 'resources' 'offered' 'because' agentWord slave 'has' 'reached' 'the' 'maximum' 'number' 'of' 'executors' # masterReturningResourcesOfferedBecause
    // a98535e516 1.0.0..1.11.0
    // 443a26968f 0.21.0..0.28.0
    | 'Master' 'returning' 'resources' 'offered' 'because' agentWord slave 'is' ('deactivated' | 'disconnected') # masterReturningResourcesOfferedBecause
    // ded5fc80fb 0.20.0..0.20.0
    | 'Master' 'returning' 'resources' 'offered' 'because' agentWord slave 'is' 'disconnected' # masterReturningResourcesOfferedBecause
    // e3a9860196 0.20.0..0.20.0
    | 'Master' 'returning' 'resources' 'offered' 'to' 'framework' frameworkId=value 'because' agentWord agentId=value 'is' 'not' 'valid' # masterReturningResourcesOfferedFramework
    // 4005fb8aa8 0.20.0..1.9.0
    | 'Master' 'returning' 'resources' 'offered' 'to' 'framework' frameworkId=value 'because' 'the' 'framework' 'has' 'terminated' 'or' 'is' 'inactive' # masterReturningResourcesOfferedFramework
    // 1fcff00891 1.10.0..1.11.0
    | 'Master' 'returning' 'resources' 'offered' 'to' 'framework' frameworkId=value 'because' 'the' 'framework' 'has' 'terminated' ',' 'is' 'not' 'connected' ',' 'or' 'is' 'inactive' # masterReturningResourcesOfferedFramework
    // 2806737284 1.0.0..1.11.0
    // 1ee896b3ec 0.21.0..0.28.0
    | 'Master' 'returning' 'resources' 'offered' 'to' 'framework' framework 'because' agentWord agentId=value 'is' 'not' 'valid' # masterReturningResourcesOfferedFramework
    // e9bbc28c3d 1.10.0..1.11.0
    | 'No' 'validated' 'offer_ids' 'correspond' 'to' 'existing' 'offers' # noValidatedOfferIdsCorrespond
    // baed4f47e7 1.4.0..1.4.0
    | 'Not' 'sending' 'updated' 'checkpointed' 'resouces' checkpointedResources=text 'with' 'refined' 'reservations' ',' 'since' agentWord slave 'is' 'not' 'RESERVATION_REFINEMENT-capable.' # notSendingUpdatedCheckpointedResouces
    // 6d8f9c0651 1.5.0..1.11.0
    | 'Not' 'sending' 'updated' 'checkpointed' 'resources' checkpointedResources=text 'with' 'refined' 'reservations' ',' 'since' agentWord slave 'is' 'not' 'RESERVATION_REFINEMENT-capable.' # notSendingUpdatedCheckpointedResources
    // 40a4e90466 1.2.0..1.11.0
    | 'Processing' 'ACCEPT_INVERSE_OFFERS' 'call' 'for' 'inverse' 'offers' ':' offerIds=text 'for' 'framework' framework # processingACCEPTINVERSEOFFERSCall
    // 1053ca2ba2 1.0.0..1.1.0
    | 'Processing' 'ACCEPT_INVERSE_OFFERS' 'call' 'for' 'inverse' 'offers' ':' offerIds=text 'on' agentWord slave 'for' 'framework' framework # processingACCEPTINVERSEOFFERSCall
    // 7e6c8e8987 1.5.0..1.6.0
    | 'Processing' 'CREATE_BLOCK' 'operation' 'with' 'source' source=text 'from' 'framework' framework 'to' agentWord slave # processingCREATEBLOCKOperationSource
    // 0ed9d04feb 1.7.0..1.11.0
    | 'Processing' 'CREATE_DISK' 'operation' 'with' 'source' source=text 'from' 'framework' framework 'to' agentWord slave # processingCREATEDISKOperationSource
    // e24ad3ffa9 1.5.0..1.6.0
    | 'Processing' 'CREATE_VOLUME' 'operation' 'with' 'source' source=text 'from' 'framework' framework 'to' agentWord slave # processingCREATEVOLUMEOperationSource
    // 6bbd8fd256 0.23.0..1.7.0
    | 'Processing' 'DECLINE' 'call' 'for' 'offers' ':' offerIds=text 'for' 'framework' framework # processingDECLINECallOffersFramework
    // 7ed4b5c610 1.8.0..1.11.0
    | 'Processing' 'DECLINE' 'call' 'for' 'offers' ':' offerIds=text 'for' 'framework' framework 'with' refuseSeconds=text 'seconds' 'filter' # processingDECLINECallOffersFramework
    // 4576728993 1.0.0..1.11.0
    | 'Processing' 'DECLINE_INVERSE_OFFERS' 'call' 'for' 'inverse' 'offers' ':' offerIds=text 'for' 'framework' framework # processingDECLINEINVERSEOFFERSCall
    // 5bbeb7879b 1.5.0..1.6.0
    | 'Processing' 'DESTROY_BLOCK' 'operation' 'for' 'block' block=text 'from' 'framework' framework 'to' agentWord slave # processingDESTROYBLOCKOperationBlock
    // 392e295799 1.7.0..1.11.0
    | 'Processing' 'DESTROY_DISK' 'operation' 'for' 'volume' source=text 'from' 'framework' framework 'to' agentWord slave # processingDESTROYDISKOperationVolume
    // 04a81746f7 1.5.0..1.6.0
    | 'Processing' 'DESTROY_VOLUME' 'operation' 'for' 'volume' volume=text 'from' 'framework' framework 'to' agentWord slave # processingDESTROYVOLUMEOperationVolume
    // d9c70e603a 1.6.0..1.11.0
    | 'Processing' 'GROW_VOLUME' 'operation' 'for' 'volume' volume=text 'with' 'additional' 'resource' addition=text 'from' 'framework' framework 'on' agentWord slave # processingGROWVOLUMEOperationVolume
    // 01861e4287 0.23.0..1.11.0
    | 'Processing' 'REVIVE' 'call' 'for' 'framework' framework # processingREVIVECallFramework
    // f2f1eb6989 1.6.0..1.11.0
    | 'Processing' 'SHRINK_VOLUME' 'operation' 'for' 'volume' volume=text 'subtracting' 'scalar' 'value' subtract=text 'from' 'framework' framework 'on' agentWord slave # processingSHRINKVOLUMEOperationVolume
    // dfaf5699f1 0.25.0..1.11.0
    | 'Processing' 'SUPPRESS' 'call' 'for' 'framework' framework # processingSUPPRESSCallFramework
    // faf9ded775 1.2.0..1.2.0
    | 'REVIVE' 'call' 'message' 'with' 'invalid' 'role' ':' message=text # rEVIVECallMessageInvalidRole
    // 096ca0edd8 1.4.0..1.11.0
    | 'Removing' 'offer' offerId=value # removingOffer
    // fdf33678b9 1.0.0..1.11.0
    // 6de7221b43 0.25.0..0.28.0
    | 'Removing' 'unavailability' 'of' agentWord slave # removingUnavailabilityAgent
    // 0807a5dc26 1.2.0..1.2.0
    | 'SUPPRESS' 'call' 'message' 'with' 'invalid' 'role' ':' message=text # sUPPRESSCallMessageInvalidRole
    // 3e26d76bca 0.25.0..1.6.0
    | 'Sending' inverseOffersCount=value 'inverse' 'offers' 'to' 'framework' framework # sendingInverseOffersFramework
    // 08f2281e44 1.0.0..1.3.0
    // 5ff117d48c 0.22.0..0.28.0
    | 'Sending' 'checkpointed' 'resources' checkpointedResources=text 'to' agentWord slave # sendingCheckpointedResourcesAgent
    // 99d26e0cc5 1.7.0..1.11.0
    | 'Sending' 'inverse' 'offers' offerIds=text 'to' 'framework' framework # sendingInverseOffersFramework
    // 01e0bbb1fe 1.7.0..1.11.0
    | 'Sending' 'offers' offerIds=text 'to' 'framework' framework # sendingOffersFramework
    // c304a10312 1.5.0..1.11.0
    | 'Sending' 'operation' '\'' operationId=value '\'' '(' 'uuid' ':' operationId2=value ')' 'to' agentWord slave # sendingOperationUuidAgent
    // bd935758ed 1.0.0..1.11.0
    | 'Sending' 'updated' 'checkpointed' 'resources' checkpointedResources=text 'to' agentWord slave # sendingUpdatedCheckpointedResourcesAgentLine
    // 27a99766a0 1.1.0..1.11.0
    | 'The' 'type' 'of' 'health' 'check' 'is' 'not' 'set' ';' 'use' 'of' '\'' 'HealthCheck' '\'' 'without' 'specifying' '\'' 'type' '\'' 'will' 'be' 'deprecated' 'in' 'Mesos' '2.0' # typeHealthCheckNotSet
    // 0dbd713cf3 1.5.0..1.11.0
    | 'Unexpected' 'operation' 'to' 'apply' 'on' agentWord slave # unexpectedOperationApplyAgent
    // 432069cb89 0.22.0..1.0.0
    | 'Unsupported' 'offer' 'operation' type=value # unsupportedOfferOperation
    // c16831d476 1.0.0..1.11.0
    // a6d44cb882 0.25.0..0.28.0
    | 'Updating' 'unavailability' 'of' agentWord slave ',' 'starting' 'at' nanoseconds=value # updatingUnavailabilityAgentStarting
    ;

// Offer operations and their status updates (src/master/master.cpp)
operationTemplate
    // 3984638211 1.6.0..1.7.0
    : 'Cannot' 'properly' 'account' 'for' 'operation' operationId=value 'learnt' 'in' 'reconciliation' 'of' agentWord agentId=value 'since' 'framework' frameworkId=value 'is' 'unknown' ';' 'this' 'can' 'lead' 'to' 'assertion' 'failures' 'after' 'the' 'operation' 'terminates' ',' 'see' 'MESOS-8536' # cannotProperlyAccountOperationLearnt
    // 07c743ded2 1.6.0..1.11.0
    | 'Cannot' 'send' 'operation' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'operation' '\'' operationId2=value '\'' 'of' 'framework' framework 'to' agentWord agentId=value 'because' agentWord 'is' 'disconnected' # cannotSendOperationStatusUpdate
    // 1771121803 1.6.0..1.11.0
    | 'Cannot' 'send' 'operation' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'operation' '\'' operationId2=value '\'' 'of' 'framework' framework 'to' agentWord agentId=value 'because' agentWord 'is' 'not' 'registered' # cannotSendOperationStatusUpdate
    // eb5c9e48b3 1.8.0..1.11.0
    | 'Cannot' 'send' 'operation' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'operation' '\'' operationId2=value '\'' 'of' 'framework' framework 'to' agentWord agentId=value 'because' 'the' agentWord 'does' 'not' 'have' 'the' 'RESOURCE_PROVIDER' 'capability' # cannotSendOperationStatusUpdate
    // ea79876cbe 1.8.0..1.11.0
    | 'Cannot' 'send' 'operation' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'operation' '\'' operationId2=value '\'' 'of' 'framework' framework 'to' agentWord agentId=value 'because' 'the' agentWord 'does' 'not' 'support' 'operation' 'feedback' 'on' agentWord 'default' 'resources' # cannotSendOperationStatusUpdate
    // 2f37d3731d 1.6.0..1.7.0
    | 'Cannot' 'send' 'operation' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'operation' '\'' operationId2=value '\'' 'of' 'framework' framework 'to' agentWord agentId=value 'because' 'the' agentWord 'does' 'not' 'support' 'resource' 'providers' # cannotSendOperationStatusUpdate
    // 4f563e5311 1.6.0..1.11.0
    | 'Cannot' 'send' 'operation' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'operation' '\'' operationId2=value '\'' 'of' framework 'to' agentWord agentId=value 'because' 'the' 'operation' 'is' 'unknown' # cannotSendOperationStatusUpdate
    // a6014ce342 1.0.0..1.5.0
    // 728b608b62 0.23.0..0.28.0
    | 'Cannot' 'send' 'status' 'update' 'acknowledgement' operationId=value 'for' 'task' taskId=value 'of' 'framework' framework 'to' agentWord agentId=value 'because' agentWord 'is' 'not' 'registered' # cannotSendStatusUpdateAcknowledgement
    // 9d9825c7f9 1.0.0..1.5.0
    // 698903571b 0.23.0..0.28.0
    | 'Cannot' 'send' 'status' 'update' 'acknowledgement' operationId=value 'for' 'task' taskId=value 'of' 'framework' framework 'to' agentWord slave 'because' agentWord 'is' 'disconnected' # cannotSendStatusUpdateAcknowledgement
    // 5fff46f8d4 1.6.0..1.11.0
    | 'Cannot' 'send' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'task' taskId=value 'of' 'framework' framework 'to' agentWord agentId=value 'because' agentWord 'is' 'not' 'registered' # cannotSendStatusUpdateAcknowledgement
    // de050980ed 1.6.0..1.11.0
    | 'Cannot' 'send' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'task' taskId=value 'of' 'framework' framework 'to' agentWord slave 'because' agentWord 'is' 'disconnected' # cannotSendStatusUpdateAcknowledgement
    // 00b54d1aaf 1.9.0..1.9.0
    | 'DRAINING' agentTitle agentId=value 'has' pendingTasksCount=value 'pending' 'tasks' ',' tasksCount=value 'tasks' ',' 'and' operationsCount=value 'operations' # dRAININGAgentPendingTasksTasks
    // ec1fdcae6c 1.10.0..1.11.0
    | 'DRAINING' agentTitle agentId=value 'has' numTasks=value 'tasks' ',' 'and' operationsCount=value 'operations' # dRAININGAgentTasksOperations
    // 8197a291c9 0.22.0..1.2.0
    // cb37be45f0 1.3.0..1.4.0
    | 'Dropping' type=value 'offer' 'operation' 'from' 'framework' framework ':' message=text # droppingOfferOperationFramework
    // 3444514054 1.5.0..1.11.0
    | 'Dropping' type=value 'operation' 'from' 'framework' framework ':' message=text # droppingOperationFramework
    // fd674626cb 1.6.0..1.7.0
    | 'Failed' 'to' 'find' 'the' 'operation' '\'' operationId=value '\'' '(' 'uuid' ':' operationId2=value ')' 'for' ('framework' frameworkId=value | 'an' 'operator' 'API' 'call') 'on' agentWord agentId=value # failedFindOperationUuidAgent
    // 0705a45502 1.5.0..1.5.0
    | 'Failed' 'to' 'find' 'the' 'operation' '\'' operationId=value '\'' '(' 'uuid' ':' toString=text ')' 'for' ('framework' frameworkId=value | 'an' 'operator' 'API' 'call') 'on' agentWord agentId=value # failedFindOperationUuidAgent
    // 7c732df908 1.5.0..1.5.0
    | 'Failed' 'to' 'parse' 'operation' 'UUID' 'for' 'operation' '\'' operationId=value '\'' 'for' ('framework' frameworkId=value | 'an' 'operator' 'API' 'call') 'from' agentWord agentId=value ':' error=text # failedParseOperationUUIDOperation
    // 059c951f93 1.6.0..1.11.0
    | 'Forwarding' 'operation' 'status' 'update' statusUpdate # forwardingOperationStatusUpdate
    // 203a022241 0.20.0..0.20.0
    | 'Forwarding' 'status' 'update' 'acknowledgement' operationId=value 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'to' agentWord slave # forwardingStatusUpdateAcknowledgementTask
    // cd58b79067 0.21.0..0.22.0
    | 'Forwarding' 'status' 'update' 'acknowledgement' operationId=value 'for' 'task' taskId=value 'of' 'framework' framework 'to' agentWord slave # forwardingStatusUpdateAcknowledgementTask
    // b0bde2a5e6 1.6.0..1.11.0
    | 'Ignoring' 'operation' 'status' 'acknowledgement' 'for' 'status' operationId=value 'of' 'operation' '\'' operationId2=value '\'' '(' 'uuid' operationId3=value ')' 'of' framework 'because' 'the' 'operation' 'status' 'is' 'unknown' # ignoringOperationStatusAcknowledgementStatus
    // 19d962a90c 1.5.0..1.5.0
    // 33e3c609df 1.6.0..1.11.0
    | 'Ignoring' ('re-register' | 'reregister') agentWord 'message' 'from' agentWord agentId=value 'at' from=PID '(' hostname=value ')' 'as' 'a' 'gone' 'operation' 'is' 'already' 'in' 'progress' # ignoringReRegisterAgentMessage
    // 2ba5a435fd 1.0.0..1.5.0
    // ba3fec700f 0.23.0..0.28.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' operationId=value 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'on' agentWord agentId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringStatusUpdateAcknowledgementTask
    // 876d3475fa 1.0.0..1.5.0
    // a7d73ec35d 0.23.0..0.28.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' operationId=value 'for' 'task' taskId=value 'of' 'framework' framework 'on' agentWord agentId=value 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringStatusUpdateAcknowledgementTask
    // 91f6840fd8 1.0.0..1.2.0
    // 170ba71d95 1.3.0..1.5.0
    // 380c9b1da7 0.23.0..0.28.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' operationId=value 'for' 'task' taskId=value 'of' 'framework' framework 'to' agentWord slave 'because' 'the' 'update' 'was' 'not' 'sent' 'by' 'this' 'master' # ignoringStatusUpdateAcknowledgementTask
    // 7ef09eef9a 1.6.0..1.11.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'task' taskId=value 'of' 'framework' frameworkId=value 'on' agentWord agentId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringStatusUpdateAcknowledgementStatus
    // bfa58bccc0 1.6.0..1.11.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'task' taskId=value 'of' 'framework' framework 'on' agentWord agentId=value 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringStatusUpdateAcknowledgementStatus
    // 6ba4c07f77 1.6.0..1.11.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' 'for' 'status' operationId=value 'of' 'task' taskId=value 'of' 'framework' framework 'to' agentWord slave 'because' 'the' 'update' 'was' 'not' 'sent' 'by' 'this' 'master' # ignoringStatusUpdateAcknowledgementStatus
    // 50d2f6f403 1.6.0..1.11.0
    | 'Ignoring' 'status' 'update' 'for' 'operation' '\'' operationId=value '\'' '(' 'uuid' ':' operationId2=value ')' 'for' ('framework' frameworkId=value | 'an' 'operator' 'API' 'call') ':' agentTitle agentId=value 'is' 'not' 'registered' # ignoringStatusUpdateOperationUuid
    // 20df7d1130 1.5.0..1.5.0
    | 'Ignoring' 'status' 'update' 'for' 'operation' '\'' operationId=value '\'' '(' 'uuid' ':' toString=text ')' 'for' ('framework' frameworkId=value | 'an' 'operator' 'API' 'call') ':' agentTitle agentId=value 'is' 'not' 'registered' # ignoringStatusUpdateOperationUuid
    // 249d3788a4 1.8.0..1.11.0
    | 'Marking' 'operation' operationId=value ('(' 'ID' ':' operationId2=value ')')? ('(' agentTitle ':' agentId=value ')')? ('(' 'Framework' ':' frameworkId=value ')')? 'in' 'state' state=value 'as' 'an' 'orphan' # markingOperationStateOrphan
    // e01afee749 1.6.0..1.11.0
    | 'Performing' 'explicit' 'operation' 'state' 'reconciliation' 'for' operationsCount=value 'operations' 'of' 'framework' framework # performingExplicitOperationStateReconciliation
    // 78b0feaebf 1.5.0..1.11.0
    | 'Performing' 'explicit' 'reconciliation' 'with' agentWord 'for' 'known' 'operation' operationId=value 'since' 'it' 'was' 'not' 'present' 'in' 'original' 'reconciliation' 'message' 'from' agentWord # performingExplicitReconciliationAgentKnown
    // 84926d7cf2 1.6.0..1.11.0
    | 'Performing' 'implicit' 'operation' 'state' 'reconciliation' 'for' 'framework' framework # performingImplicitOperationStateReconciliation
    // 143fd61124 1.0.0..1.5.0
    // 4b006b1e5f 0.23.0..0.28.0
    | 'Processing' 'ACKNOWLEDGE' 'call' operationId=value 'for' 'task' taskId=value 'of' 'framework' framework 'on' agentWord agentId=value # processingACKNOWLEDGECallTaskFramework
    // 6a09510d84 1.6.0..1.11.0
    | 'Processing' 'ACKNOWLEDGE' 'call' 'for' 'status' operationId=value 'for' 'task' taskId=value 'of' 'framework' framework 'on' agentWord agentId=value # processingACKNOWLEDGECallStatusTask
    // 9318a43d4a 1.6.0..1.11.0
    | 'Processing' 'ACKNOWLEDGE_OPERATION_STATUS' 'call' 'for' 'status' operationId=value 'of' 'operation' '\'' operationId2=value '\'' '(' 'uuid' operationId3=value ')' 'of' 'framework' framework 'on' agentWord agentId=value # processingACKNOWLEDGEOPERATIONSTATUSCall
    // c6187aa181 1.6.0..1.11.0
    | 'Received' 'operation' 'status' 'update' statusUpdate ',' 'but' 'the' 'framework' 'is' ('unknown' | 'disconnected') # receivedOperationStatusUpdateBut
    // 8cb7bef14d 1.5.0..1.5.0
    | 'Received' 'status' 'update' 'for' 'operation' '\'' operationId=value '\'' '(' 'uuid' ':' toString=text ')' 'for' 'framework' frameworkId=value ',' 'but' 'the' 'framework' 'is' ('unknown' | 'disconnected') # receivedStatusUpdateOperationUuid
    // 7418d34d53 1.8.0..1.11.0
    | 'Recovered' 'orphan' 'operation' operationId=value ('(' 'ID' ':' operationId2=value ')')? 'on' agentWord agentId=value 'belonging' 'to' 'framework' frameworkId=value 'in' 'state' state=value # recoveredOrphanOperationAgentBelonging
    // a608f1923f 1.5.0..1.11.0
    | 'Unexpected' 'operation' 'state' state=value # unexpectedOperationState
    // bcba02fbe1 1.8.0..1.11.0
    | 'Unexpected' 'operation' 'state' ':' operationState=value # unexpectedOperationState
    // bf74dbcc57 1.5.0..1.11.0
    | 'Updating' 'the' 'state' 'of' 'operation' '\'' operationId=value '\'' '(' 'uuid' ':' operationId2=value ')' 'for' ('framework' frameworkId=value | 'an' 'operator' 'API' 'call') '(' 'latest' 'state' ':' state=value ',' 'status' 'update' 'state' ':' state2=value ')' # updatingStateOperationUuidLatest
    ;

// Quota, maintenance schedules and weights (src/master/quota*.cpp, maintenance.cpp, weights*.cpp)
quotaMaintenanceTemplate
    // 0232a32545 1.10.0..1.11.0
    : 'Invalid' 'quota' 'config' '\'' protobuf=text '\'' ':' message=text # invalidQuotaConfig
    ;

// The replicated log and the state store beneath the registrar (src/log/, src/state/)
replicatedLogTemplate
    // 80da3fcef8 0.20.0..1.0.0
    // dd6cf683ae 1.1.0..1.11.0
    : 'Attempting' 'to' 'append' bytesCount=value 'bytes' 'to' 'the' 'log' # attemptingAppendBytesLog
    // 21fcc0a1cf 0.20.0..1.0.0
    // 7d28f67251 1.1.0..1.11.0
    | 'Attempting' 'to' 'truncate' 'the' 'log' 'to' to=text # attemptingTruncateLog
    // 4fdd8c880a 0.20.0..1.0.0
    // 6fd3a33c96 1.1.0..1.11.0
    | 'Compacted' 'db' 'in' elapsed=value # compactedDb
    // 6197bcd8ba 0.20.0..1.11.0
    | 'Coordinator' 'attempting' 'to' 'write' type=value 'action' 'at' 'position' position=value # coordinatorAttemptingWriteActionPosition
    // 6b6f8de17d 0.21.0..1.11.0
    | 'Created' 'an' 'SVN' 'diff' 'in' elapsed=value 'of' 'size' dataCount=value 'which' 'is' entryCount=value 'the' 'original' 'size' '(' entryCount2=value ')' # createdSVNDiffSizeWhich
    // f090bd55dd 0.20.0..1.0.0
    // 428e53c692 1.1.0..1.11.0
    | 'Created' 'db' 'iterator' 'in' elapsed=value # createdDbIterator
    // 38465dfad0 0.20.0..1.0.0
    // 06bbd7ee60 1.1.0..1.11.0
    | 'Deleting' index=value 'keys' 'from' 'leveldb' 'took' elapsed=value # deletingKeysLeveldbTook
    // dbdd120214 0.20.0..1.11.0
    | 'Error' 'getting' 'log' 'record' 'at' position=value ':' error=text # errorGettingLogRecord
    // 75ef885e7d 0.20.0..1.11.0
    | 'Error' 'writing' 'to' 'log' ':' error=text # errorWritingLog
    // ded840c3bc 0.20.0..1.11.0
    | 'Invalid' 'watch' 'mode' # invalidWatchMode
    // 48f63f2dba 0.20.0..1.0.0
    // b4db39ad56 1.1.0..1.11.0
    | 'Iterated' 'through' keys=text 'keys' 'in' 'the' 'db' 'in' elapsed=value # iteratedThroughKeysDb
    // cece526e19 0.20.0..1.11.0
    | 'Not' 'expecting' 'future' 'to' 'get' 'discarded' '!' # notExpectingFutureGetDiscarded
    // e544d7c625 0.20.0..1.0.0
    // 045e6a3a16 1.1.0..1.11.0
    | 'Reading' 'position' 'from' 'leveldb' 'took' elapsed=value # readingPositionLeveldbTook
    // fe033d8ee8 0.20.0..0.25.0
    | 'Replica' 'ignoring' 'write' 'request' 'as' 'it' 'is' 'in' status=value 'status' # replicaIgnoringWriteRequestStatus
    // 70f2344a0c 0.26.0..1.11.0
    | 'Replica' 'ignoring' 'write' 'request' 'from' from=PID 'as' 'it' 'is' 'in' status=value 'status' # replicaIgnoringWriteRequestStatus
    // af22128d89 0.20.0..0.25.0
    | 'Replica' 'in' status=value 'status' 'received' 'a' 'broadcasted' 'recover' 'request' # replicaStatusReceivedBroadcastedRecover
    // d4d49b75da 0.26.0..1.11.0
    | 'Replica' 'in' status=value 'status' 'received' 'a' 'broadcasted' 'recover' 'request' 'from' from=PID # replicaStatusReceivedBroadcastedRecover
    // b22ff627d8 0.20.0..1.0.0
    // 57d44ae581 1.1.0..1.11.0
    | 'Seeked' 'to' 'beginning' 'of' 'db' 'in' elapsed=value # seekedBeginningDb
    // a8286984d9 1.5.0..1.11.0
    | 'Starting' 'missing' 'positions' 'recovery' # startingMissingPositionsRecovery
    // 90fcad122a 0.20.0..1.11.0
    | 'Unexpected' 'ZooKeeper' 'event' # unexpectedZookeeperEvent
    // 43bf194d40 0.20.0..1.11.0
    | 'Unimplemented' # unimplemented
    // 1e3125c77c 0.20.0..1.11.0
    | 'Unknown' 'Action' ':' ':' 'Type' type=value # unknownActionType
    // feccc26fee 0.20.0..1.11.0
    | 'Unknown' 'Action' ':' ':' 'Type' '!' # unknownActionType
    // 3276ca7943 0.20.0..1.11.0
    | 'ZooKeeper' 'group' 'PIDs' ':' pids=PID # zookeeperGroupPids
    ;

// Start-up and shutdown of the master process (src/master/main.cpp, Master::initialize, the HTTP authenticators'
// set-up of src/common/http.cpp, the credentials file of src/credentials/, the logging set-up and signal handler of
// src/logging/logging.cpp)
startupTemplate
    // f69b832a3e 0.24.0..0.28.0
    : 'Authorization' 'disabled' ':' 'Failed' 'to' 'initialize' '\'' authorizerName=nameText '\'' 'authorizer' ':' error=text # authorizationDisabledFailedInitializeAuthorizer
    // e7867eb9c8 0.20.0..1.11.0
    | 'Authorization' 'enabled' # authorizationEnabled
    // 6d530adfde 0.20.0..1.11.0
    | 'Build' ':' dATE=text 'by' uSER=text # build
    // f395b47dc1 1.0.0..1.11.0
    | 'Creating' '\'' authorizerName=nameText '\'' 'authorizer' # creatingAuthorizer
    // aa1dba922c 1.0.0..1.11.0
    | 'Creating' 'default' '\'' authorizerName=nameText '\'' 'authorizer' # creatingDefaultAuthorizer
    // 5695e1e1eb 0.27.0..1.11.0
    | 'Duplicate' 'values' 'in' '\'' '--roles' '\'' ':' roles=value # duplicateValuesRoles
    // 0cc803dc96 0.20.0..1.11.0
    | 'Failed' 'to' 'get' 'hostname' ':' error=text # failedGetHostname
    // edb30d8145 0.20.0..1.11.0
    | 'Framework' 'rate' 'limiting' 'enabled' # frameworkRateLimitingEnabled
    // 9d304a8a2f 0.20.0..1.11.0
    | 'Git' 'SHA' ':' gITSHA=text # gitSHA
    // 8dd4bdc042 0.20.0..1.11.0
    | 'Git' 'tag' ':' gITTAG=text # gitTag
    // d580c711d6 0.24.0..0.28.0
    | 'Ignoring' 'contents' 'of' '--acls' 'flag' ',' 'because' '\'' authorizerName=nameText '\'' 'authorizer' 'will' 'be' 'used' 'instead' 'of' 'the' 'default.' # ignoringContentsAclsFlagBecause
    // 75a92554d7 0.20.0..1.11.0
    | 'Master' masterId=value '(' hostname=value ')' 'started' 'on' substr=PID # masterStartedLine
    // d75d2d52dc 1.0.0..1.11.0
    | 'Master' 'allowing' 'HTTP' 'frameworks' 'to' 'register' 'without' 'authentication' # masterAllowingHTTPFrameworksRegister
    // 26b8e89a73 0.20.0..1.11.0
    | 'Master' 'log' 'file' 'cannot' 'be' 'found' ':' error=text # masterLogFileCannotFound
    // db8d7d5793 1.0.0..1.11.0
    | 'Master' 'only' 'allowing' 'authenticated' 'HTTP' 'frameworks' 'to' 'register' # masterOnlyAllowingAuthenticatedHTTP
    // 581f299dc5 1.8.0..1.11.0
    | 'Non-first-class' 'resource' '\'' first=text '\'' 'is' 'configured' 'as' 'part' 'of' 'min_allocatable_resources' # nonFirstClassResourceConfigured
    // 1fb581866b 1.0.0..1.11.0
    // 9f83e153a5 0.23.0..0.28.0
    | 'Only' 'non-authenticating' 'frameworks' 'and' ('slaves' | 'agents') 'are' 'allowed' 'to' 'connect.' 'Authentication' 'is' 'disabled' ':' 'Failed' 'to' 'initialize' 'authenticator' '\'' authenticatorNames=nameText '\'' ':' error=text # onlyNonAuthenticatingFrameworksAgents
    // 571d1554af 0.27.0..1.11.0
    | 'The' '\'' '--roles' '\'' 'flag' 'is' 'deprecated.' 'This' 'flag' 'will' 'be' 'removed' 'in' 'the' 'future.' 'See' 'the' 'Mesos' '0.27' 'upgrade' 'notes' 'for' 'more' 'information' # rolesFlagDeprecatedFlagRemoved
    // c77454da94 0.27.0..0.28.0
    // ac567cd9f2 1.0.0..1.2.0
    | 'Using' '\'' httpAuthenticatorNames=nameText '\'' 'HTTP' 'authenticator' ('for' 'realm' '\'' realm=nameText '\'')? # usingHTTPAuthenticator
    // 1e1a2eaf8f 0.24.0..0.28.0
    | 'Using' '\'' authorizerName=nameText '\'' 'authorizer' # usingAuthorizer
    // cdb1b0c835 0.27.0..0.28.0
    // 38afe21a09 1.0.0..1.2.0
    | 'Using' 'default' '\'' dEFAULTHTTPAUTHENTICATOR=nameText '\'' 'HTTP' 'authenticator' ('for' 'realm' '\'' realm=nameText '\'')? # usingDefaultHTTPAuthenticator
    // 05354be2e6 0.23.0..1.11.0
    | 'Using' 'default' '\'' dEFAULTAUTHENTICATOR=nameText '\'' 'authenticator' # usingDefaultAuthenticator
    // 958bf4a998 0.20.0..1.11.0
    | 'Version' ':' mESOSVERSION=text # version
    // 88fc4df4b9 1.3.0..1.11.0
    | 'Creating' '\'' authenticatorName=nameText '\'' 'HTTP' 'authenticator' 'for' 'realm' '\'' realm=nameText '\'' # creatingHttpAuthenticator
    // 3f7913d72e 1.3.0..1.11.0
    | 'Creating' 'default' '\'' authenticatorName=nameText '\'' 'HTTP' 'authenticator' 'for' 'realm' '\'' realm=nameText '\'' # creatingDefaultHttpAuthenticator
    // bf9a58b2a3 0.20.0..1.11.0
    // 3fa65f2e7f 0.20.0..1.11.0
    | 'Loading' ('credentials' | 'credential') 'for' 'authentication' 'from' '\'' path=text '\'' # loadingCredentials
    // 35ca71c246 0.20.0..1.11.0
    // 4a9fb0d4c1 0.20.0..1.11.0
    | 'Failed' 'to' 'stat' ('credentials' | 'credential') 'file' '\'' path=text '\'' ':' error=text # failedStatCredentialsFile
    // f46d2eb652 0.20.0..1.0.0
    // 2c4b11a044 0.20.0..1.0.0
    // 4153ab69fb 1.1.0..1.11.0
    // 8c3461e99e 1.1.0..1.11.0
    | 'Permissions' 'on' ('credentials' | 'credential') 'file' '\'' path=text '\'' 'are' 'too' ('open.' 'It' | 'open' ';' 'it') 'is' 'recommended' 'that' 'your' ('credentials' | 'credential') 'file' 'is' 'NOT' 'accessible' 'by' ('others.' | 'others') # credentialsFilePermissionsTooOpen
    // 4ecdd69146 0.20.0..1.11.0
    | 'Logging' 'to' destination=text # loggingTo
    // a88e732453 0.21.0..1.11.0
    | 'Failed' 'to' 'set' 'sigaction' ':' error=text # failedSetSigaction
    // 042040628a 0.20.0..1.11.0
    | 'RAW' ':' 'Pure' 'virtual' 'method' 'called' # pureVirtualMethodCalled
    // c62a62a15c 0.21.0..0.26.0
    | 'RAW' ':' 'Received' 'signal' 'SIGPIPE' ';' 'escalating' 'to' 'SIGABRT' # receivedSignalSigpipe
    // 79eb5b6b7b 0.21.0..1.11.0
    // e82e740df9 0.21.0..1.11.0
    | 'RAW' ':' 'Received' 'signal' 'SIGTERM' ('from' 'process' pid=value 'of' 'user' uid=value)? ';' 'exiting' # receivedSignalSigterm
    // 84f94ae95f 0.21.0..1.11.0
    | 'RAW' ':' 'Unexpected' 'signal' 'in' 'signal' 'handler' ':' signal=value # unexpectedSignalInSignalHandler
    ;

// Tasks and executors the timelines do not use (src/master/master.cpp)
taskTemplate
    // cc54fb4361 1.0.0..1.11.0
    // 004a2b7a61 0.20.0..0.28.0
    : agentTitle slave 'has' 'non-terminal' 'task' taskId=value 'that' 'is' 'supposed' 'to' 'be' 'killed.' 'Killing' 'it' 'now' '!' # agentNonTerminalTaskSupposed
    // a9dc8de04b 1.8.0..1.11.0
    | 'Adding' 'executor' '\'' executorId=value '\'' 'with' 'resources' resources=text 'of' 'framework' framework 'on' agentWord slave # addingExecutorResourcesFrameworkAgent
    // e8a3d68614 1.8.0..1.11.0
    | 'Adding' 'task' taskId=value 'with' 'resources' resources=text 'of' 'framework' framework 'on' agentWord slave # addingTaskResourcesFrameworkAgent
    // 4b72f0b6ef 1.2.0..1.7.0
    | 'Adding' 'task' taskId=value 'with' 'resources' resources=text 'on' agentWord slave # addingTaskResourcesAgent
    // 2622b87e43 1.0.0..1.1.0
    // 56fa4b3307 0.20.0..0.28.0
    | 'Adding' 'task' taskId=value 'with' 'resources' resources=text 'on' agentWord id=value '(' hostname=value ')' # addingTaskResourcesAgent
    // b13ecacdbe 1.0.0..1.3.0
    // ac4463cf2e 0.26.0..0.28.0
    | agentTitle slave ('re-registered' | 'reregistered') 'with' 'executor' '\'' executorId=value '\'' 'without' 'setting' 'the' 'framework' 'id' # agentReRegisteredExecutorWithout
    // 12f26c3c0b 0.20.0..1.1.0
    | 'Asked' 'to' 'kill' 'task' taskId=value 'of' 'framework' frameworkId=value # askedKillTaskFramework
    // cc354fb640 1.0.0..1.11.0
    // 1a3aa07d93 0.23.0..0.28.0
    | 'Cannot' 'kill' 'task' taskId=value 'of' agentWord agentId=value 'of' 'framework' framework 'because' 'it' 'belongs' 'to' 'different' agentWord agentId2=value # cannotKillTaskAgentFramework
    // 32d40cacda 0.20.0..0.20.0
    | 'Cannot' 'send' 'status' 'update' 'acknowledgement' 'message' 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'to' agentWord agentId=value 'because' agentWord 'is' 'not' 'registered' # cannotSendStatusUpdateAcknowledgementLine
    // 83bdaa3acd 0.20.0..0.20.0
    | 'Cannot' 'send' 'status' 'update' 'acknowledgement' 'message' 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'to' agentWord slave 'because' agentWord 'is' 'disconnected' # cannotSendStatusUpdateAcknowledgementLine
    // 1ad7a44083 0.21.0..0.22.0
    | 'Cannot' 'send' 'status' 'update' 'acknowledgement' 'message' 'for' 'task' taskId=value 'of' 'framework' framework 'to' agentWord agentId=value 'because' agentWord 'is' 'not' 'registered' # cannotSendStatusUpdateAcknowledgementLine
    // c01edfe71a 0.21.0..0.22.0
    | 'Cannot' 'send' 'status' 'update' 'acknowledgement' 'message' 'for' 'task' taskId=value 'of' 'framework' framework 'to' agentWord slave 'because' agentWord 'is' 'disconnected' # cannotSendStatusUpdateAcknowledgementLine
    // 406988bbae 1.1.0..1.11.0
    | 'Executor' '\'' executorId=value '\'' 'for' 'task' '\'' taskId=value '\'' 'uses' 'less' 'CPUs' '(' (cpus=value | 'None') ')' 'than' 'the' 'minimum' 'required' '(' mINCPUS=value ')' '.' 'Please' 'update' 'your' 'executor' ',' 'as' 'this' 'will' 'be' 'mandatory' 'in' 'future' 'releases.' # executorTaskUsesLessCpus
    // d6cd72e00f 1.1.0..1.11.0
    | 'Executor' '\'' executorId=value '\'' 'for' 'task' '\'' taskId=value '\'' 'uses' 'less' 'memory' '(' (mem=value | 'None') ')' 'than' 'the' 'minimum' 'required' '(' mINMEM=value ')' '.' 'Please' 'update' 'your' 'executor' ',' 'as' 'this' 'will' 'be' 'mandatory' 'in' 'future' 'releases.' # executorTaskUsesLessMemory
    // bfd0ac3903 1.0.0..1.11.0
    // 83911d5986 0.26.0..0.28.0
    | 'Executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' agentWord slave ':' wSTRINGIFY=text # executorFrameworkAgent
    // 92614778f7 1.0.0..1.11.0
    // 1b28d4ece6 0.26.0..0.28.0
    | 'Executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'possibly' 'unknown' 'to' 'the' agentWord slave # executorFrameworkPossiblyUnknownAgent
    // 82f9bd2dea 0.21.0..1.0.0
    | 'Executor' executorId=value 'for' 'task' taskId=value 'uses' 'less' 'CPUs' '(' (cpus=value | 'None') ')' 'than' 'the' 'minimum' 'required' '(' mINCPUS=value ')' '.' 'Please' 'update' 'your' 'executor' ',' 'as' 'this' 'will' 'be' 'mandatory' 'in' 'future' 'releases.' # executorTaskUsesLessCpus
    // 0fa8abffc2 0.21.0..1.0.0
    | 'Executor' executorId=value 'for' 'task' taskId=value 'uses' 'less' 'memory' '(' (megabytes=value | 'None') ')' 'than' 'the' 'minimum' 'required' '(' mINMEM=value ')' '.' 'Please' 'update' 'your' 'executor' ',' 'as' 'this' 'will' 'be' 'mandatory' 'in' 'future' 'releases.' # executorTaskUsesLessMemory
    // a45c7b6330 1.8.0..1.11.0
    | 'Executor' executorId=value 'of' 'framework' '\'' (frameworkId=value)? '\'' 'has' 'an' 'invalid' 'protobuf' 'union' ':' unionError=text # executorFrameworkInvalidProtobufUnion
    // 977b927e6e 0.20.0..0.22.0
    | 'Executor' executorId=value 'of' 'framework' frameworkId=value 'on' agentWord slave wSTRINGIFY=text # executorFrameworkAgent
    // 4bcdc0cc4e 0.23.0..0.25.0
    | 'Executor' executorId=value 'of' 'framework' frameworkId=value 'on' agentWord slave ':' wSTRINGIFY=text # executorFrameworkAgent
    // 2c67854dbb 0.21.0..0.25.0
    | 'Executor' executorId=value 'of' 'framework' frameworkId=value 'possibly' 'unknown' 'to' 'the' agentWord slave # executorFrameworkPossiblyUnknownAgent
    // a506ec90a9 1.1.0..1.11.0
    | 'Ignoring' 'executor' 'message' 'from' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' 'removed' agentWord agentId=value # ignoringExecutorMessageExecutorFramework
    // 989f8eb095 1.0.0..1.0.0
    // 6fc071a1fe 0.24.0..0.28.0
    | 'Ignoring' 'executor' 'message' 'from' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' 'removed' agentWord agentId=value ';' 'asking' agentWord 'to' 'shutdown' # ignoringExecutorMessageExecutorFramework
    // d0cf087613 1.0.0..1.11.0
    // 8b61a37cab 0.24.0..0.28.0
    | 'Ignoring' 'executor' 'message' 'from' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' 'unknown' agentWord agentId=value # ignoringExecutorMessageExecutorFramework
    // 58106d8cb0 1.1.0..1.11.0
    | 'Ignoring' 'exited' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' 'removed' agentWord agentId=value # ignoringExitedExecutorFrameworkRemoved
    // 98a50a755e 1.0.0..1.0.0
    // ce55199340 0.20.0..0.28.0
    | 'Ignoring' 'exited' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' 'removed' agentWord agentId=value ';' 'asking' agentWord 'to' 'shutdown' # ignoringExitedExecutorFrameworkRemoved
    // 15feade4f8 1.0.0..1.11.0
    // a19a317fec 0.20.0..0.28.0
    | 'Ignoring' 'exited' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' 'unknown' agentWord agentId=value # ignoringExitedExecutorFrameworkUnknown
    // cb0efceec9 0.24.0..1.11.0
    | 'Ignoring' 'framework' 'message' 'for' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringFrameworkMessageExecutorFramework
    // 4cad32de6f 0.26.0..1.11.0
    | 'Ignoring' 'framework' 'message' 'for' 'executor' '\'' executorId=value '\'' 'of' 'framework' framework 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringFrameworkMessageExecutorFramework
    // 67580bba88 0.20.0..0.23.0
    | 'Ignoring' 'framework' 'message' 'for' 'executor' executorId=value 'of' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringFrameworkMessageExecutorFramework
    // 9bdddc0e19 0.20.0..0.20.0
    | 'Ignoring' 'framework' 'message' 'for' 'executor' executorId=value 'of' 'framework' frameworkId=value 'from' from=PID 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' pid=PID # ignoringFrameworkMessageExecutorFramework
    // 8bdca4cb0c 0.21.0..0.25.0
    | 'Ignoring' 'framework' 'message' 'for' 'executor' executorId=value 'of' 'framework' framework 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringFrameworkMessageExecutorFramework
    // d7f3bc3495 0.20.0..1.11.0
    | 'Ignoring' 'kill' 'task' 'message' 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringKillTaskMessageTask
    // 71544ac381 0.20.0..0.20.0
    | 'Ignoring' 'kill' 'task' 'message' 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'from' '\'' from=PID '\'' 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' '\'' pid=PID '\'' # ignoringKillTaskMessageTask
    // 2d920546ea 0.21.0..1.11.0
    | 'Ignoring' 'kill' 'task' 'message' 'for' 'task' taskId=value 'of' 'framework' framework 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringKillTaskMessageTask
    // acfc97b3a9 0.20.0..0.21.0
    | 'Ignoring' 'launch' 'tasks' 'message' 'for' 'framework' frameworkId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringLaunchTasksMessageFramework
    // 8087dca220 1.0.0..1.11.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'on' agentWord agentId=value 'due' 'to' ':' error=text # ignoringStatusUpdateAcknowledgementTaskLine
    // 32b83b6245 0.20.0..0.22.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' 'message' 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'on' agentWord agentId=value 'because' 'the' 'framework' 'cannot' 'be' 'found' # ignoringStatusUpdateAcknowledgementMessage
    // cf379e10a6 0.20.0..0.20.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' 'message' 'for' 'task' taskId=value 'of' 'framework' frameworkId=value 'on' agentWord agentId=value 'from' from=PID 'because' 'it' 'is' 'not' 'from' 'the' 'registered' 'framework' pid=PID # ignoringStatusUpdateAcknowledgementMessage
    // 84d6e77945 0.21.0..0.22.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' 'message' 'for' 'task' taskId=value 'of' 'framework' framework 'on' agentWord agentId=value 'because' 'it' 'is' 'not' 'expected' 'from' from=PID # ignoringStatusUpdateAcknowledgementMessage
    // 3e5bc820df 0.21.0..0.22.0
    | 'Ignoring' 'status' 'update' 'acknowledgement' 'message' 'for' 'task' taskId=value 'of' 'framework' framework 'to' agentWord slave 'because' 'it' 'no' 'update' 'was' 'sent' 'by' 'this' 'master' # ignoringStatusUpdateAcknowledgementMessage
    // 376c80711f 1.0.0..1.11.0
    // 3288bfddda 0.21.0..0.28.0
    | 'Ignoring' 'unknown' 'exited' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' agentWord slave # ignoringUnknownExitedExecutorFramework
    // 46304bc9de 0.20.0..0.20.0
    | 'Ignoring' 'unknown' 'exited' 'executor' executorId=value 'on' agentWord slave # ignoringUnknownExitedExecutorAgent
    // 03dee9fa85 1.8.0..1.11.0
    | 'Not' 'forwarding' 'executor' 'message' 'for' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' agentWord slave 'because' 'the' 'framework' 'is' 'disconnected' # notForwardingExecutorMessageExecutor
    // f779fcf642 1.0.0..1.11.0
    // 6268dc2073 0.24.0..0.28.0
    | 'Not' 'forwarding' 'executor' 'message' 'for' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' agentWord slave 'because' 'the' 'framework' 'is' 'unknown' # notForwardingExecutorMessageExecutor
    // 0f64b5bac1 1.0.0..1.1.0
    // 6f451ea10a 0.23.0..0.28.0
    | 'Not' 'forwarding' 'exited' 'executor' 'message' 'for' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' agentWord slave 'because' 'the' 'framework' 'is' 'unknown' # notForwardingExitedExecutorMessage
    // 33c1c37b80 1.2.0..1.11.0
    | 'Not' 'forwarding' 'exited' 'executor' 'message' 'for' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'on' agentWord slave 'because' 'the' 'framework' 'is' ('unknown' | 'disconnected') # notForwardingExitedExecutorMessage
    // a18c9d831e 1.2.0..1.11.0
    | 'Processing' 'KILL' 'call' 'for' 'task' '\'' taskId=value '\'' 'of' 'framework' framework # processingKILLCallTaskFramework
    // 98e45b10d3 1.2.0..1.11.0
    | 'Processing' 'SHUTDOWN' 'call' 'for' 'executor' '\'' executorId=value '\'' 'of' 'framework' framework 'on' agentWord agentId=value # processingSHUTDOWNCallExecutorFramework
    // ff2cb52046 1.0.0..1.11.0
    // 85373f2c88 0.21.0..0.28.0
    | 'Removing' 'executor' '\'' executorId=value '\'' 'with' 'resources' resources=text? 'of' 'framework' frameworkId=value 'on' agentWord slave # removingExecutorResourcesFrameworkAgent
    // 5d325d70af 0.20.0..0.20.0
    | 'Removing' 'executor' executorId=value 'of' 'framework' frameworkId=value 'as' 'it' 'is' 'unknown' 'to' 'the' agentWord slave # removingExecutorFrameworkUnknownAgent
    // 3bd6e63bd8 0.20.0..0.20.0
    | 'Removing' 'task' taskId=value 'with' 'resources' resources=text 'on' agentWord id=value '(' hostname=value ')' # removingTaskResourcesAgent
    // de55dd6736 0.20.0..0.25.0
    | agentTitle slave ('re-registered' | 'reregistered') 'with' 'executor' executorId=value 'without' 'setting' 'the' 'framework' 'id' # agentReRegisteredExecutorWithout
    // e5aa88cf74 1.0.0..1.11.0
    // cf1b98a3c2 0.23.0..0.28.0
    | 'Unable' 'to' 'shutdown' 'executor' '\'' executorId=value '\'' 'of' 'framework' frameworkId=value 'of' 'unknown' agentWord agentId=value # unableShutdownExecutorFrameworkUnknown
    // bfceb38104 1.1.0..1.11.0
    | 'Unexpected' 'TASK_UNKNOWN' 'for' 'in-memory' 'task' # unexpectedTASKUNKNOWNMemoryTask
    ;

// ZooKeeper group, contender and detector details (src/zookeeper/, src/master/contender, detector)
zooKeeperTemplate
    // 9fb0353907 0.20.0..1.11.0
    : 'Failed' 'to' 'cleanup' 'ZooKeeper' ',' 'zookeeper_close' ':' zerror=text # failedCleanupZookeeperZookeeperClose
    // 604536ef0c 0.20.0..1.11.0
    | 'Found' 'non-sequence' 'node' '\'' result=text '\'' 'at' '\'' znode=text '\'' 'in' 'ZooKeeper' # foundNonSequenceNodeZookeeper
    // d1b08769b9 0.20.0..1.11.0
    | 'Group' 'process' '(' self=PID ')' ('reconnected' | 'connected') 'to' 'ZooKeeper' # groupProcessZookeeper
    // fe04baa53c 0.20.0..1.11.0
    | 'Membership' 'cancelled' ':' masterId=value # membershipCancelledLine
    // 517461378a 0.20.0..1.11.0
    | 'New' 'candidate' '(' 'id' '=' '\'' masterId=value '\'' ')' 'has' 'entered' 'the' 'contest' 'for' 'leadership' # newCandidateIdEnteredContest
    // 2ee2133122 0.22.0..1.11.0
    | 'Specifying' 'master' 'detection' 'mechanism' '/' 'ZooKeeper' 'URL' 'to' 'be' 'read' 'out' 'of' 'a' 'file' 'via' '\'' 'file' ':' '//' '\'' 'is' 'deprecated' 'inside' 'Mesos' 'and' 'will' 'be' 'removed' 'in' 'a' 'future' 'release.' # specifyingMasterDetectionMechanismZookeeper
    // d91ad33274 0.22.0..1.11.0
    | 'Specifying' 'master' 'election' 'mechanism' '/' 'ZooKeeper' 'URL' 'to' 'be' 'read' 'out' 'of' 'a' 'file' 'via' '\'' 'file' ':' '//' '\'' 'is' 'deprecated' 'inside' 'Mesos' 'and' 'will' 'be' 'removed' 'in' 'a' 'future' 'release.' # specifyingMasterElectionMechanismZookeeper
    // bb37fa37ab 0.20.0..0.28.0
    | 'Unhandled' 'ZooKeeper' 'event' '(' type=text ')' 'in' 'state' '(' state=value ')' # unhandledZookeeperEventState
    // c199987977 0.20.0..1.11.0
    | 'Unknown' 'ZooKeeper' 'code' ':' code=value # unknownZookeeperCode
    // 29bb03e347 0.20.0..1.11.0
    | 'zookeeper_init' 'failed' ':' error=text ';' 'retrying' 'in' '1' 'second' # zookeeperInitFailedRetryingSecond
    ;

// The texts of EXIT(status) the master can die with, as its stderr shows them before 1.4 (bare lines)
exitText
    : detail=knownExitText
    ;

knownExitText
    // b1aa2c0f2e 0.21.0..1.11.0
    : 'Could' 'not' 'create' 'authenticator' 'module' '\'' nameText '\'' ':' text
    // 2b730b58fe 0.20.0..1.11.0
    | '\'' text '\'' 'is' 'not' 'a' 'supported' 'option' 'for' 'registry' 'persistence'
    // 4dd352c8d8 0.20.0..1.11.0
    | '--work_dir' 'needed' 'for' 'replicated' 'log' 'based' 'registry'
    // e7cac7c5e7 1.0.0..1.4.0
    | 'Authentication' 'is' 'not' 'supported' 'on' 'this' 'platform' ',' 'but' '--authenticate' 'flag' 'was' 'passed' 'as' 'argument' 'to' 'master'
    // 6d989a4458 1.0.0..1.4.0
    | 'Authentication' 'is' 'not' 'supported' 'on' 'this' 'platform' ',' 'but' '--authenticate_slaves' 'was' 'passed' 'as' 'argument' 'to' 'master'
    // e01586a018 0.20.0..0.20.0
    | 'Authentication' 'requires' 'a' 'credentials' 'file' '(' 'see' '--credentials' 'flag' ')'
    // 3012654897 0.21.0..0.28.0
    | 'Authenticator' '\'' nameText '\'' 'not' 'found.' 'Check' 'the' 'spelling' '(' 'compare' 'to' '\'' nameText '\'' '\'' ')' 'or' 'verify' 'that' 'the' 'authenticator' 'was' 'loaded' 'successfully' '(' 'see' '--modules' ')'
    // 94a12d1cf1 1.0.0..1.11.0
    | 'Authenticator' '\'' nameText '\'' 'not' 'found.' 'Check' 'the' 'spelling' '(' 'compare' 'to' '\'' nameText '\'' ')' 'or' 'verify' 'that' 'the' 'authenticator' 'was' 'loaded' 'successfully' '(' 'see' '--modules' ')'
    // 7799f4f5af 0.20.0..0.28.0
    | 'Cannot' 'use' '\'' '--registry_strict' '\'' 'when' 'using' 'in-memory' 'storage' 'based' 'registry'
    // 789e744513 0.24.0..1.11.0
    | 'Could' 'not' 'create' '\'' nameText '\'' 'authorizer' ':' text
    // b8299cbfa0 0.27.0..1.2.0
    | 'Could' 'not' 'create' 'HTTP' 'authenticator' 'module' '\'' nameText '\'' ':' text
    // 87da1e9a3a 1.3.0..1.11.0
    | 'Failed' 'to' 'create' 'HTTP' 'authenticator' 'module' '\'' nameText '\'' ':' text
    // 73ccb5f217 0.20.0..1.4.0
    | 'Could' 'not' 'initialize' 'logging' ':' 'Failed' 'to' 'create' 'directory' text ':' text
    // 48e647cafd 0.20.0..0.28.0
    // 4284114a88 1.0.0..1.4.0
    | '\'' text '\'' 'is' 'not' 'a' 'valid' 'logging' 'level.' 'Possible' 'values' 'for' '\'' 'logging_level' '\'' 'flag' 'are' ':' '\'' 'INFO' '\'' ',' '\'' 'WARNING' '\'' ',' '\'' 'ERROR' '\'' '.'
    // a4aef9808b 0.20.0..1.11.0
    | 'Credentials' 'file' 'must' 'contain' 'at' 'least' 'one' 'credential' '(' 'see' '--credentials' 'flag' ')'
    // ae8f017fdb 0.20.0..1.11.0
    | 'Duplicate' 'principal' value 'found' 'in' 'RateLimits' 'configuration'
    // 8fcf5945d6 0.22.0..1.11.0
    | 'Error' 'installing' 'hooks' ':' text
    // 027373bd32 0.21.0..1.11.0
    | 'Error' 'loading' 'modules' ':' text
    // 1f46580e2e 0.20.0..1.11.0
    | 'Error' 'parsing' 'ZooKeeper' 'URL' ':' text
    // d3baab2277 0.23.0..1.6.0
    | 'Failed' 'to' 'create' '\'' nameText '\'' 'allocator' ':' text
    // 6bf47edf74 0.20.0..1.11.0
    | 'Failed' 'to' 'create' 'a' 'master' 'contender' ':' text
    // ed6b767d53 0.20.0..1.11.0
    | 'Failed' 'to' 'create' 'a' 'master' 'detector' ':' text
    // ee6aae46aa 0.22.0..1.11.0
    | 'Failed' 'to' 'create' 'anonymous' 'module' 'named' '\'' nameText '\''
    // a822635c4b 0.20.0..1.11.0
    | 'Failed' 'to' 'create' 'work' 'directory' '\'' text '\'' ':' text
    // b84590d2ca 0.20.0..0.23.0
    | 'Failed' 'to' 'initialize' 'the' 'authorizer' ':' text '(' 'see' '--acls' 'flag' ')'
    // 7df26446d7 1.3.0..1.11.0
    | 'Failed' 'to' 'parse' 'Mesos' 'version' '\'' text '\'' ':' text
    // fba1e4e509 0.27.0..1.11.0
    | 'Failed' 'to' 'parse' 'roles' ':' text
    // f9b0302530 0.20.0..0.21.0
    | 'Failed' 'to' 'read' 'from' 'file' 'at' '\'' text '\'' ':' text
    // 596b05758f 0.23.0..1.11.0
    | 'Failed' 'to' 'start' 'master' 'with' 'authentication' 'enabled' ':' 'Failed' 'to' 'initialize' 'authenticator' '\'' nameText '\'' ':' text
    // febea944ab 0.27.0..0.28.0
    // b3483f6def 1.0.0..1.11.0
    | 'HTTP' 'authenticator' '\'' nameText '\'' 'not' 'found.' 'Check' 'the' 'spelling' '(' 'compare' 'to' '\'' nameText '\'' '\''? ')' 'or' 'verify' 'that' 'the' 'authenticator' 'was' 'loaded' 'successfully' '(' 'see' '--modules' ')'
    // cc40fa60c0 1.0.0..1.11.0
    | 'Invalid' 'agent_removal_rate_limit' ':' value 'Format' 'is' '<Number' 'of' 'agents>/<Duration>'
    // 55da71534f 1.0.0..1.11.0
    | 'Invalid' 'agent_removal_rate_limit' ':' value 'Format' 'is' '<Number' 'of' 'agents>/<Duration>' ':' text
    // db269c22fc 0.20.0..1.11.0
    | 'Invalid' 'aggregate_default_qps' ':' value 'It' 'must' 'be' 'a' 'positive' 'number'
    // 0dc4a0dba9 0.20.0..1.11.0
    | 'Invalid' 'qps' ':' value 'It' 'must' 'be' 'a' 'positive' 'number'
    // e0e6d38cff 0.22.0..0.28.0
    | 'Invalid' 'slave_removal_rate_limit' ':' value 'Format' 'is' '<Number' 'of' 'slaves>/<Duration>'
    // 8d301b9a97 0.22.0..0.28.0
    | 'Invalid' 'slave_removal_rate_limit' ':' value 'Format' 'is' '<Number' 'of' 'slaves>/<Duration>' ':' text
    // 67e9e1ff3e 1.0.0..1.11.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--agent_reregister_timeout' ':' 'Must' 'be' 'at' 'least' value
    // f07e48f41a 1.0.0..1.11.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--offer_timeout' ':' 'Must' 'be' 'greater' 'than' 'zero'
    // 41b86b043f 0.21.0..0.28.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--offer_timeout' ':' 'Must' 'be' 'greater' 'than' 'zero.'
    // 888147601f 0.20.0..0.28.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--slave_reregister_timeout' ':' 'Must' 'be' 'at' 'least' value
    // e8a8f7ba8f 1.0.0..1.11.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--recovery_agent_removal_percent_limit' ':' text
    // 996625849a 1.0.0..1.11.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--recovery_agent_removal_percent_limit' ':' 'Must' 'be' 'within' '[' '0%-100%' ']'
    // 950876c8f2 1.0.0..1.11.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--recovery_agent_removal_percent_limit' ':' 'missing' '\'' '%' '\''
    // 0d6758635d 0.20.0..0.28.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--recovery_slave_removal_percent_limit' ':' text
    // 823264e543 0.20.0..0.28.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--recovery_slave_removal_percent_limit' ':' 'Must' 'be' 'within' '[' '0%-100%' ']'
    // bd49e81d50 0.20.0..0.28.0
    | 'Invalid' 'value' '\'' value '\'' 'for' '--recovery_slave_removal_percent_limit' ':' 'missing' '\'' '%' '\''
    // 2dcfdc6820 1.0.0..1.11.0
    | 'Invalid' 'weight' ':' '\'' text '\'' '.' '--weights' 'should' 'be' 'of' 'the' 'form' '\'' 'role' '=' 'weight' ',' 'role' '=' 'weight' '\''
    // 9327ea71fc 0.20.0..0.28.0
    | 'Invalid' 'weight' ':' '\'' text '\'' '.' '--weights' 'shouldbe' 'of' 'the' 'form' '\'' 'role' '=' 'weight' ',' 'role' '=' 'weight' '\''
    // c9cf8345e1 1.0.0..1.11.0
    | 'Invalid' 'weight' ':' '\'' text '\'' '.' text 'is' 'not' 'a' 'valid' 'role'
    // d9fef56e48 0.20.0..0.28.0
    | 'Invalid' 'weight' ':' '\'' text '\'' '.' text 'is' 'not' 'a' 'valid' 'role.'
    // c9e949685f 1.0.0..1.11.0
    | 'Invalid' 'weight' ':' '\'' text '\'' '.' 'Weights' 'must' 'be' 'positive'
    // 657385c4a2 0.20.0..0.28.0
    | 'Invalid' 'weight' ':' '\'' text '\'' '.' 'Weights' 'must' 'be' 'positive.'
    // ac657c9b49 1.0.0..1.11.0
    | 'Missing' '`--http_framework_authenticators`' 'flag.' 'This' 'must' 'be' 'used' 'in' 'conjunction' 'with' '`--authenticate_http_frameworks`'
    // 6b6f87ed05 0.27.0..1.2.0
    | 'Multiple' 'HTTP' 'authenticators' 'not' 'supported'
    // f5e13cfb88 0.21.0..1.11.0
    | 'Multiple' 'authenticators' 'not' 'supported'
    // 8fed3b8cc9 0.24.0..1.11.0
    | 'Multiple' 'authorizers' 'not' 'supported'
    // 16e94005b4 0.20.0..1.11.0
    | 'Need' 'to' 'specify' '--quorum' 'for' 'replicated' 'log' 'based' 'registry' 'when' 'using' 'ZooKeeper'
    // 12bd3b7568 0.27.0..0.28.0
    // dc21a83d64 1.0.0..1.2.0
    // 5bf3556234 1.3.0..1.11.0
    | 'No' 'HTTP' ('authenticator' | 'authenticators') 'specified' ('for' 'realm' '\'' nameText '\'')?
    // d4adeef744 0.21.0..1.11.0
    | 'No' 'authenticator' 'specified'
    // 9bb8a948d2 0.24.0..1.11.0
    | 'No' 'authorizer' 'specified'
    // 63c7a82478 0.27.0..0.28.0
    // 4fd81d9898 1.0.0..1.11.0
    | 'No' 'credentials' 'provided' 'for' 'the' 'default' '\'' nameText '\'' 'HTTP' 'authenticator' ('for' 'realm' '\'' nameText '\'')?
    // 954bf31dfa 1.3.0..1.11.0
    | 'No' 'secret' 'key' 'provided' 'for' 'the' 'default' '\'' nameText '\'' 'HTTP' 'authenticator' 'for' 'realm' '\'' nameText '\''
    // 057a73557f 1.0.0..1.11.0
    | 'The' 'call' 'to' '`process' ':' ':' 'initialize' '(' ')' '`' 'in' 'the' 'master' '\'' 's' '`main' '(' ')' '`' 'was' 'not' 'the' 'function' '\'' 's' 'first' 'invocation'
    // 33e3206bc4 0.20.0..1.11.0
    | ('Failed' 'to' ('read' | 'parse') | 'Invalid' 'json') text '(' 'see' '--credentials' 'flag' ')'
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

/** A name up to its closing {@code )} or {@code '}: it may hold balanced parentheses ({@code Hadoop: (RPC port: 9001)}). */
nameText
    : (~('(' | ')' | '\'') | '(' nameText? ')')+
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
    : IN_MEMORY
    | PERCENT
    | STAR
    | STARS_RULE
    | DASHES_RULE
    | FLAG_ACLS
    | FLAG_AGENT_REREGISTER_TIMEOUT
    | FLAG_AUTHENTICATE
    | FLAG_AUTHENTICATE_SLAVES
    | FLAG_CREDENTIALS
    | FLAG_MODULES
    | FLAG_OFFER_TIMEOUT
    | FLAG_QUORUM
    | FLAG_RECOVERY_AGENT_REMOVAL_PERCENT_LIMIT
    | FLAG_RECOVERY_SLAVE_REMOVAL_PERCENT_LIMIT
    | FLAG_REGISTRY_STRICT
    | FLAG_ROLES
    | FLAG_SLAVE_REREGISTER_TIMEOUT
    | FLAG_WEIGHTS
    | FLAG_WORK_DIR
    | ARROW
    | DOT
    | ELLIPSIS
    | SYMBOL
    | MESOS_DOT_APACHE_DOT_ORG_DOCUMENTATION_LATEST_DOWNGRADES
    | NUMBER_0_PERCENT_100_PERCENT
    | NUMBER_0_DOT_27
    | DIGIT_1
    | NUMBER_1_DOT_0
    | NUMBER_2_DOT_0
    | NUMBER_365
    | NUMBER
    | TICK
    | TICK_AUTHENTICATE_HTTP_FRAMEWORKS_TICK
    | TICK_HTTP_FRAMEWORK_AUTHENTICATORS_TICK
    | TICK_MAIN
    | TICK_PROCESS
    | A
    | A_LOWER
    | ABORTING
    | ABORTING_LOWER
    | ABOUT_LOWER
    | ACCEPT
    | ACCEPT_LOWER
    | ACCEPT_INVERSE_OFFERS
    | ACCESSIBLE_LOWER
    | ACCOUNT_LOWER
    | ACKNOWLEDGE
    | ACKNOWLEDGE_OPERATION_STATUS
    | ACKNOWLEDGEMENT
    | ACQUISITION_LOWER
    | ACTION_TITLE
    | ACTION
    | ACTIVATED
    | ACTIVE_LOWER
    | ADD_LOWER
    | ADDED
    | ADDED_LOWER
    | ADDING
    | ADDITIONAL_LOWER
    | ADMIT_LOWER
    | ADMITTED
    | ADMITTED_LOWER
    | ADVERTISING
    | AFTER_TITLE
    | AFTER
    | AGAIN
    | AGENT
    | AGENT_LOWER
    | AGENT_REMOVAL_RATE_LIMIT_LOWER
    | AGENTS
    | AGENTS_DURATION_LOWER
    | AGGREGATE_DEFAULT_QPS_LOWER
    | ALL_LOWER
    | ALLOCATABLE_LOWER
    | ALLOCATE_LOWER
    | ALLOCATED_LOWER
    | ALLOCATING
    | ALLOCATION
    | ALLOCATION_LOWER
    | ALLOCATIONS_LOWER
    | ALLOCATOR
    | ALLOWED_LOWER
    | ALLOWING
    | ALLOWING_LOWER
    | ALREADY
    | AMOUNT_LOWER
    | AN_TITLE
    | AN
    | AND
    | ANONYMOUS_LOWER
    | ANOTHER
    | ANY
    | API
    | APPEND_LOWER
    | APPLIED
    | APPLY_LOWER
    | APPLYING
    | APPROVE_LOWER
    | ARE_LOWER
    | ARGUMENT_LOWER
    | AS
    | ASKED
    | ASKING
    | ASSERTION_LOWER
    | AT
    | ATTACH_LOWER
    | ATTACHED_LOWER
    | ATTEMPING
    | ATTEMPT
    | ATTEMPTED
    | ATTEMPTING
    | ATTEMPTING_LOWER
    | ATTRIBUTECONSTRAINT
    | AUTHENTICATE_LOWER
    | AUTHENTICATED
    | AUTHENTICATING
    | AUTHENTICATION
    | AUTHENTICATION_LOWER
    | AUTHENTICATOR
    | AUTHENTICATOR_LOWER
    | AUTHENTICATORS_LOWER
    | AUTHORIZATION
    | AUTHORIZATION_LOWER
    | AUTHORIZED
    | AUTHORIZER_LOWER
    | AUTHORIZERS_LOWER
    | AUTHORIZING
    | AUTHORIZING_LOWER
    | AUXILIARY_LOWER
    | AVAILABLE_LOWER
    | BACK_LOWER
    | BASED_LOWER
    | BATCH_LOWER
    | BE
    | BECAUSE
    | BECAUSETHE
    | BEEN
    | BEFORE_TITLE
    | BEFORE
    | BEGINNING_LOWER
    | BEING
    | BELONGING_LOWER
    | BELONGS_LOWER
    | BELOW_LOWER
    | BIG_LOWER
    | BINARY
    | BLOCK_LOWER
    | BOUND
    | BROADCASTED_LOWER
    | BROADCASTING_LOWER
    | BUILD
    | BUT
    | BY
    | BYTES
    | CALL
    | CALLED_LOWER
    | CAN_TITLE
    | CAN
    | CANCELING
    | CANCELLED
    | CANCELLING
    | CANDIDACY
    | CANDIDATE
    | CANNOT
    | CANNOT_LOWER
    | CAPABILITIES
    | CAPABILITY_LOWER
    | CAPABLE_LOWER
    | CAPACITY_LOWER
    | CATCH_UP
    | CHANGED
    | CHANGES_LOWER
    | CHECK_TITLE
    | CHECK
    | CHECKPOINTED_LOWER
    | CHECKPOINTING
    | CLEANUP_LOWER
    | CLEARED_LOWER
    | CLEARING_LOWER
    | CLOSE_LOWER
    | CLOSED_LOWER
    | CLUSTER_LOWER
    | CODE_LOWER
    | COLLECT_LOWER
    | COLLECTED
    | COLLECTING_LOWER
    | COLLECTION_LOWER
    | COMMITTING
    | COMPACTED
    | COMPARE_LOWER
    | COMPLETE_LOWER
    | COMPLETED
    | COMPLETED_LOWER
    | CONCEDED
    | CONFIG_LOWER
    | CONFIGURATION_LOWER
    | CONFIGURED_LOWER
    | CONJUNCTION_LOWER
    | CONNECT
    | CONNECT_DOT_LOWER
    | CONNECTED
    | CONNECTION
    | CONSULTING
    | CONSUMED_LOWER
    | CONSUMPTION_LOWER
    | CONTAIN_LOWER
    | CONTAINS_LOWER
    | CONTEND
    | CONTEND_LOWER
    | CONTENDER_LOWER
    | CONTENTS_LOWER
    | CONTEST
    | COORDINATOR
    | CORRESPOND_LOWER
    | COULD
    | COULD_LOWER
    | CPUS
    | CRAM_MD5
    | CREATE_TITLE
    | CREATE
    | CREATE_BLOCK
    | CREATE_DISK
    | CREATE_VOLUME
    | CREATED
    | CREATING
    | CREDENTIAL_LOWER
    | CREDENTIALS
    | CREDENTIALS_LOWER
    | CURRENT_TITLE
    | CURRENT
    | DATA
    | DAYS_LOWER
    | DB
    | DEACTIVATE_LOWER
    | DEACTIVATED
    | DEACTIVATED_LOWER
    | DEACTIVATING
    | DECLINE
    | DECLINE_LOWER
    | DECLINE_INVERSE_OFFERS
    | DECLINING_LOWER
    | DEFAULT
    | DEFAULT_DOT_LOWER
    | DELETE_LOWER
    | DELETING
    | DENYING
    | DEPRECATED
    | DEPRECATED_DOT_LOWER
    | DESTROY
    | DESTROY_LOWER
    | DESTROY_BLOCK
    | DESTROY_DISK
    | DESTROY_VOLUME
    | DETECT
    | DETECTED
    | DETECTED_LOWER
    | DETECTION_LOWER
    | DETECTOR_LOWER
    | DETERMINE_LOWER
    | DETERMINED_LOWER
    | DID
    | DIFF_LOWER
    | DIFFERENT
    | DIRECTORY_LOWER
    | DISABLED_LOWER
    | DISALLOWING
    | DISAPPEARED_LOWER
    | DISCARDED_LOWER
    | DISCARDING_LOWER
    | DISCONNECTED_TITLE
    | DISCONNECTED
    | DISCONNECTING
    | DISCONNECTING_LOWER
    | DISCONNECTION
    | DISK_LOWER
    | DOCUMENTATION_LOWER
    | DOES_LOWER
    | DOMAIN_LOWER
    | DOMAIN_DOT_LOWER
    | DOMAIN_DOT_IGNORING_LOWER
    | DOMAINS_DOT_LOWER
    | DOWN
    | DRAINED
    | DRAINING
    | DROPPING
    | DROPPING_LOWER
    | DUE
    | DUPLICATE_TITLE
    | DUPLICATE
    | DURING
    | ELECTED
    | ELECTED_LOWER
    | ELECTED_DOT
    | ELECTION_LOWER
    | ELECTION_ELLIPSIS
    | EMPTY
    | EMPTY_LOWER
    | ENABLED_LOWER
    | ENDING
    | ENSURE_LOWER
    | ENTERED
    | ERASING
    | ERROR
    | ERROR_TITLE
    | ERROR_LOWER
    | ESCALATING_LOWER
    | EVEN_LOWER
    | EVENT_LOWER
    | EXCEEDED
    | EXECUTOR_TITLE
    | EXECUTOR
    | EXECUTORS_LOWER
    | EXIST_LOWER
    | EXISTING
    | EXIT
    | EXITED_LOWER
    | EXITED_PARENS
    | EXITING_LOWER
    | EXPECTED
    | EXPECTING_LOWER
    | EXPIRATION
    | EXPIRED
    | EXPLICIT
    | FAILED
    | FAILED_LOWER
    | FAILOVER
    | FAILOVER_TIMEOUT
    | FAILURE_LOWER
    | FAILURES_LOWER
    | FALSE_LOWER
    | FD
    | FEEDBACK_LOWER
    | FETCHED
    | FIELD_LOWER
    | FILE_LOWER
    | FILL
    | FILTER_LOWER
    | FILTERED
    | FILTERED_LOWER
    | FILTERING_LOWER
    | FILTERS_LOWER
    | FIND_LOWER
    | FINISH
    | FIRST_LOWER
    | FLAG
    | FLAG_DOT_LOWER
    | FLAGS
    | FOLLOWER_ELLIPSIS
    | FOLLOWING_LOWER
    | FOR
    | FORCE_LOWER
    | FORCING
    | FORM_LOWER
    | FORMAT_TITLE
    | FORMAT
    | FORWARDING
    | FORWARDING_LOWER
    | FOUND
    | FOUND_LOWER
    | FOUND_DOT_LOWER
    | FQDN
    | FRAMEWORK
    | FRAMEWORK_LOWER
    | FRAMEWORK_UPDATED
    | FRAMEWORKINFO
    | FRAMEWORKINFO_LOWER
    | FRAMEWORKINFO_DOT_CHECKPOINT
    | FRAMEWORKINFO_DOT_PRINCIPAL
    | FRAMEWORKINFO_DOT_ROLE
    | FRAMEWORKINFO_DOT_USER
    | FRAMEWORKS
    | FROM
    | FUNCTION_LOWER
    | FUTURE_LOWER
    | FUTURE_DOT_LOWER
    | GARBAGE
    | GARBAGE_LOWER
    | GET
    | GETTING_LOWER
    | GIT
    | GIVEN_DOT_LOWER
    | GIVING
    | GONE
    | GREATER_LOWER
    | GREW
    | GROUP
    | GROUP_LOWER
    | GROW_VOLUME
    | GUARANTEES_LOWER
    | HAD_LOWER
    | HANDLER_LOWER
    | HANDLING
    | HAPPENS_LOWER
    | HAS
    | HAVE_LOWER
    | HEADROOM_LOWER
    | HEALTH
    | HEALTHCHECK
    | HEARTBEAT_LOWER
    | HELD_LOWER
    | HEURISTIC_LOWER
    | HIERARCHICAL_LOWER
    | HIERARCHICAL_ROLE
    | HOOKS_LOWER
    | HOST_LOWER
    | HOSTNAME
    | HTTP
    | HTTP_LOWER
    | ID_TITLE
    | ID
    | IF_LOWER
    | IGNORED
    | IGNORES
    | IGNORING
    | IGNORING_LOWER
    | IMPLICIT
    | IMPLICITLY
    | IN
    | IN_MEMORY_LOWER
    | INACTIVE_LOWER
    | INDECISIVE
    | INFO
    | INFO_LOWER
    | INFORMATION_LOWER
    | INITIALIZE_LOWER
    | INITIALIZED
    | INITIALIZED_LOWER
    | INITIALIZED_DOT
    | INITIALIZING
    | INPUT
    | INSIDE_LOWER
    | INSTALLING_LOWER
    | INSTEAD_LOWER
    | INTERFACE
    | INVALID_TITLE
    | INVALID
    | INVERSE_LOWER
    | INVOCATION_LOWER
    | IP
    | IS
    | IT_TITLE
    | IT
    | ITERATED
    | ITERATOR_LOWER
    | ITS_LOWER
    | JOIN
    | JOINED_TITLE
    | JOINED
    | JOINING
    | JSON_LOWER
    | KEY_LOWER
    | KEYS_LOWER
    | KILL_TITLE
    | KILL
    | KILLED_DOT_LOWER
    | KILLING
    | KNOWN_LOWER
    | LATER_LOWER
    | LATEST
    | LAUNCH
    | LAUNCH_LOWER
    | LAUNCHING
    | LEAD_LOWER
    | LEADER
    | LEADER_ELLIPSIS
    | LEADERSHIP
    | LEADERSHIP_ELLIPSIS
    | LEADING
    | LEADING_LOWER
    | LEARNED
    | LEARNT_LOWER
    | LEAST_LOWER
    | LESS_LOWER
    | LEVEL
    | LEVEL_DOT_LOWER
    | LEVELDB
    | LIMIT
    | LIMITED
    | LIMITING_LOWER
    | LIMITS_LOWER
    | LINK
    | LIST_LOWER
    | LOADED
    | LOADED_LOWER
    | LOADING
    | LOADING_LOWER
    | LOG
    | LOGGING_TITLE
    | LOGGING
    | LOGGING_LEVEL_LOWER
    | LONGER_LOWER
    | LOOKING
    | LOOKUP_LOWER
    | LOOPBACK
    | LOST
    | LOST_LOWER
    | MACHINEID
    | MADE
    | MANDATORY_LOWER
    | MARK
    | MARKED
    | MARKED_LOWER
    | MARKING
    | MARKING_LOWER
    | MASTER
    | MASTER_LOWER
    | MASTER_ELLIPSIS
    | MAXIMUM_LOWER
    | MECHANISM_LOWER
    | MECHANISMS_LOWER
    | MEMBERS
    | MEMBERSHIP
    | MEMBERSHIP_LOWER
    | MEMBERSHIPS
    | MEMORY_LOWER
    | MESOS
    | MESOS_703
    | MESOS_8536
    | MESSAGE_TITLE
    | MESSAGE
    | METADATA
    | METHOD_LOWER
    | MIN_ALLOCATABLE_RESOURCES_LOWER
    | MINIMUM_LOWER
    | MISSING_TITLE
    | MISSING
    | MODE_LOWER
    | MODULE_LOWER
    | MODULES_LOWER
    | MONITOR_LOWER
    | MORE_LOWER
    | MULTI_ROLE
    | MULTIPLE
    | MUST
    | MUST_LOWER
    | NAME_LOWER
    | NAMED_LOWER
    | NEED
    | NEEDED_LOWER
    | NEGATIVE_LOWER
    | NEW
    | NEW_LOWER
    | NEWLY
    | NO
    | NO_LOWER
    | NODE_LOWER
    | NON_AUTHENTICATING_LOWER
    | NON_CHECKPOINTING_LOWER
    | NON_FIRST_CLASS
    | NON_REMOVABLE
    | NON_SEQUENCE_LOWER
    | NON_TERMINAL
    | NONE
    | NOT_TITLE
    | NOT
    | NOT_LOWER
    | NOTES_LOWER
    | NOTICE
    | NOTIFICATION
    | NOTIFYING
    | NOW
    | NOW_LOWER
    | NUMBER_LOWER
    | OBSERVED_LOWER
    | OBTAINED_LOWER
    | OCCURRED
    | OCURRED_LOWER
    | OF
    | OFFER_LOWER
    | OFFER_IDS_LOWER
    | OFFERED_LOWER
    | OFFERING
    | OFFERS
    | OLD
    | OLDEST_LOWER
    | ON
    | ONE_LOWER
    | ONEOF_LOWER
    | ONGOING
    | ONLY_TITLE
    | ONLY
    | OPEN_LOWER
    | OPEN_DOT_LOWER
    | OPENED
    | OPERATION_LOWER
    | OPERATIONS
    | OPERATOR_LOWER
    | OPTION_LOWER
    | OR
    | ORDER_LOWER
    | ORIGINAL_LOWER
    | ORPHAN_LOWER
    | ORPHANED
    | OTHERS_LOWER
    | OTHERS_DOT_LOWER
    | OUT
    | OUTSTANDING_LOWER
    | OVER
    | OVERCOMMIT_LOWER
    | OVERRIDE_LOWER
    | OVERSUBSCRIBED_LOWER
    | PARSE_LOWER
    | PARSING_LOWER
    | PART_LOWER
    | PARTICIPATE
    | PARTITION_AWARE
    | PASS
    | PASSED_LOWER
    | PATH
    | PAUSED_LOWER
    | PAXOS
    | PEER
    | PENDING_LOWER
    | PERFORMED
    | PERFORMED_LOWER
    | PERFORMING
    | PERIODIC_LOWER
    | PERMISSIONS
    | PERSISTED
    | PERSISTENCE_LOWER
    | PERSISTING
    | PID_TITLE
    | PIDS
    | PIPE_LOWER
    | PLATFORM_LOWER
    | PLEASE
    | PLUGIN_LOWER
    | PONG
    | POSITION
    | POSITIONS
    | POSITIVE_LOWER
    | POSITIVE_DOT_LOWER
    | POSSIBLE
    | POSSIBLY
    | POSSIBLY_LOWER
    | POST_RECOVERY
    | PREDCIATE
    | PRESENT_LOWER
    | PREVIOUS
    | PRINCIPAL_LOWER
    | PROCESS
    | PROCESSING
    | PROGRESS
    | PROMISE
    | PROMISED
    | PROPERLY_LOWER
    | PROPERTIES_LOWER
    | PROPERTY_LOWER
    | PROPOSAL
    | PROTOBUF
    | PROTOBUF_LOWER
    | PROTOCOL
    | PROVIDED_LOWER
    | PROVIDED_DOT_LOWER
    | PROVIDER_LOWER
    | PROVIDERS_LOWER
    | PROVIDING_LOWER
    | PSEUDOATTRIBUTE_LOWER
    | PURE
    | QPS_LOWER
    | QUEUING
    | QUOTA_LOWER
    | RAN_LOWER
    | RATE
    | RATELIMITS
    | RAW
    | RE_LOWER
    | RE_ADMITTED
    | RE_ADMITTING
    | RE_AUTHENTICATING
    | RE_ELECTED
    | RE_REGISTER
    | RE_REGISTERED
    | RE_REGISTERED_LOWER
    | RE_REGISTERING
    | RE_REGISTERING_LOWER
    | RE_REGISTRATION
    | REACHED
    | REACHED_LOWER
    | REACHED_DOT
    | REACTIVATED
    | REACTIVATING
    | READ_LOWER
    | READING
    | READING_LOWER
    | READMISSION
    | READMIT_LOWER
    | READMITTED
    | REALM_LOWER
    | RECEIVE_LOWER
    | RECEIVED
    | RECEIVED_LOWER
    | RECOMMENDED_LOWER
    | RECONCILE_LOWER
    | RECONCILIATION
    | RECONCILING
    | RECONNECT
    | RECONNECTED
    | RECONTENDING
    | RECORD_LOWER
    | RECOVER_TITLE
    | RECOVER
    | RECOVERED
    | RECOVERED_LOWER
    | RECOVERING
    | RECOVERING_LOWER
    | RECOVERY
    | RECOVERY_LOWER
    | REDIRECT_LOWER
    | REDIRECTING
    | REFINED_LOWER
    | REFUSE_SECONDS_LOWER
    | REFUSED_LOWER
    | REFUSED_DOT_LOWER
    | REFUSING
    | REGISTER
    | REGISTERED
    | REGISTERED_LOWER
    | REGISTERING
    | REGISTERING_LOWER
    | REGISTRAR
    | REGISTRAR_LOWER
    | REGISTRATION
    | REGISTRY
    | REGISTRY_LOWER
    | REGISTRY_DOT_LOWER
    | RELEASE_DOT_LOWER
    | RELEASES_DOT_LOWER
    | REMOVAL
    | REMOVE
    | REMOVED
    | REMOVED_LOWER
    | REMOVING
    | REMOVING_LOWER
    | RENEWING
    | REPAIRER
    | REPLICA
    | REPLICA_LOWER
    | REPLICATED
    | REPLICATED_LOWER
    | REPLY
    | REPORTED_LOWER
    | REPORTS_LOWER
    | REQUEST_TITLE
    | REQUEST_2
    | REQUEST
    | REQUEST_DOT_LOWER
    | REQUESTED_LOWER
    | REQUESTING
    | REQUESTS_LOWER
    | REQUIRE_LOWER
    | REQUIRED_LOWER
    | REQUIRES_LOWER
    | REREGISTER
    | REREGISTERED
    | REREGISTERING
    | REREGISTRATION
    | REREGISTRATION_DOT_LOWER
    | RESCINDING
    | RESENDING
    | RESERVATION_REFINEMENT_CAPABLE_DOT
    | RESERVATIONS_LOWER
    | RESERVE
    | RESERVE_LOWER
    | RESIZE_LOWER
    | RESOUCES_LOWER
    | RESOURCE_LOWER
    | RESOURCE_DOT_ALLOCATIONINFO
    | RESOURCE_PROVIDER
    | RESOURCES
    | RESPONSE
    | RESULT_LOWER
    | RESUMED_LOWER
    | RETRIED
    | RETRYING_TITLE
    | RETRYING
    | RETURNED_LOWER
    | RETURNING_LOWER
    | REVIVE
    | REVIVE_LOWER
    | REVIVED
    | REVIVING
    | REVOCABLE_LOWER
    | REVOKED_DOT_LOWER
    | ROLE_LOWER
    | ROLE_DOT_LOWER
    | ROLES_LOWER
    | ROOT_LOWER
    | RUNNING
    | S_LOWER
    | SAFELY_LOWER
    | SASL
    | SASL_AUXPROP_AUTHZID
    | SASL_AUXPROP_OVERRIDE
    | SASL_AUXPROP_VERIFY_AGAINST_HASH
    | SCALAR_LOWER
    | SCHEDULER
    | SCHEDULERDRIVER
    | SCHEDULING
    | SCHEME_LOWER
    | SECOND
    | SECONDS_LOWER
    | SECRET_LOWER
    | SEE
    | SEE_LOWER
    | SEEKED
    | SELECTOR
    | SELECTOR_LOWER
    | SEND
    | SENDING
    | SENDING_LOWER
    | SENT_LOWER
    | SERVER_LOWER
    | SESSION
    | SESSIONID
    | SET
    | SET_LOWER
    | SETTING
    | SETTING_LOWER
    | SHA
    | SHOULD_LOWER
    | SHOULDBE_LOWER
    | SHRINK_VOLUME
    | SHUT_LOWER
    | SHUTDOWN_TITLE
    | SHUTDOWN
    | SHUTTING
    | SHUTTING_LOWER
    | SIGABRT
    | SIGACTION_LOWER
    | SIGNAL_LOWER
    | SIGPIPE
    | SIGTERM
    | SINCE
    | SIZE_LOWER
    | SKIPPED
    | SKIPPING
    | SLAVE
    | SLAVE_LOWER
    | SLAVE_REMOVAL_RATE_LIMIT_LOWER
    | SLAVES
    | SLAVES_DURATION_LOWER
    | SO_LOWER
    | SOCKET
    | SOURCE_LOWER
    | SPECIFIED_LOWER
    | SPECIFY_LOWER
    | SPECIFYING
    | SPECIFYING_LOWER
    | SPELLING_LOWER
    | STALE_LOWER
    | START
    | STARTED
    | STARTING
    | STARTING_LOWER
    | STARTS_LOWER
    | STARTUP
    | STAT_LOWER
    | STATE
    | STATUS
    | STATUS_LOWER
    | STEP_LOWER
    | STEPS_LOWER
    | STILL_LOWER
    | STORAGE_LOWER
    | STREAM_LOWER
    | SUBMISSIONS_LOWER
    | SUBMIT_LOWER
    | SUBSCRIBE
    | SUBSCRIBE_LOWER
    | SUBSCRIBED_LOWER
    | SUBSCRIBER_LOWER
    | SUBSCRIBERS_LOWER
    | SUBSCRIBING
    | SUBSCRIPTION
    | SUBTRACTING_LOWER
    | SUCCESS_LOWER
    | SUCCESSFULLY
    | SUCCESSFULLY_LOWER
    | SUFFICIENT_LOWER
    | SUICIDE
    | SUPPORT_LOWER
    | SUPPORTED_LOWER
    | SUPPOSED_LOWER
    | SUPPRESS
    | SUPPRESSED
    | SUPPRESSED_LOWER
    | SVN
    | SYNCING
    | TAG
    | TASK
    | TASK_LOWER
    | TASK_LOST
    | TASK_UNKNOWN
    | TASKS
    | TEARDOWN
    | TELLING
    | TERMINATED_LOWER
    | TERMINATES_LOWER
    | TERMINATING
    | THAN_LOWER
    | THAT
    | THE
    | THE_LOWER
    | THIS
    | THIS_LOWER
    | THOUGH_LOWER
    | THROUGH_LOWER
    | TIMED
    | TIMED_LOWER
    | TIMEOUT
    | TO
    | TOO_LOWER
    | TOOK
    | TOTAL_LOWER
    | TRANSITION
    | TRANSITIONED_LOWER
    | TRANSITIONING
    | TRIED_LOWER
    | TRIGGERED
    | TRUE_LOWER
    | TRUNCATE_LOWER
    | TRYING
    | TYPE
    | TYPE_LOWER
    | UNABLE
    | UNAUTHENTICATED
    | UNAVAILABILITY_LOWER
    | UNAVAILABLE_DOT_LOWER
    | UNDERSTOOD_LOWER
    | UNEXPECTED
    | UNHANDLED
    | UNIMPLEMENTED
    | UNION_LOWER
    | UNKNOWN_2
    | UNKNOWN_TITLE
    | UNKNOWN
    | UNREACHABLE
    | UNREACHABLE_LOWER
    | UNREGISTER
    | UNRESERVE
    | UNRESERVE_LOWER
    | UNSUCCESSFUL_LOWER
    | UNSUPPORTED
    | UNSUPPRESSED
    | UP_LOWER
    | UP_TO_DATE_LOWER
    | UPDATE
    | UPDATE_FRAMEWORK
    | UPDATED_TITLE
    | UPDATED
    | UPDATING
    | UPGRADE_LOWER
    | UPGRADING_LOWER
    | UPID
    | UPON_LOWER
    | URL
    | URL_LOWER
    | USE_LOWER
    | USED
    | USER_LOWER
    | USER_AGENT
    | USES_LOWER
    | USING
    | USING_LOWER
    | UUID
    | UUID_LOWER
    | VALID_LOWER
    | VALIDATED_LOWER
    | VALIDATION_LOWER
    | VALUE
    | VALUES_LOWER
    | VERIFY_LOWER
    | VERSION
    | VERSION_LOWER
    | VIA_LOWER
    | VIEW_FRAMEWORK
    | VIOLATION_LOWER
    | VIRTUAL_LOWER
    | VOLUME_LOWER
    | VOLUMES_LOWER
    | WAITING
    | WARNING
    | WAS
    | WATCH
    | WEIGHT_LOWER
    | WEIGHTS
    | WEIGHTS_LOWER
    | WERE_LOWER
    | WHEN_LOWER
    | WHICH_LOWER
    | WHILE_LOWER
    | WHITE_LOWER
    | WHITELIST
    | WHITELIST_LOWER
    | WILL_LOWER
    | WITH
    | WITHDRAW
    | WITHDRAW_LOWER
    | WITHDRAWING
    | WITHDRAWING_LOWER
    | WITHIN
    | WITHOUT_LOWER
    | WORK_LOWER
    | WRITE
    | WRITER
    | WRITER_LOWER
    | WRITING_LOWER
    | X_FORWARDED_FOR
    | YET_LOWER
    | YOUR_LOWER
    | ZERO_LOWER
    | ZERO_DOT_LOWER
    | ZK
    | ZOO_SESSION_EVENT
    | ZOOKEEPER
    | ZOOKEEPER_DOT
    | ZOOKEEPER_CLOSE_LOWER
    | ZOOKEEPER_INIT
    ;
