//! Themes, design options and resume languages (issue 14): every theme renders the bundled
//! example and the plain real-world set within the page budget and at US Letter; the ATS
//! reading test (pdftotext holds the name, the email, every employer, title and date, in
//! document order in the one-column themes); PNG pages; a resume in every built-in language
//! with its own headings and dates (a golden file per language); and each bad input the
//! issue names, with its exact message. These tests need typst and the README's fonts.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::common::pdf::{pdf_pages, pdf_raw_text, pdf_text};
use crate::common::{self, fixture, repo, storyfolio, write_json};

const THEMES: [&str; 4] = ["classic", "compact", "sidebar", "ats"];
const LANGUAGES: [&str; 12] = [
    "en", "ko", "ja", "zh-Hans", "zh-Hant", "de", "fr", "es", "pt", "it", "nl", "ru",
];

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs `storyfolio render PROFILE ARGS --out DIR`; panics with stderr unless it succeeds.
/// Returns what it printed: standard output (the files written), then standard error.
fn render(profile: &Path, args: &[&str], out: &Path) -> String {
    let output = storyfolio()
        .arg("render")
        .arg(profile)
        .args(args)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "render {} {args:?} failed:\n{}",
        profile.display(),
        common::stderr(&output)
    );
    format!("{}{}", common::stdout(&output), common::stderr(&output))
}

/// Runs `storyfolio ARGS`, expects exit code 1, and returns stderr.
fn fails(args: &[&str]) -> String {
    let output = storyfolio().args(args).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "{args:?} should fail with 1:\n{}",
        common::stderr(&output)
    );
    common::stderr(&output)
}

/// The page size `pdfinfo` reports, as "612 x 792".
fn page_size(pdf: &Path) -> String {
    let output = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("pdfinfo prints the page size");
    line.trim()
        .split(" pts")
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The profiles of a fixture folder (tests/fixtures/plain, tests/fixtures/realworld).
fn profiles_in(folder: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(fixture(folder))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    found.sort();
    assert!(found.len() >= 5, "the {folder} set is there: {found:?}");
    found
}

/// Renders every profile in every theme and checks each PDF has text and one page, or a
/// warning saying why not.
fn every_theme_renders(profiles: &[PathBuf]) {
    let dir = tempfile::tempdir().unwrap();
    for theme in THEMES {
        for (i, profile) in profiles.iter().enumerate() {
            let out = dir.path().join(format!("{theme}-{i}"));
            let printed = render(profile, &["--theme", theme], &out);
            let pdf = out.join("resume.pdf");
            let pages = pdf_pages(&pdf);
            // One page where the content allows; otherwise render says why.
            assert!(
                pages == 1 || printed.contains("could not be met"),
                "{theme}: {} has {pages} pages without a warning:\n{printed}",
                profile.display()
            );
            assert!(
                !pdf_text(&pdf).trim().is_empty(),
                "{theme}: {} has no text",
                profile.display()
            );
        }
    }
}

#[test]
fn themes_lists_every_theme() {
    let output = storyfolio().arg("themes").output().unwrap();
    assert!(output.status.success());
    let names: Vec<String> = common::stdout(&output)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(names, THEMES);
}

#[test]
fn languages_lists_every_builtin_language() {
    let output = storyfolio().arg("languages").output().unwrap();
    assert!(output.status.success());
    let text = common::stdout(&output);
    for code in LANGUAGES {
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().next() == Some(code)),
            "{code} missing from:\n{text}"
        );
    }
    assert!(text.contains("ja       日本語  (resume)"), "{text}");
    assert!(text.contains("ko       한국어  (every document)"), "{text}");
}

#[test]
fn every_theme_renders_the_example_and_the_plain_set_within_the_page_budget() {
    let mut profiles = vec![
        repo("profiles/example.json"),
        repo("profiles/example.ko.json"),
    ];
    profiles.extend(profiles_in("plain"));
    every_theme_renders(&profiles);
}

#[test]
fn every_theme_renders_the_realworld_set_within_the_page_budget() {
    every_theme_renders(&profiles_in("realworld"));
}

#[test]
fn every_theme_renders_at_us_letter_and_a4() {
    let dir = tempfile::tempdir().unwrap();
    for theme in THEMES {
        let letter = dir.path().join(format!("{theme}-letter"));
        render(
            &repo("profiles/example.json"),
            &["--theme", theme, "--paper", "us-letter"],
            &letter,
        );
        assert_eq!(
            page_size(&letter.join("resume.pdf")),
            "612 x 792",
            "{theme}"
        );
        let a4 = dir.path().join(format!("{theme}-a4"));
        render(&repo("profiles/example.json"), &["--theme", theme], &a4);
        assert_eq!(
            page_size(&a4.join("resume.pdf")),
            "595.276 x 841.89",
            "{theme}"
        );
    }
}

#[test]
fn paper_follows_the_country_and_the_profile_design() {
    let dir = tempfile::tempdir().unwrap();
    let mut profile = common::bundled("profiles/example.json");
    profile["basics"]["location"]["countryCode"] = json!("US");
    let us = write_json(dir.path(), "us.json", &profile);
    render(&us, &[], &dir.path().join("us"));
    assert_eq!(page_size(&dir.path().join("us/resume.pdf")), "612 x 792");
    // The profile's design wins over the country, the command line over both.
    profile["design"] = json!({"paper": "a4", "theme": "compact"});
    let designed = write_json(dir.path(), "designed.json", &profile);
    render(
        &designed,
        &["--format", "typ"],
        &dir.path().join("designed"),
    );
    let typ = fs::read_to_string(dir.path().join("designed/resume.typ")).unwrap();
    assert!(typ.contains("paper: \"a4\""), "{typ}");
    assert!(typ.contains("size: 9pt"), "the compact theme's size: {typ}");
    render(
        &designed,
        &[
            "--format",
            "typ",
            "--paper",
            "us-letter",
            "--font-size",
            "11",
        ],
        &dir.path().join("flags"),
    );
    let typ = fs::read_to_string(dir.path().join("flags/resume.typ")).unwrap();
    assert!(typ.contains("paper: \"us-letter\""), "{typ}");
    assert!(typ.contains("size: 11pt"), "{typ}");
}

#[test]
fn design_options_reach_the_document() {
    let dir = tempfile::tempdir().unwrap();
    render(
        &repo("profiles/example.json"),
        &[
            "--format",
            "typ",
            "--format",
            "pdf",
            "--accent-color",
            "#a0c",
            "--margin",
            "2cm",
            "--date-format",
            "{month2}/{year}",
            "--heading-font",
            "DejaVu Sans",
            "--body-font",
            "DejaVu Serif",
            "--github-stats",
            "false",
        ],
        dir.path(),
    );
    let typ = fs::read_to_string(dir.path().join("resume.typ")).unwrap();
    common::assert_contains_all(
        &typ,
        &[
            "#let accent = rgb(\"#aa00cc\")",
            "margin: (x: 56.69pt",
            "#set text(font: (\"DejaVu Serif\", \"Libertinus Serif\"",
            "#show heading: set text(font: (\"DejaVu Sans\", \"DejaVu Serif\"",
        ],
        "resume.typ",
    );
    let text = squeeze(&pdf_text(&dir.path().join("resume.pdf")));
    assert!(text.contains("07/2023 – 12/2023"), "{text}");
}

#[test]
fn ats_reading_order_holds_every_fact_in_document_order() {
    let dir = tempfile::tempdir().unwrap();
    let profile: serde_json::Value = common::bundled("profiles/example.json");
    let name = profile["basics"]["name"].as_str().unwrap();
    let email = profile["basics"]["email"].as_str().unwrap();
    for theme in THEMES {
        let out = dir.path().join(theme);
        // Two pages allowed, so every job stays in.
        render(
            &repo("profiles/example.json"),
            &["--theme", theme, "--pages", "2"],
            &out,
        );
        let text = squeeze(&pdf_raw_text(&out.join("resume.pdf")));
        let mut facts: Vec<String> = vec![name.to_string(), email.to_string()];
        for job in profile["work"].as_array().unwrap() {
            facts.push(job["name"].as_str().unwrap().to_string());
            facts.push(job["position"].as_str().unwrap().to_string());
        }
        facts.extend([
            "Jul 2023 – Dec 2023".to_string(),
            "Mar 2022 – Feb 2024".to_string(),
        ]);
        for fact in &facts {
            assert!(
                text.contains(fact.as_str()),
                "{theme}: `{fact}` not in:\n{text}"
            );
        }
        // Nothing hidden: no text the page does not show (white or zero-size text).
        let typ_dir = dir.path().join(format!("{theme}-typ"));
        render(
            &repo("profiles/example.json"),
            &["--theme", theme, "--pages", "2", "--format", "typ"],
            &typ_dir,
        );
        let typ = fs::read_to_string(typ_dir.join("resume.typ")).unwrap();
        assert!(
            !typ.contains("fill: white") && !typ.contains("size: 0pt"),
            "{theme}"
        );
        if theme != "sidebar" {
            // One column: the name, the contact line, then the sections in the view's order.
            let order = [
                name,
                email,
                "SUMMARY",
                "EXPERIENCE",
                "AI Research Intern",
                "PROJECTS",
                "EDUCATION",
                "Korea University",
                "SKILLS",
            ];
            let upper = text.to_uppercase();
            let mut at = 0;
            for needle in order {
                let needle_upper = needle.to_uppercase();
                let found = upper[at..]
                    .find(&needle_upper)
                    .unwrap_or_else(|| panic!("{theme}: `{needle}` out of order in:\n{text}"));
                at += found + needle_upper.len();
            }
        }
    }
}

#[test]
fn ats_reading_test_in_other_languages() {
    let dir = tempfile::tempdir().unwrap();
    for (code, facts) in [
        ("ko", ["한서윤", "한빛데이터", "2024년 3월 – 현재"]),
        ("ja", ["佐藤 美咲", "株式会社みらい解析", "現在"]),
        (
            "de",
            [
                "Jonas Becker",
                "Nordlicht Analytik GmbH",
                "März 2024 – heute",
            ],
        ),
    ] {
        for theme in THEMES {
            let out = dir.path().join(format!("{code}-{theme}"));
            render(
                &fixture(&format!("languages/{code}.json")),
                &["--theme", theme],
                &out,
            );
            let text = squeeze(&pdf_raw_text(&out.join("resume.pdf")));
            for fact in facts {
                let spaced = squeeze(&fact.replace(['년', '월'], " $0 "));
                assert!(
                    text.contains(fact) || squeeze(&text).contains(&spaced),
                    "{code} {theme}: `{fact}` not in:\n{text}"
                );
            }
            assert!(text.contains("candidate@example.com"), "{code} {theme}");
        }
    }
}

#[test]
fn png_writes_one_image_per_page_at_the_chosen_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = render(
        &repo("profiles/example.json"),
        &[
            "--format", "png", "--format", "pdf", "--pages", "2", "--ppi", "50",
        ],
        dir.path(),
    );
    let pages = pdf_pages(&dir.path().join("resume.pdf"));
    let mut pngs: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".png"))
        .collect();
    pngs.sort();
    let expected: Vec<String> = (1..=pages).map(|p| format!("resume-{p}.png")).collect();
    assert_eq!(pngs, expected, "{stderr}");
    for png in &pngs {
        assert!(stderr.contains(&format!("wrote {}", dir.path().join(png).display())));
        let bytes = fs::read(dir.path().join(png)).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{png} is a PNG");
        // IHDR: width at bytes 16..20; A4 is 8.27 in wide, so 50 ppi gives 413 pixels.
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        assert_eq!(width, 413, "{png}");
    }
    // PNG alone writes no PDF; a shorter render removes the pages it no longer has.
    let only = tempfile::tempdir().unwrap();
    fs::write(only.path().join("resume-7.png"), b"old").unwrap();
    render(
        &repo("profiles/example.json"),
        &["--format", "png", "--ppi", "40"],
        only.path(),
    );
    assert!(!only.path().join("resume.pdf").exists());
    assert!(only.path().join("resume-1.png").exists());
    assert!(!only.path().join("resume-7.png").exists());
}

#[test]
fn every_language_renders_its_own_headings_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    // (code, a heading, a date) as the language file writes them; PDF text may space CJK
    // from digits, so it is compared without spaces.
    let expected: [(&str, &str, &str); 12] = [
        ("en", "Experience", "Mar 2024 – Present"),
        ("ko", "경력", "2024년 3월 – 현재"),
        ("ja", "職務経歴", "2024年3月～現在"),
        ("zh-Hans", "工作经历", "2024年3月 – 至今"),
        ("zh-Hant", "工作經歷", "2024年3月 – 至今"),
        ("de", "Berufserfahrung", "März 2024 – heute"),
        (
            "fr",
            "Expérience professionnelle",
            "mars 2024 – aujourd’hui",
        ),
        ("es", "Experiencia", "mar. 2024 – actualidad"),
        ("pt", "Experiência", "mar. 2024 – atual"),
        ("it", "Esperienza professionale", "mar 2024 – oggi"),
        ("nl", "Werkervaring", "mrt. 2024 – heden"),
        ("ru", "Опыт работы", "март 2024 – настоящее время"),
    ];
    for (code, heading, date) in expected {
        let out = dir.path().join(code);
        let stderr = render(
            &fixture(&format!("languages/{code}.json")),
            &["--format", "pdf", "--format", "md"],
            &out,
        );
        assert!(
            !stderr.contains("would print as boxes"),
            "{code}: a missing font:\n{stderr}"
        );
        let md = fs::read_to_string(out.join("resume.md")).unwrap();
        assert!(md.contains(heading), "{code}: `{heading}` not in:\n{md}");
        assert!(md.contains(date), "{code}: `{date}` not in:\n{md}");
        let pdf: String = pdf_raw_text(&out.join("resume.pdf"))
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        for want in [heading, date] {
            let want: String = want.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                pdf.contains(&want),
                "{code}: `{want}` not in the PDF:\n{pdf}"
            );
        }
        let profile = common::bundled(&format!("tests/fixtures/languages/{code}.json"));
        let name: String = profile["basics"]["name"]
            .as_str()
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert!(pdf.contains(&name), "{code}: the name's glyphs: {pdf}");
    }
}

#[test]
fn every_language_has_a_golden_resume() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo("tests/golden"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    for code in LANGUAGES {
        let out = dir.path().join(code);
        render(
            &fixture(&format!("languages/{code}.json")),
            &["--format", "md"],
            &out,
        );
        let md = fs::read_to_string(out.join("resume.md")).unwrap();
        settings.set_description(format!(
            "storyfolio render tests/fixtures/languages/{code}.json --format md"
        ));
        settings.bind(|| insta::assert_snapshot!(format!("language-{code}__resume.md"), md));
    }
}

#[test]
fn a_letter_in_a_resume_only_language_is_refused_with_the_languages() {
    let message = fails(&[
        "render",
        "profiles/example.json",
        "--target",
        "profiles/targets/visionguard.json",
        "--lang",
        "ja",
    ]);
    assert_eq!(
        message,
        "error: storyfolio cannot write a cover letter in `ja`: letters, pitches, interview preparation and coaching are written in en and ko (resumes in every language of `storyfolio languages`); pass --lang en or --lang ko\n"
    );
    let coach = fails(&[
        "coach",
        "profiles/example.json",
        "--target",
        "profiles/targets/visionguard.json",
        "--lang",
        "de",
    ]);
    assert!(
        coach.ends_with("error: storyfolio cannot write a coaching report in `de`: letters, pitches, interview preparation and coaching are written in en and ko (resumes in every language of `storyfolio languages`); pass --lang en or --lang ko\n"),
        "{coach}"
    );
    // The resume alone is written in it.
    let dir = tempfile::tempdir().unwrap();
    render(
        &repo("profiles/example.json"),
        &[
            "--target",
            "profiles/targets/visionguard.json",
            "--lang",
            "ja",
            "--doc",
            "resume",
            "--format",
            "md",
        ],
        dir.path(),
    );
    let md = fs::read_to_string(dir.path().join("resume.md")).unwrap();
    assert!(md.contains("職務経歴"), "{md}");
}

#[test]
fn bad_design_values_name_the_path_and_the_allowed_values() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    let with_design = |name: &str, design: serde_json::Value| {
        let mut profile = common::bundled("profiles/example.json");
        profile["design"] = design;
        write_json(dir.path(), name, &profile)
    };
    let cases = [
        (
            with_design("theme.json", json!({"theme": "fancy"})),
            "`design.theme`: unknown theme \"fancy\": storyfolio has classic, compact, sidebar, ats",
        ),
        (
            with_design("paper.json", json!({"paper": "a5"})),
            "`design.paper`: unknown paper size \"a5\": use a4 or us-letter",
        ),
        (
            with_design("colour.json", json!({"accentColor": "#12345"})),
            "`design.accentColor`: \"#12345\" is not a colour: write #rgb or #rrggbb, e.g. \"#1f4e8c\"",
        ),
        (
            with_design("margin.json", json!({"margin": "-1cm"})),
            "`design.margin`: negative margin \"-1cm\": a margin is 0 or more, e.g. \"1.6cm\", \"18mm\", \"0.7in\" or \"50pt\"",
        ),
    ];
    for (profile, message) in cases {
        let stderr = fails(&["render", profile.to_str().unwrap(), "--out", out]);
        assert_eq!(
            stderr,
            format!("error: `{}`: {message}\n", profile.display())
        );
    }
    let example = "profiles/example.json";
    for (flag, value, message) in [
        (
            "--accent-color",
            "#12345",
            "error: `--accent-color`: \"#12345\" is not a colour: write #rgb or #rrggbb, e.g. \"#1f4e8c\"\n",
        ),
        (
            "--margin",
            "-1cm",
            "error: `--margin`: negative margin \"-1cm\": a margin is 0 or more, e.g. \"1.6cm\", \"18mm\", \"0.7in\" or \"50pt\"\n",
        ),
        (
            "--lang",
            "xx",
            "error: unknown language `xx` (--lang): storyfolio writes resumes in de, en, es, fr, it, ja, ko, nl, pt, ru, zh-Hans, zh-Hant; add `xx.json` to a --locales folder to write in another\n",
        ),
    ] {
        assert_eq!(
            fails(&["render", example, flag, value, "--out", out]),
            message
        );
    }
    // Unknown theme and paper on the command line: a usage error listing the values.
    for (flag, value, message) in [
        (
            "--theme",
            "fancy",
            "error: invalid value 'fancy' for '--theme <THEME>'\n  [possible values: classic, compact, sidebar, ats]\n",
        ),
        (
            "--paper",
            "a5",
            "error: invalid value 'a5' for '--paper <SIZE>'\n  [possible values: a4, us-letter]\n",
        ),
    ] {
        let output = storyfolio()
            .args(["render", example, flag, value, "--out", out])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        assert!(
            common::stderr(&output).starts_with(message),
            "{}",
            common::stderr(&output)
        );
    }
    // An unknown language in the profile is not used, with a warning (like every value
    // storyfolio cannot use in a profile); a language file in --locales makes it usable.
    let mut profile = common::bundled("profiles/example.json");
    profile["lang"] = json!("xx");
    let xx = write_json(dir.path(), "xx.json", &profile);
    let printed = render(&xx, &["--format", "md"], &dir.path().join("xx"));
    assert!(
        printed.contains(&format!("{}: warning: `lang`: \"xx\" has no built-in language file (storyfolio writes resumes in de, en, es, fr, it, ja, ko, nl, pt, ru, zh-Hans, zh-Hant), so the document language comes from --lang, the target or the text; add `xx.json` to a --locales folder to write in it\n", xx.display())),
        "{printed}"
    );
    let md = fs::read_to_string(dir.path().join("xx/resume.md")).unwrap();
    assert!(md.contains("## Experience"), "{md}");
}

#[test]
fn a_missing_font_is_a_warning_naming_the_font_and_the_fallback() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = render(
        &repo("profiles/example.json"),
        &[
            "--body-font",
            "Nope Sans",
            "--format",
            "typ",
            "--format",
            "pdf",
        ],
        dir.path(),
    );
    assert!(
        stderr.contains("warning: font \"Nope Sans\" (--body-font) is not installed; using \"Libertinus Serif\" instead (`typst fonts` lists the installed ones; --font-path DIR adds a folder of fonts)\n"),
        "{stderr}"
    );
    // The fallback is what the document uses: typst is not asked for the missing family.
    let typ = fs::read_to_string(dir.path().join("resume.typ")).unwrap();
    assert!(!typ.contains("Nope Sans"), "{typ}");
    let mut profile = common::bundled("profiles/example.ko.json");
    profile["design"] = json!({"headingFont": "Missing Gothic"});
    let ko = write_json(dir.path(), "ko.json", &profile);
    let stderr = render(&ko, &[], &dir.path().join("ko"));
    assert!(
        stderr.contains("warning: font \"Missing Gothic\" (design.headingFont) is not installed; using \"Noto Sans CJK KR\" instead"),
        "{stderr}"
    );
}

#[test]
fn a_user_language_file_adds_a_language_with_english_fallbacks_and_escaped_labels() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    fs::create_dir(&locales).unwrap();
    let file = locales.join("eo.json");
    fs::write(
        &file,
        r##"{"name": "Esperanto", "typst": {"lang": "eo"}, "labels": {"experience": "Sperto #read(\"/etc/passwd\") $x$ <b>", "education": "Edukado"}}"##,
    )
    .unwrap();
    let out = dir.path().join("out");
    let stderr = render(
        &repo("profiles/example.json"),
        &[
            "--lang",
            "eo",
            "--locales",
            locales.to_str().unwrap(),
            "--format",
            "typ",
            "--format",
            "pdf",
        ],
        &out,
    );
    // Every missing label falls back to English, named once; the label is text like every
    // other (Typst markup escaped, a pasted HTML tag dropped).
    assert!(
        stderr.contains(&format!(
            "warning: `labels.skills`: missing in `{}`; using the English one\n",
            file.display()
        )),
        "{stderr}"
    );
    let typ = fs::read_to_string(out.join("resume.typ")).unwrap();
    assert!(
        typ.contains("== Sperto \\#read(\\\"\\/etc\\/passwd\\\") \\$x\\$\n"),
        "{typ}"
    );
    let text = squeeze(&pdf_text(&out.join("resume.pdf")));
    common::assert_contains_all(
        &text,
        &["Sperto #read(\"/etc/passwd\") $x$", "Edukado", "Skills"],
        "the PDF",
    );
    // A built-in language overridden label by label, without warnings.
    fs::remove_file(&file).unwrap();
    fs::write(
        locales.join("de.json"),
        r#"{"labels": {"skills": "Fähigkeiten"}}"#,
    )
    .unwrap();
    let out = dir.path().join("de");
    let stderr = render(
        &fixture("languages/de.json"),
        &["--locales", locales.to_str().unwrap(), "--format", "md"],
        &out,
    );
    assert!(!stderr.contains("missing in"), "{stderr}");
    let md = fs::read_to_string(out.join("resume.md")).unwrap();
    assert!(
        md.contains("Fähigkeiten") && md.contains("Berufserfahrung"),
        "{md}"
    );
}
