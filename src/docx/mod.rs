//! Word output (`--format docx`): every document built from the view, with
//! real heading styles (Word's navigation pane), bullet lists, hyperlinks and an East-Asian
//! font so Hangul shows. Word is not a text format, so no template is involved.

mod briefing;
mod letter;
mod resume;

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, BreakType, Docx, Hyperlink, HyperlinkType, IndentLevel, Level, LevelJc,
    LevelText, LineSpacing, NumberFormat, Numbering, NumberingId, PageMargin, Paragraph, Run,
    RunFonts, SpecialIndentType, Start, Style, StyleType, Tab, TabValueType,
};

use crate::render::DocKind;
use crate::view::{DocumentView, Link, Person};

/// Why a Word document could not be built.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// The package could not be written into memory: a bug, not a problem with the input.
    #[error("failed to pack the Word document: {0}")]
    Pack(String),
}

/// A4 with 2 cm margins: the paper Korean portals expect; the text is 9638 twips wide.
const PAGE_WIDTH: i32 = 11906;
const MARGIN: i32 = 1134;
/// The right edge of the text, where dates are right-aligned.
const TEXT_RIGHT: usize = (PAGE_WIDTH - 2 * MARGIN) as usize;
/// Word's own Korean UI font; Word on macOS substitutes Apple SD Gothic Neo.
const HANGUL_FONT: &str = "Malgun Gothic";
const LATIN_FONT: &str = "Calibri";
/// Numbering id 1 is docx-rs's built-in decimal list; ours is 2.
const BULLETS: usize = 2;
const MUTED: &str = "595959";

/// Builds `doc` from `view` as the bytes of a .docx file. Its sentences are the view's, so
/// Word says what the other formats say.
pub fn render(doc: DocKind, view: &DocumentView) -> Result<Vec<u8>, DocxError> {
    let body = match doc {
        DocKind::Resume => resume::body(view),
        DocKind::CoverLetter => letter::body(view),
        DocKind::Pitch => briefing::pitch(view),
        DocKind::Prep => briefing::prep(view),
    };
    let docx = body
        .into_iter()
        .fold(setup(view.is_ko), |docx, p| docx.add_paragraph(p));
    let mut bytes = Cursor::new(Vec::new());
    docx.pack(&mut bytes)
        .map_err(|e| DocxError::Pack(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// Page, fonts, styles and the bullet numbering every document shares.
fn setup(is_ko: bool) -> Docx {
    // Korean documents use the Hangul font for Latin text too, as Korean Word does; English
    // ones keep a Latin font and name the Hangul font for any Korean words in them.
    let latin = if is_ko { HANGUL_FONT } else { LATIN_FONT };
    let mut fonts = RunFonts::new()
        .ascii(latin)
        .hi_ansi(latin)
        .cs(latin)
        .east_asia(HANGUL_FONT);
    if is_ko {
        fonts = fonts.hint("eastAsia");
    }
    let heading = |id: &str, name: &str, size: usize, level: usize, before: u32| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(size)
            .bold()
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(before).after(60))
    };
    let bullet = Level::new(
        0,
        Start::new(1),
        NumberFormat::new("bullet"),
        LevelText::new("•"),
        LevelJc::new("left"),
    )
    .indent(Some(360), Some(SpecialIndentType::Hanging(240)), None, None);
    Docx::new()
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .default_fonts(fonts)
        .default_size(21)
        .default_line_spacing(LineSpacing::new().after(40))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(36)
                .bold(),
        )
        .add_style(heading("Heading1", "heading 1", 26, 0, 240).color("1F3864"))
        .add_style(heading("Heading2", "heading 2", 22, 1, 120))
        .add_style(
            Style::new("Hyperlink", StyleType::Character)
                .name("Hyperlink")
                .color("0563C1")
                .underline("single"),
        )
        .add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(bullet))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

/// A run of `text`: its inline Markdown and HTML read as plain text (links keep their
/// address), line breaks become Word breaks, tabs spaces; other control characters, which
/// XML cannot carry, are dropped.
fn run(text: &str) -> Run {
    let text = crate::render::escape::text_rich(text);
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        let clean: String = line
            .chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect();
        run = run.add_text(clean);
    }
    run
}

/// A paragraph holding `text`.
fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

/// A paragraph in a small, muted type: dates, tags, character counts.
fn muted(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text).italic().color(MUTED).size(18))
}

/// A heading of `level` 1 (sections, questions) or 2 (entries).
fn heading(level: u8, text: &str) -> Paragraph {
    let style = if level == 1 { "Heading1" } else { "Heading2" };
    Paragraph::new().style(style).add_run(run(text))
}

/// An empty bulleted list item, to fill with runs.
fn list_item() -> Paragraph {
    Paragraph::new().numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
}

/// A bulleted list item holding `text`.
fn bullet(text: &str) -> Paragraph {
    list_item().add_run(run(text))
}

/// A clickable link; its label is the URL when it has none.
fn hyperlink(link: &Link) -> Hyperlink {
    let label = if link.label.trim().is_empty() {
        &link.url
    } else {
        &link.label
    };
    Hyperlink::new(&link.url, HyperlinkType::External).add_run(run(label).style("Hyperlink"))
}

/// One piece of a line: plain text or a link.
enum Piece<'a> {
    Text(&'a str),
    Link(&'a Link),
}

/// Appends `pieces` to `p`, separated by `separator`.
fn joined(mut p: Paragraph, pieces: &[Piece<'_>], separator: &str) -> Paragraph {
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            p = p.add_run(run(separator));
        }
        p = match piece {
            Piece::Text(text) => p.add_run(run(text)),
            Piece::Link(link) => p.add_hyperlink(hyperlink(link)),
        };
    }
    p
}

/// The name, label, contact line and links that head both documents.
fn header(person: &Person) -> Vec<Paragraph> {
    let mut out = vec![Paragraph::new().style("Title").add_run(run(&person.name))];
    if let Some(label) = &person.label {
        out.push(para(label));
    }
    let mut contact = Vec::new();
    contact.extend(person.email.as_ref().map(Piece::Link));
    contact.extend(person.phone.as_deref().map(Piece::Text));
    contact.extend(person.location.as_deref().map(Piece::Text));
    if !contact.is_empty() {
        out.push(joined(Paragraph::new(), &contact, " | "));
    }
    let links: Vec<Piece<'_>> = person.links.iter().map(Piece::Link).collect();
    if !links.is_empty() {
        out.push(joined(Paragraph::new(), &links, " | "));
    }
    out
}

/// A heading line with `date` right-aligned at the text's right edge. The date's spaces do
/// not break, so a long heading moves the whole date to the next line, not half of it.
fn with_date(p: Paragraph, date: Option<&str>) -> Paragraph {
    match date {
        Some(date) => p
            .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_RIGHT))
            .add_run(
                Run::new()
                    .add_tab()
                    .add_text(date.replace(' ', "\u{a0}"))
                    .disable_bold()
                    .size(19),
            ),
        None => p,
    }
}

#[cfg(test)]
mod tests {
    use docx_rs::BuildXML;

    use super::*;

    #[test]
    fn text_keeps_its_line_breaks_and_loses_what_xml_cannot_hold() {
        let xml = String::from_utf8(
            Paragraph::new()
                .add_run(run("one\u{1}\ntwo\t& <three>"))
                .build(),
        )
        .unwrap();
        assert!(
            xml.contains(
                "<w:t xml:space=\"preserve\">one</w:t><w:br w:type=\"textWrapping\" /><w:t xml:space=\"preserve\">two &amp; &lt;three&gt;</w:t>"
            ),
            "{xml}"
        );
    }
}
