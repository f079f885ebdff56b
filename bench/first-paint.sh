#!/usr/bin/env bash
# First contentful paint and render-blocking bytes of the site-content guide, this theme against the theme at
# an earlier commit (default: where this branch left main), in headless Chromium, printed as a table.
# Usage: bench/first-paint.sh [git-revision]
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-$(git merge-base HEAD main)}"
earlier="$(mktemp -d)"
trap 'rm -rf "$earlier"' EXIT
git archive "$rev" templates/src/main/resources/dev/qadocs/theme | tar -x -C "$earlier"
mvn -B -q test-compile -pl core -am \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Dqadocs.projectRoot="$PWD" \
    -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" \
    dev.qadocs.render.FirstPaintBenchmark "$earlier/templates/src/main/resources/dev/qadocs/theme"
