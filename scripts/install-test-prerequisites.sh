#!/usr/bin/env bash
# Installs, from Debian's packages, what the tests drive: Chromium and the aiosmtpd SMTP server.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing test prerequisites: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
    apt_get=(sudo apt-get)
else
    echo "Need root or sudo to install: ${missing[*]} (apt-get install -y ${missing[*]})" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${apt_get[@]}" update -qq
"${apt_get[@]}" install -y -qq "${missing[@]}" >/dev/null
