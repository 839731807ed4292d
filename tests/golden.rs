//! Golden files: the generated Typst for the bundled examples, and the Markdown examples in
//! `docs/examples/`. Set STORYFOLIO_UPDATE_GOLDEN=1 to rewrite them, then review the diff.

mod common;

use std::fs;
use std::path::Path;

use common::{repo, storyfolio};

fn update() -> bool {
    std::env::var_os("STORYFOLIO_UPDATE_GOLDEN").is_some()
}

fn compare_dirs(fresh: &Path, golden: &Path) {
    if update() {
        let _ = fs::remove_dir_all(golden);
        fs::create_dir_all(golden.parent().unwrap()).unwrap();
        copy_dir(fresh, golden);
        return;
    }
    let mut names: Vec<_> = fs::read_dir(fresh)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    let mut golden_names: Vec<_> = fs::read_dir(golden)
        .unwrap_or_else(|_| {
            panic!(
                "{} is missing; run with STORYFOLIO_UPDATE_GOLDEN=1",
                golden.display()
            )
        })
        .map(|e| e.unwrap().file_name())
        .collect();
    golden_names.sort();
    assert_eq!(names, golden_names, "files differ in {}", golden.display());
    for name in names {
        let (a, b) = (fresh.join(&name), golden.join(&name));
        if a.is_dir() {
            compare_dirs(&a, &b);
        } else {
            assert!(fs::read(&a).unwrap() == fs::read(&b).unwrap(), "{} is out of date; run STORYFOLIO_UPDATE_GOLDEN=1 cargo test --test golden and review the diff", b.display());
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn generated_typst_matches_the_golden_files() {
    for (name, profile, target) in [
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
        compare_dirs(dir.path(), &repo("tests/golden").join(name));
    }
}

#[test]
fn docs_examples_are_current() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("bash")
        .arg(repo("scripts/examples.sh"))
        .arg(dir.path())
        .env("STORYFOLIO_BIN", assert_cmd::cargo::cargo_bin("storyfolio"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    compare_dirs(dir.path(), &repo("docs/examples"));
}
