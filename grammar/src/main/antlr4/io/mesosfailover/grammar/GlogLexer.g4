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

/** A file name glued to the record as grep prints it ({@code mesos-master.INFO:I1030 ...}), or grep's line number. */
GREP_PREFIX
    : [A-Za-z0-9_.\-/]+ ':'
    ;

/** A line number in front of the record, as an editor shows the line ({@code 127 I0529 ...}). */
LINE_NUMBER_PREFIX
    : DIGIT+ ' '+
    ;

/**
 * Any other word in front of a glog record (a tag, a host, a level), at most three of them (see {@code otherPrefix}).
 * A colon only at its end: a name glued to the record by a colon is a GREP_PREFIX. Defined last, so that a line
 * start of any other kind wins a tie.
 */
OTHER_WORD
    : [A-Za-z_[] ~[ \t\r\n|:]* ':'? ' '+
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
IN_MEMORY : '"in-memory"' ;
PERCENT : '%' ;
STAR : '*' ;
STARS_RULE : '**************************************************' ;
DASHES_RULE : '----------------------------------------------------' ;
FLAG_ACLS : '--acls' ;
FLAG_AGENT_REREGISTER_TIMEOUT : '--agent_reregister_timeout' ;
FLAG_AUTHENTICATE : '--authenticate' ;
FLAG_AUTHENTICATE_SLAVES : '--authenticate_slaves' ;
FLAG_CREDENTIALS : '--credentials' ;
FLAG_MODULES : '--modules' ;
FLAG_OFFER_TIMEOUT : '--offer_timeout' ;
FLAG_QUORUM : '--quorum' ;
FLAG_RECOVERY_AGENT_REMOVAL_PERCENT_LIMIT : '--recovery_agent_removal_percent_limit' ;
FLAG_RECOVERY_SLAVE_REMOVAL_PERCENT_LIMIT : '--recovery_slave_removal_percent_limit' ;
FLAG_REGISTRY_STRICT : '--registry_strict' ;
FLAG_ROLES : '--roles' ;
FLAG_SLAVE_REREGISTER_TIMEOUT : '--slave_reregister_timeout' ;
FLAG_WEIGHTS : '--weights' ;
FLAG_WORK_DIR : '--work_dir' ;
ARROW : '->' ;
DOT : '.' ;
ELLIPSIS : '...' ;
SYMBOL : '//' ;
MESOS_DOT_APACHE_DOT_ORG_DOCUMENTATION_LATEST_DOWNGRADES : '//mesos.apache.org/documentation/latest/downgrades' ;
NUMBER_0_PERCENT_100_PERCENT : '0%-100%' ;
NUMBER_0_DOT_27 : '0.27' ;
DIGIT_1 : '1' ;
NUMBER_1_DOT_0 : '1.0' ;
NUMBER_2_DOT_0 : '2.0' ;
NUMBER_365 : '365' ;
NUMBER : '<Number' ;
TICK : '`' ;
TICK_AUTHENTICATE_HTTP_FRAMEWORKS_TICK : '`--authenticate_http_frameworks`' ;
TICK_HTTP_FRAMEWORK_AUTHENTICATORS_TICK : '`--http_framework_authenticators`' ;
TICK_MAIN : '`main' ;
TICK_PROCESS : '`process' ;
A : 'A' ;
A_LOWER : 'a' ;
ABORTING : 'Aborting' ;
ABORTING_LOWER : 'aborting' ;
ABOUT_LOWER : 'about' ;
ACCEPT : 'ACCEPT' ;
ACCEPT_LOWER : 'accept' ;
ACCEPT_INVERSE_OFFERS : 'ACCEPT_INVERSE_OFFERS' ;
ACCESSIBLE_LOWER : 'accessible' ;
ACCOUNT_LOWER : 'account' ;
ACKNOWLEDGE : 'ACKNOWLEDGE' ;
ACKNOWLEDGE_OPERATION_STATUS : 'ACKNOWLEDGE_OPERATION_STATUS' ;
ACKNOWLEDGEMENT : 'acknowledgement' ;
ACQUISITION_LOWER : 'acquisition' ;
ACTION_TITLE : 'Action' ;
ACTION : 'action' ;
ACTIVATED : 'Activated' ;
ACTIVE_LOWER : 'active' ;
ADD_LOWER : 'add' ;
ADDED : 'Added' ;
ADDED_LOWER : 'added' ;
ADDING : 'Adding' ;
ADDITIONAL_LOWER : 'additional' ;
ADMIT_LOWER : 'admit' ;
ADMITTED : 'Admitted' ;
ADMITTED_LOWER : 'admitted' ;
ADVERTISING : 'Advertising' ;
AFTER_TITLE : 'After' ;
AFTER : 'after' ;
AGAIN : 'again' ;
AGENT : 'Agent' ;
AGENT_LOWER : 'agent' ;
AGENT_REMOVAL_RATE_LIMIT_LOWER : 'agent_removal_rate_limit' ;
AGENTS : 'agents' ;
AGENTS_DURATION_LOWER : 'agents>/<Duration>' ;
AGGREGATE_DEFAULT_QPS_LOWER : 'aggregate_default_qps' ;
ALL_LOWER : 'all' ;
ALLOCATABLE_LOWER : 'allocatable' ;
ALLOCATE_LOWER : 'allocate' ;
ALLOCATED_LOWER : 'allocated' ;
ALLOCATING : 'Allocating' ;
ALLOCATION : 'Allocation' ;
ALLOCATION_LOWER : 'allocation' ;
ALLOCATIONS_LOWER : 'allocations' ;
ALLOCATOR : 'allocator' ;
ALLOWED_LOWER : 'allowed' ;
ALLOWING : 'Allowing' ;
ALLOWING_LOWER : 'allowing' ;
ALREADY : 'already' ;
AMOUNT_LOWER : 'amount' ;
AN_TITLE : 'An' ;
AN : 'an' ;
AND : 'and' ;
ANONYMOUS_LOWER : 'anonymous' ;
ANOTHER : 'another' ;
ANY : 'ANY' ;
API : 'API' ;
APPEND_LOWER : 'append' ;
APPLIED : 'Applied' ;
APPLY_LOWER : 'apply' ;
APPLYING : 'Applying' ;
APPROVE_LOWER : 'approve' ;
ARE_LOWER : 'are' ;
ARGUMENT_LOWER : 'argument' ;
AS : 'as' ;
ASKED : 'Asked' ;
ASKING : 'asking' ;
ASSERTION_LOWER : 'assertion' ;
AT : 'at' ;
ATTACH_LOWER : 'attach' ;
ATTACHED_LOWER : 'attached' ;
ATTEMPING : 'attemping' ;
ATTEMPT : 'attempt' ;
ATTEMPTED : 'attempted' ;
ATTEMPTING : 'Attempting' ;
ATTEMPTING_LOWER : 'attempting' ;
ATTRIBUTECONSTRAINT : 'AttributeConstraint' ;
AUTHENTICATE_LOWER : 'authenticate' ;
AUTHENTICATED : 'authenticated' ;
AUTHENTICATING : 'Authenticating' ;
AUTHENTICATION : 'Authentication' ;
AUTHENTICATION_LOWER : 'authentication' ;
AUTHENTICATOR : 'Authenticator' ;
AUTHENTICATOR_LOWER : 'authenticator' ;
AUTHENTICATORS_LOWER : 'authenticators' ;
AUTHORIZATION : 'Authorization' ;
AUTHORIZATION_LOWER : 'authorization' ;
AUTHORIZED : 'Authorized' ;
AUTHORIZER_LOWER : 'authorizer' ;
AUTHORIZERS_LOWER : 'authorizers' ;
AUTHORIZING : 'Authorizing' ;
AUTHORIZING_LOWER : 'authorizing' ;
AUXILIARY_LOWER : 'auxiliary' ;
AVAILABLE_LOWER : 'available' ;
BACK_LOWER : 'back' ;
BASED_LOWER : 'based' ;
BATCH_LOWER : 'batch' ;
BE : 'be' ;
BECAUSE : 'because' ;
BECAUSETHE : 'becausethe' ;
BEEN : 'been' ;
BEFORE_TITLE : 'Before' ;
BEFORE : 'before' ;
BEGINNING_LOWER : 'beginning' ;
BEING : 'being' ;
BELONGING_LOWER : 'belonging' ;
BELONGS_LOWER : 'belongs' ;
BELOW_LOWER : 'below' ;
BIG_LOWER : 'big' ;
BINARY : 'binary' ;
BLOCK_LOWER : 'block' ;
BOUND : 'bound' ;
BROADCASTED_LOWER : 'broadcasted' ;
BROADCASTING_LOWER : 'broadcasting' ;
BUILD : 'Build' ;
BUT : 'but' ;
BY : 'by' ;
BYTES : 'bytes' ;
CALL : 'call' ;
CALLED_LOWER : 'called' ;
CAN_TITLE : 'Can' ;
CAN : 'can' ;
CANCELING : 'Canceling' ;
CANCELLED : 'cancelled' ;
CANCELLING : 'cancelling' ;
CANDIDACY : 'candidacy' ;
CANDIDATE : 'candidate' ;
CANNOT : 'Cannot' ;
CANNOT_LOWER : 'cannot' ;
CAPABILITIES : 'capabilities' ;
CAPABILITY_LOWER : 'capability' ;
CAPABLE_LOWER : 'capable' ;
CAPACITY_LOWER : 'capacity' ;
CATCH_UP : 'catch-up' ;
CHANGED : 'changed' ;
CHANGES_LOWER : 'changes' ;
CHECK_TITLE : 'Check' ;
CHECK : 'check' ;
CHECKPOINTED_LOWER : 'checkpointed' ;
CHECKPOINTING : 'checkpointing' ;
CLEANUP_LOWER : 'cleanup' ;
CLEARED_LOWER : 'cleared' ;
CLEARING_LOWER : 'clearing' ;
CLOSE_LOWER : 'close' ;
CLOSED_LOWER : 'closed' ;
CLUSTER_LOWER : 'cluster' ;
CODE_LOWER : 'code' ;
COLLECT_LOWER : 'collect' ;
COLLECTED : 'collected' ;
COLLECTING_LOWER : 'collecting' ;
COLLECTION_LOWER : 'collection' ;
COMMITTING : 'committing' ;
COMPACTED : 'Compacted' ;
COMPARE_LOWER : 'compare' ;
COMPLETE_LOWER : 'complete' ;
COMPLETED : 'Completed' ;
COMPLETED_LOWER : 'completed' ;
CONCEDED : 'Conceded' ;
CONFIG_LOWER : 'config' ;
CONFIGURATION_LOWER : 'configuration' ;
CONFIGURED_LOWER : 'configured' ;
CONJUNCTION_LOWER : 'conjunction' ;
CONNECT : 'connect' ;
CONNECT_DOT_LOWER : 'connect.' ;
CONNECTED : 'connected' ;
CONNECTION : 'connection' ;
CONSULTING : 'Consulting' ;
CONSUMED_LOWER : 'consumed' ;
CONSUMPTION_LOWER : 'consumption' ;
CONTAIN_LOWER : 'contain' ;
CONTAINS_LOWER : 'contains' ;
CONTEND : 'Contend' ;
CONTEND_LOWER : 'contend' ;
CONTENDER_LOWER : 'contender' ;
CONTENTS_LOWER : 'contents' ;
CONTEST : 'contest' ;
COORDINATOR : 'Coordinator' ;
CORRESPOND_LOWER : 'correspond' ;
COULD : 'Could' ;
COULD_LOWER : 'could' ;
CPUS : 'CPUs' ;
CRAM_MD5 : 'CRAM-MD5' ;
CREATE_TITLE : 'CREATE' ;
CREATE : 'create' ;
CREATE_BLOCK : 'CREATE_BLOCK' ;
CREATE_DISK : 'CREATE_DISK' ;
CREATE_VOLUME : 'CREATE_VOLUME' ;
CREATED : 'Created' ;
CREATING : 'Creating' ;
CREDENTIAL_LOWER : 'credential' ;
CREDENTIALS : 'Credentials' ;
CREDENTIALS_LOWER : 'credentials' ;
CURRENT_TITLE : 'Current' ;
CURRENT : 'current' ;
DATA : 'data' ;
DAYS_LOWER : 'days' ;
DB : 'db' ;
DEACTIVATE_LOWER : 'deactivate' ;
DEACTIVATED : 'Deactivated' ;
DEACTIVATED_LOWER : 'deactivated' ;
DEACTIVATING : 'Deactivating' ;
DECLINE : 'DECLINE' ;
DECLINE_LOWER : 'decline' ;
DECLINE_INVERSE_OFFERS : 'DECLINE_INVERSE_OFFERS' ;
DECLINING_LOWER : 'declining' ;
DEFAULT : 'default' ;
DEFAULT_DOT_LOWER : 'default.' ;
DELETE_LOWER : 'delete' ;
DELETING : 'Deleting' ;
DENYING : 'denying' ;
DEPRECATED : 'deprecated' ;
DEPRECATED_DOT_LOWER : 'deprecated.' ;
DESTROY : 'DESTROY' ;
DESTROY_LOWER : 'destroy' ;
DESTROY_BLOCK : 'DESTROY_BLOCK' ;
DESTROY_DISK : 'DESTROY_DISK' ;
DESTROY_VOLUME : 'DESTROY_VOLUME' ;
DETECT : 'detect' ;
DETECTED : 'Detected' ;
DETECTED_LOWER : 'detected' ;
DETECTION_LOWER : 'detection' ;
DETECTOR_LOWER : 'detector' ;
DETERMINE_LOWER : 'determine' ;
DETERMINED_LOWER : 'determined' ;
DID : 'did' ;
DIFF_LOWER : 'diff' ;
DIFFERENT : 'different' ;
DIRECTORY_LOWER : 'directory' ;
DISABLED_LOWER : 'disabled' ;
DISALLOWING : 'Disallowing' ;
DISAPPEARED_LOWER : 'disappeared' ;
DISCARDED_LOWER : 'discarded' ;
DISCARDING_LOWER : 'discarding' ;
DISCONNECTED_TITLE : 'Disconnected' ;
DISCONNECTED : 'disconnected' ;
DISCONNECTING : 'Disconnecting' ;
DISCONNECTING_LOWER : 'disconnecting' ;
DISCONNECTION : 'disconnection' ;
DISK_LOWER : 'disk' ;
DOCUMENTATION_LOWER : 'documentation' ;
DOES_LOWER : 'does' ;
DOMAIN_LOWER : 'domain' ;
DOMAIN_DOT_LOWER : 'domain.' ;
DOMAIN_DOT_IGNORING_LOWER : 'domain.Ignoring' ;
DOMAINS_DOT_LOWER : 'domains.' ;
DOWN : 'down' ;
DRAINED : 'DRAINED' ;
DRAINING : 'DRAINING' ;
DROPPING : 'Dropping' ;
DROPPING_LOWER : 'dropping' ;
DUE : 'due' ;
DUPLICATE_TITLE : 'Duplicate' ;
DUPLICATE : 'duplicate' ;
DURING : 'during' ;
ELECTED : 'Elected' ;
ELECTED_LOWER : 'elected' ;
ELECTED_DOT : 'elected.' ;
ELECTION_LOWER : 'election' ;
ELECTION_ELLIPSIS : 'election...' ;
EMPTY : 'Empty' ;
EMPTY_LOWER : 'empty' ;
ENABLED_LOWER : 'enabled' ;
ENDING : 'ending' ;
ENSURE_LOWER : 'ensure' ;
ENTERED : 'entered' ;
ERASING : 'Erasing' ;
ERROR : 'ERROR' ;
ERROR_TITLE : 'Error' ;
ERROR_LOWER : 'error' ;
ESCALATING_LOWER : 'escalating' ;
EVEN_LOWER : 'even' ;
EVENT_LOWER : 'event' ;
EXCEEDED : 'exceeded' ;
EXECUTOR_TITLE : 'Executor' ;
EXECUTOR : 'executor' ;
EXECUTORS_LOWER : 'executors' ;
EXIST_LOWER : 'exist' ;
EXISTING : 'existing' ;
EXIT : 'EXIT' ;
EXITED_LOWER : 'exited' ;
EXITED_PARENS : 'exited()' ;
EXITING_LOWER : 'exiting' ;
EXPECTED : 'expected' ;
EXPECTING_LOWER : 'expecting' ;
EXPIRATION : 'expiration' ;
EXPIRED : 'expired' ;
EXPLICIT : 'explicit' ;
FAILED : 'Failed' ;
FAILED_LOWER : 'failed' ;
FAILOVER : 'failover' ;
FAILOVER_TIMEOUT : 'failover_timeout' ;
FAILURE_LOWER : 'failure' ;
FAILURES_LOWER : 'failures' ;
FALSE_LOWER : 'false' ;
FD : 'fd' ;
FEEDBACK_LOWER : 'feedback' ;
FETCHED : 'fetched' ;
FIELD_LOWER : 'field' ;
FILE_LOWER : 'file' ;
FILL : 'fill' ;
FILTER_LOWER : 'filter' ;
FILTERED : 'Filtered' ;
FILTERED_LOWER : 'filtered' ;
FILTERING_LOWER : 'filtering' ;
FILTERS_LOWER : 'filters' ;
FIND_LOWER : 'find' ;
FINISH : 'finish' ;
FIRST_LOWER : 'first' ;
FLAG : 'flag' ;
FLAG_DOT_LOWER : 'flag.' ;
FLAGS : 'Flags' ;
FOLLOWER_ELLIPSIS : 'follower...' ;
FOLLOWING_LOWER : 'following' ;
FOR : 'for' ;
FORCE_LOWER : 'force' ;
FORCING : 'Forcing' ;
FORM_LOWER : 'form' ;
FORMAT_TITLE : 'Format' ;
FORMAT : 'format' ;
FORWARDING : 'Forwarding' ;
FORWARDING_LOWER : 'forwarding' ;
FOUND : 'Found' ;
FOUND_LOWER : 'found' ;
FOUND_DOT_LOWER : 'found.' ;
FQDN : 'FQDN' ;
FRAMEWORK : 'Framework' ;
FRAMEWORK_LOWER : 'framework' ;
FRAMEWORK_UPDATED : 'FRAMEWORK_UPDATED' ;
FRAMEWORKINFO : 'FrameworkInfo' ;
FRAMEWORKINFO_LOWER : 'frameworkInfo' ;
FRAMEWORKINFO_DOT_CHECKPOINT : 'FrameworkInfo.checkpoint' ;
FRAMEWORKINFO_DOT_PRINCIPAL : 'FrameworkInfo.principal' ;
FRAMEWORKINFO_DOT_ROLE : 'FrameworkInfo.role' ;
FRAMEWORKINFO_DOT_USER : 'FrameworkInfo.user' ;
FRAMEWORKS : 'frameworks' ;
FROM : 'from' ;
FUNCTION_LOWER : 'function' ;
FUTURE_LOWER : 'future' ;
FUTURE_DOT_LOWER : 'future.' ;
GARBAGE : 'Garbage' ;
GARBAGE_LOWER : 'garbage' ;
GET : 'get' ;
GETTING_LOWER : 'getting' ;
GIT : 'Git' ;
GIVEN_DOT_LOWER : 'given.' ;
GIVING : 'Giving' ;
GONE : 'gone' ;
GREATER_LOWER : 'greater' ;
GREW : 'Grew' ;
GROUP : 'Group' ;
GROUP_LOWER : 'group' ;
GROW_VOLUME : 'GROW_VOLUME' ;
GUARANTEES_LOWER : 'guarantees' ;
HAD_LOWER : 'had' ;
HANDLER_LOWER : 'handler' ;
HANDLING : 'Handling' ;
HAPPENS_LOWER : 'happens' ;
HAS : 'has' ;
HAVE_LOWER : 'have' ;
HEADROOM_LOWER : 'headroom' ;
HEALTH : 'health' ;
HEALTHCHECK : 'HealthCheck' ;
HEARTBEAT_LOWER : 'heartbeat' ;
HELD_LOWER : 'held' ;
HEURISTIC_LOWER : 'heuristic' ;
HIERARCHICAL_LOWER : 'hierarchical' ;
HIERARCHICAL_ROLE : 'HIERARCHICAL_ROLE' ;
HOOKS_LOWER : 'hooks' ;
HOST_LOWER : 'host' ;
HOSTNAME : 'hostname' ;
HTTP : 'HTTP' ;
HTTP_LOWER : 'http' ;
ID_TITLE : 'ID' ;
ID : 'id' ;
IF_LOWER : 'if' ;
IGNORED : 'Ignored' ;
IGNORES : 'ignores' ;
IGNORING : 'Ignoring' ;
IGNORING_LOWER : 'ignoring' ;
IMPLICIT : 'implicit' ;
IMPLICITLY : 'Implicitly' ;
IN : 'in' ;
IN_MEMORY_LOWER : 'in-memory' ;
INACTIVE_LOWER : 'inactive' ;
INDECISIVE : 'indecisive' ;
INFO : 'INFO' ;
INFO_LOWER : 'info' ;
INFORMATION_LOWER : 'information' ;
INITIALIZE_LOWER : 'initialize' ;
INITIALIZED : 'Initialized' ;
INITIALIZED_LOWER : 'initialized' ;
INITIALIZED_DOT : 'initialized.' ;
INITIALIZING : 'Initializing' ;
INPUT : 'input' ;
INSIDE_LOWER : 'inside' ;
INSTALLING_LOWER : 'installing' ;
INSTEAD_LOWER : 'instead' ;
INTERFACE : 'interface' ;
INVALID_TITLE : 'Invalid' ;
INVALID : 'invalid' ;
INVERSE_LOWER : 'inverse' ;
INVOCATION_LOWER : 'invocation' ;
IP : 'IP' ;
IS : 'is' ;
IT_TITLE : 'It' ;
IT : 'it' ;
ITERATED : 'Iterated' ;
ITERATOR_LOWER : 'iterator' ;
ITS_LOWER : 'its' ;
JOIN : 'join' ;
JOINED_TITLE : 'Joined' ;
JOINED : 'joined' ;
JOINING : 'Joining' ;
JSON_LOWER : 'json' ;
KEY_LOWER : 'key' ;
KEYS_LOWER : 'keys' ;
KILL_TITLE : 'KILL' ;
KILL : 'kill' ;
KILLED_DOT_LOWER : 'killed.' ;
KILLING : 'Killing' ;
KNOWN_LOWER : 'known' ;
LATER_LOWER : 'later' ;
LATEST : 'latest' ;
LAUNCH : 'Launch' ;
LAUNCH_LOWER : 'launch' ;
LAUNCHING : 'Launching' ;
LEAD_LOWER : 'lead' ;
LEADER : 'leader' ;
LEADER_ELLIPSIS : 'leader...' ;
LEADERSHIP : 'leadership' ;
LEADERSHIP_ELLIPSIS : 'leadership...' ;
LEADING : 'Leading' ;
LEADING_LOWER : 'leading' ;
LEARNED : 'learned' ;
LEARNT_LOWER : 'learnt' ;
LEAST_LOWER : 'least' ;
LESS_LOWER : 'less' ;
LEVEL : 'level' ;
LEVEL_DOT_LOWER : 'level.' ;
LEVELDB : 'leveldb' ;
LIMIT : 'limit' ;
LIMITED : 'limited' ;
LIMITING_LOWER : 'limiting' ;
LIMITS_LOWER : 'limits' ;
LINK : 'link' ;
LIST_LOWER : 'list' ;
LOADED : 'Loaded' ;
LOADED_LOWER : 'loaded' ;
LOADING : 'Loading' ;
LOADING_LOWER : 'loading' ;
LOG : 'log' ;
LOGGING_TITLE : 'Logging' ;
LOGGING : 'logging' ;
LOGGING_LEVEL_LOWER : 'logging_level' ;
LONGER_LOWER : 'longer' ;
LOOKING : 'Looking' ;
LOOKUP_LOWER : 'lookup' ;
LOOPBACK : 'loopback' ;
LOST : 'Lost' ;
LOST_LOWER : 'lost' ;
MACHINEID : 'MachineID' ;
MADE : 'made' ;
MANDATORY_LOWER : 'mandatory' ;
MARK : 'mark' ;
MARKED : 'Marked' ;
MARKED_LOWER : 'marked' ;
MARKING : 'Marking' ;
MARKING_LOWER : 'marking' ;
MASTER : 'Master' ;
MASTER_LOWER : 'master' ;
MASTER_ELLIPSIS : 'master...' ;
MAXIMUM_LOWER : 'maximum' ;
MECHANISM_LOWER : 'mechanism' ;
MECHANISMS_LOWER : 'mechanisms' ;
MEMBERS : 'members' ;
MEMBERSHIP : 'Membership' ;
MEMBERSHIP_LOWER : 'membership' ;
MEMBERSHIPS : 'memberships' ;
MEMORY_LOWER : 'memory' ;
MESOS : 'Mesos' ;
MESOS_703 : 'MESOS-703' ;
MESOS_8536 : 'MESOS-8536' ;
MESSAGE_TITLE : 'MESSAGE' ;
MESSAGE : 'message' ;
METADATA : 'metadata' ;
METHOD_LOWER : 'method' ;
MIN_ALLOCATABLE_RESOURCES_LOWER : 'min_allocatable_resources' ;
MINIMUM_LOWER : 'minimum' ;
MISSING_TITLE : 'Missing' ;
MISSING : 'missing' ;
MODE_LOWER : 'mode' ;
MODULE_LOWER : 'module' ;
MODULES_LOWER : 'modules' ;
MONITOR_LOWER : 'monitor' ;
MORE_LOWER : 'more' ;
MULTI_ROLE : 'MULTI_ROLE' ;
MULTIPLE : 'Multiple' ;
MUST : 'Must' ;
MUST_LOWER : 'must' ;
NAME_LOWER : 'name' ;
NAMED_LOWER : 'named' ;
NEED : 'Need' ;
NEEDED_LOWER : 'needed' ;
NEGATIVE_LOWER : 'negative' ;
NEW : 'New' ;
NEW_LOWER : 'new' ;
NEWLY : 'newly' ;
NO : 'No' ;
NO_LOWER : 'no' ;
NODE_LOWER : 'node' ;
NON_AUTHENTICATING_LOWER : 'non-authenticating' ;
NON_CHECKPOINTING_LOWER : 'non-checkpointing' ;
NON_FIRST_CLASS : 'Non-first-class' ;
NON_REMOVABLE : 'non-removable' ;
NON_SEQUENCE_LOWER : 'non-sequence' ;
NON_TERMINAL : 'non-terminal' ;
NONE : 'None' ;
NOT_TITLE : 'NOT' ;
NOT : 'Not' ;
NOT_LOWER : 'not' ;
NOTES_LOWER : 'notes' ;
NOTICE : 'notice' ;
NOTIFICATION : 'notification' ;
NOTIFYING : 'Notifying' ;
NOW : 'Now' ;
NOW_LOWER : 'now' ;
NUMBER_LOWER : 'number' ;
OBSERVED_LOWER : 'observed' ;
OBTAINED_LOWER : 'obtained' ;
OCCURRED : 'occurred' ;
OCURRED_LOWER : 'ocurred' ;
OF : 'of' ;
OFFER_LOWER : 'offer' ;
OFFER_IDS_LOWER : 'offer_ids' ;
OFFERED_LOWER : 'offered' ;
OFFERING : 'Offering' ;
OFFERS : 'offers' ;
OLD : 'old' ;
OLDEST_LOWER : 'oldest' ;
ON : 'on' ;
ONE_LOWER : 'one' ;
ONEOF_LOWER : 'oneof' ;
ONGOING : 'ongoing' ;
ONLY_TITLE : 'Only' ;
ONLY : 'only' ;
OPEN_LOWER : 'open' ;
OPEN_DOT_LOWER : 'open.' ;
OPENED : 'Opened' ;
OPERATION_LOWER : 'operation' ;
OPERATIONS : 'operations' ;
OPERATOR_LOWER : 'operator' ;
OPTION_LOWER : 'option' ;
OR : 'or' ;
ORDER_LOWER : 'order' ;
ORIGINAL_LOWER : 'original' ;
ORPHAN_LOWER : 'orphan' ;
ORPHANED : 'orphaned' ;
OTHERS_LOWER : 'others' ;
OTHERS_DOT_LOWER : 'others.' ;
OUT : 'out' ;
OUTSTANDING_LOWER : 'outstanding' ;
OVER : 'over' ;
OVERCOMMIT_LOWER : 'overcommit' ;
OVERRIDE_LOWER : 'override' ;
OVERSUBSCRIBED_LOWER : 'oversubscribed' ;
PARSE_LOWER : 'parse' ;
PARSING_LOWER : 'parsing' ;
PART_LOWER : 'part' ;
PARTICIPATE : 'participate' ;
PARTITION_AWARE : 'partition-aware' ;
PASS : 'pass' ;
PASSED_LOWER : 'passed' ;
PATH : 'path' ;
PAUSED_LOWER : 'paused' ;
PAXOS : 'Paxos' ;
PEER : 'peer' ;
PENDING_LOWER : 'pending' ;
PERFORMED : 'Performed' ;
PERFORMED_LOWER : 'performed' ;
PERFORMING : 'Performing' ;
PERIODIC_LOWER : 'periodic' ;
PERMISSIONS : 'Permissions' ;
PERSISTED : 'Persisted' ;
PERSISTENCE_LOWER : 'persistence' ;
PERSISTING : 'Persisting' ;
PID_TITLE : 'PID' ;
PIDS : 'PIDs' ;
PIPE_LOWER : 'pipe' ;
PLATFORM_LOWER : 'platform' ;
PLEASE : 'Please' ;
PLUGIN_LOWER : 'plugin' ;
PONG : 'pong' ;
POSITION : 'position' ;
POSITIONS : 'positions' ;
POSITIVE_LOWER : 'positive' ;
POSITIVE_DOT_LOWER : 'positive.' ;
POSSIBLE : 'Possible' ;
POSSIBLY : 'Possibly' ;
POSSIBLY_LOWER : 'possibly' ;
POST_RECOVERY : 'Post-recovery' ;
PREDCIATE : 'Predciate' ;
PRESENT_LOWER : 'present' ;
PREVIOUS : 'previous' ;
PRINCIPAL_LOWER : 'principal' ;
PROCESS : 'process' ;
PROCESSING : 'Processing' ;
PROGRESS : 'progress' ;
PROMISE : 'promise' ;
PROMISED : 'promised' ;
PROPERLY_LOWER : 'properly' ;
PROPERTIES_LOWER : 'properties' ;
PROPERTY_LOWER : 'property' ;
PROPOSAL : 'proposal' ;
PROTOBUF : 'Protobuf' ;
PROTOBUF_LOWER : 'protobuf' ;
PROTOCOL : 'protocol' ;
PROVIDED_LOWER : 'provided' ;
PROVIDED_DOT_LOWER : 'provided.' ;
PROVIDER_LOWER : 'provider' ;
PROVIDERS_LOWER : 'providers' ;
PROVIDING_LOWER : 'providing' ;
PSEUDOATTRIBUTE_LOWER : 'pseudoattribute' ;
PURE : 'Pure' ;
QPS_LOWER : 'qps' ;
QUEUING : 'Queuing' ;
QUOTA_LOWER : 'quota' ;
RAN_LOWER : 'ran' ;
RATE : 'rate' ;
RATELIMITS : 'RateLimits' ;
RAW : 'RAW' ;
RE_LOWER : 're' ;
RE_ADMITTED : 'Re-admitted' ;
RE_ADMITTING : 'Re-admitting' ;
RE_AUTHENTICATING : 'Re-authenticating' ;
RE_ELECTED : 'Re-elected' ;
RE_REGISTER : 're-register' ;
RE_REGISTERED : 'Re-registered' ;
RE_REGISTERED_LOWER : 're-registered' ;
RE_REGISTERING : 'Re-registering' ;
RE_REGISTERING_LOWER : 're-registering' ;
RE_REGISTRATION : 're-registration' ;
REACHED : 'Reached' ;
REACHED_LOWER : 'reached' ;
REACHED_DOT : 'reached.' ;
REACTIVATED : 'reactivated' ;
REACTIVATING : 'Reactivating' ;
READ_LOWER : 'read' ;
READING : 'Reading' ;
READING_LOWER : 'reading' ;
READMISSION : 'readmission' ;
READMIT_LOWER : 'readmit' ;
READMITTED : 'readmitted' ;
REALM_LOWER : 'realm' ;
RECEIVE_LOWER : 'receive' ;
RECEIVED : 'Received' ;
RECEIVED_LOWER : 'received' ;
RECOMMENDED_LOWER : 'recommended' ;
RECONCILE_LOWER : 'reconcile' ;
RECONCILIATION : 'reconciliation' ;
RECONCILING : 'reconciling' ;
RECONNECT : 'reconnect' ;
RECONNECTED : 'reconnected' ;
RECONTENDING : 'recontending' ;
RECORD_LOWER : 'record' ;
RECOVER_TITLE : 'Recover' ;
RECOVER : 'recover' ;
RECOVERED : 'Recovered' ;
RECOVERED_LOWER : 'recovered' ;
RECOVERING : 'Recovering' ;
RECOVERING_LOWER : 'recovering' ;
RECOVERY : 'Recovery' ;
RECOVERY_LOWER : 'recovery' ;
REDIRECT_LOWER : 'redirect' ;
REDIRECTING : 'Redirecting' ;
REFINED_LOWER : 'refined' ;
REFUSE_SECONDS_LOWER : 'refuse_seconds' ;
REFUSED_LOWER : 'refused' ;
REFUSED_DOT_LOWER : 'refused.' ;
REFUSING : 'Refusing' ;
REGISTER : 'register' ;
REGISTERED : 'Registered' ;
REGISTERED_LOWER : 'registered' ;
REGISTERING : 'Registering' ;
REGISTERING_LOWER : 'registering' ;
REGISTRAR : 'Registrar' ;
REGISTRAR_LOWER : 'registrar' ;
REGISTRATION : 'registration' ;
REGISTRY : 'Registry' ;
REGISTRY_LOWER : 'registry' ;
REGISTRY_DOT_LOWER : 'registry.' ;
RELEASE_DOT_LOWER : 'release.' ;
RELEASES_DOT_LOWER : 'releases.' ;
REMOVAL : 'removal' ;
REMOVE : 'remove' ;
REMOVED : 'Removed' ;
REMOVED_LOWER : 'removed' ;
REMOVING : 'Removing' ;
REMOVING_LOWER : 'removing' ;
RENEWING : 'Renewing' ;
REPAIRER : 'Repairer' ;
REPLICA : 'Replica' ;
REPLICA_LOWER : 'replica' ;
REPLICATED : 'Replicated' ;
REPLICATED_LOWER : 'replicated' ;
REPLY : 'reply' ;
REPORTED_LOWER : 'reported' ;
REPORTS_LOWER : 'reports' ;
REQUEST_TITLE : 'REQUEST' ;
REQUEST_2 : 'Request' ;
REQUEST : 'request' ;
REQUEST_DOT_LOWER : 'request.' ;
REQUESTED_LOWER : 'requested' ;
REQUESTING : 'Requesting' ;
REQUESTS_LOWER : 'requests' ;
REQUIRE_LOWER : 'require' ;
REQUIRED_LOWER : 'required' ;
REQUIRES_LOWER : 'requires' ;
REREGISTER : 'reregister' ;
REREGISTERED : 'reregistered' ;
REREGISTERING : 'reregistering' ;
REREGISTRATION : 'reregistration' ;
REREGISTRATION_DOT_LOWER : 'reregistration.' ;
RESCINDING : 'Rescinding' ;
RESENDING : 'resending' ;
RESERVATION_REFINEMENT_CAPABLE_DOT : 'RESERVATION_REFINEMENT-capable.' ;
RESERVATIONS_LOWER : 'reservations' ;
RESERVE : 'RESERVE' ;
RESERVE_LOWER : 'reserve' ;
RESIZE_LOWER : 'resize' ;
RESOUCES_LOWER : 'resouces' ;
RESOURCE_LOWER : 'resource' ;
RESOURCE_DOT_ALLOCATIONINFO : 'Resource.AllocationInfo' ;
RESOURCE_PROVIDER : 'RESOURCE_PROVIDER' ;
RESOURCES : 'resources' ;
RESPONSE : 'response' ;
RESULT_LOWER : 'result' ;
RESUMED_LOWER : 'resumed' ;
RETRIED : 'retried' ;
RETRYING_TITLE : 'Retrying' ;
RETRYING : 'retrying' ;
RETURNED_LOWER : 'returned' ;
RETURNING_LOWER : 'returning' ;
REVIVE : 'REVIVE' ;
REVIVE_LOWER : 'revive' ;
REVIVED : 'Revived' ;
REVIVING : 'Reviving' ;
REVOCABLE_LOWER : 'revocable' ;
REVOKED_DOT_LOWER : 'revoked.' ;
ROLE_LOWER : 'role' ;
ROLE_DOT_LOWER : 'role.' ;
ROLES_LOWER : 'roles' ;
ROOT_LOWER : 'root' ;
RUNNING : 'running' ;
S_LOWER : 's' ;
SAFELY_LOWER : 'safely' ;
SASL : 'SASL' ;
SASL_AUXPROP_AUTHZID : 'SASL_AUXPROP_AUTHZID' ;
SASL_AUXPROP_OVERRIDE : 'SASL_AUXPROP_OVERRIDE' ;
SASL_AUXPROP_VERIFY_AGAINST_HASH : 'SASL_AUXPROP_VERIFY_AGAINST_HASH' ;
SCALAR_LOWER : 'scalar' ;
SCHEDULER : 'Scheduler' ;
SCHEDULERDRIVER : 'SchedulerDriver' ;
SCHEDULING : 'Scheduling' ;
SCHEME_LOWER : 'scheme' ;
SECOND : 'second' ;
SECONDS_LOWER : 'seconds' ;
SECRET_LOWER : 'secret' ;
SEE : 'See' ;
SEE_LOWER : 'see' ;
SEEKED : 'Seeked' ;
SELECTOR : 'Selector' ;
SELECTOR_LOWER : 'selector' ;
SEND : 'send' ;
SENDING : 'Sending' ;
SENDING_LOWER : 'sending' ;
SENT_LOWER : 'sent' ;
SERVER_LOWER : 'server' ;
SESSION : 'session' ;
SESSIONID : 'sessionId' ;
SET : 'Set' ;
SET_LOWER : 'set' ;
SETTING : 'Setting' ;
SETTING_LOWER : 'setting' ;
SHA : 'SHA' ;
SHOULD_LOWER : 'should' ;
SHOULDBE_LOWER : 'shouldbe' ;
SHRINK_VOLUME : 'SHRINK_VOLUME' ;
SHUT_LOWER : 'shut' ;
SHUTDOWN_TITLE : 'SHUTDOWN' ;
SHUTDOWN : 'shutdown' ;
SHUTTING : 'Shutting' ;
SHUTTING_LOWER : 'shutting' ;
SIGABRT : 'SIGABRT' ;
SIGACTION_LOWER : 'sigaction' ;
SIGNAL_LOWER : 'signal' ;
SIGPIPE : 'SIGPIPE' ;
SIGTERM : 'SIGTERM' ;
SINCE : 'since' ;
SIZE_LOWER : 'size' ;
SKIPPED : 'Skipped' ;
SKIPPING : 'Skipping' ;
SLAVE : 'Slave' ;
SLAVE_LOWER : 'slave' ;
SLAVE_REMOVAL_RATE_LIMIT_LOWER : 'slave_removal_rate_limit' ;
SLAVES : 'slaves' ;
SLAVES_DURATION_LOWER : 'slaves>/<Duration>' ;
SO_LOWER : 'so' ;
SOCKET : 'socket' ;
SOURCE_LOWER : 'source' ;
SPECIFIED_LOWER : 'specified' ;
SPECIFY_LOWER : 'specify' ;
SPECIFYING : 'Specifying' ;
SPECIFYING_LOWER : 'specifying' ;
SPELLING_LOWER : 'spelling' ;
STALE_LOWER : 'stale' ;
START : 'start' ;
STARTED : 'started' ;
STARTING : 'Starting' ;
STARTING_LOWER : 'starting' ;
STARTS_LOWER : 'starts' ;
STARTUP : 'startup' ;
STAT_LOWER : 'stat' ;
STATE : 'state' ;
STATUS : 'Status' ;
STATUS_LOWER : 'status' ;
STEP_LOWER : 'step' ;
STEPS_LOWER : 'steps' ;
STILL_LOWER : 'still' ;
STORAGE_LOWER : 'storage' ;
STREAM_LOWER : 'stream' ;
SUBMISSIONS_LOWER : 'submissions' ;
SUBMIT_LOWER : 'submit' ;
SUBSCRIBE : 'SUBSCRIBE' ;
SUBSCRIBE_LOWER : 'subscribe' ;
SUBSCRIBED_LOWER : 'subscribed' ;
SUBSCRIBER_LOWER : 'subscriber' ;
SUBSCRIBERS_LOWER : 'subscribers' ;
SUBSCRIBING : 'Subscribing' ;
SUBSCRIPTION : 'subscription' ;
SUBTRACTING_LOWER : 'subtracting' ;
SUCCESS_LOWER : 'success' ;
SUCCESSFULLY : 'Successfully' ;
SUCCESSFULLY_LOWER : 'successfully' ;
SUFFICIENT_LOWER : 'sufficient' ;
SUICIDE : 'suicide' ;
SUPPORT_LOWER : 'support' ;
SUPPORTED_LOWER : 'supported' ;
SUPPOSED_LOWER : 'supposed' ;
SUPPRESS : 'SUPPRESS' ;
SUPPRESSED : 'Suppressed' ;
SUPPRESSED_LOWER : 'suppressed' ;
SVN : 'SVN' ;
SYNCING : 'Syncing' ;
TAG : 'tag' ;
TASK : 'Task' ;
TASK_LOWER : 'task' ;
TASK_LOST : 'TASK_LOST' ;
TASK_UNKNOWN : 'TASK_UNKNOWN' ;
TASKS : 'tasks' ;
TEARDOWN : 'TEARDOWN' ;
TELLING : 'Telling' ;
TERMINATED_LOWER : 'terminated' ;
TERMINATES_LOWER : 'terminates' ;
TERMINATING : 'terminating' ;
THAN_LOWER : 'than' ;
THAT : 'that' ;
THE : 'The' ;
THE_LOWER : 'the' ;
THIS : 'This' ;
THIS_LOWER : 'this' ;
THOUGH_LOWER : 'though' ;
THROUGH_LOWER : 'through' ;
TIMED : 'Timed' ;
TIMED_LOWER : 'timed' ;
TIMEOUT : 'timeout' ;
TO : 'to' ;
TOO_LOWER : 'too' ;
TOOK : 'took' ;
TOTAL_LOWER : 'total' ;
TRANSITION : 'transition' ;
TRANSITIONED_LOWER : 'transitioned' ;
TRANSITIONING : 'Transitioning' ;
TRIED_LOWER : 'tried' ;
TRIGGERED : 'Triggered' ;
TRUE_LOWER : 'true' ;
TRUNCATE_LOWER : 'truncate' ;
TRYING : 'Trying' ;
TYPE : 'Type' ;
TYPE_LOWER : 'type' ;
UNABLE : 'Unable' ;
UNAUTHENTICATED : 'unauthenticated' ;
UNAVAILABILITY_LOWER : 'unavailability' ;
UNAVAILABLE_DOT_LOWER : 'unavailable.' ;
UNDERSTOOD_LOWER : 'understood' ;
UNEXPECTED : 'Unexpected' ;
UNHANDLED : 'Unhandled' ;
UNIMPLEMENTED : 'Unimplemented' ;
UNION_LOWER : 'union' ;
UNKNOWN_2 : 'UNKNOWN' ;
UNKNOWN_TITLE : 'Unknown' ;
UNKNOWN : 'unknown' ;
UNREACHABLE : 'UNREACHABLE' ;
UNREACHABLE_LOWER : 'unreachable' ;
UNREGISTER : 'unregister' ;
UNRESERVE : 'UNRESERVE' ;
UNRESERVE_LOWER : 'unreserve' ;
UNSUCCESSFUL_LOWER : 'unsuccessful' ;
UNSUPPORTED : 'Unsupported' ;
UNSUPPRESSED : 'Unsuppressed' ;
UP_LOWER : 'up' ;
UP_TO_DATE_LOWER : 'up-to-date' ;
UPDATE : 'update' ;
UPDATE_FRAMEWORK : 'UPDATE_FRAMEWORK' ;
UPDATED_TITLE : 'Updated' ;
UPDATED : 'updated' ;
UPDATING : 'Updating' ;
UPGRADE_LOWER : 'upgrade' ;
UPGRADING_LOWER : 'upgrading' ;
UPID : 'UPID' ;
UPON_LOWER : 'upon' ;
URL : 'URL' ;
URL_LOWER : 'url' ;
USE_LOWER : 'use' ;
USED : 'used' ;
USER_LOWER : 'user' ;
USER_AGENT : 'User-Agent' ;
USES_LOWER : 'uses' ;
USING : 'Using' ;
USING_LOWER : 'using' ;
UUID : 'UUID' ;
UUID_LOWER : 'uuid' ;
VALID_LOWER : 'valid' ;
VALIDATED_LOWER : 'validated' ;
VALIDATION_LOWER : 'validation' ;
VALUE : 'value' ;
VALUES_LOWER : 'values' ;
VERIFY_LOWER : 'verify' ;
VERSION : 'Version' ;
VERSION_LOWER : 'version' ;
VIA_LOWER : 'via' ;
VIEW_FRAMEWORK : 'VIEW_FRAMEWORK' ;
VIOLATION_LOWER : 'violation' ;
VIRTUAL_LOWER : 'virtual' ;
VOLUME_LOWER : 'volume' ;
VOLUMES_LOWER : 'volumes' ;
WAITING : 'waiting' ;
WARNING : 'WARNING' ;
WAS : 'was' ;
WATCH : 'watch' ;
WEIGHT_LOWER : 'weight' ;
WEIGHTS : 'Weights' ;
WEIGHTS_LOWER : 'weights' ;
WERE_LOWER : 'were' ;
WHEN_LOWER : 'when' ;
WHICH_LOWER : 'which' ;
WHILE_LOWER : 'while' ;
WHITE_LOWER : 'white' ;
WHITELIST : 'Whitelist' ;
WHITELIST_LOWER : 'whitelist' ;
WILL_LOWER : 'will' ;
WITH : 'with' ;
WITHDRAW : 'Withdraw' ;
WITHDRAW_LOWER : 'withdraw' ;
WITHDRAWING : 'Withdrawing' ;
WITHDRAWING_LOWER : 'withdrawing' ;
WITHIN : 'within' ;
WITHOUT_LOWER : 'without' ;
WORK_LOWER : 'work' ;
WRITE : 'write' ;
WRITER : 'Writer' ;
WRITER_LOWER : 'writer' ;
WRITING_LOWER : 'writing' ;
X_FORWARDED_FOR : 'X-Forwarded-For' ;
YET_LOWER : 'yet' ;
YOUR_LOWER : 'your' ;
ZERO_LOWER : 'zero' ;
ZERO_DOT_LOWER : 'zero.' ;
ZK : 'ZK' ;
ZOO_SESSION_EVENT : 'ZOO_SESSION_EVENT' ;
ZOOKEEPER : 'ZooKeeper' ;
ZOOKEEPER_DOT : 'ZooKeeper.' ;
ZOOKEEPER_CLOSE_LOWER : 'zookeeper_close' ;
ZOOKEEPER_INIT : 'zookeeper_init' ;
// END KEYWORDS

/**
 * A libprocess pid: {@code slave(1)@10.0.2.22:5051}, {@code master@10.0.1.13:5050}, {@code scheduler-<uuid>@ip:port};
 * an unnamed process's {@code (65)@10.42.134.255:5050}; the empty pid {@code @0.0.0.0:0} (a learned notice, 0.26+).
 */
PID
    : ([A-Za-z_] [A-Za-z0-9_\-()]* | '(' [0-9]+ ')')? '@' [A-Za-z0-9_.\-]+ ':' [0-9]+
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
