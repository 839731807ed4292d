//! `render --watch`: renders, then renders again whenever the profile, the target, a template
//! or the GitHub statistics change. A failed render is reported and the last good output stays
//! (every write is atomic). Ctrl-C stops between renders.

use super::RenderConfig;
use crate::app::watch::{self, Inputs};
use crate::app::{output, AppError, Outcome};

/// The inputs of a render: the profile, the target, the statistics beside the profile and
/// the templates folder.
fn inputs(config: &RenderConfig) -> Result<Inputs, AppError> {
    let stats = crate::github::cache::path_for_profile(&config.profile);
    let mut inputs = Inputs::default();
    for file in [Some(&config.profile), config.target.as_ref(), Some(&stats)]
        .into_iter()
        .flatten()
    {
        inputs.file(file)?;
    }
    if let Some(dir) = &config.output.templates {
        inputs.folder(dir, "hbs")?;
    }
    Ok(inputs)
}

/// Runs `render --watch` until Ctrl-C.
pub fn run(config: RenderConfig) -> Result<Outcome, AppError> {
    watch::run(&inputs(&config)?, || render(&config))
}

/// One render; a failure is reported, never fatal.
fn render(config: &RenderConfig) {
    match super::render_once(config) {
        Ok(_) => output::note("rendered; watching for changes (Ctrl-C stops)"),
        Err(e) => {
            output::note(e.report());
            output::note("kept the last good output; watching for changes (Ctrl-C stops)");
        }
    }
}
