#!/usr/bin/env bash
# Installs Debian's python3-feedparser when Python cannot import feedparser: e2e/feeds.spec.ts reads every feed with
# it, as a strict feed reader would.
set -euo pipefail
if /usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1; then exit 0; fi
echo "Python's feedparser not found: installing Debian's python3-feedparser package..."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-feedparser >/dev/null
