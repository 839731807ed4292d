//! Replays the fuzz corpus and every crash the fuzzer found (`fuzz/corpus/<target>/` and
//! `fuzz/regressions/<target>/`) through the fuzz harness on the stable toolchain, so a
//! fixed crash stays fixed without nightly or cargo-fuzz. See docs/fuzzing.md.

#[path = "../../fuzz/harness.rs"]
mod harness;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for folder in ["corpus", "regressions"] {
        let dir = root.join(folder).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("lists the corpus").path();
            let data = std::fs::read(&path).expect("reads a corpus file");
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "{target} panicked on {}", path.display());
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no corpus for {target}");
}

#[test]
fn load_profile_corpus() {
    replay("load_profile", |d| {
        let _ = harness::load_profile(d);
    });
}

#[test]
fn load_target_corpus() {
    replay("load_target", |d| {
        let _ = harness::load_target(d);
    });
}

#[test]
fn render_profile_corpus() {
    replay("render_profile", harness::render_profile);
}

#[test]
fn render_target_corpus() {
    replay("render_target", harness::render_target);
}

#[test]
fn github_response_corpus() {
    replay("github_response", harness::github_response);
}
