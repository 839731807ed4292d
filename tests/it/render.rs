//! `render` to typ, html, md and txt: file names, templates overridden file by file, strict
//! mode, escaping of hostile text, links, determinism, and no placeholders.

use crate::common;

use std::fs;
use std::path::Path;

use crate::common::storyfolio;

fn render(args: &[&str], out: &Path) -> std::process::Output {
    storyfolio()
        .arg("render")
        .args(args)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn writes_each_document_in_each_format_and_prints_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = render(
        &[
            &[
                "profiles/example.json",
                "--target",
                "profiles/targets/visionguard.json",
            ][..],
            &common::ALL_DOCS,
            &[
                "--format", "typ", "--format", "html", "--format", "md", "--format", "txt",
            ],
        ]
        .concat(),
        dir.path(),
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let mut printed: Vec<String> = common::stdout(&out).lines().map(str::to_string).collect();
    printed.sort();
    let mut expected = Vec::new();
    for doc in ["resume", "cover-letter", "pitch", "prep"] {
        for ext in ["typ", "html", "md", "txt"] {
            let path = dir.path().join(format!("{doc}.{ext}"));
            assert!(path.is_file(), "{}", path.display());
            expected.push(format!("wrote {}", path.display()));
        }
    }
    expected.sort();
    assert_eq!(printed, expected);
}

#[test]
fn without_a_target_only_the_resume_is_rendered() {
    let dir = tempfile::tempdir().unwrap();
    let out = render(&["profiles/example.json", "--format", "txt"], dir.path());
    assert!(out.status.success());
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["resume.txt"]);
}

#[test]
fn korean_documents_use_korean_section_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = render(
        &[
            "profiles/example.ko.json",
            "--format",
            "txt",
            "--format",
            "html",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let text = fs::read_to_string(dir.path().join("resume.txt")).unwrap();
    for section in ["학력", "경력", "프로젝트", "논문", "대회", "기술"] {
        assert!(
            text.lines().any(|l| l == section),
            "missing section {section}:\n{text}"
        );
    }
    let html = fs::read_to_string(dir.path().join("resume.html")).unwrap();
    assert!(html.contains("<html lang=\"ko\">"));
}

#[test]
fn language_comes_from_the_flag_then_the_target_then_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    render(
        &[
            "profiles/example.json",
            "--target",
            "profiles/targets/lightedge.ko.json",
            "--format",
            "txt",
        ],
        dir.path(),
    );
    assert!(fs::read_to_string(dir.path().join("resume.txt"))
        .unwrap()
        .contains("\n학력\n"));
    render(
        &[
            "profiles/example.json",
            "--target",
            "profiles/targets/lightedge.ko.json",
            "--lang",
            "en",
            "--format",
            "txt",
        ],
        dir.path(),
    );
    assert!(fs::read_to_string(dir.path().join("resume.txt"))
        .unwrap()
        .contains("\nEducation\n"));
}

/// Most Korean users never set `lang`: a plain Korean JSON Resume with a Korean posting
/// that has no `language` is written in Korean, and the run says why in one line.
#[test]
fn with_no_language_field_the_text_decides_and_the_run_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let profile = "tests/fixtures/realworld/ko-plain.json";
    let korean_posting = "tests/fixtures/realworld/targets/ko-vision-safety.json";
    for file in [profile, korean_posting] {
        let document: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(file).unwrap()).unwrap();
        assert!(
            document.get("lang").is_none() && document.get("language").is_none(),
            "{file}"
        );
    }
    let out = render(
        &[profile, "--target", korean_posting, "--format", "txt"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let said: Vec<_> = common::stderr(&out)
        .lines()
        .filter(|l| l.starts_with("document language"))
        .map(str::to_owned)
        .collect();
    assert_eq!(
        said,
        [
            "document language: ko, picked from the text of the posting (297 Hangul letters \
          against 66 Latin); set --lang, the target's `language` or the profile's `lang` to \
          choose"
        ]
    );
    let resume = fs::read_to_string(dir.path().join("resume.txt")).unwrap();
    for heading in ["\n요약\n", "\n학력\n", "\n경력\n", "\n프로젝트\n"] {
        assert!(resume.contains(heading), "{heading:?} missing:\n{resume}");
    }
    assert!(!resume.contains("Experience") && !resume.contains(" in 컴퓨터공학"));
    let letter = fs::read_to_string(dir.path().join("cover-letter.txt")).unwrap();
    assert!(letter.contains("채용 담당자님께"), "{letter}");
    assert!(
        !letter.contains("Dear") && !letter.contains("hiring team"),
        "{letter}"
    );

    // An English posting for the same Korean profile is answered in English, and the run
    // says the profile's facts are Korean.
    let out = render(
        &[
            profile,
            "--target",
            "tests/fixtures/realworld/targets/en-cv-inspection.json",
            "--format",
            "txt",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let stderr = common::stderr(&out);
    assert!(
        stderr.lines().any(|l| l
            .starts_with("document language: en, picked from the text of the posting (")
            && l.ends_with(
                ", though the profile reads as ko: write its facts in en too, or set --lang ko"
            )),
        "{stderr}"
    );
    // The Korean facts an English letter cannot tell are named, with where their
    // translations go; a render in the profile's own language says nothing of the kind.
    assert!(
        stderr.lines().any(|l| l
            == "left out: 11 lines the story would tell, not written in en (awards[0].summary, \
                projects[0].description, projects[0].highlights[0], projects[0].highlights[1], \
                projects[0].name and 6 more); translate them under each item's `i18n.en` \
                (`storyfolio coach` lists them with their text)"),
        "{stderr}"
    );
    let resume = fs::read_to_string(dir.path().join("resume.txt")).unwrap();
    assert!(resume.contains("\nEducation\n"), "{resume}");
    let out = render(
        &[profile, "--target", korean_posting, "--format", "txt"],
        dir.path(),
    );
    assert!(!common::stderr(&out).contains("left out:"));
}

#[test]
fn a_templates_folder_overrides_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    fs::create_dir(&templates).unwrap();
    fs::write(templates.join("resume.txt.hbs"), "CUSTOM {{person.name}}\n").unwrap();
    let out_dir = dir.path().join("out");
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.json",
            "--format",
            "txt",
            "--format",
            "md",
            "--templates",
        ])
        .arg(&templates)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(
        fs::read_to_string(out_dir.join("resume.txt")).unwrap(),
        "CUSTOM Jiwoo Kim\n"
    );
    assert!(
        fs::read_to_string(out_dir.join("resume.md"))
            .unwrap()
            .starts_with("# Jiwoo Kim"),
        "md falls back to the built-in"
    );
}

#[test]
fn a_template_naming_a_missing_field_fails_with_template_and_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("resume.md.hbs"),
        "# {{person.name}}\n\n{{person.nmae}}\n",
    )
    .unwrap();
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.json",
            "--format",
            "md",
            "--templates",
        ])
        .arg(dir.path())
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = common::stderr(&out);
    assert!(
        err.starts_with("error: template `resume.md.hbs` failed: "),
        "{err}"
    );
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("person.nmae"), "{err}");
}

#[test]
fn templates_export_writes_every_built_in_template_and_keeps_edits() {
    let dir = tempfile::tempdir().unwrap();
    let out = storyfolio()
        .args(["templates", "export"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(dir.path().join("resume.typ.hbs").is_file());
    assert!(dir.path().join("cover-letter.md.hbs").is_file());
    // Beats are phrased in the view; no phrasing partial is exported.
    assert!(!dir.path().join("beat-ko.hbs").exists());
    fs::write(dir.path().join("resume.typ.hbs"), "edited").unwrap();
    let out = storyfolio()
        .args(["templates", "export"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(common::stderr(&out).contains("pass --force to overwrite them"));
    assert_eq!(
        fs::read_to_string(dir.path().join("resume.typ.hbs")).unwrap(),
        "edited"
    );
    // The exported set renders exactly like the built-in one.
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    storyfolio()
        .args(["templates", "export", "--force"])
        .arg(dir.path())
        .assert()
        .success();
    render(&["profiles/example.json", "--format", "typ"], a.path());
    storyfolio()
        .args([
            "render",
            "profiles/example.json",
            "--format",
            "typ",
            "--templates",
        ])
        .arg(dir.path())
        .arg("--out")
        .arg(b.path())
        .assert()
        .success();
    assert_eq!(
        fs::read(a.path().join("resume.typ")).unwrap(),
        fs::read(b.path().join("resume.typ")).unwrap()
    );
}

#[test]
fn schema_prints_the_json_schemas() {
    for (kind, title) in [
        ("profile", "storyfolio profile"),
        ("target", "storyfolio target"),
    ] {
        let out = storyfolio().args(["schema", kind]).output().unwrap();
        assert!(out.status.success());
        let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(schema["title"], title);
    }
}

fn hostile_profile(dir: &Path) -> std::path::PathBuf {
    let profile = serde_json::json!({
        "basics": {
            "name": "Eve #read(\"/etc/passwd\") <script>alert(1)</script>",
            "label": "= Heading // comment /* block",
            "summary": "$x^2$ *bold* _it_ `raw` [link](javascript:alert(1)) <b onmouseover=alert(1)>hi</b> @ref #{1+1}\n\n= injected heading\n- injected item",
            "url": "javascript:alert(1)",
            "profiles": [{"network": "GitHub", "url": "https://github.com/eve\" onclick=\"x"}]
        },
        "projects": [{"name": "1. Not a list", "description": "]) #eval(\"1\") [(", "highlights": ["+ plus", "<img src=x onerror=alert(1)>"]}]
    });
    let path = dir.join("hostile.json");
    fs::write(&path, profile.to_string()).unwrap();
    path
}

#[test]
fn hostile_text_is_shown_literally_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let profile = hostile_profile(dir.path());
    let out_dir = dir.path().join("out");
    let out = storyfolio()
        .arg("render")
        .arg(&profile)
        .args([
            "--format", "typ", "--format", "html", "--format", "md", "--format", "txt", "--out",
        ])
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let typ = fs::read_to_string(out_dir.join("resume.typ")).unwrap();
    assert!(
        typ.contains("Eve \\#read(\\\"\\/etc\\/passwd\\\")"),
        "{typ}"
    );
    // Only the document title holds the raw text, inside an escaped Typst string literal.
    let body: String = typ
        .lines()
        .filter(|l| !l.starts_with("#set document("))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!body.replace("\\#", "").contains("#read("), "{typ}");
    assert!(!body.replace("\\#", "").contains("#eval("), "{typ}");
    assert!(!typ.contains("\n= injected"), "{typ}");
    let html = fs::read_to_string(out_dir.join("resume.html")).unwrap();
    assert!(
        !html.contains("<script>") && !html.contains("<img") && !html.contains("<b onmouseover"),
        "{html}"
    );
    // Pasted HTML and Markdown are formatting (issue 11): scripts are dropped with their
    // content, `javascript:` links keep only their text, handlers never pass.
    assert!(!html.contains("alert(1)"), "{html}");
    assert!(
        html.contains("<em>bold</em> <em>it</em> <code>raw</code> link <strong>hi</strong>"),
        "{html}"
    );
    assert!(!html.contains("href=\"javascript:"), "{html}");
    assert!(!html.contains("onclick=\"x"), "{html}");
    let md = fs::read_to_string(out_dir.join("resume.md")).unwrap();
    assert!(
        !md.contains("javascript:") && !md.contains("<script"),
        "{md}"
    );
    assert!(md.contains("*bold* *it* `raw` link **hi**"), "{md}");
    let txt = fs::read_to_string(out_dir.join("resume.txt")).unwrap();
    assert!(txt.contains("Eve #read(\"/etc/passwd\")"), "{txt}");
    assert!(
        !txt.contains("<script>") && !txt.contains("alert(1)"),
        "{txt}"
    );
}

#[test]
fn the_same_inputs_give_byte_identical_outputs() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let inputs = [
        "profiles/example.ko.json",
        "--target",
        "profiles/targets/lightedge.ko.json",
    ];
    let formats = [
        "--format",
        "typ",
        "--format",
        "html",
        "--format",
        "md",
        "--format",
        "txt",
        "--explain",
    ];
    let args = [&inputs[..], &common::ALL_DOCS, &formats].concat();
    render(&args, a.path());
    render(&args, b.path());
    let mut names: Vec<_> = fs::read_dir(a.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names.len(), 20);
    for name in names {
        assert_eq!(
            fs::read(a.path().join(&name)).unwrap(),
            fs::read(b.path().join(&name)).unwrap(),
            "{name:?}"
        );
    }
}

#[test]
fn no_placeholder_reaches_any_output() {
    let dir = tempfile::tempdir().unwrap();
    let sample = (
        "tests/fixtures/jsonresume/sample.resume.json",
        "tests/fixtures/jsonresume/sample.job.json",
    );
    for (profile, target) in common::EXAMPLE_PAIRS.into_iter().chain([sample]) {
        let out = render(
            &[
                &[profile, "--target", target][..],
                &common::ALL_DOCS,
                &[
                    "--format", "typ", "--format", "html", "--format", "md", "--format", "txt",
                ],
            ]
            .concat(),
            dir.path(),
        );
        assert!(out.status.success(), "{}", common::stderr(&out));
        for entry in fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let text = fs::read_to_string(&path).unwrap();
            for bad in [
                "TODO",
                "[Company]",
                "{{",
                "}}",
                "lorem",
                "Lorem",
                "undefined",
                "null",
            ] {
                assert!(
                    !text.contains(bad),
                    "{bad} in {} ({profile} for {target})",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn rendering_again_leaves_unchanged_files_as_they_are_and_rewrites_changed_ones() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "profiles/example.json",
        "--target",
        "profiles/targets/visionguard.json",
        "--doc",
        "resume",
        "--format",
        "typ",
        "--format",
        "md",
        "--format",
        "pdf",
    ];
    let first = render(&args, dir.path());
    assert!(first.status.success(), "{}", common::stderr(&first));
    let typ = dir.path().join("resume.typ");
    let md = dir.path().join("resume.md");
    let pdf = dir.path().join("resume.pdf");
    // The Markdown edited by hand: the render puts it back; the .typ is left alone.
    let edited = fs::read_to_string(&md).unwrap().replacen('#', "##", 1);
    fs::write(&md, edited).unwrap();
    let past = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    for path in [&typ, &md, &pdf] {
        let file = fs::File::options().write(true).open(path).unwrap();
        file.set_modified(past).unwrap();
    }
    let again = render(&args, dir.path());
    assert!(again.status.success(), "{}", common::stderr(&again));
    let modified = |path: &Path| fs::metadata(path).unwrap().modified().unwrap();
    assert_eq!(modified(&typ), past, "the unchanged .typ was written again");
    // typst makes the same PDF from the same source: it is left as it is too.
    assert_eq!(modified(&pdf), past, "the unchanged PDF was written again");
    assert_ne!(modified(&md), past, "the edited .md was not written again");
    assert!(!fs::read_to_string(&md).unwrap().starts_with("##"));
}
