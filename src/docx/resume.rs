//! The resume as Word paragraphs: the same sections and entries the other formats show.

use docx_rs::Paragraph;

use super::{bullet, header, heading, joined, list_item, muted, para, run, with_date, Piece};
use crate::view::{DocumentView, Entry, Section};

/// Every paragraph of the resume, in reading order.
pub fn body(view: &DocumentView) -> Vec<Paragraph> {
    let mut out = header(&view.person);
    if let Some(summary) = &view.summary {
        out.push(heading(1, &view.labels.summary));
        out.push(para(summary));
    }
    for section in &view.sections {
        out.extend(section_paragraphs(section));
    }
    out
}

fn section_paragraphs(section: &Section) -> Vec<Paragraph> {
    let mut out = vec![heading(1, &section.title)];
    for entry in &section.entries {
        if section.compact {
            out.push(compact_line(entry));
        } else {
            out.extend(block(entry));
        }
    }
    out
}

/// "Skills: Python, PyTorch (link)" as one bulleted line.
fn compact_line(entry: &Entry) -> Paragraph {
    let mut p = list_item().add_run(run(&entry.title).bold());
    if let Some(summary) = &entry.summary {
        p = p.add_run(run(&format!(": {summary}")));
    }
    if let Some(link) = &entry.link {
        p = joined(p.add_run(run(" (")), &[Piece::Link(link)], "").add_run(run(")"));
    }
    p
}

/// An entry as a heading (title, subtitle, location, date), its summary, bullets, tags and links.
pub(super) fn block(entry: &Entry) -> Vec<Paragraph> {
    let mut head = heading(2, &entry.title);
    let mut rest = String::new();
    if let Some(subtitle) = &entry.subtitle {
        rest.push_str(&format!(" · {subtitle}"));
    }
    if let Some(location) = &entry.location {
        rest.push_str(&format!(", {location}"));
    }
    if !rest.is_empty() {
        head = head.add_run(run(&rest).disable_bold());
    }
    let mut out = vec![with_date(head, entry.date.as_deref())];
    out.extend(entry.summary.as_deref().map(para));
    out.extend(entry.bullets.iter().map(|b| bullet(b)));
    if !entry.results.is_empty() {
        out.push(para(&entry.results.join(" · ")));
    }
    out.extend(entry.github.as_deref().map(muted));
    if !entry.tags.is_empty() {
        out.push(muted(&entry.tags.join(" · ")));
    }
    let links: Vec<Piece<'_>> = entry
        .links
        .iter()
        .chain(entry.link.as_ref())
        .map(Piece::Link)
        .collect();
    if !links.is_empty() {
        out.push(joined(Paragraph::new(), &links, " · "));
    }
    out
}
