//! `storyfolio themes`: the built-in resume themes, one line each.

use crate::app::{output, AppError, Outcome};
use crate::design::Theme;

/// Runs `themes`.
pub fn run() -> Result<Outcome, AppError> {
    let width = Theme::ALL.iter().map(|t| t.name().len()).max().unwrap_or(0);
    for theme in Theme::ALL {
        output::line(format_args!(
            "{:width$}  {}",
            theme.name(),
            theme.description()
        ))?;
    }
    Ok(Outcome::Success)
}
