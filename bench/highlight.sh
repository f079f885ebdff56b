#!/usr/bin/env bash
# What build-time syntax highlighting costs: highlighter time against the whole build, per corpus.
# Usage: bench/highlight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile -pl core -am \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Dqadocs.projectRoot="$PWD" \
    -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" \
    dev.qadocs.markdown.HighlightBenchmark "$@"
