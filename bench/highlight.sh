#!/usr/bin/env bash
# What build-time syntax highlighting costs: highlighter time against the whole build, per corpus.
# Usage: bench/highlight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-java.sh dev.qadocs.markdown.HighlightBenchmark "$@"
