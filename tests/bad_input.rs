//! The catalogue of bad inputs the pipeline issue names, each with the exact message expected.

mod common;

use common::{fixture, storyfolio};

fn validate(file: &str) -> (i32, String, String) {
    let path = format!("tests/fixtures/bad/{file}");
    let out = storyfolio().args(["validate", &path]).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        common::stdout(&out),
        common::stderr(&out),
    )
}

#[test]
fn malformed_json_names_file_line_column_and_expectation() {
    let (code, out, _) = validate("malformed.json");
    assert_eq!(code, 1);
    assert_eq!(out, "error: failed to parse `tests/fixtures/bad/malformed.json` at line 4, column 5: expected `,` or `}`\n");
}

#[test]
fn wrong_type_names_the_json_path_and_expected_type() {
    let (code, out, _) = validate("wrong-type.json");
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "tests/fixtures/bad/wrong-type.json: error: `projects[2].highlights`: expected an array, found an object\n\
         tests/fixtures/bad/wrong-type.json: invalid profile (1 error)\n"
    );
}

#[test]
fn missing_required_field_names_its_path() {
    // `deliverables` is storyfolio's own key, so JSON Resume's validator accepts the file:
    // the incomplete item is set aside, never a reason to refuse the document.
    let (code, out, _) = validate("missing-field.json");
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "tests/fixtures/bad/missing-field.json: warning: `projects[0].deliverables[0]`: missing required field `type`; this item is not used and is kept as your own\n\
         tests/fixtures/bad/missing-field.json: valid profile (1 warning)\n"
    );
}

#[test]
fn explicit_null_is_rejected_like_json_resume_does() {
    let (code, out, _) = validate("null-basics.json");
    assert_eq!(code, 1);
    assert!(out.starts_with("tests/fixtures/bad/null-basics.json: error: `basics`: expected an object, found null\n"), "{out}");
}

#[test]
fn unknown_key_in_our_additions_warns_with_the_closest_key() {
    let (code, out, _) = validate("unknown-key.json");
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "tests/fixtures/bad/unknown-key.json: warning: `projects[0].deliverable`: unknown key `deliverable`, ignored; did you mean `deliverables`?\n\
         tests/fixtures/bad/unknown-key.json: valid profile (1 warning)\n"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let (code, out, _) = validate("bom.json");
    assert_eq!(code, 0);
    assert_eq!(out, "tests/fixtures/bad/bom.json: valid profile\n");
}

#[test]
fn files_that_are_not_json_objects_get_one_line() {
    let cases = [
        ("latin1.json", "error: failed to read `tests/fixtures/bad/latin1.json`: not UTF-8 text (invalid byte at offset 24); save the file as UTF-8\n"),
        ("empty.json", "error: failed to read `tests/fixtures/bad/empty.json`: the file is empty; expected a JSON object\n"),
        ("array.json", "error: failed to parse `tests/fixtures/bad/array.json`: expected a JSON object at the top level, found an array\n"),
        ("nope.json", "error: failed to read `tests/fixtures/bad/nope.json`: no such file\n"),
    ];
    for (file, expected) in cases {
        let (code, out, err) = validate(file);
        assert_eq!(code, 1, "{file}");
        assert_eq!(format!("{out}{err}"), expected, "{file}");
    }
    let out = storyfolio()
        .args(["validate", "tests/fixtures/bad"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        common::stdout(&out),
        "error: failed to read `tests/fixtures/bad`: it is a directory, not a JSON file\n"
    );
}

#[test]
fn dates_links_and_repos_are_checked() {
    let (code, out, _) = validate("bad-values.json");
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "tests/fixtures/bad/bad-values.json: error: `work[0].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2013-12-021\"\n\
         tests/fixtures/bad/bad-values.json: warning: `work[0].startDate`: read \"2013-12-021\" as 2013, the only part that is clear; write dates as YYYY-MM-DD, YYYY-MM or YYYY\n\
         tests/fixtures/bad/bad-values.json: warning: `projects[0].repo`: expected a GitHub repository as `owner/name`, found \"not a repo\"; this key is not used and is kept as your own\n\
         tests/fixtures/bad/bad-values.json: warning: `basics.url`: not an http, https or mailto URL; it is shown as text, not as a link\n\
         tests/fixtures/bad/bad-values.json: invalid JSON Resume (1 error); storyfolio reads it as the warnings say\n"
    );
}

#[test]
fn render_refuses_an_invalid_profile_with_every_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = storyfolio()
        .args([
            "render",
            "tests/fixtures/bad/wrong-type.json",
            "--format",
            "txt",
            "--out",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        common::stderr(&out),
        "error: `tests/fixtures/bad/wrong-type.json` is not a valid profile:\n  error: `projects[2].highlights`: expected an array, found an object\n"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn usage_errors_exit_with_two() {
    let out = storyfolio().args(["render"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = storyfolio()
        .args(["render", "profiles/example.json", "--format", "docz"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr(&out).contains("invalid value 'docz' for '--format <FORMAT>'"));
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.json",
            "--doc",
            "cover-letter",
            "--format",
            "txt",
            "--out",
            "/tmp/unused-storyfolio",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        common::stderr(&out),
        "error: `--doc cover-letter` needs a target: add `--target FILE`\n"
    );
}

#[test]
fn a_bad_target_is_reported_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("t.json");
    std::fs::write(
        &target,
        r#"{"company": "X", "questions": [{"question": "Why?", "maxChars": "about 700"}]}"#,
    )
    .unwrap();
    let out = storyfolio()
        .args(["validate", "profiles/example.json", "--target"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = common::stdout(&out);
    assert!(
        text.contains("error: `questions[0].maxChars`: expected a whole number, found a string"),
        "{text}"
    );
    let _ = fixture("bad");
}
