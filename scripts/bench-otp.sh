#!/usr/bin/env bash
# JMH micro-benchmark of the OTP validation paths (otp-ejb OtpValidationBenchmark): TOTP ±1 step,
# HOTP look-ahead 10, resynchronisation scans of 1,000 and 10,000 counters. Each is printed in ns per
# candidate code and as a ratio to one raw javax.crypto.Mac HMAC-SHA1 measured in the same run
# (goal: at most 1.2). Bounded: one fork, about 40 s of measurement plus the build.
#   scripts/bench-otp.sh                          defaults: -f 1 -wi 3 -w 1s -i 5 -r 1s
#   JMH_ARGS="-f 2 -wi 5 -i 10" scripts/bench-otp.sh
# Results: target/bench/otp-jmh.json (JMH's own JSON).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=target/bench
mkdir -p "$out"
json=$out/otp-jmh.json

# test-compile runs the JMH annotation processor; the class path comes from the same reactor, so
# platform-core is this checkout's and nothing is installed into the local repository
mvn -q -B -ntp -Dstyle.color=never -pl platform-core,otp-ejb test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >"$out/build.log" 2>&1 ||
  { tail -40 "$out/build.log" >&2; exit 1; }
cp="otp-ejb/target/test-classes:otp-ejb/target/classes:$(cat otp-ejb/target/test-classpath.txt)"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main OtpValidationBenchmark -t 1 ${JMH_ARGS:--f 1 -wi 3 -w 1s -i 5 -r 1s} \
  -rf json -rff "$json" >"$out/otp-jmh.log" 2>&1 || { tail -40 "$out/otp-jmh.log" >&2; exit 1; }
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

jq -r '
  (map(select(.benchmark | endswith(".rawHmacSha1")))[0].primaryMetric.score) as $raw
  | ["benchmark", "ns/candidate", "±", "ratio to raw HMAC", "goal <= 1.2"],
    (.[] | .primaryMetric as $m
      | [(.benchmark | split(".") | last),
         ($m.score * 100 | round / 100 | tostring),
         ($m.scoreError * 100 | round / 100 | tostring),
         (($m.score / $raw) * 100 | round / 100 | tostring),
         (if (.benchmark | endswith(".rawHmacSha1")) then "baseline"
          elif ($m.score / $raw) <= 1.2 then "ok" else "MISSED" end)])
  | @tsv' "$json" | column -t -s $'\t'
