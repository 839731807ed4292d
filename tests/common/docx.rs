//! Reading .docx files (zip archives of WordprocessingML) back: parts and paragraphs.

use std::io::Read;
use std::path::Path;

/// One part of a .docx, e.g. `word/document.xml`.
pub fn docx_part(docx: &Path, part: &str) -> String {
    let file = std::fs::File::open(docx).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut entry = archive.by_name(part).unwrap();
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    text
}

/// The paragraphs of a .docx as plain text, one string per `<w:p>`, with their style id.
pub fn docx_paragraphs(docx: &Path) -> Vec<(Option<String>, String)> {
    let xml = docx_part(docx, "word/document.xml");
    xml.split("</w:p>")
        .filter(|p| p.contains("<w:p ") || p.contains("<w:p>"))
        .map(|p| {
            let style = between(p, "<w:pStyle w:val=\"", "\"").first().cloned();
            let text: String = between(p, "<w:t xml:space=\"preserve\">", "</w:t>")
                .iter()
                .map(|t| unescape(t))
                .collect();
            (style, text)
        })
        .collect()
}

/// Every piece of `text` between `open` and the next `close`.
fn between(text: &str, open: &str, close: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        rest = &rest[start + open.len()..];
        let Some(end) = rest.find(close) else { break };
        found.push(rest[..end].to_string());
        rest = &rest[end..];
    }
    found
}

/// XML text with its five predefined entities replaced.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
