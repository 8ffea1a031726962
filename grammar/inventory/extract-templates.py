#!/usr/bin/env python3
"""Extracts every log statement a Mesos master can write, per minor release, into an inventory of templates.

Usage:
    extract-templates.py MESOS_GIT_DIR [--out templates.jsonl]
    extract-templates.py --suggest INVENTORY OUTCOMES
    extract-templates.py --sync-keywords GRAMMAR_DIR

MESOS_GIT_DIR is an apache/mesos git directory (bare or not) that holds the release tags; the script reads the
tags with git itself, no checkout is needed. Python 3 standard library only. The output is sorted and
deterministic: the same sources give the same bytes.

What is extracted, for each tag of RELEASES, from every .cpp/.hpp of SCOPE (less EXCLUDED and
EXCLUDED_FUNCTIONS, plus the functions of EXTRA_FUNCTIONS): LOG(INFO|WARNING|ERROR|FATAL), VLOG(1), LOG_IF,
LOG_AT_LEVEL, PLOG, PLOG_IF, EXIT and glog's printf-style RAW_LOG statements, the lines that CALL_SITE_LOGGERS
write for their callers, and the errors that the functions of EXITED_ERRORS return for the master to EXIT with.
Each statement's `<<` chain becomes a template of literal text and typed placeholders (KIND_RULES say how Mesos
renders each); a ternary whose branches differ becomes a choice
`{a|b}` (an empty branch: `{a|}`); a local variable set from literals is spelled out, and so are the leading
placeholders of RESOLVED_PLACEHOLDERS. Templates are keyed by level and text; each records where it is written
(file, line, enclosing function) in every release that has it. The failover topic follows FAILOVER_RULES.

--suggest prints a draft grammar alternative for each template that OUTCOMES (the table the parser's
TemplateInventoryTest writes to parser/target/template-labels.actual.tsv) says no alternative matches: a developer
aid, the committed grammar is curated. --sync-keywords rewrites the keyword lists of GlogLexer.g4 and the `keyword`
rule of MesosMasterParser.g4 from the literal words the parser uses, keeping existing token names.
"""

import argparse
import hashlib
import json
import re
import subprocess
import sys

RELEASES = ['0.20.0', '0.21.0', '0.22.0', '0.23.0', '0.24.0', '0.25.0', '0.26.0', '0.27.0', '0.28.0',
            '1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0', '1.6.0', '1.7.0', '1.8.0', '1.9.0', '1.10.0',
            '1.11.0']

# Folders whose every .cpp/.hpp is read. src/sasl/ is where 0.20 kept the authenticator; src/credentials/ reads
# the credentials file the master is given (`credentials.hpp`: "Loading credentials for authentication from ...");
# src/logging/ is the master's logging set-up and its SIGTERM handler (`logging.cpp`: "RAW: Received signal
# SIGTERM from process 1 of user 0; exiting").
SCOPE = ['src/master/', 'src/log/', 'src/zookeeper/', 'src/state/', 'src/authentication/', 'src/sasl/',
         'src/credentials/', 'src/logging/']

# Files of SCOPE the master never runs: the client side of authentication (agents and schedulers authenticate,
# the master authenticates them) and the replicated-log command-line tool.
EXCLUDED = [re.compile(r'authenticatee'), re.compile(r'^src/log/tool')]

# Functions of SCOPE the master never runs: logging.cpp's handler of Windows exceptions (the master is not built
# for Windows).
EXCLUDED_FUNCTIONS = {'src/logging/logging.cpp': {'UnhandledExceptionFilter'}}

# The HTTP authenticators' set-up, which moved from Master::initialize to src/common/http.cpp in 1.0: the master
# EXITs with the error it returns (`EXIT(EXIT_FAILURE) << result.error()`), so each `return Error(...)` of these
# functions is a template of its own, at the EXIT level (an error that only passes another one on is left out).
EXITED_ERRORS = {'src/common/http.cpp': {'initializeHttpAuthenticators', 'createBasicAuthenticator',
                                         'createJWTAuthenticator', 'createCustomAuthenticator'}}

# Shared code outside SCOPE that logs on every master's behalf: the HTTP request and response lines (0.20-1.2 in
# src/master/http.cpp, from 1.3 in src/common/http.cpp) and the HTTP authenticators' set-up.
EXTRA_FUNCTIONS = {'src/common/http.cpp': {'logRequest', 'logResponse'} | EXITED_ERRORS['src/common/http.cpp']}

MACROS = {'LOG', 'VLOG', 'LOG_IF', 'LOG_AT_LEVEL', 'PLOG', 'PLOG_IF', 'EXIT', 'RAW_LOG'}
LEVELS = {'INFO', 'WARNING', 'ERROR', 'FATAL'}

# ------------------------------------------------------------------------------------------------ C++ tokens

TOKEN = re.compile(r'''
    (?P<ws>[ \t\r\f\v]+)
  | (?P<nl>\n)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<pre>\#(?:[^\n\\]|\\.|\\\n)*)
  | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^(\s]*)\(.*?\)(?P=delim)")
  | (?P<string>(?:u8|u|U|L)?"(?:[^"\\\n]|\\.)*")
  | (?P<char>(?:u8|u|U|L)?'(?:[^'\\\n]|\\.)*')
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<number>\.?[0-9](?:[0-9A-Za-z_.']|[eEpP][+-])*)
  | (?P<op><<=|>>=|->\*|\.\.\.|<<|>>|::|->|\+\+|--|&&|\|\||==|!=|<=|>=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|\.\*|[{}\[\]();,.?:<>+\-*/%&|^!~=])
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)

ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', '"': '"', "'": "'", '?': '?', 'a': '\a', 'b': '\b',
           'f': '\f', 'v': '\v', '0': '\0'}


class Tok:
    __slots__ = ('kind', 'text', 'line', 'alternate')

    def __init__(self, kind, text, line, alternate=False):
        self.kind = kind
        self.text = text
        self.line = line
        self.alternate = alternate

    def __repr__(self):
        return self.text


PREPROCESSOR = re.compile(r'#\s*(\w+)')


def tokenize(source):
    """@return the tokens of a source, without comments and preprocessor lines. Tokens of the later branches of an
    #if/#else/#endif are marked `alternate`: log statements are read in every branch, but the program's structure
    (function heads and bodies) only in the first, so that a head written twice for two versions of a library
    reads once."""
    tokens = []
    line = 1
    conditionals = []
    for match in TOKEN.finditer(source):
        kind = match.lastgroup
        text = match.group(kind)
        if kind == 'delim':
            kind = 'raw'
            text = match.group('raw')
        if kind == 'pre':
            directive = PREPROCESSOR.match(text)
            word = directive.group(1) if directive else ''
            if word.startswith('if'):
                conditionals.append(False)
            elif word in ('else', 'elif') and conditionals:
                conditionals[-1] = True
            elif word == 'endif' and conditionals:
                conditionals.pop()
        if kind in ('ws', 'comment', 'pre', 'nl'):
            line += text.count('\n')
            continue
        tokens.append(Tok(kind, text, line, any(conditionals)))
        line += text.count('\n')
    return tokens


def literal_value(token):
    text = token.text
    if token.kind == 'raw':
        start = text.index('(')
        return text[start + 1:text.rindex(')')]
    body = text[text.index(text[-1]) + 1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == '\\' and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt == 'x':
                digits = re.match(r'[0-9a-fA-F]+', body[i + 2:]).group(0)
                out.append(chr(int(digits, 16)))
                i += 2 + len(digits)
                continue
            if nxt in '01234567' and nxt != '0' or (nxt == '0' and i + 2 < len(body) and body[i + 2] in '01234567'):
                digits = re.match(r'[0-7]{1,3}', body[i + 1:]).group(0)
                out.append(chr(int(digits, 8)))
                i += 1 + len(digits)
                continue
            out.append(ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def source_text(tokens):
    """Renders tokens as compact source text: a space only between two words."""
    out = []
    previous = None
    for token in tokens:
        if previous is not None and previous.kind in ('ident', 'number') and token.kind in ('ident', 'number'):
            out.append(' ')
        out.append(token.text)
        previous = token
    return ''.join(out)


# ------------------------------------------------------------------------------------------------ functions


def function_spans(tokens):
    """@return for each token index the name of the function whose body holds it (or '')."""
    names = [''] * len(tokens)
    # A stack of open braces: ('scope', prefix) for namespaces, classes and the like, ('function', name) for a
    # function body (and everything inside it), ('block', None) for braces of initialisers at namespace scope.
    stack = []
    statement_start = 0
    current = ''
    parens = 0
    for index, token in enumerate(tokens):
        names[index] = current
        if token.alternate:
            continue
        if not current and token.text in ('(', ')'):
            parens += 1 if token.text == '(' else -1
        if token.text == '{':
            if current or parens > 0:
                # A block inside a function, or braces inside the parentheses of a declaration's head.
                stack.append(('inner', None))
                continue
            head = [token for token in tokens[statement_start:index] if not token.alternate]
            kind, name = classify_brace(head, [entry[1] for entry in stack if entry[0] == 'scope' and entry[1]])
            stack.append((kind, name))
            if kind == 'function':
                current = name
            statement_start = index + 1
        elif token.text == '}':
            kind = stack.pop()[0] if stack else 'block'
            if kind == 'function':
                current = ''
            if not current and kind != 'inner':
                statement_start = index + 1
        elif token.text == ';' and not current:
            statement_start = index + 1
        elif not current and token.text == ':' and index > 0 and tokens[index - 1].text in (
                'public', 'private', 'protected'):
            statement_start = index + 1
    return names


SCOPE_WORDS = {'namespace', 'class', 'struct', 'union', 'enum', 'extern'}


def classify_brace(head, scopes):
    words = [token.text for token in head]
    if not words:
        return 'block', None
    if words[0] == 'template':
        depth = 0
        for i, word in enumerate(words):
            if word == '<':
                depth += 1
            elif word == '>':
                depth -= 1
                if depth == 0:
                    words = words[i + 1:]
                    head = head[i + 1:]
                    break
            elif word == '>>':
                depth -= 2
                if depth <= 0:
                    words = words[i + 1:]
                    head = head[i + 1:]
                    break
    if words and words[0] in SCOPE_WORDS and '(' not in words:
        name = None
        if words[0] in ('class', 'struct', 'union'):
            for token in head[1:]:
                if token.kind == 'ident' and token.text not in ('final', 'alignas'):
                    name = token.text
                    break
        return 'scope', name
    if '(' not in words or '=' in words[:words.index('(')]:
        return 'block', None
    # The function's name: the qualified identifier right before the first parenthesis of the head.
    paren = words.index('(')
    if words[paren - 1] == ')' or paren == 0:
        return 'block', None
    j = paren - 1
    parts = []
    while j >= 0:
        token = head[j]
        if token.kind == 'ident' or token.text in ('~', 'operator'):
            parts.append(token.text)
            j -= 1
            if j >= 0 and head[j].text == '::':
                parts.append('::')
                j -= 1
                continue
            if j >= 0 and head[j].text == '~':
                continue
            break
        elif token.text in ('<<', '>>', '==', '()', '<', '>') and j > 0 and head[j - 1].text == 'operator':
            parts.append(token.text)
            j -= 1
        else:
            break
    name = ''.join(reversed(parts))
    if not name or name in ('if', 'for', 'while', 'switch', 'return', 'catch', 'sizeof', 'defer', 'lambda'):
        return 'block', None
    if '::' not in name and scopes:
        name = '::'.join(scopes) + '::' + name
    return 'function', name


# ------------------------------------------------------------------------------------------------ statements


def matching(tokens, start, open_text='(', close_text=')'):
    depth = 0
    for index in range(start, len(tokens)):
        text = tokens[index].text
        if text == open_text:
            depth += 1
        elif text == close_text:
            depth -= 1
            if depth == 0:
                return index
    return -1


OPEN = {'(': ')', '[': ']', '{': '}'}
CLOSE = {')', ']', '}'}


def split_top(tokens, separator):
    parts = [[]]
    depth = 0
    for token in tokens:
        if token.text in OPEN:
            depth += 1
        elif token.text in CLOSE:
            depth -= 1
        if depth == 0 and token.text == separator:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def statements(tokens):
    """Yields (macro, arguments, chain, line, token index) for every log statement."""
    for index, token in enumerate(tokens):
        if token.kind != 'ident' or token.text not in MACROS:
            continue
        if index + 1 >= len(tokens) or tokens[index + 1].text != '(':
            continue
        if index > 0 and tokens[index - 1].text in ('.', '->', '::', 'define'):
            continue
        close = matching(tokens, index + 1)
        if close < 0:
            continue
        arguments = split_top(tokens[index + 2:close], ',')
        chain = []
        position = close + 1
        if position < len(tokens) and tokens[position].text == '<<':
            depth = 0
            end = position
            while end < len(tokens):
                text = tokens[end].text
                if text in OPEN:
                    depth += 1
                elif text in CLOSE:
                    depth -= 1
                    if depth < 0:
                        break
                elif depth == 0 and text in (';', ','):
                    break
                end += 1
            chain = split_top(tokens[position + 1:end], '<<')
        yield token.text, arguments, chain, token.line, index


def level_of(macro, arguments):
    """@return the level of a statement, or None when it is out of scope (VLOG(2) and higher)."""
    first = source_text(arguments[0]) if arguments and arguments[0] else ''
    if macro == 'VLOG':
        return 'VLOG1' if first == '1' else None
    if macro == 'EXIT':
        return 'EXIT'
    if macro == 'LOG_AT_LEVEL':
        # logging.cpp's `LOG_AT_LEVEL(FLAGS_minloglevel)`: the --logging_level, INFO unless set
        return first if first in LEVELS else 'INFO'
    if first in LEVELS:
        return first
    return 'INFO' if first == '' else first


# ------------------------------------------------------------------------------------------------ templates


class Literal:
    def __init__(self, text):
        self.text = text


class Placeholder:
    def __init__(self, kind, expression):
        self.kind = kind
        self.expression = expression


class Choice:
    def __init__(self, branches):
        self.branches = branches


def strip_parens(tokens):
    while len(tokens) >= 2 and tokens[0].text == '(' and matching(tokens, 0) == len(tokens) - 1:
        tokens = tokens[1:-1]
    return tokens


def is_literal(tokens):
    return bool(tokens) and all(token.kind in ('string', 'raw', 'char') for token in tokens)


def find_ternary(tokens):
    depth = 0
    question = -1
    nested = 0
    for index, token in enumerate(tokens):
        text = token.text
        if text in OPEN:
            depth += 1
        elif text in CLOSE:
            depth -= 1
        elif depth == 0 and text == '?':
            if question < 0:
                question = index
            else:
                nested += 1
        elif depth == 0 and text == ':' and question >= 0:
            if nested == 0:
                return question, index
            nested -= 1
    return None


WRAPPERS = {'stringify', 'std::to_string', 'string', 'std::string', 'Bytes', 'jsonify', 'JSON::protobuf'}


def pieces_of(tokens, function='', resolve=None):
    """@return the pieces an operand of a `<<` chain prints. `resolve` gives the initialiser of a local variable
    by name (or None): a variable set from literals alone (`string status = (framework == nullptr ? "unknown" :
    "disconnected");`) is spelled out."""
    tokens = strip_parens(tokens)
    if not tokens:
        return []
    if resolve is not None and len(tokens) == 1 and tokens[0].kind == 'ident':
        initialiser = resolve(tokens[0].text)
        if initialiser:
            spelled = pieces_of(initialiser, function)
            if spelled and starts_with_literal(spelled):
                return spelled
    if is_literal(tokens):
        return [Literal(''.join(literal_value(token) for token in tokens))]
    if len(tokens) == 1 and tokens[0].text in ('std::endl', 'endl'):
        return [Literal('\n')]
    if source_text(tokens) in ('std::endl', 'endl', 'std::flush', 'flush'):
        return [Literal('\n')] if 'endl' in source_text(tokens) else []
    ternary = find_ternary(tokens)
    if ternary is not None:
        question, colon = ternary
        first = pieces_of(tokens[question + 1:colon], function)
        second = pieces_of(tokens[colon + 1:], function)
        if rendered(first) == rendered(second):
            return first
        return [Choice([first, second])]
    parts = split_top(tokens, '+')
    if len(parts) > 1 and all(parts) and any(is_literal(strip_parens(part)) or string_call(part) for part in parts):
        result = []
        for part in parts:
            result.extend(pieces_of(part, function))
        return result
    wrapped = string_call(tokens)
    if wrapped is not None:
        return pieces_of(wrapped, function) if not is_literal(wrapped) else [Literal(literal_value(wrapped[0]))]
    expression = source_text(tokens)
    return [Placeholder(kind_of(expression, function), expression)]


def string_call(tokens):
    """@return the argument of stringify(x), string(x) and the like, else None."""
    text = source_text(tokens[:-1]) if tokens else ''
    for name in ('stringify', 'std::to_string', 'string', 'std::string'):
        if text.startswith(name + '(') and tokens[-1].text == ')' \
                and matching(tokens, len(name.split('::')) * 2 - 1) == len(tokens) - 1:
            return tokens[len(name.split('::')) * 2:-1]
    return None


def rendered(pieces):
    out = []
    for piece in pieces:
        if isinstance(piece, Literal):
            out.append(piece.text.replace('\\', '\\\\').replace('<', '\\<').replace('{', '\\{')
                       .replace('|', '\\|').replace('}', '\\}'))
        elif isinstance(piece, Placeholder):
            out.append('<' + piece.kind + '>')
        else:
            out.append('{' + '|'.join(rendered(branch) for branch in piece.branches) + '}')
    return ''.join(out)


def merged(pieces):
    """Joins adjacent literals."""
    out = []
    for piece in pieces:
        if isinstance(piece, Literal) and out and isinstance(out[-1], Literal):
            out[-1] = Literal(out[-1].text + piece.text)
        elif isinstance(piece, Choice):
            out.append(Choice([merged(branch) for branch in piece.branches]))
        elif not (isinstance(piece, Literal) and piece.text == ''):
            out.append(piece)
    return out


def as_json(pieces):
    out = []
    for piece in pieces:
        if isinstance(piece, Literal):
            out.append({'literal': piece.text})
        elif isinstance(piece, Placeholder):
            out.append({'kind': piece.kind})
        else:
            out.append({'choice': [as_json(branch) for branch in piece.branches]})
    return out


def placeholders(pieces):
    for piece in pieces:
        if isinstance(piece, Placeholder):
            yield piece
        elif isinstance(piece, Choice):
            for branch in piece.branches:
                yield from placeholders(branch)


def literal_words(pieces):
    """@return the letters and digits of the template's literals (a template without any is placeholder-only)."""
    return re.sub(r'[^A-Za-z0-9]', '', ''.join(piece.text for piece in pieces if isinstance(piece, Literal)))


def starts_with_literal(pieces):
    """@return whether every rendering of the template starts with a literal word."""
    for index, piece in enumerate(pieces):
        if isinstance(piece, Literal):
            if piece.text.strip():
                return True
        elif isinstance(piece, Placeholder):
            return False
        else:
            return all(starts_with_literal(branch + pieces[index + 1:]) for branch in piece.branches)
    return False


# ------------------------------------------------------------------------------------------------ kinds

# How Mesos renders a placeholder, by its expression (after `stringify(...)` and the like are unwrapped). The
# first rule that matches the whole expression wins; `text` (free text, may hold spaces) is the fallback.
#   agent          operator<<(Slave): "<agent-id> at <pid> (<hostname>)"
#   framework      operator<<(Framework): "<framework-id> (<name>) at <pid>" (no " at <pid>" for HTTP schedulers)
#   status-update  operator<<(StatusUpdate): "<state> (Status UUID: <uuid>) for task <task-id> of framework <id>"
#   agent-id, framework-id, task-id, executor-id, offer-id, operation-id, master-id, container-id: ids
#   offer-ids      a list of offer ids as stout prints a container: "[ <offer-id>, <offer-id> ]"
#   pid            a libprocess UPID: "slave(1)@10.0.0.1:5051"
#   host-port, ip, hostname, path, url
#   duration       a stout Duration: "75secs", "1.5mins", "27.66ms"
#   bytes          a stout Bytes: "1527B", "2MB"
#   resources      Resources: "cpus(*):1; mem(*):512" (before 1.4: with a role), "cpus:1; mem:512", or JSON
#   count          an integer; percentage: a number such as 66.6667; hex: a number after std::hex
#   state          an enum or state name (TASK_LOST, VOTING, ACCEPT, ...)
#   role, principal, name: single words as operators and frameworks chose them
#   error          an error message (free text)
#   json           a JSON object or array
#   text           anything else (free text)
KIND_RULES = [
    ('agent', r'\*(slave|agent|_slave|slave_|agent_|s)|slave\.get\(\)'),
    ('framework', r'\*(framework|_framework|framework_|f)|framework|framework\.get\(\)'),
    ('status-update', r'(\*)?(update|_update|statusUpdate|update\.get\(\))|protobuf::createStatusUpdate\(.*'),
    ('offer-ids', r'.*(offerIds|offer_ids\(\)|offerIDs|inverseOfferIds)'),
    ('agent-id', r'.*(slaveId|slave_id|agentId|agent_id|slaveID|SlaveID)(\(\))?(\.get\(\))?(\.value\(\))?'),
    ('agent-id', r'(slave|agent|_slave|slaveInfo|slaveInfo_|agentInfo|slave_info|info|registered|removed|s|oldInfo)'
                 r'(->|\.)(id|info\.id|info\(\)\.id)(\(\))?|slave|slaves\.recovered\.keys\(\)'),
    ('framework-id', r'.*(frameworkId|framework_id|frameworkID|FrameworkID)(\(\))?(\.get\(\))?(\.value\(\))?'),
    ('framework-id', r'(\*)?(framework|_framework|frameworkInfo|framework_info|f|call\.framework_info\(\))'
                     r'(->|\.)(id|info\.id)(\(\))?(\.value\(\))?'),
    ('task-id', r'.*(taskId|task_id|taskID|TaskID)(\(\))?(\.value\(\))?|(task|_task|t)(->|\.)id\(\)'),
    ('task-ids', r'.*taskIds'),
    ('executor-id', r'.*(executorId|executor_id|executorID)(\(\))?(\.value\(\))?'),
    ('offer-id', r'.*(offerId|offer_id|offerID)(\(\))?(\.value\(\))?|(offer|_offer)(->|\.)id\(\)'),
    ('operation-id', r'.*(operationId|operation_id|operationUuid|operation_uuid|statusUuid|uuid|UUID|uuid_)'
                     r'(\(\))?(\.get\(\))?(\.(value|toString)\(\))?|UUID::fromBytes\(.*\)|'
                     r'operation->info\(\)\.id\(\)(\.value\(\))?'),
    ('master-id', r'.*(info_|masterInfo|info\(\))(\.|->)id\(\)|(leader|current|candidacy)(->|\.get\(\)\.)id\(\)'),
    ('bytes', r'Bytes\(.*\)'),
    ('percentage', r'.*\*\s*100(\.0)?'),
    ('duration', r'.*([Tt]imeout|[Dd]uration|[Ee]lapsed|[Dd]elay|[Ii]nterval|[Bb]ackoff|_secs|[Pp]eriod)'
                 r'(\(\))?(\.get\(\))?|.*(elapsed|stop)\(\)|(Nanoseconds|Seconds|Milliseconds)\(.*\)|'
                 r'SLAVE_PING_TIMEOUT\*MAX_SLAVE_PING_TIMEOUTS|MIN_\w*TIMEOUT|\w*_TIMEOUT|seconds(\.get\(\))?'),
    ('removal-limit', r'flags\.\w*removal\w*limit(\.get\(\))?'),
    ('hostname', r'.*(hostname|host)(\(\))?(\.get\(\))?'),
    ('name', r'flags\.allocator|allocatorName|\w*[Aa]uthenticatorNames?\[0\]|'
             r'(internal::)?DEFAULT_\w*AUTHENTICATOR|'
             r'authorizerName|.*(name|Name)(\(\))?(\.get\(\))?|.*scheme|realm'),
    ('resources', r'.*([Rr]esources|[Tt]otal|[Aa]llocation|[Aa]llocated|[Ss]calars|[Rr]ecovered|[Aa]vailable|'
                  r'[Uu]sed|[Rr]equested|[Qq]uantit\w*|[Gg]uarantees?|[Ll]imits|[Oo]ffered|[Rr]eserved|'
                  r'[Uu]nreserved|[Cc]onsumed\w*|[Hh]eadroom|[Hh]eldBackForHeadroom|unused|additional|'
                  r'oversubscribed|frameworkAllocation|resource)(\(\))?(\.get\(\))?'
                  r'(\.(reserved|unreserved|nonRevocable|revocable|nonShared|toUnreserved|allocatable)\(.*\))*|'
                  r'Resources\(.*\)|.*getTotal\w*\(\)|.*getAllocated\(\)|totalResources-executorResources|'
                  r'frameworkResources->second'),
    ('ip', r'.*\.ip|.*address\.ip'),
    ('host-port', r'.*(client|peer|server|servers|remote|endpoint|hostPort)(\(\))?(\.get\(\))?'),
    ('pid', r'.*(pid|Pid|PID|from|sender|self\(\)|upid|UPID)(\(\))?(\.get\(\))?|UPID\(.*\)|'
            r'string\(self\(\)\)\.substr\(7\)|leader|pids'),
    ('state', r'.*(state|State)(\(\))?|.*(type|Type_Name)\(.*\)|.*\.type\(\)|status(\(\))?|'
              r'.*[Ss]tatus\.get\(\)|response\.status(\(\))?|isHealthy'),
    ('count', r'.*(\.size\(\)|_size\(\)|[Cc]ount|[Nn]um\w*|[Pp]osition|index|begin|end|[Ss]equence|[Ss]eq|'
              r'version|[Pp]roposal|quorum|code|WEXITSTATUS\(.*\)|ignoresReceived|promised|capacity|machineId|'
              r'streamId|resourceProviderId|id|current|max\w*|min\w*|MIN_\w*|\w*qps\(\)|[Cc]pus(\.get\(\))?)'
              r'(\(\))?(\.get\(\))?|cpus\.get\(\)|mem\.get\(\)(\.megabytes\(\))?|.*\.ms\(\)'),
    ('role', r'.*(role|Role|roles|Roles)(\(\))?(\.get\(\))?|.*getRoles\(.*\)|.*suppressedRoles'),
    ('principal', r'.*(principal|Principal|user|User)(\(\))?(\.get\(\))?(\.getOrElse\(.*\))?|'
                  r'authenticated\[from\]|principal->value\.get\(\)'),
    ('json', r'jsonify\(.*\)|JSON::\w+\(.*\)|.*\.domain\(\)|\w*Domain'),
    ('error', r'.*(error|Error|failure|Failure|message|reason|Reason|what|warning)(\(\))?(\.get\(\))?'
              r'(\.message)?|.*strerror\(.*\)|.*errstring\(.*\)|zerror\(.*\)|.*\.(error|failure)\(\)|'
              r'err|e\.what\(\)|.*->message|.*\.message|removalCause|flags\.usage\(.*\)'),
    ('path', r'.*(path|Path|znode|dir|directory|file|work_dir\.get\(\)|url|URL|endpoint)(\(\))?(\.get\(\))?'
             r'|flags\.registry'),
]
KIND_PATTERNS = [(kind, re.compile('(?:' + pattern + r')\Z')) for kind, pattern in KIND_RULES]
# `*this` is the object whose method logs: a Framework or a Slave.
THIS_KINDS = {'Framework': 'framework', 'Slave': 'agent'}


def kind_of(expression, function=''):
    if expression == '*this':
        return THIS_KINDS.get(function.split('::')[0], 'text')
    for kind, pattern in KIND_PATTERNS:
        if pattern.match(expression):
            return kind
    return 'text'


# ------------------------------------------------------------------------------------------------ failover

# A template is failover-relevant when one of its sites matches one of these rules. A rule names a topic, a file
# (prefix of the path), a pattern for the enclosing function (Class::method, matched whole), and optionally a
# pattern the template's text must contain and one it must not. The rules keep to the lines that tell what
# happened to a master, an agent, a framework or a task around a failover; lines of the same functions about
# authorization, domains, versions, offers and operations are left out.
LIFECYCLE_NOISE = (r'(?i)authoriz|authenticat|domain|version|offer|operation|resource provider|checkpointed '
                   r'resourc|MULTI_ROLE|capabilit(?!ies \[)|oversubscribed|executor|HealthCheck|principal|'
                   r'root submissions|suppressed|roles? |subscriber|framework message|without an id|completed '
                   r'framework|total resources|updated with|DRAINED|draining|FRAMEWORK_UPDATED|Failed to attach|'
                   r'attached file|--weights|weights from registry|minimum capabilities|unknown; this can')
AGENT_FUNCTIONS = (r'(\w+::)?SlaveObserver::\w+|Master::(_*registerSlave|_*reregisterSlave|_*removeSlave|'
                   r'_*markUnreachable\w*|_*markGone|_*markAgentGone|unregisterSlave|disconnect|deactivate|'
                   r'exited|shutdownSlave|agentReregisterTimeout|slaveReregisterTimeout|recoveredSlavesTimeout|'
                   r'_*doRegistryGc|reconcileKnownSlave|addSlave|readdSlave|reconcile)')
FRAMEWORK_FUNCTIONS = (r'Master::(_*subscribe|_*registerFramework|_*reregisterFramework|failoverFramework|'
                       r'removeFramework|frameworkFailoverTimeout|exited|disconnect|deactivate|addFramework|'
                       r'recoverFramework|activateRecoveredFramework|teardown|unregisterFramework|'
                       r'updateSlaveFrameworks)')
TASK_FUNCTIONS = (r'Master::(_*statusUpdate|forward|updateTask|removeTask|_*reconcileTasks|_*removeSlave|'
                  r'_*markUnreachable|reconcileKnownSlave|addSlave|launchTasks|_accept|accept)')
FAILOVER_RULES = [
    ('leadership', 'src/master/contender', r'.*', None, r'deprecated'),
    ('leadership', 'src/master/detector', r'.*', None, r'deprecated'),
    ('leadership', 'src/master/master.cpp', r'Master::(detected|lostCandidacy|contended)', None, r'(?i)domain'),
    ('leadership', 'src/master/master.cpp', r'.*', r'since not (elected|recovered) yet', None),
    ('leadership', 'src/zookeeper/', r'LeaderContenderProcess::\w+|LeaderDetectorProcess::\w+', None, None),
    ('zookeeper-session', 'src/zookeeper/', r'.*',
     r'(?i)session|expire|connect|timed out|retry|Failed to create ZooKeeper', None),
    ('registrar', 'src/master/registrar.cpp', r'.*', None, None),
    ('registrar', 'src/master/master.cpp', r'Master::(recover|_recover|recoveredSlavesTimeout)', None,
     LIFECYCLE_NOISE),
    ('registrar', 'src/master/master.cpp', r'.*', r'(?i)registrar|registry', r'(?i)cannot kill task|weights'),
    ('registrar', 'src/log/recover.cpp', r'.*', None, None),
    ('registrar', 'src/log/', r'.*', r'(?i)fail|abort|timed out|retrying|catch-up|not been initialized', None),
    ('agent', 'src/master/master.cpp', AGENT_FUNCTIONS,
     r'(?i)\b(slave|agent)s?\b', LIFECYCLE_NOISE + r'|framework .* (from|at) (disconnected |re-?registered )?'
                                 r'(slave|agent)|task|update'),
    ('agent', 'src/master/allocator/', r'.*::(addSlave|removeSlave|activateSlave|deactivateSlave|_?recover)',
     None, None),
    ('agent', 'src/master/hierarchical_allocator_process.hpp',
     r'.*::(addSlave|removeSlave|activateSlave|deactivateSlave|slaveAdded|slaveRemoved|slaveDeactivated|'
     r'slaveReactivated)', None, None),
    ('framework', 'src/master/master.cpp', FRAMEWORK_FUNCTIONS, r'(?i)framework', LIFECYCLE_NOISE),
    ('task', 'src/master/master.cpp', TASK_FUNCTIONS,
     r'(?i)TASK_LOST|TASK_UNREACHABLE|TASK_GONE|orphan|unknown to the|status update|update <status-update>|'
     r'reconcil|Removing task|Launching task|state of task', LIFECYCLE_NOISE),
    ('task', 'src/master/master.cpp', r'.*', r'TASK_LOST|TASK_UNREACHABLE|TASK_GONE|orphan', r'operation'),
]
FAILOVER_PATTERNS = [(topic, prefix, re.compile('(?:' + function + r')\Z'), re.compile(text) if text else None,
                      re.compile(excluded) if excluded else None)
                     for topic, prefix, function, text, excluded in FAILOVER_RULES]


def failover_topic(template_text, sites):
    """@return the topic of the first rule a site of the template matches, or None."""
    for topic, prefix, function, text, excluded in FAILOVER_PATTERNS:
        for site in sites:
            if site['file'].startswith(prefix) and function.match(site['function'] or '') \
                    and (text is None or text.search(template_text)) \
                    and (excluded is None or not excluded.search(template_text)):
                return topic
    return None


# ------------------------------------------------------------------------------------------------ git


class Git:
    def __init__(self, directory):
        self.directory = directory
        self.batch = subprocess.Popen(['git', '--git-dir', directory, 'cat-file', '--batch'],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def files(self, tag):
        output = subprocess.run(['git', '--git-dir', self.directory, 'ls-tree', '-r', tag, '--', 'src/'],
                                check=True, capture_output=True, text=True).stdout
        entries = []
        for line in output.splitlines():
            meta, path = line.split('\t', 1)
            entries.append((path, meta.split()[2]))
        return entries

    def blob(self, sha):
        self.batch.stdin.write((sha + '\n').encode())
        self.batch.stdin.flush()
        header = self.batch.stdout.readline().decode().split()
        size = int(header[2])
        data = self.batch.stdout.read(size)
        self.batch.stdout.read(1)
        return data.decode('utf-8', errors='replace')


def in_scope(path):
    if not (path.endswith('.cpp') or path.endswith('.hpp')):
        return False
    if path in EXTRA_FUNCTIONS:
        return True
    return any(path.startswith(folder) for folder in SCOPE) and not any(rule.search(path) for rule in EXCLUDED)


def extract_file(source, path):
    """@return the statements of one file: dicts of level, pieces, line, function."""
    tokens = tokenize(source)
    functions = function_spans(tokens)
    found = []
    for macro, arguments, chain, line, index in statements(tokens):
        level = level_of(macro, arguments)
        if level is None:
            continue
        function = functions[index]
        if path in EXTRA_FUNCTIONS and function.split('::')[-1] not in EXTRA_FUNCTIONS[path]:
            continue
        if function.split('::')[-1] in EXCLUDED_FUNCTIONS.get(path, ()):
            continue
        if macro == 'RAW_LOG':
            pieces = raw_log_pieces(arguments, function)
            if pieces:
                found.append({'level': level, 'pieces': pieces, 'line': line, 'function': function})
            continue
        pieces = []
        hexadecimal = False
        for operand in chain:
            text = source_text(operand)
            if text in MANIPULATORS:
                hexadecimal = text == 'std::hex'
                continue
            operand_pieces = pieces_of(operand, function,
                                       lambda name: variable_value(tokens, functions, index, name))
            if hexadecimal and len(operand_pieces) == 1 and isinstance(operand_pieces[0], Placeholder):
                operand_pieces = [Placeholder('hex', operand_pieces[0].expression)]
            pieces.extend(operand_pieces)
        if macro.startswith('PLOG'):
            pieces.append(Literal(': '))
            pieces.append(Placeholder('error', 'strerror(errno)'))
        pieces = merged(pieces)
        if not pieces:
            continue
        found.append({'level': level, 'pieces': resolved(pieces, path, function), 'line': line,
                      'function': function})
    found.extend(call_site_templates(tokens, functions, path))
    found.extend(exited_errors(tokens, functions, path))
    return found


# printf conversions of RAW_LOG, by the kind of what they print.
PRINTF = re.compile(r'%(?P<flags>[-+ #0]*)(?P<width>[0-9]*)(?:\.[0-9]+)?(?P<length>hh|h|ll|l|z|j|t|L)?'
                    r'(?P<conversion>[diouxXsScp%])')
PRINTF_KINDS = {'d': 'count', 'i': 'count', 'u': 'count', 'o': 'count', 'x': 'hex', 'X': 'hex', 'p': 'hex',
                's': 'text', 'S': 'text', 'c': 'text'}


def raw_log_pieces(arguments, function):
    """@return the pieces of `RAW_LOG(LEVEL, "format", arguments...)`: glog writes "RAW: " and the formatted text
    (%d as a count, %s as text); None when the format is not a literal."""
    if len(arguments) < 2 or not is_literal(strip_parens(arguments[1])):
        return None
    values = arguments[2:]
    text = ''.join(literal_value(token) for token in strip_parens(arguments[1]))
    pieces = [Literal('RAW: ')]
    position = 0
    for match in PRINTF.finditer(text):
        pieces.append(Literal(text[position:match.start()]))
        position = match.end()
        conversion = match.group('conversion')
        if conversion == '%':
            pieces.append(Literal('%'))
            continue
        expression = source_text(values.pop(0)) if values else ''
        pieces.append(Placeholder(PRINTF_KINDS[conversion], expression))
    pieces.append(Literal(text[position:]))
    return merged(pieces)


def exited_errors(tokens, functions, path):
    """@return the templates of the `return Error(...)` statements of the functions of EXITED_ERRORS."""
    names = EXITED_ERRORS.get(path)
    found = []
    if not names:
        return found
    for index, token in enumerate(tokens):
        if token.text != 'return' or index + 2 >= len(tokens) or tokens[index + 1].text != 'Error' \
                or tokens[index + 2].text != '(' or functions[index].split('::')[-1] not in names:
            continue
        close = matching(tokens, index + 2)
        pieces = merged(pieces_of(tokens[index + 3:close], functions[index]))
        if literal_words(pieces):
            found.append({'level': 'EXIT', 'pieces': pieces, 'line': token.line, 'function': functions[index]})
    return found


# Stream manipulators print nothing themselves; after std::hex a number prints in hexadecimal.
MANIPULATORS = {'std::hex', 'std::dec', 'std::fixed', 'std::boolalpha', 'std::noboolalpha'}


# Functions that log what their callers pass: `void fail(message, failure) { LOG(FATAL) << message << ": " <<
# failure; }` in src/master/master.cpp. Each call site `lambda::bind(fail, <message>, <failure>)` writes a line of
# its own, so each becomes a template (a message held in a variable of the calling function is looked up there).
CALL_SITE_LOGGERS = {('src/master/master.cpp', 'fail'): 'FATAL'}


def call_site_templates(tokens, functions, path):
    found = []
    for index, token in enumerate(tokens):
        level = CALL_SITE_LOGGERS.get((path, token.text))
        if level is None or index < 2 or tokens[index - 1].text != '(' or tokens[index - 2].text != 'bind':
            continue
        close = matching(tokens, index - 1)
        arguments = split_top(tokens[index:close], ',')
        if len(arguments) != 3:
            continue
        function = functions[index]
        message = arguments[1]
        if len(message) == 1 and message[0].kind == 'ident':
            message = variable_value(tokens, functions, index, message[0].text) or message
        failure = arguments[2]
        pieces = pieces_of(message, function) + [Literal(': ')]
        pieces += pieces_of(failure, function) if is_literal(failure) else [Placeholder('error', 'failure')]
        found.append({'level': level, 'pieces': merged(pieces), 'line': token.line, 'function': function})
    return found


def variable_value(tokens, functions, index, name):
    """@return the value of the local variable `name` at `index`: its initialiser in the same function, followed by
    what `name += ...;` appended before `index`; None when there is no such declaration or it is assigned again."""
    for start in range(index - 1, 0, -1):
        if functions[start] != functions[index]:
            return None
        if tokens[start].text == name and tokens[start + 1].text == '=' \
                and (tokens[start - 1].kind == 'ident' or tokens[start - 1].text == '&'):
            end = start + 2
            while end < len(tokens) and tokens[end].text != ';':
                end += 1
            value = list(tokens[start + 2:end])
            position = end
            while position < index:
                token = tokens[position]
                if token.text == name and tokens[position - 1].text in (';', '{', '}'):
                    operator = tokens[position + 1].text
                    if operator == '=':
                        return None
                    if operator == '+=':
                        close = position + 2
                        while close < index and tokens[close].text != ';':
                            close += 1
                        value += [Tok('op', '+', token.line)] + list(tokens[position + 2:close])
                        position = close
                position += 1
            return value
    return None


# Leading placeholders whose values the sources fix, spelled out so that the template starts with a literal as
# the line does: (file, function, expression) -> the template text that replaces the placeholder.
#   ZooKeeperProcess::initialize: `ErrnoError error("zookeeper_init failed")` renders "zookeeper_init failed: <errno>".
#   Master::initialize: the errors of credentials::read() (src/credentials/credentials.hpp).
#   logging::initialize: the name of the --logging_level the log file is started at.
RESOLVED_PLACEHOLDERS = {
    ('src/zookeeper/zookeeper.cpp', 'ZooKeeperProcess::initialize', 'error.message'):
        'zookeeper_init failed: <error>',
    ('src/master/master.cpp', 'Master::initialize', '_credentials.error()'):
        '{Failed to read credentials file|Failed to read credential file|Failed to parse credentials|'
        'Failed to parse credential|Invalid json format}<error>',
    ('src/logging/logging.cpp', 'initialize', 'google::GetLogSeverityName(FLAGS_minloglevel)'):
        '{INFO|WARNING|ERROR}',
}


def resolved(pieces, path, function):
    if not pieces or not isinstance(pieces[0], Placeholder):
        return pieces
    replacement = RESOLVED_PLACEHOLDERS.get((path, function, pieces[0].expression))
    if replacement is None:
        return pieces
    return merged(parse_template(replacement) + pieces[1:])


def parse_template(text):
    """Reads the template syntax this script writes: literals, <kind>, {a|b}."""
    pieces, _ = parse_pieces(text, 0, '')
    return merged(pieces)


def parse_pieces(text, position, stops):
    pieces = []
    literal = []
    while position < len(text) and text[position] not in stops:
        c = text[position]
        if c == '\\':
            literal.append(text[position + 1])
            position += 2
        elif c == '<':
            end = text.index('>', position)
            pieces.append(Literal(''.join(literal)))
            literal = []
            pieces.append(Placeholder(text[position + 1:end], ''))
            position = end + 1
        elif c == '{':
            pieces.append(Literal(''.join(literal)))
            literal = []
            branches = []
            position += 1
            while True:
                branch, position = parse_pieces(text, position, '|}')
                branches.append(merged(branch))
                if text[position] == '}':
                    position += 1
                    break
                position += 1
            pieces.append(Choice(branches))
        else:
            literal.append(c)
            position += 1
    pieces.append(Literal(''.join(literal)))
    return pieces, position


def extract(directory):
    git = Git(directory)
    cache = {}
    templates = {}
    for release in RELEASES:
        for path, sha in git.files(release):
            if not in_scope(path):
                continue
            if sha not in cache:
                cache[sha] = extract_file(git.blob(sha), path)
            for statement in cache[sha]:
                text = rendered(statement['pieces'])
                key = (statement['level'], text)
                template = templates.setdefault(key, {'pieces': statement['pieces'], 'sites': {},
                                                      'expressions': {}})
                for number, placeholder in enumerate(placeholders(statement['pieces'])):
                    template['expressions'].setdefault(number, set()).add(placeholder.expression)
                site = template['sites'].setdefault((path, statement['function']), {})
                site.setdefault(release, []).append(statement['line'])
    return templates


def template_id(level, text):
    return hashlib.sha1((level + '\n' + text).encode()).hexdigest()[:10]


def records(templates):
    out = []
    for (level, text), template in templates.items():
        sites = []
        for (path, function), lines in sorted(template['sites'].items()):
            sites.append({'file': path, 'function': function,
                          'lines': {release: sorted(set(lines[release])) for release in RELEASES
                                    if release in lines}})
        releases = [release for release in RELEASES if any(release in site['lines'] for site in sites)]
        pieces = template['pieces']
        kinds = [placeholder.kind for placeholder in placeholders(pieces)]
        words = literal_words(pieces)
        record = {
            'id': template_id(level, text),
            'template': text,
            'level': level,
            'kinds': kinds,
            'placeholderOnly': not words,
            'startsWithPlaceholder': bool(words) and not starts_with_literal(pieces),
            'failover': failover_topic(text, sites),
            'releases': releases,
            'pieces': as_json(pieces),
            'expressions': [sorted(template['expressions'][number]) for number in sorted(template['expressions'])],
            'sites': sites,
        }
        out.append(record)
    out.sort(key=lambda record: (record['template'], record['level']))
    return out


# ------------------------------------------------------------------------------------------------ keywords

GRAMMAR_TEXT = re.compile(r"""(?P<literal>'(?:[^'\\]|\\.)*')|(?P<comment>//[^\n]*|/\*.*?\*/)|(?P<other>[^'/]+|/)""",
                          re.DOTALL)
LEXER_KEYWORD = re.compile(r"^(\w+) : ('(?:[^'\\]|\\.)*') ;$")


def grammar_literals(text):
    return {match.group('literal') for match in GRAMMAR_TEXT.finditer(text) if match.group('literal')}


SYMBOL_NAMES = {'->': 'ARROW', '...': 'ELLIPSIS', '%': 'PERCENT', '&&': 'AND_AND', '||': 'OR_OR', '==': 'EQUALS_EQUALS',
                '-': 'DASH', '--': 'DASH_DASH', '+': 'PLUS', '*': 'STAR', '<': 'LESS', '>': 'GREATER', '#': 'HASH',
                '?': 'QUESTION', '.': 'DOT', '@': 'AT_SIGN', '|': 'BAR', '&': 'AMPERSAND', '~': 'TILDE', '$': 'DOLLAR'}


def keyword_name(literal, taken):
    """@return a token name for a literal word: 'Dropping' -> DROPPING, 'dropping' -> DROPPING_LOWER (when the
    capitalised word has the plain name), 're-registered' -> RE_REGISTERED, 'elected.' -> ELECTED_DOT."""
    word = literal[1:-1].replace("\\'", "'")
    if word in SYMBOL_NAMES:
        base = SYMBOL_NAMES[word]
        return base if base not in taken else base + '_2'
    base = re.sub(r'[^A-Za-z0-9]+', '_', word.replace('.', '_DOT_').replace('%', '_PERCENT_')
                  .replace('`', '_TICK_')).strip('_').upper()
    if word.startswith('--'):
        base = 'FLAG_' + base
    if not base or base[0].isdigit():
        base = 'NUMBER_' + base if base else 'SYMBOL'
    candidates = [base + '_LOWER', base] if word[:1].islower() else [base, base + '_TITLE']
    candidates += [base + '_' + str(n) for n in range(2, 100)]
    for name in candidates:
        if name not in taken:
            return name
    raise ValueError(literal)


def sync_keywords(grammar_dir):
    """Rewrites the keyword section of GlogLexer.g4 and the `keyword` rule of MesosMasterParser.g4 so that they
    list every literal word of the parser, sorted; existing token names are kept."""
    lexer_path = grammar_dir + '/src/main/antlr4/io/mesosfailover/grammar/GlogLexer.g4'
    parser_path = grammar_dir + '/src/main/antlr4/io/mesosfailover/grammar/MesosMasterParser.g4'
    lexer = open(lexer_path, encoding='utf-8').read()
    parser = open(parser_path, encoding='utf-8').read()
    begin = lexer.index('// BEGIN KEYWORDS')
    begin = lexer.index('\n', begin) + 1
    end = lexer.index('// END KEYWORDS')
    existing = {}
    for line in lexer[begin:end].splitlines():
        match = LEXER_KEYWORD.match(line.strip())
        if match:
            existing[match.group(2)] = match.group(1)
    punctuation = set()
    section = lexer[lexer.index('// BEGIN PUNCTUATION'):lexer.index('// END PUNCTUATION')]
    for line in section.splitlines():
        match = LEXER_KEYWORD.match(line.strip())
        if match:
            punctuation.add(match.group(2))
    rules_start = parser.index('mesosMessage\n')
    keyword_start = parser.index('\nkeyword\n')
    used = grammar_literals(parser[rules_start:keyword_start]) - punctuation
    names = {}
    # the lexer's other token names (PID, HOST_PORT, ATOM, the line starts) are taken too
    taken = set(re.findall(r'^([A-Z][A-Z0-9_]*)\b', lexer[:begin] + lexer[end:], re.M))
    for literal in sorted(used):
        if literal in existing:
            names[literal] = existing[literal]
            taken.add(existing[literal])
    for literal in sorted(used, key=lambda word: (word.lower(), word)):
        if literal not in names:
            names[literal] = keyword_name(literal, taken)
            taken.add(names[literal])
    ordered = sorted(names.items(), key=lambda item: (item[0][1].isalpha(), item[0].lower(), item[0]))
    section = ''.join(f'{name} : {literal} ;\n' for literal, name in ordered)
    lexer = lexer[:begin] + section + lexer[end:]
    rule_end = parser.index(';', keyword_start)
    rule = '\nkeyword\n    : ' + '\n    | '.join(name for _, name in ordered) + '\n    '
    parser = parser[:keyword_start] + rule + parser[rule_end:]
    with open(lexer_path, 'w', encoding='utf-8', newline='\n') as out:
        out.write(lexer)
    with open(parser_path, 'w', encoding='utf-8', newline='\n') as out:
        out.write(parser)
    added = sorted(set(names) - set(existing))
    removed = sorted(set(existing) - set(names))
    print(f'keywords: {len(names)} ({len(added)} added, {len(removed)} dropped)', file=sys.stderr)


# ------------------------------------------------------------------------------------------------ suggestions
# A developer aid: a draft grammar alternative for each template the grammar does not match yet. The committed
# grammar is curated from these drafts (labels that say what happened, pieces merged across versions).

SEPARATORS = set("()'[]{};,:!=")
STOP_WORDS = {'the', 'a', 'an', 'to', 'of', 'for', 'with', 'on', 'from', 'in', 'at', 'is', 'and', 'as', 'by', 'it',
              'be', 'its', 'this', 'that', 'has', 'have', 'been', 'was', 'are', 'will'}
RULE_NAMES = {'text', 'value', 'slave', 'framework', 'statusUpdate', 'keyword', 'nameText', 'hostPort', 'agentWord',
              'agentTitle', 'exitStatus'}
RESERVED_LABELS = {'start', 'stop', 'parent', 'children', 'exception', 'invokingState', 'new', 'default', 'class',
                   'return', 'import', 'package', 'for', 'if', 'else', 'switch', 'case', 'this', 'super', 'final',
                   'static', 'public', 'private', 'protected', 'int', 'long', 'char', 'boolean', 'byte', 'short',
                   'double', 'float', 'void', 'try', 'catch', 'throw', 'throws', 'while', 'do', 'break', 'continue',
                   'instanceof', 'interface', 'enum', 'abstract', 'native', 'synchronized', 'transient', 'volatile',
                   'assert', 'goto', 'const', 'true', 'false', 'null', 'var', 'record', 'tokens', 'options',
                   'grammar', 'fragment', 'lexer', 'parser', 'mode', 'returns', 'locals', 'throws', 'catch'}
# Kinds whose values are one token of the message lexer; the others may hold spaces and punctuation.
TOKEN_KINDS = {'agent-id', 'framework-id', 'task-id', 'executor-id', 'offer-id', 'operation-id', 'master-id',
               'host-port', 'ip', 'hostname', 'duration', 'bytes', 'count', 'percentage', 'hex', 'state', 'role',
               'principal', 'removal-limit'}
PIECE_RULES = {'agent': 'slave', 'framework': 'framework', 'status-update': 'statusUpdate'}
KIND_LABELS = {'agent-id': 'agentId', 'framework-id': 'frameworkId', 'task-id': 'taskId',
               'executor-id': 'executorId', 'offer-id': 'offerId', 'offer-ids': 'offerIds',
               'operation-id': 'operationId', 'master-id': 'masterId', 'hostname': 'hostname'}
FAMILIES = [
    ('allocatorTemplate', r'src/master/allocator/|hierarchical_allocator|/sorter', None),
    ('httpTemplate', r'src/master/http\.cpp|readonly_handler|src/common/http\.cpp|_handler\.cpp', None),
    ('authenticationTemplate', r'src/authentication/|src/sasl/', r'Master::_?authenticat\w*'),
    ('quotaMaintenanceTemplate', r'src/master/(quota|maintenance|weights)', None),
    ('replicatedLogTemplate', r'src/log/|src/state/', None),
    ('zooKeeperTemplate', r'src/zookeeper/|src/master/(contender|detector)', None),
    ('startupTemplate', r'src/master/main\.cpp', r'Master::(initialize|Master|finalize)'),
    ('offerTemplate', None, r'Master::(offer|_?accept\w*|decline\w*|inverseOffer\w*|rescindOffer|_?removeOffer|'
                            r'launchTasks|revive|suppress|offerTimeout|discardOffer|_apply|apply|'
                            r'updateUnavailability)'),
]


def family_of(record):
    site = record['sites'][0]
    for name, files, functions in FAMILIES:
        for candidate in record['sites']:
            if files and re.search(files, candidate['file']):
                return name
            if functions and re.fullmatch(functions, candidate['function'] or ''):
                return name
    text = record['template']
    if re.match(r'Authoriz', text):
        return 'authorizationTemplate'
    if re.search(r'(?i)operation', text):
        return 'operationTemplate'
    if re.search(r'(?i)\btask|executor|status update', text):
        return 'taskTemplate'
    if re.search(r'(?i)framework', text):
        return 'frameworkTemplate'
    if re.search(r'(?i)\b(slave|agent)', text):
        return 'agentTemplate'
    return 'masterTemplate'


def camel(words):
    words = [word for word in words if word]
    if not words:
        return 'template'
    first = words[0][0].lower() + words[0][1:]
    return first + ''.join(word[0].upper() + word[1:] for word in words[1:])


def label_for_expression(expression, kind, taken):
    if kind in KIND_LABELS:
        base = KIND_LABELS[kind]
    else:
        text = re.sub(r'\([^()]*\)', '()', expression or '')
        text = re.sub(r'\(\)|\.get\b|\.value\b|->|\*|&', ' ', text)
        count = '.size' in text or '_size' in text
        text = re.sub(r'\.?size|_size', ' ', text)
        identifiers = [word for word in re.findall(r'[A-Za-z_][A-Za-z0-9_]*', text)
                       if word not in ('get', 'value', 'stringify', 'std', 'flags', 'this', 'string', 'Bytes')]
        base = identifiers[-1] if identifiers else kind.replace('-', '_')
        base = camel(re.split(r'_+', base.strip('_'))) if '_' in base else base[0].lower() + base[1:]
        if count and not base.endswith('Count'):
            base += 'Count'
    if base in RULE_NAMES or base in RESERVED_LABELS:
        base += 'Value'
    name = base
    number = 2
    while name in taken:
        name = base + str(number)
        number += 1
    taken.add(name)
    return name


def literal_tokens(text):
    """Splits literal text into the message lexer's tokens: words between white space and punctuation."""
    tokens = []
    word = []
    for c in text:
        if c.isspace() or c in SEPARATORS:
            if word:
                tokens.append(''.join(word))
                word = []
            if c in SEPARATORS:
                tokens.append(c)
        else:
            word.append(c)
    if word:
        tokens.append(''.join(word))
    return tokens


def quote(token):
    return "'" + token.replace('\\', '\\\\').replace("'", "\\'") + "'"


class Suggestion:
    def __init__(self, record, expressions):
        self.record = record
        self.expressions = iter(expressions)
        self.taken = set()

    def alternative(self):
        return ' '.join(self.elements(self.record_pieces()))

    def record_pieces(self):
        return self.record['pieces']

    def elements(self, pieces):
        out = []
        for index, piece in enumerate(pieces):
            previous = pieces[index - 1] if index > 0 else None
            following = pieces[index + 1] if index + 1 < len(pieces) else None
            if 'literal' in piece:
                text = piece['literal']
                tokens = literal_tokens(text)
                # A word glued to a neighbouring placeholder is one token with it: the placeholder's element takes it.
                if tokens and following is not None and 'kind' in following and not text[-1:].isspace() \
                        and text[-1:] not in SEPARATORS:
                    tokens = tokens[:-1]
                if tokens and previous is not None and 'kind' in previous and not text[:1].isspace() \
                        and text[:1] not in SEPARATORS:
                    tokens = tokens[1:]
                out.extend(quote(token) for token in tokens)
            elif 'kind' in piece:
                out.append(self.placeholder(piece['kind'], following))
            else:
                branches = [' '.join(self.elements(branch)) for branch in piece['choice']]
                filled = [branch for branch in branches if branch]
                group = '(' + ' | '.join(filled) + ')'
                out.append(group + '?' if len(filled) < len(branches) else group)
        return out

    def placeholder(self, kind, following):
        expression = next(self.expressions, '')
        if kind in PIECE_RULES:
            return PIECE_RULES[kind]
        label = label_for_expression(expression, kind, self.taken)
        if kind == 'pid':
            return label + '=PID'
        if kind in TOKEN_KINDS:
            return label + '=value'
        if kind == 'name' and following is not None and 'literal' in following \
                and following['literal'][:1] in ("'", ')'):
            return label + '=nameText'
        return label + '=text'


def normalised(text):
    for old, new in (('slaves', 'agents'), ('slave', 'agent'), ('Slaves', 'Agents'), ('Slave', 'Agent'),
                     ('reregister', 're-register'), ('Reregister', 'Re-register')):
        text = text.replace(old, new)
    return text


def template_label(record, taken_labels):
    words = re.findall(r'[A-Za-z][A-Za-z0-9]*', normalised(''.join(
        piece['literal'] for piece in record['pieces'] if 'literal' in piece)))
    words = [word for word in words if word.lower() not in STOP_WORDS][:5]
    base = camel([word if word.isupper() and len(word) > 1 else word.lower() for word in words])
    base = re.sub(r'^[^a-z]+', lambda m: m.group(0).lower(), base)
    while base in taken_labels:
        base += 'Template'
    return base


def versioned(alternative):
    """Makes one alternative serve the slave/agent and re-register/reregister wordings."""
    for pattern, replacement in ((r"'(slave|agent)'", 'agentWord'), (r"'(Slave|Agent)'", 'agentTitle'),
                                 (r"'(slaves|agents)'", "('slaves' | 'agents')"),
                                 (r"'(re-register|reregister)'", "('re-register' | 'reregister')"),
                                 (r"'(re-registered|reregistered)'", "('re-registered' | 'reregistered')"),
                                 (r"'(re-registering|reregistering)'", "('re-registering' | 'reregistering')"),
                                 (r"'(re-registration|reregistration)'", "('re-registration' | 'reregistration')")):
        alternative = re.sub(pattern, replacement, alternative)
    return alternative


def suggest(inventory_path, outcomes_path):
    records = {}
    with open(inventory_path, encoding='utf-8') as lines:
        for line in lines:
            record = json.loads(line)
            records[record['id']] = record
    grammar_labels = set()
    wanted = []
    with open(outcomes_path, encoding='utf-8') as lines:
        for line in lines:
            template_id, outcome = line.split('\t')[:2]
            for part in outcome.split(' | '):
                if part.startswith('named ') or part.startswith('typed '):
                    grammar_labels.add(camel(part.split(' ', 1)[1].split('-')))
            if outcome.startswith('unmatched') or outcome.startswith('inconsistent'):
                wanted.append(records[template_id])
    families = {}
    seen = {}
    for record in wanted:
        expressions = [alternatives[0] if alternatives else '' for alternatives in record['expressions']]
        alternative = versioned(Suggestion(record, expressions).alternative())
        label = seen.get(alternative) or template_label(record, grammar_labels)
        seen[alternative] = label
        entry = families.setdefault(family_of(record), {}).setdefault(alternative, [label, []])
        entry[1].append(record)
    for family in sorted(families):
        print(f'// ---- {family}')
        for alternative, (label, members) in families[family].items():
            topics = sorted({member['failover'] for member in members if member['failover']})
            for member in members:
                print(f"    // {member['id']} {member['releases'][0]}..{member['releases'][-1]} {member['level']}"
                      f"{' FAILOVER ' + member['failover'] if member['failover'] else ''}: "
                      f"{member['template'][:150]!r}")
            print(f'    | {alternative} # {label}' + ('   // TYPED: ' + ','.join(topics) if topics else ''))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('mesos', nargs='?', help='an apache/mesos git directory with the release tags')
    parser.add_argument('--out', default='templates.jsonl', help='the inventory file to write')
    parser.add_argument('--sync-keywords', metavar='GRAMMAR_DIR',
                        help='rewrite the keyword lists of the grammar module from the literals of its parser')
    parser.add_argument('--suggest', nargs=2, metavar=('INVENTORY', 'OUTCOMES'),
                        help='print a draft alternative for each template that OUTCOMES (the template-labels table'
                             ' the parser test writes to parser/target) says no alternative matches')
    arguments = parser.parse_args()
    if arguments.sync_keywords:
        sync_keywords(arguments.sync_keywords)
        return
    if arguments.suggest:
        suggest(*arguments.suggest)
        return
    if not arguments.mesos:
        parser.error('the apache/mesos git directory is required')
    result = records(extract(arguments.mesos))
    with open(arguments.out, 'w', encoding='utf-8', newline='\n') as out:
        for record in result:
            out.write(json.dumps(record, ensure_ascii=False, separators=(',', ':')) + '\n')
    only = sum(1 for record in result if record['placeholderOnly'])
    print(f'{len(result)} templates ({only} placeholder-only) written to {arguments.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
