#!/usr/bin/env bash
# Times qadocs:check's stages (load, parse, validate) on a synthetic corpus and on the real pages.
# Usage: bench/check.sh [pages] [questions-per-page]   (default 100 x 100)
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-java.sh dev.qadocs.bench.CheckBenchmark "$@"
