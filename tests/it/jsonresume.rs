//! storyfolio agrees with JSON Resume on every case of its own test suite, and renders its
//! sample resume and job description unchanged.

use crate::common;

use crate::common::{fixture, storyfolio};

#[test]
fn validate_agrees_with_json_resume_on_every_schema_test() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    let mut files: Vec<_> = std::fs::read_dir(fixture("jsonresume/schema-tests"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for file in files {
        let cases: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        for (case, document) in cases {
            // dates.json holds bare date strings: check them as a work entry's start date.
            let document = if name == "dates" {
                serde_json::json!({"work": [{"startDate": document}]})
            } else {
                document
            };
            let valid = if name == "dates" {
                case != "invalid"
            } else {
                !case.contains("Invalid") && case != "invalid"
            };
            let path = dir.path().join(format!("{name}-{case}.json"));
            std::fs::write(&path, document.to_string()).unwrap();
            let out = storyfolio().arg("validate").arg(&path).output().unwrap();
            let text = common::stdout(&out);
            if valid {
                assert_eq!(
                    out.status.code(),
                    Some(0),
                    "{name}.{case} should be valid:\n{text}"
                );
            } else {
                assert_eq!(
                    out.status.code(),
                    Some(1),
                    "{name}.{case} should be invalid:\n{text}"
                );
                // The error names the exact path of the bad value.
                assert!(text.contains(": error: `"), "{name}.{case}: {text}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 180, "only {checked} cases");
}

#[test]
fn a_null_item_in_a_list_is_reported_at_its_index() {
    let out = storyfolio()
        .args([
            "validate",
            "tests/fixtures/jsonresume/schema-tests/work.json",
        ])
        .output()
        .unwrap();
    // The file itself is a map of cases, not a resume: its keys are unknown, never errors.
    assert_eq!(out.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.json");
    std::fs::write(&path, r#"{"work": [{"highlights": ["ok", null]}]}"#).unwrap();
    let out = storyfolio().arg("validate").arg(&path).output().unwrap();
    assert!(
        common::stdout(&out)
            .contains("error: `work[0].highlights[1]`: expected a string, found null"),
        "{}",
        common::stdout(&out)
    );
}

#[test]
fn the_official_sample_resume_and_job_render_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let out = storyfolio()
        .args([
            "render",
            "tests/fixtures/jsonresume/sample.resume.json",
            "--target",
            "tests/fixtures/jsonresume/sample.job.json",
        ])
        .args([
            "--format", "txt", "--format", "html", "--format", "md", "--format", "typ", "--out",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(
        common::stderr(&out),
        "",
        "no warnings for the official samples"
    );
    let resume = std::fs::read_to_string(dir.path().join("resume.txt")).unwrap();
    assert!(
        resume.starts_with("Richard Hendriks\nProgrammer\n"),
        "{resume}"
    );
    assert!(resume.contains("Pied Piper"));
    let letter = std::fs::read_to_string(dir.path().join("cover-letter.txt")).unwrap();
    assert!(letter.contains("Dear Microsoft hiring team,"), "{letter}");
    assert!(
        letter.contains("I am applying for the Web Developer role at Microsoft."),
        "{letter}"
    );
}
