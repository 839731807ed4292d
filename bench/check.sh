#!/bin/sh
# The speed of `storyfolio check` on a two-page letter (goal: under 50 ms), optimised build.
set -eu
cd "$(dirname "$0")/.."
cargo bench --bench check
