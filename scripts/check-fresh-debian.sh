#!/usr/bin/env bash
# Runs a command of the project on a brand-new Debian 12 system, as a newcomer's machine is:
# a minimal root made for the run, a fresh clone of the committed HEAD inside it (as /src),
# nothing else installed. It catches set-up steps that work only because this machine happens
# to have something. Run it from anywhere in the project, as root.
#
# Usage: scripts/check-fresh-debian.sh [--out DIR] [COMMAND]
#   COMMAND  what to run in /src (default: scripts/test.sh, the README's test command)
#   --out    a folder of this machine that COMMAND sees as /out (to bring a file back)
# Exit status: the command's; 3 when the root cannot be made.
set -euo pipefail
out=""
if [ "${1:-}" = "--out" ]; then out=$(realpath -m "$2"); shift 2; fi
command="${1:-scripts/test.sh}"
top=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
source "$top/scripts/fresh-root.sh"

root=$(mktemp -d /tmp/shiken-fresh.XXXXXX)
trap 'rm -rf "$root"' EXIT
echo "check-fresh-debian: making a brand-new Debian 12 root in $root"
fresh_root_make "$root" || exit 3
git clone --quiet "$top" "$root/src"
echo "check-fresh-debian: running '$command' in a fresh clone of $(git -C "$top" rev-parse --short HEAD)"
set +e
fresh_root_run "$root" "$command" "$out"
rc=$?
echo "check-fresh-debian: '$command' exited with $rc"
exit $rc
