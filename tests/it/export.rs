//! `export jsonresume`: every bundled profile exports to a document the official JSON Resume
//! schema accepts, with no storyfolio-only key left.

use std::path::{Path, PathBuf};

use crate::common::{fixture, repo, stderr, stdout, storyfolio};
use serde_json::Value;

fn official_schema() -> Value {
    let text = std::fs::read_to_string(fixture("jsonresume/schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Every profile the repository ships (`profiles/*.json`, Korean ones included) and the
/// Korean test profile.
fn bundled_profiles() -> Vec<PathBuf> {
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

/// Runs `export jsonresume PROFILE` with `extra` arguments.
fn run_export(profile: &Path, extra: &[&std::ffi::OsStr]) -> std::process::Output {
    storyfolio()
        .args(["export", "jsonresume"])
        .arg(profile)
        .args(extra)
        .output()
        .unwrap()
}

/// The exported document of `profile`, which must export.
fn export(profile: &Path) -> Value {
    let output = run_export(profile, &[]);
    assert!(output.status.success(), "{}: {output:?}", profile.display());
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Keys of `value` that `schema` (the official one) does not declare, as JSON paths.
fn undeclared(value: &Value, schema: &Value, root: &Value, path: &str, out: &mut Vec<String>) {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => root.pointer(r.trim_start_matches('#')).unwrap(),
        None => schema,
    };
    match value {
        Value::Object(map) => {
            let properties = schema.get("properties").and_then(Value::as_object);
            for (key, child) in map {
                match properties.and_then(|p| p.get(key)) {
                    // `meta` is free-form by design.
                    Some(_) if key == "meta" => {}
                    Some(child_schema) => {
                        undeclared(child, child_schema, root, &format!("{path}.{key}"), out)
                    }
                    None => out.push(format!("{path}.{key}")),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    undeclared(item, item_schema, root, &format!("{path}[{i}]"), out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn every_bundled_profile_exports_to_valid_plain_json_resume() {
    let schema = official_schema();
    // Formats checked too (emails, URLs): stricter than JSON Resume's own validator.
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    for profile in bundled_profiles() {
        let exported = export(&profile);
        let errors: Vec<String> = validator
            .iter_errors(&exported)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", profile.display());
        let mut extra = Vec::new();
        undeclared(&exported, &schema, &schema, "", &mut extra);
        assert!(
            extra.is_empty(),
            "{}: keys JSON Resume does not define: {extra:?}",
            profile.display()
        );
        assert_eq!(
            exported["$schema"],
            "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
        );
    }
}

#[test]
fn the_checker_above_catches_storyfolio_keys() {
    // Without this, a broken `undeclared` would let every export pass.
    let schema = official_schema();
    let profile: Value =
        serde_json::from_str(&std::fs::read_to_string(repo("profiles/example.json")).unwrap())
            .unwrap();
    let mut extra = Vec::new();
    undeclared(&profile, &schema, &schema, "", &mut extra);
    for key in [
        ".lang",
        ".competitions",
        ".codingTest",
        ".projects[0].deliverables",
        ".projects[0].growth",
        ".work[0].modalities",
    ] {
        assert!(
            extra.iter().any(|e| e == key),
            "{key} not caught: {extra:?}"
        );
    }
}

#[test]
fn storyfolio_additions_are_folded_into_standard_fields() {
    let exported = export(&fixture("profile.ko.json"));
    assert_eq!(
        exported["awards"],
        serde_json::json!([{
            "title": "교통사고 영상 분류 경진대회 — 512팀 중 10위",
            "date": "2023-03",
            "awarder": "DACON",
            "summary": "SlowFast로 블랙박스 영상을 분류했습니다.\n회고: 1등 팀은 더 많은 프레임과 앙상블을 썼습니다."
        }])
    );
    assert_eq!(
        exported["basics"]["profiles"],
        serde_json::json!([{
            "network": "GitHub",
            "username": "seoyeon-park",
            "url": "https://github.com/seoyeon-park"
        }])
    );
    assert_eq!(
        exported["skills"][1],
        serde_json::json!({"name": "코딩 테스트", "level": "solved.ac Gold III"})
    );
    let project = &exported["projects"][0];
    assert_eq!(project["url"], "https://github.com/seoyeon-park/fallnet");
    assert_eq!(
        project["highlights"],
        serde_json::json!([
            "ST-GCN을 재현한 뒤 경량 시간 어텐션 헤드를 만들었습니다",
            "F1: 0.84 → 0.91",
            "데모 영상: https://example.com/fallnet-demo"
        ])
    );
    assert_eq!(
        exported["work"][0]["highlights"][1],
        "클립당 라벨링 시간: 6분 → 90초"
    );
}

#[test]
fn an_existing_github_profile_is_not_repeated() {
    let exported = export(&repo("profiles/example.json"));
    let github: Vec<&Value> = exported["basics"]["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["network"] == "GitHub")
        .collect();
    assert_eq!(github.len(), 1);
}

#[test]
fn meta_is_kept_and_unknown_keys_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("me.json");
    std::fs::write(
        &profile,
        r#"{"basics": {"name": "Kim", "nickname": "K"}, "meta": {"theme": "elegant", "version": "v1.0.0"}}"#,
    )
    .unwrap();
    let output = run_export(&profile, &[]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        stderr(&output),
        format!(
            "{}: warning: `basics.nickname`: unknown key `nickname`, ignored\n",
            profile.display()
        )
    );
    let exported: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        exported,
        serde_json::json!({
            "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
            "basics": {"name": "Kim"},
            "meta": {"theme": "elegant", "version": "v1.0.0"}
        })
    );
}

#[test]
fn output_file_is_written_and_replaced_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("resume.json");
    std::fs::write(&out, "old").unwrap();
    let output = run_export(
        &repo("profiles/example.json"),
        &["-o".as_ref(), out.as_os_str()],
    );
    assert!(output.status.success(), "{output:?}");
    assert_eq!(stdout(&output), format!("wrote {}\n", out.display()));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(written, export(&repo("profiles/example.json")));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn an_invalid_profile_is_refused_with_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("bad.json");
    std::fs::write(
        &profile,
        r#"{"work": [{"name": "A", "highlights": {"first": "x"}}]}"#,
    )
    .unwrap();
    let output = run_export(&profile, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr(&output),
        format!(
            "error: `{}` is not a valid profile:\n  error: `work[0].highlights`: expected an array, found an object\n",
            profile.display()
        )
    );
}

#[test]
fn a_missing_profile_is_named() {
    let output = run_export(Path::new("nowhere.json"), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "error: failed to read `nowhere.json`: no such file\n"
    );
}
