//! Paths: nothing in a profile or target chooses where a file is written, symlinks in the
//! output folder are replaced rather than followed, and templates are read only from the
//! templates folder.

use crate::common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

/// Files of `dir` (recursively, symlinks listed but not followed), sorted.
fn listing(dir: &Path) -> Vec<String> {
    common::snapshot(dir).into_keys().collect()
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[test]
fn symlinked_outputs_are_replaced_not_followed() {
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    let profile = common::write_json(
        dir,
        "profile.json",
        &common::bundled("profiles/example.json"),
    );
    let outside = dir.join("outside");
    fs::create_dir(&outside).expect("mkdir");
    let out = dir.join("out");
    fs::create_dir(&out).expect("mkdir");
    for name in ["resume.txt", "resume.pdf", "resume.typ"] {
        fs::write(outside.join(name), b"precious").expect("writes");
        symlink(outside.join(name), out.join(name)).expect("symlinks");
    }
    // storyfolio's own scratch folder, planted as a link to the outside folder.
    symlink(&outside, out.join(".build")).expect("symlinks");

    common::storyfolio()
        .arg("render")
        .arg(&profile)
        .args([
            "--format", "txt", "--format", "typ", "--format", "pdf", "--out",
        ])
        .arg(&out)
        .assert()
        .success();

    for name in ["resume.txt", "resume.pdf", "resume.typ"] {
        assert_eq!(
            fs::read(outside.join(name)).expect("reads"),
            b"precious",
            "{name} was followed"
        );
        assert!(!is_symlink(&out.join(name)), "{name} is still a link");
        assert!(
            fs::metadata(out.join(name)).expect("exists").len() > 100,
            "{name} was not written"
        );
    }
    assert!(
        !is_symlink(&out.join(".build")),
        "the scratch folder is still a link"
    );
    assert_eq!(
        listing(&outside),
        ["resume.pdf", "resume.txt", "resume.typ"],
        "nothing new appeared outside"
    );
}

/// A work folder with the example profile and an empty templates folder.
fn with_templates() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let work = tempfile::tempdir().expect("temp dir");
    let profile = common::bundled("profiles/example.json");
    let profile = common::write_json(work.path(), "profile.json", &profile);
    let templates = work.path().join("templates");
    fs::create_dir(&templates).expect("mkdir");
    (work, profile, templates)
}

/// `storyfolio render PROFILE --templates TEMPLATES --format txt --out DIR/out`.
fn render_txt(dir: &Path, profile: &Path, templates: &Path) -> assert_cmd::assert::Assert {
    common::storyfolio()
        .arg("render")
        .arg(profile)
        .arg("--templates")
        .arg(templates)
        .args(["--format", "txt", "--out"])
        .arg(dir.join("out"))
        .assert()
}

#[test]
fn a_template_linking_outside_its_folder_is_refused() {
    let (work, profile, templates) = with_templates();
    let dir = work.path();
    fs::write(dir.join("secret.hbs"), "{{person.name}} read from outside").expect("writes");
    symlink(dir.join("secret.hbs"), templates.join("resume.txt.hbs")).expect("symlinks");
    let shown = fs::canonicalize(&templates)
        .expect("canonical")
        .join("resume.txt.hbs");
    render_txt(dir, &profile, &templates)
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: template `{}` is a link to a file outside the templates folder; copy the file in instead\n",
            shown.display()
        ));
    assert!(!dir.join("out").exists(), "nothing was written");
}

#[test]
fn a_template_linking_inside_its_folder_is_used() {
    let (work, profile, templates) = with_templates();
    let dir = work.path();
    fs::write(templates.join("plain.hbs"), "NAME: {{person.name}}\n").expect("writes");
    symlink("plain.hbs", templates.join("resume.txt.hbs")).expect("symlinks");
    render_txt(dir, &profile, &templates).success();
    let text = fs::read_to_string(dir.join("out/resume.txt")).expect("reads");
    assert!(text.starts_with("NAME: "), "{text}");
}

#[test]
fn path_like_text_in_inputs_never_becomes_a_path() {
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    let evil = "../../../../tmp/storyfolio-escape";
    let mut profile = common::bundled("profiles/example.json");
    profile["basics"]["name"] = serde_json::json!(evil);
    profile["basics"]["image"] = serde_json::json!("/etc/passwd");
    profile["basics"]["label"] = serde_json::json!("/etc/passwd");
    profile["projects"][0]["name"] = serde_json::json!("../../etc/passwd");
    profile["projects"][0]["url"] = serde_json::json!("file:///etc/passwd");
    let mut target = common::bundled("profiles/targets/shopmind.json");
    target["company"] = serde_json::json!(evil);
    target["title"] = serde_json::json!("..\\..\\windows\\system32");
    let profile = common::write_json(dir, "profile.json", &profile);
    let target = common::write_json(dir, "target.json", &target);
    let out = dir.join("out");

    common::storyfolio()
        .arg("render")
        .arg(&profile)
        .arg("--target")
        .arg(&target)
        .args(common::ALL_DOCS)
        .args([
            "--format", "txt", "--format", "html", "--format", "md", "--format", "typ",
        ])
        .args(["--format", "pdf", "--explain", "--out"])
        .arg(&out)
        .assert()
        .success();

    let mut expected = vec![
        ".build/cover-letter.typ".to_string(),
        // The stub typst starts on and its link to typst's standard input.
        ".build/early.typ".to_string(),
        ".build/pitch.typ".to_string(),
        ".build/prep.typ".to_string(),
        ".build/resume.fit".to_string(),
        ".build/resume.typ".to_string(),
        ".build/stdin.typ".to_string(),
    ];
    for doc in ["resume", "cover-letter", "pitch", "prep"] {
        for ext in ["txt", "html", "md", "typ", "pdf", "explain.md"] {
            expected.push(format!("{doc}.{ext}"));
        }
    }
    expected.sort();
    assert_eq!(listing(&out), expected);
    assert_eq!(
        fs::read_dir(dir).expect("lists").count(),
        3,
        "only profile.json, target.json and out/ in the work folder"
    );
    assert!(!Path::new("/tmp/storyfolio-escape").exists());
}
