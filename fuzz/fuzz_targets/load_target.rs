//! Fuzz target: `harness::load_target` on arbitrary bytes (see docs/fuzzing.md).

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = harness::load_target(data);
});
