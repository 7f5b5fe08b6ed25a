#!/usr/bin/env bash
# Sums the TRX files of a test run into one line: "tests: N passed, N failed[, N skipped]".
# Usage: scripts/test-summary.sh <results-dir> [dotnet-test-exit-code]
set -uo pipefail
dir=${1:?results directory}
status=${2:-0}

passed=0; failed=0; skipped=0; files=0
for trx in "$dir"/*.trx; do
    [ -e "$trx" ] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
    passed=$((passed + $(get passed)))
    failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
    skipped=$((skipped + $(get notExecuted)))
done

projects=$(grep -c '<IsTestProject>true</IsTestProject>' tests/*/*.csproj 2>/dev/null | awk -F: '{s+=$2} END {print s+0}')
if [ "$files" -lt "$projects" ]; then
    # A test host that crashed writes no results: count each missing project as a failure.
    failed=$((failed + projects - files))
elif [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi

line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
