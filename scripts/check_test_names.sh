#!/usr/bin/env bash
# Fails when a doctest case's name holds a semicolon. doctest_discover_tests hands CTest the names as a CMake
# list, so "a; b" became two CTest tests filtering for "a" and " b": neither matched a case, and both passed
# without running anything (34 cases never ran under ctest until this check).
set -uo pipefail
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2
found=$(grep -rnE --include='*.cpp' --include='*.h' '\b(TEST_CASE|SUBCASE|TEST_CASE_FIXTURE)\((\w+, *)?"[^"]*;' tests)
if [ -n "$found" ]; then
    echo "test names with a semicolon (CTest splits them and runs nothing; use a comma):" >&2
    echo "$found" >&2
    exit 1
fi
echo "test names: no semicolons"
