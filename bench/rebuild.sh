#!/usr/bin/env bash
# Rebuild benchmark for `qadocs:serve`: one-question edits in the shared 3-page corpus, a 10,000-question
# synthetic corpus and bench/build.sh's realistic corpus (~18 MB; REALISTIC=0 skips it); prints a table. Not part of `mvn verify`: timings belong in a benchmark, not in a test.
#   bench/rebuild.sh          (add -o to MAVEN_ARGS to stay offline)
set -euo pipefail
cd "$(dirname "$0")/.."
realistic=()
if [ "${REALISTIC:-1}" != 0 ]; then
  ONLY_PREPARE=1 CORPORA=real bench/build.sh >/dev/null
  realistic=(target/bench/corpora/real/content part-1/mintlify/llm-ai.mdx)
fi
exec bench/run-java.sh dev.qadocs.serve.RebuildBenchmark "${realistic[@]}"
