#!/usr/bin/env bash
# Search output's hosting and first-query cost on a content folder, without a browser (see SearchSizeBenchmark).
# Usage: bench/search-size.sh CONTENT_FOLDER [QUERIES=200 [INDEX_RUNS=1]]   e.g. target/bench/corpora/real/content
# (written by ONLY_PREPARE=1 bench/build.sh); INDEX_RUNS > 1 also times warm indexer runs, for CPU comparisons.
# Needs Node 20+.
set -euo pipefail
cd "$(dirname "$0")/.."
content=$(realpath "$1")
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "work: $work" || trap 'rm -rf "$work"' EXIT
mvn -B -q -o test-compile -pl core -am org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
classpath="core/target/test-classes:core/target/classes:templates/target/classes:$(cat core/target/bench.classpath)"
java ${JAVA_OPTS:-} -cp "$classpath" -Dqadocs.projectRoot="$PWD" dev.qadocs.search.SearchSizeBenchmark \
    "$content" "$work" "${2:-200}" "${3:-1}"
