//! Helpers shared by the integration tests: the real binary in a scrubbed environment,
//! the bundled examples, and small file utilities.

#![allow(dead_code)] // each test crate uses its own subset

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
