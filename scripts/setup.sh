#!/usr/bin/env bash
# Installs what storyfolio's PDFs and tests need, skipping what is already there:
#   - the pinned typst CLI (built from crates.io with `cargo install --locked`; ~9 minutes
#     on 2 cores, once per machine),
#   - fonts for the scripts the tests print: Hangul (fonts-nanum), Chinese and Japanese
#     (fonts-noto-cjk: Noto Sans/Serif CJK SC, TC, JP, KR) and emoji (fonts-noto-color-emoji),
#   - poppler-utils (pdftotext, pdfinfo), which the tests use to read PDFs back.
set -euo pipefail
TYPST_VERSION=0.15.1
export PATH="$HOME/.cargo/bin:$PATH"

if typst --version 2>/dev/null | grep -q "^typst $TYPST_VERSION"; then
  echo "setup: typst $TYPST_VERSION found at $(command -v typst)"
else
  echo "setup: installing typst $TYPST_VERSION (cargo install --locked typst-cli; this takes several minutes once)"
  cargo install --locked typst-cli --version "$TYPST_VERSION"
fi

missing=()
fonts=$(fc-list : family 2>/dev/null || true)
grep -qi "nanum" <<<"$fonts" || missing+=(fonts-nanum)
grep -qi "noto serif cjk sc\|noto sans cjk sc" <<<"$fonts" || missing+=(fonts-noto-cjk)
grep -qi "noto color emoji" <<<"$fonts" || missing+=(fonts-noto-color-emoji)
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} (Debian packages)"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: need root or sudo to install ${missing[*]}; install them and run again" >&2
    exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig > /dev/null
else
  echo "setup: fonts (Nanum, Noto CJK, Noto Color Emoji) and poppler-utils found"
fi
