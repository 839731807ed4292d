//! The pitch and the interview preparation as Word paragraphs, phrased by the same
//! plain-text partials as every other format.

use docx_rs::{LineSpacing, Paragraph};

use super::{header, heading, muted, para, run};
use crate::render::{RenderError, Renderer};
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

/// One paragraph per beat, phrased by `partial` (`beat` or `question`) in the view's language.
fn phrased(
    beats: &[BeatView],
    partial: &str,
    view: &DocumentView,
    renderer: &Renderer,
) -> Result<Vec<String>, RenderError> {
    beats
        .iter()
        .map(|b| renderer.phrase(partial, view.lang, b))
        .filter(|t| t.as_ref().map_or(true, |t| !t.is_empty()))
        .collect()
}

/// Every paragraph of the pitch.
pub fn pitch(view: &DocumentView, _renderer: &Renderer) -> Result<Vec<Paragraph>, RenderError> {
    let mut out = header(&view.person);
    out.push(title(view, view.labels.pitch));
    let Some(pitch) = &view.pitch else {
        return Ok(out);
    };
    for section in &pitch.sections {
        out.push(heading(1, section.title));
        out.extend(section.paragraphs.iter().map(|p| para(&p.text)));
    }
    if !pitch.evidence.is_empty() {
        out.push(heading(1, pitch.evidence_title));
        for entry in &pitch.evidence {
            out.extend(super::resume::block(entry));
        }
    }
    if !pitch.ask.is_empty() {
        out.push(heading(1, pitch.ask_title));
        out.extend(pitch.ask.iter().map(|p| para(&p.text)));
    }
    Ok(out)
}

/// Every paragraph of the interview preparation.
pub fn prep(view: &DocumentView, renderer: &Renderer) -> Result<Vec<Paragraph>, RenderError> {
    let mut out = header(&view.person);
    out.push(title(view, view.labels.prep));
    out.push(muted(view.labels.prep_intro));
    for item in view.prep.iter().flat_map(|p| &p.items) {
        let question = phrased(
            std::slice::from_ref(&item.question),
            "question",
            view,
            renderer,
        )?;
        out.push(heading(
            1,
            question.first().map(String::as_str).unwrap_or_default(),
        ));
        out.extend(item.answer.iter().map(|p| para(&p.text)));
        if !item.cites.is_empty() {
            out.push(muted(&format!(
                "{}: {}",
                view.labels.cite,
                item.cites.join(" · ")
            )));
        }
    }
    Ok(out)
}
