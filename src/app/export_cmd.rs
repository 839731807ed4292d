//! `storyfolio export jsonresume`: the profile as a plain JSON Resume document, on standard
//! output or into a file (written atomically).

use std::path::Path;

use crate::app::render_cmd::print_warnings;
use crate::app::{write_stdout, AppError, Outcome};

/// Runs `export jsonresume`.
pub fn jsonresume(profile: &Path, output: Option<&Path>) -> Result<Outcome, AppError> {
    let loaded = crate::profile::load(profile)?;
    print_warnings(profile, &loaded.warnings);
    let document = crate::jsonresume::export(&loaded.document)
        .map_err(|e| AppError::Bug(format!("failed to serialize the export: {e}")))?;
    let mut text = serde_json::to_string_pretty(&document)
        .map_err(|e| AppError::Bug(format!("failed to serialize the export: {e}")))?;
    text.push('\n');
    match output {
        Some(path) => {
            crate::atomic::write(path, text.as_bytes()).map_err(|source| AppError::Write {
                path: path.to_path_buf(),
                source,
            })?;
            println!("wrote {}", path.display());
        }
        None => write_stdout(text.as_bytes())?,
    }
    Ok(Outcome::Success)
}
