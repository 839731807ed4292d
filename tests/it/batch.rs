//! `batch`: every target in its own folder, a summary ranked by fit, one bad target never
//! stops the others, safe folder names, and unchanged targets skipped.

use crate::common;

use std::fs;
use std::path::Path;

use crate::common::storyfolio;

fn batch(args: &[&str], out: &Path) -> std::process::Output {
    storyfolio()
        .arg("batch")
        .args(args)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

fn summary(out: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
}

#[test]
fn every_target_gets_its_folder_and_the_summary_ranks_by_fit() {
    let dir = tempfile::tempdir().unwrap();
    let out = batch(
        &[
            "profiles/example.json",
            "--targets",
            "profiles/targets",
            "--format",
            "txt",
            "--format",
            "pdf",
            "--jobs",
            "2",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let printed = common::stdout(&out);
    assert_eq!(
        printed.lines().filter(|l| l.starts_with('[')).count(),
        4,
        "one line per finished target when piped:\n{printed}"
    );
    for folder in ["visionguard", "shopmind", "라이트엣지", "세이프시티"] {
        for file in [
            "resume.txt",
            "resume.pdf",
            "cover-letter.txt",
            "cover-letter.pdf",
        ] {
            assert!(
                dir.path().join(folder).join(file).is_file(),
                "{folder}/{file}"
            );
        }
    }
    let s = summary(dir.path());
    let fits: Vec<u64> = s["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["fit"].as_u64().unwrap())
        .collect();
    assert!(fits.windows(2).all(|w| w[0] >= w[1]), "{fits:?}");
    let first = &s["targets"][0];
    assert_eq!(first["rank"], 1);
    assert_eq!(first["evidence"].as_array().unwrap().len(), 3);
    assert!(!first["gaps"].as_array().unwrap().is_empty());
    let md = fs::read_to_string(dir.path().join("summary.md")).unwrap();
    assert!(md.starts_with("# Applications ranked by fit"));
    assert!(md.contains("[resume.pdf](visionguard/resume.pdf)"), "{md}");
    let letter = common::pdf::pdf_text(&dir.path().join("라이트엣지/cover-letter.pdf"));
    assert!(letter.contains("라이트엣지"));
}

#[test]
fn one_bad_target_never_stops_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let targets = dir.path().join("targets");
    fs::create_dir(&targets).unwrap();
    fs::copy(
        common::repo("profiles/targets/visionguard.json"),
        targets.join("a-good.json"),
    )
    .unwrap();
    fs::write(targets.join("b-broken.json"), "{\"company\": \"Broken\",").unwrap();
    let out_dir = dir.path().join("out");
    let out = batch(
        &[
            "profiles/example.json",
            "--format",
            "txt",
            "--targets",
            targets.to_str().unwrap(),
        ],
        &out_dir,
    );
    assert_eq!(out.status.code(), Some(1), "some failed");
    assert!(out_dir.join("visionguard/resume.txt").is_file());
    let s = summary(&out_dir);
    let broken = s["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["status"] == "failed")
        .unwrap();
    assert_eq!(broken["folder"], "b-broken");
    assert!(
        broken["error"]
            .as_str()
            .unwrap()
            .starts_with("failed to parse"),
        "{broken}"
    );
    assert_eq!(
        s["targets"].as_array().unwrap().last().unwrap()["status"],
        "failed",
        "failures rank last"
    );
    assert!(common::stdout(&out).contains("summary: 1 rendered, 0 unchanged, 1 failed"));
}

#[test]
fn company_names_never_escape_the_output_folder() {
    let dir = tempfile::tempdir().unwrap();
    let targets = dir.path().join("targets");
    fs::create_dir(&targets).unwrap();
    let names = [
        "../../etc",
        "/abs/path",
        "C:\\x",
        "con",
        ".",
        "..",
        &"y".repeat(300),
        "a\u{1}b\u{7}c",
        "🚀🚀",
        "네이버",
        "Acme",
        "ACME",
    ];
    for (i, name) in names.iter().enumerate() {
        fs::write(
            targets.join(format!("t{i:02}.json")),
            serde_json::json!({"company": name, "title": "Engineer"}).to_string(),
        )
        .unwrap();
    }
    let out_dir = dir.path().join("out");
    let out = batch(
        &[
            "profiles/example.json",
            "--format",
            "txt",
            "--doc",
            "resume",
            "--targets",
            targets.to_str().unwrap(),
        ],
        &out_dir,
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let mut folders: Vec<String> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let long = "y".repeat(60);
    let mut expected = vec![
        "abs-path",
        "acme",
        "acme-2",
        "c-x",
        "con-co",
        "etc",
        "a-b-c",
        long.as_str(),
        "t04",
        "t05",
        "t08",
        "네이버",
    ];
    expected.sort();
    assert_eq!(folders, expected);
    // Nothing was written beside OUT.
    let beside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(beside.len(), 2, "{beside:?}");
}

#[test]
fn unchanged_targets_are_skipped_until_an_input_changes() {
    let dir = tempfile::tempdir().unwrap();
    let targets = dir.path().join("targets");
    fs::create_dir(&targets).unwrap();
    for t in ["visionguard", "shopmind"] {
        fs::copy(
            common::repo(&format!("profiles/targets/{t}.json")),
            targets.join(format!("{t}.json")),
        )
        .unwrap();
    }
    let out_dir = dir.path().join("out");
    let args = [
        "profiles/example.json",
        "--format",
        "txt",
        "--targets",
        targets.to_str().unwrap(),
    ];
    assert!(batch(&args, &out_dir).status.success());
    let second = batch(&args, &out_dir);
    assert!(
        common::stdout(&second).contains("summary: 0 rendered, 2 unchanged, 0 failed"),
        "{}",
        common::stdout(&second)
    );
    // A changed target renders again; the other stays skipped.
    let path = targets.join("shopmind.json");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("ShopMind", "ShopMind Korea");
    fs::write(&path, text).unwrap();
    let third = batch(&args, &out_dir);
    assert!(
        common::stdout(&third).contains("summary: 1 rendered, 1 unchanged, 0 failed"),
        "{}",
        common::stdout(&third)
    );
    // A deleted output is rendered again; --force renders everything.
    fs::remove_file(out_dir.join("visionguard/resume.txt")).unwrap();
    assert!(common::stdout(&batch(&args, &out_dir)).contains("summary: 1 rendered, 1 unchanged"));
    let mut forced = args.to_vec();
    forced.push("--force");
    assert!(common::stdout(&batch(&forced, &out_dir)).contains("summary: 2 rendered, 0 unchanged"));
    // Different options are different inputs.
    let mut md = args.to_vec();
    md.extend(["--format", "md"]);
    assert!(common::stdout(&batch(&md, &out_dir)).contains("summary: 2 rendered, 0 unchanged"));
}

#[test]
fn several_target_files_instead_of_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = batch(
        &[
            "profiles/example.json",
            "--format",
            "txt",
            "--targets",
            "profiles/targets/visionguard.json",
            "profiles/targets/shopmind.json",
        ],
        dir.path(),
    );
    assert!(out.status.success());
    assert_eq!(summary(dir.path())["targets"].as_array().unwrap().len(), 2);
    let none = batch(
        &["profiles/example.json", "--targets", "tests/golden"],
        dir.path(),
    );
    assert_eq!(none.status.code(), Some(2));
    assert!(
        common::stderr(&none).starts_with("error: no target files in"),
        "{}",
        common::stderr(&none)
    );
}
