#!/usr/bin/env bash
# Level-2 logins per second through Keycloak: Sigillo's level-2 step (the "Sigillo level 2"
# authenticator asking Sigillo's OTP registry over REST) against Keycloak's own password + OTP form
# (auth-otp-form with the user's Keycloak OTP credential). Same users, same machine, same run;
# loopback only, bounded in time, stops everything it started.
#
#   scripts/bench-level-two.sh
#
# It creates the database bench_level_two (dropped first), a fresh Keycloak (port
# BENCH_KEYCLOAK_PORT, 8780) with the realm, the login theme and the level-2 provider that
# scripts/keycloak.sh installs, and Payara Micro with the micro WAR (port BENCH_PORT, 8680) on
# PostgreSQL. io.sigillo.bench.LoginBenchData creates BENCH_USERS (900) accounts, members of the
# organization "bench", each with the password, a Keycloak OTP credential and, in Sigillo, an SPID
# identity with an OTP app of the same key; and two clients: bench-keycloak-otp, bound to a copy of
# the realm's browser flow whose Sigillo step is replaced by auth-otp-form, and bench-sigillo on the
# realm's browser flow. io.sigillo.bench.LoginLoad signs them in at SpidL2 through Keycloak's pages
# (authorization request, username, password, code, token exchange with acr checked) with
# BENCH_CLIENTS (4) closed-loop clients: BENCH_ROUNDS (2) rounds of BENCH_SECONDS (30) per flow,
# alternating which flow goes first, after BENCH_WARMUP (15) s of each; then one client per flow for
# BENCH_LATENCY_SECONDS (20), where the code's POST is not queued behind other logins' hashing.
# Before all that, io.sigillo.bench.LevelTwoWarmup sends Sigillo the step's own two calls for
# BENCH_SIGILLO_WARMUP (90) s, on BENCH_WARM_USERS (1000) persons of Sigillo only: a fresh Payara
# Micro spends its first minutes compiling, which would be billed to the first logins measured.
#
# Prints both rates, the ratio Sigillo/Keycloak (goal >= 0.9), the median of the code's POST in each
# flow (the added latency of the level-2 step), and the CPU time per login of Keycloak, Payara Micro
# and PostgreSQL, with the ratio those imply when the servers have the CPU to themselves: on a
# machine other work shares, the measured rates move with that work more than with the step. Without the provider in Keycloak (no Sigillo step in the realm's browser flow)
# only the Keycloak half runs. Knobs also: BENCH_SKIP_BUILD=1, BENCH_KEEP_DB=1,
# BENCH_MICRO_JAVA_OPTS (JVM options of Payara Micro, e.g. -XX:StartFlightRecording=… to profile).
# Figures and logs in target/bench/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib.sh

port=${BENCH_PORT:-8680}
kc_port=${BENCH_KEYCLOAK_PORT:-8780}
users=${BENCH_USERS:-900}
clients=${BENCH_CLIENTS:-4}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP:-15}
rounds=${BENCH_ROUNDS:-2}
latency_seconds=${BENCH_LATENCY_SECONDS:-20}
warm_users=${BENCH_WARM_USERS:-1000}
sigillo_warmup=${BENCH_SIGILLO_WARMUP:-90}
db=bench_level_two
db_url="jdbc:postgresql://127.0.0.1:5432/$db"
tenant=bench
password=Bench-Level-Two-2026
state=$root/target/bench
mkdir -p "$state"
results=$state/level-two-results.txt
: >"$results"
# a benchmark, never production: the public development secrets are fine (scripts/run.sh does the same)
export SIGILLO_DEV_MODE=true
secret=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
psql_db() { psql -v ON_ERROR_STOP=1 -qAt -h 127.0.0.1 -U postgres -d "$1" "${@:2}"; }
say() { echo "$*" | tee -a "$results"; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

micro_pid=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$micro_pid" ] && kill -0 "$micro_pid" 2>/dev/null; then
    kill "$micro_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$micro_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$micro_pid" 2>/dev/null || true
  fi
  bash scripts/keycloak.sh stop "$state/keycloak-l2" >/dev/null 2>&1 || true
  if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
    psql_db postgres -c "drop database if exists $db with (force)" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

for p in "$port" "$kc_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p is in use; set BENCH_PORT / BENCH_KEYCLOAK_PORT" >&2
    exit 1
  fi
done

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "building (tests skipped)…"
  mvn -q -B -ntp -Dstyle.color=never package -DskipTests \
    -pl micro,keycloak-level-two -am \
    dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test \
    >"$state/build-level-two.log" 2>&1 || { tail -40 "$state/build-level-two.log" >&2; exit 1; }
fi
cp="micro/target/test-classes:$(cat micro/target/test-classpath.txt)"
bench_java() { java -Dbench.db.url="$db_url" -Dbench.db.user=postgres -cp "$cp" "$@"; }
fetch_artifact "fish.payara.extras:payara-micro:$(pom_property payara.version)" "$state/lib"
fetch_artifact "org.postgresql:postgresql:$(pom_property postgresql.version)" "$state/lib"

psql_db postgres -c "drop database if exists $db with (force)"
psql_db postgres -c "create database $db"
rm -f "$state"/level-two-steps-*.txt
# the level-2 step in Keycloak calls this Sigillo
SIGILLO_LEVEL_TWO_URL="http://127.0.0.1:$port" SIGILLO_KEYCLOAK_FRESH=1 \
  bash scripts/keycloak.sh start "$state/keycloak-l2" "$kc_port"
kc_pid=$(cat "$state/keycloak-l2/keycloak.pid")

echo "starting Payara Micro on port $port…"
SIGILLO_DB_CLASS=org.postgresql.ds.PGSimpleDataSource SIGILLO_DB_URL="$db_url" SIGILLO_DB_USER=postgres \
  SIGILLO_DB_PASSWORD=trust-auth-ignores-this SIGILLO_KEYCLOAK_URL="http://127.0.0.1:$kc_port" \
  java ${BENCH_MICRO_JAVA_OPTS:-} -Djava.io.tmpdir="$state" -jar "$state/lib/payara-micro-$(pom_property payara.version).jar" \
  --deploy micro/target/sigillo.war --contextroot / --port "$port" --nocluster \
  --addLibs "$state/lib/postgresql-$(pom_property postgresql.version).jar" >"$state/micro-level-two.log" 2>&1 &
micro_pid=$!
wait_for_url "http://127.0.0.1:$port/health/ready" 300 || { tail -40 "$state/micro-level-two.log" >&2; exit 1; }

setup=$(bench_java io.sigillo.bench.LoginBenchData keycloak "http://127.0.0.1:$kc_port" "$tenant" "$users" "$password" "$secret")
echo "$setup"
bench_java io.sigillo.bench.LoginBenchData sigillo "$tenant" "$users" "$warm_users"
flows=(bench-keycloak-otp bench-sigillo)
if grep -q "has no Sigillo step" <<<"$setup"; then
  echo "Keycloak has no Sigillo level-2 step in its browser flow: measuring Keycloak's own OTP form only" | tee -a "$results"
  flows=(bench-keycloak-otp)
fi

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# every PostgreSQL process, plus what the postmaster collected from backends that ended meanwhile
db_ticks() {
  local t=0 p
  for p in $(pgrep -x postgres); do t=$((t + $(ticks "$p"))); done
  p=$(pgrep -o -x postgres) && t=$((t + $(awk '{print $16 + $17}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  echo "$t"
}
hz=$(getconf CLK_TCK)
# one measured run: LoginLoad's line plus the CPU per login of Keycloak, Micro and PostgreSQL
run() { # client clients warmup seconds
  local kc0 mi0 db0 line logins
  kc0=$(ticks "$kc_pid"); mi0=$(ticks "$micro_pid"); db0=$(db_ticks)
  line=$(bench_java -Dbench.steps="$state/level-two-steps-$1.txt" io.sigillo.bench.LoginLoad "http://127.0.0.1:$kc_port" "$1" "$secret" "$users" "$password" "$2" "$3" "$4")
  # warm-up logins are in the CPU figures too, so divide by every login the run started
  logins=$(( $(field logins "$line") + $(field failed "$line") ))
  [ "$logins" -gt 0 ] || logins=1
  echo "$line keycloak_cpu_ms=$(echo "scale=1; ($(ticks "$kc_pid") - $kc0) * 1000 / $hz / $logins" | bc) micro_cpu_ms=$(echo "scale=1; ($(ticks "$micro_pid") - $mi0) * 1000 / $hz / $logins" | bc) db_cpu_ms=$(echo "scale=1; ($(db_ticks) - $db0) * 1000 / $hz / $logins" | bc)" |
    tee -a "$results"
}

if [ "${#flows[@]}" = 2 ]; then
  # a fresh JVM compiles for minutes; a production Sigillo is warm (Keycloak warms with the logins below)
  echo "warming up Sigillo's level-2 API for $sigillo_warmup s…"
  mi0=$(ticks "$micro_pid")
  line=$(bench_java io.sigillo.bench.LevelTwoWarmup "http://127.0.0.1:$port" "http://127.0.0.1:$kc_port" "$tenant" \
    "$warm_users" "$sigillo_warmup" "$clients")
  say "$line micro_cpu_ms_per_call=$(echo "scale=2; ($(ticks "$micro_pid") - $mi0) * 1000 / $hz / $(field calls "$line")" | bc)"
fi
say "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs); $users users, $clients clients"
for flow in "${flows[@]}"; do
  echo "warming up $flow…"
  run "$flow" "$clients" 0 "$warmup" >/dev/null
done
declare -A total_logins total_seconds total_cpu p50s
for ((r = 1; r <= rounds; r++)); do
  order=("${flows[@]}")
  if ((r % 2 == 0)) && [ "${#flows[@]}" = 2 ]; then order=("${flows[1]}" "${flows[0]}"); fi
  for flow in "${order[@]}"; do
    line=$(run "$flow" "$clients" 0 "$seconds")
    total_logins[$flow]=$(( ${total_logins[$flow]:-0} + $(field logins "$line") ))
    # server CPU (Keycloak + Micro + PostgreSQL) per login, weighted by the run's logins
    total_cpu[$flow]=$(echo "${total_cpu[$flow]:-0} + $(field logins "$line") * ($(field keycloak_cpu_ms "$line") + $(field micro_cpu_ms "$line") + $(field db_cpu_ms "$line"))" | bc)
    total_seconds[$flow]=$(( ${total_seconds[$flow]:-0} + seconds ))
  done
done
for flow in "${flows[@]}"; do
  line=$(run "$flow" 1 0 "$latency_seconds")
  p50s[$flow]=$(field code_post_p50_ms "$line")
done
say ""
say "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
k=bench-keycloak-otp s=bench-sigillo
k_lps=$(echo "scale=2; ${total_logins[$k]} / ${total_seconds[$k]}" | bc)
k_cpu=$(echo "scale=1; ${total_cpu[$k]} / ${total_logins[$k]}" | bc)
say "$(printf 'Keycloak password + OTP form:        %6s logins/s at %s clients; code POST median %s ms at 1 client; server CPU %s ms per login' "$k_lps" "$clients" "${p50s[$k]}" "$k_cpu")"
if [ "${#flows[@]}" = 2 ]; then
  s_lps=$(echo "scale=2; ${total_logins[$s]} / ${total_seconds[$s]}" | bc)
  s_cpu=$(echo "scale=1; ${total_cpu[$s]} / ${total_logins[$s]}" | bc)
  say "$(printf 'Keycloak password + Sigillo level 2: %6s logins/s at %s clients; code POST median %s ms at 1 client; server CPU %s ms per login' "$s_lps" "$clients" "${p50s[$s]}" "$s_cpu")"
  say "$(printf 'ratio Sigillo/Keycloak: %.2f (goal >= 0.9); added latency of the level-2 step: %+.1f ms (median code POST, Sigillo minus Keycloak)' \
    "$(echo "$s_lps / $k_lps" | bc -l)" "$(echo "${p50s[$s]} - ${p50s[$k]}" | bc -l)")"
  # what the rates would be on a machine the servers had to themselves: CPU bounds both flows
  say "$(printf 'CPU-bound ratio (server CPU per login, Keycloak + Micro + PostgreSQL, Keycloak/Sigillo): %.2f' \
    "$(echo "$k_cpu / $s_cpu" | bc -l)")"
fi
say "(per-run lines above: lps, login and code-POST percentiles, CPU ms per login of Keycloak, Payara Micro and PostgreSQL)"
echo "results in $results"
