//! Running the storyfolio binary under test: one scrubbed environment for every test.

use std::ffi::OsString;
use std::path::Path;
use std::process::Output;

use super::files::root;

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

/// The storyfolio binary under test.
pub fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_storyfolio"))
}

thread_local! {
    /// This test's cache folder (libtest runs each test on its own thread), removed when the
    /// test ends: the typst version cache a test writes is never the user's, nor another test's.
    static CACHE_HOME: tempfile::TempDir = tempfile::Builder::new()
        .prefix("storyfolio-test-cache")
        .tempdir()
        .expect("a temp folder for the test's cache");
}

/// The variables the binary keeps: PATH (to find typst), HOME, set to the temp folder so
/// that nothing of the developer's home (typst's caches, a GITHUB_TOKEN in a dotfile) and no
/// STORYFOLIO_*, TYPST_* or GITHUB_TOKEN variable of their shell changes what is tested, and
/// XDG_CACHE_HOME, a folder of this test's own.
fn scrubbed_env() -> Vec<(&'static str, OsString)> {
    let cache = CACHE_HOME.with(|dir| dir.path().as_os_str().to_os_string());
    let mut env = vec![
        ("HOME", std::env::temp_dir().into_os_string()),
        ("XDG_CACHE_HOME", cache),
    ];
    if let Some(path) = std::env::var_os("PATH") {
        env.push(("PATH", path));
    }
    env
}

/// `storyfolio` as a `std::process::Command` (to spawn and kill it), in the scrubbed
/// environment, run from the repository root so that relative paths in messages are stable.
/// A test that needs another environment says so (`.env_clear()`, `.env("PATH", ...)`).
pub fn command() -> std::process::Command {
    let mut cmd = std::process::Command::new(bin());
    cmd.env_clear().envs(scrubbed_env()).current_dir(root());
    cmd
}

/// `storyfolio` as an `assert_cmd::Command`: [`command`] with assert_cmd's output checks.
pub fn storyfolio() -> assert_cmd::Command {
    assert_cmd::Command::from_std(command())
}

/// Standard output of a finished command as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error of a finished command as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
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
