//! Property tests of the escaping of every output format, each checked with a real parser
//! of that format: arbitrary hostile text is shown literally and never becomes syntax.
//!
//! - Typst: the escaped text is compiled by typst itself (many strings per call) and the
//!   content it produces is walked back to plain text: only text, spaces, line breaks and
//!   escaped symbols may appear, and the text must equal the input.
//! - HTML: parsed by html5ever (scraper); no element or attribute comes from the input and
//!   text and attribute values read back exactly.
//! - Markdown: parsed by pulldown-cmark with every extension GitHub-like renderers use; no
//!   link, image, HTML, code, heading or list comes from the input and the text reads back.
//!
//! The `rich` half checks the escapers that read inline Markdown and HTML: only formatting
//! and safe links come out of any input.
//!
//! The end-to-end half (`end_to_end`) fills every text field of a profile and a target and
//! runs the real binary for typ, html, md and pdf.
//!
//! Shrunk failures are kept in `tests/proptest-regressions/` (where proptest puts them for a
//! `tests/it/main.rs` binary) and replayed before new cases.

use crate::common;

mod end_to_end;

mod hostile;
mod rich;

use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use storyfolio::render::escape;

/// What every escaper drops: control characters and explicit bidi embeddings, overrides
/// and isolates (see `escape::is_dropped`), spelled out here as the specification.
fn dropped(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters Typst's markup treats as spaces (which it collapses) or line ends.
fn is_typst_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

/// Runs of Typst spaces as one space, trimmed: markup collapses spaces, so this is what
/// "shown literally" can promise about them.
fn collapse_typst_spaces(text: &str) -> String {
    text.split(is_typst_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the Typst escapers promise to keep: everything but control characters (line ends
/// and tabs become spaces in markup; newlines stay in strings).
fn typst_model(text: &str, keep_newlines: bool) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' if keep_newlines => Some('\n'),
            '\t' | '\n' if !keep_newlines => Some(' '),
            c if dropped(c) => None,
            c => Some(c),
        })
        .collect()
}

/// The Typst program that turns content back into plain text, and lists any element that
/// is not plain text (a heading, a list, a link, a raw block, math, a label, ...).
pub(crate) const TYPST_PLAIN: &str = r#"
#let plain(c) = {
  if type(c) == str { return c }
  let f = c.func()
  if f == [].func() { c.children.map(plain).sum(default: "") }
  else if f == [ ].func() { " " }
  else if f == linebreak { "\n" }
  else if f == smartquote { if c.double { "\"" } else { "'" } }
  else if f == text or repr(f) == "symbol" { c.text }
  else { "" }
}
#let odd(c) = {
  if type(c) == str { return () }
  let f = c.func()
  if f == [].func() { c.children.map(odd).sum(default: ()) }
  else if f in (text, linebreak) or repr(f) in ("space", "symbol") { () }
  else { (repr(f),) }
}
"#;

/// Writes `doc` into `dir` and returns the values of its `<s>` metadata, read back by
/// `typst eval`; fails the test when typst cannot compile it.
pub(crate) fn typst_query_values<T: serde::de::DeserializeOwned>(
    dir: &std::path::Path,
    doc: &str,
) -> T {
    let path = dir.join("doc.typ");
    std::fs::write(&path, doc).expect("writes");
    let output = std::process::Command::new("typst")
        .args(["eval", "query(<s>).map(it => it.value)", "--in"])
        .arg(&path)
        .output()
        .expect("runs typst");
    assert!(
        output.status.success(),
        "typst failed on escaped text:\n{}\n--- document ---\n{doc}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("typst prints JSON")
}

/// Compiles every string escaped as markup (in a content block) and as a string literal,
/// and returns, per string, the markup's plain text, its odd elements and the string.
fn typst_round_trip(strings: &[String]) -> Vec<(String, Vec<String>, String)> {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = String::from(TYPST_PLAIN);
    for s in strings {
        let markup = escape::typst_markup(s);
        let string = escape::typst_string(s);
        doc.push_str(&format!(
            "#metadata((plain[{markup}], odd[{markup}], \"{string}\")) <s>\n"
        ));
    }
    let values: Vec<(String, Vec<String>, String)> = typst_query_values(dir.path(), &doc);
    assert_eq!(values.len(), strings.len(), "one value per string");
    values
}

proptest! {
    // Each case is one typst run over up to 16 strings.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn typst_escaping_round_trips(strings in proptest::collection::vec(hostile::hostile(10), 1..16)) {
        let values = typst_round_trip(&strings);
        for (s, (plain, odd, string)) in strings.iter().zip(values) {
            prop_assert!(odd.is_empty(), "{s:?} became {odd:?} in markup ({:?})", escape::typst_markup(s));
            prop_assert_eq!(
                collapse_typst_spaces(&plain),
                collapse_typst_spaces(&typst_model(s, false)),
                "markup {:?} from {:?}", escape::typst_markup(s), s
            );
            prop_assert_eq!(&string, &typst_model(s, true), "string literal from {:?}", s);
        }
    }
}

/// What the HTML escaper promises to keep: everything but control characters other than
/// newlines and tabs.
fn html_model(text: &str) -> String {
    text.chars()
        .filter(|c| matches!(c, '\n' | '\t') || !dropped(*c))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn html_escaping_adds_no_element_or_attribute(s in hostile::hostile(12)) {
        let e = escape::html(&s);
        let doc = format!(
            "<!DOCTYPE html><html><head><title>{e}</title></head><body><p title=\"{e}\">{e}</p><a href=\"https://x.example/\" title='{e}'>{e}</a></body></html>"
        );
        let parsed = scraper::Html::parse_document(&doc);
        let elements: Vec<(String, Vec<String>)> = parsed
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
            .map(|el| {
                let mut attrs: Vec<String> = el.value().attrs().map(|(k, _)| k.to_string()).collect();
                attrs.sort();
                (el.value().name().to_string(), attrs)
            })
            .collect();
        let expected: Vec<(String, Vec<String>)> = [
            ("html", vec![]),
            ("head", vec![]),
            ("title", vec![]),
            ("body", vec![]),
            ("p", vec!["title"]),
            ("a", vec!["href", "title"]),
        ]
        .into_iter()
        .map(|(n, a)| (n.to_string(), a.into_iter().map(str::to_string).collect()))
        .collect();
        prop_assert_eq!(elements, expected, "{:?} escaped as {:?}", s, e);
        let model = html_model(&s);
        let select = |css: &str| {
            let selector = scraper::Selector::parse(css).expect("valid selector");
            parsed.select(&selector).next().map(|el| {
                (el.text().collect::<String>(), el.value().attr("title").map(str::to_string))
            })
        };
        for css in ["p", "a"] {
            let (text, title) = select(css).expect("element present");
            prop_assert_eq!(&text, &model, "{} text of {:?}", css, s);
            prop_assert_eq!(title.as_deref(), Some(model.as_str()), "{} title of {:?}", css, s);
        }
        prop_assert_eq!(select("title").map(|t| t.0), Some(model.clone()));
    }
}

/// What the Markdown escaper promises to keep: line ends and tabs become spaces, other
/// control characters go; the contexts below need text without outer white space.
fn markdown_model(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if dropped(c) => None,
            c => Some(c),
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Every extension a GitHub-like renderer may apply, except smart punctuation (which
/// rewrites quotes and dashes on purpose) and the old footnote syntax.
pub(crate) fn markdown_options() -> Options {
    Options::all()
        .difference(Options::ENABLE_SMART_PUNCTUATION)
        .difference(Options::ENABLE_OLD_FOOTNOTES)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn markdown_escaping_adds_no_link_image_or_html(s in hostile::hostile(12)) {
        let model = markdown_model(&s);
        prop_assume!(!model.is_empty());
        let e = escape::markdown(&model);
        // The places templates put values: a heading, strong and emphasised text, a list
        // item, a link's text and a paragraph.
        let doc = format!("# {e}\n\n**{e}**\n\n- {e}\n\n[{e}](https://x.example/)\n\n*{e}*\n\n{e}\n");
        let mut texts: Vec<String> = vec![String::new()];
        let mut tags: Vec<String> = Vec::new();
        for event in Parser::new_ext(&doc, markdown_options()) {
            match event {
                Event::Text(t) => {
                    if let Some(last) = texts.last_mut() {
                        last.push_str(&t);
                    }
                }
                Event::Start(tag) => {
                    let name = match &tag {
                        Tag::Link { dest_url, .. } => format!("link {dest_url}"),
                        other => format!("{other:?}").split(['(', ' ', '{']).next().unwrap_or_default().to_string(),
                    };
                    tags.push(name);
                }
                Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::List(_)) => {
                    texts.push(String::new())
                }
                Event::End(_) => {}
                other => prop_assert!(false, "{:?} from {:?} (escaped {:?})", other, s, e),
            }
        }
        prop_assert_eq!(
            tags,
            ["Heading", "Paragraph", "Strong", "List", "Item", "Paragraph", "link https://x.example/", "Paragraph", "Emphasis", "Paragraph"]
                .map(str::to_string)
                .to_vec(),
            "{:?} escaped as {:?}", s, e
        );
        texts.retain(|t| !t.is_empty());
        prop_assert_eq!(texts, vec![model.clone(); 6], "{:?} escaped as {:?}", s, e);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn markdown_code_spans_show_text_literally(s in hostile::hostile(12)) {
        let code = escape::markdown_code(&s);
        let body: String = s
            .chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if dropped(c) => None,
                c => Some(c),
            })
            .collect();
        prop_assume!(!body.is_empty());
        let doc = format!("x {code} y\n");
        let events: Vec<Event> = Parser::new_ext(&doc, markdown_options()).collect();
        let codes: Vec<String> = events
            .iter()
            .filter_map(|e| match e {
                Event::Code(t) => Some(t.to_string()),
                _ => None,
            })
            .collect();
        prop_assert_eq!(codes, vec![body], "{:?} as {:?}: {:?}", s, code, events);
        let others = events.iter().filter(|e| !matches!(e, Event::Code(_) | Event::Text(_) | Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph))).count();
        prop_assert_eq!(others, 0, "{:?} as {:?}: {:?}", s, code, events);
    }

    #[test]
    fn plain_text_keeps_everything_but_controls(s in hostile::hostile(12)) {
        let out = escape::text(&s);
        prop_assert!(out.chars().all(|c| c == '\n' || !dropped(c)));
        let kept: String = s.chars().filter(|c| *c == '\n' || *c == '\t' || !dropped(*c)).map(|c| if c == '\t' { ' ' } else { c }).collect();
        prop_assert_eq!(out, kept);
    }
}
