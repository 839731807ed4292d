//! `storyfolio doctor`: checks what rendering needs around storyfolio (typst, a Hangul font,
//! the GitHub token, the statistics cache, the templates) and says how to fix each problem.

use std::fmt;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::app::{output, AppError, Outcome};
use crate::cli::DoctorArgs;
use crate::korean::contains_hangul;
use crate::render::Renderer;
use crate::typst::{Typst, TypstError, INSTALL_COMMAND, PINNED_VERSION};

/// Statistics older than this are worth refreshing before an application.
const STALE_AFTER: Duration = Duration::from_secs(7 * 24 * 60 * 60);
const HANGUL_FIX: &str = "install one (Debian: `apt-get install fonts-nanum` or `fonts-noto-cjk`) or pass `--font-path DIR` with a Korean font such as NanumGothic";

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Ok,
    Warn,
    Fail,
    /// Not checked, and why (e.g. no `--profile`).
    Skip,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let word = match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        };
        // Padded so that the subjects line up.
        write!(f, "{word:<4}")
    }
}

struct Check {
    status: Status,
    subject: &'static str,
    message: String,
}

fn check(status: Status, subject: &'static str, message: impl Into<String>) -> Check {
    Check {
        status,
        subject,
        message: message.into(),
    }
}

/// Runs `doctor`: one line per check; exit code 1 when any check fails.
pub fn run(args: &DoctorArgs) -> Result<Outcome, AppError> {
    let mut checks = Vec::new();
    let typst = match Typst::locate(args.typst.as_deref(), &args.font_paths) {
        Ok(typst) => {
            checks.push(typst_version(&typst));
            Some(typst)
        }
        Err(e) => {
            checks.push(check(Status::Fail, "typst", e.to_string()));
            None
        }
    };
    let korean = match args.profile.as_deref().map(wants_hangul) {
        Some(Err(e)) => {
            checks.push(check(Status::Fail, "profile", e.to_string()));
            false
        }
        Some(Ok(korean)) => korean,
        None => false,
    };
    checks.push(match &typst {
        Some(typst) => hangul_font(typst, korean),
        None => check(
            Status::Skip,
            "Hangul font",
            "not checked: typst was not found",
        ),
    });
    checks.push(github_token());
    checks.push(match &args.profile {
        Some(profile) => statistics(profile),
        None => check(
            Status::Skip,
            "statistics",
            "not checked: pass `--profile FILE` to check its GitHub statistics",
        ),
    });
    checks.push(templates(args.templates.as_deref()));
    for c in &checks {
        // Continuation lines are indented under the message, so each check stays one block.
        let message = c.message.replace('\n', "\n      ");
        output::line(format_args!("{}  {}: {message}", c.status, c.subject))?;
    }
    let failed = checks.iter().filter(|c| c.status == Status::Fail).count();
    let warned = checks.iter().filter(|c| c.status == Status::Warn).count();
    output::line(match (failed, warned) {
        (0, 0) => "everything storyfolio needs is in place".to_string(),
        (0, w) => format!("nothing is missing; {w} warning(s) above"),
        (f, _) => format!("{f} problem(s) to fix before rendering"),
    })?;
    Ok(if failed == 0 {
        Outcome::Success
    } else {
        Outcome::Problems
    })
}

fn typst_version(typst: &Typst) -> Check {
    let path = typst.path.display();
    if typst.version == PINNED_VERSION {
        check(
            Status::Ok,
            "typst",
            format!("`{path}` is typst {PINNED_VERSION}"),
        )
    } else {
        check(
            Status::Warn,
            "typst",
            format!(
                "`{path}` is typst {}, but storyfolio is tested with {PINNED_VERSION}; install it with `{INSTALL_COMMAND}`",
                typst.version
            ),
        )
    }
}

/// Whether the profile at `path` is Korean (so a missing Hangul font is a failure), or why
/// it could not be read.
fn wants_hangul(path: &Path) -> Result<bool, crate::load::InputError> {
    let document = crate::load::read_json_object(path)?;
    Ok(document.get("lang").and_then(|l| l.as_str()) == Some("ko")
        || contains_hangul(&document.to_string()))
}

fn hangul_font(typst: &Typst, needed: bool) -> Check {
    match typst.hangul_font() {
        Ok(family) => check(Status::Ok, "Hangul font", format!("typst finds {family}")),
        Err(TypstError::NoHangulFont) if needed => check(
            Status::Fail,
            "Hangul font",
            format!("the profile is Korean, but typst finds no font that covers Hangul, so its PDFs would print boxes; {HANGUL_FIX}"),
        ),
        Err(TypstError::NoHangulFont) => check(
            Status::Warn,
            "Hangul font",
            format!("typst finds no font that covers Hangul, so Korean PDFs would print boxes; {HANGUL_FIX}"),
        ),
        Err(e) => check(Status::Fail, "Hangul font", e.to_string()),
    }
}

/// Only whether a token is set: its value is never printed.
fn github_token() -> Check {
    let set = ["GITHUB_TOKEN", "GH_TOKEN"]
        .into_iter()
        .find(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()));
    match set {
        Some(name) => check(
            Status::Ok,
            "GitHub token",
            format!("{name} is set (its value is not shown)"),
        ),
        None => check(
            Status::Warn,
            "GitHub token",
            "neither GITHUB_TOKEN nor GH_TOKEN is set, so `storyfolio refresh` may make only 60 GitHub requests an hour; create a token without scopes at https://github.com/settings/tokens and `export GITHUB_TOKEN=...`",
        ),
    }
}

fn statistics(profile: &Path) -> Check {
    let cache = crate::github::cache::path_for_profile(profile);
    let refresh = format!("run `storyfolio refresh {}`", profile.display());
    let modified = match std::fs::metadata(&cache) {
        Ok(meta) => meta.modified(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return check(
                Status::Warn,
                "statistics",
                format!(
                    "no `{}` yet, so the documents show no live GitHub activity; {refresh}",
                    cache.display()
                ),
            )
        }
        Err(e) => Err(e),
    };
    let age = match modified {
        // A clock set back makes the file look new; that is the harmless side.
        Ok(time) => SystemTime::now().duration_since(time).unwrap_or_default(),
        Err(e) => {
            return check(
                Status::Fail,
                "statistics",
                format!("failed to read `{}`: {e}", cache.display()),
            )
        }
    };
    let days = age.as_secs() / (24 * 60 * 60);
    let when = match days {
        0 => "today".to_string(),
        1 => "1 day ago".to_string(),
        n => format!("{n} days ago"),
    };
    if age > STALE_AFTER {
        check(
            Status::Warn,
            "statistics",
            format!("`{}` was refreshed {when}; {refresh}", cache.display()),
        )
    } else {
        check(
            Status::Ok,
            "statistics",
            format!("`{}` was refreshed {when}", cache.display()),
        )
    }
}

fn templates(dir: Option<&Path>) -> Check {
    let Some(dir) = dir else {
        return check(
            Status::Ok,
            "templates",
            "the built-in ones (pass `--templates DIR` to check your own)",
        );
    };
    match Renderer::new(Some(dir)).and_then(|r| r.check()) {
        Ok(_) => check(
            Status::Ok,
            "templates",
            format!("`{}` loads and every template compiles", dir.display()),
        ),
        Err(e) => {
            // The fix goes on the check's own line; a syntax error's excerpt follows it.
            let text = e.to_string();
            let (first, excerpt) = text.trim_end().split_once('\n').unwrap_or((&text, ""));
            let mut message =
                format!("{first}; fix it, or leave out `--templates` to use the built-in ones");
            if !excerpt.is_empty() {
                message = format!("{message}\n{excerpt}");
            }
            check(Status::Fail, "templates", message)
        }
    }
}
