#!/usr/bin/env bash
# Write latency while a backup of the benchmark's database runs (issue 8: write p99 may rise by at
# most 5 ms). Run after bench/run.sh, which leaves its server directory and the seeded database
# (target/bench/data). Starts that server with BACKUP_DIR set and the automatic schedule pushed
# out, warms up, then alternates PATCH-user runs without a backup and with one triggered through
# /api/backup/trigger, each run as long as one backup takes: without, during, without, during, ...
# without. Each run with a backup is compared with the mean of the runs just before and just after
# it, so that drift over the minutes of the benchmark is not counted as the backup's.
# Results: target/bench/backup-load.md.
# env: BENCH_CONNECTIONS (16) BENCH_PORT (9180) BENCH_PAIRS (3)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PORT=${BENCH_PORT:-9180}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
PAIRS=${BENCH_PAIRS:-3}
SERVER=scimtool-bench
WLP=$ROOT/target/liberty/wlp
export BENCH_DIR=$ROOT/target/bench
export BENCH_LUA=$ROOT/bench/wrk
export BENCH_TOKEN=bench-secret-$RANDOM$RANDOM
[ -d "$WLP/usr/servers/$SERVER" ] && [ -f "$BENCH_DIR/data/scim.db" ] ||
  { echo "run bench/run.sh first (it leaves the server and the seeded database)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 2; }

BACKUPS=$BENCH_DIR/backups
rm -rf "$BACKUPS"
export HTTP_PORT=$PORT DATABASE_URL=file:$BENCH_DIR/data/scim.db SCIM_SHARED_SECRET=$BENCH_TOKEN
export BACKUP_DIR=$BACKUPS BACKUP_MIN_INTERVAL_SECONDS=86400 BACKUP_MAX_INTERVAL_SECONDS=86400
BASE=http://127.0.0.1:$PORT
"$WLP/bin/server" stop $SERVER >/dev/null 2>&1 || true
trap '"$WLP/bin/server" stop $SERVER >/dev/null 2>&1 || true' EXIT
"$WLP/bin/server" start $SERVER >/dev/null
until curl -sf "$BASE/health/ready" | grep -q '"database"'; do sleep 0.2; done

trigger() { # -> "http-status milliseconds"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST \
    -H "Authorization: Bearer $BENCH_TOKEN" "$BASE/api/backup/trigger" |
    awk '{printf "%s %.0f\n", $1, $2 * 1000}'
}
patch_run() { # seconds -> "rps p99-ms errors"
  wrk -t2 -c"$CONNECTIONS" -d"$1s" --latency -s "$BENCH_LUA/patch-user.lua" "$BASE" |
    awk '/Requests\/sec/ {rps=$2}
      /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else {sub(/s/,"",v); v*=1000}; p99=v}
      /Non-2xx/ {e+=$5} /Socket errors/ {e+=1}
      END {printf "%.0f %.1f %d\n", rps, p99, e}'
}

# JIT warm-up on writes; the backup the start-up schedules runs meanwhile and is waited for. Then
# one backup without load measures how long one takes.
patch_run 60 >/dev/null
until curl -s -H "Authorization: Bearer $BENCH_TOKEN" "$BASE/api/backup/status" | grep -q '"state":"IDLE"'; do sleep 1; done
read -r status ms <<<"$(trigger)"
[ "$status" = 200 ] || { echo "backup trigger answered $status" >&2; exit 1; }
SECONDS_PER_BACKUP=$(( ms / 1000 + 1 ))
echo "one backup of $(du -m "$BENCH_DIR/data/scim.db" | cut -f1) MB: $ms ms"

ROWS=""
read -r rps0 p990 e0 <<<"$(patch_run "$SECONDS_PER_BACKUP")"
echo "without a backup: $rps0 req/s p99 $p990 ms"
for i in $(seq 1 "$PAIRS"); do
  ( sleep 0.5; trigger > "$BENCH_DIR/backup-trigger.out" ) &
  read -r rps1 p991 e1 <<<"$(patch_run "$SECONDS_PER_BACKUP")"
  wait
  read -r status ms <"$BENCH_DIR/backup-trigger.out"
  read -r rps2 p992 e2 <<<"$(patch_run "$SECONDS_PER_BACKUP")"
  echo "backup $i ($status, $ms ms): $rps1 req/s p99 $p991 ms; then without: $rps2 req/s p99 $p992 ms"
  ROWS+="| $i | $p990 ms | $rps1 | $p991 ms | $p992 ms | $(awk -v d="$p991" -v a="$p990" -v b="$p992" 'BEGIN {printf "%+.1f", d - (a + b) / 2}') ms | $ms ms ($status) | $((e0 + e1 + e2)) |"$'\n'
  p990=$p992 e0=0
done

cat > "$BENCH_DIR/backup-load.md" <<MD
Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; PATCH user (replace 2 attributes), wrk -t2 -c$CONNECTIONS, each run ${SECONDS_PER_BACKUP} s (one backup's length), database $(du -m "$BENCH_DIR/data/scim.db" | cut -f1) MB, BACKUP_DIR on the same local disk. p99 change: during the backup minus the mean of the runs before and after.

| backup | p99 before | during: req/s | p99 | p99 after | p99 change | backup | errors |
|---|---|---|---|---|---|---|---|
$ROWS
MD
cat "$BENCH_DIR/backup-load.md"
