#!/usr/bin/env bash
# Screenshots of the running demo (scripts/run.sh) in headless Chromium, phone (390x844) and desktop
# (1280x800), from a list of shots (docs/screenshots/README.md describes the list).
#   scripts/screenshots.sh                                   docs/screenshots/shots.json into docs/screenshots/after
#   scripts/screenshots.sh LIST OUTPUT_DIR [shot name ...]   another list (e.g. a guide's), some shots only
#   SIGILLO_PORT=22080 scripts/screenshots.sh …              a demo started on another port
# Needs node and npm (playwright-core is installed under .sigillo/screenshots on first use; it drives
# Debian's /usr/bin/chromium, no browser is downloaded).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
list=${1:-$root/docs/screenshots/shots.json}
out=${2:-$root/docs/screenshots/after}
shift $(($# > 2 ? 2 : $#))
tools=$root/.sigillo/screenshots
playwright_version=1.65.2
if [ ! -f "$tools/node_modules/playwright-core/package.json" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund --no-package-lock \
    "playwright-core@$playwright_version" >"$tools/npm.log" 2>&1 ||
    { echo "npm could not install playwright-core; see $tools/npm.log" >&2; exit 1; }
fi
NODE_PATH=$tools/node_modules exec node "$root/scripts/screenshots.js" "$list" "$out" "$@"
