#!/usr/bin/env bash
# Replay experiments over a kept event store (bench/run.sh --keep-events leaves it as bench_replay):
# the no-op pooled processor and the product's order-view rebuild under different processor
# settings. Usage: bench/replay-variants.sh [--jar=PATH] [--copies=6]; prints one line per variant.
# Without --jar it uses app/target/commerce.jar as it is: delete that jar before `./mvnw install`, or
# Maven may keep it with other modules' old jars nested in it (see run.sh).
#
# A full run leaves ~27,000 events, a replay of a few seconds: too short to tell settings apart on
# a shared machine. So the store is first enlarged, once: every Order and Payment stream is copied
# COPIES times by SQL with fresh ids (in every random UUID in ids, payloads and metadata the second
# group becomes the copy's number and the version digit 4 becomes 8, so no copy can equal an
# original), which the order view folds as that many more orders.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
JAR=$ROOT/app/target/commerce.jar
COPIES=6
for arg in "$@"; do case "$arg" in --jar=*) JAR=${arg#--jar=} ;; --copies=*) COPIES=${arg#--copies=} ;; esac; done
export PGHOST=localhost PGPORT=5432 PGUSER=commerce_test PGPASSWORD=commerce_test
DB=bench_replay
URL=jdbc:postgresql://localhost:5432/$DB
sql() { psql -X -v ON_ERROR_STOP=1 -d "$DB" -Atqc "$1"; }
PRODUCT_PID=
trap '[ -n "$PRODUCT_PID" ] && kill "$PRODUCT_PID" 2>/dev/null || true' EXIT
if [ "$(sql "SELECT to_regclass('bench_enlarged') IS NULL")" = t ]; then
  sql "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
         payload_type, payload_revision, payload, meta_data)
       SELECT regexp_replace(event_identifier, '^([0-9a-f]{8})-[0-9a-f]{4}-4', '\1-' || c || '-8'),
              regexp_replace(aggregate_identifier, '^([0-9a-f]{8})-[0-9a-f]{4}-4', '\1-' || c || '-8'),
              sequence_number, type, time_stamp, payload_type, payload_revision,
              convert_to(regexp_replace(convert_from(payload, 'UTF8'), '([0-9a-f]{8})-[0-9a-f]{4}-4', '\1-' || c || '-8', 'g'), 'UTF8'),
              convert_to(regexp_replace(convert_from(meta_data, 'UTF8'), '([0-9a-f]{8})-[0-9a-f]{4}-4', '\1-' || c || '-8', 'g'), 'UTF8')
       FROM domain_event_entry, generate_series(1, $COPIES) AS g(n), LATERAL (SELECT to_hex(61440 + n) AS c) x
       WHERE type IN ('Order', 'Payment')
       ORDER BY n, global_index"
  sql "CREATE TABLE bench_enlarged (copies INTEGER)"
  sql "INSERT INTO bench_enlarged VALUES ($COPIES)"
  sql "VACUUM ANALYZE domain_event_entry" || true
fi
EVENTS=$(sql 'SELECT count(*) FROM domain_event_entry')
echo "$EVENTS events in $DB (Order and Payment streams copied $(sql 'SELECT copies FROM bench_enlarged') times)"
java -jar "$BENCH/loadgen/target/loadgen.jar" scan --jdbc-url=$URL --user=$PGUSER --password=$PGPASSWORD | grep -v '^KV'

noop() {
  sql "DELETE FROM token_entry WHERE processor_name = 'bench-noop-replay'"
  sql "DELETE FROM processing_node WHERE processor_name = 'bench-noop-replay'" 2>/dev/null || true
  printf '%-48s ' "no-op $*"
  java -jar "$BENCH/replay-noop/target/replay-noop.jar" --spring.datasource.url=$URL --bench.expected="$EVENTS" \
    --bench.timeout-seconds=120 "$@" 2>/dev/null | grep '^no-op' | sed 's/^no-op pooled processor: //'
}
noop
noop --commerce.processing.segments=1
noop --commerce.processing.batch-size=200
noop --commerce.processing.segments=1 --commerce.processing.batch-size=200
noop --commerce.processing.segments=1 --commerce.processing.batch-size=1000

rebuild() {
  local pw=bench-admin-$RANDOM log
  log=$(mktemp)
  java -jar "$JAR" --spring.profiles.active=postgres --server.port=18080 --spring.datasource.url=$URL \
    --spring.datasource.username=$PGUSER --spring.datasource.password=$PGPASSWORD \
    --commerce.security.admin.username=bench-admin --commerce.security.admin.password=$pw \
    --commerce.security.auditor.username=bench-auditor --commerce.security.auditor.password=$pw-a \
    --commerce.webhooks.payment-secret=x --commerce.webhooks.carrier-secret=y \
    --commerce.security.jwt-secret=bench-jwt-secret-0123456789abcdef0123456789 "$@" > "$log" 2>&1 &
  local pid=$!
  PRODUCT_PID=$pid
  for _ in $(seq 1 600); do curl -sf http://localhost:18080/actuator/health 2>/dev/null | grep -q UP && break; sleep 0.2; done
  sleep 5
  # The first rebuild warms the JIT up (the product's rebuild in a full run follows its load); the second counts.
  for pass in cold warm; do
    printf '%-48s ' "order-view rebuild ($pass) $*"
    java -jar "$BENCH/loadgen/target/loadgen.jar" replay --base=http://localhost:18080 --admin-user=bench-admin \
      --admin-password=$pw --name=order-view --events="$EVENTS" --timeout=300 2>&1 | grep -m1 '^rebuild\|answered' \
      | sed 's/^rebuild of order-view: //' || true
    sleep 8
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
}
rebuild
rebuild --commerce.processing.batch-size=200
rebuild --commerce.processing.batch-size=1000
