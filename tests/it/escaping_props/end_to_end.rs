//! End to end: hostile text in every text field of a profile and a target, rendered by the
//! real binary to txt, typ, html, md and pdf for every document. Values holding inline
//! Markdown or HTML are formatted, so their literal text is not in the `.txt` and they are
//! not compared; the formatting they may become is checked below and in `rich`.
//!
//! Which strings a document shows is the story's choice, so the plain-text render is the
//! oracle: every placed string that appears in the `.txt` files must appear, literally, in
//! the PDF text, the HTML text and the Markdown text too. Each string is wrapped in unique
//! alphanumeric markers so it is found whole. The HTML may only use elements, attributes
//! and links that the render of the untouched example uses; the Markdown may hold no
//! image, HTML, footnote or math and only the example's links.
//!
//! What is normalised before comparing, and why:
//! - all formats: white space and the characters every escaper drops on purpose (control
//!   characters, bidi embeddings, overrides and isolates) are removed. Line wrapping,
//!   Typst's and HTML's collapsing of spaces and Markdown's line ends change white space
//!   but not the text.
//! - PDF only, because text extraction cannot give back what was drawn:
//!   - format characters (zero-width space/joiners, bidi marks and controls, soft hyphen,
//!     BOM) have no glyph, and pdftotext keeps some and drops others;
//!   - a combining mark is drawn with the letter before it as one glyph, which extraction
//!     duplicates or splits, so the mark and that letter are removed;
//!   - emoji: no emoji font on a storyfolio machine, so they are drawn as missing glyphs
//!     and extracted unreliably (ZWJ sequences lose parts);
//!   - hyphens: justified paragraphs are hyphenated, which adds `-` at line ends;
//!   - neutral characters between two right-to-left marks are laid out reversed (brackets
//!     mirrored), so strings with such a mark are compared as multisets of letters and
//!     digits. (Bidi embeddings, overrides and isolates, which would reorder everything,
//!     are dropped by every escaper.)

use std::collections::BTreeSet;
use std::path::Path;

use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag};
use serde_json::Value;

use super::{common, dropped, hostile, markdown_options};

/// Fields whose value the schema constrains (dates, enums, GitHub names), and the e-mail
/// address (which becomes a mailto link by design): they keep the example's value.
const CONSTRAINED: &[&str] = &[
    "$schema",
    "startDate",
    "endDate",
    "date",
    "releaseDate",
    "repo",
    "github",
    "lang",
    "language",
    "roleKind",
    "preferredRole",
    "remote",
    "email",
];

/// Replaces every free-text string in `value` with the next of `texts` wrapped in markers,
/// and returns the strings placed.
fn fill(value: &mut Value, texts: &[String], placed: &mut Vec<String>, in_deliverable: bool) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                let skip = CONSTRAINED.contains(&key.as_str()) || (in_deliverable && key == "type");
                if child.is_string() && skip {
                    continue;
                }
                fill(child, texts, placed, key == "deliverables");
            }
        }
        Value::Array(items) => {
            for item in items {
                fill(item, texts, placed, in_deliverable);
            }
        }
        Value::String(s) => {
            let i = placed.len();
            let text = texts
                .get(i % texts.len().max(1))
                .cloned()
                .unwrap_or_default();
            *s = format!("Zq{i}x{text}xQz{i}");
            placed.push(s.clone());
        }
        _ => {}
    }
}

/// White space and the characters every escaper drops, removed.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !dropped(*c))
        .collect()
}

fn is_format(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// The implicit right-to-left marks: neutral characters between two of them are laid out
/// right to left (reversed, brackets mirrored).
fn is_rtl_mark(c: char) -> bool {
    matches!(c, '\u{200F}' | '\u{061C}')
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{FE0F}')
}

/// The PDF normalisation described at the top of this file.
fn pdf_squash(text: &str) -> String {
    let chars: Vec<char> = squash(text)
        .chars()
        .filter(|c| !is_format(*c) && !is_emoji(*c) && !matches!(c, '-' | '\u{2010}'))
        .collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        let next_combines = chars.get(i + 1).is_some_and(|n| is_combining(*n));
        if !is_combining(*c) && !next_combines {
            out.push(*c);
        }
    }
    out
}

/// Letters and digits, sorted: for text that right-to-left marks reorder.
fn letters_sorted(text: &str) -> String {
    let mut letters: Vec<char> = pdf_squash(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    letters.sort_unstable();
    letters.into_iter().collect()
}

/// The rendered files of one run, by extension, concatenated per format.
struct Rendered {
    txt: String,
    html: Vec<String>,
    md: Vec<String>,
    pdf_text: String,
}

const DOCS: [&str; 4] = ["resume", "cover-letter", "pitch", "prep"];

fn render(dir: &Path, profile: &Value, target: &Value, with_pdf: bool) -> Rendered {
    std::fs::create_dir_all(dir).expect("creates the folder");
    let p = common::write_json(dir, "profile.json", profile);
    let t = common::write_json(dir, "target.json", target);
    let out = dir.join("out");
    let mut cmd = common::storyfolio();
    cmd.arg("render").arg(&p).arg("--target").arg(&t);
    for doc in DOCS {
        cmd.args(["--doc", doc]);
    }
    cmd.args([
        "--format", "txt", "--format", "html", "--format", "md", "--format", "typ",
    ]);
    if with_pdf {
        // Ten pages: the resume must not drop entries that the text render shows.
        cmd.args(["--format", "pdf", "--pages", "10"]);
    }
    let output = cmd
        .arg("--out")
        .arg(&out)
        .output()
        .expect("runs storyfolio");
    assert!(
        output.status.success(),
        "render failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |doc: &str, ext: &str| {
        std::fs::read_to_string(out.join(format!("{doc}.{ext}"))).expect("output exists")
    };
    let mut pdf_text = String::new();
    if with_pdf {
        for doc in DOCS {
            pdf_text.push_str(&common::pdf::pdf_raw_text(&out.join(format!("{doc}.pdf"))));
        }
    }
    Rendered {
        txt: DOCS.iter().map(|d| read(d, "txt")).collect(),
        html: DOCS.iter().map(|d| read(d, "html")).collect(),
        md: DOCS.iter().map(|d| read(d, "md")).collect(),
        pdf_text,
    }
}

/// Element names with attribute names, and link targets, of HTML documents; plus their text.
fn html_shape(docs: &[String]) -> (BTreeSet<String>, BTreeSet<String>, String) {
    let mut shapes = BTreeSet::new();
    let mut links = BTreeSet::new();
    let mut text = String::new();
    for doc in docs {
        let parsed = scraper::Html::parse_document(doc);
        for node in parsed.root_element().descendants() {
            if let Some(el) = scraper::ElementRef::wrap(node) {
                shapes.insert(el.value().name().to_string());
                for (attr, value) in el.value().attrs() {
                    shapes.insert(format!("{}[{attr}]", el.value().name()));
                    if attr == "href" || attr == "src" {
                        links.insert(value.to_string());
                    }
                }
            } else if let Some(t) = node.value().as_text() {
                text.push_str(t);
            }
        }
    }
    (shapes, links, text)
}

/// Link targets and text of Markdown documents; fails on an image, HTML, footnote or math.
fn markdown_shape(docs: &[String]) -> Result<(BTreeSet<String>, String), String> {
    let mut links = BTreeSet::new();
    let mut text = String::new();
    for doc in docs {
        for event in Parser::new_ext(doc, markdown_options()) {
            match event {
                Event::Text(t) | Event::Code(t) => text.push_str(&t),
                Event::Start(Tag::Link { dest_url, .. }) => {
                    links.insert(dest_url.to_string());
                }
                Event::Start(Tag::Image { .. }) => return Err("an image".into()),
                Event::Html(h) | Event::InlineHtml(h) => return Err(format!("HTML {h:?}")),
                Event::FootnoteReference(f) => return Err(format!("a footnote {f:?}")),
                Event::InlineMath(m) | Event::DisplayMath(m) => return Err(format!("math {m:?}")),
                _ => {}
            }
        }
    }
    Ok((links, text))
}

/// The HTML that inline Markdown and pasted HTML in a value may become.
const INLINE_FORMATTING: &[&str] = &["strong", "em", "code", "br", "a", "a[href]"];

fn is_web_or_mail(url: &str) -> bool {
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|s| url.starts_with(s))
}

/// The number of end-to-end cases: each renders four PDFs, so few by default.
fn cases() -> u32 {
    std::env::var("STORYFOLIO_E2E_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn hostile_text_in_every_field_is_shown_literally_in_every_format(
        texts in proptest::collection::vec(hostile::hostile_drawable(6), 40..41)
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let example = common::bundled("profiles/example.json");
        let example_target = common::bundled("profiles/targets/shopmind.json");
        let benign = render(&dir.path().join("benign"), &example, &example_target, false);
        let (benign_shapes, benign_html_links, _) = html_shape(&benign.html);
        let (benign_md_links, _) = markdown_shape(&benign.md).expect("the example renders clean Markdown");

        let mut placed = Vec::new();
        let mut profile = example.clone();
        fill(&mut profile, &texts, &mut placed, false);
        let mut target = example_target.clone();
        fill(&mut target, &texts, &mut placed, false);
        let hostile = render(&dir.path().join("hostile"), &profile, &target, true);

        let (shapes, html_links, html_text) = html_shape(&hostile.html);
        // Inline formatting read from the input (`**x**`, `<b>`, `[t](https://..)`) is allowed;
        // nothing else, and links only to the web or mail.
        let extra: Vec<&String> = shapes
            .difference(&benign_shapes)
            .filter(|s| !INLINE_FORMATTING.contains(&s.as_str()))
            .collect();
        prop_assert!(extra.is_empty(), "HTML elements or attributes from input: {:?}", extra);
        let foreign: Vec<&String> = html_links.difference(&benign_html_links).filter(|l| !is_web_or_mail(l)).collect();
        prop_assert!(foreign.is_empty(), "HTML links from input: {:?}", foreign);
        let (md_links, md_text) = markdown_shape(&hostile.md).map_err(|e| TestCaseError::fail(format!("Markdown holds {e}")))?;
        let foreign: Vec<&String> = md_links.difference(&benign_md_links).filter(|l| !is_web_or_mail(l)).collect();
        prop_assert!(foreign.is_empty(), "Markdown links from input: {:?}", foreign);

        let txt = squash(&hostile.txt);
        let html_text = squash(&html_text);
        let md_text = squash(&md_text);
        let pdf = pdf_squash(&hostile.pdf_text);
        let pdf_letters = letters_sorted(&hostile.pdf_text);
        let mut shown = 0;
        for p in &placed {
            let want = squash(p);
            if !txt.contains(&want) {
                continue;
            }
            shown += 1;
            prop_assert!(html_text.contains(&want), "HTML lost {:?}", p);
            prop_assert!(md_text.contains(&want), "Markdown lost {:?}", p);
            if p.chars().any(is_rtl_mark) {
                let letters = letters_sorted(p);
                prop_assert!(
                    letters.chars().all(|c| pdf_letters.contains(c)),
                    "PDF lost letters of {:?}", p
                );
            } else {
                prop_assert!(pdf.contains(&pdf_squash(p)), "PDF lost {:?} (looked for {:?})", p, pdf_squash(p));
            }
        }
        // The name, summary, projects, highlights, the company and its questions at least.
        prop_assert!(shown >= 20, "only {} of {} placed strings were shown", shown, placed.len());
    }
}
