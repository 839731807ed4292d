//! One profile, several languages: `i18n` translations used by the documents in their own
//! language, the coach's list of texts still to translate, and warnings for translations
//! that cannot be used.

use std::fs;

use crate::common::{self, storyfolio};

const PROFILE: &str = "tests/fixtures/i18n/profile.json";

fn coach(lang: &str, format: &str) -> String {
    let out = storyfolio()
        .args([
            "coach",
            PROFILE,
            "--target",
            "profiles/targets/lightedge.ko.json",
            "--lang",
            lang,
            "--format",
            format,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    common::stdout(&out)
}

#[test]
fn coach_lists_exactly_the_texts_a_document_needs_translated() {
    let md = coach("ko", "md");
    let section = md
        .split_once("## 한국어 번역이 필요한 항목 (없으면 이 문서에서 빠집니다)\n\n")
        .map(|(_, s)| s)
        .unwrap_or_else(|| panic!("no translation section:\n{md}"));
    assert_eq!(
        section,
        "- `projects[1].i18n.ko.metrics[2].name`: \"mAP@0.5 (person)\"\n\
         - `projects[2].i18n.ko.description`: \"Detecting workers without safety gear in construction-site c...\"\n\
         - `projects[2].i18n.ko.highlights[0]`: \"Fine-tuned YOLOv5 on 7,000 images with copy-paste and mosaic...\"\n\
         - `projects[2].i18n.ko.name`: \"Helmet and vest detection for construction sites\"\n"
    );
    let json: serde_json::Value = serde_json::from_str(&coach("ko", "json")).unwrap();
    assert_eq!(
        json["translate"][3],
        serde_json::json!({
            "path": "projects[2].name",
            "at": "projects[2].i18n.ko.name",
            "text": "Helmet and vest detection for construction sites"
        })
    );
    // The English documents have every text they tell in English.
    let en: serde_json::Value = serde_json::from_str(&coach("en", "json")).unwrap();
    assert_eq!(en["translate"], serde_json::json!([]));
    assert!(!coach("en", "md").contains("Needs an English translation"));
}

#[test]
fn each_document_tells_the_profile_in_its_own_language() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "ko"] {
        let out = storyfolio()
            .args([
                "render",
                PROFILE,
                "--target",
                "profiles/targets/lightedge.ko.json",
            ])
            .args([
                "--lang",
                lang,
                "--doc",
                "cover-letter",
                "--format",
                "md",
                "--out",
            ])
            .arg(dir.path().join(lang))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", common::stderr(&out));
    }
    let read = |lang: &str| {
        let dir = dir.path().join(lang);
        let file = fs::read_dir(&dir).unwrap().next().unwrap().unwrap().path();
        fs::read_to_string(file).unwrap()
    };
    let ko = read("ko");
    // The Korean translation of a highlight of the thesis project, in 합니다체.
    assert!(
        ko.contains("RTMPose 키포인트 위에 경량 temporal attention 헤드를 설계했습니다"),
        "{ko}"
    );
    // The untranslated project is told without its English name, and nothing of its
    // English text reaches a Korean sentence.
    assert!(!ko.contains("Helmet and vest"), "{ko}");
    assert!(!ko.contains("safety gear"), "{ko}");
    assert!(!ko.contains("Collected and labelled"), "{ko}");
    let en = read("en");
    assert!(en.contains("Jiwoo Kim"), "{en}");
    // Only the company's own name is in Hangul in the English answers (the questions are
    // the posting's own, in Korean).
    let answers: String = en
        .lines()
        .filter(|l| !l.starts_with("## ") && !l.starts_with('*'))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("라이트엣지", "");
    assert!(
        !answers
            .chars()
            .any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
        "{answers}"
    );
}

#[test]
fn translations_that_cannot_be_used_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.json");
    fs::write(
        &path,
        r#"{
  "basics": {"name": "Jiwoo Kim", "summary": "Vision engineer.", "i18n": {"ko": {"summary": "비전 엔지니어입니다.", "label": "엔지니어"}}},
  "projects": [{"name": "fallnet", "highlights": ["Collected 1,240 clips."],
    "i18n": {"ko": {"highlights": ["클립 1,240개를 수집함", "둘째"]}, "ja": {"name": "転倒検知"}}}]
}"#,
    )
    .unwrap();
    let out = storyfolio().args(["validate"]).arg(&path).output().unwrap();
    let said = common::stderr(&out) + &common::stdout(&out);
    for expected in [
        "`basics.i18n.ko.label`: no original `label` to translate; ignored",
        "`projects[0].i18n.ko.highlights[1]`: no original to translate (the list has 1 item); ignored",
        "`projects[0].i18n.ja`: `ja` is not a language storyfolio writes documents in (en, ko); ignored",
    ] {
        assert!(said.contains(expected), "{expected}\n{said}");
    }
}
