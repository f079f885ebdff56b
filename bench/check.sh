#!/usr/bin/env bash
# Times qadocs:check's stages (load, parse, validate) on a synthetic corpus and on the real pages.
# Usage: bench/check.sh [pages] [questions-per-page]   (default 100 x 100)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile -pl core -am \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Dqadocs.projectRoot="$PWD" \
    -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" \
    dev.qadocs.bench.CheckBenchmark "$@"
