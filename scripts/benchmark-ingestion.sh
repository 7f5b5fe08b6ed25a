#!/usr/bin/env bash
# Builds Release and runs the ingestion benchmark: the portal on a fresh SQLite file, 1,000,000
# events over HTTP from several clients, then raw SQLite appending the same rows on the same disk.
# Extra arguments go to the benchmark, e.g. scripts/benchmark-ingestion.sh --events 200000 --clients 16
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build portal/Adoption.Portal -c Release -nologo -v quiet
dotnet build tests/Adoption.Benchmarks -c Release -nologo -v quiet
dotnet tests/Adoption.Benchmarks/bin/Release/net10.0/Adoption.Benchmarks.dll \
    --portal portal/Adoption.Portal/bin/Release/net10.0/Adoption.Portal.dll --dir artifacts/benchmark "$@"
