#!/bin/sh
# The Linux side of java.exe (java.c): runs $WINE_TEST_JAVA with the arguments, Windows paths made Unix ones
# (Wine's Z: drive is /, and a Windows java takes / and \ alike), java's standard error into the file $2, and
# then writes java's exit code into the file $1. With $WINE_TEST_LOG set, it also appends the arguments there,
# one line per run, each argument in [ ].
unix() { printf '%s\n' "$1" | sed -e 's|^[Zz]:\\|/|' -e 's|=[Zz]:\\|=/|' -e 's|\\|/|g'; }
done=$(unix "$1")
err=$(unix "$2")
shift 2
n=$#
while [ "$n" -gt 0 ]; do
  arg=$(unix "$1")
  shift
  set -- "$@" "$arg"
  n=$((n - 1))
done
if [ -n "${WINE_TEST_LOG:-}" ]; then
  for arg in "$@"; do printf '[%s]' "$arg"; done >>"$WINE_TEST_LOG"
  echo >>"$WINE_TEST_LOG"
fi
"$WINE_TEST_JAVA" "$@" 2>"$err"
echo "$?" >"$done.tmp" && mv "$done.tmp" "$done"
