#!/usr/bin/env bash
# The commands as a user runs them: the launcher, a cold JVM, the whole process, several runs; medians of the wall
# clock, the CPU time (user + system) and the peak RSS, measured by GNU time. Where lnav is installed, it runs one lnav
# query on the same file in the same runs and prints the ratio.
#
# Usage: scripts/benchmark-cold.sh [--runs N] [--data DIR] [--cases LIST] [--big] [--against REVISION]
#   --runs N            runs of each command (default 5); the medians are printed
#   --data DIR          where the generated logs are kept between runs (default: ${TMPDIR:-/tmp}/mesos-failover-bench);
#                       they are generated once, with the launcher, and re-used while their parameters match
#   --cases LIST        comma-separated, of: single, cluster, parse, sample, many, tiny, big (default: all but big)
#   --big               adds the case big: analyze on a single master log of about 2 GB (10 M lines)
#   --against REVISION  also builds REVISION (a commit, branch or tag of this repository) in a temporary copy and runs
#                       its launcher interleaved with this tree's (REVISION, tree, REVISION, tree, ...), so that both
#                       sets of figures come from the same minutes of the same machine
#
# The cases:
#   single   analyze --format json on one master's log: 2 M lines, about 425 MB (400 agents, 4,000 agent failovers)
#   cluster  analyze --format json on the three masters' logs of generate --size 2000000 (about 410 MB)
#   parse    parse of the single master's log to JSON Lines (to /dev/null)
#   sample   analyze on examples/cluster (2,071 lines): start-up
#   many     analyze on 20,000 files of a few lines each (and on 10,000 of them), under ulimit -n 1024
#   tiny     analyze on 1,000 one-line files with MESOS_FAILOVER_JAVA_OPTS=-Xmx256m
#   big      analyze --format json on one master's log of 10 M lines, about 2.1 GB
# Analyses of generated logs are checked against their ground truth (with python3, when installed).
# Requires GNU time (/usr/bin/time; Debian package time).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
data="${TMPDIR:-/tmp}/mesos-failover-bench"
cases="single,cluster,parse,sample,many,tiny"
against=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --data) data="$2"; shift 2 ;;
        --cases) cases="$2"; shift 2 ;;
        --big) cases="$cases,big"; shift ;;
        --against) against="$2"; shift 2 ;;
        *) echo "unknown argument: $1 (see the head of $0)" >&2; exit 2 ;;
    esac
done
if [[ ! -x /usr/bin/time ]]; then
    echo "GNU time is needed as /usr/bin/time (Debian: apt-get install time)" >&2
    exit 2
fi
has_case() {
    [[ ",$cases," == *",$1,"* ]]
}

# -- the launchers: this tree's, and REVISION's in a temporary copy ------------------------------------------------
launchers=()
labels=()
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if [[ -n "$against" ]]; then
    git -C "$root" archive "$against" | tar -x -C "$scratch" --one-top-level=against
    echo "building $against ..." >&2
    "$scratch/against/mesos-failover" --version >/dev/null
    launchers+=("$scratch/against/mesos-failover")
    labels+=("$against")
fi
echo "building the working tree ..." >&2
"$root/mesos-failover" --version >/dev/null
launchers+=("$root/mesos-failover")
labels+=("tree")

# -- the logs -----------------------------------------------------------------------------------------------------
# generate SET ARGS...: the logs of generate ARGS in $data/SET, unless they are there with the same arguments
generate() {
    local set="$1"
    shift
    local stamp="$data/$set/.arguments"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$*" ]]; then
        return
    fi
    echo "generating $set: generate $* ..." >&2
    rm -rf "${data:?}/$set"
    mkdir -p "$data/$set"
    "$root/mesos-failover" generate --output "$data/$set" "$@" >/dev/null
    echo "$*" >"$stamp"
}

# split SOURCE FOLDER FILES HEADER: the body lines of SOURCE in FILES files, each opening with SOURCE's HEADER lines
split_log() {
    local source="$1" folder="$2" files="$3" header="$4"
    rm -rf "$folder"
    mkdir -p "$folder"
    awk -v folder="$folder" -v files="$files" -v header="$header" -v total="$(wc -l <"$source")" '
        NR <= 3 { head = head $0 "\n"; next }
        {
            per = int((total - 3 + files - 1) / files)
            if ((NR - 4) % per == 0) {
                if (name != "") close(name)
                name = sprintf("%s/part-%05d.INFO", folder, (NR - 4) / per)
                if (header) printf "%s", head > name
            }
            print > name
        }' "$source"
}

mkdir -p "$data"
single_log="$data/single/logs/mesos-master-1.INFO"
if has_case single || has_case parse || has_case tiny; then
    generate single --masters 1 --agents 400 --failovers 4000 --size 2000000
fi
if has_case cluster; then
    generate cluster --size 2000000
fi
if has_case big; then
    generate big --masters 1 --agents 400 --failovers 20000 --size 10000000
fi
if has_case many; then
    generate many --masters 1 --size 100000
    if [[ ! -d "$data/many/files-20000" ]]; then
        split_log "$data/many/logs/mesos-master-1.INFO" "$data/many/files-20000" 20000 1
        mkdir -p "$data/many/files-10000"
        # the first half of the same files: half the lines
        find "$data/many/files-20000" -name 'part-0*.INFO' | sort | head -n 10000 \
            | xargs cp -t "$data/many/files-10000"
    fi
fi
if has_case tiny && [[ ! -d "$data/tiny" ]]; then
    mkdir -p "$data/tiny"
    head -n 1003 "$single_log" | tail -n 1000 | split -l 1 -a 4 -d - "$data/tiny/line-"
fi

# -- measuring ----------------------------------------------------------------------------------------------------
# One line per run in $scratch/figures: case, launcher label, wall s, CPU s, peak RSS KB, exit code, check.
: >"$scratch/figures"
# One line per analysis that did not give its ground truth: case, launcher label, what differs.
: >"$scratch/differences"

# run CASE LABEL OPEN_FILES COMMAND...: one cold run of COMMAND; its output goes to $scratch/out
run() {
    local name="$1" label="$2" open_files="$3"
    shift 3
    local code=0
    /usr/bin/time -f '%e %U %S %M' -o "$scratch/time" \
        bash -c 'ulimit -n "$0" && exec "$@"' "$open_files" "$@" >"$scratch/out" 2>"$scratch/err" || code=$?
    local check="ok"
    if [[ "$code" != 0 ]]; then
        check="exit $code: $(grep -v '^[[:space:]]' "$scratch/err" | tail -n 1 | cut -c1-120)"
    fi
    read -r wall user system rss < <(tail -n 1 "$scratch/time")
    echo "$name|$label|$wall|$(echo "$user + $system" | bc)|$rss|$code|$check" >>"$scratch/figures"
}

# same_as_truth TRUTH: whether the report in $scratch/out has exactly the incidents of the ground truth TRUTH; when
# not, what differs is on standard output, in one line
same_as_truth() {
    command -v python3 >/dev/null || return 0
    python3 - "$scratch/out" "$1" <<'EOF'
import collections, json, sys
report, truth = (json.load(open(path))["incidents"] for path in sys.argv[1:3])
if report == truth:
    sys.exit(0)
found = {incident.get("id"): incident for incident in report}
expected = {incident.get("id"): incident for incident in truth}
both = found.keys() & expected.keys()
fields = collections.Counter()
for key in both:
    if found[key] != expected[key]:
        fields.update(name for name in found[key].keys() | expected[key].keys()
                      if found[key].get(name) != expected[key].get(name))
print("%d incidents only in the report, %d only in the ground truth, %d with fields that differ%s" % (
    len(found.keys() - expected.keys()), len(expected.keys() - found.keys()),
    sum(1 for key in both if found[key] != expected[key]),
    "".join(" (%s %d)" % pair for pair in fields.most_common(5))))
sys.exit(1)
EOF
}

# analyze_case CASE LABEL LAUNCHER TRUTH INPUTS...: analyze --format json, checked against TRUTH
analyze_case() {
    local name="$1" label="$2" launcher="$3" truth="$4"
    shift 4
    run "$name" "$label" 1024 "$launcher" analyze --format json "$@"
    local difference
    if [[ -n "$truth" ]] && ! difference="$(same_as_truth "$truth")"; then
        sed -i '$ s/|ok$/|INCIDENTS DIFFER FROM THE GROUND TRUTH/' "$scratch/figures"
        echo "$name|$label|$difference" >>"$scratch/differences"
    fi
}

lines_of() {
    cat "$@" | wc -l
}

declare -A lines
has_case single && lines[single]=$(lines_of "$single_log")
has_case parse && lines[parse]=$(lines_of "$single_log")
has_case cluster && lines[cluster]=$(lines_of "$data"/cluster/logs/*)
has_case sample && lines[sample]=$(lines_of "$root"/examples/cluster/logs/*)
has_case many && lines[many-20000]=$(find "$data/many/files-20000" -type f -exec cat {} + | wc -l) \
    && lines[many-10000]=$(find "$data/many/files-10000" -type f -exec cat {} + | wc -l)
has_case tiny && lines[tiny]=1000
has_case big && lines[big]=$(lines_of "$data/big/logs/mesos-master-1.INFO")

for ((round = 1; round <= runs; round++)); do
    echo "round $round of $runs ..." >&2
    for i in "${!launchers[@]}"; do
        launcher="${launchers[$i]}"
        label="${labels[$i]}"
        # the files are read from the page cache by every command alike
        if has_case single; then
            cat "$single_log" >/dev/null
            analyze_case single "$label" "$launcher" "$data/single/ground-truth.json" "$single_log"
        fi
        if has_case cluster; then
            analyze_case cluster "$label" "$launcher" "$data/cluster/ground-truth.json" \
                --regions "$data/cluster/regions.yaml" "$data/cluster/logs"
        fi
        if has_case parse; then
            run parse "$label" 1024 bash -c 'exec "$0" parse "$1" >/dev/null' "$launcher" "$single_log"
        fi
        if has_case sample; then
            analyze_case sample "$label" "$launcher" "" --regions "$root/examples/cluster/regions.yaml" \
                "$root/examples/cluster/logs"
        fi
        if has_case many; then
            analyze_case many-20000 "$label" "$launcher" "" "$data/many/files-20000"
            analyze_case many-10000 "$label" "$launcher" "" "$data/many/files-10000"
        fi
        if has_case tiny; then
            run tiny "$label" 1024 env MESOS_FAILOVER_JAVA_OPTS=-Xmx256m "$launcher" analyze --format json \
                "$data/tiny"
        fi
        if has_case big; then
            analyze_case big "$label" "$launcher" "$data/big/ground-truth.json" "$data/big/logs/mesos-master-1.INFO"
        fi
    done
    if has_case single && command -v lnav >/dev/null; then
        run lnav lnav 1024 lnav -n -c ";SELECT count(*) FROM glog_log WHERE log_body LIKE 'Disconnecting %'" \
            "$single_log"
    fi
done

# -- the medians --------------------------------------------------------------------------------------------------
median() {
    sort -g | awk '{ value[NR] = $1 } END { if (NR % 2) print value[(NR + 1) / 2];
        else printf "%.3f\n", (value[NR / 2] + value[NR / 2 + 1]) / 2 }'
}

echo
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1), medians of $runs cold runs"
printf '%-11s %-14s %9s %9s %10s %12s  %s\n' case launcher "wall s" "CPU s" "RSS MB" "lines/s" "checks"
declare -A wall_of
for name in single cluster parse sample many-20000 many-10000 tiny big lnav; do
    for label in "${labels[@]}" lnav; do
        rows="$(awk -F'|' -v n="$name" -v l="$label" '$1 == n && $2 == l' "$scratch/figures")"
        [[ -z "$rows" ]] && continue
        wall="$(cut -d'|' -f3 <<<"$rows" | median)"
        cpu="$(cut -d'|' -f4 <<<"$rows" | median)"
        rss="$(cut -d'|' -f5 <<<"$rows" | median)"
        checks="$(cut -d'|' -f7 <<<"$rows" | sort | uniq -c | awk '{ $1 = $1 " x"; print }' | paste -sd';' -)"
        count="${lines[$name]:-${lines[single]:-0}}"
        printf '%-11s %-14s %9.2f %9.2f %10.0f %12.0f  %s\n' "$name" "$label" "$wall" "$cpu" "$(echo "$rss / 1024" | bc)" \
            "$(echo "$count / $wall" | bc)" "$checks"
        wall_of["$name/$label"]="$wall"
    done
done
if [[ -s "$scratch/differences" ]]; then
    echo "what differs from the ground truth (each kind once):"
    sort -u "$scratch/differences" | awk -F'|' '{ printf "  %s, %s: %s\n", $1, $2, $3 }'
fi
if [[ -n "${wall_of[lnav/lnav]:-}" ]]; then
    for label in "${labels[@]}"; do
        printf 'lnav query %.2f s / analyze single (%s) %.2f s = %.2f (the target: at least 3)\n' \
            "${wall_of[lnav/lnav]}" "$label" "${wall_of[single/$label]}" \
            "$(echo "${wall_of[lnav/lnav]} / ${wall_of[single/$label]}" | bc -l)"
    done
fi
