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

# A component that is not up stops the run: its name, the end of its log, and everything started is
# stopped again (the EXIT trap), rather than a demo whose e-mail or login silently does not work.
fail() {
  local component=$1 log=$2
  echo >&2
  echo "Sigillo is NOT running: $component did not start. Its log: $log" >&2
  tail -n 20 "$log" >&2 2>/dev/null || true
  exit 1
}

# Waits until the SMTP server greets on the port (220), while its process lives.
wait_for_smtp() {
  local pid=$1 port=$2 seconds=$3 i greeting
  for ((i = 0; i < seconds; i++)); do
    kill -0 "$pid" 2>/dev/null || return 1
    # a bounded read: whatever else holds the port may accept and never greet
    greeting=$( (
      exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
      IFS= read -r -t 3 line <&3 || exit 1
      printf 'QUIT\r\n' >&3
      echo "${line:0:3}"
    ) 2>/dev/null || true)
    [ "$greeting" = 220 ] && return 0
    sleep 1
  done
  return 1
}

war=micro/target/sigillo.war
if [ ! -f "$war" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$war" -type f 2>/dev/null | head -1)" ]; then
  echo "Building Sigillo (tests skipped; run them with the README test command)…"
  mvn -q -B -DskipTests install
fi

payara_version=$(pom_property payara.version)
greenmail_version=$(pom_property greenmail-standalone.version)
fetch_artifact "fish.payara.extras:payara-micro:$payara_version" "$state/lib"
fetch_artifact "com.icegreen:greenmail-standalone:$greenmail_version" "$state/lib"

# Development mode: Keycloak and Sigillo accept the public development secrets published in this
# repository (the Keycloak admin client secret, OTP and HMAC keys, key-store and database passwords).
# Without it the application refuses to start and names each secret to set.
export SIGILLO_DEV_MODE=true

echo "Starting Keycloak on port $kc_port…"
# Keycloak's "Sigillo level 2" step calls Sigillo's level-2 API here (realm import seeds it)
export SIGILLO_LEVEL_TWO_URL=http://127.0.0.1:$port
# Keycloak mails its "forgot password" links to the GreenMail started below (realm import seeds it)
export SIGILLO_SMTP_PORT=$smtp_port
bash scripts/keycloak.sh start "$state/keycloak" "$kc_port" || fail Keycloak "$state/keycloak/keycloak.log"

echo "Starting the SMTP server (GreenMail) on port $smtp_port…"
# One SMTP server, on our port: -Dgreenmail.setup.test.smtp would add a second "smtp" (port 3025)
# and GreenMail refuses to start with both.
java -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.hostname=127.0.0.1 \
  -Dgreenmail.auth.disabled -Dgreenmail.api.port="$mail_api_port" -Dgreenmail.api.hostname=127.0.0.1 \
  -jar "$state/lib/greenmail-standalone-$greenmail_version.jar" >"$state/logs/greenmail.log" 2>&1 &
greenmail_pid=$!
pids+=($greenmail_pid)
wait_for_smtp "$greenmail_pid" "$smtp_port" 60 || fail "the SMTP server (GreenMail)" "$state/logs/greenmail.log"

echo "Starting Sigillo on Payara Micro, port $port…"
export SIGILLO_DEMO_ENABLED=true
export SIGILLO_MAIL_PORT=$smtp_port
# SMS are not sent anywhere: they and the e-mails are shown on the developer outbox page
export SIGILLO_SMS_GATEWAY=outbox
export SIGILLO_DEV_OUTBOX=true
# the outbox and the demo relying party answer on the platform's own host, outside every tenant
export SIGILLO_WEB_TENANTLESS_PATHS=/dev/outbox,/demo-pa/
export SIGILLO_DEMO_RELYING_PARTY_URL=http://localhost:$port/demo-pa/
export SIGILLO_KEYCLOAK_URL=http://localhost:$kc_port
# certificates name the CRL and CA certificate URLs of the portal on this port
export SIGILLO_PKI_BASE_URL="http://{tenant}.localhost:$port/pki"
java -Djava.io.tmpdir="$state" -jar "$state/lib/payara-micro-$payara_version.jar" \
  --deploy "$war" --contextroot / --port "$port" --nocluster \
  --postbootcommandfile "$root/scripts/payara-hardening.asadmin" \
  >"$state/logs/payara-micro.log" 2>&1 &
micro_pid=$!
pids+=($micro_pid)

ready=""
# Micro deploys in about a minute on a quiet machine, several under load: SIGILLO_START_SECONDS
for ((i = 0; i < ${SIGILLO_START_SECONDS:-900}; i++)); do
  kill -0 "$micro_pid" 2>/dev/null || break
  if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready" 2>/dev/null; then
    ready=yes
    break
  fi
  sleep 1
done
[ -n "$ready" ] || fail "Sigillo on Payara Micro" "$state/logs/payara-micro.log"
# the others may have died while Micro started
kill -0 "$greenmail_pid" 2>/dev/null || fail "the SMTP server (GreenMail)" "$state/logs/greenmail.log"
bash scripts/keycloak.sh wait "$state/keycloak" "$kc_port" >/dev/null 2>&1 ||
  fail Keycloak "$state/keycloak/keycloak.log"
cat <<INFO

Sigillo is running (logs in $state/logs).

  Alpha Fiduciaria       http://alpha.localhost:$port/
  Beta Servizi Digitali  http://beta.localhost:$port/
  Keycloak admin         http://localhost:$kc_port/admin/  (admin / admin)
  Health                 http://localhost:$port/health
  Outbox (SMS, e-mail)   http://localhost:$port/dev/outbox  (developer page: codes sent appear here)
  Keycloak's e-mails     http://127.0.0.1:$mail_api_port/api/user/<e-mail>/messages/INBOX  ("Password dimenticata?" links)
  Demo PA site (SPID L2) http://localhost:$port/demo-pa/  (a relying party that is not a portal: docs/relying-parties.md)

Demo users (password: ${SIGILLO_DEMO_PASSWORD:-Sigillo-Demo-2026}):
  alpha: mario.rossi, giulia.bianchi, operatore.alpha (operator)
  beta:  luca.verdi, anna.neri, operatore.beta (operator)
  platform console (any portal, /platform/): piattaforma.admin
  staff consoles need the staff member's own OTP app: the first time, /staff/ mails an
  activation link (it appears on the outbox), then scan the QR code and type the first code
  SPID identities with full personal data, no OTP app yet (level 2 by SMS, then associate the app):
  alpha: sara.esposito, paolo.gallo    beta: francesco.ricci, laura.marino
  Credential management: http://alpha.localhost:$port/credentials/
  (change the SPID password there at level 2; "Password dimenticata?" on the sign-in page mails a
  link (demo people: <username>@<tenant>.example, e.g. mario.rossi@alpha.example), then a level-2 code)

*.localhost names resolve to this machine in Chromium, Firefox and curl.
Press Ctrl-C to stop.
INFO
wait "${pids[@]}"
