#!/usr/bin/env bash
# The integration-test environment: a fresh PostgreSQL database for this run (and Keycloak, see
# keycloak.sh). Called by the micro module's build before and after the integration tests.
#   it-env.sh start|stop STATE_DIR
set -euo pipefail
action=${1:?start|stop}
state=${2:?state directory}
here=$(cd "$(dirname "$0")" && pwd)
db_host=${SIGILLO_IT_DB_HOST:-127.0.0.1}
db_port=${SIGILLO_IT_DB_PORT:-5432}
db_user=${SIGILLO_IT_DB_USER:-postgres}
db_name=${SIGILLO_IT_DB_NAME:-sigillo_it}
psql_admin() { psql -v ON_ERROR_STOP=1 -q -h "$db_host" -p "$db_port" -U "$db_user" -d postgres "$@"; }

case "$action" in
  start)
    mkdir -p "$state"
    psql_admin -c "drop database if exists $db_name with (force)"
    psql_admin -c "create database $db_name"
    echo "it-env: database $db_name created on $db_host:$db_port"
    ;;
  stop)
    psql_admin -c "drop database if exists $db_name with (force)" || true
    echo "it-env: database $db_name dropped"
    ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
