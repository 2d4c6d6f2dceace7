#!/usr/bin/env bash
# SCIM benchmark: packaged server on a fresh database, seeded through the API, then a bounded
# wrk load on loopback per workload (warm-up, three measured runs, median by throughput).
# Results: target/bench/results.md (copy into docs/benchmarks.md when they are the new reference).
#
# usage: bench/run.sh            env: BENCH_USERS (100000) BENCH_GROUPS (10000)
#        BENCH_MEMBERS (50 per group: 500,000 memberships) BENCH_DURATION (10s) BENCH_WARMUP (15s per workload)
#        BENCH_JIT_WARMUP (60s of reads once, before the first measurement)
#        BENCH_CONNECTIONS (16) BENCH_THREADS (2)
#        BENCH_WORKLOADS (all, space-separated names of bench/wrk/*.lua)
#        BENCH_SEED_CACHE (unset; a directory: the seeded database and ids are kept there after
#        seeding and reused by later runs with the same sizes, which skips the ~8 minutes of seeding)
# Needs: JDK 17, Maven, wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export BENCH_USERS=${BENCH_USERS:-100000}
GROUPS_N=${BENCH_GROUPS:-10000}
MEMBERS=${BENCH_MEMBERS:-50}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-15s}
JIT_WARMUP=${BENCH_JIT_WARMUP:-60s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
PORT=${BENCH_PORT:-9180}
SERVER=scimtool-bench
WLP=$ROOT/target/liberty/wlp
export BENCH_DIR=$ROOT/target/bench
export BENCH_LUA=$ROOT/bench/wrk
export BENCH_TOKEN=bench-secret-$RANDOM$RANDOM
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 2; }

mvn -B -q -DskipTests package liberty:create
rm -rf "$WLP/usr/servers/$SERVER" "$BENCH_DIR"
mkdir -p "$WLP/usr/servers/$SERVER/dropins" "$BENCH_DIR"
cp src/main/liberty/config/server.xml src/main/liberty/config/jvm.options src/main/liberty/config/server.env "$WLP/usr/servers/$SERVER/"
cp target/scimtool.war "$WLP/usr/servers/$SERVER/dropins/"

export HTTP_PORT=$PORT DATABASE_URL=file:$BENCH_DIR/data/scim.db SCIM_SHARED_SECRET=$BENCH_TOKEN
BASE=http://127.0.0.1:$PORT
trap '"$WLP/bin/server" stop $SERVER >/dev/null 2>&1 || true' EXIT
# Start once to create keystores etc., then measure a normal start-to-ready.
"$WLP/bin/server" start $SERVER >/dev/null
until curl -sf "$BASE/health/ready" | grep -q '"database"'; do sleep 0.2; done
"$WLP/bin/server" stop $SERVER >/dev/null
t0=$(date +%s%N)
"$WLP/bin/server" start $SERVER >/dev/null
until curl -sf "$BASE/health/ready" | grep -q '"database"'; do sleep 0.1; done
STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
PID=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")

SIZES="$BENCH_USERS-$GROUPS_N-$MEMBERS"
CACHE=${BENCH_SEED_CACHE:-}
if [ -n "$CACHE" ] && [ "$(cat "$CACHE/sizes" 2>/dev/null)" = "$SIZES" ]; then
  "$WLP/bin/server" stop $SERVER >/dev/null
  rm -rf "$BENCH_DIR/data" && cp -r "$CACHE/data" "$BENCH_DIR/data" && cp "$CACHE"/*-ids.txt "$BENCH_DIR/"
  "$WLP/bin/server" start $SERVER >/dev/null
  SEED="$(cat "$CACHE/seed.txt") (database reused from the seed cache)"
else
  SEED=$(java bench/Seeder.java "$BASE/scim/v2" "$BENCH_TOKEN" "$BENCH_USERS" "$GROUPS_N" "$MEMBERS" "$BENCH_DIR")
  if [ -n "$CACHE" ]; then # a stopped server leaves a consistent database to copy
    "$WLP/bin/server" stop $SERVER >/dev/null
    rm -rf "$CACHE" && mkdir -p "$CACHE" && cp -r "$BENCH_DIR/data" "$CACHE/data"
    cp "$BENCH_DIR"/*-ids.txt "$CACHE/" && echo "$SEED" > "$CACHE/seed.txt" && echo "$SIZES" > "$CACHE/sizes"
    "$WLP/bin/server" start $SERVER >/dev/null
  fi
fi
until curl -sf "$BASE/health/ready" | grep -q '"database"'; do sleep 0.2; done
PID=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
echo "$SEED"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
run_wrk() { # script duration [output name] -> "rps p50 p99 errors"; wrk's own report in <name>.out
  local out="$BENCH_DIR/${3:-$1}.out"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$BENCH_LUA/$1.lua" "$BASE" > "$out" 2>&1
  awk '
    / requests in / {requests=$1}
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx or 3xx responses/ {errors+=$5}
    /Socket errors/ {gsub(",", ""); errors+=$4+$6+$8+$10}
    END {errors = requests == 0 ? "stalled" : errors + 0; printf "%s %s %s %s\n", rps, p50, p99, errors}' "$out"
}

# A fresh JVM runs interpreted and C1 code for a while: a GET measured right after start-up was
# 3-4x slower than the same GET after a minute of load. Warm the shared request path once.
run_wrk get-user "$JIT_WARMUP" >/dev/null
run_wrk filter-username "$JIT_WARMUP" >/dev/null

ROWS=""
WORKLOADS=${BENCH_WORKLOADS:-filter-username filter-externalid get-user get-group get-group-no-members list-100 post-user patch-user add-member remove-member mixed}
for workload in $WORKLOADS; do
  run_wrk "$workload" "$WARMUP" >/dev/null
  results=()
  cpu_before=$(cpu_ticks); t_before=$(date +%s%N)
  for i in 1 2 3; do results+=("$(run_wrk "$workload" "$DURATION" "$workload-$i")"); done
  cpu_pct=$(awk -v d="$(( $(cpu_ticks) - cpu_before ))" -v t="$(( $(date +%s%N) - t_before ))" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "%.0f", 100 * d / hz / (t / 1e9)}')
  median=$(printf '%s\n' "${results[@]}" | sort -n -k1 | sed -n 2p)
  read -r rps p50 p99 errors <<<"$median"
  echo "$workload: $rps req/s, p50 $p50, p99 $p99, errors $errors, server CPU ${cpu_pct}%"
  ROWS+="| $workload | $rps | $p50 | $p99 | $errors | ${cpu_pct}% |"$'\n'
done

# One group with 10,000 members: GET with members, and a member add (one row, never a rewrite).
big_members=$(head -n 10000 "$BENCH_DIR/user-ids.txt" | awk '{printf "%s{\"value\":\"%s\"}", (NR>1?",":""), $1}')
printf '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"bench-big-group","members":[%s]}' \
  "$big_members" > "$BENCH_DIR/big-group.json"
BIG=$(curl -sf -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/scim+json' \
  --data-binary @"$BENCH_DIR/big-group.json" "$BASE/scim/v2/Groups?excludedAttributes=members" |
  sed -E 's/.*"id":"([^"]+)".*/\1/')
timed() { # method path [body] -> milliseconds
  curl -s -o /dev/null -w '%{time_total}\n' -X "$1" -H "Authorization: Bearer $BENCH_TOKEN" \
    -H 'Content-Type: application/scim+json' ${3:+--data "$3"} "$BASE$2" | awk '{printf "%.1f\n", $1 * 1000}'
}
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for i in $(seq 1 5); do timed GET "/scim/v2/Groups/$BIG" >/dev/null; done
BIG_GET_MS=$(for i in $(seq 1 21); do timed GET "/scim/v2/Groups/$BIG"; done | median)
BIG_ADD_MS=$(tail -n 21 "$BENCH_DIR/user-ids.txt" | while read -r user; do
  timed PATCH "/scim/v2/Groups/$BIG?excludedAttributes=members" \
    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"$user\"}]}]}"
done | median)
echo "group with 10,000 members: GET with members ${BIG_GET_MS} ms, member add ${BIG_ADD_MS} ms (medians of 21)"

RSS_MB=$(( $(awk '/VmRSS/ {print $2}' "/proc/$PID/status") / 1024 ))
DB_MB=$(du -sm "$BENCH_DIR/data" | cut -f1)
# Start-to-ready again with all the data: the restore check (quick_check) reads the whole live
# database before the application serves.
"$WLP/bin/server" stop $SERVER >/dev/null
t0=$(date +%s%N)
"$WLP/bin/server" start $SERVER >/dev/null
until curl -sf "$BASE/health/ready" | grep -q '"database"'; do sleep 0.1; done
STARTUP_FULL_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
cat > "$BENCH_DIR/results.md" <<MD
Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1);
Open Liberty $(grep -o 'productVersion=.*' "$WLP/lib/versions/openliberty.properties" | cut -d= -f2); wrk -t$THREADS -c$CONNECTIONS, $DURATION × 3 after a $WARMUP warm-up per workload and $JIT_WARMUP × 2 of reads once (median run shown), load generator on the same machine.

Data: $BENCH_USERS users (enterprise extension, emails, phones, addresses), $GROUPS_N groups with $MEMBERS members each. $SEED.

| workload | req/s | p50 | p99 | errors | server CPU (of one core) |
|---|---|---|---|---|---|
$ROWS
Group with 10,000 members (single client, median of 21): GET with members ${BIG_GET_MS} ms; adding one member ${BIG_ADD_MS} ms.

Server: start-to-ready ${STARTUP_MS} ms on an empty database, ${STARTUP_FULL_MS} ms with the data above; RSS after the runs ${RSS_MB} MB; database directory ${DB_MB} MB.
MD
cat "$BENCH_DIR/results.md"
