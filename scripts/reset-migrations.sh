#!/usr/bin/env bash
# Rebuilds the single Initial migration of both providers from the current model.
# Only while nothing is deployed; afterwards add migrations with scripts/add-migration.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf portal/Adoption.Portal/Data/Migrations
scripts/add-migration.sh Initial
