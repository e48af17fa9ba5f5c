#!/usr/bin/env bash
# The README test command: installs what a fresh machine lacks (scripts/prerequisites.sh), then runs
# every unit test, every integration test (Payara Micro + PostgreSQL + Keycloak) and the EAR system
# test on Payara Server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh
exec mvn -B -ntp verify -Ppayara-server "$@"
