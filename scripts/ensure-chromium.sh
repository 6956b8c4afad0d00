#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are installed for the browser tests: installs the
# Debian packages chromium and chromium-driver with apt-get when /usr/bin/chromium or
# /usr/bin/chromedriver is missing, and does nothing otherwise. No tool downloads a browser.
# Run by the Maven build (exec-maven-plugin, phase process-test-resources) before the tests.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

fail() {
  echo "ensure-chromium: $1" >&2
  echo "ensure-chromium: the browser tests need Debian's packages 'chromium' and 'chromium-driver'" >&2
  echo "ensure-chromium: (/usr/bin/chromium, /usr/bin/chromedriver); install them, e.g." >&2
  echo "ensure-chromium:   sudo apt-get update && sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get not found: this is not a Debian-based system"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    fail "not root and no password-less sudo, so the packages cannot be installed here"
  fi
fi

echo "ensure-chromium: installing Debian's chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq || fail "apt-get update failed"
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver >/dev/null || fail "apt-get install chromium chromium-driver failed"

[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] \
  || fail "the packages are installed but /usr/bin/chromium or /usr/bin/chromedriver is still missing"
echo "ensure-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) installed"
