//! Reading the document `check` verifies (Markdown, text, HTML, Word, PDF or standard input)
//! as plain paragraphs that remember their lines. Markup is parsed as data, never run.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The largest document file read. A letter or a resume is kilobytes; a Word file with
/// pictures a few megabytes.
pub const MAX_DOCUMENT_BYTES: u64 = 20 * 1024 * 1024;
/// The most text checked: about three hundred pages, so time stays bounded on any input.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;
/// The largest `word/document.xml` unpacked from a .docx (a zip bomb stops here).
const MAX_DOCX_XML_BYTES: u64 = 64 * 1024 * 1024;
/// Decompressed content per PDF page read by the built-in reader.
const MAX_PDF_PAGE_BYTES: usize = 16 * 1024 * 1024;

/// Where the document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    /// `-` is standard input, anything else a file.
    pub fn from_arg(arg: &Path) -> Source {
        if arg == Path::new("-") {
            Source::Stdin
        } else {
            Source::File(arg.to_path_buf())
        }
    }

    /// How messages name it.
    pub fn name(&self) -> String {
        match self {
            Source::File(path) => path.display().to_string(),
            Source::Stdin => "standard input".into(),
        }
    }
}

/// How a PDF's text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PdfReader {
    /// pdftotext (poppler) when it is on PATH, else the built-in reader.
    #[default]
    Auto,
    /// pdftotext only.
    Pdftotext,
    /// The built-in reader (lopdf).
    Builtin,
}

/// The kinds of document read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    Markdown,
    Text,
    Html,
    Docx,
    Pdf,
}

/// A block of text (a paragraph, heading or list item) with the source line of each piece.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    /// (byte offset in `text`, 1-based source line) where each piece starts; empty when the
    /// format has no lines (HTML, Word, PDF).
    pub lines: Vec<(usize, usize)>,
}

impl Paragraph {
    /// The source line of the text at `offset`, when the format has lines.
    pub fn line_at(&self, offset: usize) -> Option<usize> {
        self.lines
            .iter()
            .take_while(|(start, _)| *start <= offset)
            .last()
            .or(self.lines.first())
            .map(|&(_, line)| line)
    }
}

/// A document as text.
#[derive(Debug, Clone)]
pub struct Document {
    pub format: DocFormat,
    /// What read it: "markdown", "text", "html", "docx", "pdftotext" or "lopdf".
    pub reader: &'static str,
    pub paragraphs: Vec<Paragraph>,
}

impl Document {
    /// All text, one paragraph a line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for p in &self.paragraphs {
            out.push_str(&p.text);
            out.push('\n');
        }
        out
    }
}

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("failed to read `{name}`: no such file")]
    Missing { name: String },
    #[error("failed to read `{name}`: it is a directory, not a document")]
    Directory { name: String },
    #[error("failed to read `{name}`: {source}")]
    Io { name: String, source: io::Error },
    #[error("`{name}` is over {limit_mb} MB, more than a letter or a resume ever is; check refuses it rather than read it: export the text you want checked (.txt or .md) and check that")]
    TooLarge { name: String, limit_mb: u64 },
    #[error("the text of `{name}` is over {limit_kb} KB (hundreds of pages); check reads letters and resumes: check the part you will send")]
    TextTooLong { name: String, limit_kb: usize },
    #[error("`{name}` is empty: there is nothing to check")]
    Empty { name: String },
    #[error("`{name}` is not a document check can read: binary data that is not .docx or .pdf (check reads .md, .txt, .html, .docx and .pdf)")]
    Binary { name: String },
    #[error("`{name}` is a PDF with no text layer (a scan or a picture of text): export the document as text (.txt, .docx, or a PDF with selectable text) and check that")]
    NoTextLayer { name: String },
    #[error("`{name}` is not a readable .docx file: {detail}")]
    BadDocx { name: String, detail: String },
    #[error("`{name}` is not a readable PDF: {detail}")]
    BadPdf { name: String, detail: String },
}

/// Reads `source` into paragraphs.
pub fn read(source: &Source, pdf: PdfReader) -> Result<Document, ReadError> {
    let name = source.name();
    let bytes = read_bytes(source, &name)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty { name });
    }
    let extension = match source {
        Source::File(path) => path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default(),
        Source::Stdin => String::new(),
    };
    let document = parse(&bytes, &extension, &name, pdf)?;
    let size: usize = document.paragraphs.iter().map(|p| p.text.len()).sum();
    if size > MAX_TEXT_BYTES {
        return Err(ReadError::TextTooLong {
            name,
            limit_kb: MAX_TEXT_BYTES / 1024,
        });
    }
    if document.paragraphs.is_empty() {
        return Err(match document.format {
            DocFormat::Pdf => ReadError::NoTextLayer { name },
            _ => ReadError::Empty { name },
        });
    }
    Ok(document)
}

/// Parses the bytes of a document; the content decides over the extension (a PDF named .txt
/// is read as a PDF).
pub fn parse(
    bytes: &[u8],
    extension: &str,
    name: &str,
    pdf: PdfReader,
) -> Result<Document, ReadError> {
    if bytes.starts_with(b"%PDF-") {
        return read_pdf(bytes, name, pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return read_docx(bytes, name);
    }
    match extension {
        "pdf" => {
            return Err(ReadError::BadPdf {
                name: name.into(),
                detail: "it does not start with a PDF header".into(),
            })
        }
        "docx" => {
            return Err(ReadError::BadDocx {
                name: name.into(),
                detail: "it is not a zip archive".into(),
            })
        }
        _ => {}
    }
    let text = text_of(bytes).ok_or_else(|| ReadError::Binary { name: name.into() })?;
    let (format, paragraphs) = match extension {
        "html" | "htm" | "xhtml" => (DocFormat::Html, html_paragraphs(text)),
        "txt" | "text" => (DocFormat::Text, text_paragraphs(text)),
        "md" | "markdown" => (DocFormat::Markdown, markdown_paragraphs(text)),
        _ if looks_like_html(text) => (DocFormat::Html, html_paragraphs(text)),
        _ => (DocFormat::Markdown, markdown_paragraphs(text)),
    };
    let reader = match format {
        DocFormat::Html => "html",
        DocFormat::Text => "text",
        _ => "markdown",
    };
    Ok(Document {
        format,
        reader,
        paragraphs,
    })
}

fn read_bytes(source: &Source, name: &str) -> Result<Vec<u8>, ReadError> {
    let too_large = || ReadError::TooLarge {
        name: name.into(),
        limit_mb: MAX_DOCUMENT_BYTES / (1024 * 1024),
    };
    let mut bytes = Vec::new();
    let io_error = |source| ReadError::Io {
        name: name.into(),
        source,
    };
    match source {
        Source::File(path) => {
            let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => ReadError::Missing { name: name.into() },
                _ => io_error(e),
            })?;
            if meta.is_dir() {
                return Err(ReadError::Directory { name: name.into() });
            }
            if meta.len() > MAX_DOCUMENT_BYTES {
                return Err(too_large());
            }
            std::fs::File::open(path)
                .and_then(|f| f.take(MAX_DOCUMENT_BYTES + 1).read_to_end(&mut bytes))
                .map_err(io_error)?;
        }
        Source::Stdin => {
            io::stdin()
                .lock()
                .take(MAX_DOCUMENT_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(io_error)?;
        }
    }
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// The bytes as text: UTF-8 (a byte-order mark dropped) without NUL or other control bytes
/// that text never holds.
fn text_of(bytes: &[u8]) -> Option<&str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).ok()?;
    let binary = text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'));
    (!binary).then_some(text)
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

/// Collects paragraphs, dropping empty ones and folding white space.
#[derive(Default)]
struct Collector {
    paragraphs: Vec<Paragraph>,
    current: Paragraph,
}

impl Collector {
    fn push(&mut self, text: &str, line: Option<usize>) {
        for piece in text.split_whitespace() {
            if !self.current.text.is_empty() && !self.current.text.ends_with(' ') {
                self.current.text.push(' ');
            }
            if let Some(line) = line {
                if self.current.lines.last().is_none_or(|&(_, l)| l != line) {
                    self.current.lines.push((self.current.text.len(), line));
                }
            }
            self.current.text.push_str(piece);
        }
        // Text that ends with a space keeps the next word apart.
        if text.ends_with(char::is_whitespace)
            && !self.current.text.is_empty()
            && !self.current.text.ends_with(' ')
        {
            self.current.text.push(' ');
        }
    }

    /// Appends text with no word break before it (inline markup inside a word).
    fn push_joined(&mut self, text: &str, line: Option<usize>) {
        if self.current.text.ends_with(' ') || self.current.text.is_empty() {
            self.push(text, line);
        } else if let Some(first) = text.split_whitespace().next() {
            if text.starts_with(char::is_whitespace) {
                self.push(text, line);
            } else {
                self.current.text.push_str(first);
                let rest = &text[text.find(first).map_or(0, |i| i + first.len())..];
                self.push(rest, line);
            }
        }
    }

    fn flush(&mut self) {
        let mut p = std::mem::take(&mut self.current);
        let trimmed = p.text.trim_end().len();
        p.text.truncate(trimmed);
        if !p.text.is_empty() {
            self.paragraphs.push(p);
        }
    }

    fn finish(mut self) -> Vec<Paragraph> {
        self.flush();
        self.paragraphs
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn line_of(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).max(1)
}

/// Markdown: one paragraph per paragraph, heading, list item and table cell, with lines.
fn markdown_paragraphs(text: &str) -> Vec<Paragraph> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let starts = line_starts(text);
    let mut out = Collector::default();
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        let line = Some(line_of(&starts, range.start));
        match event {
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::Item
                | Tag::TableCell
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_),
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            )
            | Event::HardBreak
            | Event::Rule => out.flush(),
            Event::Text(t) | Event::Code(t) => out.push_joined(&t, line),
            Event::SoftBreak => out.push(" ", line),
            // Raw HTML in Markdown is data: its text is kept, its tags dropped.
            Event::Html(html) => {
                out.flush();
                for p in html_paragraphs(&html) {
                    out.push(&p.text, line);
                    out.flush();
                }
            }
            Event::InlineHtml(_) => {}
            _ => {}
        }
    }
    out.finish()
}

/// Plain text: blank lines and list markers start paragraphs; short lines without a full
/// stop (headings, names, dates) stand alone; wrapped lines are joined.
fn text_paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Collector::default();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.chars().all(|c| c == '\x0c') {
            out.flush();
            continue;
        }
        let (bullet, body) = strip_bullet(line);
        if bullet {
            out.flush();
        }
        out.push(body, Some(i + 1));
        let ends_sentence = body.ends_with(['.', '!', '?', ':', '。']) || body.ends_with("다");
        if bullet && ends_sentence || !bullet && body.chars().count() < 40 && !ends_sentence {
            out.flush();
        }
    }
    out.finish()
}

fn strip_bullet(line: &str) -> (bool, &str) {
    for marker in ["- ", "* ", "• ", "· ", "▪ ", "– ", "○ ", "◦ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return (true, rest.trim_start());
        }
    }
    if let Some((num, rest)) = line.split_once(". ") {
        if !num.is_empty() && num.len() <= 2 && num.chars().all(|c| c.is_ascii_digit()) {
            return (true, rest.trim_start());
        }
    }
    (false, line)
}

/// HTML: the text of block elements as paragraphs; scripts, styles and the head are skipped.
/// Parsed by html5ever, iteratively, so deep nesting cannot overflow the stack.
fn html_paragraphs(text: &str) -> Vec<Paragraph> {
    use scraper::node::Node;
    use scraper::Html;
    let document = Html::parse_document(text);
    let mut out = Collector::default();
    let mut skipping = 0usize;
    for edge in document.tree.root().traverse() {
        match edge {
            ego_tree_edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if crate::html::hides_content(name) {
                        skipping += 1;
                    } else if crate::html::is_block(name) {
                        out.flush();
                    } else if !INLINE_ELEMENTS.contains(&name) {
                        // A span or a cell is a unit of its own: "87위" and "2023.05" in two
                        // spans are two words.
                        out.push(" ", None);
                    }
                }
                Node::Text(t) if skipping == 0 => out.push_joined(&t.text, None),
                _ => {}
            },
            ego_tree_edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    let name = e.name();
                    if crate::html::hides_content(name) {
                        skipping = skipping.saturating_sub(1);
                    } else if crate::html::is_block(name) {
                        out.flush();
                    } else if !INLINE_ELEMENTS.contains(&name) {
                        out.push(" ", None);
                    }
                }
            }
        }
    }
    out.finish()
}

use ego_tree::iter::Edge as ego_tree_edge;

/// Formatting inside a word ("<b>Fall</b>Net"): no word break around it.
const INLINE_ELEMENTS: &[&str] = &[
    "b", "i", "em", "strong", "u", "sup", "sub", "mark", "code", "a", "abbr", "s", "html", "body",
];

/// Word: the paragraphs of `word/document.xml` (`w:p`), their text runs (`w:t`), tabs and
/// breaks. Field codes (`w:instrText`) and deleted text (`w:delText`) are not text.
fn read_docx(bytes: &[u8], name: &str) -> Result<Document, ReadError> {
    use quick_xml::events::Event;
    let bad = |detail: String| ReadError::BadDocx {
        name: name.into(),
        detail,
    };
    let mut archive = zip::ZipArchive::new(io::Cursor::new(bytes))
        .map_err(|e| bad(format!("not a zip archive ({e})")))?;
    let mut xml = String::new();
    {
        let entry = archive
            .by_name("word/document.xml")
            .map_err(|_| ReadError::Binary { name: name.into() })?;
        entry
            .take(MAX_DOCX_XML_BYTES + 1)
            .read_to_string(&mut xml)
            .map_err(|e| bad(format!("`word/document.xml` is not readable ({e})")))?;
    }
    if xml.len() as u64 > MAX_DOCX_XML_BYTES {
        return Err(ReadError::TooLarge {
            name: name.into(),
            limit_mb: MAX_DOCUMENT_BYTES / (1024 * 1024),
        });
    }
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = Collector::default();
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|e| {
            bad(format!(
                "`word/document.xml` at byte {}: {e}",
                reader.buffer_position()
            ))
        })?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"p" => out.flush(),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => out.flush(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" | b"br" | b"cr" => out.push(" ", None),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let text = t.decode().map_err(|e| bad(e.to_string()))?;
                out.push_joined(&text, None);
            }
            Event::GeneralRef(r) if in_text => {
                let text = match r.resolve_char_ref().ok().flatten() {
                    Some(c) => c.to_string(),
                    None => {
                        let entity = r.decode().map_err(|e| bad(e.to_string()))?;
                        quick_xml::escape::resolve_predefined_entity(&entity)
                            .unwrap_or_default()
                            .to_string()
                    }
                };
                out.push_joined(&text, None);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(Document {
        format: DocFormat::Docx,
        reader: "docx",
        paragraphs: out.finish(),
    })
}

/// PDF: pdftotext (poppler) when present, which reads the most fonts right; else lopdf.
fn read_pdf(bytes: &[u8], name: &str, choice: PdfReader) -> Result<Document, ReadError> {
    let pdftotext = match choice {
        PdfReader::Builtin => None,
        PdfReader::Auto => which::which("pdftotext").ok(),
        PdfReader::Pdftotext => Some(which::which("pdftotext").map_err(|_| ReadError::BadPdf {
            name: name.into(),
            detail: "pdftotext (poppler-utils) is not on PATH; install it or use --pdf-reader builtin"
                .into(),
        })?),
    };
    let (text, reader) = match pdftotext {
        Some(program) => (run_pdftotext(&program, bytes, name)?, "pdftotext"),
        None => (lopdf_text(bytes, name)?, "lopdf"),
    };
    let paragraphs = text_paragraphs(&text)
        .into_iter()
        .map(|mut p| {
            p.lines.clear();
            p
        })
        .filter(|p| p.text.chars().any(char::is_alphanumeric))
        .collect();
    Ok(Document {
        format: DocFormat::Pdf,
        reader,
        paragraphs,
    })
}

fn run_pdftotext(program: &Path, bytes: &[u8], name: &str) -> Result<String, ReadError> {
    let io_error = |source| ReadError::Io {
        name: name.into(),
        source,
    };
    // pdftotext reads a file: the bytes go to a private temporary copy.
    let mut copy = tempfile::Builder::new()
        .prefix("storyfolio-check-")
        .suffix(".pdf")
        .tempfile()
        .map_err(io_error)?;
    io::Write::write_all(&mut copy, bytes).map_err(io_error)?;
    let output = Command::new(program)
        .args(["-enc", "UTF-8", "-q"])
        .arg(copy.path())
        .arg("-")
        .stdin(Stdio::null())
        .output()
        .map_err(io_error)?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(ReadError::BadPdf {
            name: name.into(),
            detail: format!(
                "pdftotext failed: {}",
                stderr.lines().next().unwrap_or("no message").trim()
            ),
        });
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn lopdf_text(bytes: &[u8], name: &str) -> Result<String, ReadError> {
    let document = lopdf::Document::load_mem(bytes).map_err(|e| ReadError::BadPdf {
        name: name.into(),
        detail: e.to_string(),
    })?;
    let mut text = String::new();
    for page in document.get_pages().keys() {
        // A page whose text cannot be decoded is skipped; a PDF with none is reported as
        // having no text layer.
        if let Ok(page_text) = document.extract_text_with_limit(&[*page], MAX_PDF_PAGE_BYTES) {
            text.push_str(&page_text);
            text.push_str("\n\n");
        }
        if text.len() > MAX_TEXT_BYTES * 2 {
            break;
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &Document) -> Vec<&str> {
        doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn markdown_keeps_lines_and_drops_markup() {
        let md = "# Cover letter\n\nI cut latency **from 84 ms\nto 21 ms** at `Hanul`.\n\n- Built [a tool](https://x.y) in PyQt\n";
        let doc = parse(md.as_bytes(), "md", "x.md", PdfReader::Auto).unwrap();
        assert_eq!(
            texts(&doc),
            [
                "Cover letter",
                "I cut latency from 84 ms to 21 ms at Hanul.",
                "Built a tool in PyQt"
            ]
        );
        let p = &doc.paragraphs[1];
        assert_eq!(p.line_at(0), Some(3));
        assert_eq!(p.line_at(p.text.find("to 21").unwrap()), Some(4));
        assert_eq!(doc.paragraphs[2].line_at(0), Some(6));
    }

    #[test]
    fn html_is_data_scripts_are_dropped() {
        let html = "<html><head><title>t</title><script>alert(1)</script></head><body><p>I built <b>FallNet</b>.</p><ul><li>One</li><li>Two &amp; three</li></ul></body></html>";
        let doc = parse(html.as_bytes(), "", "stdin", PdfReader::Auto).unwrap();
        assert_eq!(doc.format, DocFormat::Html);
        assert_eq!(texts(&doc), ["I built FallNet.", "One", "Two & three"]);
    }

    #[test]
    fn text_joins_wrapped_lines_and_splits_bullets() {
        let txt = "Experience\nI reproduced ST-GCN and PoseC3D on NTU RGB+D 60 and then built a head\non RTMPose keypoints.\n- Cut labelling time\n- Served the model\n";
        let doc = parse(txt.as_bytes(), "txt", "x.txt", PdfReader::Auto).unwrap();
        assert_eq!(texts(&doc).len(), 4, "{:?}", texts(&doc));
        assert_eq!(doc.paragraphs[1].line_at(0), Some(2));
    }

    #[test]
    fn binary_is_refused() {
        let err = parse(b"\x00\x01\x02garbage", "bin", "x.bin", PdfReader::Auto).unwrap_err();
        assert!(matches!(err, ReadError::Binary { .. }), "{err}");
    }
}
