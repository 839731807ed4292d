//! Which HTML elements hold no text and which start a new block: one table for every reader
//! of HTML (the profile's pasted markup in `inline`, the documents `check` reads),
//! so the two never disagree about a `<textarea>` or a table cell.

/// Elements whose content is never shown as text: code, metadata, form controls, media.
const CONTENT_IS_NOT_TEXT: &[&str] = &[
    "script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math", "head",
    "title", "textarea", "select",
];

/// Elements that start and end a block of text (a paragraph, a line, a cell): the HTML
/// standard's flow-level elements people paste or a converter writes.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "address",
    "figcaption",
];

/// Whether `name` (lowercase) starts a block of text.
pub fn is_block(name: &str) -> bool {
    BLOCK_ELEMENTS.contains(&name)
}

/// Whether the content of `name` (lowercase) is not text.
pub fn hides_content(name: &str) -> bool {
    CONTENT_IS_NOT_TEXT.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_cell_is_a_block_and_a_textarea_hides_its_content() {
        assert!(is_block("td"));
        assert!(is_block("li"));
        assert!(!is_block("span"));
        assert!(hides_content("textarea"));
        assert!(!hides_content("p"));
    }
}
