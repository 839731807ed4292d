//! The pitch and the interview preparation as Word paragraphs, with the view's sentences
//! that every other format prints.

use docx_rs::{LineSpacing, Paragraph};

use super::{header, heading, muted, para, run};
use crate::view::{BeatView, DocumentView};

/// The title line: "Why me, for you · VisionGuard · Computer Vision Engineer".
fn title(view: &DocumentView, label: &str) -> Paragraph {
    let mut text = label.to_string();
    for part in view
        .target
        .iter()
        .flat_map(|t| [t.company.as_deref(), t.title.as_deref()])
        .flatten()
    {
        text.push_str(" · ");
        text.push_str(part);
    }
    Paragraph::new()
        .line_spacing(LineSpacing::new().before(200))
        .add_run(run(&text).bold().size(26))
}

/// One paragraph per beat that says something.
fn paragraphs(beats: &[BeatView]) -> impl Iterator<Item = Paragraph> + '_ {
    beats
        .iter()
        .filter(|b| !b.text.is_empty())
        .map(|b| para(&b.text))
}

/// Every paragraph of the pitch.
pub fn pitch(view: &DocumentView) -> Vec<Paragraph> {
    let mut out = header(&view.person);
    out.push(title(view, view.labels.pitch));
    let Some(pitch) = &view.pitch else {
        return out;
    };
    for section in &pitch.sections {
        out.push(heading(1, section.title));
        out.extend(paragraphs(&section.beats));
    }
    if !pitch.evidence.is_empty() {
        out.push(heading(1, pitch.evidence_title));
        for entry in &pitch.evidence {
            out.extend(super::resume::block(entry));
        }
    }
    if !pitch.ask.is_empty() {
        out.push(heading(1, pitch.ask_title));
        out.extend(paragraphs(&pitch.ask));
    }
    out
}

/// Every paragraph of the interview preparation.
pub fn prep(view: &DocumentView) -> Vec<Paragraph> {
    let mut out = header(&view.person);
    out.push(title(view, view.labels.prep));
    out.push(muted(view.labels.prep_intro));
    for item in view.prep.iter().flat_map(|p| &p.items) {
        out.push(heading(1, &item.question.text));
        out.extend(paragraphs(&item.answer));
        if !item.cites.is_empty() {
            out.push(muted(&format!(
                "{}: {}",
                view.labels.cite,
                item.cites.join(" · ")
            )));
        }
    }
    out
}
