//! `render --explain`: every generated sentence with its rule id and the JSON paths of its facts.

use crate::render::DocKind;
use crate::view::{BeatView, DocumentView};

/// The explanation of `doc` as Markdown.
pub fn explain(doc: DocKind, view: &DocumentView) -> String {
    let mut out = format!(
        "# Why each sentence of `{}` says what it says\n\n",
        doc.stem()
    );
    out.push_str("Every sentence below is built from the facts at the listed JSON paths (of the profile, or of the target for `company`, `title`, `data`, `products`, `aiUses` and `opportunities`; `knowledge:` paths come from the knowledge base, `github:` paths from fetched statistics).\n\n");
    let line = |rule: &str, paths: &[String], text: &str| -> String {
        let paths: Vec<String> = paths.iter().map(|p| format!("`{p}`")).collect();
        format!("- **{rule}** ({}): {text}\n", paths.join(", "))
    };
    // A planned paragraph is explained sentence by sentence.
    let beat = |beat: &BeatView| -> String {
        if beat.sentences.is_empty() {
            return line(beat.rule, &beat.paths, &beat.text);
        }
        beat.sentences
            .iter()
            .map(|s| line(s.rule, &s.paths, &s.text))
            .collect()
    };
    let group = |title: Option<&str>, beats: &[BeatView], out: &mut String| {
        if let Some(title) = title {
            out.push_str(&format!("## {title}\n\n"));
        }
        for b in beats {
            out.push_str(&beat(b));
        }
        out.push('\n');
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
                group(section.question.as_deref(), &section.beats, &mut out);
            }
        }
        DocKind::Pitch => {
            if let Some(pitch) = &view.pitch {
                for section in &pitch.sections {
                    group(Some(section.title), &section.beats, &mut out);
                }
                out.push_str(&format!("## {}\n\n", pitch.evidence_title));
                for entry in &pitch.evidence {
                    out.push_str(&format!("- {} — `{}`\n", entry.title, entry.path));
                }
                out.push('\n');
                group(Some(pitch.ask_title), &pitch.ask, &mut out);
            }
        }
        DocKind::Prep => {
            for item in view.prep.iter().flat_map(|p| &p.items) {
                out.push_str(&format!(
                    "## {}",
                    beat(&item.question).trim_start_matches("- ")
                ));
                out.push('\n');
                group(None, &item.answer, &mut out);
            }
        }
    }
    out
}
