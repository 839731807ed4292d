//! `storyfolio validate`: every error and warning of a profile (and a target), on standard
//! output, with the statistics' freshness; exit code 1 when either is invalid.

use std::path::PathBuf;

use crate::app::session::{Session, SessionOptions};
use crate::app::{output, AppError, Outcome};
use crate::cli::ValidateArgs;
use crate::diagnostics::Diagnostic;
use crate::load::LoadError;

/// Everything `validate` needs.
#[derive(Debug, Clone)]
pub struct ValidateConfig {
    pub profile: PathBuf,
    pub target: Option<PathBuf>,
    /// Statistics older than this many days are flagged.
    pub stats_max_age: u32,
}

impl From<ValidateArgs> for ValidateConfig {
    fn from(args: ValidateArgs) -> Self {
        ValidateConfig {
            profile: args.profile,
            target: args.target,
            stats_max_age: args.stats_max_age,
        }
    }
}

/// Runs `validate`.
pub fn run(config: &ValidateConfig) -> Result<Outcome, AppError> {
    let profile = match Session::open(&SessionOptions::profile(&config.profile)) {
        Ok(session) => {
            let mut warnings = session.warnings.clone();
            warnings.extend(session.stats_freshness(config.stats_max_age));
            Ok((json_resume_errors(&config.profile), warnings))
        }
        Err(AppError::Load(e)) => Err(e),
        Err(other) => return Err(other),
    };
    let mut ok = report(&config.profile, "profile", profile)?;
    if let Some(target) = &config.target {
        // JSON Resume's validator has nothing to say of a job description.
        let loaded = Session::load_target(target).map(|l| (Vec::new(), l.warnings));
        ok &= report(target, "target", loaded)?;
    }
    Ok(if ok {
        Outcome::Success
    } else {
        Outcome::Problems
    })
}

/// What JSON Resume's own validator rejects in the file at `path` as written (nothing when
/// it cannot be read: loading it says why).
fn json_resume_errors(path: &std::path::Path) -> Vec<Diagnostic> {
    crate::load::read_json_object(path)
        .map(|raw| crate::load::schema::check_json_resume(&raw))
        .unwrap_or_default()
}

/// Prints what loading the `noun` at `path` found; whether it is valid. `Ok` holds what JSON
/// Resume's own validator rejects (so `validate` agrees with it case for case) and the
/// warnings, which say how storyfolio reads those deviations.
fn report(
    path: &std::path::Path,
    noun: &str,
    result: Result<(Vec<Diagnostic>, Vec<Diagnostic>), LoadError>,
) -> Result<bool, AppError> {
    match result {
        Ok((errors, warnings)) if errors.is_empty() => {
            for w in &warnings {
                output::line(format_args!("{}: {w}", path.display()))?;
            }
            output::line(format_args!(
                "{}: valid {noun}{}",
                path.display(),
                plural_warnings(warnings.len())
            ))?;
            Ok(true)
        }
        Ok((errors, warnings)) => {
            for d in errors.iter().chain(&warnings) {
                output::line(format_args!("{}: {d}", path.display()))?;
            }
            output::line(format_args!(
                "{}: invalid JSON Resume ({}); storyfolio reads it as the warnings say",
                path.display(),
                plural_errors(errors.len())
            ))?;
            Ok(false)
        }
        Err(LoadError::Invalid { diagnostics, .. }) => {
            for d in &diagnostics {
                output::line(format_args!("{}: {d}", path.display()))?;
            }
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            output::line(format_args!(
                "{}: invalid {noun} ({})",
                path.display(),
                plural_errors(errors)
            ))?;
            Ok(false)
        }
        // Valid JSON Resume can still be no resume at all (`{"meta": {}}`, an app's own JSON):
        // the official validator's verdict stands, the refusal is a warning.
        Err(LoadError::NotJsonResume { why, .. }) => {
            let errors = json_resume_errors(path);
            for d in &errors {
                output::line(format_args!("{}: {d}", path.display()))?;
            }
            output::line(format_args!(
                "{}: warning: render, coach, batch and export refuse this file: it {why}",
                path.display()
            ))?;
            if errors.is_empty() {
                output::line(format_args!(
                    "{}: valid JSON Resume, but not a resume storyfolio can use",
                    path.display()
                ))?;
                Ok(true)
            } else {
                output::line(format_args!(
                    "{}: invalid JSON Resume ({})",
                    path.display(),
                    plural_errors(errors.len())
                ))?;
                Ok(false)
            }
        }
        Err(other) => {
            output::line(format_args!("error: {other}"))?;
            Ok(false)
        }
    }
}

fn plural_errors(n: usize) -> String {
    format!("{n} error{}", if n == 1 { "" } else { "s" })
}

fn plural_warnings(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => " (1 warning)".into(),
        n => format!(" ({n} warnings)"),
    }
}
