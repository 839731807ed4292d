//! Inline formatting inside a text value: the Markdown people write (`**bold**`, `*em*`,
//! `[text](url)`, backticks) and the HTML they paste (`<b>`, `<strong>`, `<em>`, `<i>`,
//! `<a href>`, `<br>`, `<ul>/<li>`, entities), read into a small tree of spans that each
//! output format prints as its own formatting (see `render::escape`), or as plain text: the
//! text a letter's sentences are made of (`as_sentences`).
//!
//! Markdown is read by pulldown-cmark and HTML tags by html5gum's WHATWG tokenizer, never
//! by patterns. Only inline formatting comes out: block syntax (headings, quotes, code
//! blocks, numbered lists) is kept as the text it is, links keep only http, https and
//! mailto targets, and scripts, styles and frames are dropped with their content.

use std::borrow::Cow;

use crate::html::{hides_content, is_block};
use html5gum::{Token, Tokenizer};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// A piece of formatted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    Text(String),
    Strong(Vec<Span>),
    Emph(Vec<Span>),
    /// Code, shown in a monospace face.
    Code(String),
    /// A link whose target passed `safe_url`.
    Link {
        url: String,
        body: Vec<Span>,
    },
    /// A line break.
    Break,
    /// The start of a list item (printed as a bullet on a new line).
    Item,
}

/// Whether `text` may hold markup at all: the fast path for the many values that cannot.
fn may_have_markup(text: &str) -> bool {
    text.contains(['*', '_', '`', '[', '<', '&'])
}

/// A value that is one URL or address ("https://x.org/a_b*c") is never markup.
fn is_single_url(text: &str) -> bool {
    let t = text.trim();
    !t.contains(char::is_whitespace)
        && ["http://", "https://", "mailto:", "www."]
            .iter()
            .any(|p| t.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p)))
}

/// The spans of `text`, or `None` when it has no formatting (print it as it is).
pub fn parse(text: &str) -> Option<Vec<Span>> {
    if !may_have_markup(text) || is_single_url(text) {
        return None;
    }
    let source = neutralise_blocks(text);
    let mut reader = Reader::default();
    for event in Parser::new(&source) {
        reader.event(event);
    }
    let spans = reader.finish();
    // Nothing read (a value of one `<script>`) is printed as nothing, not as the raw text.
    let plain = matches!(spans.as_slice(), [Span::Text(t)] if t == text);
    (!plain).then_some(spans)
}

/// Markdown reads block syntax only at a line start (headings, quotes, lists, code
/// blocks, HTML blocks, link definitions), and storyfolio wants none of it: each line
/// gets this ideographic space in front, which Markdown does not count as indentation,
/// so no block can start, while emphasis still can (it is white space). The reader trims
/// it again. A `- `, `* ` or `+ ` bullet becomes a `•` item first.
const LINE_START: char = '\u{3000}';

fn neutralise_blocks(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push(LINE_START);
        let line = line.trim_start_matches([' ', '\t', '\r']);
        match line.as_bytes() {
            [b'-' | b'*' | b'+', b' ' | b'\t', ..] => {
                out.push_str("• ");
                out.push_str(line[2..].trim_start());
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// What an open tag formats its content as.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Frame {
    Strong,
    Emph,
    /// `<code>`: its text becomes one code span.
    Code,
    /// A link; `None` when the target was not safe (its text stays, unlinked).
    Link(Option<String>),
    /// Markdown containers (paragraphs, items, ...) and HTML tags without formatting.
    Plain,
}

/// Builds spans from pulldown-cmark's events, with the HTML in them tokenized.
#[derive(Default)]
struct Reader {
    /// Open frames with the spans collected inside each; the root is below them.
    stack: Vec<(Frame, &'static str, Vec<Span>)>,
    root: Vec<Span>,
    /// Inside `<script>`, `<style>`, ...: the tag whose end resumes output.
    skipping: Option<String>,
    paragraphs: usize,
}

/// HTML element names that are dropped as tags (their text stays). A `<Name>` that is
/// not an HTML element ("List<String>") is text and is shown.
const OTHER_ELEMENTS: &[&str] = &[
    "span", "font", "u", "s", "strike", "del", "ins", "small", "big", "sup", "sub", "mark", "abbr",
    "cite", "q", "center", "thead", "tbody", "tfoot", "caption", "img", "label", "figure", "time",
    "wbr", "var", "samp", "html", "body", "meta", "link", "base", "form", "input", "button",
    "option", "video", "audio", "source", "picture", "canvas", "details", "summary", "colgroup",
    "col",
];

impl Reader {
    fn current(&mut self) -> &mut Vec<Span> {
        match self.stack.last_mut() {
            Some((_, _, spans)) => spans,
            None => &mut self.root,
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.skipping.is_some() || text.is_empty() {
            return;
        }
        let spans = self.current();
        // No spaces at the start of a line (`LINE_START`, or left by HTML source lines).
        let text = if spans.is_empty() || matches!(spans.last(), Some(Span::Break | Span::Item)) {
            text.trim_start()
        } else {
            text
        };
        if text.is_empty() {
            return;
        }
        if let Some(Span::Text(last)) = spans.last_mut() {
            last.push_str(text);
        } else {
            spans.push(Span::Text(text.to_string()));
        }
    }

    fn push(&mut self, span: Span) {
        if self.skipping.is_none() {
            self.current().push(span);
        }
    }

    /// A line break, unless nothing precedes it or one already ends the text.
    fn line_break(&mut self) {
        let spans = self.current();
        if !spans.is_empty() && !matches!(spans.last(), Some(Span::Break | Span::Item)) {
            self.push(Span::Break);
        }
    }

    fn open(&mut self, frame: Frame, tag: &'static str) {
        if self.skipping.is_none() {
            self.stack.push((frame, tag, Vec::new()));
        }
    }

    /// Closes the innermost frame opened by `tag` (and any left open inside it).
    fn close(&mut self, tag: &str) {
        if self.skipping.is_some() {
            return;
        }
        let Some(at) = self.stack.iter().rposition(|(_, t, _)| *t == tag) else {
            return;
        };
        while self.stack.len() > at {
            let Some((frame, _, spans)) = self.stack.pop() else {
                break;
            };
            let span = match frame {
                Frame::Strong if !spans.is_empty() => Some(Span::Strong(spans)),
                Frame::Emph if !spans.is_empty() => Some(Span::Emph(spans)),
                Frame::Code => Some(Span::Code(plain_text(&spans))),
                Frame::Link(Some(url)) if !spans.is_empty() => {
                    Some(Span::Link { url, body: spans })
                }
                _ => {
                    let current = self.current();
                    for span in spans {
                        match (current.last_mut(), span) {
                            (Some(Span::Text(last)), Span::Text(more)) => last.push_str(&more),
                            (_, span) => current.push(span),
                        }
                    }
                    None
                }
            };
            if let Some(span) = span {
                self.current().push(span);
            }
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Text(text) => self.push_text(&text),
            Event::Code(code) => self.push(Span::Code(code.to_string())),
            Event::SoftBreak | Event::HardBreak => self.line_break(),
            Event::Html(html) | Event::InlineHtml(html) => self.html(&html),
            Event::Start(Tag::Paragraph) => {
                self.paragraphs += 1;
                if self.paragraphs > 1 {
                    self.line_break();
                }
            }
            Event::Start(Tag::Strong) => self.open(Frame::Strong, "md-strong"),
            Event::End(TagEnd::Strong) => self.close("md-strong"),
            Event::Start(Tag::Emphasis) => self.open(Frame::Emph, "md-em"),
            Event::End(TagEnd::Emphasis) => self.close("md-em"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.open(Frame::Link(crate::link::safe_url(&dest_url)), "md-link")
            }
            Event::End(TagEnd::Link) => self.close("md-link"),
            // An image shows its description, as a text browser does.
            Event::Start(Tag::Image { .. }) => self.open(Frame::Plain, "md-image"),
            Event::End(TagEnd::Image) => self.close("md-image"),
            Event::Start(Tag::Item) => self.push(Span::Item),
            _ => {}
        }
    }

    /// Reads a piece of HTML (a tag, or a block holding tags and text).
    fn html(&mut self, html: &str) {
        // A lone `<Name>` that is no HTML element is text ("List<String>", "<3").
        if let Some(name) = lone_tag_name(html) {
            if !is_html_element(&name) {
                self.push_text(html);
                return;
            }
        }
        for token in Tokenizer::new(html).flatten() {
            match token {
                Token::StartTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                    let href = tag
                        .attributes
                        .get(b"href".as_slice())
                        .map(|v| String::from_utf8_lossy(v).into_owned());
                    self.start_tag(&name, href, tag.self_closing);
                }
                Token::EndTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                    self.end_tag(&name);
                }
                Token::String(text) => {
                    let text = String::from_utf8_lossy(&text);
                    // Source line ends inside an HTML block are spaces, as in a browser.
                    let text = text.replace(['\n', '\r'], " ");
                    self.push_text(&text);
                }
                _ => {}
            }
        }
    }

    fn start_tag(&mut self, name: &str, href: Option<String>, self_closing: bool) {
        if self.skipping.is_some() {
            return;
        }
        if hides_content(name) {
            if !self_closing {
                self.skipping = Some(name.to_string());
            }
            return;
        }
        match name {
            "b" | "strong" => self.open(Frame::Strong, "html-strong"),
            "i" | "em" => self.open(Frame::Emph, "html-em"),
            "code" | "kbd" | "tt" => self.open(Frame::Code, "html-code"),
            "a" => self.open(
                Frame::Link(href.as_deref().and_then(crate::link::safe_url)),
                "html-a",
            ),
            "br" => self.push(Span::Break),
            "li" => self.push(Span::Item),
            "hr" => self.line_break(),
            n if is_block(n) => self.line_break(),
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &str) {
        if let Some(skipped) = &self.skipping {
            if skipped == name {
                self.skipping = None;
            }
            return;
        }
        match name {
            "b" | "strong" => self.close("html-strong"),
            "i" | "em" => self.close("html-em"),
            "code" | "kbd" | "tt" => self.close("html-code"),
            "a" => self.close("html-a"),
            // An item or a break was marked where it opened; a rule has no end.
            n if is_block(n) && !matches!(n, "hr" | "br" | "li") => self.line_break(),
            _ => {}
        }
    }

    fn finish(mut self) -> Vec<Span> {
        self.skipping = None;
        while let Some((_, tag, _)) = self.stack.last() {
            let tag = *tag;
            self.close(tag);
        }
        // No break at the end, and none right after an item marker's line.
        while matches!(self.root.last(), Some(Span::Break)) {
            self.root.pop();
        }
        if let Some(Span::Text(last)) = self.root.last_mut() {
            last.truncate(last.trim_end().len());
        }
        self.root
    }
}

/// The name of `html` when it is exactly one start or end tag (`<b>`, `</String>`).
fn lone_tag_name(html: &str) -> Option<String> {
    let inner = html.trim().strip_prefix('<')?.strip_suffix('>')?;
    if inner.contains(['<', '>']) {
        return None;
    }
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    (!name.is_empty()).then(|| name.to_ascii_lowercase())
}

fn is_html_element(name: &str) -> bool {
    matches!(
        name,
        "b" | "strong" | "i" | "em" | "code" | "kbd" | "tt" | "a" | "br" | "li"
    ) || hides_content(name)
        || is_block(name)
        || OTHER_ELEMENTS.contains(&name)
}

/// The text of `spans` without formatting; links keep their text only.
pub fn plain_text(spans: &[Span]) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Text(t) | Span::Code(t) => out.push_str(t),
            Span::Strong(inner) | Span::Emph(inner) | Span::Link { body: inner, .. } => {
                out.push_str(&plain_text(inner))
            }
            Span::Break => out.push('\n'),
            Span::Item if out.is_empty() => {}
            Span::Item => {
                if !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str("• ");
            }
        }
    }
    out
}

/// Whether `text` is a list: items pasted as HTML (`<ul><li>`) or typed with bullets.
pub fn is_list(text: &str) -> bool {
    let items = match parse(text) {
        Some(spans) => spans.iter().filter(|s| matches!(s, Span::Item)).count(),
        None => text.matches('•').count(),
    };
    items >= 2
}

/// The text of a value as sentences read it: its formatting dropped, its line breaks read
/// as spaces, and each list item a sentence of its own, whether the list was pasted as HTML
/// or typed with bullets ("<ul><li>A</li><li>B</li></ul>" and "• A • B" read "A. B").
pub fn as_sentences(text: &str) -> Cow<'_, str> {
    let plain = match parse(text) {
        Some(spans) => Cow::Owned(plain_text(&spans)),
        None => Cow::Borrowed(text),
    };
    if !plain.contains(['\n', '\r', '•']) {
        return plain;
    }
    let items: Vec<String> = plain
        .split('•')
        .map(|item| {
            let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
            item.trim_end_matches([';', ',']).trim_end().to_string()
        })
        .filter(|item| !item.is_empty())
        .collect();
    let mut out = String::new();
    for item in items {
        if !out.is_empty() {
            if !out.ends_with(['.', '!', '?', '。']) {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(&item);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Span {
        Span::Text(s.into())
    }

    #[test]
    fn plain_text_has_no_spans() {
        for plain in [
            "Led a team of 5",
            "snake_case_name and C++",
            "p < 0.05 & n > 30",
            "https://example.com/a_b_c*d",
            "AT&T",
            "",
        ] {
            assert_eq!(parse(plain), None, "{plain}");
        }
    }

    #[test]
    fn markdown_inline_becomes_spans() {
        assert_eq!(
            parse("Cut **latency** by *40%* with `TensorRT`").unwrap(),
            [
                text("Cut "),
                Span::Strong(vec![text("latency")]),
                text(" by "),
                Span::Emph(vec![text("40%")]),
                text(" with "),
                Span::Code("TensorRT".into()),
            ]
        );
        assert_eq!(
            parse("see [the paper](https://arxiv.org/abs/1)").unwrap(),
            [
                text("see "),
                Span::Link {
                    url: "https://arxiv.org/abs/1".into(),
                    body: vec![text("the paper")]
                }
            ]
        );
    }

    #[test]
    fn pasted_html_becomes_spans() {
        assert_eq!(
            parse("<strong>Led</strong> the <em>ML</em> team &amp; <a href=\"https://x.org\">site</a><br>next").unwrap(),
            [
                Span::Strong(vec![text("Led")]),
                text(" the "),
                Span::Emph(vec![text("ML")]),
                text(" team & "),
                Span::Link {
                    url: "https://x.org/".into(),
                    body: vec![text("site")]
                },
                Span::Break,
                text("next"),
            ]
        );
        assert_eq!(
            parse("<ul><li>One</li><li>Two</li></ul>").unwrap(),
            [Span::Item, text("One"), Span::Item, text("Two")]
        );
    }

    #[test]
    fn pasted_table_cells_stay_apart_and_form_fields_are_not_text() {
        let spans = parse("<table><tr><td>PyTorch</td><td>ONNX</td></tr></table>").unwrap();
        assert_eq!(plain_text(&spans), "PyTorch\nONNX");
        assert_eq!(
            parse("Skills <textarea>type here</textarea>listed").unwrap(),
            [text("Skills listed")]
        );
    }

    #[test]
    fn scripts_and_unsafe_links_never_survive() {
        assert_eq!(
            parse("Hi <script>alert(1)</script>there").unwrap(),
            [text("Hi there")]
        );
        assert_eq!(
            parse("<script>\nalert(1)\n</script>\nok").unwrap(),
            [text("ok")]
        );
        assert_eq!(
            parse("[click](javascript:alert(1)) <a href=\"javascript:x\">me</a>").unwrap(),
            [text("click me")]
        );
        assert_eq!(
            parse("<img src=x onerror=alert(1)>caption").unwrap(),
            [text("caption")]
        );
    }

    #[test]
    fn a_list_reads_as_sentences_and_formatting_is_dropped() {
        assert_eq!(
            as_sentences("<ul><li>Active-learning loop</li><li>Drift alerts in Grafana</li></ul>"),
            "Active-learning loop. Drift alerts in Grafana"
        );
        assert_eq!(
            as_sentences("• Built the loop; • Shipped alerts."),
            "Built the loop. Shipped alerts."
        );
        assert_eq!(
            as_sentences("<b>Defect detector</b> catches <i>96.5%</i>"),
            "Defect detector catches 96.5%"
        );
        assert_eq!(
            as_sentences("Visual inspection.<br>Team of 5"),
            "Visual inspection. Team of 5"
        );
        // A line break inside a sentence is a space; a text without markup is itself.
        assert_eq!(
            as_sentences("I built a\nclassifier"),
            "I built a classifier"
        );
        assert!(matches!(
            as_sentences("수집·라벨링"),
            Cow::Borrowed("수집·라벨링")
        ));
        assert!(is_list("<ul><li>a</li><li>b</li></ul>"));
        assert!(is_list("• a • b"));
        assert!(!is_list("<ul><li>a</li></ul>"));
        assert!(!is_list("a<br>b"));
    }

    #[test]
    fn block_syntax_stays_text() {
        assert_eq!(
            parse("# not a heading *x*").unwrap()[0],
            text("# not a heading ")
        );
        assert_eq!(
            plain_text(&parse("2020. Joined *Acme*").unwrap()),
            "2020. Joined Acme"
        );
        assert_eq!(
            plain_text(&parse("- one **a**\n- two").unwrap()),
            "• one a\n• two"
        );
        assert_eq!(plain_text(&parse("[1]: note *x*").unwrap()), "[1]: note x");
        assert_eq!(
            plain_text(&parse("List<String> and <3 *x*").unwrap()),
            "List<String> and <3 x"
        );
    }
}
