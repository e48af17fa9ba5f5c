#!/usr/bin/env bash
# Boot time (seconds until /health/ready answers UP) and resident memory of Payara Micro running the
# Sigillo WAR on its embedded default (H2 file database), over N runs (default 3); prints each run and
# the medians. No demo data, no Keycloak: this measures the platform itself.
#   scripts/measure-boot.sh [runs] [port]        (JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java to try JDK 25)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib.sh
runs=${1:-3}
java=${JAVA:-java}
port=${2:-8390}
war=micro/target/sigillo.war
[ -f "$war" ] || mvn -q -B -DskipTests install
payara_version=$(pom_property payara.version)
work=$(mktemp -d)
fetch_artifact "fish.payara.extras:payara-micro:$payara_version" "$work/lib"
times=()
rss=()
for ((run = 1; run <= runs; run++)); do
  rm -rf "$work/db"
  start=$(date +%s.%N)
  SIGILLO_DEV_MODE=true SIGILLO_DB_URL="jdbc:h2:file:$work/db/sigillo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "$java" -Djava.io.tmpdir="$work" -jar "$work/lib/payara-micro-$payara_version.jar" \
    --deploy "$war" --contextroot / --port "$port" --nocluster >"$work/micro-$run.log" 2>&1 &
  pid=$!
  ready=""
  for _ in $(seq 1 600); do
    if curl -fsS --max-time 2 "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"'; then
      ready=$(date +%s.%N)
      break
    fi
    sleep 0.2
  done
  if [ -z "$ready" ]; then
    kill "$pid"; echo "run $run: not ready, see $work/micro-$run.log" >&2; exit 1
  fi
  sleep 5
  kb=$(ps -o rss= -p "$pid" | tr -d ' ')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  t=$(echo "$ready - $start" | bc)
  times+=("$t"); rss+=("$((kb / 1024))")
  printf 'run %d: ready in %.1f s, RSS %d MiB\n' "$run" "$t" "$((kb / 1024))"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf 'median of %d: ready in %.1f s, RSS %s MiB (JDK: %s)\n' "$runs" "$(median "${times[@]}")" "$(median "${rss[@]}")" \
  "$("$java" -version 2>&1 | head -1)"
rm -rf "$work"
