//! The plain test set (`tests/fixtures/plain/`): JSON Resume profiles and job postings with
//! none of storyfolio's own fields, their facts only in prose. The set must stay plain, and
//! every profile x posting pair must render (Markdown and text, every document) and coach.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use storyfolio::jsonresume::{PROJECT_KEYS, TOP_LEVEL_KEYS, WORK_KEYS};

use crate::common::{self, storyfolio, ALL_DOCS};

/// storyfolio's keys of a target, beyond JSON Resume's job description.
const TARGET_KEYS: &[&str] = &[
    "language",
    "industry",
    "data",
    "products",
    "aiUses",
    "opportunities",
    "roleKind",
    "questions",
];

/// The JSON files directly in `dir`, sorted.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("lists the folder")
        .map(|entry| entry.expect("reads an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// The plain profiles and the plain postings.
pub fn plain_set() -> (Vec<PathBuf>, Vec<PathBuf>) {
    let dir = common::fixture("plain");
    (json_files(&dir), json_files(&dir.join("targets")))
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).expect("reads the fixture")).expect("JSON")
}

/// A path relative to the repository root, as the binary is given it.
fn relative(path: &Path) -> String {
    path.strip_prefix(common::root())
        .expect("below the repository")
        .to_string_lossy()
        .into_owned()
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The storyfolio keys `object` has among `keys`, prefixed with `at`.
fn own_keys(object: &Value, keys: &[&str], at: &str) -> Vec<String> {
    keys.iter()
        .filter(|key| object.get(**key).is_some())
        .map(|key| format!("{at}{key}"))
        .collect()
}

#[test]
fn the_set_is_plain_in_both_languages_and_described() {
    let (profiles, targets) = plain_set();
    assert!(profiles.len() >= 8, "{profiles:?}");
    assert!(targets.len() >= 6, "{targets:?}");
    for set in [&profiles, &targets] {
        for lang in ["en-", "ko-"] {
            assert!(
                set.iter().any(|path| name(path).starts_with(lang)),
                "no {lang} file in {set:?}"
            );
        }
    }
    let readme = fs::read_to_string(common::fixture("plain/README.md")).unwrap();
    let mut found = Vec::new();
    for path in &profiles {
        let profile = read(path);
        found.extend(own_keys(&profile, TOP_LEVEL_KEYS, ""));
        for (section, keys) in [("work", WORK_KEYS), ("projects", PROJECT_KEYS)] {
            let items = profile[section].as_array().cloned().unwrap_or_default();
            for (index, item) in items.iter().enumerate() {
                found.extend(own_keys(item, keys, &format!("{section}[{index}].")));
            }
        }
        assert!(found.is_empty(), "{}: {found:?}", name(path));
        assert!(
            readme.contains(&format!("`{}`", name(path))),
            "{}",
            name(path)
        );
    }
    for path in &targets {
        found.extend(own_keys(&read(path), TARGET_KEYS, ""));
        assert!(found.is_empty(), "{}: {found:?}", name(path));
        assert!(
            readme.contains(&format!("`{}`", name(path))),
            "{}",
            name(path)
        );
    }
}

#[test]
fn every_pair_renders_in_markdown_and_text_and_coaches() {
    let (profiles, targets) = plain_set();
    for profile in &profiles {
        let person = read(profile)["basics"]["name"]
            .as_str()
            .expect("every plain profile has a name")
            .to_string();
        for target in &targets {
            let pair = format!("{} x {}", name(profile), name(target));
            let dir = tempfile::tempdir().unwrap();
            let out = storyfolio()
                .args(["render", &relative(profile), "--target", &relative(target)])
                .args(ALL_DOCS)
                .args(["--format", "md", "--format", "txt", "--out"])
                .arg(dir.path())
                .output()
                .unwrap();
            assert!(out.status.success(), "{pair}: {}", common::stderr(&out));
            let files = common::snapshot(dir.path());
            for doc in ["resume", "cover-letter", "pitch", "prep"] {
                for ext in ["md", "txt"] {
                    let file = format!("{doc}.{ext}");
                    let text = String::from_utf8(files.get(&file).cloned().unwrap_or_default())
                        .expect("UTF-8");
                    // Prep is the candidate's own notes: it has no letterhead.
                    let signed = doc != "prep";
                    assert!(
                        !text.trim().is_empty() && (!signed || text.contains(&person)),
                        "{pair}: {file} is empty or lacks {person}:\n{text}"
                    );
                }
            }

            let out = storyfolio()
                .args(["coach", &relative(profile), "--target", &relative(target)])
                .args(["--format", "json"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{pair}: {}", common::stderr(&out));
            let coach: Value = serde_json::from_slice(&out.stdout).expect("coach JSON");
            let parts = coach["fit"]["parts"].as_array().expect("fit parts");
            let total: u64 = parts
                .iter()
                .map(|part| part["points"].as_u64().unwrap())
                .sum();
            assert_eq!(coach["fit"]["score"].as_u64(), Some(total), "{pair}");
        }
    }
}
