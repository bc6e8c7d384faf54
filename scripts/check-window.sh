#!/usr/bin/env bash
# Starts the application window offscreen and checks that it is still running after a few
# seconds (a crash or an early exit fails). Usage: scripts/check-window.sh COMMAND [ARG...]
set -uo pipefail
seconds=${SHIKEN_CHECK_SECONDS:-5}
QT_QPA_PLATFORM=offscreen timeout "$seconds" "$@"
rc=$?
if [ $rc -eq 124 ]; then
    echo "check-window: '$*' ran for $seconds s and was stopped: it starts"
    exit 0
fi
echo "check-window: '$*' exited with $rc before $seconds s"
exit 1
