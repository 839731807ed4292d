//! Checking a `storyfolio export jsonresume` document: valid against the official JSON Resume
//! schema, every key of the input kept (legacy keys under their 1.0 names), the user's own
//! keys unchanged, and exporting the export byte-identical.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::files::{fixture, repo};
use super::run::{stderr, storyfolio};

/// The official JSON Resume 1.0.0 schema.
pub fn official_schema() -> Value {
    let text = std::fs::read_to_string(fixture("jsonresume/schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The real-world-shaped documents of `tests/fixtures/realworld/` (not the targets, not the
/// documents that are not JSON Resume).
pub fn realworld_profiles() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(fixture("realworld"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
        .collect();
    found.sort();
    assert!(found.len() >= 15, "{found:?}");
    found
}

/// Every profile the repository ships (`profiles/*.json`) and the Korean test profile.
pub fn bundled_profiles() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(repo("profiles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
        .filter(|p| !p.to_string_lossy().ends_with(".github.json"))
        .collect();
    assert!(!found.is_empty());
    found.sort();
    found.push(fixture("profile.ko.json"));
    found
}

/// One export: the bytes written, the document and the warnings printed.
pub struct Export {
    pub bytes: Vec<u8>,
    pub document: Value,
    pub stderr: String,
}

/// Exports `profile`, which must export.
pub fn export(profile: &Path) -> Export {
    let output = storyfolio()
        .args(["export", "jsonresume"])
        .arg(profile)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}: {output:?}", profile.display());
    Export {
        document: serde_json::from_slice(&output.stdout).unwrap(),
        stderr: stderr(&output),
        bytes: output.stdout,
    }
}

/// The pre-1.0 keys JSON Resume renamed, by the object they live in, and their 1.0 names:
/// restated from the schema's history, not taken from the reader, so the test checks it.
const LEGACY: &[(&str, &str, &str)] = &[
    ("", "bio", "basics"),
    ("", "hobbies", "interests"),
    ("basics", "website", "url"),
    ("basics", "picture", "image"),
    ("basics.location", "state", "region"),
    ("work", "company", "name"),
    ("work", "website", "url"),
    ("volunteer", "website", "url"),
    ("publications", "website", "url"),
    ("education", "gpa", "score"),
    ("awards", "awardDate", "date"),
];

/// storyfolio's keys whose content the export moves into JSON Resume's fields.
const FOLDED: &[(&str, &str)] = &[
    ("", "competitions"),
    ("", "codingTest"),
    ("work", "metrics"),
    ("projects", "metrics"),
    ("projects", "deliverables"),
];

/// storyfolio's own keys (read, so possibly written another way: `repo` as a URL).
const STORYFOLIO: &[(&str, &str)] = &[
    ("", "lang"),
    ("", "track"),
    ("", "preferredRole"),
    ("", "github"),
    ("work", "keywords"),
    ("work", "domains"),
    ("work", "modalities"),
    ("projects", "domains"),
    ("projects", "modalities"),
    ("projects", "repo"),
    ("projects", "growth"),
    ("projects", "shortName"),
];

const DATE_KEYS: &[&str] = &["startDate", "endDate", "date", "releaseDate"];

/// The keys of `input` missing from `exported`, as JSON paths. A key may only be missing
/// when storyfolio folded its content into a JSON Resume field, when it held `null`, or when
/// it is a date without a year ("present", "", "至今": ongoing). A legacy key must be under
/// its 1.0 name (and no longer under its old one, unless the file had both, differing).
pub fn lost_keys(input: &Value, exported: &Value) -> Vec<String> {
    let mut lost = Vec::new();
    walk(input, exported, "", "", &mut lost);
    lost
}

fn walk(input: &Value, exported: &Value, path: &str, shape: &str, lost: &mut Vec<String>) {
    match (input, exported) {
        (Value::Object(map), Value::Object(out)) => {
            for (key, child) in map {
                let child_path = format!("{path}.{key}");
                if FOLDED.contains(&(shape, key.as_str())) {
                    continue;
                }
                let legacy = LEGACY.iter().find(|(s, old, _)| *s == shape && old == key);
                let written_as = match legacy {
                    Some((_, old, new)) => {
                        let differing_new = map
                            .get(*new)
                            .is_some_and(|n| !n.is_null() && n != "" && n != child);
                        if out.contains_key(*old) != differing_new {
                            lost.push(format!("{child_path} (left under its pre-1.0 name)"));
                        }
                        if differing_new {
                            *old
                        } else {
                            *new
                        }
                    }
                    None => key.as_str(),
                };
                let child_shape = if shape.is_empty() {
                    key.clone()
                } else if child.is_object() {
                    format!("{shape}.{key}")
                } else {
                    shape.to_string()
                };
                match out.get(written_as) {
                    Some(written) => walk(child, written, &child_path, &child_shape, lost),
                    None if child.is_null() => {}
                    None if DATE_KEYS.contains(&key.as_str())
                        && !child.as_str().is_some_and(|d| {
                            d.chars().filter(char::is_ascii_digit).count() >= 4
                        }) => {}
                    None if legacy.is_some() => {
                        lost.push(format!("{path}.{written_as} (from `{key}`)"))
                    }
                    None => lost.push(child_path),
                }
            }
        }
        (Value::Array(items), Value::Array(out)) => {
            // `null` items are left out of lists, so the written index skips them.
            let mut written = out.iter();
            for (index, item) in items.iter().enumerate() {
                if item.is_null() {
                    continue;
                }
                match written.next() {
                    Some(out) => walk(item, out, &format!("{path}[{index}]"), shape, lost),
                    None => lost.push(format!("{path}[{index}]")),
                }
            }
        }
        _ => {}
    }
}

/// The keys of `value` the official schema does not declare, as JSON pointers, with their
/// place (`work` for an item of `work`) to tell storyfolio's keys from the user's own.
fn undeclared(
    value: &Value,
    schema: &Value,
    root: &Value,
    at: (&str, &str),
    out: &mut Vec<(String, String)>,
) {
    let (pointer, shape) = at;
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => root.pointer(r.trim_start_matches('#')).unwrap(),
        None => schema,
    };
    match value {
        Value::Object(map) => {
            let properties = schema.get("properties").and_then(Value::as_object);
            for (key, child) in map {
                let child_pointer =
                    format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                let child_shape = if shape.is_empty() {
                    key.clone()
                } else {
                    shape.to_string()
                };
                match properties.and_then(|p| p.get(key)) {
                    // `meta` is free-form by design.
                    Some(_) if key == "meta" && shape.is_empty() => {}
                    Some(child_schema) => undeclared(
                        child,
                        child_schema,
                        root,
                        (&child_pointer, &child_shape),
                        out,
                    ),
                    None => out.push((child_pointer, shape.to_string())),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    undeclared(
                        item,
                        item_schema,
                        root,
                        (&format!("{pointer}/{i}"), shape),
                        out,
                    );
                }
            }
        }
        _ => {}
    }
}

/// The user's own keys of `input` (neither JSON Resume's, nor legacy, nor storyfolio's) whose
/// value differs in `exported`, as JSON pointers.
pub fn changed_own_keys(input: &Value, exported: &Value) -> Vec<String> {
    let schema = official_schema();
    let mut found = Vec::new();
    undeclared(input, &schema, &schema, ("", ""), &mut found);
    found
        .into_iter()
        .filter(|(pointer, shape)| {
            let key = pointer.rsplit('/').next().unwrap_or_default();
            let ours = |(s, k): &&(&str, &str)| *s == shape.as_str() && *k == key;
            let known = LEGACY
                .iter()
                .any(|(s, k, _)| *s == shape.as_str() && *k == key)
                || FOLDED.iter().any(|p| ours(&p))
                || STORYFOLIO.iter().any(|p| ours(&p));
            !known && input.pointer(pointer) != exported.pointer(pointer)
        })
        .map(|(pointer, _)| pointer)
        .collect()
}

/// The official schema's findings on `document`: as JSON Resume's own validator checks
/// (no `format`s) with `formats` false, and stricter (email and URI formats) with true.
pub fn schema_errors(document: &Value, formats: bool) -> Vec<(String, String)> {
    let schema = official_schema();
    let validator = jsonschema::options()
        .should_validate_formats(formats)
        .build(&schema)
        .unwrap();
    validator
        .iter_errors(document)
        .map(|e| (pointer_to_path(e.instance_path().as_str()), e.to_string()))
        .collect()
}

/// `/work/0/url` as storyfolio's messages write it: `work[0].url`.
fn pointer_to_path(pointer: &str) -> String {
    let mut path = String::new();
    for step in pointer.split('/').skip(1) {
        if step.parse::<usize>().is_ok() {
            path.push_str(&format!("[{step}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(step);
        }
    }
    path
}

/// The JSON paths the warnings in `stderr` name.
pub fn warned_paths(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|line| line.split_once("warning: `")?.1.split_once("`:"))
        .map(|(path, _)| path.to_string())
        .collect()
}

/// Every check of an export of `profile`: valid as JSON Resume's validator checks it; with
/// formats checked, wrong only where the load warned (an invalid email, an empty link: kept
/// as the user wrote them); every key kept; the user's own keys unchanged; exporting the
/// export gives the same bytes (written to `scratch`).
pub fn check_export(profile: &Path, scratch: &Path) {
    let name = profile.display();
    let input: Value = serde_json::from_str(&std::fs::read_to_string(profile).unwrap()).unwrap();
    let first = export(profile);
    let errors = schema_errors(&first.document, false);
    assert!(errors.is_empty(), "{name}: {errors:#?}");
    let warned = warned_paths(&first.stderr);
    let unexplained: Vec<_> = schema_errors(&first.document, true)
        .into_iter()
        .filter(|(path, _)| !warned.contains(path))
        .collect();
    assert!(
        unexplained.is_empty(),
        "{name}: {unexplained:#?}\n{}",
        first.stderr
    );
    let lost = lost_keys(&input, &first.document);
    assert!(lost.is_empty(), "{name}: keys lost: {lost:?}");
    let changed = changed_own_keys(&input, &first.document);
    assert!(changed.is_empty(), "{name}: own keys changed: {changed:?}");
    assert_eq!(
        first.document["$schema"],
        "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
    );
    let again = scratch.join(profile.file_name().unwrap());
    std::fs::write(&again, &first.bytes).unwrap();
    let second = export(&again);
    assert!(
        first.bytes == second.bytes,
        "{name}: exporting the export changed it:\n{}\n---\n{}",
        String::from_utf8_lossy(&first.bytes),
        String::from_utf8_lossy(&second.bytes)
    );
}
