//! Running a parsed command line: each command opens one `Session` (its inputs, loaded
//! once), builds the story, writes and reports what it did. Exit codes are decided from the
//! outcome by `main`.
//!
//! Shared by the commands: `session` (loading, the language, the story), `documents` (writing
//! one target's files), `explain` (the `--explain` files), `stats` (the GitHub statistics),
//! `output` (standard output and warnings), `watch` (running a command again when its inputs
//! change). A command never imports another command
//! (`scripts/check-layers.py` checks it).

pub mod batch;
pub mod check;
pub mod coach;
mod doctor;
mod documents;
mod explain;
mod export;
mod init;
mod languages;
pub mod output;
mod refresh;
mod render;
pub mod session;
mod shell;
mod stats;
mod themes;
mod validate;
mod watch;

use std::path::PathBuf;

use crate::cli::{Cli, Command, ExportCommand, SchemaKind, TemplatesCommand};
use crate::load::{DocumentKind, LoadError};
use crate::render::RenderError;
use crate::typst::TypstError;

/// How a successful run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked.
    Success,
    /// The command ran, but found problems (e.g. `validate` found errors).
    Problems,
}

impl Outcome {
    /// The process exit code.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Problems => 1,
        }
    }
}

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Typst(#[from] TypstError),
    #[error(transparent)]
    Knowledge(#[from] crate::knowledge::KnowledgeError),
    #[error(transparent)]
    Github(#[from] crate::github::GithubError),
    #[error(transparent)]
    Document(crate::check::read::ReadError),
    #[error("failed to write `{path}`: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("failed to read `{path}`: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("failed to write to standard output: {0}")]
    Stdout(std::io::Error),
    #[error("`{path}` is a file, not a folder")]
    NotAFolder { path: PathBuf },
    #[error("failed to watch for changes: {0}")]
    Watch(String),
    #[error("{0}")]
    Usage(String),
    /// A value in the input or on the command line storyfolio cannot use (a language
    /// without a file, a design value out of range).
    #[error("{0}")]
    Input(String),
    /// A broken promise inside storyfolio, not a problem with the input.
    #[error("internal error (a bug in storyfolio, please report it): {0}")]
    Bug(String),
}

impl From<crate::docx::DocxError> for AppError {
    fn from(error: crate::docx::DocxError) -> Self {
        // Packing into memory cannot fail on any input: it is a bug.
        AppError::Bug(error.to_string())
    }
}

impl AppError {
    /// The process exit code: 1 for the user's input or environment, 3 for a bug.
    pub fn exit_code(&self) -> u8 {
        match self {
            AppError::Bug(_) => 3,
            AppError::Usage(_) => 2,
            _ => 1,
        }
    }

    /// The message printed on standard error.
    pub fn report(&self) -> String {
        format!("error: {self}")
    }
}

/// Runs one command line.
pub fn run(cli: Cli) -> Result<Outcome, AppError> {
    match cli.command {
        Command::Render(args) => render::run(args.into()),
        Command::Export(ExportCommand::Jsonresume { profile, output }) => {
            export::jsonresume(&profile, output.as_deref())
        }
        Command::Init(args) => init::run(&args.dir, args.lang.into()),
        Command::Doctor(args) => doctor::run(&args),
        Command::Completions(args) => shell::completions(args.shell),
        Command::Man(args) => shell::man(args.out.as_deref()),
        Command::Validate(args) => validate::run(&args.into()),
        Command::Refresh(args) => refresh::run(&args.into()),
        Command::Coach(args) => coach::run(args.into()),
        Command::Check(args) => check::run(&args.into()),
        Command::Batch(args) => batch::run(args.into()),
        Command::Themes => themes::run(),
        Command::Languages(args) => languages::run(args.locales.as_deref()),
        Command::Schema(args) => {
            let kind = match args.kind {
                SchemaKind::Profile => DocumentKind::Profile,
                SchemaKind::Target => DocumentKind::Target,
            };
            output::line(kind.schema_text())?;
            Ok(Outcome::Success)
        }
        Command::Templates(TemplatesCommand::Export { dir, force }) => {
            let (written, kept) = crate::render::export_builtin(&dir, force)?;
            for path in &written {
                output::line(format_args!("wrote {}", path.display()))?;
            }
            if !kept.is_empty() {
                output::note(format_args!(
                    "kept {} existing file(s) in `{}`; pass --force to overwrite them",
                    kept.len(),
                    dir.display()
                ));
            }
            Ok(Outcome::Success)
        }
    }
}
