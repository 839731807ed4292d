//! `storyfolio check`: reads a document and the profile (and target), checks every claim
//! and prints the report; exit code 1 when any claim is unsupported. `--watch` checks again
//! whenever the document, the profile, the target or the knowledge file changes.

use std::path::{Path, PathBuf};

use crate::app::session::{Session, SessionOptions};
use crate::app::watch::{self, Inputs};
use crate::app::{output, AppError, Outcome};
use crate::check::read::{self, PdfReader, Source};
use crate::check::{report, Checker, Report};
use crate::cli::{CheckArgs, CheckFormat, PdfReaderArg};

/// Everything `check` needs, resolved from the command line.
#[derive(Debug, Clone)]
pub struct CheckConfig {
    pub document: PathBuf,
    pub profile: PathBuf,
    pub target: Option<PathBuf>,
    pub format: CheckFormat,
    pub pdf_reader: PdfReader,
    pub knowledge: Option<PathBuf>,
    /// Set by `--watch`: check again whenever the document or an input changes.
    pub watch: bool,
}

impl From<CheckArgs> for CheckConfig {
    fn from(args: CheckArgs) -> Self {
        CheckConfig {
            document: args.document,
            profile: args.profile,
            target: args.target,
            format: args.format,
            pdf_reader: match args.pdf_reader {
                PdfReaderArg::Auto => PdfReader::Auto,
                PdfReaderArg::Pdftotext => PdfReader::Pdftotext,
                PdfReaderArg::Builtin => PdfReader::Builtin,
            },
            knowledge: args.knowledge,
            watch: args.watch,
        }
    }
}

/// Opens the session of `profile` (and loads `target`) and prepares a checker.
pub fn checker(
    profile: &Path,
    target: Option<&Path>,
    knowledge: Option<&Path>,
) -> Result<Checker, AppError> {
    let session = Session::open(&SessionOptions {
        knowledge,
        ..SessionOptions::profile(profile)
    })?;
    output::warnings(profile, &session.warnings);
    let target = target.map(Session::target).transpose()?;
    Ok(session.checker(target.as_ref()))
}

/// Checks the file at `path` with `checker`.
pub fn check_file(checker: &Checker, path: &Path, pdf: PdfReader) -> Result<Report, AppError> {
    let document = read::read(&Source::from_arg(path), pdf).map_err(AppError::Document)?;
    Ok(checker.check(&document))
}

/// The report in `format`.
pub fn format_report(report: &Report, name: &str, format: CheckFormat) -> String {
    match format {
        CheckFormat::Text => report::text(report, name),
        CheckFormat::Md => report::markdown(report, name),
        CheckFormat::Json => {
            let mut s =
                serde_json::to_string_pretty(&report::json(report, name)).unwrap_or_default();
            s.push('\n');
            s
        }
    }
}

/// Runs `check`, or `check --watch`.
pub fn run(config: &CheckConfig) -> Result<Outcome, AppError> {
    if config.watch {
        watch(config)
    } else {
        check_once(config)
    }
}

/// One check: the report on standard output, the outcome from its verdicts.
fn check_once(config: &CheckConfig) -> Result<Outcome, AppError> {
    let checker = checker(
        &config.profile,
        config.target.as_deref(),
        config.knowledge.as_deref(),
    )?;
    let name = Source::from_arg(&config.document).name();
    let report = check_file(&checker, &config.document, config.pdf_reader)?;
    output::write(format_report(&report, &name, config.format).as_bytes())?;
    Ok(if report.all_supported() {
        Outcome::Success
    } else {
        Outcome::Problems
    })
}

/// `check --watch`: checks, then checks again on every change of the document, the profile,
/// the target or the knowledge file, until Ctrl-C. Every run prints a whole report; a run
/// that cannot read its inputs (a profile saved half-way, a letter moved away) says why
/// and waits for the next change.
fn watch(config: &CheckConfig) -> Result<Outcome, AppError> {
    if matches!(Source::from_arg(&config.document), Source::Stdin) {
        return Err(AppError::Usage(
            "`--watch` needs a document file: standard input cannot be watched".into(),
        ));
    }
    let mut inputs = Inputs::default();
    for file in [
        Some(&config.document),
        Some(&config.profile),
        config.target.as_ref(),
        config.knowledge.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        inputs.file(file)?;
    }
    watch::run(&inputs, || {
        let verdict = match check_once(config) {
            Ok(Outcome::Success) => "every claim supported".to_string(),
            Ok(Outcome::Problems) => "unsupported claims found".to_string(),
            Err(e) => {
                output::note(e.report());
                "could not check".to_string()
            }
        };
        output::note(format_args!(
            "checked: {verdict}; watching for changes (Ctrl-C stops)"
        ));
    })
}
