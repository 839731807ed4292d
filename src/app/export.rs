//! `storyfolio export jsonresume`: the profile as a JSON Resume 1.0 document, on standard
//! output or into a file (written atomically).

use std::path::Path;

use crate::app::session::{Session, SessionOptions};
use crate::app::{output, AppError, Outcome};

/// Runs `export jsonresume`.
pub fn jsonresume(profile: &Path, output: Option<&Path>) -> Result<Outcome, AppError> {
    let session = Session::open(&SessionOptions::profile(profile))?;
    output::warnings(profile, &session.warnings);
    let document = crate::jsonresume::export(crate::jsonresume::Source {
        profile: &session.profile,
        document: &session.source,
        set_aside: &session.set_aside,
        lang: session.language(None),
    });
    let mut text = serde_json::to_string_pretty(&document)
        .map_err(|e| AppError::Bug(format!("failed to serialize the export: {e}")))?;
    text.push('\n');
    match output {
        Some(path) => {
            crate::atomic::write(path, text.as_bytes()).map_err(|source| AppError::Write {
                path: path.to_path_buf(),
                source,
            })?;
            output::line(format_args!("wrote {}", path.display()))?;
        }
        None => output::write(text.as_bytes())?,
    }
    Ok(Outcome::Success)
}
