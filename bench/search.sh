#!/usr/bin/env bash
# Benchmarks qadocs search against Pagefind 1.6 on the same HTML and prints one table (see SearchBenchmark).
# Needs Node 20+, npm, Chromium + chromedriver (as the tests do). Pagefind and Terser go into a scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT

(cd "$tools" && npm install --silent --no-audit --no-fund pagefind@1.6.0 terser@5.46.0 >/dev/null)
mvn -B -q -o test-compile dependency:build-classpath -pl core -am \
    -Dmdep.outputFile="$tools/classpath.txt" -Dmdep.includeScope=test >/dev/null

assets=templates/src/main/resources/dev/qadocs/theme/assets
for client in "$assets"/search-analysis.js "$assets"/search-engine.js "$assets"/search-ui.js; do
    echo "$(basename "$client"): $(wc -c < "$client") bytes as written, $("$tools/node_modules/.bin/terser" "$client" -c -m | wc -c) bytes minified (terser -c -m)"
done
java -cp "core/target/test-classes:core/target/classes:templates/target/classes:$(cat "$tools/classpath.txt")" \
    -Dqadocs.projectRoot="$PWD" dev.qadocs.search.SearchBenchmark "$tools"
