//! `render --explain`: every generated sentence with its rule id and the JSON paths of its facts.

use crate::app::AppError;
use crate::render::{DocKind, Renderer};
use crate::view::{BeatView, DocumentView, Paragraph};

/// The explanation of `doc` as Markdown.
pub fn explain(doc: DocKind, view: &DocumentView, renderer: &Renderer) -> Result<String, AppError> {
    let mut out = format!(
        "# Why each sentence of `{}` says what it says\n\n",
        doc.stem()
    );
    out.push_str("Every sentence below is built from the facts at the listed JSON paths (of the profile, or of the target for `company`, `title`, `data`, `products`, `aiUses` and `opportunities`; `knowledge:` paths come from the knowledge base, `github:` paths from fetched statistics).\n\n");
    let beat = |beat: &BeatView, partial: &str| -> Result<String, AppError> {
        let sentence = renderer.phrase(partial, view.lang, beat)?;
        let paths: Vec<String> = beat.paths.iter().map(|p| format!("`{p}`")).collect();
        Ok(format!(
            "- **{}** ({}): {}\n",
            beat.rule,
            paths.join(", "),
            sentence
        ))
    };
    let group =
        |title: Option<&str>, paragraphs: &[Paragraph], out: &mut String| -> Result<(), AppError> {
            if let Some(title) = title {
                out.push_str(&format!("## {title}\n\n"));
            }
            for sentence in paragraphs.iter().flat_map(|p| &p.sentences) {
                let paths: Vec<String> = sentence.paths.iter().map(|p| format!("`{p}`")).collect();
                out.push_str(&format!(
                    "- **{}** ({}): {}\n",
                    sentence.rule,
                    paths.join(", "),
                    sentence.text
                ));
            }
            out.push('\n');
            Ok(())
        };
    match doc {
        DocKind::Resume => {
            out.push_str("The resume copies entries from the profile; the story chose their order and selection.\n\n");
            for section in &view.sections {
                out.push_str(&format!("## {}\n\n", section.title));
                for entry in &section.entries {
                    out.push_str(&format!("- {} — `{}`\n", entry.title, entry.path));
                }
                out.push('\n');
            }
        }
        DocKind::CoverLetter => {
            for section in view.letter.iter().flat_map(|l| &l.sections) {
                group(section.question.as_deref(), &section.paragraphs, &mut out)?;
            }
        }
        DocKind::Pitch => {
            if let Some(pitch) = &view.pitch {
                for section in &pitch.sections {
                    group(Some(section.title), &section.paragraphs, &mut out)?;
                }
                out.push_str(&format!("## {}\n\n", pitch.evidence_title));
                for entry in &pitch.evidence {
                    out.push_str(&format!("- {} — `{}`\n", entry.title, entry.path));
                }
                out.push('\n');
                group(Some(pitch.ask_title), &pitch.ask, &mut out)?;
            }
        }
        DocKind::Prep => {
            for item in view.prep.iter().flat_map(|p| &p.items) {
                out.push_str(&format!(
                    "## {}",
                    beat(&item.question, "question")?.trim_start_matches("- ")
                ));
                out.push('\n');
                group(None, &item.answer, &mut out)?;
            }
        }
    }
    Ok(out)
}
