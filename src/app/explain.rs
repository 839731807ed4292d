//! `render --explain`: every generated sentence with its rule id and the JSON paths of its facts.

use crate::app::AppError;
use crate::render::{DocKind, Format, Renderer};
use crate::view::DocumentView;

/// The explanation of `doc` as Markdown.
pub fn explain(doc: DocKind, view: &DocumentView, renderer: &Renderer) -> Result<String, AppError> {
    let mut out = format!(
        "# Why each sentence of `{}` says what it says\n\n",
        doc.stem()
    );
    match doc {
        DocKind::Resume => {
            out.push_str(
                "Every entry is copied from the profile; the order comes from the story.\n\n",
            );
            for section in &view.sections {
                out.push_str(&format!("## {}\n\n", section.title));
                for entry in &section.entries {
                    out.push_str(&format!("- {} — `{}`\n", entry.title, entry.path));
                }
                out.push('\n');
            }
        }
        DocKind::CoverLetter => {
            let partial = format!("beat-{}", view.lang);
            for section in view.letter.iter().flat_map(|l| &l.sections) {
                if let Some(q) = &section.question {
                    out.push_str(&format!("## {q}\n\n"));
                }
                for beat in &section.beats {
                    let sentence = renderer.render_named(Format::Txt, &partial, beat)?;
                    let paths: Vec<String> = beat.paths.iter().map(|p| format!("`{p}`")).collect();
                    out.push_str(&format!(
                        "- **{}** ({}): {}\n",
                        beat.rule,
                        paths.join(", "),
                        sentence.trim()
                    ));
                }
                out.push('\n');
            }
        }
    }
    Ok(out)
}
