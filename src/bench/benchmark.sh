#!/usr/bin/env bash
# briefcheck benchmark: generates N realistic documents (briefs, draft posts, creator profiles and
# results, one per file, linked by ids) and measures one `briefcheck check` run over them: wall time
# and peak memory (RSS), next to baselines measured in the same command:
#   jvm        - `briefcheck --version`: JVM start-up only
#   parse-only - `briefcheck check --no-default-rules`: read, validate and report, no rules
#   check      - `briefcheck check`: the full run with every bundled rule
# Usage: src/bench/benchmark.sh [N ...]      (default: 1 10000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
launcher="$here/briefcheck"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10000)
[ -x /usr/bin/time ] || { echo "benchmark: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }

"$launcher" --version >/dev/null   # builds the jar and the class-data archive if needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

generate() {  # generate N DIR
  local n=$1 dir=$2 i kind
  mkdir -p "$dir"
  for ((i = 0; i < n; i++)); do
    kind=$((i % 10))
    if ((kind < 2)); then
      printf '%s\n' "kind: brief" "id: brief-$i" "brand:" "  name: Brand $i" \
        "  description: Skincare brand number $i from Utrecht" "  profiles: [\"https://instagram.com/brand$i\"]" \
        "campaign:" "  name: Campaign $i" "  objectives:" "    - {type: awareness, description: Reach skincare fans 18-34}" \
        "  kpis:" "    - {metric: err, target: \"4%\"}" "  start: 2027-03-01" "  end: 2027-05-31" "  markets: [US, NL]" \
        "  industry: beauty" "audience:" "  description: Skincare-curious women 18-34" "  age: \"18-34\"" \
        "key_messages: [\"Vitamin C serum for dull skin\", \"100% vegan\"]" "deliverables:" \
        "  - {platform: instagram, format: reel, count: 2, due: 2027-03-15}" "compensation:" "  model: product_plus_fee" \
        "  fee: {amount: 300, currency: EUR, per: post}" \
        "  payment_terms: $([ $((i % 3)) = 0 ] && echo tbd || echo 'Paid within 30 days')" "contract:" \
        "  usage_rights: {channels: [instagram], duration_months: 6}" "claims:" "  - text: Brightens skin in 4 weeks" \
        "influencers:" "  - {handle: \"@creator$i\", platform: instagram, followers: 48000, avg_likes: 2400, avg_comments: 180}" \
        > "$dir/brief-$i.yaml"
    elif ((kind < 7)); then
      printf '%s\n' "kind: post" "id: post-$i" "brief: brief-$((i / 10 * 10))" "platform: instagram" "format: reel" \
        "market: US" "author: \"@creator$((i / 10 * 10))\"" "connection: paid" "caption: |" \
        "  My morning routine with the new serum, three weeks in. Use code SAVE$i for 20% off." \
        "  #skincare #vegan #morningroutine #ad" "video:" "  duration_s: 45" "  transcript:" \
        "    - {at: \"0:03\", text: \"This video is sponsored by Brand $i\"}" > "$dir/post-$i.yaml"
    elif ((kind < 9)); then
      printf '%s\n' "kind: influencer" "handle: \"@creator$i\"" "platform: instagram" "followers: $((40000 + i))" \
        "following: 610" "avg_likes: 2400" "avg_comments: 180" "avg_reach: 21000" "niche: [beauty]" \
        "follower_history:" "  - {date: 2026-10-01, followers: 46000}" "  - {date: 2026-11-01, followers: 48000}" \
        "audit: {tool: HypeAuditor, authentic_followers_pct: 91, mass_followers_pct: 6}" > "$dir/creator-$i.yaml"
    else
      printf '%s\n' "kind: results" "post: post-$((i - 7))" "brief: brief-$((i / 10 * 10))" "platform: instagram" \
        "format: reel" "reach: 12000" "impressions: 15000" "likes: 540" "comments: 61" "saves: 80" "clicks: 210" \
        "cost: 300" "revenue: 840" > "$dir/results-$i.yaml"
    fi
  done
}

measure() {  # measure LABEL ARGS... -> "label seconds peak_mib"
  local label=$1; shift
  local t
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$launcher" "$@" >/dev/null 2>&1 || true
  t=$(tail -n 1 "$work/time.txt")
  awk -v l="$label" -v t="$t" 'BEGIN { split(t, a, " "); printf "%s %.2f %.0f\n", l, a[1], a[2] / 1024 }'
}

printf '%-8s %-11s %9s %10s %12s %14s\n' "N" "run" "wall (s)" "peak MiB" "docs/s" "x parse-only"
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  generate "$n" "$dir"
  jvm=$(measure jvm --version)
  parse=$(measure parse-only check --no-default-rules --fail-on never "$dir")
  full=$(measure check check --fail-on never "$dir")
  parse_s=$(echo "$parse" | cut -d' ' -f2)
  for row in "$jvm" "$parse" "$full"; do
    read -r label secs mib <<<"$row"
    awk -v n="$n" -v l="$label" -v s="$secs" -v m="$mib" -v p="$parse_s" 'BEGIN {
      rate = (l == "jvm") ? "-" : sprintf("%.0f", n / s);
      printf "%-8s %-11s %9.2f %10.0f %12s %13.2fx\n", n, l, s, m, rate, s / p }'
  done
done
