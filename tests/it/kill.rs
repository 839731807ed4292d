//! Kill tests: a command SIGKILLed at random moments never leaves a partial output in place
//! of a good one. Every file in the output folder is afterwards either the complete file of
//! the previous run or the complete file of the interrupted one; temp files may remain, and
//! the next run removes them.
//!
//! The harness is `kill_at_random_moments(&Scenario)`: `render` and `batch` are covered
//! here; `refresh`'s cache file is covered against its loopback server in `tests/it/refresh.rs`.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::is_temp_name;
use crate::common::rng::Rng;

/// storyfolio's scratch folder inside the output folder (drafts compiled while fitting the
/// page budget): not an output, so its content is not checked.
const SCRATCH: &str = ".build/";

/// The files of `dir` that count as outputs (and temp files), by relative path.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = common::snapshot(dir);
    files.retain(|relative, _| {
        !relative.starts_with(SCRATCH) && !relative.contains(&format!("/{SCRATCH}"))
    });
    files
}

/// One command to interrupt.
struct Scenario {
    /// For messages.
    name: &'static str,
    /// The command that writes the previous, good state into the folder.
    old: Box<dyn Fn(&Path) -> Command>,
    /// The command that is killed while it writes the new state into the folder.
    new: Box<dyn Fn(&Path) -> Command>,
    /// How many times to kill it.
    tries: usize,
}

/// Runs `command` to completion and fails the test if it fails.
fn run_ok(mut command: Command, what: &str) {
    let output = command.output().expect("runs storyfolio");
    assert!(
        output.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn copy_files(files: &BTreeMap<String, Vec<u8>>, into: &Path) {
    for (relative, bytes) in files {
        let path = into.join(relative);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("copies");
    }
}

/// The heart of the harness: reference runs give the old and the new state; then, `tries`
/// times, a folder holding the old state is handed to the new command, which is killed
/// after a random delay spread over its whole run time.
fn kill_at_random_moments(scenario: &Scenario) {
    let work = tempfile::tempdir().expect("temp dir");
    let old_dir = work.path().join("old");
    let new_dir = work.path().join("new");
    run_ok((scenario.old)(&old_dir), "the old reference run");
    // The run time the kills are spread over: the faster of two new runs, each into a fresh
    // folder. A first run can be several times slower (typst finding fonts on a cold disk, a
    // busy CI machine); spread over that, most kills would land after the command ended.
    let mut run_time = Duration::MAX;
    for (i, dir) in [&new_dir, &work.path().join("new-again")]
        .into_iter()
        .enumerate()
    {
        let started = Instant::now();
        run_ok((scenario.new)(dir), &format!("new reference run {}", i + 1));
        run_time = run_time.min(started.elapsed());
    }
    let old = snapshot(&old_dir);
    let new = snapshot(&new_dir);
    assert!(
        !old.is_empty(),
        "{}: the old run wrote nothing",
        scenario.name
    );
    assert_eq!(
        old.keys().collect::<Vec<_>>(),
        new.keys().collect::<Vec<_>>(),
        "{}: old and new runs write the same files",
        scenario.name
    );
    assert!(
        old.iter().any(|(k, v)| new.get(k) != Some(v)),
        "{}: old and new must differ, or the test could not tell them apart",
        scenario.name
    );

    let mut rng = Rng::from_env_or_clock();
    let out: PathBuf = work.path().join("out");
    let (mut killed_running, mut mixed, mut temps_seen) = (0, 0, 0);
    for attempt in 0..scenario.tries {
        let _ = std::fs::remove_dir_all(&out);
        copy_files(&old, &out);
        // Spread over the run: slot `attempt` of `tries`, jittered inside its slot; the
        // last slots reach past the end so that finishing just before the kill is covered.
        let fraction = (attempt as f64 + rng.unit()) / scenario.tries as f64 * 1.1;
        let delay = run_time.mul_f64(fraction);
        let mut child = (scenario.new)(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns storyfolio");
        std::thread::sleep(delay);
        if child.try_wait().expect("polls the child").is_none() {
            killed_running += 1;
        }
        // `Child::kill` sends SIGKILL on unix: nothing can be cleaned up or flushed.
        child.kill().expect("kills the child");
        child.wait().expect("reaps the child");

        let after = snapshot(&out);
        let mut states = Vec::new();
        for (relative, bytes) in &after {
            if is_temp_name(relative) {
                temps_seen += 1;
                continue;
            }
            let state = if old.get(relative) == Some(bytes) {
                "old"
            } else if new.get(relative) == Some(bytes) {
                "new"
            } else if !old.contains_key(relative) {
                panic!(
                    "{}: attempt {attempt} (after {delay:?}): unexpected file `{relative}`",
                    scenario.name
                );
            } else {
                panic!(
                    "{}: attempt {attempt} (after {delay:?}): `{relative}` is neither the old nor the new file ({} bytes)",
                    scenario.name,
                    bytes.len()
                );
            };
            states.push(state);
        }
        for relative in old.keys() {
            assert!(
                after.contains_key(relative),
                "{}: attempt {attempt} (after {delay:?}): `{relative}` is gone",
                scenario.name
            );
        }
        if states.contains(&"old") && states.contains(&"new") {
            mixed += 1;
        }
    }
    eprintln!(
        "{}: {} kills, {killed_running} while running, {mixed} left old and new files side by side, {temps_seen} temp files left; run time {run_time:?}",
        scenario.name, scenario.tries
    );
    assert!(
        killed_running * 2 >= scenario.tries,
        "{}: most kills must land while the command runs, or the test proves nothing",
        scenario.name
    );

    // The next complete run writes the new state and removes the stale temp files.
    let _ = std::fs::remove_dir_all(&out);
    copy_files(&old, &out);
    let leftover = out.join(format!(
        ".{}.{}.AbC123.tmp",
        old.keys().next().expect("non-empty"),
        dead_pid()
    ));
    std::fs::write(&leftover, b"partial").expect("writes a stale temp file");
    run_ok((scenario.new)(&out), "the run after the kills");
    let last = snapshot(&out);
    let temps: Vec<&String> = last.keys().filter(|k| is_temp_name(k)).collect();
    assert!(
        temps.is_empty(),
        "{}: stale temp files remain: {temps:?}",
        scenario.name
    );
    assert_eq!(
        last, new,
        "{}: the complete run writes the new state",
        scenario.name
    );
}

/// The id of a process that has exited and been reaped.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().expect("runs true");
    let pid = child.id();
    child.wait().expect("reaps true");
    pid
}

fn render(profile: PathBuf, target: PathBuf) -> impl Fn(&Path) -> Command {
    move |out: &Path| {
        let mut cmd = common::command();
        cmd.arg("render")
            .arg(&profile)
            .arg("--target")
            .arg(&target)
            .args(["--format", "txt", "--format", "html", "--format", "typ"])
            .args(["--format", "pdf", "--out"])
            .arg(out);
        cmd
    }
}

#[test]
fn killing_render_never_leaves_a_partial_file() {
    if !common::has_program("typst") {
        panic!("typst is needed on PATH for the kill test (see README: install typst-cli 0.15.1)");
    }
    let inputs = tempfile::tempdir().expect("temp dir");
    let mut profile = common::bundled("profiles/example.json");
    let target = common::write_json(
        inputs.path(),
        "target.json",
        &common::bundled("profiles/targets/shopmind.json"),
    );
    let old = common::write_json(inputs.path(), "old.json", &profile);
    profile["basics"]["name"] = serde_json::json!("Kim Jiwoo Renamed");
    let new = common::write_json(inputs.path(), "new.json", &profile);
    kill_at_random_moments(&Scenario {
        name: "render",
        old: Box::new(render(old, target.clone())),
        new: Box::new(render(new, target)),
        tries: 20,
    });
}

fn batch(profile: PathBuf, targets: PathBuf) -> impl Fn(&Path) -> Command {
    move |out: &Path| {
        let mut cmd = common::command();
        cmd.arg("batch")
            .arg(&profile)
            .arg("--targets")
            .arg(&targets)
            .args(["--format", "txt", "--format", "pdf", "--jobs", "2", "--out"])
            .arg(out);
        cmd
    }
}

#[test]
fn killing_batch_never_leaves_a_partial_file() {
    let inputs = tempfile::tempdir().expect("temp dir");
    let targets = inputs.path().join("targets");
    std::fs::create_dir(&targets).expect("mkdir");
    for name in ["visionguard", "shopmind", "lightedge.ko"] {
        common::write_json(
            &targets,
            &format!("{name}.json"),
            &common::bundled(&format!("profiles/targets/{name}.json")),
        );
    }
    let mut profile = common::bundled("profiles/example.json");
    let old = common::write_json(inputs.path(), "old.json", &profile);
    profile["basics"]["name"] = serde_json::json!("Kim Jiwoo Renamed");
    let new = common::write_json(inputs.path(), "new.json", &profile);
    kill_at_random_moments(&Scenario {
        name: "batch",
        old: Box::new(batch(old, targets.clone())),
        new: Box::new(batch(new, targets)),
        tries: 10,
    });
}
