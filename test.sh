#!/usr/bin/env bash
# Runs every test in the solution and ends with one line: "tests: N passed, N failed[, N skipped]".
# Installs what the tests need when it is missing: Debian's Chromium (browser tests) and
# aiosmtpd (the SMTP server the email tests talk to).
set -uo pipefail
cd "$(dirname "$0")"

scripts/install-test-prerequisites.sh || exit 1

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build Adoption.sln -nologo -v quiet; then
    echo "tests: 0 passed, 1 failed (the solution does not build)"
    exit 1
fi

status=0
for project in tests/*/*.csproj; do
    grep -q '<IsTestProject>true</IsTestProject>' "$project" || continue
    name=$(basename "$project" .csproj)
    dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
done

scripts/test-summary.sh "$results" "$status"
