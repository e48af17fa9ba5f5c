#!/usr/bin/env bash
# The README test command: every unit test, every integration test (Payara Micro + PostgreSQL +
# Keycloak) and the EAR system test on Payara Server.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -ntp verify -Ppayara-server "$@"
