//! Escaping, one function per output format: the only place where untrusted text meets syntax.
//! The `*_rich` forms first read a value's inline Markdown and HTML (`inline`) and print it
//! as that format's own formatting, escaping every piece of text the same way.

use crate::inline::{self, Span};

/// Characters no output keeps: control characters (other than the line ends and tabs each
/// format handles first), and the explicit bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), which would reorder not only their own text but the
/// text around it ("Trojan Source" spoofing). The implicit marks (LRM, RLM, ALM) stay:
/// they affect only neutral characters next to them, and right-to-left scripts need no
/// explicit controls to display correctly.
pub fn is_dropped(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Escapes text for Typst markup so that it is shown literally: it can never start code
/// (`#`), math (`$`), a heading, a list, a label, a reference, a raw block, a comment or a
/// shorthand (`...`, `--`, `~`), and a line end (Typst also ends lines at U+2028 and
/// U+2029) cannot end the enclosing block.
pub fn typst_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut at_line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => continue,
            '\n' | '\u{2028}' | '\u{2029}' => {
                // A forced line break on the same source line: no blank line can end a
                // paragraph, list item or table cell, and no line start is created.
                if !out.ends_with("\\ ") && !out.is_empty() {
                    out.push_str("\\ ");
                }
                at_line_start = true;
                continue;
            }
            // Indentation keeps a line start a line start (`  1.` is still a list item).
            ' ' | '\t' if at_line_start => {
                out.push(' ');
                continue;
            }
            '\t' => out.push(' '),
            // Dropped without a trace: a line start stays a line start.
            c if is_dropped(c) => continue,
            '#' | '$' | '\\' | '*' | '_' | '`' | '<' | '>' | '@' | '[' | ']' | '"' | '\'' | '~'
            | '/' | '=' | '-' | '+' => {
                out.push('\\');
                out.push(c);
            }
            // `1.` at a line start is handled below; `...` anywhere is an ellipsis.
            '.' if at_line_start || chars.peek() == Some(&'.') => out.push_str("\\."),
            c if c.is_ascii_digit() && at_line_start => {
                // `1.` at the start of a line is a numbered list item.
                out.push(c);
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    out.push(d);
                    chars.next();
                }
                if chars.peek() == Some(&'.') {
                    chars.next();
                    out.push_str("\\.");
                }
            }
            c => out.push(c),
        }
        at_line_start = false;
    }
    out
}

/// Escapes text for the inside of a Typst string literal (`"..."`).
pub fn typst_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if is_dropped(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            '`' => out.push_str("&#x60;"),
            '=' => out.push_str("&#x3D;"),
            '\n' | '\t' => out.push(c),
            c if is_dropped(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for Markdown (CommonMark and GitHub's dialect) so that it is shown
/// literally: no emphasis, code, link, image, autolink (`https://`, `www.`, `a@b.c`), HTML,
/// table cell or block can come from the text. Characters that only matter at the start of a
/// line are escaped there (a value may be placed at a line start), and newlines become spaces
/// so that no block can start inside a value. Everything else is left readable.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let chars: Vec<char> = text.chars().collect();
    let mut at_start = true;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            '\n' | '\r' | '\t' => {
                out.push(' ');
                continue;
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' | '@'
            | '$' | '{' | '}' | '^' => {
                out.push('\\');
                out.push(c);
            }
            // Autolinks: "https://..." and "www.".
            ':' if next == Some('/') => out.push_str("\\:"),
            '.' if out.ends_with("www") || out.ends_with("WWW") => out.push_str("\\."),
            // List markers, setext underlines, definition-list colons at a line start.
            '-' | '+' | '=' | ':' if at_start => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii_digit() && at_start => {
                out.push(c);
                continue; // still at the start until the number ends
            }
            // "1." or "1)" followed by a space starts an ordered list.
            '.' | ')'
                if at_start
                    && out.chars().next().is_some_and(|d| d.is_ascii_digit())
                    && next.is_none_or(char::is_whitespace) =>
            {
                out.push('\\');
                out.push(c);
            }
            c if is_dropped(c) => {}
            c => out.push(c),
        }
        at_start = false;
    }
    out
}

/// Plain text: tabs become spaces, other control characters than newlines are removed.
pub fn text(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|c| *c == '\n' || !is_dropped(*c))
        .collect()
}

/// A Markdown code span showing `text` literally. Backslash escapes do not work inside code
/// spans, so instead the fence is one backtick longer than the longest run in the text, and
/// a space pads text that starts or ends with a backtick or a space (CommonMark strips one).
pub fn markdown_code(text: &str) -> String {
    let body: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if is_dropped(c) => None,
            c => Some(c),
        })
        .collect();
    if body.is_empty() {
        return String::new();
    }
    let mut longest = 0;
    let mut run = 0;
    for c in body.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    // Text of spaces only is kept as it is by CommonMark, so it needs no pad.
    let all_spaces = body.chars().all(|c| c == ' ');
    let pad = if !all_spaces && (body.starts_with(['`', ' ']) || body.ends_with(['`', ' '])) {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{body}{pad}{fence}")
}

/// Escapes a URL that was already checked by `safe_url` for a Markdown link destination.
pub fn markdown_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '(' | ')' | '<' | '>' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' ' => out.push_str("%20"),
            c if is_dropped(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// How one output format prints formatted spans; every piece of text still goes through
/// that format's escaping above.
struct Rich {
    text: fn(&str) -> String,
    strong: (&'static str, &'static str),
    emph: (&'static str, &'static str),
    code: fn(&str) -> String,
    link: fn(&str, String) -> String,
    line_break: &'static str,
    item: &'static str,
}

impl Rich {
    fn write(&self, spans: &[Span], out: &mut String) {
        for span in spans {
            match span {
                Span::Text(t) => out.push_str(&(self.text)(t)),
                Span::Strong(inner) => self.wrap(self.strong, inner, out),
                Span::Emph(inner) => self.wrap(self.emph, inner, out),
                Span::Code(code) => out.push_str(&(self.code)(code)),
                Span::Link { url, body } => {
                    let mut inner = String::new();
                    self.write(body, &mut inner);
                    out.push_str(&(self.link)(url, inner));
                }
                Span::Break => out.push_str(self.line_break),
                // A value that opens with a list item is usually a list item itself (a
                // highlight pasted as `<ul><li>`): its first bullet is the template's.
                Span::Item if out.is_empty() => {}
                Span::Item => {
                    if !out.ends_with(self.line_break) {
                        out.push_str(self.line_break);
                    }
                    out.push_str(self.item);
                }
            }
        }
    }

    /// `open` inner `close`, with the inner text's outer spaces moved outside the markers
    /// (Markdown's `** x **` would not be bold). A space that ends an escape (Typst's
    /// line break `\ `) stays inside, or the escape would swallow the closing marker.
    fn wrap(&self, (open, close): (&str, &str), inner: &[Span], out: &mut String) {
        let mut text = String::new();
        self.write(inner, &mut text);
        let start = text.len() - text.trim_start_matches(' ').len();
        let mut end = text.len();
        while end > start && text[..end].ends_with(' ') && !text[..end - 1].ends_with('\\') {
            end -= 1;
        }
        if start == end {
            out.push_str(&text);
            return;
        }
        out.push_str(&text[..start]);
        out.push_str(open);
        out.push_str(&text[start..end]);
        out.push_str(close);
        out.push_str(&text[end..]);
    }

    fn render(&self, text: &str, plain: fn(&str) -> String) -> String {
        match inline::parse(text) {
            Some(spans) => {
                let mut out = String::with_capacity(text.len() + 16);
                self.write(&spans, &mut out);
                out
            }
            None => plain(text),
        }
    }
}

/// Typst: `#strong[..];` — the `;` ends the embedded expression, so text after it (`.5`,
/// `(x)`) cannot continue it as a field access or a call.
const TYPST_RICH: Rich = Rich {
    text: typst_markup,
    strong: ("#strong[", "];"),
    emph: ("#emph[", "];"),
    code: |code| format!("#raw(\"{}\");", typst_string(code)),
    link: |url, body| format!("#link(\"{}\")[{body}];", typst_string(url)),
    line_break: "\\ ",
    item: "• ",
};

const HTML_RICH: Rich = Rich {
    text: html,
    strong: ("<strong>", "</strong>"),
    emph: ("<em>", "</em>"),
    code: |code| format!("<code>{}</code>", html(code)),
    link: |url, body| format!("<a href=\"{}\">{body}</a>", html(url)),
    line_break: "<br>",
    item: "• ",
};

/// Markdown keeps each value on one line (a value may sit in a list item or a heading), so
/// line breaks and list items become separators.
const MARKDOWN_RICH: Rich = Rich {
    text: markdown,
    strong: ("**", "**"),
    emph: ("*", "*"),
    code: markdown_code,
    link: |url, body| format!("[{body}]({})", markdown_url(url)),
    line_break: " ",
    item: "• ",
};

/// Plain text: formatting goes, a link keeps its address after its text.
const TEXT_RICH: Rich = Rich {
    text,
    strong: ("", ""),
    emph: ("", ""),
    code: text,
    link: |url, body| {
        let shown = url.strip_prefix("mailto:").unwrap_or(url);
        if body.contains(shown) {
            body
        } else {
            format!("{body} ({shown})")
        }
    },
    line_break: "\n",
    item: "• ",
};

/// Text with its inline Markdown and HTML (see `inline`) as Typst formatting.
pub fn typst_rich(value: &str) -> String {
    TYPST_RICH.render(value, typst_markup)
}

/// Text with its inline Markdown and HTML as HTML formatting (only `strong`, `em`, `code`,
/// checked `a href` and `br` can come out).
pub fn html_rich(value: &str) -> String {
    HTML_RICH.render(value, html)
}

/// Text with its inline Markdown and HTML as Markdown emphasis, code and links.
pub fn markdown_rich(value: &str) -> String {
    // Leading spaces mean nothing inline, and four would start a code block in Markdown.
    // They are trimmed from what is printed: markup that prints nothing can come first
    // (`<b>    a` prints `    **a**`).
    let rendered = MARKDOWN_RICH.render(value, markdown);
    match rendered.find(|c: char| !c.is_whitespace()) {
        Some(0) => rendered,
        Some(start) => rendered[start..].to_string(),
        None => String::new(),
    }
}

/// Text with its inline Markdown and HTML read and dropped: plain text.
pub fn text_rich(value: &str) -> String {
    TEXT_RICH.render(value, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typst_markup_neutralises_code_math_and_comments() {
        assert_eq!(
            typst_markup("#read(\"/etc/passwd\")"),
            "\\#read(\\\"\\/etc\\/passwd\\\")"
        );
        assert_eq!(typst_markup("$x$ // c /* d"), "\\$x\\$ \\/\\/ c \\/\\* d");
        assert_eq!(
            typst_markup("a_b*c* `r` <l> @ref [x] ~ 'q'"),
            "a\\_b\\*c\\* \\`r\\` \\<l\\> \\@ref \\[x\\] \\~ \\'q\\'"
        );
    }

    #[test]
    fn typst_markup_neutralises_line_starts() {
        assert_eq!(typst_markup("= Heading"), "\\= Heading");
        assert_eq!(typst_markup("- item"), "\\- item");
        assert_eq!(typst_markup("12. item"), "12\\. item");
        assert_eq!(typst_markup("v1.2"), "v1.2");
        assert_eq!(typst_markup("a\n\n= b"), "a\\ \\= b");
        assert_eq!(typst_markup("a\n3. b"), "a\\ 3\\. b");
        // Typst also ends lines at U+2028 and U+2029.
        assert_eq!(typst_markup("a\u{2028}1. b"), "a\\ 1\\. b");
        assert_eq!(typst_markup("a\u{2029}\u{2029}= b"), "a\\ \\= b");
    }

    #[test]
    fn typst_markup_keeps_dots_from_becoming_an_ellipsis() {
        assert_eq!(typst_markup("wait..."), "wait\\.\\..");
        assert_eq!(typst_markup("a.b"), "a.b");
    }

    #[test]
    fn bidi_overrides_are_dropped_everywhere() {
        let spoof = "a\u{202E}cba\u{202C} \u{2067}x\u{2069}\u{200F}";
        let kept = "acba x\u{200F}";
        assert_eq!(typst_markup(spoof), kept);
        assert_eq!(typst_string(spoof), kept);
        assert_eq!(html(spoof), kept);
        assert_eq!(markdown(spoof), kept);
        assert_eq!(text(spoof), kept);
        assert_eq!(markdown_code(spoof), format!("`{kept}`"));
    }

    #[test]
    fn rich_forms_print_formatting_and_escape_the_text() {
        let value = "Cut **p99 #latency** by <em>40%</em>; see [site](https://x.org/a) <script>alert(1)</script>";
        assert_eq!(
            typst_rich(value),
            "Cut #strong[p99 \\#latency]; by #emph[40%];; see #link(\"https://x.org/a\")[site];"
        );
        assert_eq!(
            html_rich(value),
            "Cut <strong>p99 #latency</strong> by <em>40%</em>; see <a href=\"https://x.org/a\">site</a>"
        );
        assert_eq!(
            markdown_rich(value),
            "Cut **p99 \\#latency** by *40%*; see [site](https://x.org/a)"
        );
        assert_eq!(
            text_rich(value),
            "Cut p99 #latency by 40%; see site (https://x.org/a)"
        );
        // Unsafe links keep their text only; a value without markup is escaped as before.
        assert_eq!(html_rich("[x](javascript:alert(1))"), "x");
        assert_eq!(typst_rich("a_b #c"), typst_markup("a_b #c"));
        assert_eq!(
            text_rich("<ul><li>One</li><li>Two &amp; three</li></ul>"),
            "One\n• Two & three"
        );
        assert_eq!(typst_rich("a<br/>b"), "a\\ b");
    }

    #[test]
    fn a_line_break_at_the_end_of_bold_text_keeps_the_bracket() {
        assert_eq!(typst_rich("<b>]\n</b>x"), "#strong[\\]\\ ];x");
        assert_eq!(markdown_rich("    <b>x</b>"), "**x**");
    }

    /// Found by the property test: spaces after a tag that prints nothing started an
    /// indented code block.
    #[test]
    fn spaces_after_markup_that_prints_nothing_start_no_code_block() {
        assert_eq!(markdown_rich("<b>\0    a"), "**a**");
        assert_eq!(markdown_rich("<span>  </span>    x"), "x");
        assert_eq!(markdown_rich("<b> </b>"), "");
    }

    #[test]
    fn text_turns_tabs_into_spaces() {
        assert_eq!(text("a\tb\u{7}\n"), "a b\n");
    }

    #[test]
    fn typst_string_escapes_quotes_and_backslashes() {
        assert_eq!(typst_string("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }

    #[test]
    fn html_escapes_markup_characters() {
        assert_eq!(
            html("<img src=x onerror='a'>&"),
            "&lt;img src&#x3D;x onerror&#x3D;&#x27;a&#x27;&gt;&amp;"
        );
    }

    #[test]
    fn markdown_code_spans_need_no_escapes() {
        assert_eq!(markdown_code("C#"), "`C#`");
        assert_eq!(markdown_code("a`b"), "``a`b``");
        assert_eq!(markdown_code("`x"), "`` `x ``");
        assert_eq!(markdown_code(" x"), "`  x `");
        assert_eq!(markdown_code("\u{7}"), "");
    }

    #[test]
    fn markdown_escapes_links_and_html() {
        assert_eq!(
            markdown("[x](javascript:y) <b>"),
            "\\[x\\](javascript:y) \\<b\\>"
        );
        assert_eq!(markdown("# h\n- i"), "\\# h - i");
        assert_eq!(markdown("- item"), "\\- item");
        assert_eq!(markdown("12. item"), "12\\. item");
        assert_eq!(
            markdown("see https://x.org or www.y.org, mail a@b.c"),
            "see https\\://x.org or www\\.y.org, mail a\\@b.c"
        );
        assert_eq!(
            markdown("0.91 F1 (IPIU 2024) smart-city"),
            "0.91 F1 (IPIU 2024) smart-city"
        );
        assert_eq!(markdown("a | b ![i](x)"), "a \\| b \\!\\[i\\](x)");
    }
}
