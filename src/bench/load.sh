#!/usr/bin/env bash
# briefcheck load test: starts `briefcheck serve` on a free loopback port, warms it up, then sends the
# page's draft checks (POST /api/check, the draft as JSON) from N concurrent keep-alive clients and
# prints p50/p90/p99/max latency, requests/s, answers by status, and the server's RSS (VmRSS, and the
# peak VmHWM) at start, after the warm-up and after the load. Loopback only; each phase stops after
# --max-seconds at the latest. The client is src/bench/LoadClient.java (JDK only, run as source).
# Usage: src/bench/load.sh [--clients 20] [--requests 10000] [--warmup 3000] [--max-seconds 120]
#                          [--jvm "JVM FLAGS"] [--jar JAR]
# By default the server is started by the launcher (./briefcheck serve), with its flags; --jvm and/or --jar start
# `java JVM FLAGS -jar JAR serve` instead (JAR defaults to target/briefcheck.jar), to compare flags or builds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
clients=20 requests=10000 warmup=3000 max_seconds=120 jvm="" jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) clients=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --max-seconds) max_seconds=$2; shift 2 ;;
    --jvm) jvm=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    *) echo "load: unknown option $1 (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done

"$here/briefcheck" --version >/dev/null   # builds the jar and the class-data archive if needed
log="$(mktemp)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -f "$log"
}
trap cleanup EXIT
if [ -n "$jvm$jar" ]; then
  # shellcheck disable=SC2086 # the flags are words
  java $jvm -jar "${jar:-$here/target/briefcheck.jar}" serve --port 0 >"$log" 2>&1 &
else
  "$here/briefcheck" serve --port 0 >"$log" 2>&1 &   # the launcher execs java: $! is the server
fi
server=$!
port=""
for _ in $(seq 1 600); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log" | head -n 1)
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "load: the server stopped" >&2; exit 2; }
  sleep 0.1
done
[ -n "$port" ] || { cat "$log" >&2; echo "load: the server did not start within 60 s" >&2; exit 2; }
echo "server: pid $server, port $port, $(nproc) cores, JVM flags: $(tr '\0' ' ' </proc/"$server"/cmdline | sed 's|^java ||; s| serve --port 0 *$||')"
echo "load: $clients clients, $warmup warm-up + $requests measured draft checks"
java "$here/src/bench/LoadClient.java" --port "$port" --pid "$server" --clock-ticks "$(getconf CLK_TCK)" --clients "$clients" \
  --requests "$requests" --warmup "$warmup" --max-seconds "$max_seconds"
