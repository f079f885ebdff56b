#!/usr/bin/env bash
# Runs a benchmark main class from core's test classes, after compiling them: the one launcher the bench scripts share.
# Usage: bench/run-java.sh CLASS [args...]   (add -o to MAVEN_ARGS to stay offline)
set -euo pipefail
cd "$(dirname "$0")/.."
main=$1
shift
mvn -B -q ${MAVEN_ARGS:-} test-compile -pl core -am \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Dqadocs.projectRoot="$PWD" \
    -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" "$main" "$@"
