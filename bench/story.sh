#!/usr/bin/env bash
# Issue 3's speed check: story building and coach for a 200-project profile against 100
# targets, per target, and its share of one real render.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
cargo bench --quiet --bench story
