//! `storyfolio completions` and `storyfolio man`: shell completion scripts and manual pages,
//! generated from the same clap definitions that parse the command line.

use std::path::Path;

use clap::CommandFactory;

use crate::app::{output, AppError, Outcome};
use crate::cli::Cli;

/// Prints the completion script of `shell`.
pub fn completions(shell: clap_complete::Shell) -> Result<Outcome, AppError> {
    // Generated into memory first: clap_complete panics when its writer fails (a closed pipe),
    // and standard output errors are reported like everywhere else.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "storyfolio", &mut script);
    output::write(&script)?;
    Ok(Outcome::Success)
}

/// Prints `storyfolio.1`, or writes it and one page per subcommand into `out`.
pub fn man(out: Option<&Path>) -> Result<Outcome, AppError> {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let Some(dir) = out else {
        output::write(&page(&command)?)?;
        return Ok(Outcome::Success);
    };
    if dir.is_file() {
        return Err(AppError::NotAFolder {
            path: dir.to_path_buf(),
        });
    }
    let mut pages = Vec::new();
    collect(&command, &mut pages);
    for command in pages {
        let path = dir.join(clap_mangen::Man::new(command.clone()).get_filename());
        crate::atomic::write(&path, &page(&command)?).map_err(|source| AppError::Write {
            path: path.clone(),
            source,
        })?;
        output::line(format_args!("wrote {}", path.display()))?;
    }
    Ok(Outcome::Success)
}

/// `command` and its visible subcommands, depth first, parents before children.
fn collect(command: &clap::Command, into: &mut Vec<clap::Command>) {
    into.push(command.clone());
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, into);
    }
}

/// The roff source of `command`'s manual page.
fn page(command: &clap::Command) -> Result<Vec<u8>, AppError> {
    let mut roff = Vec::new();
    clap_mangen::Man::new(command.clone())
        .render(&mut roff)
        .map_err(|e| AppError::Bug(format!("failed to render the manual page: {e}")))?;
    Ok(roff)
}
