#!/usr/bin/env bash
# Load run: a server on loopback with PostgreSQL and 20,000 demo cadres; 50 virtual users browse the
# cadre list, profiles, search and screening for 60 s; prints throughput, p50/p95/p99 and errors.
# Usage: scripts/load.sh [USERS] [SECONDS] [CADRES]   (needs PostgreSQL at 127.0.0.1:5432, user postgres)
# Two runs, one after the other (LOAD_MODES, default "stress browse"):
#   stress  no think time: each user sends its next request as soon as the last is answered;
#   browse  people reading pages: a pause of 0..2*LOAD_THINK_MS (default 3000 ms) between requests.
# LOAD_MIX sets the weights of the pages (default list=35,profile=35,search=15,screening=15);
# LOAD_REUSE_DB=1 keeps an existing luanchuyen_load database with the same number of cadres;
# LOAD_JAVA_OPTS adds options to the server's JVM (e.g. a flight recording, see below).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${1:-50}
SECONDS_=${2:-60}
CADRES=${3:-20000}
PORT=${LOAD_PORT:-18080}
DB=luanchuyen_load
URL="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true"
WORK=$(mktemp -d)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/luanchuyen.jar ] || ./mvnw -q -B -ntp -DskipTests package
JAR=target/luanchuyen.jar

if [ "${LOAD_REUSE_DB:-0}" = 1 ] && psql -h 127.0.0.1 -U postgres -qtAc "select count(*) from cadre" "$DB" \
    2>/dev/null | grep -qx "$CADRES"; then
  echo "== reusing database $DB with $CADRES cadres (LOAD_REUSE_DB=1)"
else
echo "== fresh database $DB with $CADRES demo cadres"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" postgres
psql -h 127.0.0.1 -U postgres -qc "create database $DB encoding 'UTF8' template template0" postgres
java -jar "$JAR" demo --out "$WORK/demo.xlsx" --cadres "$CADRES"
java -jar "$JAR" import --db "$URL" "$WORK/demo.xlsx"
# a throwaway account for this throwaway database; the hash is bcrypt of "tai-thu-2026"
psql -h 127.0.0.1 -U postgres -q "$DB" -c "insert into security_user (username, display_name,
  password_hash, roles, unit_scope, must_change_password, enabled, version) values ('taithu',
  'Tải thử', '\$2a\$10\$cJbsOBHlc38.aZHn1t9RJOod30wt0F09noPuPpaP8pC7sK.OVRK/S', 'UNIT_VIEWER', '',
  false, true, 0)"
# statistics for the planner, as autovacuum would gather them on a server where it runs (it may be
# off on a test server); without them PostgreSQL sorts the whole table for each page of the list
psql -h 127.0.0.1 -U postgres -q "$DB" -c "vacuum analyze"
fi

echo "== server on 127.0.0.1:$PORT"
# LOAD_JAVA_OPTS: extra JVM options for the server, e.g. -XX:StartFlightRecording=filename=/tmp/s.jfr
SERVER_ADDRESS=127.0.0.1 java -Xmx1g ${LOAD_JAVA_OPTS:-} -jar "$JAR" serve --no-demo --port "$PORT" --db "$URL" \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" || { cat "$WORK/server.log"; exit 1; }

echo "== warm-up (10 s, 5 users)"
java scripts/LoadTest.java "http://127.0.0.1:$PORT" taithu tai-thu-2026 5 10 "$CADRES" >/dev/null || true
# CPU seconds the server process has used so far (user + system), from /proc
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$SERVER/stat"; }
# CPU seconds used so far by the PostgreSQL backends serving the load database
db_cpu() {
  local hz total=0 pid
  hz=$(getconf CLK_TCK)
  for pid in $(pgrep -f "postgres: .*$DB" || true); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$total" -v hz="$hz" 'BEGIN{printf "%.1f", t / hz}'
}
status=0
for mode in ${LOAD_MODES:-stress browse}; do
  case $mode in
    stress) think=0 ;;
    browse) think=${LOAD_THINK_MS:-3000} ;;
    *) echo "unknown mode $mode (stress or browse)"; exit 2 ;;
  esac
  echo "== $mode: $USERS users for $SECONDS_ s (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
  before=$(server_cpu)
  db_before=$(db_cpu)
  LOAD_THINK_MS=$think java scripts/LoadTest.java "http://127.0.0.1:$PORT" taithu tai-thu-2026 \
    "$USERS" "$SECONDS_" "$CADRES" || status=1
  echo "server process CPU during the run: $(awk -v a="$before" -v b="$(server_cpu)" \
    'BEGIN{printf "%.1f", b - a}') s; PostgreSQL backends: $(awk -v a="$db_before" -v b="$(db_cpu)" \
    'BEGIN{printf "%.1f", b - a}') s"
done
exit $status
