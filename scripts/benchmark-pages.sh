#!/usr/bin/env bash
# Page speed: the success-plan page of an account with 20 objectives and 100 milestones, next to a
# bare Razor page, under 32 keep-alive connections. Release build, the portal on a fresh SQLite file.
# Prints requests/s and p50/p99 for both; exits 2 when the plan page misses its target
# (>= 3,000 requests/s, p99 <= 25 ms) in its best round. Options: --seconds N, --warmup N, --rounds N,
# --connections N, --httpclient (the built-in load generator instead of wrk), --serve (set up, then keep serving).
set -euo pipefail
cd "$(dirname "$0")/.."

# wrk (Debian) is the load generator: C and event-driven, it leaves the cores to the portal.
if [ ! -x /usr/bin/wrk ]; then
    if [ "$(id -u)" = 0 ]; then
        (apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }) \
            || echo "wrk could not be installed: using the built-in HttpClient load generator."
    else
        echo "wrk is not installed (sudo apt-get install wrk): using the built-in HttpClient load generator."
    fi
fi

dotnet build tests/Adoption.Benchmarks.Pages -c Release -nologo -v quiet
exec dotnet tests/Adoption.Benchmarks.Pages/bin/Release/net10.0/Adoption.Benchmarks.Pages.dll \
    --portal portal/Adoption.Portal/bin/Release/net10.0/Adoption.Portal.dll "$@"
