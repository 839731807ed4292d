//! Helpers shared by the integration tests: the real binary in a scrubbed environment.

#![allow(dead_code)]

pub mod github;
pub mod server;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::io::Read;
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

/// Every document `render --doc` knows, as arguments.
pub const ALL_DOCS: [&str; 8] = [
    "--doc",
    "resume",
    "--doc",
    "cover-letter",
    "--doc",
    "pitch",
    "--doc",
    "prep",
];

/// Asserts that `text` (called `what` in the message) contains every one of `needles`.
pub fn assert_contains_all(text: &str, needles: &[&str], what: &str) {
    for needle in needles {
        assert!(text.contains(needle), "{needle} not in {what}:\n{text}");
    }
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

/// The storyfolio binary under test.
pub fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_storyfolio"))
}

/// The binary with an empty environment: each test adds only what it needs (PATH, HOME, ...).
pub fn bare_storyfolio() -> assert_cmd::Command {
    let mut command = assert_cmd::Command::new(bin());
    command.env_clear();
    command
}

/// A file of the repository, e.g. `profiles/example.json`.
pub fn repo_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The standard output of a finished command as text.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The standard error of a finished command as text.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// One part of a .docx (a zip archive), e.g. `word/document.xml`.
pub fn docx_part(docx: &Path, part: &str) -> String {
    let file = std::fs::File::open(docx).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut entry = archive.by_name(part).unwrap();
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    text
}

/// The paragraphs of a .docx as plain text, one string per `<w:p>`, with their style id.
pub fn docx_paragraphs(docx: &Path) -> Vec<(Option<String>, String)> {
    let xml = docx_part(docx, "word/document.xml");
    xml.split("</w:p>")
        .filter(|p| p.contains("<w:p ") || p.contains("<w:p>"))
        .map(|p| {
            let style = between(p, "<w:pStyle w:val=\"", "\"").first().cloned();
            let text: String = between(p, "<w:t xml:space=\"preserve\">", "</w:t>")
                .iter()
                .map(|t| unescape(t))
                .collect();
            (style, text)
        })
        .collect()
}

/// Every piece of `text` between `open` and the next `close`.
fn between(text: &str, open: &str, close: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        rest = &rest[start + open.len()..];
        let Some(end) = rest.find(close) else { break };
        found.push(rest[..end].to_string());
        rest = &rest[end..];
    }
    found
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Writes an executable shell script `name` into `dir`.
#[cfg(unix)]
pub fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// The environment the binary runs in: only PATH (for typst and pdftotext) and HOME, so no
/// STORYFOLIO_* or TYPST_* variable of the developer's shell changes what is tested.
fn scrubbed_env() -> Vec<(&'static str, OsString)> {
    let mut env = Vec::new();
    for key in ["PATH", "HOME"] {
        if let Some(value) = std::env::var_os(key) {
            env.push((key, value));
        }
    }
    env
}

/// `storyfolio` as a `std::process::Command` (for spawning and killing).
pub fn command() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_storyfolio"));
    cmd.env_clear().envs(scrubbed_env());
    cmd
}

/// `storyfolio` as an `assert_cmd::Command`.
pub fn cli() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_storyfolio"));
    cmd.env_clear().envs(scrubbed_env());
    cmd
}

/// A bundled JSON file, parsed.
pub fn bundled(relative: &str) -> serde_json::Value {
    let text = fs::read_to_string(root().join(relative)).expect("bundled example is readable");
    serde_json::from_str(&text).expect("bundled example is JSON")
}

/// Writes `value` as JSON to `dir/name` and returns the path.
pub fn write_json(dir: &Path, name: &str, value: &serde_json::Value) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, serde_json::to_vec_pretty(value).expect("serializes")).expect("writes");
    path
}

/// Every file below `dir` (recursively, symlinks not followed) with its bytes, by path
/// relative to `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).expect("lists the folder") {
            let entry = entry.expect("reads an entry");
            let kind = entry.file_type().expect("file type");
            if kind.is_dir() {
                stack.push(entry.path());
            } else {
                let relative = entry
                    .path()
                    .strip_prefix(dir)
                    .expect("below dir")
                    .to_string_lossy()
                    .into_owned();
                let bytes = if kind.is_symlink() {
                    Vec::new()
                } else {
                    fs::read(entry.path()).expect("reads the file")
                };
                files.insert(relative, bytes);
            }
        }
    }
    files
}

/// Whether a file name is one of storyfolio's temp files (`.{file}.{pid}.{random}.tmp`).
pub fn is_temp_name(relative: &str) -> bool {
    let name = relative.rsplit('/').next().unwrap_or(relative);
    name.starts_with('.') && name.ends_with(".tmp")
}

/// Whether `program` can be run (for tests that need typst or pdftotext).
pub fn has_program(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok()
}

/// A small deterministic random generator (xorshift64*), so that random choices in tests
/// can be replayed from the seed they print.
pub struct Rng(u64);

impl Rng {
    /// A generator seeded from `STORYFOLIO_TEST_SEED` when set, else from the clock.
    pub fn from_env_or_clock() -> Rng {
        let seed = std::env::var("STORYFOLIO_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            });
        eprintln!("random seed: {seed} (replay with STORYFOLIO_TEST_SEED={seed})");
        Rng(seed.max(1))
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}
