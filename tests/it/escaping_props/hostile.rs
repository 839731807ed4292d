//! Hostile text for the property tests: fragments that mean something in one of the output
//! formats (Typst code and markup, HTML, Markdown), characters that change how text is laid
//! out or read (bidi controls, zero-width characters, combining marks, line separators),
//! emoji and Hangul, mixed with arbitrary Unicode.

use proptest::prelude::*;

/// Fragments that are syntax somewhere, or tricky for layout and extraction.
pub const FRAGMENTS: &[&str] = &[
    // Typst: code, math, comments, markup at a line start, labels, references, raw, shorthands.
    "#",
    "#set page(width: 1pt)",
    "#read(\"/etc/passwd\")",
    "#import \"x.typ\": *",
    "$",
    "$x^2$",
    "\\",
    "\\ ",
    "\\u{41}",
    "[",
    "]",
    "{",
    "}",
    "(",
    ")",
    "//",
    "/*",
    "*/",
    "= ",
    "- ",
    "+ ",
    "/ term: ",
    "1. ",
    "12.",
    "<label>",
    "@ref",
    "`raw`",
    "```",
    "~",
    "...",
    "--",
    "---",
    "-?",
    "'",
    "\"",
    "*",
    "_",
    "https://evil.example/x",
    // HTML.
    "<",
    ">",
    "&",
    "&amp;",
    "&#60;",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\" onmouseover=\"x",
    "' autofocus '",
    "<!--",
    "-->",
    "<![CDATA[",
    "=",
    "`",
    // Markdown.
    "# ",
    "> ",
    "[x](javascript:alert(1))",
    "![i](https://evil.example/i.png)",
    "<https://evil.example>",
    "www.evil.example",
    "| a | b |",
    "---\n",
    "***",
    "    code",
    "[ref]: https://evil.example",
    "[^1]",
    "~~s~~",
    "<div>",
    "\\*",
    "!",
    "^",
    "%",
    ":",
    // Line structure and invisible or reordering characters.
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\n\n",
    "\u{2028}",
    "\u{2029}",
    "\u{0085}",
    "\u{000B}",
    "\u{000C}",
    "\u{0000}",
    "\u{001B}[31m",
    "\u{007F}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{202A}",
    "\u{202E}",
    "\u{2066}",
    "\u{2069}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{00A0}",
    "\u{3000}",
    "e\u{0301}",
    "\u{0301}",
    "\u{0308}\u{0308}",
    // Emoji and Hangul.
    "😀",
    "👩\u{200D}💻",
    "🇰🇷",
    "👍🏽",
    "한국어",
    "가",
    "ᄀ",
    "ㄱ",
    "경량화를",
    "김지우",
];

/// One hostile fragment.
pub fn fragment() -> impl Strategy<Value = String> {
    proptest::sample::select(FRAGMENTS).prop_map(str::to_string)
}

/// Up to six arbitrary Unicode scalar values.
pub fn arbitrary_unicode() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 1..6).prop_map(String::from_iter)
}

/// Letters, digits and symbols that the fonts on a storyfolio machine can draw (Libertinus,
/// DejaVu, Nanum): for end-to-end tests whose PDF text must be extracted again.
pub fn drawable_unicode() -> impl Strategy<Value = String> {
    let ranges = prop_oneof![
        proptest::char::range('a', 'z'),
        proptest::char::range('A', 'Z'),
        proptest::char::range('0', '9'),
        proptest::char::range('\u{00C0}', '\u{00FF}'),
        proptest::char::range('\u{0100}', '\u{017F}'),
        // U+03A2 is unassigned: no font draws it.
        proptest::char::range('\u{0391}', '\u{03A1}'),
        proptest::char::range('\u{03A3}', '\u{03A9}'),
        proptest::char::range('\u{03B1}', '\u{03C9}'),
        proptest::char::range('\u{0410}', '\u{044F}'),
        proptest::char::range('\u{AC00}', '\u{D7A3}'),
        proptest::char::range('\u{2190}', '\u{2199}'),
    ];
    proptest::collection::vec(ranges, 1..6).prop_map(String::from_iter)
}

/// Hostile fragments mixed with arbitrary Unicode, up to `max` pieces.
pub fn hostile(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![3 => fragment(), 1 => arbitrary_unicode()],
        0..max,
    )
    .prop_map(|parts| parts.concat())
}

/// Hostile fragments mixed with drawable Unicode, up to `max` pieces.
pub fn hostile_drawable(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![3 => fragment(), 1 => drawable_unicode()],
        0..max,
    )
    .prop_map(|parts| parts.concat())
}
