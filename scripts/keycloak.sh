#!/usr/bin/env bash
# Keycloak for the run command and the integration tests: dev mode, the sigillo realm imported.
#
#   keycloak.sh start STATE_DIR [PORT]   unpack if needed, start in the background, wait until ready
#   keycloak.sh wait  STATE_DIR [PORT]   wait until the sigillo realm answers
#   keycloak.sh stop  STATE_DIR          stop the instance started from STATE_DIR (its process group)
#
# PORT is the HTTP port (default 8180); the management port (health, metrics) is the first free port
# from PORT+1000. The distribution (org.keycloak:keycloak-quarkus-dist, version from the root pom's
# keycloak.version) is fetched through Maven from Maven Central and unpacked once into
# ${SIGILLO_CACHE:-~/.cache/sigillo}/keycloak-<version>; each STATE_DIR gets its own copy under
# STATE_DIR/server, because dev mode rewrites lib/quarkus at every start and keeps its H2 database in
# data/ — two instances (the run command and the tests) must not share them.
#
# Keycloak needs JDK 21+: KEYCLOAK_JAVA_HOME, then JAVA_HOME, then every JDK under /usr/lib/jvm are
# tried in that order. Environment knobs: KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD (bootstrap
# admin of the master realm, default admin/admin), SIGILLO_KEYCLOAK_ADMIN_SECRET (secret of the
# application's service-account client; required unless SIGILLO_DEV_MODE=true, which gives it the
# public development secret the application also accepts only in development mode),
# SIGILLO_LEVEL_TWO_SECRET (secret of the sigillo-level-two client, whose tokens Keycloak's level-2
# step presents to Sigillo's /api/level-two; required unless SIGILLO_DEV_MODE=true, which gives it
# the public development secret sigillo-level-two-dev-secret), SIGILLO_LEVEL_TWO_URL (Sigillo's base
# URL for that step, seeded into the realm's browser flow at import; default http://127.0.0.1:8080),
# SIGILLO_SMTP_HOST / SIGILLO_SMTP_PORT / SIGILLO_SMTP_FROM (the SMTP server through which Keycloak
# mails the "forgot password" links, seeded into the realm at import; default 127.0.0.1, 3025 as
# run.sh's GreenMail, noreply@sigillo.localhost), SIGILLO_KEYCLOAK_FRESH=1 (forget the data of previous runs), KEYCLOAK_WAIT_SECONDS (default 600: a first start on a busy 2-core machine was seen at 340 s).
# Written to STATE_DIR: keycloak.pid, keycloak.log, keycloak.env (KEYCLOAK_URL, ports).
set -euo pipefail

action=${1:?usage: keycloak.sh start|stop|wait STATE_DIR [PORT]}
state=${2:?usage: keycloak.sh start|stop|wait STATE_DIR [PORT]}
root=$(cd "$(dirname "$0")/.." && pwd)
realm=sigillo

die() {
  echo "keycloak.sh: $*" >&2
  exit 1
}

keycloak_version() {
  local version
  version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$root/pom.xml" | head -1)
  [ -n "$version" ] || die "keycloak.version not found in $root/pom.xml"
  echo "$version"
}

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

find_jdk() {
  local candidate major
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  die "Keycloak needs a JDK 21 or newer; none found (set KEYCLOAK_JAVA_HOME, or install one under /usr/lib/jvm, e.g. Temurin 25)"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port_from() {
  local port=$1
  while port_in_use "$port"; do
    port=$((port + 1))
  done
  echo "$port"
}

# The distribution, unpacked once per machine; a half-finished unpack is never taken for a good one.
distribution() {
  local version=$1 cache=${SIGILLO_CACHE:-$HOME/.cache/sigillo}
  local home="$cache/keycloak-$version"
  if [ ! -x "$home/bin/kc.sh" ]; then
    local work
    mkdir -p "$cache"
    work=$(mktemp -d "$cache/.keycloak-$version.XXXXXX")
    echo "keycloak.sh: fetching org.keycloak:keycloak-quarkus-dist:$version:zip through Maven" >&2
    (cd "$work" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip" "-DoutputDirectory=$work") >&2 ||
      die "could not fetch the Keycloak distribution through Maven"
    if command -v unzip >/dev/null; then
      unzip -q "$work/keycloak-quarkus-dist-$version.zip" -d "$work"
    else
      (cd "$work" && "$jdk/bin/jar" xf "keycloak-quarkus-dist-$version.zip")
    fi
    rm -rf "$home"
    mv "$work/keycloak-$version" "$home"
    rm -rf "$work"
  fi
  echo "$home"
}

# The login theme (module keycloak-theme) into providers/: the module's jar when the build made one
# from the current sources, else packed here from those sources with the JDK's jar tool, so the run
# command and the tests never show a stale or missing theme. Dev mode picks providers up at start.
install_theme() {
  local jdk=$1 server=$2 sources="$root/keycloak-theme/src/main/resources"
  local built="$root/keycloak-theme/target/sigillo-keycloak-theme.jar"
  [ -d "$sources" ] || return 0
  mkdir -p "$server/providers"
  if [ -f "$built" ] && [ -z "$(find "$sources" -newer "$built" -type f | head -1)" ]; then
    cp "$built" "$server/providers/sigillo-keycloak-theme.jar"
  else
    "$jdk/bin/jar" cf "$server/providers/sigillo-keycloak-theme.jar" -C "$sources" .
  fi
}

# The "Sigillo level 2" authenticator (module keycloak-level-two) into providers/: the module's jar
# when the build made one from the current sources, else compiled and packed here against the
# distribution's own jars (the SPI is provided by Keycloak), so `keycloak.sh start` right after a
# checkout or an edit still runs the current step.
install_level_two() {
  local jdk=$1 server=$2 module="$root/keycloak-level-two"
  local built="$module/target/sigillo-keycloak-level-two.jar" work javac
  [ -d "$module/src/main" ] || return 0
  mkdir -p "$server/providers"
  if [ -f "$built" ] && [ -z "$(find "$module/src/main" "$module/pom.xml" -newer "$built" -type f | head -1)" ]; then
    cp "$built" "$server/providers/sigillo-keycloak-level-two.jar"
    return 0
  fi
  javac="$jdk/bin/javac"
  [ -x "$javac" ] || javac=$(command -v javac) || die "no javac to compile keycloak-level-two (build it: mvn -pl keycloak-level-two package)"
  work=$(mktemp -d "$server/.level-two.XXXXXX")
  echo "keycloak.sh: compiling keycloak-level-two from its sources" >&2
  find "$module/src/main/java" -name '*.java' >"$work/sources"
  "$javac" --release 17 -nowarn -encoding UTF-8 -d "$work/classes" \
    -cp "$server/lib/lib/main/*:$server/lib/lib/boot/*" @"$work/sources" ||
    die "keycloak-level-two does not compile (see above)"
  cp -R "$module/src/main/resources/." "$work/classes/"
  "$jdk/bin/jar" cf "$server/providers/sigillo-keycloak-level-two.jar" -C "$work/classes" .
  rm -rf "$work"
}

realm_ready() {
  local port=$1 status
  status=$( (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET /realms/%s/.well-known/openid-configuration HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$realm" >&3
    head -1 <&3
  ) 2>/dev/null || true)
  [[ "$status" == *" 200"* ]]
}

running_pid() {
  local pid
  [ -f "$state/keycloak.pid" ] || return 1
  pid=$(cat "$state/keycloak.pid")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

wait_ready() {
  local port=$1 deadline=$((SECONDS + ${KEYCLOAK_WAIT_SECONDS:-600}))
  until realm_ready "$port"; do
    if ! running_pid >/dev/null; then
      tail -n 40 "$state/keycloak.log" >&2 || true
      die "Keycloak exited before it was ready (log: $state/keycloak.log)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || die "Keycloak not ready on port $port after ${KEYCLOAK_WAIT_SECONDS:-600} s (log: $state/keycloak.log)"
    sleep 1
  done
}

configured_port() {
  if [ -n "${1:-}" ]; then
    echo "$1"
  elif [ -f "$state/keycloak.env" ]; then
    sed -n 's/^KEYCLOAK_PORT=//p' "$state/keycloak.env"
  else
    echo 8180
  fi
}

start() {
  local port=$1 version jdk dist server management started realm_sum
  if pid=$(running_pid); then
    echo "keycloak.sh: already running (pid $pid), waiting for it" >&2
    wait_ready "$(configured_port)"
    return 0
  fi
  port_in_use "$port" && die "port $port is already in use; choose another: keycloak.sh start $state PORT"
  jdk=$(find_jdk)
  version=$(keycloak_version)
  mkdir -p "$state"
  state=$(cd "$state" && pwd)
  dist=$(distribution "$version")
  server="$state/server"
  if [ "$(cat "$server/version.txt" 2>/dev/null)" != "$(cat "$dist/version.txt")" ]; then
    rm -rf "$server"
    cp -a "$dist" "$server"
  fi
  # --import-realm skips a realm that exists: data made from an older realm file would keep its old
  # flows and settings (the run command's demo provisions tenants and people again at start)
  realm_sum=$(cksum <"$root/keycloak/$realm-realm.json")
  if [ -d "$server/data" ] && [ "$(cat "$server/data/realm.cksum" 2>/dev/null)" != "$realm_sum" ]; then
    echo "keycloak.sh: keycloak/$realm-realm.json changed since this Keycloak imported it: starting with fresh data" >&2
    rm -rf "$server/data"
  fi
  if [ "${SIGILLO_KEYCLOAK_FRESH:-0}" = 1 ]; then
    rm -rf "$server/data"
  fi
  mkdir -p "$server/data/import"
  echo "$realm_sum" >"$server/data/realm.cksum"
  cp "$root/keycloak/$realm-realm.json" "$server/data/import/"
  install_theme "$jdk" "$server"
  install_level_two "$jdk" "$server"
  management=$(free_port_from $((port + 1000)))
  cat >"$state/keycloak.env" <<EOF
KEYCLOAK_URL=http://127.0.0.1:$port
KEYCLOAK_PORT=$port
KEYCLOAK_MANAGEMENT_PORT=$management
KEYCLOAK_REALM=$realm
EOF
  if [ -z "${SIGILLO_KEYCLOAK_ADMIN_SECRET:-}" ]; then
    [ "${SIGILLO_DEV_MODE:-}" = true ] ||
      die "SIGILLO_KEYCLOAK_ADMIN_SECRET is not set: set it (the application's sigillo.keycloak.admin.client-secret), or SIGILLO_DEV_MODE=true for development"
    export SIGILLO_KEYCLOAK_ADMIN_SECRET=sigillo-admin-dev-secret
  fi
  # the realm file's ${SIGILLO_LEVEL_TWO_SECRET}; the level-2 step reads the same variable
  if [ -z "${SIGILLO_LEVEL_TWO_SECRET:-}" ]; then
    [ "${SIGILLO_DEV_MODE:-}" = true ] ||
      die "SIGILLO_LEVEL_TWO_SECRET is not set: set it (the sigillo-level-two client's secret, which Keycloak's level-2 step presents to Sigillo), or SIGILLO_DEV_MODE=true for development"
    export SIGILLO_LEVEL_TWO_SECRET=sigillo-level-two-dev-secret
  fi
  # the realm file's ${SIGILLO_LEVEL_TWO_URL}: where the step calls Sigillo
  export SIGILLO_LEVEL_TWO_URL=${SIGILLO_LEVEL_TWO_URL:-http://127.0.0.1:8080}
  # the realm file's smtpServer: where Keycloak sends the "forgot password" e-mails
  export SIGILLO_SMTP_HOST=${SIGILLO_SMTP_HOST:-127.0.0.1}
  export SIGILLO_SMTP_PORT=${SIGILLO_SMTP_PORT:-3025}
  export SIGILLO_SMTP_FROM=${SIGILLO_SMTP_FROM:-noreply@sigillo.localhost}
  started=$SECONDS
  echo "keycloak.sh: starting Keycloak $version on port $port (management $management) with $jdk" >&2
  # setsid: its own process group, so stop takes every child with it; no inherited stdout, so the
  # Maven build that calls us does not wait for Keycloak to exit.
  JAVA_HOME="$jdk" \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN_USER:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
    JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m}" \
    setsid "$server/bin/kc.sh" start-dev \
    --http-port="$port" \
    --http-management-port="$management" \
    --import-realm \
    >"$state/keycloak.log" 2>&1 </dev/null &
  echo $! >"$state/keycloak.pid"
  wait_ready "$port"
  echo "keycloak.sh: ready at http://127.0.0.1:$port (realm $realm) after $((SECONDS - started)) s" >&2
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$state/keycloak.pid"
    echo "keycloak.sh: not running" >&2
    return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$state/keycloak.pid"
  echo "keycloak.sh: stopped (pid $pid)" >&2
}

case "$action" in
  start) start "${3:-8180}" ;;
  wait) wait_ready "$(configured_port "${3:-}")" ;;
  stop) stop ;;
  *) die "usage: keycloak.sh start|stop|wait STATE_DIR [PORT]" ;;
esac
