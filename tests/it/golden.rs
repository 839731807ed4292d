//! Golden files, each shown as a diff when out of date:
//!
//! - the generated Typst of the bundled examples: reviewed insta snapshots in `tests/golden/`
//!   (accept a change with `cargo insta review`, or `INSTA_UPDATE=always` and `git diff`);
//! - the Markdown examples in `docs/examples/`: plain files users read on GitHub, regenerated
//!   by `scripts/examples.sh`; compared byte for byte with a fresh run of that script.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use crate::common::{self, repo, storyfolio};

/// The files below `dir`, by path relative to it, sorted.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    common::snapshot(dir).into_iter().collect()
}

/// Checks every generated file of one example against its snapshot, and the list of files,
/// then fails once naming every snapshot that differs (insta prints each diff above).
fn assert_typst_snapshots(example: &str, command: &str, dir: &Path) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo("tests/golden"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(command);
    let files = files(dir);
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let mut failed = Vec::new();
    settings.bind(|| {
        if catch_unwind(|| insta::assert_snapshot!(format!("{example}__files"), names.join("\n")))
            .is_err()
        {
            failed.push("the list of files".to_string());
        }
        for (name, bytes) in &files {
            let text = String::from_utf8(bytes.clone()).expect("Typst files are UTF-8");
            // insta compares text up to trailing whitespace and CRLF; this makes the
            // comparison exact: what it ignores never occurs in a generated file.
            assert!(
                !text.contains('\r')
                    && text.ends_with('\n')
                    && text.trim_end().len() + 1 == text.len(),
                "{example}/{name} must end with exactly one newline and contain no CR"
            );
            let check =
                AssertUnwindSafe(|| insta::assert_snapshot!(format!("{example}__{name}"), text));
            if catch_unwind(check).is_err() {
                failed.push(format!("{example}/{name}"));
            }
        }
    });
    assert!(
        failed.is_empty(),
        "out of date: {failed:?}; if the change is intended, accept it with `cargo insta review` \
         (or INSTA_UPDATE=always cargo test --test it golden::) and review the diff"
    );
}

#[test]
fn generated_typst_matches_the_golden_files() {
    for (example, profile, target) in [
        (
            "visionguard-en",
            "profiles/example.json",
            "profiles/targets/visionguard.json",
        ),
        (
            "lightedge-ko",
            "profiles/example.ko.json",
            "profiles/targets/lightedge.ko.json",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = storyfolio()
            .args(["render", profile, "--target", target])
            .args(common::ALL_DOCS)
            .args(["--format", "typ", "--out"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", common::stderr(&out));
        let command = format!(
            "storyfolio render {profile} --target {target} {} --format typ",
            common::ALL_DOCS.join(" ")
        );
        assert_typst_snapshots(example, &command, dir.path());
    }
}

/// A unified diff of two texts (lossy for bytes that are not UTF-8).
fn diff(old: &[u8], new: &[u8], name: &str) -> String {
    let (old, new) = (String::from_utf8_lossy(old), String::from_utf8_lossy(new));
    similar::TextDiff::from_lines(old.as_ref(), new.as_ref())
        .unified_diff()
        .header(&format!("docs/examples/{name}"), &format!("fresh/{name}"))
        .to_string()
}

#[test]
fn docs_examples_are_current() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("bash")
        .arg(repo("scripts/examples.sh"))
        .arg(dir.path())
        .env("STORYFOLIO_BIN", common::run::bin())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let fresh = files(dir.path());
    let committed = files(&repo("docs/examples"));
    let names = |files: &[(String, Vec<u8>)]| -> Vec<String> {
        files.iter().map(|(name, _)| name.clone()).collect()
    };
    assert_eq!(
        names(&committed),
        names(&fresh),
        "files differ in docs/examples; run scripts/examples.sh"
    );
    let diffs: String = committed
        .iter()
        .zip(&fresh)
        .filter(|((_, old), (_, new))| old != new)
        .map(|((name, old), (_, new))| match diff(old, new, name) {
            text if text.is_empty() => format!("{name}: the bytes differ (not UTF-8)\n"),
            text => text,
        })
        .collect();
    assert!(
        diffs.is_empty(),
        "docs/examples is out of date; run scripts/examples.sh and review the diff:\n{diffs}"
    );
}
