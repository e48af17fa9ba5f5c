#!/usr/bin/env bash
# Installs what the tests need and a fresh machine of this kind lacks (Debian packages), and starts
# PostgreSQL if it is down. Called by scripts/test.sh (and so by CI); safe to run again.
set -euo pipefail

packages=()
command -v psql >/dev/null || packages+=(postgresql-client)
command -v curl >/dev/null || packages+=(curl)
command -v unzip >/dev/null || packages+=(unzip)
command -v oathtool >/dev/null || packages+=(oathtool)
# reseller browser tests (micro/src/test/java/io/sigillo/it/reseller): headless Chromium + its driver
command -v chromium >/dev/null || packages+=(chromium)
command -v chromedriver >/dev/null || packages+=(chromium-driver)
# the accessibility tests install axe-core with npm (this machine kind ships Node.js; Debian's otherwise)
command -v npm >/dev/null || packages+=(npm)
# signing tests (micro/src/test/java/io/sigillo/it/signature): PKCS#11 token, pdfsig, NSS certutil, pkcs11-tool
command -v softhsm2-util >/dev/null || packages+=(softhsm2)
command -v pdfsig >/dev/null || packages+=(poppler-utils)
command -v certutil >/dev/null || packages+=(libnss3-tools)
command -v pkcs11-tool >/dev/null || packages+=(opensc)
command -v openssl >/dev/null || packages+=(openssl)
if [ ${#packages[@]} -gt 0 ]; then
  echo "prerequisites: installing ${packages[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}"
fi

# PostgreSQL is a service of this machine kind; start it if it is down.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "prerequisites: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
