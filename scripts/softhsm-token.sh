#!/usr/bin/env bash
# A fresh SoftHSM2 token for the integration tests (or a local run with PKCS#11 keys), and the
# Sigillo key store settings for it.
#   softhsm-token.sh DIR [LABEL]
# Writes DIR/softhsm2.conf (the JVM must get SOFTHSM2_CONF=DIR/softhsm2.conf) and
# DIR/keystore.properties (system properties for Payara Micro's --systemProperties). Initialising a
# token moves it to a new slot id, so the slot is looked up by label, never assumed.
# SOFTHSM_SO_PIN / SOFTHSM_PIN override the test PINs.
set -euo pipefail
dir=${1:?token directory}
label=${2:-sigillo}
so_pin=${SOFTHSM_SO_PIN:-it-so-pin-4242}
pin=${SOFTHSM_PIN:-it-user-pin-1234}

command -v softhsm2-util >/dev/null || { echo "softhsm-token: softhsm2 is not installed (apt-get install softhsm2)" >&2; exit 1; }
library=$(dpkg -L libsofthsm2 2>/dev/null | grep -m1 '/libsofthsm2\.so$' || true)
[ -n "$library" ] || library=$(find /usr/lib -name libsofthsm2.so 2>/dev/null | head -1)
[ -n "$library" ] || { echo "softhsm-token: libsofthsm2.so not found" >&2; exit 1; }

rm -rf "$dir"
mkdir -p "$dir/tokens"
dir=$(cd "$dir" && pwd)
cat > "$dir/softhsm2.conf" <<CONF
directories.tokendir = $dir/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
CONF
export SOFTHSM2_CONF=$dir/softhsm2.conf
softhsm2-util --init-token --free --label "$label" --so-pin "$so_pin" --pin "$pin" >/dev/null
slot=$(softhsm2-util --show-slots | awk -v want="$label" '
  /^Slot [0-9]+$/ { slot = $2 }
  $1 == "Label:" && $2 == want { print slot; exit }')
[ -n "$slot" ] || { echo "softhsm-token: no slot with label $label" >&2; exit 1; }
cat > "$dir/keystore.properties" <<PROPS
sigillo.keystore.type=pkcs11
sigillo.keystore.pkcs11.library=$library
sigillo.keystore.pkcs11.slot=$slot
sigillo.keystore.pkcs11.pin=$pin
PROPS
echo "softhsm-token: token '$label' in slot $slot ($dir)"
