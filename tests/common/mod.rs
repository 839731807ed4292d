//! Helpers shared by the integration tests: the real binary in a scrubbed environment.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under the repository root.
pub fn repo(path: &str) -> PathBuf {
    root().join(path)
}

/// A fixture under `tests/fixtures/`.
pub fn fixture(path: &str) -> PathBuf {
    root().join("tests/fixtures").join(path)
}

/// `storyfolio` with an empty environment except PATH (to find typst) and HOME, run from
/// the repository root so relative paths in messages are stable.
pub fn storyfolio() -> Command {
    let mut cmd = Command::cargo_bin("storyfolio").expect("the binary is built");
    cmd.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    cmd.env("HOME", std::env::temp_dir());
    cmd.current_dir(root());
    cmd
}

/// Standard output of a finished command as text.
pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error of a finished command as text.
pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The text of a PDF, extracted with `pdftotext` (poppler-utils; installed by the README's set-up).
pub fn pdf_text(pdf: &Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The number of pages of a PDF, read with `pdfinfo`.
pub fn pdf_pages(pdf: &Path) -> usize {
    let output = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().expect("a page count"))
        })
        .expect("pdfinfo prints Pages")
}
