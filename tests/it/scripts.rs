//! Issue 11, items 3-6: every script prints (or a warning says which does not), inline
//! Markdown and pasted HTML become formatting and never run, one page-fit decision shows
//! the same resume in every format, and a repository linked anywhere shows its statistics.
//! These tests need typst 0.15.1, Noto CJK and Noto Color Emoji (scripts/setup.sh).

use std::fs;
use std::path::Path;

use crate::common;
use crate::common::pdf::{pdf_pages, pdf_raw_text, pdf_text};
use crate::common::storyfolio;

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renders `profile` with `args` into `out`; returns (exit code, stderr).
fn render(profile: &Path, out: &Path, args: &[&str], envs: &[(&str, &str)]) -> (i32, String) {
    let output = storyfolio()
        .arg("render")
        .arg(profile)
        .args(args)
        .arg("--out")
        .arg(out)
        .envs(envs.iter().copied())
        .output()
        .unwrap();
    (output.status.code().unwrap_or(-1), common::stderr(&output))
}

/// The lines of `stderr` that are warnings or notes about scripts and pages (other
/// helpers' lines, e.g. about the language picked, are not this test's business).
fn lines_about<'a>(stderr: &'a str, starts: &[&str]) -> Vec<&'a str> {
    stderr
        .lines()
        .filter(|l| starts.iter().any(|s| l.starts_with(s)))
        .collect()
}

/// Renders `profile` with typst seeing only its embedded fonts (as on a machine without
/// the script's font): exit 0, exactly `warning` among the warnings, and the PDF written.
fn assert_warned_without_system_fonts(profile: &Path, out: &Path, warning: &str) {
    let (code, stderr) = render(profile, out, &[], &[("TYPST_IGNORE_SYSTEM_FONTS", "true")]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(lines_about(&stderr, &["warning:"]), [warning]);
    assert!(out.join("resume.pdf").is_file());
}

#[test]
fn chinese_and_japanese_resumes_print_their_own_glyphs() {
    let dir = tempfile::tempdir().unwrap();
    for (fixture, needles) in [
        (
            "scripts/zh.json",
            &["张伟", "阿里巴巴集团", "字节跳动", "浙江大学", "点击率提升"][..],
        ),
        (
            "scripts/ja.json",
            &[
                "山田 太郎",
                "株式会社ミライ製作所",
                "東京工業大学",
                "見逃し率",
            ][..],
        ),
    ] {
        let out = dir.path().join(fixture.replace(['/', '.'], "-"));
        let (code, stderr) = render(
            &common::fixture(fixture),
            &out,
            &["--format", "pdf", "--format", "typ"],
            &[],
        );
        assert_eq!(code, 0, "{stderr}");
        assert!(
            lines_about(&stderr, &["warning:"]).is_empty(),
            "fonts are installed: {stderr}"
        );
        let text = squeeze(&pdf_text(&out.join("resume.pdf")));
        common::assert_contains_all(&text, needles, fixture);
        let typ = fs::read_to_string(out.join("resume.typ")).unwrap();
        let (family, region) = if fixture.contains("zh") {
            ("Noto Serif CJK SC", "region: \"CN\"")
        } else {
            ("Noto Serif CJK JP", "region: \"JP\"")
        };
        assert!(typ.contains(&format!("\"{family}\"")), "{typ}");
        assert!(typ.contains(region), "CJK glyph variant set: {typ}");
    }
}

#[test]
fn a_chinese_profile_without_a_cjk_font_warns_and_still_writes_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    assert_warned_without_system_fonts(
        &common::fixture("scripts/zh.json"),
        &out,
        "warning: Chinese characters (Han) such as `张` (at `basics.name`) would print as boxes: typst finds no font for them; install one (Debian: `apt-get install fonts-noto-cjk`) or pass `--font-path DIR` with such a font",
    );
    // The Latin text is there; the Chinese is not readable without a font.
    let text = pdf_text(&out.join("resume.pdf"));
    assert!(text.contains("zhangwei@example.com"), "{text}");
}

#[test]
fn an_emoji_in_a_name_prints_or_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let profile = common::fixture("scripts/markup.json");
    let out = dir.path().join("with-font");
    let (code, stderr) = render(&profile, &out, &[], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(lines_about(&stderr, &["warning:"]).is_empty(), "{stderr}");
    let text = squeeze(&pdf_raw_text(&out.join("resume.pdf")));
    assert!(text.contains("Ana Souza 🚀"), "{text}");

    assert_warned_without_system_fonts(
        &profile,
        &dir.path().join("without"),
        "warning: emoji such as `🚀` (at `basics.name`) would print as boxes: typst finds no font for them; install one (Debian: `apt-get install fonts-noto-color-emoji`) or pass `--font-path DIR` with such a font",
    );
}

#[test]
fn a_letter_is_signed_without_the_emoji_of_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr) = render(
        &common::fixture("realworld/en-emoji-custom-keys.json"),
        dir.path(),
        &[
            "--target",
            "tests/fixtures/realworld/targets/en-ml-platform.json",
            "--doc",
            "cover-letter",
            "--format",
            "txt",
            "--format",
            "md",
            "--format",
            "html",
            "--format",
            "docx",
        ],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    let read = |name: &str| fs::read_to_string(dir.path().join(name)).unwrap();
    // The letterhead shows the name as written, as the resume does; the signature leaves
    // the emoji out.
    let txt = read("cover-letter.txt");
    assert!(txt.starts_with("Sam Lindqvist 🚀\n"), "{txt}");
    assert!(
        txt.trim_end().ends_with("Sincerely,\nSam Lindqvist"),
        "{txt}"
    );
    let md = read("cover-letter.md");
    assert!(md.trim_end().ends_with("Sincerely,\nSam Lindqvist"), "{md}");
    assert!(read("cover-letter.html").contains("Sincerely,<br>Sam Lindqvist</p>"));
    let docx = common::docx::docx_paragraphs(&dir.path().join("cover-letter.docx"));
    let last = docx
        .last()
        .map(|(_, text)| text.as_str())
        .unwrap_or_default();
    // The reader joins the runs of a paragraph, line breaks left out.
    assert_eq!(last, "Sincerely,Sam Lindqvist");
}

#[test]
fn pasted_html_and_markdown_become_formatting_and_never_run() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (code, stderr) = render(
        &common::fixture("scripts/markup.json"),
        &out,
        &[
            "--format", "pdf", "--format", "typ", "--format", "html", "--format", "md", "--format",
            "txt",
        ],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    // What is not printed as written is said, once per field and kind.
    let said: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.split_once(": warning: `").map(|(_, w)| w))
        .collect();
    assert_eq!(
        said,
        [
            "basics.summary`: `<script>` is left out with everything inside it; storyfolio prints text and simple formatting, never scripts or embedded content",
            "basics.summary`: a `javascript:` link is shown as its text, never as a link; link to an https:// address instead",
        ]
    );
    let read = |ext: &str| fs::read_to_string(out.join(format!("resume.{ext}"))).unwrap();
    let (typ, html, md, txt) = (read("typ"), read("html"), read("md"), read("txt"));
    let pdf = squeeze(&pdf_text(&out.join("resume.pdf")));
    for (format, text) in [
        ("typ", &typ),
        ("html", &html),
        ("md", &md),
        ("txt", &txt),
        ("pdf", &pdf),
    ] {
        assert!(!text.contains("javascript"), "{format}: {text}");
        assert!(!text.contains("pwned"), "{format}: {text}");
        assert!(!text.contains("<script"), "{format}: {text}");
    }
    // HTML: the pasted tags are formatting; unsafe links are text without a link.
    common::assert_contains_all(
        &html,
        &[
            "<strong>Seven years</strong> building <em>search</em> &amp; ranking.",
            "See my demo or my site and <a href=\"https://ana.example.com/talks\">my talks</a>.",
            "Cut <strong>p99 latency</strong> by <em>40%</em> with <code>TensorRT</code>",
            "Led the <strong>ranking</strong> team<br>Shipped <em>two</em> launches",
            "Built the feature store<br>• Mentored 3 engineers",
        ],
        "html",
    );
    common::assert_contains_all(
        &typ,
        &[
            "#strong[Seven years]; building #emph[search]; & ranking.",
            "#link(\"https://ana.example.com/talks\")[my talks];",
            "#raw(\"TensorRT\");",
        ],
        "typ",
    );
    common::assert_contains_all(
        &md,
        &[
            "**Seven years** building *search* \\& ranking.",
            "[my talks](https://ana.example.com/talks)",
            "Cut **p99 latency** by *40%* with `TensorRT`",
        ],
        "md",
    );
    common::assert_contains_all(
        &txt,
        &[
            "Seven years building search & ranking.",
            "See my demo or my site and my talks (https://ana.example.com/talks).",
            "Cut p99 latency by 40% with TensorRT",
            "Led the ranking team\n",
            "Built the feature store\n• Mentored 3 engineers",
        ],
        "txt",
    );
    common::assert_contains_all(
        &pdf,
        &[
            "Seven years building search & ranking.",
            "See my demo or my site and my talks.",
            "Cut p99 latency by 40% with TensorRT",
            "Built the feature store",
            "• Mentored 3 engineers",
        ],
        "pdf",
    );
    for raw in ["<strong>", "<b>", "<li>", "<br>", "**", "&amp;"] {
        assert!(!pdf.contains(raw), "raw `{raw}` in the PDF: {pdf}");
        assert!(!txt.contains(raw), "raw `{raw}` in the text: {txt}");
    }
}

/// A profile of four pages: twenty-four jobs with long highlights (never dropped) and
/// six projects (all but the two strongest may go).
fn long_profile(dir: &Path) -> std::path::PathBuf {
    let highlight = "Designed, built and operated the ranking and retrieval services end to end, from the offline feature pipelines and the training jobs to the online serving path, its monitoring and the weekly evaluation reports shared with the product teams";
    let work: Vec<serde_json::Value> = (0..24)
        .map(|i| {
            serde_json::json!({
                "name": format!("Employer {i}"),
                "position": "Machine Learning Engineer",
                "startDate": format!("{}-01", 2000 + i),
                "endDate": format!("{}-12", 2000 + i),
                "highlights": [highlight, highlight, highlight, highlight]
            })
        })
        .collect();
    let projects: Vec<serde_json::Value> = (0..6)
        .map(|i| {
            serde_json::json!({
                "name": format!("Side project {i}"),
                "description": "A small tool for data labelling",
                "highlights": [highlight]
            })
        })
        .collect();
    common::write_json(
        dir,
        "long.json",
        &serde_json::json!({
            "basics": {"name": "Long Career"},
            "work": work,
            "projects": projects
        }),
    )
}

#[test]
fn a_resume_that_cannot_fit_is_written_and_warned_about_and_every_format_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let profile = long_profile(dir.path());
    let full = dir.path().join("full");
    let (code, stderr) = render(&profile, &full, &["--pages", "10"], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        pdf_pages(&full.join("resume.pdf")),
        4,
        "a four-page profile"
    );
    let out = dir.path().join("out");
    let (code, stderr) = render(
        &profile,
        &out,
        &[
            "--pages", "1", "--format", "pdf", "--format", "html", "--format", "md", "--format",
            "txt",
        ],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    let pages = pdf_pages(&out.join("resume.pdf"));
    assert!(pages >= 3, "the fixture is long: {pages} pages");
    let notes = lines_about(&stderr, &["to fit", "warning:"]);
    assert_eq!(notes.len(), 2, "{stderr}");
    // Four of the six projects may go, weakest first.
    let left_out = notes[0];
    assert!(
        left_out.starts_with("to fit --pages 1, the resume leaves out 4 items: \"Side project "),
        "{left_out}"
    );
    let warning = notes[1];
    let expected_start = format!("warning: resume is {pages} pages; --pages 1 could not be met even after leaving out every item that may go: jobs alone take ");
    assert!(warning.starts_with(&expected_start), "{warning}");
    let measured: f64 = warning[expected_start.len()..]
        .strip_suffix(" pages")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a page count ends the warning: {warning}"));
    // The jobs alone are over the budget of one page, and within the pages written.
    assert!(
        measured > 1.0 && measured <= pages as f64,
        "{measured} of {pages}"
    );
    // Every format shows the same two projects; the four left out are nowhere.
    let pdf = pdf_text(&out.join("resume.pdf"));
    let read = |ext: &str| fs::read_to_string(out.join(format!("resume.{ext}"))).unwrap();
    let docs = [
        ("pdf", pdf),
        ("html", read("html")),
        ("md", read("md")),
        ("txt", read("txt")),
    ];
    let shown = |text: &str| -> Vec<usize> {
        (0..6)
            .filter(|i| text.contains(&format!("Side project {i}")))
            .collect()
    };
    let in_pdf = shown(&docs[0].1);
    assert_eq!(in_pdf.len(), 2, "{}", docs[0].1);
    for (format, text) in &docs {
        assert_eq!(
            shown(text),
            in_pdf,
            "{format} shows other projects than the PDF"
        );
        for i in (0..6).filter(|i| !in_pdf.contains(i)) {
            assert!(left_out.contains(&format!("\"Side project {i}\" (projects[{i}])")));
        }
    }
}

#[test]
fn a_repository_linked_by_url_shows_its_statistics() {
    let dir = tempfile::tempdir().unwrap();
    // The example profile with its `repo` fields removed: the projects link their code by
    // `url` only, as plain JSON Resume users do.
    let mut profile: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(common::repo("profiles/example.json")).unwrap())
            .unwrap();
    for project in profile["projects"].as_array_mut().unwrap() {
        let object = project.as_object_mut().unwrap();
        if let Some(repo) = object.remove("repo") {
            object.insert(
                "url".into(),
                format!("https://github.com/{}", repo.as_str().unwrap()).into(),
            );
        }
    }
    let path = common::write_json(dir.path(), "example.json", &profile);
    fs::copy(
        common::fixture("github-cache/example.github.json"),
        dir.path().join("example.github.json"),
    )
    .unwrap();
    let out = dir.path().join("out");
    let (code, stderr) = render(&path, &out, &["--format", "txt", "--pages", "3"], &[]);
    assert_eq!(code, 0, "{stderr}");
    let resume = fs::read_to_string(out.join("resume.txt")).unwrap();
    assert!(
        resume.contains("GitHub jiwoo-kim-cv/fallnet: 41 stars · 7 forks"),
        "{resume}"
    );
}

#[test]
fn coach_lists_what_the_page_budget_leaves_out_first_as_render_does() {
    let dir = tempfile::tempdir().unwrap();
    let profile = long_profile(dir.path());
    let coach = storyfolio()
        .arg("coach")
        .arg(&profile)
        .args([
            "--target",
            "profiles/targets/visionguard.json",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(coach.status.success(), "{}", common::stderr(&coach));
    let report: serde_json::Value = serde_json::from_slice(&coach.stdout).unwrap();
    let listed: Vec<&str> = report["left_out_first"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        listed.len(),
        4,
        "six projects, the two strongest stay: {listed:?}"
    );
    let out = dir.path().join("out");
    let (code, stderr) = render(
        &profile,
        &out,
        &[
            "--target",
            "profiles/targets/visionguard.json",
            "--pages",
            "1",
        ],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        lines_about(&stderr, &["to fit"]),
        [format!(
            "to fit --pages 1, the resume leaves out 4 items: {}",
            listed.join(", ")
        )]
    );
}
