/*
 * Tokens of the lines a Mesos master writes. The default mode recognises the start of a line (a glog file header,
 * a glog prefix, a syslog or journald prefix, a bare time, a ZooKeeper client line or a glog stderr note); the
 * MESSAGE mode splits the free text after the prefix into the literal words of the catalogued templates, process
 * ids, host:port pairs and other atoms. Literal words come before ATOM so that an equally long atom is a keyword.
 */
lexer grammar GlogLexer;

// ---------------------------------------------------------------------------------------------- line starts

LOG_FILE_CREATED
    : 'Log file created at: ' -> pushMode(HEADER)
    ;

RUNNING_ON_MACHINE
    : 'Running on machine: ' -> pushMode(HEADER)
    ;

RUNNING_DURATION
    : 'Running duration (h:mm:ss): ' -> pushMode(HEADER)
    ;

LOG_LINE_FORMAT
    : 'Log line format: ' -> pushMode(HEADER)
    ;

// Capture prefixes: what a log collector puts in front of the line a master wrote. They may stack (a compose
// service name, then a docker timestamp); the hand-written CapturePrefixes splits them the same way (a test keeps
// the two in step). Each ends where the next part of the line begins.

/**
 * {@code May  2 17:00:26 host mesos-master[5669]: } (syslog, journalctl {@code -o short}), also with microseconds
 * ({@code -o short-precise}) and with a syslog priority in front ({@code <14>}).
 */
SYSLOG_PREFIX
    : SYSLOG_PRIORITY? MONTH_NAME ' '+ DIGIT DIGIT? ' ' DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT ('.' DIGIT+)? ' ' HOST_CHAR+ ' ' TAG_CHAR+ ('[' DIGIT+ ']')? ': '
    ;

/** {@code 2017-06-23T20:41:36+0000 host mesos-master[5669]: } (journalctl {@code -o short-iso}, {@code short-iso-precise}). */
ISO_SYSLOG_PREFIX
    : SYSLOG_PRIORITY? ISO_DATE_TIME ' ' HOST_CHAR+ ' ' TAG_CHAR+ ('[' DIGIT+ ']')? ': '
    ;

/** {@code <14>1 2017-06-23T20:41:36.123456Z host mesos-master 5669 - - } (RFC 5424 syslog, structured data or {@code -}). */
RFC5424_PREFIX
    : SYSLOG_PRIORITY DIGIT+ ' ' ISO_DATE_TIME ' ' SYSLOG_FIELD ' ' SYSLOG_FIELD ' ' SYSLOG_FIELD ' ' SYSLOG_FIELD ' ' ('-' | ('[' ~[\]\r\n]* ']')+) ' '+
    ;

/** {@code 2017-06-23T20:41:36.123456789Z } ({@code docker logs --timestamps}). */
DOCKER_TIMESTAMP_PREFIX
    : ISO_DATE_TIME ' '+
    ;

/** {@code master_1    | } (docker-compose), {@code mesos-master-1  | } (compose v2). */
COMPOSE_PREFIX
    : NAME_CHAR+ ' '* '| '
    ;

/** {@code [pod/mesos-master-0/master] } ({@code kubectl logs --prefix}). */
KUBERNETES_PREFIX
    : '[' NAME_CHAR+ '/' NAME_CHAR+ '/' NAME_CHAR+ ']' ' '+
    ;

/** {@code 2017-06-23 20:41:36: } (a time stamp with a colon, as some supervisors write). */
DATED_PREFIX
    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ' ' DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT ('.' DIGIT+)? ': '
    ;

/** {@code 5/23/2016 9:53:44 PM}, glued to the record or not (a line copied from a web UI). */
UI_DATE_PREFIX
    : DIGIT DIGIT? '/' DIGIT DIGIT? '/' DIGIT DIGIT DIGIT DIGIT ' ' DIGIT DIGIT? ':' DIGIT DIGIT ':' DIGIT DIGIT ' ' ('AM' | 'PM') ' '*
    ;

/** {@code I0502 17:00:26.087030  5669 master.cpp:928] } (also glog 0.6's {@code I20150502 ...}); any thread id width. */
GLOG_PREFIX
    : [IWEF] DIGIT DIGIT DIGIT DIGIT (DIGIT DIGIT DIGIT DIGIT)? ' ' CLOCK ' '+ DIGIT+ ' ' LOCATION_CHAR+ ':' DIGIT+ ']' ' '? -> pushMode(MESSAGE_TEXT)
    ;

/** {@code 17:00:26.087030 }: a line that carries only the time, as in excerpts of logs. */
TIME_ONLY_PREFIX
    : CLOCK ' '+ -> pushMode(MESSAGE_TEXT)
    ;

/** {@code 2015-05-02 17:00:26,123:5669(0x7f2b):ZOO_INFO@check_events@1703: } (the ZooKeeper C client on stderr). */
ZOOKEEPER_CLIENT_PREFIX
    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ' ' DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT ',' DIGIT+ ':' DIGIT+ '(0x' HEX_DIGIT+ '):ZOO_' [A-Z]+
        '@' [A-Za-z_]+ '@' DIGIT+ ':' ' '? -> pushMode(FREE)
    ;

GLOG_PREAMBLE
    : 'WARNING: Logging before InitGoogleLogging() is written to STDERR'
    ;

CHECK_FAILURE_TRACE
    : '*** Check failure stack trace: ***'
    ;

STACK_FRAME
    : [ \t]+ '@' [ \t]+ '0x' HEX_DIGIT+ -> pushMode(FREE)
    ;

LINE_END
    : '\r'? '\n' -> skip
    ;

/**
 * Any other word in front of a glog record (a tag, a host, a level), at most three of them (see {@code otherPrefix}).
 * Defined last, so that a line start of any other kind wins a tie.
 */
OTHER_WORD
    : [A-Za-z_[] ~[ \t\r\n|]* ' '+
    ;

fragment CLOCK
    : DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT '.' DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT
    ;

fragment SYSLOG_PRIORITY
    : '<' DIGIT DIGIT? DIGIT? '>'
    ;

fragment ISO_DATE_TIME
    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT 'T' DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT ('.' DIGIT+)? ZONE_OFFSET
    ;

fragment ZONE_OFFSET
    : 'Z' | [+-] DIGIT DIGIT ':'? DIGIT DIGIT
    ;

fragment SYSLOG_FIELD
    : ~[ \t\r\n]+
    ;

fragment NAME_CHAR
    : [A-Za-z0-9_.\-]
    ;

fragment MONTH_NAME
    : 'Jan' | 'Feb' | 'Mar' | 'Apr' | 'May' | 'Jun' | 'Jul' | 'Aug' | 'Sep' | 'Oct' | 'Nov' | 'Dec'
    ;

fragment DIGIT
    : [0-9]
    ;

fragment HEX_DIGIT
    : [0-9a-fA-F]
    ;

fragment HOST_CHAR
    : [A-Za-z0-9_.\-]
    ;

fragment TAG_CHAR
    : [A-Za-z0-9_.\-/]
    ;

fragment LOCATION_CHAR
    : [A-Za-z0-9_.\-+]
    ;

// ---------------------------------------------------------------------------------------------- header value

mode HEADER;

HEADER_VALUE
    : ~[\r\n]+
    ;

HEADER_END
    : '\r'? '\n' -> skip, popMode
    ;

// ---------------------------------------------------------------------------------------------- free text

mode FREE;

FREE_TEXT
    : ~[\r\n]+
    ;

FREE_END
    : '\r'? '\n' -> skip, popMode
    ;

// ---------------------------------------------------------------------------------------------- message

mode MESSAGE_TEXT;

// BEGIN KEYWORDS (every literal word of MesosMasterParser; keep sorted)
STARS_RULE : '**************************************************' ;
DASHES_RULE : '----------------------------------------------------' ;
ARROW : '->' ;
ELLIPSIS : '...' ;
DIGIT_1 : '1' ;
A : 'A' ;
A_LOWER : 'a' ;
ABORTING : 'Aborting' ;
ABORTING_LOWER : 'aborting' ;
ABOUT_LOWER : 'about' ;
ACCEPT : 'ACCEPT' ;
ACKNOWLEDGEMENT : 'acknowledgement' ;
ACQUISITION_LOWER : 'acquisition' ;
ACTION : 'action' ;
ACTIVATED : 'Activated' ;
ADDED : 'Added' ;
ADDED_LOWER : 'added' ;
ADDING : 'Adding' ;
ADMIT_LOWER : 'admit' ;
ADMITTED : 'Admitted' ;
ADMITTED_LOWER : 'admitted' ;
AFTER : 'after' ;
AGAIN : 'again' ;
AGENT : 'Agent' ;
AGENT_LOWER : 'agent' ;
AGENTS : 'agents' ;
ALLOCATOR : 'allocator' ;
ALLOWED_LOWER : 'allowed' ;
ALLOWING : 'Allowing' ;
ALLOWING_LOWER : 'allowing' ;
ALREADY : 'already' ;
AMOUNT_LOWER : 'amount' ;
AN : 'an' ;
AND : 'and' ;
ANOTHER : 'another' ;
APPLIED : 'Applied' ;
AS : 'as' ;
ASKED : 'Asked' ;
ASKING : 'asking' ;
AT : 'at' ;
ATTEMPING : 'attemping' ;
ATTEMPT : 'attempt' ;
ATTEMPTED : 'attempted' ;
ATTEMPTING : 'Attempting' ;
ATTEMPTING_LOWER : 'attempting' ;
AUTHENTICATED : 'authenticated' ;
AUTHENTICATING : 'Authenticating' ;
BATCH_LOWER : 'batch' ;
BE : 'be' ;
BECAUSE : 'because' ;
BECAUSETHE : 'becausethe' ;
BEEN : 'been' ;
BEFORE : 'before' ;
BEING : 'being' ;
BINARY : 'binary' ;
BOUND : 'bound' ;
BUILD : 'Build' ;
BUT : 'but' ;
BY : 'by' ;
BYTES : 'bytes' ;
CALL : 'call' ;
CAN : 'can' ;
CANCELING : 'Canceling' ;
CANCELLED : 'cancelled' ;
CANCELLING : 'cancelling' ;
CANDIDACY : 'candidacy' ;
CANDIDATE : 'candidate' ;
CANNOT : 'Cannot' ;
CAPABILITIES : 'capabilities' ;
CATCH_UP : 'catch-up' ;
CHANGED : 'changed' ;
CHECK : 'check' ;
CHECKPOINTING : 'checkpointing' ;
COLLECT_LOWER : 'collect' ;
COLLECTED : 'collected' ;
COLLECTION_LOWER : 'collection' ;
COMMITTING : 'committing' ;
COMPLETE_LOWER : 'complete' ;
COMPLETED_LOWER : 'completed' ;
CONCEDED : 'Conceded' ;
CONNECT : 'connect' ;
CONNECTED : 'connected' ;
CONNECTION : 'connection' ;
CONSULTING : 'Consulting' ;
CONTEND : 'Contend' ;
CONTEND_LOWER : 'contend' ;
CONTENDER_LOWER : 'contender' ;
CONTEST : 'contest' ;
COORDINATOR : 'Coordinator' ;
COULD : 'Could' ;
COULD_LOWER : 'could' ;
CREATE : 'create' ;
CURRENT : 'current' ;
DATA : 'data' ;
DB : 'db' ;
DEACTIVATED : 'Deactivated' ;
DEACTIVATED_LOWER : 'deactivated' ;
DEACTIVATING : 'Deactivating' ;
DEFAULT : 'default' ;
DELETE_LOWER : 'delete' ;
DENYING : 'denying' ;
DEPRECATED : 'deprecated' ;
DETECT : 'detect' ;
DETECTED : 'Detected' ;
DETECTED_LOWER : 'detected' ;
DID : 'did' ;
DIFFERENT : 'different' ;
DISALLOWING : 'Disallowing' ;
DISCONNECTED : 'disconnected' ;
DISCONNECTING : 'Disconnecting' ;
DISCONNECTING_LOWER : 'disconnecting' ;
DISCONNECTION : 'disconnection' ;
DOWN : 'down' ;
DROPPING : 'Dropping' ;
DUE : 'due' ;
DUPLICATE : 'duplicate' ;
DURING : 'during' ;
ELECTED : 'Elected' ;
ELECTED_LOWER : 'elected' ;
ELECTED_DOT : 'elected.' ;
ELECTION_ELLIPSIS : 'election...' ;
ENDING : 'ending' ;
ENTERED : 'entered' ;
ERROR : 'ERROR' ;
EXCEEDED : 'exceeded' ;
EXECUTOR : 'executor' ;
EXISTING : 'existing' ;
EXIT : 'EXIT' ;
EXITED_PARENS : 'exited()' ;
EXPECTED : 'expected' ;
EXPIRATION : 'expiration' ;
EXPIRED : 'expired' ;
EXPLICIT : 'explicit' ;
FAILED : 'Failed' ;
FAILED_LOWER : 'failed' ;
FAILOVER : 'failover' ;
FAILOVER_TIMEOUT : 'failover_timeout' ;
FAILURE_LOWER : 'failure' ;
FD : 'fd' ;
FETCHED : 'fetched' ;
FILL : 'fill' ;
FINISH : 'finish' ;
FLAG : 'flag' ;
FLAGS : 'Flags' ;
FOLLOWER_ELLIPSIS : 'follower...' ;
FOR : 'for' ;
FORCING : 'Forcing' ;
FORMAT : 'format' ;
FORWARDING : 'Forwarding' ;
FRAMEWORK : 'Framework' ;
FRAMEWORK_LOWER : 'framework' ;
FRAMEWORKINFO : 'FrameworkInfo' ;
FRAMEWORKINFO_LOWER : 'frameworkInfo' ;
FRAMEWORKS : 'frameworks' ;
FROM : 'from' ;
GARBAGE : 'Garbage' ;
GARBAGE_LOWER : 'garbage' ;
GET : 'get' ;
GIT : 'Git' ;
GIVING : 'Giving' ;
GONE : 'gone' ;
GROUP : 'Group' ;
GROUP_LOWER : 'group' ;
HAPPENS_LOWER : 'happens' ;
HAS : 'has' ;
HEALTH : 'health' ;
HIERARCHICAL_LOWER : 'hierarchical' ;
HOSTNAME : 'hostname' ;
HTTP : 'HTTP' ;
ID : 'id' ;
IGNORES : 'ignores' ;
IGNORING : 'Ignoring' ;
IGNORING_LOWER : 'ignoring' ;
IMPLICIT : 'implicit' ;
IN : 'in' ;
INDECISIVE : 'indecisive' ;
INFO : 'INFO' ;
INFO_LOWER : 'info' ;
INITIALIZED_DOT : 'initialized.' ;
INPUT : 'input' ;
INTERFACE : 'interface' ;
INVALID : 'invalid' ;
IP : 'IP' ;
IS : 'is' ;
IT : 'it' ;
JOIN : 'join' ;
JOINED_TITLE : 'Joined' ;
JOINED : 'joined' ;
JOINING : 'Joining' ;
KILL : 'kill' ;
KNOWN_LOWER : 'known' ;
LATEST : 'latest' ;
LAUNCHING : 'Launching' ;
LEADER : 'leader' ;
LEADER_ELLIPSIS : 'leader...' ;
LEADERSHIP : 'leadership' ;
LEADERSHIP_ELLIPSIS : 'leadership...' ;
LEADING : 'Leading' ;
LEADING_LOWER : 'leading' ;
LEARNED : 'learned' ;
LEVEL : 'level' ;
LEVELDB : 'leveldb' ;
LIMIT : 'limit' ;
LIMITED : 'limited' ;
LINK : 'link' ;
LIST_LOWER : 'list' ;
LOADED : 'Loaded' ;
LOG : 'log' ;
LOGGING : 'logging' ;
LOOKUP_LOWER : 'lookup' ;
LOOPBACK : 'loopback' ;
LOST : 'Lost' ;
LOST_LOWER : 'lost' ;
MADE : 'made' ;
MARK : 'mark' ;
MARKED : 'Marked' ;
MARKED_LOWER : 'marked' ;
MARKING : 'Marking' ;
MARKING_LOWER : 'marking' ;
MASTER : 'Master' ;
MASTER_LOWER : 'master' ;
MASTER_ELLIPSIS : 'master...' ;
MEMBERS : 'members' ;
MEMBERSHIP : 'Membership' ;
MEMBERSHIP_LOWER : 'membership' ;
MEMBERSHIPS : 'memberships' ;
MESOS : 'Mesos' ;
MESSAGE : 'message' ;
METADATA : 'metadata' ;
MISSING : 'missing' ;
NEW : 'New' ;
NEW_LOWER : 'new' ;
NEWLY : 'newly' ;
NO : 'No' ;
NON_REMOVABLE : 'non-removable' ;
NON_TERMINAL : 'non-terminal' ;
NONE : 'None' ;
NOT : 'Not' ;
NOT_LOWER : 'not' ;
NOTICE : 'notice' ;
NOTIFICATION : 'notification' ;
NOTIFYING : 'Notifying' ;
NOW : 'Now' ;
OBTAINED_LOWER : 'obtained' ;
OCCURRED : 'occurred' ;
OF : 'of' ;
OFFERS : 'offers' ;
OLD : 'old' ;
ON : 'on' ;
ONGOING : 'ongoing' ;
ONLY : 'only' ;
OPENED : 'Opened' ;
OPERATIONS : 'operations' ;
OR : 'or' ;
ORDER_LOWER : 'order' ;
ORPHANED : 'orphaned' ;
OUT : 'out' ;
OVER : 'over' ;
PARTICIPATE : 'participate' ;
PARTITION_AWARE : 'partition-aware' ;
PASS : 'pass' ;
PATH : 'path' ;
PAXOS : 'Paxos' ;
PEER : 'peer' ;
PERFORMING : 'Performing' ;
PERIODIC_LOWER : 'periodic' ;
PERSISTED : 'Persisted' ;
PERSISTING : 'Persisting' ;
PIDS : 'PIDs' ;
PONG : 'pong' ;
POSITION : 'position' ;
POSITIONS : 'positions' ;
POSSIBLY : 'Possibly' ;
POST_RECOVERY : 'Post-recovery' ;
PREVIOUS : 'previous' ;
PROCESS : 'process' ;
PROCESSING : 'Processing' ;
PROGRESS : 'progress' ;
PROMISE : 'promise' ;
PROMISED : 'promised' ;
PROPOSAL : 'proposal' ;
PROTOBUF : 'Protobuf' ;
PROTOCOL : 'protocol' ;
RAN_LOWER : 'ran' ;
RATE : 'rate' ;
RE_ADMITTED : 'Re-admitted' ;
RE_ADMITTING : 'Re-admitting' ;
RE_ELECTED : 'Re-elected' ;
RE_REGISTER : 're-register' ;
RE_REGISTERED : 'Re-registered' ;
RE_REGISTERED_LOWER : 're-registered' ;
RE_REGISTERING : 'Re-registering' ;
RE_REGISTERING_LOWER : 're-registering' ;
RE_REGISTRATION : 're-registration' ;
REACHED_DOT : 'reached.' ;
REACTIVATED : 'reactivated' ;
REACTIVATING : 'Reactivating' ;
READMISSION : 'readmission' ;
READMIT_LOWER : 'readmit' ;
READMITTED : 'readmitted' ;
RECEIVED : 'Received' ;
RECEIVED_LOWER : 'received' ;
RECONCILE_LOWER : 'reconcile' ;
RECONCILIATION : 'reconciliation' ;
RECONCILING : 'reconciling' ;
RECONNECT : 'reconnect' ;
RECONNECTED : 'reconnected' ;
RECONTENDING : 'recontending' ;
RECOVER_TITLE : 'Recover' ;
RECOVER : 'recover' ;
RECOVERED : 'Recovered' ;
RECOVERED_LOWER : 'recovered' ;
RECOVERING : 'Recovering' ;
RECOVERING_LOWER : 'recovering' ;
RECOVERY : 'Recovery' ;
RECOVERY_LOWER : 'recovery' ;
REFUSING : 'Refusing' ;
REGISTER : 'register' ;
REGISTERED : 'Registered' ;
REGISTERED_LOWER : 'registered' ;
REGISTERING : 'Registering' ;
REGISTRAR : 'Registrar' ;
REGISTRAR_LOWER : 'registrar' ;
REGISTRATION : 'registration' ;
REGISTRY : 'Registry' ;
REGISTRY_LOWER : 'registry' ;
REMOVAL : 'removal' ;
REMOVE : 'remove' ;
REMOVED : 'Removed' ;
REMOVED_LOWER : 'removed' ;
REMOVING : 'Removing' ;
REMOVING_LOWER : 'removing' ;
RENEWING : 'Renewing' ;
REPLICA : 'Replica' ;
REPLICA_LOWER : 'replica' ;
REPLICATED : 'Replicated' ;
REPLY : 'reply' ;
REQUEST : 'request' ;
REQUESTED_LOWER : 'requested' ;
REREGISTER : 'reregister' ;
REREGISTERED : 'reregistered' ;
REREGISTERING : 'reregistering' ;
REREGISTRATION : 'reregistration' ;
RESENDING : 'resending' ;
RESOURCES : 'resources' ;
RESPONSE : 'response' ;
RETRIED : 'retried' ;
RETRYING : 'retrying' ;
RUNNING : 'running' ;
SCHEDULING : 'Scheduling' ;
SECOND : 'second' ;
SEND : 'send' ;
SENDING : 'Sending' ;
SENDING_LOWER : 'sending' ;
SESSION : 'session' ;
SESSIONID : 'sessionId' ;
SHA : 'SHA' ;
SHUT_LOWER : 'shut' ;
SHUTDOWN : 'shutdown' ;
SHUTTING : 'Shutting' ;
SHUTTING_LOWER : 'shutting' ;
SINCE : 'since' ;
SKIPPING : 'Skipping' ;
SLAVE : 'Slave' ;
SLAVE_LOWER : 'slave' ;
SLAVES : 'slaves' ;
SOCKET : 'socket' ;
START : 'start' ;
STARTED : 'started' ;
STARTING : 'Starting' ;
STARTUP : 'startup' ;
STATE : 'state' ;
STATUS : 'Status' ;
STATUS_LOWER : 'status' ;
SUBSCRIBE : 'SUBSCRIBE' ;
SUBSCRIBE_LOWER : 'subscribe' ;
SUBSCRIBED_LOWER : 'subscribed' ;
SUBSCRIBING : 'Subscribing' ;
SUBSCRIPTION : 'subscription' ;
SUCCESSFULLY : 'Successfully' ;
SUFFICIENT_LOWER : 'sufficient' ;
SUICIDE : 'suicide' ;
SYNCING : 'Syncing' ;
TAG : 'tag' ;
TASK : 'Task' ;
TASK_LOWER : 'task' ;
TASK_LOST : 'TASK_LOST' ;
TASKS : 'tasks' ;
TEARDOWN : 'TEARDOWN' ;
TELLING : 'Telling' ;
TERMINATED_LOWER : 'terminated' ;
TERMINATING : 'terminating' ;
THAT : 'that' ;
THE : 'The' ;
THE_LOWER : 'the' ;
TIMED : 'Timed' ;
TIMEOUT : 'timeout' ;
TO : 'to' ;
TOOK : 'took' ;
TRANSITION : 'transition' ;
TRIGGERED : 'Triggered' ;
TRYING : 'Trying' ;
UNABLE : 'Unable' ;
UNAUTHENTICATED : 'unauthenticated' ;
UNHANDLED : 'Unhandled' ;
UNKNOWN_TITLE : 'Unknown' ;
UNKNOWN : 'unknown' ;
UNREACHABLE : 'UNREACHABLE' ;
UNREACHABLE_LOWER : 'unreachable' ;
UNREGISTER : 'unregister' ;
UPDATE : 'update' ;
UPDATED : 'updated' ;
UPDATING : 'Updating' ;
UPID : 'UPID' ;
USE_LOWER : 'use' ;
USED : 'used' ;
USING : 'Using' ;
USING_LOWER : 'using' ;
UUID : 'UUID' ;
VALUE : 'value' ;
VERSION : 'Version' ;
WAITING : 'waiting' ;
WARNING : 'WARNING' ;
WAS : 'was' ;
WATCH : 'watch' ;
WILL_LOWER : 'will' ;
WITH : 'with' ;
WITHDRAW : 'Withdraw' ;
WITHDRAW_LOWER : 'withdraw' ;
WITHDRAWING : 'Withdrawing' ;
WITHDRAWING_LOWER : 'withdrawing' ;
WITHIN : 'within' ;
WRITE : 'write' ;
WRITER : 'Writer' ;
WRITER_LOWER : 'writer' ;
YET_LOWER : 'yet' ;
ZK : 'ZK' ;
ZOO_SESSION_EVENT : 'ZOO_SESSION_EVENT' ;
ZOOKEEPER : 'ZooKeeper' ;
ZOOKEEPER_DOT : 'ZooKeeper.' ;
ZOOKEEPER_INIT : 'zookeeper_init' ;
// END KEYWORDS

/** A libprocess pid: {@code slave(1)@10.0.2.22:5051}, {@code master@10.0.1.13:5050}, {@code scheduler-<uuid>@ip:port}. */
PID
    : [A-Za-z_] [A-Za-z0-9_\-()]* '@' [A-Za-z0-9_.\-]+ ':' [0-9]+
    ;

HOST_PORT
    : [A-Za-z0-9_.\-]+ ':' [0-9]+
    ;

// BEGIN PUNCTUATION
LEFT_PAREN : '(' ;
RIGHT_PAREN : ')' ;
COLON : ':' ;
SEMICOLON : ';' ;
COMMA : ',' ;
LEFT_BRACKET : '[' ;
RIGHT_BRACKET : ']' ;
LEFT_BRACE : '{' ;
RIGHT_BRACE : '}' ;
QUOTE : '\'' ;
BANG : '!' ;
EQUALS : '=' ;
SLASH : '/' ;
// END PUNCTUATION

ATOM
    : ~[ \t\r\n()'[\]{};,:!=]+
    ;

/** Continuation lines are joined to their message with a newline; inside a message it separates like a space. */
MESSAGE_SPACE
    : [ \t\r\n]+ -> skip
    ;
