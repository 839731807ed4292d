//! `export jsonresume`: every bundled and real-world profile exports to a document the
//! official JSON Resume schema accepts, keeping every key it read (the user's own unchanged,
//! legacy keys under their 1.0 names), and exporting an export changes nothing.

use std::path::Path;

use crate::common::export::{
    bundled_profiles, check_export, export, lost_keys, realworld_profiles, schema_errors,
};
use crate::common::{fixture, repo, stderr, stdout, storyfolio};
use serde_json::{json, Value};

/// Runs `export jsonresume PROFILE` with `extra` arguments.
fn run_export(profile: &Path, extra: &[&std::ffi::OsStr]) -> std::process::Output {
    storyfolio()
        .args(["export", "jsonresume"])
        .arg(profile)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn every_profile_exports_valid_whole_and_stable() {
    // The bundled examples, the plain set and the real-world set.
    let scratch = tempfile::tempdir().unwrap();
    let mut plain: Vec<_> = std::fs::read_dir(fixture("plain"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
        .collect();
    plain.sort();
    assert!(!plain.is_empty());
    for profile in bundled_profiles()
        .into_iter()
        .chain(plain)
        .chain(realworld_profiles())
    {
        check_export(&profile, scratch.path());
    }
}

#[test]
fn the_checks_above_catch_a_lost_key_and_an_invalid_document() {
    // Without this, a broken checker would let every export pass.
    let input = json!({
        "basics": {"name": "K", "website": "https://k.example", "x_own": 1},
        "work": [{"company": "A", "endDate": "present", "metrics": [{"name": "m", "value": "1"}]}]
    });
    let faithful = json!({
        "basics": {"name": "K", "url": "https://k.example", "x_own": 1},
        "work": [{"name": "A", "highlights": ["m: 1"]}]
    });
    assert_eq!(lost_keys(&input, &faithful), Vec::<String>::new());
    let lossy = json!({"basics": {"name": "K", "website": "https://k.example"}, "work": [{}]});
    assert_eq!(
        lost_keys(&input, &lossy),
        [
            ".basics.website (left under its pre-1.0 name)",
            ".basics.url (from `website`)",
            ".basics.x_own",
            ".work[0].name (from `company`)"
        ]
    );
    let invalid = json!({"basics": {"email": 7}, "work": [{"startDate": "present"}]});
    assert_eq!(schema_errors(&invalid, false).len(), 2);
    let bad_link = json!({"basics": {"url": "not a link"}});
    assert!(schema_errors(&bad_link, false).is_empty());
    assert_eq!(schema_errors(&bad_link, true)[0].0, "basics.url");
}

#[test]
fn the_users_own_keys_are_kept_as_written() {
    let exported = export(&fixture("realworld/en-emoji-custom-keys.json")).document;
    assert_eq!(exported["basics"]["x_pronouns"], "they/them");
    assert_eq!(
        exported["basics"]["x_availability"],
        "Open to remote roles in the EU"
    );
    assert_eq!(
        exported["x_theme_options"],
        json!({"accent": "#3b82f6", "showPhoto": false})
    );
    assert_eq!(
        exported["work"][0]["highlightGroups"],
        json!([{ "title": "Leadership", "items": ["Ran the ML guild of 9 engineers", "Hired two juniors"] }])
    );
    assert_eq!(exported["work"][0]["x_team_size"], 6);
    assert_eq!(exported["work"][1]["x_reason_for_leaving"], "Studio closed");
    assert_eq!(
        exported["meta"],
        json!({"theme": "even", "version": "v2.3.0", "lastModified": "2024-05-02T09:14:00"})
    );
    // The file's order of keys is kept, `$schema` first.
    let keys: Vec<&String> = exported.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "$schema",
            "basics",
            "x_theme_options",
            "work",
            "education",
            "skills",
            "languages",
            "meta"
        ]
    );
}

#[test]
fn legacy_keys_are_written_in_their_1_0_spelling() {
    let exported = export(&fixture("realworld/en-legacy-0x.json")).document;
    let basics = &exported["basics"];
    assert_eq!(basics["url"], "http://danielokafor.example.net");
    assert_eq!(basics["image"], "https://avatars.example.net/u/dokafor.png");
    assert!(basics.get("website").is_none() && basics.get("picture").is_none());
    let work = &exported["work"][0];
    assert_eq!(work["name"], "Brightlane Logistics");
    assert_eq!(work["url"], "https://brightlane.example.com");
    assert!(work.get("company").is_none() && work.get("website").is_none());
    // "present" is written the 1.0 way: no end date.
    assert!(work.get("endDate").is_none(), "{work}");
    assert_eq!(exported["work"][1]["url"], "https://tallyhop.example.com");
    assert_eq!(exported["education"][0]["score"], "3.9/4.0");
    assert_eq!(
        exported["publications"][0]["url"],
        "https://arxiv.org/abs/2308.00000"
    );
    let text = serde_json::to_string(&exported).unwrap();
    for old in ["\"company\"", "\"website\"", "\"gpa\"", "\"picture\""] {
        assert!(!text.contains(old), "{old} left in {text}");
    }
}

#[test]
fn storyfolios_keys_in_other_forms_are_written_as_read() {
    let exported = export(&fixture("realworld/en-extension-clash.json")).document;
    assert_eq!(exported["github"], "twierzbicki");
    assert_eq!(exported["lang"], "en");
    assert_eq!(
        exported["work"][0]["keywords"],
        json!(["Kubernetes", "Kubeflow", "MLflow", "Terraform"])
    );
    let project = &exported["projects"][2];
    assert_eq!(project["repo"], "twierzbicki/registry-exporter");
    assert_eq!(
        project["url"],
        "https://github.com/twierzbicki/registry-exporter"
    );
    // A language storyfolio does not write in is the user's own, kept as written.
    assert_eq!(export(&fixture("realworld/ja.json")).document["lang"], "ja");
}

#[test]
fn storyfolio_additions_are_folded_into_standard_fields() {
    let exported = export(&fixture("profile.ko.json")).document;
    for folded in ["competitions", "codingTest"] {
        assert!(exported.get(folded).is_none(), "{folded} left");
    }
    for (list, key) in [
        ("work", "metrics"),
        ("projects", "metrics"),
        ("projects", "deliverables"),
    ] {
        for item in exported[list].as_array().unwrap() {
            assert!(item.get(key).is_none(), "{list}[].{key} left: {item}");
        }
    }
    assert_eq!(
        exported["awards"],
        serde_json::json!([{
            "title": "교통사고 영상 분류 경진대회 — 512팀 중 10위",
            "date": "2023-03",
            "awarder": "DACON",
            "summary": "SlowFast로 블랙박스 영상을 분류했습니다.\n회고: 1등 팀은 더 많은 프레임과 앙상블을 썼습니다.",
            // What an award has no place for stays on it.
            "modalities": ["video"]
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
    let exported = export(&repo("profiles/example.json")).document;
    let github: Vec<&Value> = exported["basics"]["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["network"] == "GitHub")
        .collect();
    assert_eq!(github.len(), 1);
}

#[test]
fn meta_and_unknown_keys_are_kept() {
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
            "{}: warning: `basics.nickname`: unknown key `nickname`, not used in documents\n",
            profile.display()
        )
    );
    assert_eq!(
        stdout(&output),
        r#"{
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "basics": {
    "name": "Kim",
    "nickname": "K"
  },
  "meta": {
    "theme": "elegant",
    "version": "v1.0.0"
  }
}
"#
    );
}

#[test]
fn storyfolio_keys_it_cannot_use_are_kept_and_not_folded() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("me.json");
    std::fs::write(
        &profile,
        r#"{"basics": {"name": "Kim"},
            "competitions": [{"name": "A", "rank": 3, "teams": 10, "x_note": "n"}, {"name": "B", "rank": 30, "teams": 10}],
            "projects": [{"name": "P", "deliverables": [{"type": "poster", "url": "https://p.example"}, {"type": "paper", "url": "https://q.example"}],
                          "metrics": [{"name": "F1", "value": "0.9", "x_split": "test"}]}]}"#,
    )
    .unwrap();
    let output = run_export(&profile, &[]);
    assert!(output.status.success(), "{output:?}");
    let exported: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        exported,
        json!({
            "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
            "basics": {"name": "Kim"},
            // The competition storyfolio could not read (rank beyond the teams) stays as written.
            "competitions": [{"name": "B", "rank": 30, "teams": 10}],
            "projects": [{
                "name": "P",
                "deliverables": [{"type": "poster", "url": "https://p.example"}],
                // A metric with a key of the user's own stays whole beside its highlight.
                "metrics": [{"name": "F1", "value": "0.9", "x_split": "test"}],
                "url": "https://q.example",
                "highlights": ["F1: 0.9"]
            }],
            "awards": [{"title": "A — 3rd of 10 teams", "x_note": "n"}]
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
    assert_eq!(written, export(&repo("profiles/example.json")).document);
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
