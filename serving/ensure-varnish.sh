#!/usr/bin/env bash
# Installs Debian's Varnish and its modules (xkey, for tag purges) when missing: `npm run cluster`, the VCL
# tests and the cluster suite start their own varnishd.
set -euo pipefail
if [ -x /usr/sbin/varnishd ] && ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1; then exit 0; fi
echo "varnishd or its xkey module not found: installing Debian's varnish and varnish-modules packages..."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq varnish varnish-modules >/dev/null
