#!/usr/bin/env bash
# briefcheck benchmark: generates N realistic documents (briefs, draft posts, creator profiles and
# results, linked by ids; src/bench/generate.py) and measures one `briefcheck check` run over them:
# wall time, peak memory (RSS) and documents per second, next to baselines measured in the same
# command, alternating runs:
#   jvm        - `briefcheck --version`: JVM start-up only
#   parse-only - `briefcheck check --no-default-rules`: read, validate and report, no rules
#   check      - `briefcheck check`: the full run with every bundled rule
#   spectral   - `spectral lint` (Stoplight Spectral, a generic JSON/YAML linter) with
#                src/bench/spectral/ruleset.yaml: about a dozen of briefcheck's simplest checks
# One table per N; the ratios divide each row's wall time by the parse-only, spectral and jvm rows'.
#
# Usage: src/bench/benchmark.sh [options] [N ...]        (default N: 1 10000)
#   --repeat R     measure each run R times, alternating the tools, and report medians
#                  (default: 3 for N <= 1000, 1 above)
#   --per-file K   write K documents per file, separated by `---` (default 1: one per file); for
#                  100,000 documents and more, e.g. --per-file 100 spares the filesystem a million files.
#                  Spectral reads only a file's first document, so it gets the same documents one per
#                  file, in a folder of their own
#   --no-spectral  leave Spectral out
#   -h, --help     this text
# Spectral: $SPECTRAL if set, else `spectral` on PATH, else @stoplight/spectral-cli 6.16.3 (spectral_version)
# installed with npm into ${XDG_CACHE_HOME:-~/.cache}/briefcheck-bench/spectral on the first run and
# reused later (delete that folder to reinstall). Before measuring, a self-check runs both tools on
# ten generated documents and one paid post without "#ad": both must report that post, and only it,
# and briefcheck must read every generated document and resolve every link (no input/... finding).
# Needs GNU time (/usr/bin/time), python3, and node/npm unless --no-spectral or $SPECTRAL is given.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$here/src/bench"
launcher="$here/briefcheck"
ruleset="$bench/spectral/ruleset.yaml"
spectral_version=6.16.3
spectral_home="${XDG_CACHE_HOME:-$HOME/.cache}/briefcheck-bench/spectral"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }
fail() { echo "benchmark: $*" >&2; exit 2; }

repeat="" per_file=1 with_spectral=1 sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --repeat) [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || fail "--repeat needs a whole number of 1 or more, e.g. --repeat 5"
      repeat=$2; shift 2 ;;
    --per-file) [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || fail "--per-file needs a whole number of 1 or more, e.g. --per-file 100"
      per_file=$2; shift 2 ;;
    --no-spectral) with_spectral=0; shift ;;
    -*) fail "unknown option '$1'; see --help" ;;
    *) [[ "$1" =~ ^[1-9][0-9]*$ ]] || fail "N must be a whole number of 1 or more, not '$1'; see --help"
      sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10000)
[ -x /usr/bin/time ] || fail "needs GNU time (/usr/bin/time; Debian package 'time')"
command -v python3 >/dev/null || fail "needs python3 to generate the documents"

find_spectral() {  # prints the path of the spectral command, installing it if needed
  if [ -n "${SPECTRAL:-}" ]; then
    [ -x "$SPECTRAL" ] || fail "SPECTRAL=$SPECTRAL is not an executable file"
    echo "$SPECTRAL"; return
  fi
  if command -v spectral >/dev/null; then command -v spectral; return; fi
  local bin="$spectral_home/node_modules/.bin/spectral"
  if [ ! -x "$bin" ]; then
    command -v npm >/dev/null || fail "Spectral is not installed and npm is missing: install Node.js 18+ and npm, set SPECTRAL=/path/to/spectral, or run with --no-spectral"
    echo "benchmark: installing @stoplight/spectral-cli@$spectral_version into $spectral_home (first run only)..." >&2
    mkdir -p "$spectral_home"
    npm install --prefix "$spectral_home" --no-audit --no-fund --loglevel=error \
      "@stoplight/spectral-cli@$spectral_version" >&2 || fail "npm could not install Spectral (output above); set SPECTRAL=/path/to/spectral or run with --no-spectral"
  fi
  echo "$bin"
}

"$launcher" --version >/dev/null   # builds the jar and the class-data archive if needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT


self_check() {  # both tools report the paid post without "#ad" in a small folder, and only that post;
                # briefcheck reads every generated document and resolves every link
  local dir="$work/self-check" rc=0
  python3 "$bench/generate.py" 10 "$dir"
  printf '%s\n' "kind: post" "id: post-bad" "brief: brief-0" "platform: instagram" "format: reel" "market: US" \
    "connection: paid" "caption: My morning routine with the new serum. #skincare" > "$dir/post-bad.yaml"
  "${lint[@]}" --format json "$dir/*.yaml" > "$work/spectral.json" || rc=$?
  [ $rc -le 1 ] || fail "the Spectral self-check failed (exit code $rc); run: $spectral lint --ruleset $ruleset '$dir/*.yaml'"
  "$launcher" check --fail-on never --format json "$dir" > "$work/briefcheck.json"
  python3 - "$work/spectral.json" "$work/briefcheck.json" <<'EOF' || exit 2
import json, os, sys
spectral = {(os.path.basename(f["source"]), f["code"]) for f in json.load(open(sys.argv[1]))}
briefcheck = {(os.path.basename(f["file"]), f["rule"]) for f in json.load(open(sys.argv[2]))["findings"]}
expected = {"post-bad.yaml"}
checks = [("spectral", spectral, "post-paid-needs-ad"), ("briefcheck", briefcheck, "ftc/missing-disclosure")]
for tool, found, rule in checks:
    files = {name for name, code in found if code == rule}
    if files != expected:
        sys.exit("benchmark: self-check failed: %s reported %s on %s, expected only on post-bad.yaml"
                 % (tool, rule, sorted(files) or "no file"))
if ("brief-0.yaml", "payment-terms-vague") not in spectral:
    sys.exit("benchmark: self-check failed: spectral did not report payment_terms: tbd in brief-0.yaml")
unread = sorted("%s %s" % f for f in briefcheck if f[1].startswith("input/"))
if unread:
    sys.exit("benchmark: self-check failed: the generated documents are not all valid and linked: %s" % unread)
EOF
}

if [ "$with_spectral" = 1 ]; then
  spectral="$(find_spectral)"
  lint=("$spectral" lint --quiet --ruleset "$ruleset")   # then the files: a glob Spectral expands itself
  echo "spectral $("$spectral" --version) ($spectral), ruleset $ruleset" >&2
  self_check
fi

measure() {  # measure LABEL N MAX_EXIT COMMAND...: appends "label seconds kib" to $work/runs.txt
  # wall time from bash's microsecond clock around the run (GNU time's %e counts hundredths of a second, too coarse for
  # a run of 0.1-0.2 s: one hundredth is 5-10 % of it), peak memory from GNU time
  local label=$1 n=$2 max_exit=$3 rc=0 start end; shift 3
  start=${EPOCHREALTIME/,/.}
  /usr/bin/time -o "$work/time.txt" -f "%M" "$@" >/dev/null 2>"$work/stderr.txt" || rc=$?
  end=${EPOCHREALTIME/,/.}
  if [ $rc -gt "$max_exit" ]; then
    cat "$work/stderr.txt" >&2
    fail "the $label run on $n documents ended with exit code $rc (output above)"
  fi
  echo "$label $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }') $(tail -n 1 "$work/time.txt")" >> "$work/runs.txt"
}

for n in "${sizes[@]}"; do
  : > "$work/runs.txt"
  dir="$work/n$n"
  python3 "$bench/generate.py" "$n" "$dir" "$per_file"
  single="$dir"
  if [ "$with_spectral" = 1 ] && [ "$per_file" -gt 1 ]; then
    single="$work/n$n-single"
    python3 "$bench/generate.py" "$n" "$single"
  fi
  runs=${repeat:-$([ "$n" -le 1000 ] && echo 3 || echo 1)}
  for ((r = 0; r < runs; r++)); do
    measure jvm "$n" 0 "$launcher" --version
    measure parse-only "$n" 0 "$launcher" check --no-default-rules --fail-on never "$dir"
    measure check "$n" 0 "$launcher" check --fail-on never "$dir"
    [ "$with_spectral" = 0 ] || measure spectral "$n" 1 "${lint[@]}" "$single/*.yaml"   # exit code 1: findings
  done
  rm -rf "$dir" "$single"
  files=$(( (n + per_file - 1) / per_file ))
  python3 - "$work/runs.txt" "$n" "$files" "$runs" "$per_file" <<'EOF'
import statistics, sys
path, n, files, runs, per_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rows = {}
for line in open(path):
    label, secs, kib = line.split()
    rows.setdefault(label, []).append((float(secs), int(kib)))
wall = {label: statistics.median(s for s, _ in r) for label, r in rows.items()}
peak = {label: statistics.median(k for _, k in r) / 1024 for label, r in rows.items()}
print("N = %d: %d document%s in %d file%s%s; %s" % (
    n, n, "" if n == 1 else "s", files, "" if files == 1 else "s",
    " (spectral: one per file)" if per_file > 1 and "spectral" in rows else "",
    "median of %d runs each" % runs if runs > 1 else "one run each"))
print("%-11s %9s %9s %10s %13s %11s %7s" % ("run", "wall (s)", "peak MiB", "docs/s", "x parse-only", "x spectral", "x jvm"))
ratio = lambda label, base: "%.2f" % (wall[label] / wall[base]) if base in wall and wall[base] > 0 else "-"
for label in ("jvm", "parse-only", "check", "spectral"):
    if label in wall:
        rate = "-" if label == "jvm" or n == 1 or wall[label] == 0 else n / wall[label]
        rate = rate if rate == "-" else "%.0f" % rate if rate >= 10 else "%.1f" % rate
        print("%-11s %9.3f %9.0f %10s %13s %11s %7s" % (label, wall[label], peak[label], rate,
              ratio(label, "parse-only"), ratio(label, "spectral"), ratio(label, "jvm")))
print()
EOF
done
