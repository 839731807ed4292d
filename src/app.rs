//! Running a parsed command line: each command loads, builds, renders and writes, and
//! reports what it did. Exit codes are decided from the outcome by `main`.

pub mod batch_cmd;
pub mod coach_cmd;
mod doctor_cmd;
mod explain;
mod export_cmd;
mod init_cmd;
pub(crate) mod refresh_cmd;
mod render_cmd;
mod shell_cmd;
mod stats;
mod watch_cmd;

use std::io::Write;
use std::path::PathBuf;

use crate::cli::{Cli, Command, ExportCommand, SchemaKind, TemplatesCommand};
use crate::load::DocumentKind;
use crate::load::LoadError;
use crate::render::RenderError;
use crate::typst::TypstError;
use render_cmd::RenderConfig;

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
    #[error("failed to write `{path}`: {source}")]
    Write {
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
        Command::Render(args) => {
            let watch = args.watch;
            let config = RenderConfig::from(args);
            if watch {
                watch_cmd::run(config)
            } else {
                render_cmd::run(config)
            }
        }
        Command::Export(ExportCommand::Jsonresume { profile, output }) => {
            export_cmd::jsonresume(&profile, output.as_deref())
        }
        Command::Init(args) => init_cmd::run(&args.dir, args.lang.into()),
        Command::Doctor(args) => doctor_cmd::run(&args),
        Command::Completions(args) => shell_cmd::completions(args.shell),
        Command::Man(args) => shell_cmd::man(args.out.as_deref()),
        Command::Validate(args) => validate(args.profile, args.target, args.stats_max_age),
        Command::Refresh(args) => refresh_cmd::run(&args.into()),
        Command::Coach(args) => coach_cmd::run(args.into()),
        Command::Batch(args) => batch_cmd::run(args.into()),
        Command::Schema(args) => {
            let kind = match args.kind {
                SchemaKind::Profile => DocumentKind::Profile,
                SchemaKind::Target => DocumentKind::Target,
            };
            let mut out = std::io::stdout().lock();
            out.write_all(kind.schema_text().as_bytes())
                .map_err(AppError::Stdout)?;
            out.write_all(b"\n").map_err(AppError::Stdout)?;
            Ok(Outcome::Success)
        }
        Command::Templates(TemplatesCommand::Export { dir, force }) => {
            let (written, kept) = crate::render::export_builtin(&dir, force)?;
            for path in &written {
                println!("wrote {}", path.display());
            }
            if !kept.is_empty() {
                eprintln!(
                    "kept {} existing file(s) in `{}`; pass --force to overwrite them",
                    kept.len(),
                    dir.display()
                );
            }
            Ok(Outcome::Success)
        }
    }
}

/// Writes `bytes` to standard output, reporting a failure (a closed pipe) as an error.
fn write_stdout(bytes: &[u8]) -> Result<(), AppError> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(AppError::Stdout)
}

fn validate(
    profile: PathBuf,
    target: Option<PathBuf>,
    stats_max_age: u32,
) -> Result<Outcome, AppError> {
    let mut ok = true;
    let mut report =
        |path: &PathBuf,
         noun: &str,
         result: Result<Vec<crate::diagnostics::Diagnostic>, LoadError>| {
            match result {
                Ok(warnings) => {
                    for w in &warnings {
                        println!("{}: {w}", path.display());
                    }
                    println!(
                        "{}: valid {noun}{}",
                        path.display(),
                        plural_warnings(warnings.len())
                    );
                }
                Err(LoadError::Invalid { diagnostics, .. }) => {
                    ok = false;
                    for d in &diagnostics {
                        println!("{}: {d}", path.display());
                    }
                    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                    println!(
                        "{}: invalid {noun} ({errors} error{})",
                        path.display(),
                        if errors == 1 { "" } else { "s" }
                    );
                }
                Err(other) => {
                    ok = false;
                    println!("error: {other}");
                }
            }
        };
    report(
        &profile,
        "profile",
        crate::profile::load(&profile).map(|l| {
            let mut warnings = l.warnings;
            warnings.extend(refresh_cmd::freshness(&profile, &l.document, stats_max_age));
            warnings
        }),
    );
    if let Some(target) = &target {
        report(
            target,
            "target",
            crate::target::load(target).map(|l| l.warnings),
        );
    }
    Ok(if ok {
        Outcome::Success
    } else {
        Outcome::Problems
    })
}

fn plural_warnings(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => " (1 warning)".into(),
        n => format!(" ({n} warnings)"),
    }
}
