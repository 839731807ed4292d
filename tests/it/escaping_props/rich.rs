//! The rich escapers (`escape::*_rich`), which read a value's inline Markdown and pasted
//! HTML: whatever the input, only formatting comes out (strong, emphasis, code, line breaks
//! and links to http, https or mailto), checked with a real parser of each format, and
//! Typst compiles it without running any code from the input.

use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag};
use storyfolio::render::escape;

use super::{hostile, markdown_options, typst_query_values, TYPST_PLAIN};

/// Markup people paste, mixed into the hostile fragments.
const MARKUP: &[&str] = &[
    "**",
    "*",
    "_",
    "`",
    "<b>",
    "</b>",
    "<strong>",
    "</strong>",
    "<i>",
    "<em>",
    "</em>",
    "<br>",
    "<br/>",
    "<ul>",
    "<li>",
    "</li>",
    "</ul>",
    "<p>",
    "</p>",
    "&amp;",
    "&lt;",
    "&#x3C;",
    "<a href=\"https://ok.example/\">",
    "<a href=\"javascript:alert(1)\">",
    "<a href=x>",
    "</a>",
    "[t](https://ok.example/)",
    "[t](javascript:alert(1))",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<code>",
    "</code>",
    "<img src=x onerror=alert(1)>",
    "<span>",
];

fn pasted() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            2 => proptest::sample::select(MARKUP).prop_map(str::to_string),
            2 => hostile::fragment(),
            1 => "[a-z ]{1,6}",
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn is_safe_url(url: &str) -> bool {
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|s| url.starts_with(s))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn rich_html_holds_only_formatting_and_safe_links(s in pasted()) {
        let e = escape::html_rich(&s);
        let doc = format!("<!DOCTYPE html><html><head></head><body><p>{e}</p></body></html>");
        let parsed = scraper::Html::parse_document(&doc);
        for el in parsed.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
            let name = el.value().name();
            prop_assert!(
                ["html", "head", "body", "p", "strong", "em", "code", "br", "a"].contains(&name),
                "<{}> from {:?} ({:?})", name, s, e
            );
            for (attr, value) in el.value().attrs() {
                prop_assert!(name == "a" && attr == "href", "{}[{}] from {:?} ({:?})", name, attr, s, e);
                prop_assert!(is_safe_url(value), "href {:?} from {:?}", value, s);
            }
        }
    }

    #[test]
    fn rich_markdown_holds_no_html_image_or_unsafe_link(s in pasted()) {
        let e = escape::markdown_rich(&s);
        let doc = format!("- {e}\n\n{e}\n");
        for event in Parser::new_ext(&doc, markdown_options()) {
            match event {
                Event::Start(Tag::Link { dest_url, .. }) => {
                    prop_assert!(is_safe_url(&dest_url), "link {:?} from {:?} ({:?})", dest_url, s, e)
                }
                Event::Start(Tag::Image { .. }) | Event::Html(_) | Event::InlineHtml(_)
                | Event::InlineMath(_) | Event::DisplayMath(_) | Event::FootnoteReference(_) => {
                    prop_assert!(false, "{:?} from {:?} ({:?})", event, s, e)
                }
                Event::Start(Tag::Heading { .. } | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::Table(_)) => {
                    prop_assert!(false, "block {:?} from {:?} ({:?})", event, s, e)
                }
                _ => {}
            }
        }
    }
}

proptest! {
    // Each case is one typst run over up to 16 strings.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn rich_typst_compiles_to_formatting_only(strings in proptest::collection::vec(pasted(), 1..16)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut doc = String::from(TYPST_PLAIN);
        for s in &strings {
            doc.push_str(&format!("#metadata(odd[{}]) <s>\n", escape::typst_rich(s)));
        }
        let odd: Vec<Vec<String>> = typst_query_values(dir.path(), &doc);
        for (s, found) in strings.iter().zip(odd) {
            for f in found {
                prop_assert!(
                    ["strong", "emph", "raw", "link"].contains(&f.as_str()),
                    "{} from {:?} ({:?})", f, s, escape::typst_rich(s)
                );
            }
        }
    }
}
