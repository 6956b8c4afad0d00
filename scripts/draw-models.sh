#!/usr/bin/env bash
# Draws every processes/*.bpmn to docs/images/<process-id>.svg with bpmn-js in headless Chromium
# (Debian's package, /usr/bin/chromium). Each picture records the SHA-256 of the model it was drawn
# from; ModelPicturesTest fails in `./mvnw verify` when a model changed without its picture.
# Run it after every change to a model:  scripts/draw-models.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium is missing: apt-get install chromium (Debian's package; no browser is downloaded)" >&2
  exit 1
fi
# playwright-core only drives the browser; it never downloads one
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -d node_modules/bpmn-js ] && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
CHROMIUM="$CHROMIUM" node scripts/draw-models.cjs "$@"
