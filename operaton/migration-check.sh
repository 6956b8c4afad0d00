#!/usr/bin/env bash
# Moves a running programme from the Camunda 7.24 jar to the Operaton jar on one PostgreSQL database
# (docs/operations.md, "Moving an existing database"): a throw-away PostgreSQL cluster on port 55433,
# WithMe's Camunda jar starts a commissioning cycle as cora (demo users), stops; the Operaton jar
# starts on the same database and cora completes the task the Camunda engine created.
# Needs the PostgreSQL server binaries (initdb, pg_ctl), a `postgres` user when run as root, and both
# jars: `./mvnw -B -o package -DskipTests -Dwithme.npm.skip -Dwithme.chromium.skip` and
# `scripts/operaton-build.sh package -DskipTests -Dwithme.npm.skip -Dwithme.chromium.skip`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CAMUNDA_JAR="$ROOT/target/withme-0.1.0-SNAPSHOT.jar"
OPERATON_JAR="$ROOT/target/operaton/target/withme-0.1.0-SNAPSHOT.jar"
W="$(mktemp -d /tmp/withme-migration.XXXXXX)"; chmod 755 "$W"
PORT=55433; APP=18081; B="http://127.0.0.1:$APP/engine-rest"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$W"
APP_PID=
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true
  as_pg "pg_ctl -D $W/data stop -m fast" >/dev/null 2>&1 || true; }
trap cleanup EXIT
as_pg "initdb -D $W/data -U postgres --auth=trust >$W/initdb.log 2>&1 && pg_ctl -D $W/data -o '-p $PORT -k $W' -l $W/pg.log start >/dev/null"
psql -h 127.0.0.1 -p $PORT -U postgres -qc "create database withme"

run() { # jar, log
  WITHME_DB_URL=jdbc:postgresql://127.0.0.1:$PORT/withme WITHME_DB_USER=postgres WITHME_DB_PASSWORD=x \
    nice -n 10 java -jar "$1" --spring.profiles.active=demo,postgres --server.port=$APP \
    --withme.mail.embedded-smtp.port=3135 > "$2" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 100); do sleep 3; grep -q "Started WithMeApplication" "$2" && return 0
    grep -q "Application run failed" "$2" && { echo "failed to start, see $2" >&2; exit 1; }; done
  echo "no start within 5 minutes, see $2" >&2; exit 1
}
stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
tasks() { curl -sf -u cora:cora "$B/task?processInstanceBusinessKey=MIG-001&maxResults=10"; }

run "$CAMUNDA_JAR" "$W/camunda.log"
curl -sf -u cora:cora -H 'Content-Type: application/json' -X POST \
  "$B/process-definition/key/commissioning-cycle/submit-form" -o /dev/null -d '{"businessKey":"MIG-001","variables":{
  "programmeTitle":{"value":"Migration check programme"},"programmeReference":{"value":"MIG-001"},
  "serviceArea":{"value":"young-carers"},"cohortAgeFrom":{"value":11,"type":"Long"},
  "cohortAgeTo":{"value":17,"type":"Long"},"cohortGroups":{"value":"[\"young-carers\"]","type":"Json"},
  "estimatedValue":{"value":250000,"type":"Long"},"influenceRung":{"value":"4"},
  "lundyElements":{"value":"[\"space\",\"voice\",\"audience\",\"influence\"]","type":"Json"}}}'
TASK="$(tasks | python3 -c 'import json,sys; t=json.load(sys.stdin)[0]; assert t["taskDefinitionKey"]=="AnalyseCheckIntelligence", t; print(t["id"])')"
echo "Camunda 7.24: programme MIG-001 started, task AnalyseCheckIntelligence $TASK open"
stop

run "$OPERATON_JAR" "$W/operaton.log"
curl -sf -u cora:cora -H 'Content-Type: application/json' -X POST "$B/task/$TASK/claim" -d '{"userId":"cora"}'
curl -sf -u cora:cora -H 'Content-Type: application/json' -X POST "$B/task/$TASK/submit-form" -d '{"variables":{
  "newEngagementNeeded":{"value":"yes"},"newEngagementReason":{"value":"No recent engagement with young carers in this area."}}}'
tasks | python3 -c 'import json,sys; t=json.load(sys.stdin); assert [x["taskDefinitionKey"] for x in t]==["AnalyseAssessNeeds"], t'
echo "Operaton: the task created on Camunda completed; the programme moved on to AnalyseAssessNeeds"
psql -h 127.0.0.1 -p $PORT -U postgres withme -Atc \
  "select 'schema log: ' || string_agg(version_, ', ') from act_ge_schema_log;
   select 'commissioning-cycle versions deployed: ' || count(*) from act_re_procdef where key_='commissioning-cycle';"
stop
echo "migration check passed ($W)"
