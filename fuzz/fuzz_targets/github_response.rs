//! Fuzz target: `harness::github_response`, the GitHub REST response parsers (see docs/fuzzing.md).

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::github_response(data);
});
