#!/usr/bin/env bash
# Quick start: renders the bundled example told for VisionGuard (a CCTV video-analytics
# company) to a PDF resume and cover letter in out/. Installs typst and a Hangul font first
# when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
cargo run --release --quiet -- render profiles/example.json --target profiles/targets/visionguard.json --out out
