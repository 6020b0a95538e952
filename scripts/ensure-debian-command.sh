#!/usr/bin/env bash
# Usage: ensure-debian-command.sh COMMAND PACKAGE. Installs Debian's PACKAGE when COMMAND is missing: tests start
# their own redis-server and nginx.
set -euo pipefail
command="$1" package="$2"
if command -v "$command" >/dev/null 2>&1 || [ -x "/usr/sbin/$command" ]; then exit 0; fi
echo "$command not found: installing Debian's $package package..."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null
