//! The GitHub statistics of a run: refreshed over the network into the cache beside the
//! profile (with a progress bar on a terminal and one line per item when piped), and handed
//! to the story as facts.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use crate::app::{output, AppError, Outcome};
use crate::cli::GithubArgs;
use crate::diagnostics::Diagnostic;
use crate::github::client::{Client, ClientConfig, Token};
use crate::github::fetch::{RetryPolicy, StopReason};
use crate::github::refresh::{self, Progress, RefreshOptions};
use crate::github::{cache, refs, GithubError, StatsCache};
use crate::profile::Profile;
use crate::story::RepoFacts;

/// Time allowed to open a connection; a reachable GitHub answers far sooner.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Everything `refresh` needs, resolved from the command line.
#[derive(Debug, Clone)]
pub struct RefreshConfig {
    pub profile: PathBuf,
    pub api_url: String,
    pub jobs: usize,
    /// Per request, body included.
    pub timeout: Duration,
}

impl RefreshConfig {
    /// The config for `profile` with the given GitHub options.
    pub fn new(profile: PathBuf, github: GithubArgs) -> Self {
        RefreshConfig {
            profile,
            api_url: github.api_url,
            jobs: usize::from(github.jobs),
            timeout: Duration::from_secs(github.timeout),
        }
    }
}

/// Refreshes the statistics of `profile` (loaded from `config.profile`) and saves them.
pub fn refresh(config: &RefreshConfig, profile: &Profile) -> Result<Outcome, AppError> {
    let refs = refs::extract(profile);
    let problems: Vec<Diagnostic> = refs
        .problems
        .iter()
        .map(|(path, message)| Diagnostic::warning(path.clone(), message.clone()))
        .collect();
    output::warnings(&config.profile, &problems);
    if refs.is_empty() {
        output::line("nothing to refresh: the profile names no GitHub user or repository")?;
        return Ok(Outcome::Success);
    }
    let token = Token::from_env();
    if token.is_none() {
        output::note(format_args!(
            "note: no GITHUB_TOKEN or GH_TOKEN set; GitHub allows 60 requests an hour without a token, and this refresh needs about {}",
            usize::from(refs.user.is_some()) + 4 * refs.repos.len()
        ));
    }
    let has_token = token.is_some();
    let client = Client::new(&ClientConfig {
        api_url: config.api_url.clone(),
        token,
        connect_timeout: CONNECT_TIMEOUT.min(config.timeout),
        timeout: config.timeout,
    })?;
    let cache_path = cache::path_for_profile(&config.profile);
    let previous = match cache::load(&cache_path) {
        Ok(previous) => previous,
        // An unreadable cache is rebuilt: refresh is its only writer.
        Err(e @ (GithubError::CacheParse { .. } | GithubError::CacheVersion { .. })) => {
            output::note(format_args!("warning: {e}; starting a new one"));
            None
        }
        Err(e) => return Err(e.into()),
    };
    let now = jiff::Timestamp::now();
    let now_text = jiff::Timestamp::from_second(now.as_second())
        .map(|t| t.to_string())
        .unwrap_or_else(|_| now.to_string());
    let options = RefreshOptions {
        jobs: config.jobs,
        policy: RetryPolicy::default(),
    };
    let progress = progress();
    let report = refresh::refresh(
        &client,
        &refs,
        previous.as_ref(),
        options,
        &now_text,
        progress.as_ref(),
    );
    output::line(report.summary())?;
    // Nothing learned (every item failed): leave the file, or its absence, as it was.
    let confirmed = report
        .items
        .iter()
        .any(|item| !matches!(item.outcome, refresh::Outcome::Failed(_)));
    if confirmed || report.cache != previous.unwrap_or_default() {
        cache::save(&cache_path, &report.cache)?;
        output::line(format_args!("wrote {}", cache_path.display()))?;
    }
    match report.stop {
        Some(StopReason::BadCredentials) => return Err(GithubError::BadCredentials.into()),
        Some(StopReason::RateLimit { reset }) => {
            return Err(GithubError::RateLimited {
                reset: reset_text(reset, now),
                hint: if has_token {
                    ""
                } else {
                    "; with GITHUB_TOKEN set GitHub allows 5,000 requests an hour"
                },
            }
            .into())
        }
        Some(StopReason::SecondaryLimit { retry_after }) => {
            return Err(GithubError::SecondaryLimited {
                wait: match retry_after {
                    Some(seconds) => format!("github asks to wait {seconds} s before trying again"),
                    None => "wait a minute before trying again".into(),
                },
            }
            .into())
        }
        None => {}
    }
    Ok(if report.failed() > 0 {
        Outcome::Problems
    } else {
        Outcome::Success
    })
}

/// `at 2026-05-01T10:00:00Z (in 42 min)` from `X-RateLimit-Reset`.
fn reset_text(reset: Option<i64>, now: jiff::Timestamp) -> String {
    let Some(at) = reset.and_then(|s| jiff::Timestamp::from_second(s).ok()) else {
        return "within the hour".into();
    };
    let minutes = ((at.as_second() - now.as_second()).max(0) + 59) / 60;
    format!("at {at} (in {minutes} min)")
}

fn progress() -> Box<dyn Progress> {
    if std::io::stdout().is_terminal() && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(0);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
        {
            bar.set_style(style);
        }
        Box::new(Bar(bar))
    } else {
        Box::new(Lines)
    }
}

/// One line per finished item on standard output.
struct Lines;

impl Progress for Lines {
    fn start(&self, _total: usize) {}
    fn done(&self, line: &str) {
        // Progress lines are best effort; the summary line reports a failed standard output.
        let _ = output::line(line);
    }
    fn finish(&self) {}
}

/// A progress bar on standard error, with the item lines printed above it.
struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn start(&self, total: usize) {
        self.0.set_length(total as u64);
        self.0.set_message("refreshing GitHub statistics");
    }
    fn done(&self, line: &str) {
        self.0.println(line);
        self.0.inc(1);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

/// The statistics as the story engine cites them, by lower-case `owner/name`.
pub fn story_facts(cache: Option<&StatsCache>) -> BTreeMap<String, RepoFacts> {
    cache
        .map(|c| {
            c.repos
                .iter()
                .filter(|(_, entry)| !entry.stale)
                .map(|(key, entry)| {
                    let s = &entry.stats;
                    (
                        key.to_lowercase(),
                        RepoFacts {
                            stars: s.stars,
                            forks: s.forks,
                            commits: s.commits,
                            pushed_at: s.pushed_at.clone(),
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}
