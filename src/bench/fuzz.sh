#!/usr/bin/env bash
# briefcheck fuzzing, the long run (issue 11): the same seeded generator and invariants as FuzzTest in
# `mvn -B verify` (5,000 inputs, sizes up to 10^3), here over many more inputs and sizes up to 10^5,
# where the issue's largest reproducers are. Every input must give a report of every file and document,
# an exit code of 0, 1 or 2 that agrees with the findings, no stack trace, and a time and allocation
# within ten times the median (floors 2 s and 256 MiB). Failed inputs are kept in target/fuzz-failures/.
# Usage: src/bench/fuzz.sh [COUNT [SEED [MAX_POWER]]]   (default: 100000, a new seed, 5)
# To make failed inputs again: mvn -B test -Dtest=FuzzTest -Dbriefcheck.fuzz.seed=SEED \
#   -Dbriefcheck.fuzz.maxPower=MAX_POWER -Dbriefcheck.fuzz.count=COUNT -Dbriefcheck.fuzz.only=N,M
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-100000}"
seed="${2:-$(date +%s)}"
power="${3:-5}"
echo "fuzz: $count inputs, seed $seed, sizes up to 10^$power" >&2
cd "$here"
exec mvn -B test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbriefcheck.fuzz.count="$count" -Dbriefcheck.fuzz.seed="$seed" -Dbriefcheck.fuzz.maxPower="$power"
