#!/usr/bin/env bash
# Installs what a Debian 12 machine lacks to build Shiken, then configures and builds it.
# Usage: scripts/setup.sh [PRESET]   (default: the "default" preset; see CMakePresets.json)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"

packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    fonts-noto-cjk
)
# The test presets also check the menu entry and the AppStream metadata with their validators.
case "$preset" in
    testing | sanitize) packages+=(desktop-file-utils appstream) ;;
    fuzz) packages+=(clang libclang-rt-14-dev) ;;
esac
scripts/install-packages.sh "${packages[@]}"

cmake --preset "$preset"
cmake --build --preset "$preset"
