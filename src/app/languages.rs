//! `storyfolio languages`: the languages resumes can be written in (built in, and those of a
//! `--locales` folder), with what the story engine writes in them.

use std::path::Path;

use crate::app::{output, AppError, Outcome};
use crate::locale::Locales;

/// Runs `languages`.
pub fn run(locales_dir: Option<&Path>) -> Result<Outcome, AppError> {
    let (locales, warnings) =
        Locales::load(locales_dir).map_err(|e| AppError::Input(e.to_string()))?;
    for warning in &warnings {
        output::note(warning);
    }
    let width = locales.iter().map(|l| l.code.len()).max().unwrap_or(0);
    for locale in locales.iter() {
        let documents = match locale.code.as_str() {
            "en" | "ko" => "every document",
            _ => "resume",
        };
        output::line(format_args!(
            "{:width$}  {}  ({documents})",
            locale.code, locale.name
        ))?;
    }
    Ok(Outcome::Success)
}
