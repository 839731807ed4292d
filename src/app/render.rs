//! `storyfolio render`: load -> story -> view -> render -> typst for one target (or none),
//! writing every file atomically; `--watch` renders again on every change.

mod watch;

use std::path::PathBuf;

use crate::app::documents::{self, OutputConfig};
use crate::app::session::{Session, SessionOptions};
use crate::app::stats::{self, RefreshConfig};
use crate::app::{output, AppError, Outcome};
use crate::cli::RenderArgs;
use crate::render::DocKind;
use crate::story::Scope;

/// Everything `render` needs, resolved from the command line.
#[derive(Debug, Clone)]
pub struct RenderConfig {
    pub profile: PathBuf,
    pub target: Option<PathBuf>,
    pub output: OutputConfig,
    /// Set by `--refresh`: refresh the GitHub statistics before rendering.
    pub refresh: Option<RefreshConfig>,
    /// Set by `--watch`: render again whenever an input changes.
    pub watch: bool,
    /// Set by `--check`: fact-check what was written.
    pub check: bool,
}

impl From<RenderArgs> for RenderConfig {
    fn from(args: RenderArgs) -> Self {
        let refresh = args
            .refresh
            .then(|| RefreshConfig::new(args.profile.clone(), args.github));
        let has_target = args.target.is_some();
        RenderConfig {
            profile: args.profile,
            target: args.target,
            output: OutputConfig::new(args.output, has_target),
            refresh,
            watch: args.watch,
            check: args.check,
        }
    }
}

/// Runs `render`, or `render --watch`.
pub fn run(config: RenderConfig) -> Result<Outcome, AppError> {
    if config.watch {
        watch::run(config)
    } else {
        render_once(&config)
    }
}

/// One render of `config`.
fn render_once(config: &RenderConfig) -> Result<Outcome, AppError> {
    // `--refresh`: a refresh that stops (bad token, rate limit) stops the render; one with
    // failed items renders with the statistics kept, and the exit code says so.
    let refreshed = match &config.refresh {
        Some(refresh) => {
            let profile = Session::open(&SessionOptions::profile(&config.profile))?;
            output::warnings(&config.profile, &profile.warnings);
            stats::refresh(refresh, &profile.profile)?
        }
        None => Outcome::Success,
    };
    // The target loads on another core while the session opens; a bad target is said first.
    let (target, session) = std::thread::scope(|scope| {
        let target = config
            .target
            .as_deref()
            .map(|path| scope.spawn(move || (path, Session::load_target(path))));
        let session = Session::open(&SessionOptions::rendering_once(
            &config.profile,
            &config.output,
        ));
        (target.map(|t| t.join()), session)
    });
    let target = match target {
        Some(joined) => {
            let (path, loaded) =
                joined.map_err(|_| AppError::Bug("loading the target panicked".into()))?;
            let loaded = loaded?;
            output::warnings(path, &loaded.warnings);
            Some(loaded.document)
        }
        None => None,
    };
    let session = session?;
    session.print_warnings();
    for doc in &config.output.docs {
        if *doc != DocKind::Resume && target.is_none() {
            return Err(AppError::Usage(format!(
                "`--doc {}` needs a target: add `--target FILE`",
                doc.stem()
            )));
        }
    }
    let rendered = documents::write(
        &session,
        &config.output,
        target.as_ref(),
        &config.output.out,
        true,
        // Nothing but the documents reads the story.
        Scope::Ranking,
    )?;
    for path in &rendered.files {
        output::line(format_args!("wrote {}", path.display()))?;
    }
    if !rendered.untranslated.is_empty() {
        output::note(documents::untranslated_line(
            &rendered.untranslated,
            rendered.story.lang,
        ));
    }
    if config.check && !check_written(&session, target.as_ref(), &rendered.files)? {
        return Ok(Outcome::Problems);
    }
    Ok(refreshed)
}

/// `--check`: fact-checks every document written (not the Typst sources or the `--explain`
/// notes) and prints each report; false when a claim is unsupported.
fn check_written(
    session: &Session,
    target: Option<&crate::target::Target>,
    files: &[PathBuf],
) -> Result<bool, AppError> {
    let checker = session.checker(target);
    let mut all_supported = true;
    for path in files.iter().filter(|p| crate::check::is_checked_output(p)) {
        let report = checker.check_file(path).map_err(AppError::Document)?;
        all_supported &= report.all_supported();
        let name = path.to_string_lossy();
        output::write(crate::check::report::text(&report, &name).as_bytes())?;
    }
    Ok(all_supported)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use crate::render::Format;
    use clap::Parser;

    #[test]
    fn render_defaults_follow_the_target() {
        let cli = Cli::parse_from(["storyfolio", "render", "p.json", "--target", "t.json"]);
        let Command::Render(args) = cli.command else {
            panic!("not render")
        };
        let config = RenderConfig::from(args);
        assert_eq!(config.output.docs, [DocKind::Resume, DocKind::CoverLetter]);
        assert_eq!(config.output.formats, [Format::Pdf]);
        assert_eq!(config.output.out, PathBuf::from("out"));
    }
}
