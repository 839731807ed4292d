//! Exit codes of the unusual ends: a reader that stops early (`storyfolio coach ... | head
//! -1`) is a normal end (0, no panic, nothing on standard error); a folder of targets that
//! cannot be read is a problem with the input (1), not a usage error (2).

use std::process::Stdio;

use crate::common::{command, stderr};

const COACH: [&str; 4] = [
    "coach",
    "profiles/example.json",
    "--target",
    "profiles/targets/shopmind.json",
];

#[test]
fn coach_into_a_closed_pipe_exits_zero() {
    let mut child = command()
        .args(COACH)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("storyfolio starts");
    // Close the reading end before coach has loaded its inputs: its first write finds the
    // pipe closed (EPIPE) on every run, where `| head -1` meets it only when the output
    // outruns the pipe's buffer.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("storyfolio ends");
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "", "nothing to report on a closed pipe");
}

/// A folder that exists but cannot be listed: a folder without permissions, or (for root,
/// who may list it anyway) a kernel folder closed to this process.
fn unreadable_folder(scratch: &std::path::Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let locked = scratch.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    [locked, "/proc/1/map_files".into()]
        .into_iter()
        .find(|p| {
            p.is_dir()
                && std::fs::read_dir(p)
                    .and_then(|entries| entries.collect::<Result<Vec<_>, _>>())
                    .is_err()
        })
        .expect("an unreadable folder for the test")
}

#[test]
fn an_unreadable_folder_of_targets_exits_one() {
    let scratch = tempfile::tempdir().unwrap();
    let folder = unreadable_folder(scratch.path());
    let output = command()
        .args(["batch", "profiles/example.json", "--targets"])
        .arg(&folder)
        .arg("--out")
        .arg(scratch.path().join("out"))
        .args(["--format", "md"])
        .output()
        .expect("storyfolio runs");
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: failed to read `{}`: Permission denied",
            folder.display()
        )),
        "stderr: {stderr}"
    );
    // Let the scratch folder be removed.
    let _ = std::fs::set_permissions(
        scratch.path().join("locked"),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    );
}
