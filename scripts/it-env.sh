#!/usr/bin/env bash
# The integration-test environment: a fresh PostgreSQL database and a fresh Keycloak for this run.
# Called by the micro module's build before and after the integration tests.
#   it-env.sh start|stop STATE_DIR
# Keycloak listens on SIGILLO_IT_KEYCLOAK_PORT (default 18180; micro/pom.xml passes it.keycloak.port
# and gives the tests SIGILLO_KEYCLOAK_URL), state and log in STATE_DIR/keycloak-PORT; see keycloak.sh.
# Keycloak mails ("forgot password") to SIGILLO_IT_SMTP_PORT (it.smtp.port), where the tests' GreenMail
# listens while a test reads its mail.
set -euo pipefail
action=${1:?start|stop}
state=${2:?state directory}
here=$(cd "$(dirname "$0")" && pwd)
db_host=${SIGILLO_IT_DB_HOST:-127.0.0.1}
db_port=${SIGILLO_IT_DB_PORT:-5432}
db_user=${SIGILLO_IT_DB_USER:-postgres}
db_name=${SIGILLO_IT_DB_NAME:-sigillo_it}
keycloak_port=${SIGILLO_IT_KEYCLOAK_PORT:-18180}
# one state directory per port, so runs with different ports (see micro/pom.xml) never stop each
# other's Keycloak
keycloak_state=$state/keycloak-$keycloak_port
psql_admin() { psql -v ON_ERROR_STOP=1 -q -h "$db_host" -p "$db_port" -U "$db_user" -d postgres "$@"; }

case "$action" in
  start)
    mkdir -p "$state"
    psql_admin -c "drop database if exists $db_name with (force)"
    psql_admin -c "create database $db_name"
    echo "it-env: database $db_name created on $db_host:$db_port"
    # a previous run that died before "stop" may have left its Keycloak behind
    "$here/keycloak.sh" stop "$keycloak_state"
    SIGILLO_SMTP_PORT=${SIGILLO_IT_SMTP_PORT:-3025} SIGILLO_KEYCLOAK_FRESH=1 "$here/keycloak.sh" start "$keycloak_state" "$keycloak_port"
    ;;
  stop)
    "$here/keycloak.sh" stop "$keycloak_state" || true
    # started by an earlier version of this script, which kept one state directory for every port
    if grep -qx "KEYCLOAK_PORT=$keycloak_port" "$state/keycloak/keycloak.env" 2>/dev/null; then
      "$here/keycloak.sh" stop "$state/keycloak" || true
    fi
    psql_admin -c "drop database if exists $db_name with (force)" || true
    echo "it-env: database $db_name dropped"
    ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
