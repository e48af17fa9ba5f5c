#!/usr/bin/env bash
# Runs Sigillo on the embedded default (Payara Micro + H2 file database) with Keycloak, a local SMTP
# server and two demo tenants. Ctrl-C stops everything this script started.
#   scripts/run.sh            build if needed, then run
#   SIGILLO_PORT=8080 KEYCLOAK_PORT=8180 scripts/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib.sh

port=${SIGILLO_PORT:-8080}
kc_port=${KEYCLOAK_PORT:-8180}
smtp_port=${SMTP_PORT:-3025}
# GreenMail's own REST API (not used by Sigillo; keep it off the way of a second demo)
mail_api_port=${MAIL_API_PORT:-8025}
state=$root/.sigillo
mkdir -p "$state/logs"
pids=()

stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping Sigillo…"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  bash scripts/keycloak.sh stop "$state/keycloak" >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  echo "Stopped."
}
trap stop_all INT TERM EXIT

war=micro/target/sigillo.war
if [ ! -f "$war" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$war" -type f 2>/dev/null | head -1)" ]; then
  echo "Building Sigillo (tests skipped; run them with the README test command)…"
  mvn -q -B -DskipTests install
fi

payara_version=$(pom_property payara.version)
greenmail_version=$(pom_property greenmail-standalone.version)
fetch_artifact "fish.payara.extras:payara-micro:$payara_version" "$state/lib"
fetch_artifact "com.icegreen:greenmail-standalone:$greenmail_version" "$state/lib"

echo "Starting Keycloak on port $kc_port…"
bash scripts/keycloak.sh start "$state/keycloak" "$kc_port"

echo "Starting the SMTP server (GreenMail) on port $smtp_port…"
java -Dgreenmail.setup.test.smtp -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.hostname=127.0.0.1 \
  -Dgreenmail.auth.disabled -Dgreenmail.api.port="$mail_api_port" -Dgreenmail.api.hostname=127.0.0.1 \
  -jar "$state/lib/greenmail-standalone-$greenmail_version.jar" >"$state/logs/greenmail.log" 2>&1 &
pids+=($!)

echo "Starting Sigillo on Payara Micro, port $port…"
export SIGILLO_DEMO_ENABLED=true
export SIGILLO_MAIL_PORT=$smtp_port
# SMS are not sent anywhere: they and the e-mails are shown on the developer outbox page
export SIGILLO_SMS_GATEWAY=outbox
export SIGILLO_DEV_OUTBOX=true
export SIGILLO_WEB_TENANTLESS_PATHS=/dev/outbox
export SIGILLO_KEYCLOAK_URL=http://localhost:$kc_port
# certificates name the CRL and CA certificate URLs of the portal on this port
export SIGILLO_PKI_BASE_URL="http://{tenant}.localhost:$port/pki"
java -Djava.io.tmpdir="$state" -jar "$state/lib/payara-micro-$payara_version.jar" \
  --deploy "$war" --contextroot / --port "$port" --nocluster \
  --postbootcommandfile "$root/scripts/payara-hardening.asadmin" \
  >"$state/logs/payara-micro.log" 2>&1 &
pids+=($!)

if ! wait_for_url "http://127.0.0.1:$port/health/ready" 240; then
  echo "Sigillo did not become ready; see $state/logs/payara-micro.log" >&2
  exit 1
fi
cat <<INFO

Sigillo is running (logs in $state/logs).

  Alpha Fiduciaria       http://alpha.localhost:$port/
  Beta Servizi Digitali  http://beta.localhost:$port/
  Keycloak admin         http://localhost:$kc_port/admin/  (admin / admin)
  Health                 http://localhost:$port/health
  Outbox (SMS, e-mail)   http://localhost:$port/dev/outbox  (developer page: codes sent appear here)

Demo users (password: ${SIGILLO_DEMO_PASSWORD:-Sigillo-Demo-2026}):
  alpha: mario.rossi, giulia.bianchi, operatore.alpha (operator)
  beta:  luca.verdi, anna.neri, operatore.beta (operator)
  platform console (any portal, /platform/): piattaforma.admin
  SPID identities with full personal data, no OTP app yet (level 2 by SMS, then associate the app):
  alpha: sara.esposito, paolo.gallo    beta: francesco.ricci, laura.marino
  Credential management: http://alpha.localhost:$port/credentials/

*.localhost names resolve to this machine in Chromium, Firefox and curl.
Press Ctrl-C to stop.
INFO
wait "${pids[@]}"
