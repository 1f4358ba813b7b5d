#!/usr/bin/env bash
# One command for the whole benchmark (issue 8). From the repository root:
#
#   bench/run.sh                      # full run (~17 min): pgbench, JPA baseline, product, replay;
#                                     # writes the generated part of docs/benchmarks.md
#   bench/run.sh --only=product --variant=seg1 -- --commerce.processing.segments=1
#                                     # the product alone, with extra options, into its own result
#                                     # directory (docs untouched): for before/after comparisons
#
# Options: --only=product      skip pgbench and the baseline (and the doc)
#          --variant=NAME      names the result directory and the variant in tables
#          --no-doc            do not rewrite docs/benchmarks.md
#          --no-build          use the jars as they are
#          --jar=PATH          measure this commerce.jar instead of app/target/commerce.jar (with
#                              PATH.commit holding its commit, if known); implies no product build.
#                              Use it to compare variants on one build while others commit.
#          --dumps             take 3 thread dumps (jcmd Thread.print) of the product in each
#                              32-client closed-loop run, into the result directory
#          --jfr               record the product with JFR from its start and keep each of its load
#                              runs' measured window, and the four rebuilds', as profile-*.jfr in
#                              the result directory
#                              (bench/tools/jfr-top.py reads them)
#          -- ARGS...          extra arguments for the product (e.g. --commerce.processing.segments=1)
# Environment: WARMUP (5 s), DURATION (15 s), OPEN_DURATION (the open loops' measured window, 60 s:
#          3,000 requests at 50/s, so that p99 is not decided by the eighth-slowest of 750),
#          CLIENTS ("8 32"), RATE (open-loop orders/s, 50),
#          PAID_CLIENTS (8), PGBENCH_SECONDS (10), JIT_WARMUP (60 s of unrecorded load after each
#          server's start, so that neither is measured while its JIT compiler still runs; then
#          rounds of 30 s more until its compiler threads use at most 5% of a core, up to
#          JIT_WARMUP_MAX, 300 s),
#          SUITE (full; "closed" runs only the closed-loop placement runs, for quick variants;
#                 "open" only the open loops at RATE: CPU per order at a fixed load, steadier
#                 than saturation for telling two variants apart; "paid" only the full flow to paid),
#          QUIET_WAIT (up to 60 s waiting, before each phase, for the machine to be idle when other
#          work shares it; what others still use shows as "other" CPU in the tables),
#          PRODUCT_JVM_OPTS (extra options for the product's JVM, for experiments such as
#          "-XX:+PrintCompilation"; its output goes to product.log; never set in a full run).
#
# Everything runs on this machine against the local PostgreSQL server with durable commits
# (synchronous_commit=on, fsync=on; checked and recorded), each system on its own fresh database
# (bench_pgbench, bench_baseline, bench_product, dropped at the end). Ports 18080 (product) and
# 18081 (baseline). Raw results: bench/target/results/<time>[-variant]/ (kv.tsv, runs.tsv, logs).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
# One run at a time: a run ends by dropping its databases, which would pull them from under another.
mkdir -p "$BENCH/target"
exec 9> "$BENCH/target/run.lock"
flock -n 9 || { echo "another bench/run.sh is still running (it holds $BENCH/target/run.lock)" >&2; exit 1; }
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-15}
OPEN_DURATION=${OPEN_DURATION:-60}
CLIENTS=${CLIENTS:-"8 32"}
RATE=${RATE:-50}
PAID_CLIENTS=${PAID_CLIENTS:-8}
SUITE=${SUITE:-full}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
JIT_WARMUP=${JIT_WARMUP:-60}
JIT_WARMUP_MAX=${JIT_WARMUP_MAX:-300}
PRODUCT_PORT=18080
BASELINE_PORT=18081
export PGHOST=localhost PGPORT=5432 PGUSER=commerce_test PGPASSWORD=commerce_test
DB_PGBENCH=bench_pgbench
DB_BASELINE=bench_baseline
DB_PRODUCT=bench_product

ONLY=all
VARIANT=
WRITE_DOC=1
BUILD=1
DUMPS=0
JFR=0
KEEP_EVENTS=0
PRODUCT_ARGS=()
JAR=
while [ $# -gt 0 ]; do
  case "$1" in
    --only=*) ONLY=${1#--only=}; WRITE_DOC=0 ;;
    --variant=*) VARIANT=${1#--variant=} ;;
    --no-doc) WRITE_DOC=0 ;;
    --no-build) BUILD=0 ;;
    --jar=*) JAR=${1#--jar=} ;;
    --dumps) DUMPS=1 ;;
    --jfr) JFR=1 ;;
    --keep-events) KEEP_EVENTS=1 ;;
    --) shift; PRODUCT_ARGS=("$@"); break ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
if [ -n "${PRODUCT_JVM_OPTS:-}" ] && [ "$WRITE_DOC" = 1 ]; then
  echo "PRODUCT_JVM_OPTS is for experiments: the documented run measures the product as shipped (add --only=product or --no-doc)" >&2
  exit 2
fi

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$BENCH/target/results/$STAMP${VARIANT:+-$VARIANT}
mkdir -p "$OUT"
KV=$OUT/kv.tsv
RUNS=$OUT/runs.tsv
STARTED=$(date +%s)
PIDS=()

log() { printf '\n[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
kv() { printf '%s\t%s\n' "$1" "$2" >> "$KV"; }
sql() { psql -X -v ON_ERROR_STOP=1 -d "$1" -Atqc "$2"; }
loadgen() { java -XX:+UseParallelGC -Xms256m -Xmx512m -jar "$BENCH/loadgen/target/loadgen.jar" "$@"; }
# busy share of all cores from /proc/stat between two samples
cpu_sample() { awk '/^cpu /{t=0; for(i=2;i<=9;i++) t+=$i; print t, $5+$6}' /proc/stat; }
cpu_busy() { echo "$1 $2" | awk '{dt=$3-$1; di=$4-$2; if (dt>0) printf "%.3f", (dt-di)/dt; else print 0}'; }
rss_mb() { awk -v k="$2" '$1==k":"{printf "%.0f", $2/1024}' "/proc/$1/status"; }

# Waits (up to QUIET_WAIT s) until the machine is nearly idle: other people's builds on a shared
# 2-core machine would otherwise be measured as if they were ours.
wait_quiet() {
  local waited=0 before after busy
  while [ "$waited" -lt "${QUIET_WAIT:-60}" ]; do
    before=$(cpu_sample); sleep 2; after=$(cpu_sample)
    busy=$(cpu_busy "$before" "$after")
    awk -v b="$busy" 'BEGIN{exit !(b < 0.15)}' && return 0
    waited=$((waited + 2))
  done
  echo "note: the machine was still $(awk -v b="$busy" 'BEGIN{printf "%.0f", b*100}')% busy with other work after ${QUIET_WAIT:-60} s" >&2
}

fresh_db() {
  sql postgres "DROP DATABASE IF EXISTS $1" >/dev/null
  sql postgres "CREATE DATABASE $1" >/dev/null
}

stop_pid() {
  local pid=$1
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && stop_pid "$pid"; done
  rm -f "$OUT/commerce.jar"
  for db in $DB_PGBENCH $DB_BASELINE $DB_PRODUCT; do
    sql postgres "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

# Starts a JVM in the background, waits until /actuator/health is UP; sets STARTED_PID and records
# the start-up time (launch to healthy) and Spring's own figure under the given key prefix.
start_server() {
  local key=$1 port=$2 logfile=$3
  shift 3
  local t0 t1
  t0=$(date +%s%N)
  "$@" > "$logfile" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
  for _ in $(seq 1 1200); do
    if curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      t1=$(date +%s%N)
      kv "$key.startup_s" "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", (b-a)/1e9}')"
      kv "$key.startup_spring_s" "$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$logfile" | head -1 | awk '{printf "%.1f", $4}')"
      sleep 2
      kv "$key.rss_idle_mb" "$(rss_mb "$STARTED_PID" VmRSS)"
      log "$key is up (pid $STARTED_PID) in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", (b-a)/1e9}') s"
      return 0
    fi
    if ! kill -0 "$STARTED_PID" 2>/dev/null; then
      echo "$key died during start-up; its log ($logfile):" >&2
      tail -40 "$logfile" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "$key did not become healthy in 120 s; see $logfile" >&2
  exit 1
}

# One load run; thread dumps / a JFR profile of the product while it runs when asked.
load() {
  local system=$1 pid=$2 base=$3
  shift 3
  local dumper="" name duration=$DURATION
  [[ " $* " == *" --mode=open "* ]] && duration=$OPEN_DURATION
  name=$(printf '%s' "$*" | sed 's/--tokens=[^ ]*//' | tr -cs 'a-z0-9' '_')
  if [ "$system" = product ] && [[ " $* " == *" --clients=32 "* ]] && [ "$DUMPS" = 1 ]; then
    ( sleep "$WARMUP"; for i in 1 2 3; do sleep $(( DURATION / 4 )); jcmd "$pid" Thread.print > "$OUT/dump-$name-$i.txt" 2>&1 || true; done ) &
    dumper=$!
  fi
  local db=$DB_PRODUCT commits_before commits_after orders groups_before=""
  [ "$system" = baseline ] && db=$DB_BASELINE
  commits_before=$(sql postgres "SELECT xact_commit FROM pg_stat_database WHERE datname = '$db'")
  [ "$system" = product ] && groups_before=$(placement_groups)
  loadgen load --base="$base" --system="$system" --server-pid="$pid" --pg-pid="$PG_PID" --warmup="$WARMUP" \
    --duration="$duration" --out="$RUNS" "$@" 2>> "$OUT/loadgen-errors.log"
  if [ "$system" = product ] && [ "$JFR" = 1 ]; then
    jcmd "$pid" JFR.dump name=bench begin="-${duration}s" filename="$OUT/profile-$name.jfr" > /dev/null 2>&1 || true
  fi
  # Commits per order over the whole run (warm-up included), whoever made them: request handling,
  # processors, token updates, schedulers. pg_stat_database lags by up to a second or so.
  sleep 1.5
  commits_after=$(sql postgres "SELECT xact_commit FROM pg_stat_database WHERE datname = '$db'")
  orders=$(tail -1 "$RUNS" | grep -o 'place201=[0-9]*' | cut -d= -f2 || true)
  if [ -n "$orders" ] && [ "$orders" -gt 0 ]; then
    kv "$(tail -1 "$RUNS" | cut -f1).commits_per_order" \
      "$(awk -v a="$commits_before" -v b="$commits_after" -v o="$orders" 'BEGIN{printf "%.1f", (b-a)/o}')"
  fi
  if [ "$system" = product ] && [ -n "$orders" ] && [ -n "$groups_before" ]; then
    # How the product's placements were committed over the run (warm-up included): placements per
    # group (1 = alone) and groups rolled back whole, whose placements were then placed one by one.
    awk -v a="$groups_before" -v b="$(placement_groups)" -v label="$(tail -1 "$RUNS" | cut -f1)" 'BEGIN{
      if (b == "") exit
      split(a, x, " "); split(b, y, " "); groups = y[1] - x[1]
      if (groups > 0) printf "%s.placements_per_group\t%.1f\n%s.failed_groups\t%d\n", label, (y[2] - x[2]) / groups, label, y[3] - x[3]
    }' >> "$KV"
  fi
  if [ -n "$dumper" ]; then wait "$dumper" || true; fi
}

# The product's placement-group meters: "groups placements failed-groups"; nothing when unreadable.
placement_groups() {
  curl -sf "http://localhost:$PRODUCT_PORT/actuator/prometheus" 2>/dev/null | awk '
    /^commerce_placement_group_size_count/ {c = $NF; seen = 1} /^commerce_placement_group_size_sum/ {s = $NF}
    /^commerce_placement_group_failures_total/ {f = $NF} END {if (seen) printf "%d %d %d", c, s, f}' || true
}

# Unrecorded load until the server's JIT compiler has settled (spread workload, 8 clients):
# JIT_WARMUP seconds at least (half placing, half paying), then more rounds of 30 s while its compiler threads still used more than
# 5% of a core in the last one, up to JIT_WARMUP_MAX. The same rule for both systems; a large
# application keeps compiling for minutes on two cores, which is CPU its requests do not get.
warm_up() {
  local system=$1 base=$2 pid=$3
  shift 3
  log "$system: JIT warm-up (not recorded), ${JIT_WARMUP}s, then until its JIT compiler settles (at most ${JIT_WARMUP_MAX}s)"
  loadgen load --base="$base" --system="$system" --workload=spread --mode=closed --clients=8 --warmup=0 \
    --duration=$(( JIT_WARMUP / 2 )) --no-record "$@" > /dev/null 2>> "$OUT/loadgen-errors.log"
  loadgen load --base="$base" --system="$system" --workload=spread --flow=paid --mode=closed --clients=8 --warmup=0 \
    --duration=$(( JIT_WARMUP / 2 )) --no-record "$@" > /dev/null 2>> "$OUT/loadgen-errors.log"
  local spent=$JIT_WARMUP flow=place jit=""
  while [ "$spent" -lt "$JIT_WARMUP_MAX" ]; do
    # loadgen reports the compiler threads' share of the server's CPU on its summary line: "(jit 0.03)".
    jit=$(loadgen load --base="$base" --system="$system" --server-pid="$pid" --workload=spread --flow="$flow" \
      --mode=closed --clients=8 --warmup=0 --duration=30 --no-record "$@" 2>> "$OUT/loadgen-errors.log" \
      | sed -n 's/.*(jit \([0-9.]*\)).*/\1/p')
    spent=$(( spent + 30 ))
    [ "$flow" = place ] && flow=paid || flow=place
    [ -n "$jit" ] && awk -v j="$jit" 'BEGIN{exit !(j <= 0.05)}' && break
  done
  log "$system: warmed up for ${spent}s; its JIT compiler used ${jit:-?} cores in the last 30 s"
  kv "$system.jit_warmup_s" "$spent"
  kv "$system.jit_cores_after_warmup" "${jit:-}"
}

# One run specification on each system in turn: baseline, then product, seconds apart, so that
# whatever else this shared machine does at the time weighs on both alike.
each_system() {
  if [ "$ONLY" = all ]; then
    load baseline "$BASELINE_PID" "http://localhost:$BASELINE_PORT" "$@"
  fi
  load product "$PRODUCT_PID" "http://localhost:$PRODUCT_PORT" "$@" --tokens="$OUT/tokens.txt"
}

# The order becomes paid asynchronously (payment approved -> settlement -> OrderPaid): how long
# after a paid run until every approved payment has its paid order.
drain_paid() {
  local workload=$1 t0 approved paid
  t0=$(date +%s%N)
  for _ in $(seq 1 600); do
    approved=$(sql "$DB_PRODUCT" "SELECT count(*) FROM domain_event_entry WHERE payload_type = 'com.example.commerce.api.payment.PaymentApproved'")
    paid=$(sql "$DB_PRODUCT" "SELECT count(*) FROM domain_event_entry WHERE payload_type = 'com.example.commerce.api.order.OrderPaid'")
    [ "$approved" = "$paid" ] && break
    sleep 0.1
  done
  kv "product.$workload.paid_drain_s" "$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN{printf "%.1f", (b-a)/1e9}')"
  kv "product.$workload.paid_orders" "$paid/$approved"
}

load_suite() {
  for workload in hot spread; do
    wait_quiet
    if [ "$SUITE" = open ]; then
      each_system --workload="$workload" --mode=open --rate="$RATE"
      continue
    fi
    if [ "$SUITE" = paid ]; then
      each_system --workload="$workload" --flow=paid --mode=closed --clients="$PAID_CLIENTS"
      drain_paid "$workload"
      continue
    fi
    for c in $CLIENTS; do
      each_system --workload="$workload" --mode=closed --clients="$c"
    done
    [ "$SUITE" = closed ] && continue
    each_system --workload="$workload" --mode=open --rate="$RATE"
    each_system --workload="$workload" --flow=paid --mode=closed --clients="$PAID_CLIENTS"
    drain_paid "$workload"
  done
}

# ---------------------------------------------------------------------------------------------
log "results go to $OUT"
# Without the lock's descriptor: a server started here would otherwise hold the lock as long as it runs.
pg_lsclusters 2>/dev/null | grep -q online || pg_ctlcluster --skip-systemctl-redirect 15 main start 9>&-
# The postmaster of the server on $PGPORT: its children's CPU is "PostgreSQL" in the tables.
PG_PID=$(head -1 "$(pg_lsclusters -h | awk -v p="$PGPORT" '$3==p{print $6; exit}')/postmaster.pid" 2>/dev/null || echo 0)
[ "$(sql postgres 'SHOW synchronous_commit')" = on ] || { echo "synchronous_commit is not on: not a durable benchmark" >&2; exit 1; }

if [ "$BUILD" = 1 ]; then
  if [ -z "$JAR" ]; then
    log "building the product (install) and bench/"
    # Never an old jar: Maven's jar plugin keeps an app jar whose own classes did not change, and Spring
    # Boot's repackage then keeps the other modules' jars nested in it as they were (measured here: a
    # query-side change missing from a jar built after it).
    rm -f "$ROOT/app/target/commerce.jar" "$ROOT/app/target/commerce.jar.original"
    (cd "$ROOT" && ./mvnw -q -B -o install -DskipTests > "$OUT/build.log" 2>&1) \
      || { echo "the product's build failed: $OUT/build.log" >&2; exit 1; }
  fi
  (cd "$ROOT" && ./mvnw -q -B -f bench/pom.xml package -DskipTests > "$OUT/bench-build.log" 2>&1) \
    || { echo "bench build failed: $OUT/bench-build.log" >&2; exit 1; }
fi
# A private copy, so that a rebuild by somebody else during the run cannot change what is measured.
if [ -n "$JAR" ]; then
  cp "$JAR" "$OUT/commerce.jar"
  COMMIT=$(cat "$JAR.commit" 2>/dev/null || echo "unknown (given jar)")
  DIRTY=""
else
  cp "$ROOT/app/target/commerce.jar" "$OUT/commerce.jar"
  COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
  DIRTY=$(cd "$ROOT" && [ -n "$(git status --porcelain --untracked-files=no -- app axon-config command-side query-side shared-api pom.xml 2>/dev/null)" ] && echo '(plus uncommitted changes)' || true)
fi

kv meta.date "$(date -u '+%Y-%m-%d %H:%M UTC')"
kv meta.nproc "$(nproc)"
kv meta.ram "$(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
kv meta.cpu "$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)"
kv meta.pg "$(sql postgres 'SELECT version()' | sed 's/ on .*//')"
kv meta.synchronous_commit "$(sql postgres 'SHOW synchronous_commit')"
kv meta.fsync "$(sql postgres 'SHOW fsync')"
kv meta.java "$(java -version 2>&1 | head -1)"
kv meta.commit "$COMMIT"
kv meta.dirty "$DIRTY"
kv meta.product_args "${PRODUCT_ARGS[*]:-}"
kv meta.warmup "$WARMUP"
kv meta.duration "$DURATION"
kv meta.open_duration "$OPEN_DURATION"
kv meta.rate "$RATE"
kv meta.variant "${VARIANT:-default}"

# 1. The database's ceiling: one-row insert transactions at the same client counts ---------------
if [ "$ONLY" = all ]; then
  log "1. pgbench: one-row insert transactions, ${PGBENCH_SECONDS}s per client count"
  fresh_db $DB_PGBENCH
  sql $DB_PGBENCH "CREATE TABLE bench_insert (id BIGSERIAL PRIMARY KEY, aid INTEGER NOT NULL, note TEXT, created_at TIMESTAMPTZ NOT NULL DEFAULT now())"
  cat > "$OUT/insert.sql" <<'EOF'
\set aid random(1, 1000000)
INSERT INTO bench_insert (aid, note) VALUES (:aid, 'one row per transaction');
EOF
  for c in $CLIENTS; do
    wait_quiet
    before=$(cpu_sample)
    # The server is shared: when other work holds most of max_connections, wait and try again.
    for attempt in 1 2 3; do
      before=$(cpu_sample)
      pgbench -n -M prepared -c "$c" -j 2 -T "$PGBENCH_SECONDS" -f "$OUT/insert.sql" $DB_PGBENCH > "$OUT/pgbench-c$c.txt" 2>&1 && break
      echo "pgbench at $c clients failed (attempt $attempt): $(grep -m1 error "$OUT/pgbench-c$c.txt")" >&2
      sleep 20
      wait_quiet
    done
    after=$(cpu_sample)
    tps=$(awk '/^tps = /{print $3; exit}' "$OUT/pgbench-c$c.txt")
    kv "pgbench.c$c.tps" "$tps"
    kv "pgbench.c$c.latency_ms" "$(awk '/latency average/{print $4}' "$OUT/pgbench-c$c.txt")"
    kv "pgbench.c$c.cpu_busy" "$(cpu_busy "$before" "$after")"
    printf 'pgbench %2s clients: %s tx/s\n' "$c" "$tps"
  done
  sql postgres "DROP DATABASE $DB_PGBENCH" >/dev/null
fi

# 2. Both servers, started one after the other (start-up time and idle memory), then set up ------
if [ "$ONLY" = all ]; then
  log "2. the JPA baseline and the product, each on a fresh database"
  fresh_db $DB_BASELINE
  start_server baseline $BASELINE_PORT "$OUT/baseline.log" \
    java -jar "$BENCH/baseline/target/baseline.jar" --server.port=$BASELINE_PORT \
    --spring.datasource.url=jdbc:postgresql://localhost:5432/$DB_BASELINE
  BASELINE_PID=$STARTED_PID
  loadgen setup-baseline --base=http://localhost:$BASELINE_PORT
else
  log "2. the product on a fresh database ${PRODUCT_ARGS[*]:-}"
fi
fresh_db $DB_PRODUCT
ADMIN_PASSWORD=bench-admin-$RANDOM$RANDOM
# Recorded from the JVM's start: a recording started later makes the JVM drop and recompile much of
# its compiled code, and the product ran at a fifth of its speed for the rest of the run.
read -r -a PRODUCT_JVM <<< "${PRODUCT_JVM_OPTS:-}"
[ "$JFR" = 1 ] && PRODUCT_JVM+=(-XX:StartFlightRecording=name=bench,settings=profile,maxage=30m)
start_server product $PRODUCT_PORT "$OUT/product.log" \
  java "${PRODUCT_JVM[@]}" -jar "$OUT/commerce.jar" --spring.profiles.active=postgres --server.port=$PRODUCT_PORT \
  --spring.datasource.url=jdbc:postgresql://localhost:5432/$DB_PRODUCT \
  --spring.datasource.username=commerce_test --spring.datasource.password=commerce_test \
  --commerce.security.admin.username=bench-admin --commerce.security.admin.password="$ADMIN_PASSWORD" \
  --commerce.security.auditor.username=bench-auditor --commerce.security.auditor.password="$ADMIN_PASSWORD-a" \
  --commerce.webhooks.payment-secret=bench-payment-secret --commerce.webhooks.carrier-secret=bench-carrier-secret \
  --commerce.security.jwt-secret="bench-jwt-secret-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  "${PRODUCT_ARGS[@]}"
PRODUCT_PID=$STARTED_PID
loadgen setup-product --base=http://localhost:$PRODUCT_PORT --admin-user=bench-admin --admin-password="$ADMIN_PASSWORD" \
  --tokens="$OUT/tokens.txt" --customers=32

# 3. The measured runs: each specification on the baseline, then on the product ------------------
if [ "$ONLY" = all ]; then
  warm_up baseline http://localhost:$BASELINE_PORT "$BASELINE_PID"
fi
warm_up product http://localhost:$PRODUCT_PORT "$PRODUCT_PID" --tokens="$OUT/tokens.txt"
log "3. measured runs (baseline and product interleaved)"
load_suite
if [ "$ONLY" = all ]; then
  kv baseline.rss_after_mb "$(rss_mb "$BASELINE_PID" VmRSS)"
  kv baseline.rss_peak_mb "$(rss_mb "$BASELINE_PID" VmHWM)"
  kv baseline.orders "$(sql $DB_BASELINE 'SELECT count(*) FROM orders')"
  stop_pid "$BASELINE_PID"
  sql postgres "DROP DATABASE $DB_BASELINE WITH (FORCE)" >/dev/null
fi
kv product.rss_after_mb "$(rss_mb "$PRODUCT_PID" VmRSS)"
kv product.rss_peak_mb "$(rss_mb "$PRODUCT_PID" VmHWM)"
EVENTS=$(sql $DB_PRODUCT 'SELECT count(*) FROM domain_event_entry')
ORDERS=$(sql $DB_PRODUCT "SELECT count(*) FROM domain_event_entry WHERE payload_type = 'com.example.commerce.api.order.OrderPlaced'")
kv product.events "$EVENTS"
kv product.orders "$ORDERS"
kv product.events_per_order "$(awk -v e="$EVENTS" -v o="$ORDERS" 'BEGIN{if (o>0) printf "%.1f", e/o; else print "?"}')"
kv product.snapshots "$(sql $DB_PRODUCT 'SELECT count(*) FROM snapshot_event_entry')"
kv product.event_bytes_mb "$(sql $DB_PRODUCT "SELECT round(pg_total_relation_size('domain_event_entry')/1048576.0)")"
kv product.snapshot_bytes_mb "$(sql $DB_PRODUCT "SELECT round(pg_total_relation_size('snapshot_event_entry')/1048576.0)")"
sql $DB_PRODUCT "SELECT payload_type, count(*) FROM domain_event_entry GROUP BY 1 ORDER BY 2 DESC" > "$OUT/event-types.txt"

# 4. Replay: the real order view (product idle), then raw scans and a no-op processor (product stopped)
log "4. projection replay over $EVENTS events"
wait_quiet
# Four times. The first rebuild after the load runs code that live processing never ran, and the JIT
# compiler is still at it through the next ones (the CPU columns show its share); the second is the
# target's figure, the fourth close to the steady state (round 15 in docs/benchmarks.md).
REPLAY_STARTED=$(date +%s)
for key in order-view-first order-view order-view-third order-view-fourth; do
  loadgen replay --base=http://localhost:$PRODUCT_PORT --admin-user=bench-admin --admin-password="$ADMIN_PASSWORD" \
    --name=order-view --key=$key --events="$EVENTS" --timeout=300 --server-pid="$PRODUCT_PID" --pg-pid="$PG_PID" \
    | tee -a "$OUT/replay.txt" | grep -v '^KV' || true
  sleep 8  # the previous generation is dropped 5 s after the switch
  wait_quiet
done
grep '^KV' "$OUT/replay.txt" | cut -f2- >> "$KV" || true
if [ "$JFR" = 1 ]; then
  jcmd "$PRODUCT_PID" JFR.dump name=bench begin="-$(( $(date +%s) - REPLAY_STARTED + 1 ))s" \
    filename="$OUT/profile-replay.jfr" > /dev/null 2>&1 || true
fi
stop_pid "$PRODUCT_PID"
EVENTS=$(sql $DB_PRODUCT 'SELECT count(*) FROM domain_event_entry')
wait_quiet
loadgen scan --jdbc-url=jdbc:postgresql://localhost:5432/$DB_PRODUCT --user=commerce_test --password=commerce_test \
  | tee "$OUT/scan.txt" | grep -v '^KV' || true
grep '^KV' "$OUT/scan.txt" | cut -f2- >> "$KV" || true
wait_quiet
sql $DB_PRODUCT "DELETE FROM token_entry WHERE processor_name = 'bench-noop-replay'"
java -jar "$BENCH/replay-noop/target/replay-noop.jar" \
  --spring.datasource.url=jdbc:postgresql://localhost:5432/$DB_PRODUCT --bench.expected="$EVENTS" \
  --bench.timeout-seconds=300 "${PRODUCT_ARGS[@]}" > "$OUT/noop.txt" 2> "$OUT/noop.log" || true
grep -v '^KV' "$OUT/noop.txt" || true
grep '^KV' "$OUT/noop.txt" | cut -f2- >> "$KV" || true
if [ "$KEEP_EVENTS" = 1 ]; then
  sql postgres "DROP DATABASE IF EXISTS bench_replay WITH (FORCE)" >/dev/null
  sql postgres "CREATE DATABASE bench_replay TEMPLATE $DB_PRODUCT" >/dev/null
  # Its orders' payment deadlines would fall due in any product started on the copy and cancel them
  # while a replay experiment is measured: the copy keeps the events and none of the deadlines.
  sql bench_replay "DELETE FROM scheduled_tasks" >/dev/null
  log "the product's database is kept as bench_replay"
fi
sql postgres "DROP DATABASE $DB_PRODUCT WITH (FORCE)" >/dev/null

# 5. Report --------------------------------------------------------------------------------------
kv meta.elapsed "$(( $(date +%s) - STARTED ))"
log "summary (raw results in $OUT)"
column -t -s $'\t' "$RUNS" | cut -c1-220
if [ "$WRITE_DOC" = 1 ]; then
  loadgen report --dir="$OUT" --doc="$ROOT/docs/benchmarks.md" > "$OUT/report.md"
  log "docs/benchmarks.md updated"
else
  loadgen table --dir="$OUT"
fi
