#!/usr/bin/env bash
# A throwaway Payara Server domain with the Sigillo EAR deployed on a fresh PostgreSQL database, and a
# fresh Keycloak beside it, for the system test (module system-test, profile payara-server). Called by
# Maven before and after the integration tests; usable by hand too.
#
#   payara-server.sh start STATE_DIR PAYARA_HOME EAR   start Keycloak (scripts/keycloak.sh, in the
#                                                      background), create the domain, start it,
#                                                      deploy the EAR, wait for Keycloak
#   payara-server.sh stop  STATE_DIR PAYARA_HOME       undeploy, stop, delete the domain, drop the db,
#                                                      stop Keycloak
#
# PAYARA_HOME is an unpacked fish.payara.distributions:payara zip (the directory holding bin/asadmin).
# A failed start cleans up after itself: Maven skips post-integration-test when pre-integration-test
# fails, so nothing else would stop the server. A start also removes what an interrupted earlier run
# left behind (a running domain, the database).
#
# Environment (defaults in brackets):
#   SIGILLO_PAYARA_PORTBASE [27000]  admin = base+48, HTTP = base+80, Hazelcast = base+49/+59. Clear of
#                                    Payara Micro tests (8080-9080), Keycloak (8180, 18180) and the
#                                    kernel's ephemeral ports (32768+).
#   SIGILLO_IT_DB_HOST [127.0.0.1] SIGILLO_IT_DB_PORT [5432] SIGILLO_IT_DB_USER [postgres]
#   SIGILLO_EAR_IT_DB_NAME [sigillo_ear_it]  its own database, so it can run beside the micro tests
#   SIGILLO_EAR_IT_KEYCLOAK_PORT [base+180]  Keycloak's HTTP port (management: the first free port
#                                    from this + 1000); state and log in STATE_DIR/keycloak
#   SIGILLO_CACHE_DIR [~/.cache/sigillo]     where a pristine domain is kept between runs
set -Eeuo pipefail

action=${1:?start|stop}
state=${2:?state directory}
payara=${3:?Payara Server home (the directory with bin/asadmin)}
ear=${4:-}

domain=sigillo-it
app=sigillo
portbase=${SIGILLO_PAYARA_PORTBASE:-27000}
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
db_host=${SIGILLO_IT_DB_HOST:-127.0.0.1}
db_port=${SIGILLO_IT_DB_PORT:-5432}
db_user=${SIGILLO_IT_DB_USER:-postgres}
db_name=${SIGILLO_EAR_IT_DB_NAME:-sigillo_ear_it}
cache=${SIGILLO_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sigillo}
keycloak_port=${SIGILLO_EAR_IT_KEYCLOAK_PORT:-$((portbase + 180))}
keycloak_state=$state/keycloak
keycloak_starter=
here=$(cd "$(dirname "$0")" && pwd)
domains=$state/domains
asadmin=$payara/bin/asadmin

log() { echo "payara-server: $*"; }
psql_admin() { psql -v ON_ERROR_STOP=1 -q -h "$db_host" -p "$db_port" -U "$db_user" -d postgres "$@"; }
remote() { "$asadmin" --port "$admin_port" "$@"; }

# create-domain spends ~20 s generating keys; a pristine domain per Payara version and port base is
# made once and copied for every run, so each run still gets a domain nobody used before.
pristine_domain() {
  local version template tmp
  version=$(basename "$(dirname "$payara")")
  template=$cache/domain-$version-$portbase
  if [[ ! -f $template/$domain/config/domain.xml ]]; then
    tmp=$(mktemp -d "$cache/.domain.XXXXXX")
    log "creating a pristine domain (port base $portbase) in $template" >&2
    "$asadmin" create-domain --nopassword=true --domaindir "$tmp" --portbase "$portbase" "$domain" >/dev/null
    rm -rf "$template"
    mv "$tmp" "$template"
  fi
  echo "$template/$domain"
}

stop_domain() {
  [[ -d $domains/$domain ]] || return 0
  local pid=
  [[ -f $domains/$domain/config/pid ]] && pid=$(cat "$domains/$domain/config/pid")
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    remote undeploy "$app" >/dev/null 2>&1 && log "undeployed $app" || true
    "$asadmin" stop-domain --domaindir "$domains" "$domain" >/dev/null 2>&1 ||
      "$asadmin" stop-domain --kill=true --domaindir "$domains" "$domain" >/dev/null 2>&1 || true
    # stop-domain returns once the admin port is closed; the JVM may still be exiting
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "domain did not stop, killing $pid"
      kill -9 "$pid" 2>/dev/null || true
    fi
    log "domain $domain stopped"
  fi
  mkdir -p "$state"
  cp -f "$domains/$domain/logs/server.log" "$state/server.log" 2>/dev/null || true
  rm -rf "$domains"
}

# The server log's errors without their stack frames: enough to see why a deployment failed.
severe() {
  grep -A4 '\[SEVERE\]' "$domains/$domain/logs/server.log" 2>/dev/null | grep -v '^\s*at ' | head -n 40 || true
}

stop_keycloak() {
  # a start that failed while Keycloak was still coming up: end the starter first, so it cannot
  # leave a Keycloak behind once this has looked for one
  if [[ -n $keycloak_starter ]]; then
    kill "$keycloak_starter" 2>/dev/null || true
    wait "$keycloak_starter" 2>/dev/null || true
  fi
  "$here/keycloak.sh" stop "$keycloak_state" >/dev/null 2>&1 || true
}

stop_all() {
  stop_domain
  stop_keycloak
  psql_admin -c "drop database if exists $db_name with (force)" 2>/dev/null || true
  log "database $db_name dropped, Keycloak stopped; server log kept in $state/server.log"
}

start() {
  [[ -f $ear ]] || { echo "payara-server: no EAR at '$ear'" >&2; exit 2; }
  [[ -x $asadmin ]] || { echo "payara-server: no asadmin in '$payara'" >&2; exit 2; }
  mkdir -p "$state" "$cache"
  stop_all >/dev/null
  trap 'log "start failed, cleaning up"; severe; stop_all' ERR

  # Keycloak's start (dev mode, about 15-90 s) overlaps the domain's start and the deployment
  mkdir -p "$keycloak_state"
  SIGILLO_DEV_MODE=true SIGILLO_KEYCLOAK_FRESH=1 \
    "$here/keycloak.sh" start "$keycloak_state" "$keycloak_port" >"$state/keycloak-start.log" 2>&1 &
  keycloak_starter=$!
  log "Keycloak starting on port $keycloak_port (log: $keycloak_state/keycloak.log)"

  psql_admin -c "create database $db_name"
  log "database $db_name created on $db_host:$db_port"

  mkdir -p "$domains"
  cp -a "$(pristine_domain)" "$domains/"

  # MicroProfile Config reads these for the application's @DataSourceDefinition (sigillo.db.*);
  # the server JVM inherits asadmin's environment.
  SIGILLO_DB_CLASS=org.postgresql.ds.PGSimpleDataSource \
  SIGILLO_DB_URL="jdbc:postgresql://$db_host:$db_port/$db_name" \
  SIGILLO_DB_USER=$db_user \
  SIGILLO_DB_PASSWORD=trust-auth-ignores-this \
  SIGILLO_DEV_MODE=true \
  SIGILLO_KEYCLOAK_URL="http://127.0.0.1:$keycloak_port" \
    "$asadmin" start-domain --domaindir "$domains" "$domain" >/dev/null
  log "domain $domain started (admin $admin_port, http $http_port)"

  remote deploy --name "$app" "$ear"

  local waited=$SECONDS
  wait "$keycloak_starter" || { cat "$state/keycloak-start.log" >&2; false; }
  keycloak_starter=
  log "Keycloak ready on port $keycloak_port (waited $((SECONDS - waited)) s after the deployment)"
  trap - ERR
}

case "$action" in
  start) start ;;
  stop) stop_all ;;
  *) echo "usage: $0 start|stop STATE_DIR PAYARA_HOME [EAR]" >&2; exit 2 ;;
esac
