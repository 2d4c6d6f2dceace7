#!/usr/bin/env bash
# The container lifecycle on this machine, with what the image runs: the packaged Liberty server
# (target/liberty/wlp) configured like /config, the image's environment (DATABASE_URL on "local
# disk", BACKUP_DIR on the "share"), the restore entry point (src/main/docker/restore) run as the
# init container runs it, `server run` in the foreground as the image's CMD, stopped by SIGTERM or
# killed by SIGKILL.
#
#   1. empty share: restore starts empty → start → provision users and groups → a backup is
#      published → SIGTERM (final backup) → new replica (local disk wiped) → restore → start →
#      everything is there, /api/backup/status shows the restore record;
#   2. the same with kill -9: everything written before the last backup is back;
#   3. the newest generation corrupted on the share: the restore falls back to the previous one.
#
# usage: infra/container-lifecycle-test.sh   (after `mvn package liberty:create`, which the test
# command runs; ContainerLifecycleIT runs this script). Needs: bash, curl, sha256sum.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WLP=$ROOT/target/liberty/wlp
SERVER=scimtool-container
PORT=${LIFECYCLE_PORT:-19083}
BASE=http://127.0.0.1:$PORT
WORK=$ROOT/target/container-lifecycle
APP=$WORK/app                       # stands for / in the container
SCIM_TOKEN=lifecycle-scim-$RANDOM$RANDOM
ADMIN_TOKEN=lifecycle-admin-$RANDOM$RANDOM
LOG=$WORK/server-console.log

# The image's environment (Dockerfile ENV + Container Apps env and secrets).
export DATABASE_URL=file:$APP/local-data/scim.db BACKUP_DIR=$APP/data HTTP_PORT=$PORT
export SCIM_SHARED_SECRET=$SCIM_TOKEN ADMIN_SECRET=$ADMIN_TOKEN
export SCIMTOOL_HOME=$ROOT/target     # the image has /opt/scimtool/restore; the build has target/restore
export BACKUP_MIN_INTERVAL_SECONDS=2  # quicker than the default 10 s; same code path
unset RESTORE_ALLOW_EMPTY BACKUP_KEEP BACKUP_MAX_INTERVAL_SECONDS BACKUP_OWNER_ID || true

SERVER_PID=""
fail() { echo "FAIL: $*" >&2; [ -f "$LOG" ] && tail -20 "$LOG" >&2; exit 1; }
step() { echo "--- $*"; }
cleanup() { [ -n "$SERVER_PID" ] && kill -9 "$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT

scim() { curl -sS -H "Authorization: Bearer $SCIM_TOKEN" -H 'Content-Type: application/scim+json' "$@"; }
admin() { curl -sS -H "Authorization: Bearer $ADMIN_TOKEN" "$@"; }
field() { grep -o "\"$1\":\"\{0,1\}[^,\"}]*" | head -1 | sed 's/.*:"\{0,1\}//'; }

layout() { # the image's /config and /app
  rm -rf "$WORK" "$WLP/usr/servers/$SERVER"
  mkdir -p "$WLP/usr/servers/$SERVER/dropins" "$APP/local-data" "$APP/data"
  cp src/main/liberty/config/server.xml src/main/liberty/config/jvm.options src/main/liberty/config/server.env "$WLP/usr/servers/$SERVER/"
  cp target/scimtool.war "$WLP/usr/servers/$SERVER/dropins/"
}

init_container() { # prints the restore record, returns the tool's exit code
  src/main/docker/restore 2>>"$WORK/restore.log"
}

start() {
  "$WLP/bin/server" run "$SERVER" >>"$LOG" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "$BASE/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited during start-up"
    sleep 0.25
  done
  fail "not ready within 150 s"
}

stop_with() { # SIGTERM (graceful, as the platform stops a replica) or KILL
  kill -"$1" "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

new_replica() { rm -rf "$APP/local-data"; mkdir -p "$APP/local-data"; }

generation() { admin "$BASE/api/backup/status" | grep -o '"generation":[0-9]*' | head -1 | cut -d: -f2; }

wait_for_backup() { # until a generation newer than $1 is published and nothing is left unpublished
  local before=${1:-0} status now
  for _ in $(seq 1 120); do
    status=$(admin "$BASE/api/backup/status")
    now=$(echo "$status" | grep -o '"generation":[0-9]*' | head -1 | cut -d: -f2)
    if [ -n "$now" ] && [ "$now" -gt "$before" ] && echo "$status" | grep -q '"dirtySince":null'; then
      return 0
    fi
    sleep 0.5
  done
  fail "no backup after generation $before within 60 s: $status"
}

create_user() {
  local code
  code=$(scim -o /dev/null -w '%{http_code}' -d "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"$1\",\"active\":true}" "$BASE/scim/v2/Users")
  [ "$code" = 201 ] || fail "POST user $1: $code"
}

user_id() { scim -G --data-urlencode "filter=userName eq \"$1\"" "$BASE/scim/v2/Users" | field id; }

create_group() { # name member-ids...
  local name=$1; shift
  local members="" id
  for id in "$@"; do members+="${members:+,}{\"value\":\"$id\"}"; done
  local code
  code=$(scim -o /dev/null -w '%{http_code}' -d "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"$name\",\"members\":[$members]}" "$BASE/scim/v2/Groups")
  [ "$code" = 201 ] || fail "POST group $name: $code"
}

count() { admin "$BASE/api/database/statistics" | grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }
users_total() { admin "$BASE/api/database/statistics" | grep -o '"total":[0-9]*' | cut -d: -f2; }

expect() { [ "$2" = "$3" ] || fail "$1: expected $3, got $2"; echo "ok: $1 = $2"; }

layout

step "1. empty share: the init container starts empty"
record=$(init_container) || fail "restore exited $?"
echo "$record" | grep -q '"action":"STARTED_EMPTY"' || fail "expected STARTED_EMPTY: $record"
start
[ "$(scim -o /dev/null -w '%{http_code}' "$BASE/api/backup/status")" = 401 ] || fail "the SCIM secret opened /api although ADMIN_SECRET is set"
before=$(generation); before=${before:-0}
for i in $(seq 1 20); do create_user "user$i@lifecycle.test"; done
create_group "Finance" "$(user_id user1@lifecycle.test)" "$(user_id user2@lifecycle.test)"
create_group "Engineering" "$(user_id user3@lifecycle.test)"
wait_for_backup "$before"
step "SIGTERM with a change still pending: the final backup must carry it"
create_user "last-before-sigterm@lifecycle.test"
stop_with TERM
new_replica
record=$(init_container) || fail "restore exited $?"
echo "$record" | grep -q '"action":"RESTORED_FROM_BACKUP"' || fail "expected RESTORED_FROM_BACKUP: $record"
start
expect "users after SIGTERM + new replica" "$(users_total)" 21
expect "groups" "$(count groups)" 2
expect "memberships" "$(count memberships)" 3
status=$(admin "$BASE/api/backup/status")
echo "$status" | grep -q '"action":"RESTORED_FROM_BACKUP"' || fail "status lacks the restore record: $status"
echo "$status" | grep -q '"performedBy":"restore tool"' || fail "the restore record is not the init container's: $status"
echo "$status" | grep -q '"verifiedAtStartup":true' || fail "the app did not verify the restore: $status"
echo "$status" | grep -q '"checksumMatch":true' || fail "no checksum match in the record: $status"

step "2. kill -9: everything written before the last backup comes back"
before=$(generation)
for i in $(seq 21 30); do create_user "user$i@lifecycle.test"; done
wait_for_backup "$before"
for i in $(seq 1 3); do create_user "after-backup-$i@lifecycle.test"; done
stop_with KILL
new_replica
record=$(init_container) || fail "restore exited $?"
echo "$record" | grep -q '"action":"RESTORED_FROM_BACKUP"' || fail "expected RESTORED_FROM_BACKUP: $record"
start
total=$(users_total)
[ "$total" -ge 31 ] && [ "$total" -le 34 ] || fail "users after kill -9: $total (expected 31 backed up, at most 3 more)"
echo "ok: users after kill -9 = $total (31 backed up before the kill)"

step "3. the newest generation corrupted on the share: the restore falls back"
stop_with TERM
newest=$(grep -o '"file" *: *"[^"]*"' "$APP/data/manifest.json" | head -1 | sed 's/.*"\(scim-[^"]*\)"/\1/')
[ -f "$APP/data/$newest" ] || fail "no newest generation in the manifest"
dd if=/dev/urandom of="$APP/data/$newest" bs=4096 seek=2 count=4 conv=notrunc status=none
new_replica
record=$(init_container) || fail "restore exited $?"
echo "$record" | grep -q '"fallbackUsed":true' || fail "expected a fallback: $record"
echo "$record" | grep -q "$newest" || fail "the rejected generation is not named: $record"
start
curl -sf "$BASE/health/ready" >/dev/null || fail "not ready after the fallback restore"
admin "$BASE/api/backup/status" | grep -q '"fallbackUsed":true' || fail "status does not show the fallback"
stop_with TERM
echo "PASS: container lifecycle (SIGTERM, kill -9, corrupted newest generation)"
