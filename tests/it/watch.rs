//! `render --watch` and `check --watch`: the real binary kept running, its inputs edited
//! under it.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `render --watch` or `check --watch`, killed when dropped (a failed test leaves
/// nothing behind). Standard error goes to `watch.log`, standard output to `watch.out`.
struct Watch {
    child: Child,
    log: PathBuf,
    out: PathBuf,
}

impl Watch {
    fn start(dir: &Path, args: &[&str]) -> Watch {
        let mut all = vec!["render"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "txt", "--out", "out", "--watch"]);
        Watch::spawn(dir, &all)
    }

    fn spawn(dir: &Path, args: &[&str]) -> Watch {
        let log = dir.join("watch.log");
        let out = dir.join("watch.out");
        let child = common::command()
            .current_dir(dir)
            .args(args)
            .stdin(Stdio::null())
            .stdout(fs::File::create(&out).unwrap())
            .stderr(fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        Watch { child, log, out }
    }

    fn log(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn out(&self) -> String {
        fs::read_to_string(&self.out).unwrap_or_default()
    }

    /// The report lines of the last check (each run ends with its counts line).
    fn last_report(&self) -> String {
        let out = self.out();
        let runs: Vec<&str> = out.split_inclusive(" unsupported\n").collect();
        runs.last().copied().unwrap_or_default().to_string()
    }

    fn checks(&self, verdict: &str) -> usize {
        self.log().matches(&format!("checked: {verdict};")).count()
    }

    /// Waits (at most 10 s) until `done` holds.
    fn wait_for(&self, what: &str, done: impl Fn() -> bool) {
        let start = Instant::now();
        while !done() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}; the log says:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn renders(&self) -> usize {
        self.log().matches("rendered; watching").count()
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn profile(name: &str) -> String {
    format!("{{\"basics\": {{\"name\": \"{name}\"}}}}")
}

fn resume(dir: &Path) -> String {
    fs::read_to_string(dir.join("out/resume.txt")).unwrap_or_default()
}

#[test]
fn an_edited_profile_is_rendered_again() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("me.json"), profile("Kim Before")).unwrap();
    let watch = Watch::start(root, &["me.json"]);
    watch.wait_for("the first render", || resume(root).contains("Kim Before"));
    watch.wait_for("the watch to start", || watch.renders() == 1);
    // A render reads its inputs; reading must not count as a change (or it would loop).
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(watch.renders(), 1, "{}", watch.log());

    fs::write(root.join("me.json"), profile("Kim After")).unwrap();
    watch.wait_for("the second render", || resume(root).contains("Kim After"));
    let changed = root.canonicalize().unwrap().join("me.json");
    assert!(
        watch
            .log()
            .contains(&format!("changed: {}\n", changed.display())),
        "{}",
        watch.log()
    );
}

#[test]
fn a_broken_edit_is_reported_and_the_last_good_output_kept() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("me.json"), profile("Kim Good")).unwrap();
    let watch = Watch::start(root, &["me.json"]);
    watch.wait_for("the first render", || watch.renders() == 1);

    fs::write(root.join("me.json"), "{\"basics\": ").unwrap();
    watch.wait_for("the error", || {
        watch.log().contains("kept the last good output")
    });
    assert!(
        watch.log().contains(
            "error: failed to parse `me.json` at line 1, column 11: EOF while parsing a value\n"
        ),
        "{}",
        watch.log()
    );
    assert!(resume(root).contains("Kim Good"));

    fs::write(root.join("me.json"), profile("Kim Fixed")).unwrap();
    watch.wait_for("the fixed render", || resume(root).contains("Kim Fixed"));
}

#[test]
fn target_templates_and_statistics_are_watched_too() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("me.json"), profile("Kim")).unwrap();
    fs::write(root.join("acme.json"), "{\"company\": \"Acme\"}").unwrap();
    fs::create_dir(root.join("tpl")).unwrap();
    fs::write(root.join("tpl/resume.txt.hbs"), "v1 {{person.name}}").unwrap();
    let watch = Watch::start(
        root,
        &[
            "me.json",
            "--target",
            "acme.json",
            "--doc",
            "resume",
            "--templates",
            "tpl",
        ],
    );
    watch.wait_for("the first render", || watch.renders() == 1);
    assert_eq!(resume(root), "v1 Kim");

    fs::write(root.join("tpl/resume.txt.hbs"), "v2 {{person.name}}").unwrap();
    watch.wait_for("the template change", || resume(root) == "v2 Kim");
    watch.wait_for("its render to finish", || watch.renders() >= 2);

    let canonical = root.canonicalize().unwrap();
    // `storyfolio refresh` writes the statistics beside the profile.
    for (input, text) in [
        ("acme.json", "{\"company\": \"Acme Corp\"}"),
        ("me.github.json", "{}"),
    ] {
        fs::write(root.join(input), text).unwrap();
        let line = format!("changed: {}\n", canonical.join(input).display());
        watch.wait_for(input, || watch.log().contains(&line));
    }
    // Whether or not a render succeeded, its last line says it is watching again.
    watch.wait_for("the last render to finish", || {
        watch
            .log()
            .ends_with("watching for changes (Ctrl-C stops)\n")
    });

    // Files that are no input do not trigger a render.
    let settled = watch.log().lines().count();
    fs::write(root.join("notes.txt"), "unrelated").unwrap();
    fs::write(root.join("tpl/README"), "unrelated").unwrap();
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(watch.log().lines().count(), settled, "{}", watch.log());
}

#[test]
fn ctrl_c_stops_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("me.json"), profile("Kim")).unwrap();
    let mut watch = Watch::start(root, &["me.json"]);
    watch.wait_for("the first render", || watch.renders() == 1);
    let sent = Command::new("kill")
        .args(["-INT", &watch.child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = watch.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "still running");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0), "{}", watch.log());
    assert!(
        watch.log().ends_with("stopped watching\n"),
        "{}",
        watch.log()
    );
}

#[test]
fn a_missing_templates_folder_stops_before_watching() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("me.json"), profile("Kim")).unwrap();
    let output = common::storyfolio()
        .current_dir(dir.path())
        .args([
            "render",
            "me.json",
            "--format",
            "txt",
            "--templates",
            "nope",
            "--watch",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        common::stderr(&output),
        "error: failed to watch for changes: failed to open folder `nope`: No such file or directory (os error 2)\n"
    );
}

const LETTER: &str = "Dear hiring team,

At Hanul Mobility I wrote an auto-labelling pipeline that turned 420 hours of sidewalk video into 38,000 labelled pedestrian tracks.

Best regards,
Jiwoo Kim
";

#[test]
fn check_watch_reports_a_fabricated_number_as_the_letter_is_edited() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::copy(common::repo("profiles/example.json"), root.join("me.json")).unwrap();
    fs::write(root.join("letter.md"), LETTER).unwrap();
    let watch = Watch::spawn(
        root,
        &["check", "letter.md", "--profile", "me.json", "--watch"],
    );
    watch.wait_for("the first check", || {
        watch.checks("every claim supported") == 1
    });
    assert!(
        watch.last_report().ends_with(" 0 unsupported\n"),
        "{}",
        watch.out()
    );
    // Checking reads the letter and the profile: reading is no change.
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(
        watch.log().matches("checked:").count(),
        1,
        "{}",
        watch.log()
    );

    // A number the profile never measured, typed into the letter.
    let edited = LETTER.replace(
        "tracks.",
        "tracks, and cut manual labelling time per clip from 6 minutes to 30 seconds.",
    );
    fs::write(root.join("letter.md"), &edited).unwrap();
    watch.wait_for("the edited letter's check", || {
        watch.checks("unsupported claims found") == 1
    });
    let report = watch.last_report();
    assert!(
        report.contains(
            "letter.md:line 3: before/after \"6 minutes to 30 seconds\": different value; closest: work[0].highlights[1]"
        ),
        "{report}"
    );
    assert!(report.ends_with(" 1 unsupported\n"), "{report}");
    let changed = root.canonicalize().unwrap().join("letter.md");
    assert!(
        watch
            .log()
            .contains(&format!("changed: {}\n", changed.display())),
        "{}",
        watch.log()
    );

    // Fixed: the same claim with the profile's value passes again.
    fs::write(
        root.join("letter.md"),
        edited.replace("30 seconds", "90 seconds"),
    )
    .unwrap();
    watch.wait_for("the fixed letter's check", || {
        watch.checks("every claim supported") == 2
    });
    assert!(
        watch.last_report().ends_with(" 0 unsupported\n"),
        "{}",
        watch.out()
    );
}

#[test]
fn check_watch_follows_the_profile_and_survives_a_broken_save() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let profile = fs::read_to_string(common::repo("profiles/example.json")).unwrap();
    fs::write(root.join("me.json"), &profile).unwrap();
    fs::write(root.join("letter.md"), LETTER.replace("38,000", "52,000")).unwrap();
    let watch = Watch::spawn(
        root,
        &["check", "letter.md", "--profile", "me.json", "--watch"],
    );
    watch.wait_for("the first check", || {
        watch.checks("unsupported claims found") == 1
    });

    // A profile saved half-way is reported; the next good save is checked again.
    fs::write(root.join("me.json"), "{\"basics\": ").unwrap();
    watch.wait_for("the broken profile", || {
        watch.checks("could not check") == 1
    });
    assert!(
        watch.log().contains(
            "error: failed to parse `me.json` at line 1, column 11: EOF while parsing a value\n"
        ),
        "{}",
        watch.log()
    );
    // The user records the real number in the profile: the letter now keeps to it.
    fs::write(root.join("me.json"), profile.replace("38,000", "52,000")).unwrap();
    watch.wait_for("the updated profile", || {
        watch.checks("every claim supported") == 1
    });
}

#[test]
fn check_watch_needs_a_file() {
    let output = common::storyfolio()
        .args([
            "check",
            "-",
            "--profile",
            "profiles/example.json",
            "--watch",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        common::stderr(&output),
        "error: `--watch` needs a document file: standard input cannot be watched\n"
    );
}
