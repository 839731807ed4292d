//! PDF output through the typst CLI: what is in the PDF (names, sections, Hangul), the page
//! budget, and every way typst can be missing or fail. These tests need typst 0.15.1 and a
//! Hangul font (the README's set-up installs both); in CI they fail, never skip, without them.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::pdf::{pdf_pages, pdf_text};
use crate::common::storyfolio;

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn english_resume_and_cover_letter_contain_the_facts() {
    let dir = tempfile::tempdir().unwrap();
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.json",
            "--target",
            "profiles/targets/visionguard.json",
            "--out",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let resume = squeeze(&pdf_text(&dir.path().join("resume.pdf")));
    common::assert_contains_all(
        &resume,
        &[
            "Jiwoo Kim",
            "Experience",
            "Projects",
            "Publications",
            "Competitions",
            "Education",
            "Skills",
            "Korea University",
            "Skeleton-based fall detection for CCTV",
        ],
        "resume",
    );
    assert_eq!(
        pdf_pages(&dir.path().join("resume.pdf")),
        1,
        "a typical resume fits one page"
    );
    let letter = squeeze(&pdf_text(&dir.path().join("cover-letter.pdf")));
    common::assert_contains_all(
        &letter,
        &[
            "Dear VisionGuard hiring team,",
            "join VisionGuard as a Computer Vision Engineer",
            "Sincerely,",
            "Jiwoo Kim",
        ],
        "letter",
    );
    assert_eq!(pdf_pages(&dir.path().join("cover-letter.pdf")), 1);
    // Only the requested files; the generated Typst is kept aside for inspection.
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, [".build", "cover-letter.pdf", "resume.pdf"]);
}

#[test]
fn korean_documents_show_hangul_and_korean_sections() {
    let dir = tempfile::tempdir().unwrap();
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.ko.json",
            "--target",
            "profiles/targets/lightedge.ko.json",
        ])
        .args(common::ALL_DOCS)
        .args(["--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let resume = squeeze(&pdf_text(&dir.path().join("resume.pdf")));
    common::assert_contains_all(
        &resume,
        &[
            "김지우",
            "학력",
            "경력",
            "프로젝트",
            "논문",
            "기술",
            "어학",
            "고려대학교",
            // Korean dates from the Korean language file.
            "2022년 3월",
        ],
        "resume",
    );
    let letter = squeeze(&pdf_text(&dir.path().join("cover-letter.pdf")));
    common::assert_contains_all(
        &letter,
        &[
            "자기소개서",
            "지원 동기",
            "입사 후 포부",
            "라이트엣지",
            "공백 제외",
        ],
        "letter",
    );
    assert!(squeeze(&pdf_text(&dir.path().join("prep.pdf"))).contains("면접 준비"));
    assert!(squeeze(&pdf_text(&dir.path().join("pitch.pdf"))).contains("왜 저인가"));
}

#[test]
fn a_long_profile_is_cut_to_the_page_budget_weakest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut profile: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(common::repo("profiles/example.json")).unwrap())
            .unwrap();
    let projects = profile["projects"].as_array_mut().unwrap();
    for i in 0..12 {
        projects.push(serde_json::json!({
            "name": format!("Side project {i}"),
            "description": "A weekend web scraper for second-hand furniture prices, written to learn async Python.",
            "highlights": ["Scraped 40 listing sites nightly", "Stored prices in SQLite"],
            "keywords": ["Python", "asyncio", "SQLite"]
        }));
    }
    let path = dir.path().join("long.json");
    fs::write(&path, profile.to_string()).unwrap();
    let render = |pages: &str, out: &Path| {
        storyfolio()
            .arg("render")
            .arg(&path)
            .args([
                "--target",
                "profiles/targets/visionguard.json",
                "--doc",
                "resume",
                "--pages",
                pages,
                "--out",
            ])
            .arg(out)
            .output()
            .unwrap()
    };
    let one = dir.path().join("one");
    assert!(render("1", &one).status.success());
    assert_eq!(pdf_pages(&one.join("resume.pdf")), 1);
    let text = squeeze(&pdf_text(&one.join("resume.pdf")));
    assert!(
        text.contains("Skeleton-based fall detection for CCTV"),
        "the strongest project stays"
    );
    assert!(
        !text.contains("Side project 11"),
        "off-track side projects go first"
    );
    let two = dir.path().join("two");
    assert!(render("2", &two).status.success());
    assert!(pdf_pages(&two.join("resume.pdf")) <= 2);
    assert!(squeeze(&pdf_text(&two.join("resume.pdf"))).contains("Side project 0"));
}

#[test]
fn missing_typst_names_the_install_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.json",
            "--typst",
            "/nonexistent/typst",
            "--out",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        common::stderr(&out),
        "error: typst was not found (`/nonexistent/typst` does not exist); install it with `cargo install --locked typst-cli --version 0.15.1`, or point to it with `--typst PATH` or STORYFOLIO_TYPST\n"
    );
    let out = storyfolio()
        .args(["render", "profiles/example.json", "--out"])
        .arg(dir.path())
        .env("PATH", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out)
            .starts_with("error: typst was not found (no `typst` on PATH); install it with"),
        "{}",
        common::stderr(&out)
    );
    let out = storyfolio()
        .args(["render", "profiles/example.json", "--out"])
        .arg(dir.path())
        .env("STORYFOLIO_TYPST", "/nope/typst")
        .output()
        .unwrap();
    assert!(
        common::stderr(&out).starts_with(
            "error: typst was not found (STORYFOLIO_TYPST=`/nope/typst` does not exist)"
        ),
        "{}",
        common::stderr(&out)
    );
}

/// A stand-in for typst: answers `--version` and `fonts` as told, passes the rest to the real one.
fn fake_typst(dir: &Path, version: &str, fonts: Option<&str>) -> PathBuf {
    let real = which_typst();
    let path = dir.join("typst");
    let fonts_branch = match fonts {
        Some(list) => format!("if [ \"$1\" = fonts ]; then printf '%s\\n' {list}; exit 0; fi\n"),
        None => String::new(),
    };
    fs::write(&path, format!("#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'typst {version} (fake)'; exit 0; fi\n{fonts_branch}exec '{}' \"$@\"\n", real.display())).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    }
    path
}

fn which_typst() -> PathBuf {
    let path = std::env::var_os("PATH").expect("PATH is set");
    std::env::split_paths(&path)
        .map(|d| d.join("typst"))
        .find(|p| p.is_file())
        .expect("typst is installed (see README)")
}

#[test]
fn another_typst_version_is_named_and_the_render_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let typst = fake_typst(dir.path(), "0.14.0", None);
    let out = storyfolio()
        .args(["render", "profiles/example.json", "--pages", "3", "--typst"])
        .arg(&typst)
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(
        common::stderr(&out),
        format!("warning: `{}` is typst 0.14.0; storyfolio is tested with 0.15.1 (`cargo install --locked typst-cli --version 0.15.1`); continuing\n", typst.display())
    );
}

#[test]
fn hangul_without_a_korean_font_is_warned_about_before_compiling() {
    let dir = tempfile::tempdir().unwrap();
    let typst = fake_typst(
        dir.path(),
        "0.15.1",
        Some("'Libertinus Serif' 'DejaVu Sans Mono'"),
    );
    let out_dir = dir.path().join("out");
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.ko.json",
            "--pages",
            "3",
            "--typst",
        ])
        .arg(&typst)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_eq!(
        common::stderr(&out),
        "warning: Hangul such as `김` (at `basics.name`) would print as boxes: typst finds no font for them; install one (Debian: `apt-get install fonts-noto-cjk` or `fonts-nanum`) or pass `--font-path DIR` with such a font\n"
    );
    // Written all the same: the user was told before compiling.
    assert!(out_dir.join("resume.pdf").is_file());
    // English documents do not need one.
    let out = storyfolio()
        .args(["render", "profiles/example.json", "--pages", "3", "--typst"])
        .arg(&typst)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(common::stderr(&out), "");
}

/// A templates folder in `dir` holding only `file` with `text`.
fn one_template(dir: &Path, file: &str, text: &str) -> PathBuf {
    let templates = dir.join("templates");
    fs::create_dir(&templates).unwrap();
    fs::write(templates.join(file), text).unwrap();
    templates
}

/// The first line storyfolio says when typst fails on the source kept at `typ`.
fn compile_failure(typ: &Path) -> String {
    format!(
        "error: typst failed to compile `{}` (the generated source is kept there for inspection):\n",
        typ.display()
    )
}

#[test]
fn a_failed_compile_shows_diagnostics_keeps_the_source_and_the_old_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    storyfolio()
        .args(["render", "profiles/example.json", "--out"])
        .arg(&out_dir)
        .assert()
        .success();
    let good = fs::read(out_dir.join("resume.pdf")).unwrap();
    let templates = one_template(
        dir.path(),
        "resume.typ.hbs",
        "#let x = (\n{{person.name}}\n",
    );
    let out = storyfolio()
        .args(["render", "profiles/example.json", "--templates"])
        .arg(&templates)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = common::stderr(&out);
    let typ = out_dir.join(".build/resume.typ");
    assert!(err.starts_with(&compile_failure(&typ)), "{err}");
    assert!(
        err.contains("error:"),
        "typst's own diagnostics are shown: {err}"
    );
    assert!(typ.is_file());
    assert_eq!(
        fs::read(out_dir.join("resume.pdf")).unwrap(),
        good,
        "the good PDF is untouched"
    );
    let leftovers: Vec<_> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn typst_starts_before_the_source_exists_and_reports_errors_against_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    let templates = one_template(
        dir.path(),
        "cover-letter.typ.hbs",
        "= {{person.name}}\n#undefined-call(1)\n",
    );
    let out = storyfolio()
        .args(["render", "profiles/example.json", "--target"])
        .arg("profiles/targets/visionguard.json")
        .args(["--doc", "cover-letter", "--templates"])
        .arg(&templates)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = common::stderr(&out);
    let typ = out_dir.join(".build/cover-letter.typ");
    assert!(
        err.starts_with(&format!(
            "{}error: unknown variable: undefined-call\n",
            compile_failure(&typ)
        )),
        "{err}"
    );
    assert!(err.contains(".build/cover-letter.typ:2:"), "{err}");
    assert!(
        !err.contains("stdin.typ") && !err.contains("early.typ"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(&typ).unwrap(),
        "= Jiwoo Kim\n#undefined-call(1)\n"
    );
    // The same stub compiles the real letter: the PDF holds the letter's text.
    storyfolio()
        .args(["render", "profiles/example.json", "--target"])
        .arg("profiles/targets/visionguard.json")
        .args(["--doc", "cover-letter", "--out"])
        .arg(&out_dir)
        .assert()
        .success();
    assert_eq!(
        fs::read_link(out_dir.join(".build/stdin.typ")).unwrap(),
        Path::new("/dev/stdin")
    );
    let text = squeeze(&pdf_text(&out_dir.join("cover-letter.pdf")));
    assert!(text.contains("Dear VisionGuard"), "{text}");
    let leftovers: Vec<_> = fs::read_dir(out_dir.join(".build"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn documents_cannot_read_files_outside_the_output_folder() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    fs::create_dir(&templates).unwrap();
    for (source, expected) in [
        (
            "#read(\"../../../../../../etc/hostname\")",
            "would escape the project root",
        ),
        ("#read(\"/etc/hostname\")", "file not found (searched at"),
    ] {
        fs::write(templates.join("resume.typ.hbs"), format!("{source}\n")).unwrap();
        let out = storyfolio()
            .args(["render", "profiles/example.json", "--templates"])
            .arg(&templates)
            .arg("--out")
            .arg(dir.path().join("out"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(
            common::stderr(&out).contains(expected),
            "{}",
            common::stderr(&out)
        );
    }
}
