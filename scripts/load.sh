#!/usr/bin/env bash
# Load run: a server on loopback with PostgreSQL and 20,000 demo cadres; 50 virtual users browse the
# cadre list, profiles and search for 60 s; prints throughput, p50/p95/p99 and errors.
# Usage: scripts/load.sh [USERS] [SECONDS] [CADRES]   (needs PostgreSQL at 127.0.0.1:5432, user postgres)
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

echo "== server on 127.0.0.1:$PORT"
SERVER_ADDRESS=127.0.0.1 java -Xmx1g -jar "$JAR" serve --no-demo --port "$PORT" --db "$URL" \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" || { cat "$WORK/server.log"; exit 1; }

echo "== warm-up (10 s, 5 users)"
java scripts/LoadTest.java "http://127.0.0.1:$PORT" taithu tai-thu-2026 5 10 "$CADRES" >/dev/null || true
echo "== load: $USERS users for $SECONDS_ s"
java scripts/LoadTest.java "http://127.0.0.1:$PORT" taithu tai-thu-2026 "$USERS" "$SECONDS_" "$CADRES"
