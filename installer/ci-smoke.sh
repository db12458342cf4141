#!/usr/bin/env bash
# CI: build the Linux bundle from a clean checkout and smoke-test it; .ci/run calls it after the tests.
# Nothing is cached between runs (build-linux.sh makes a fresh build venv each time); pip's download
# cache is used if the machine has one. Measured: see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash installer/build-linux.sh
bash installer/smoke-test.sh
echo "ci-smoke: build and smoke test took $(( $(date +%s) - start )) s"
