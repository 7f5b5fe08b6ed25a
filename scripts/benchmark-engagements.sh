#!/usr/bin/env bash
# Decide speed: POST /v1/engagements/decide for the demo's users with 50 live nudges, next to
# GET /v1/server-key (the same server-key check, no decision) under 32 keep-alive connections.
# Release build, the portal on a fresh SQLite file. Prints requests/s and p50/p99 for both; exits 2
# when decide misses its target (>= 5,000 decisions/s, p99 <= 20 ms) in its best round.
# Options: --seconds N, --warmup N, --rounds N, --connections N.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/wrk ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
    else
        echo "wrk is needed: sudo apt-get install wrk" >&2
        exit 1
    fi
fi

dotnet build tests/Adoption.Benchmarks.Engagements -c Release -nologo -v quiet
exec dotnet tests/Adoption.Benchmarks.Engagements/bin/Release/net10.0/Adoption.Benchmarks.Engagements.dll \
    --portal portal/Adoption.Portal/bin/Release/net10.0/Adoption.Portal.dll "$@"
