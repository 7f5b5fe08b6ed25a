#!/usr/bin/env bash
# Adds a migration for both providers (SQLite and SQL Server), keeping them in step.
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <Name>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=portal/Adoption.Portal
dotnet ef migrations add "$name" -p $project -c SqliteAdoptionDb -o Data/Migrations/Sqlite
dotnet ef migrations add "$name" -p $project -c SqlServerAdoptionDb -o Data/Migrations/SqlServer --no-build
