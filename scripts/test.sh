#!/usr/bin/env bash
# The whole test suite: unit tests, and integration tests that run the real binary, compile
# PDFs with typst and read them back. It installs typst, a Hangul font and poppler-utils
# first when they are missing; the PDF tests fail (never skip) without them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
cargo test --all-targets
