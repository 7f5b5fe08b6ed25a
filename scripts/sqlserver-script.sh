#!/usr/bin/env bash
# Writes an idempotent SQL Server script of every migration, for a DBA to review and apply.
# Usage: scripts/sqlserver-script.sh [output.sql]   (default: artifacts/adoption-sqlserver.sql)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/adoption-sqlserver.sql}
mkdir -p "$(dirname "$out")"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent -p portal/Adoption.Portal -c SqlServerAdoptionDb -o "$out"
echo "wrote $out"
