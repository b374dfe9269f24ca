#!/usr/bin/env bash
# Generates a company into a running Agora through its administration page, then waits for it and for the search
# index. Usage: ADMIN=admin@example.com PASSWORD=... bench/generate.sh [base-url] [sizes]
# Sizes as on the page, e.g. "seed=42,people=10000,spaces=500,posts=1000000,comments=3000000,reactions=5000000".
set -eu
BASE=${1:-http://localhost:9080}
SIZES=${2:-seed=42,people=10000,spaces=500,posts=1000000,comments=3000000,reactions=5000000,days=730}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
csrf() { curl -s -c "$JAR" -b "$JAR" "$BASE$1" | grep -o -m1 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//'; }

token=$(csrf /login)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "email=${ADMIN:?set ADMIN to an administrator e-mail}" \
    --data-urlencode "password=${PASSWORD:?set PASSWORD}" --data-urlencode "_csrf=$token" \
    "$BASE/login"
token=$(csrf /admin/generator)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "size=$SIZES" \
    --data-urlencode "_csrf=$token" "$BASE/admin/generator")
[ "$status" = 303 ] || { echo "not started (HTTP $status): see $BASE/admin/generator" >&2; exit 1; }
start=$(date +%s)
while :; do
    line=$(curl -s -b "$JAR" "$BASE/admin/generator" | grep -o 'generation-status[^>]*>[^<]*' | sed 's/.*>//')
    echo "$(( $(date +%s) - start )) s: $line"
    case "$line" in Generated*|Failed*|Stopped*|Abandoned*) break ;; esac
    sleep 10
done
while :; do
    line=$(curl -s -b "$JAR" "$BASE/admin/search" | grep -o 'rebuild-status[^>]*>[^<]*' | sed 's/.*>//')
    echo "$(( $(date +%s) - start )) s: search index: $line"
    case "$line" in Rebuilt*|Failed*|Stopped*) break ;; esac
    sleep 10
done
