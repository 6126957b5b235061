#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One-command setup on Debian 12 (run as root, or with sudo available):
#   bash installer/bootstrap.sh run    install what is missing, build, start the application
#   bash installer/bootstrap.sh test   install what is missing, build, run every test
set -euo pipefail

mode="${1:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

usage() {
    echo "usage: bash installer/bootstrap.sh run|test" >&2
    exit 1
}
[[ "$mode" == run || "$mode" == test ]] || usage

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local missing=()
    while read -r package; do
        [[ -z "$package" || "$package" == \#* ]] && continue
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done < installer/debian-packages.txt
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

install_missing_packages
if [[ "$mode" == test ]]; then
    cmake --preset dev
    cmake --build --preset dev
    .ci/check-format
    ctest --preset dev
else
    cmake --preset release
    cmake --build --preset release
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        exec ./build/release/bin/aicarbon
    fi
    # No display (a server or a container): draw every view off-screen once instead, and
    # show the command-line tool on the bundled example.
    QT_QPA_PLATFORM=offscreen ./build/release/bin/aicarbon --smoke-test
    ./build/release/bin/aicarbon-cli estimate build/release/share/aicarbon/examples/gpt3-175b-v100.json
    echo "No display found: start the desktop application with ./build/release/bin/aicarbon on a desktop."
fi
