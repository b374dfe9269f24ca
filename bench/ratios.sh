#!/usr/bin/env bash
# Throughput and latency of Agora's pages against /health, measured with wrk in one run, signed in as generated
# employees. Usage: bench/ratios.sh [base-url] [connections] [seconds]
# Needs wrk (Debian: apt-get install wrk) and a company made by the generator (Administration -> Generated company).
set -eu
BASE=${1:-http://localhost:9080}
CONNECTIONS=${2:-50}
SECONDS_EACH=${3:-20}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o -m1 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "email=employee${EMPLOYEE:-4242}@generated.example" \
    --data-urlencode "password=generated-password" --data-urlencode "_csrf=$token" "$BASE/login"
COOKIE=$(awk 'NF>=7 && ($6=="LtpaToken2" || $6=="JSESSIONID") {printf "%s=%s; ",$6,$7}' "$JAR")
[ -n "$COOKIE" ] || { echo "sign-in failed" >&2; exit 1; }
post=$(curl -s -H "Cookie: $COOKIE" "$BASE/" | grep -o 'href="/posts/[0-9]*"' | head -1 | grep -o '[0-9]*')
# a space named by SPACE=/spaces/slug, else the first linked from the home feed, else from the spaces directory
space=${SPACE:-$( { curl -s -H "Cookie: $COOKIE" "$BASE/"; curl -s -H "Cookie: $COOKIE" "$BASE/spaces"; } \
    | grep -o 'href="/spaces/[a-z0-9-]*"' | head -1 | sed 's/href="//;s/"//')}

echo "date: $(date -u +%FT%TZ)  commit: $(git rev-parse --short HEAD 2>/dev/null || echo -)  machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB"
echo "command: bench/ratios.sh $BASE $CONNECTIONS $SECONDS_EACH  load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| page | req/s | p50 | p95 (approx. p90/p99) | non-2xx | ratio to /health |\n|---|---|---|---|---|---|\n'
health=0
for page in /health / "/?order=top" "$space" "/posts/$post" /people "/people?department=Engineering" \
            "/people?expertise=java" /people/100 /hashtags/release "/search?q=roadmap" /health; do
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Cookie: $COOKIE" "$BASE$page")
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p50=$(echo "$out" | awk '$1=="50%"{print $2}')
    p90=$(echo "$out" | awk '$1=="90%"{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    bad=$(echo "$out" | awk '/Non-2xx/{print $5}')
    if [ "$page" = /health ] && [ "$health" = 0 ]; then health=$rps; fi
    ratio=$(awk -v a="$rps" -v b="$health" 'BEGIN{printf "%.3f", (b>0)? a/b : 0}')
    printf '| `%s` | %s | %s | %s / %s | %s | %s |\n' "$page" "$rps" "$p50" "$p90" "$p99" "${bad:-0}" "$ratio"
    # requests wrk gave up on are still being served: let them drain so that they do not count against the next page
    for _ in $(seq 1 120); do
        t=$(curl -s -o /dev/null -m 5 -w '%{time_total}' "$BASE/health" || echo 9)
        awk -v t="$t" 'BEGIN{exit !(t < 0.5)}' && break
        sleep 1
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
