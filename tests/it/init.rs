//! `storyfolio init`: starter files that validate, point to their schemas, and never replace
//! what the user already has.

use std::path::Path;

use crate::common::{stderr, stdout, storyfolio};

const WRITTEN: [&str; 5] = [
    ".storyfolio/profile.schema.json",
    ".storyfolio/target.schema.json",
    "profile.json",
    "target.json",
    "GUIDE.md",
];

fn init(dir: &Path, lang: &str) -> std::process::Output {
    let output = storyfolio()
        .arg("init")
        .arg(dir)
        .args(["--lang", lang])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    output
}

#[test]
fn writes_starter_files_that_validate_and_render() {
    for lang in ["en", "ko"] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("application");
        let output = init(&root, lang);
        let mut expected: String = WRITTEN
            .iter()
            .map(|f| format!("wrote {}\n", root.join(f).display()))
            .collect();
        expected.push_str(&format!("next: read {}\n", root.join("GUIDE.md").display()));
        assert_eq!(stdout(&output), expected);
        assert_eq!(stderr(&output), "");

        let profile = root.join("profile.json");
        let target = root.join("target.json");
        let validate = storyfolio()
            .arg("validate")
            .arg(&profile)
            .arg("--target")
            .arg(&target)
            .output()
            .unwrap();
        assert_eq!(validate.status.code(), Some(0), "{validate:?}");
        assert!(
            stdout(&validate).contains(&format!("{}: valid profile\n", profile.display())),
            "{validate:?}"
        );

        // The starter renders before anything is filled in (so `--watch` can run from the
        // start), and it invents nothing: the resume is empty.
        let out = root.join("out");
        let render = storyfolio()
            .arg("render")
            .arg(&profile)
            .arg("--target")
            .arg(&target)
            .args(["--format", "txt", "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(render.status.success(), "{render:?}");
        let resume = std::fs::read_to_string(out.join("resume.txt")).unwrap();
        assert_eq!(resume.trim(), "", "{resume}");
    }
}

#[test]
fn documents_point_to_the_schemas_beside_them() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "en");
    for (document, schema) in [("profile.json", "profile"), ("target.json", "target")] {
        let text = std::fs::read_to_string(dir.path().join(document)).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let reference = value["$schema"].as_str().unwrap();
        assert_eq!(reference, format!("./.storyfolio/{schema}.schema.json"));
        let written = std::fs::read_to_string(dir.path().join(reference)).unwrap();
        let printed = storyfolio().args(["schema", schema]).output().unwrap();
        assert_eq!(format!("{written}\n"), stdout(&printed));
    }
}

#[test]
fn the_guide_follows_the_language_and_the_advice() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "en");
    let guide = std::fs::read_to_string(dir.path().join("GUIDE.md")).unwrap();
    // Data first, then the one track, deliverables, the competition retrospective and the
    // GitHub before/after: the order of the notes.
    let order = [
        "`data`",
        "`track`",
        "`deliverables`",
        "`winnerDid`",
        "`growth`",
    ];
    let positions: Vec<usize> = order.iter().map(|k| guide.find(k).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");

    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "ko");
    let guide = std::fs::read_to_string(dir.path().join("GUIDE.md")).unwrap();
    assert!(guide.starts_with("# 무엇부터 채울까\n"), "{guide}");
    let profile = std::fs::read_to_string(dir.path().join("profile.json")).unwrap();
    assert!(profile.contains("\"lang\": \"ko\""), "{profile}");
    let target = std::fs::read_to_string(dir.path().join("target.json")).unwrap();
    assert!(target.contains("\"language\": \"ko\""), "{target}");
}

#[test]
fn never_overwrites_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile.json");
    std::fs::write(&profile, "{\"basics\": {\"name\": \"Mine\"}}").unwrap();
    let output = init(dir.path(), "en");
    assert_eq!(
        stderr(&output),
        format!("skipped `{}`: it already exists\n", profile.display())
    );
    assert_eq!(
        std::fs::read_to_string(&profile).unwrap(),
        "{\"basics\": {\"name\": \"Mine\"}}"
    );
    assert!(dir.path().join("target.json").is_file());

    // A second run keeps everything, including the files the first one wrote.
    let guide = dir.path().join("GUIDE.md");
    std::fs::write(&guide, "my notes").unwrap();
    let again = init(dir.path(), "ko");
    let skipped: String = WRITTEN
        .iter()
        .map(|f| {
            format!(
                "skipped `{}`: it already exists\n",
                dir.path().join(f).display()
            )
        })
        .collect();
    assert_eq!(stderr(&again), skipped);
    assert_eq!(std::fs::read_to_string(&guide).unwrap(), "my notes");
}

#[cfg(unix)]
#[test]
fn a_link_in_the_way_is_kept_too() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("elsewhere.json");
    std::fs::write(&elsewhere, "precious").unwrap();
    let root = dir.path().join("app");
    std::fs::create_dir(&root).unwrap();
    std::os::unix::fs::symlink(&elsewhere, root.join("target.json")).unwrap();
    let output = init(&root, "en");
    assert_eq!(
        stderr(&output),
        format!(
            "skipped `{}`: it already exists\n",
            root.join("target.json").display()
        )
    );
    assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "precious");
}

#[test]
fn a_file_where_the_folder_should_be_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "x").unwrap();
    let output = storyfolio().arg("init").arg(&file).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!("error: `{}` is a file, not a folder\n", file.display())
    );
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let output = storyfolio()
        .args(["init", "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("error: invalid value 'fr' for '--lang <LANG>'"),
        "{output:?}"
    );
}
