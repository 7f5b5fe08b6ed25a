#!/usr/bin/env bash
# CSV import speed: 10,000 accounts, then 10,000 people (one per account), then the same accounts
# again (every line an update), through `Adoption.Portal import` on a fresh SQLite file, Release build.
# Baseline in the same run, on the same disk: the same 10,000 account rows written straight into the
# same empty schema in one transaction with python3's sqlite3 (no parsing, no validation).
# Prints each figure; exits 2 when an import takes longer than its target (10 s for 10,000 lines).
# Usage: scripts/benchmark-import.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build portal/Adoption.Portal -c Release -nologo -v quiet >/dev/null
dll=portal/Adoption.Portal/bin/Release/net10.0/Adoption.Portal.dll

python3 - "$work" "$rows" <<'PY'
import sys, random
work, rows = sys.argv[1], int(sys.argv[2])
random.seed(7)
segments, stages = ["smb", "midMarket", "enterprise"], ["onboarding", "adoption", "value", "renewal", "advocacy"]
langs = [("en", "Europe/London"), ("fi", "Europe/Helsinki"), ("it", "Europe/Rome"), ("zh-Hans", "Asia/Shanghai")]
with open(f"{work}/accounts.csv", "w") as f:
    f.write("name,externalId,segment,arr,currency,licensedSeats,renewalDate,stage,language,timeZone\n")
    for i in range(rows):
        lang, zone = langs[i % 4]
        f.write(f"\"Company {i}, Ltd\",crm-{i:06},{segments[i % 3]},{random.randint(1000, 900000)}.{i % 100:02},EUR,{random.randint(5, 2000)},"
                f"2027-{1 + i % 12:02}-{1 + i % 28:02},{stages[i % 5]},{lang},{zone}\n")
with open(f"{work}/contacts.csv", "w") as f:
    f.write("accountExternalId,email,name,role,userId,locale,timeZone\n")
    for i in range(rows):
        f.write(f"crm-{i:06},person{i}@company{i}.example,Person {i},{['user', 'admin', 'champion', 'executiveSponsor'][i % 4]},u-{i},en,UTC\n")
PY

export ConnectionStrings__Adoption="Data Source=$work/bench.db" Demo__Seed=false Logging__LogLevel__Default=Warning
dotnet "$dll" migrate >/dev/null
cp "$work/bench.db" "$work/baseline.db"

baseline_ms=$(python3 - "$work" <<'PY'
import sqlite3, sys, time, csv
work = sys.argv[1]
con = sqlite3.connect(f"{work}/baseline.db")
lines = list(csv.DictReader(open(f"{work}/accounts.csv")))
start = time.perf_counter()
with con:
    con.executemany(
        "INSERT INTO Accounts (Name, ExternalId, Segment, Employees, LicensedSeats, Arr, Currency, Stage, RenewalDate, Coverage, CreatedAt, Version, Language, TimeZone) "
        "VALUES (?, ?, 0, 0, ?, ?, 'EUR', 0, ?, 0, '2026-01-01 00:00:00', 0, ?, ?)",
        [(l["name"], l["externalId"], int(l["licensedSeats"]), l["arr"], l["renewalDate"], l["language"], l["timeZone"]) for l in lines])
print(round((time.perf_counter() - start) * 1000))
PY
)

status=0
run() { # label, kind, file
    local started ended out
    started=$(date +%s%N)
    out=$(dotnet "$dll" import "$2" "$3" | grep -E '^Imported|problem' || true)
    ended=$(date +%s%N)
    local ms=${out##*in }; ms=${ms%% ms.}
    printf '%-28s %s (process wall time %d ms)\n' "$1" "$out" $(( (ended - started) / 1000000 ))
    if ! [[ "$ms" =~ ^[0-9]+$ ]] || [ "$ms" -gt 10000 ]; then status=2; fi
}

echo "CSV import, $rows lines per file ($(nproc) cores)"
printf '%-28s %s ms for %s account rows, one transaction\n' "baseline: raw SQLite insert" "$baseline_ms" "$rows"
run "accounts (new)" accounts "$work/accounts.csv"
run "contacts (new)" contacts "$work/contacts.csv"
run "accounts again (updates)" accounts "$work/accounts.csv"
echo "target: each import <= 10000 ms"
exit $status
