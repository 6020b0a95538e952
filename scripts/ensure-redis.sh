#!/usr/bin/env bash
# Installs Debian's redis-server when it is missing: the Redis view store's tests start their own instance.
exec bash "$(dirname "$0")/ensure-debian-command.sh" redis-server redis-server
