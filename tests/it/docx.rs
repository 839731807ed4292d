//! `render --format docx`: real Word files, opened and read back.

use crate::common::docx::{docx_paragraphs, docx_part};
use crate::common::{fixture, repo, stdout, storyfolio};

fn render(profile: &str, target: &str, out: &std::path::Path, formats: &[&str]) {
    let mut command = storyfolio();
    command
        .arg("render")
        .arg(repo(profile))
        .arg("--target")
        .arg(fixture(target))
        .arg("--out")
        .arg(out);
    for format in formats {
        command.args(["--format", format]);
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "{output:?}");
    for doc in ["resume", "cover-letter"] {
        for format in formats {
            assert!(
                stdout(&output).contains(&format!(
                    "wrote {}",
                    out.join(format!("{doc}.{format}")).display()
                )),
                "{output:?}"
            );
        }
    }
}

/// The bundled example rendered to Word for the English test target.
fn english_docx() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    render(
        "profiles/example.json",
        "target.json",
        dir.path(),
        &["docx"],
    );
    dir
}

/// The texts of the paragraphs in `style`.
fn styled<'a>(paragraphs: &'a [(Option<String>, String)], style: &str) -> Vec<&'a str> {
    paragraphs
        .iter()
        .filter(|(s, _)| s.as_deref() == Some(style))
        .map(|(_, text)| text.as_str())
        .collect()
}

#[test]
fn resume_has_name_heading_styles_bullets_and_links() {
    let dir = english_docx();
    let docx = dir.path().join("resume.docx");
    let paragraphs = docx_paragraphs(&docx);
    assert_eq!(
        paragraphs[0],
        (Some("Title".to_string()), "Jiwoo Kim".to_string())
    );
    assert_eq!(
        styled(&paragraphs, "Heading1"),
        [
            "Summary",
            "Experience",
            "Projects",
            "Publications",
            "Competitions",
            "Education",
            "Skills",
            "Certifications",
            "Languages"
        ]
    );
    assert!(styled(&paragraphs, "Heading2").iter().any(|text| text
        .starts_with("Skeleton-based fall detection for CCTV · Korea University Vision Lab")));
    let document = docx_part(&docx, "word/document.xml");
    // Real list items (numbering), not typed bullet characters.
    assert!(document.contains("<w:numPr><w:numId w:val=\"2\" /><w:ilvl w:val=\"0\" /></w:numPr></w:pPr><w:r><w:rPr /><w:t xml:space=\"preserve\">Wrote a frame-sampling"));
    let numbering = docx_part(&docx, "word/numbering.xml");
    assert!(
        numbering.contains("<w:numFmt w:val=\"bullet\" />"),
        "{numbering}"
    );
    // A hyperlink: the run in the document and its target in the relationships.
    let rels = docx_part(&docx, "word/_rels/document.xml.rels");
    let github = rels
        .split("<Relationship ")
        .find(|r| r.contains("Target=\"https://github.com/jiwoo-kim-cv\""))
        .expect("a relationship to the GitHub profile");
    assert!(github.contains("TargetMode=\"External\""), "{github}");
    let id = github.split('"').nth(1).unwrap();
    assert!(
        document.contains(&format!("<w:hyperlink r:id=\"{id}\"")),
        "{id} is not used in the document"
    );
    let styles = docx_part(&docx, "word/styles.xml");
    assert!(
        styles.contains("<w:name w:val=\"heading 1\" />"),
        "{styles}"
    );
    assert!(styles.contains("w:eastAsia=\"Malgun Gothic\""), "{styles}");
}

#[test]
fn korean_documents_keep_their_hangul_and_name_an_east_asian_font() {
    let dir = tempfile::tempdir().unwrap();
    render(
        "tests/fixtures/profile.ko.json",
        "target.ko.json",
        dir.path(),
        &["docx", "txt"],
    );
    let resume = docx_paragraphs(&dir.path().join("resume.docx"));
    assert_eq!(resume[0].1, "박서연");
    assert!(styled(&resume, "Heading1").contains(&"경력"));
    assert!(resume
        .iter()
        .any(|(_, text)| text == "보도 영상 420시간을 보행자 궤적 38,000개로 자동 라벨링"));
    let styles = docx_part(&dir.path().join("resume.docx"), "word/styles.xml");
    assert!(
        styles.contains("w:ascii=\"Malgun Gothic\"")
            && styles.contains("w:eastAsia=\"Malgun Gothic\"")
            && styles.contains("w:hint=\"eastAsia\""),
        "{styles}"
    );

    // The letter answers each question under its own heading, with the count the text
    // version prints.
    let letter = docx_paragraphs(&dir.path().join("cover-letter.docx"));
    assert_eq!(
        styled(&letter, "Heading1"),
        [
            "지원 동기를 적어 주세요.",
            "가장 어려웠던 프로젝트는 무엇인가요?"
        ]
    );
    let txt = std::fs::read_to_string(dir.path().join("cover-letter.txt")).unwrap();
    let counts: Vec<&str> = txt
        .lines()
        .filter_map(|l| l.strip_prefix('(').and_then(|l| l.strip_suffix(')')))
        .collect();
    assert_eq!(counts.len(), 2, "{txt}");
    for count in counts {
        assert!(
            letter.iter().any(|(_, text)| text == count),
            "{count} missing from {letter:?}"
        );
    }
}

#[test]
fn cover_letter_greets_the_company_and_signs_off() {
    let dir = english_docx();
    let letter = docx_paragraphs(&dir.path().join("cover-letter.docx"));
    let texts: Vec<&str> = letter.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts[0], "Jiwoo Kim");
    assert!(
        texts.contains(&"VisionGuard · Computer Vision Engineer"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Dear VisionGuard hiring team,"),
        "{texts:?}"
    );
    assert_eq!(texts.last(), Some(&"Sincerely,Jiwoo Kim"));
}
