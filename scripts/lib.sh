# Shared helpers for Sigillo's scripts (sourced, not run).

# A JDK of at least the given major version: JAVA_HOME if it fits, else the newest in /usr/lib/jvm.
find_jdk() {
  local want=$1 candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${version%%.*}" -ge "$want" ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Copies a Maven artifact (groupId:artifactId:version[:packaging]) into a directory, downloading it
# from Maven Central on a fresh machine.
fetch_artifact() {
  local coordinates=$1 dir=$2
  mkdir -p "$dir"
  mvn -q -B dependency:copy -Dartifact="$coordinates" -DoutputDirectory="$dir" -Dmdep.useBaseVersion=true
}

# Waits until a URL answers with HTTP 2xx/3xx, or fails after the given seconds.
wait_for_url() {
  local url=$1 seconds=$2 i
  for ((i = 0; i < seconds; i++)); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  return 1
}

# The value of a property in the root pom (e.g. payara.version).
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$(dirname "${BASH_SOURCE[0]}")/../pom.xml" | head -1
}
