#!/usr/bin/env bash
# Email programs at scale: 100,000 generated contacts' weekly digests rendered and queued by
# `programs run weekly-digest` (target <= 60 s), then delivery of the queued digests to a local
# aiosmtpd by the outbox sender next to a bare MailKit send loop in the same run (target >= 0.7 x),
# each in a fresh process, both measured once warm (after the same warm-up) and printed in slices of
# 1,000 messages so the warm-up shows. Release build, the portal as its own process on a fresh SQLite
# file. Exits 2 when a target is missed. Options: --contacts N (100000), --warmup N (messages before
# delivery is measured, 10000), --deliver N (messages measured, 10000).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
    bash scripts/install-test-prerequisites.sh
fi

dotnet build tests/Adoption.Benchmarks.Email -c Release -nologo -v quiet
exec dotnet tests/Adoption.Benchmarks.Email/bin/Release/net10.0/Adoption.Benchmarks.Email.dll \
    --portal portal/Adoption.Portal/bin/Release/net10.0/Adoption.Portal.dll "$@"
