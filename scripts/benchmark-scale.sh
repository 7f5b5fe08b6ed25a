#!/usr/bin/env bash
# Page speed at scale: a CSM's Portfolio, Today and one account's workspace with 10,000 accounts and
# 200,000 people (raw SQLite inserts on top of the demo), next to a bare Razor page, under 8 keep-alive
# connections. Release build, the portal on a fresh SQLite file, wrk as the load generator.
# Prints requests/s and p50/p99 for each; exits 2 when a page's p99 is over 100 ms in its best round.
# Options as scripts/benchmark-pages.sh: --seconds N, --warmup N, --rounds N, --connections N, --httpclient, --serve.
set -euo pipefail
exec "$(dirname "$0")/benchmark-pages.sh" --scale "$@"
