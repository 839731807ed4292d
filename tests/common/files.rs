//! Files for the tests: the repository's own, fixtures, JSON written to temp folders, and
//! what a folder holds afterwards.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under the repository root, e.g. `profiles/example.json`.
pub fn repo(path: &str) -> PathBuf {
    root().join(path)
}

/// A fixture under `tests/fixtures/`.
pub fn fixture(path: &str) -> PathBuf {
    root().join("tests/fixtures").join(path)
}

/// The bundled examples: each profile with the targets written in its language.
pub const EXAMPLE_PAIRS: [(&str, &str); 4] = [
    ("profiles/example.json", "profiles/targets/visionguard.json"),
    ("profiles/example.json", "profiles/targets/shopmind.json"),
    (
        "profiles/example.ko.json",
        "profiles/targets/lightedge.ko.json",
    ),
    (
        "profiles/example.ko.json",
        "profiles/targets/safecity.ko.json",
    ),
];

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

/// Writes an executable shell script `name` into `dir`.
#[cfg(unix)]
pub fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    path
}
