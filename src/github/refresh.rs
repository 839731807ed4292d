//! `refresh` orchestration: fetch the user and every repository with bounded concurrency,
//! merge the answers into the previous cache without losing anything, and say per item what
//! happened.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::client::Client;
use super::fetch::{Answer, Fault, Fetcher, RetryPolicy, Stop, StopReason};
use super::model::{RepoEntry, StatsCache, UserEntry, Validator};
use super::parse;
use super::refs::{Refs, RepoRef};

/// Tuning of one refresh.
#[derive(Debug, Clone, Copy)]
pub struct RefreshOptions {
    /// Repositories refreshed at once. With more than one, each repository also fetches its
    /// languages, commits and releases in parallel (at most `3 * jobs` requests in flight);
    /// with one, every request waits for the previous.
    pub jobs: usize,
    pub policy: RetryPolicy,
}

/// Where refresh reports each finished item.
pub trait Progress: Sync {
    /// Called once with the number of items.
    fn start(&self, total: usize);
    /// Called once per finished item with its report line.
    fn done(&self, line: &str);
    /// Called once at the end.
    fn finish(&self);
}

/// What happened to one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// At least one part answered 200.
    Refreshed,
    /// Everything answered 304.
    Unchanged,
    /// Refreshed under its new `owner/name`, which the profile should use.
    Moved { to: String },
    /// 404; `kept` says whether older statistics were kept (marked stale).
    Missing { kept: bool },
    /// Anything else; the previous statistics, if any, are kept.
    Failed(String),
}

impl Outcome {
    /// True for the outcomes that make refresh exit non-zero.
    pub fn is_failure(&self) -> bool {
        matches!(self, Outcome::Missing { .. } | Outcome::Failed(_))
    }
}

/// One item's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemReport {
    /// `user LOGIN` or `owner/name` as the profile spells it.
    pub label: String,
    pub outcome: Outcome,
}

impl fmt::Display for ItemReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = &self.label;
        match &self.outcome {
            Outcome::Refreshed => write!(f, "refreshed  {label}"),
            Outcome::Unchanged => write!(f, "unchanged  {label} (304)"),
            Outcome::Moved { to } => write!(
                f,
                "moved      {label} -> {to}: refreshed; write `{to}` in the profile"
            ),
            Outcome::Missing { kept } => write!(
                f,
                "missing    {label}: not found (404); it may be private, renamed without a redirect, or deleted{}",
                if *kept {
                    "; kept the last statistics, marked stale"
                } else {
                    ""
                }
            ),
            Outcome::Failed(reason) => write!(f, "failed     {label}: {reason}"),
        }
    }
}

/// The result of a refresh: the new cache (to be saved even when some items failed) and
/// a report per item.
#[derive(Debug, Clone)]
pub struct Report {
    pub cache: StatsCache,
    pub items: Vec<ItemReport>,
    /// Why the refresh stopped sending requests early, if it did.
    pub stop: Option<StopReason>,
}

impl Report {
    /// Items that failed (missing included).
    pub fn failed(&self) -> usize {
        self.items.iter().filter(|i| i.outcome.is_failure()).count()
    }

    /// `summary: 3 refreshed, 1 unchanged (304), 1 failed`.
    pub fn summary(&self) -> String {
        let refreshed = self
            .items
            .iter()
            .filter(|i| matches!(i.outcome, Outcome::Refreshed | Outcome::Moved { .. }))
            .count();
        let unchanged = self
            .items
            .iter()
            .filter(|i| i.outcome == Outcome::Unchanged)
            .count();
        format!(
            "summary: {refreshed} refreshed, {unchanged} unchanged (304), {} failed",
            self.failed()
        )
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Stopped(reason) => write!(f, "not refreshed: {}", stop_short(reason)),
            Fault::Server { status, tries } => {
                write!(f, "server error {status} after {tries} tries")
            }
            Fault::Transport { error, tries } => write!(f, "{error} after {tries} tries"),
            Fault::Status { status, message } => match message {
                Some(message) => write!(f, "http {status}: {message}"),
                None => write!(f, "http {status}"),
            },
            Fault::Malformed(message) => f.write_str(message),
        }
    }
}

fn stop_short(reason: &StopReason) -> &'static str {
    match reason {
        StopReason::BadCredentials => "the token was rejected (401)",
        StopReason::RateLimit { .. } => "the rate limit is used up",
        StopReason::SecondaryLimit { .. } => "github's secondary rate limit",
    }
}

enum Item<'a> {
    User(&'a str),
    Repo(&'a RepoRef),
}

/// Refreshes everything `refs` names, starting from `previous`.
pub fn refresh(
    client: &Client,
    refs: &Refs,
    previous: Option<&StatsCache>,
    options: RefreshOptions,
    now: &str,
    progress: &dyn Progress,
) -> Report {
    let stop = Stop::default();
    let fetcher = Fetcher {
        client,
        stop: &stop,
        policy: options.policy,
    };
    let items: Vec<Item> = refs
        .user
        .as_deref()
        .map(Item::User)
        .into_iter()
        .chain(refs.repos.iter().map(Item::Repo))
        .collect();
    let ctx = Context {
        fetcher: &fetcher,
        previous,
        parallel_parts: options.jobs > 1,
        now,
    };
    progress.start(items.len());
    let results: Mutex<Vec<Option<Done>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    let next = AtomicUsize::new(0);
    let workers = options.jobs.clamp(1, items.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(index) else { break };
                let done = ctx.run(item);
                progress.done(&done.report.to_string());
                if let Ok(mut results) = results.lock() {
                    results[index] = Some(done);
                }
            });
        }
    });
    progress.finish();
    let results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut cache = StatsCache::default();
    let mut reports = Vec::with_capacity(results.len());
    for (item, done) in items.iter().zip(results) {
        let done = done.unwrap_or_else(|| Done {
            report: ItemReport {
                label: label(item),
                outcome: Outcome::Failed("not refreshed: a worker stopped early".into()),
            },
            entry: None,
        });
        match (item, done.entry) {
            (Item::User(_), Some(Entry::User(entry))) => cache.user = Some(entry),
            (Item::Repo(r), Some(Entry::Repo(entry))) => {
                cache.repos.insert(r.key(), *entry);
            }
            _ => {}
        }
        reports.push(done.report);
    }
    Report {
        cache,
        items: reports,
        stop: stop.reason(),
    }
}

fn label(item: &Item) -> String {
    match item {
        Item::User(login) => format!("user {login}"),
        Item::Repo(r) => r.owner_name.clone(),
    }
}

enum Entry {
    User(UserEntry),
    Repo(Box<RepoEntry>),
}

struct Done {
    report: ItemReport,
    /// What the cache keeps for the item (the old entry when nothing new was learned).
    entry: Option<Entry>,
}

struct Context<'a> {
    fetcher: &'a Fetcher<'a>,
    previous: Option<&'a StatsCache>,
    parallel_parts: bool,
    now: &'a str,
}

impl Context<'_> {
    fn run(&self, item: &Item) -> Done {
        let (outcome, entry) = match item {
            Item::User(login) => {
                let (outcome, entry) = self.user(login);
                (outcome, entry.map(Entry::User))
            }
            Item::Repo(r) => {
                let (outcome, entry) = self.repo(r);
                (outcome, entry.map(|e| Entry::Repo(Box::new(e))))
            }
        };
        Done {
            report: ItemReport {
                label: label(item),
                outcome,
            },
            entry,
        }
    }

    fn user(&self, login: &str) -> (Outcome, Option<UserEntry>) {
        let old = self
            .previous
            .and_then(|c| c.user.as_ref())
            .filter(|u| u.stats.login.eq_ignore_ascii_case(login));
        let validator = old.map(|u| Validator {
            etag: u.etag.clone(),
            last_modified: u.last_modified.clone(),
        });
        let answer = self
            .fetcher
            .get(&format!("users/{login}"), &validator.unwrap_or_default());
        match answer {
            Ok(Answer::Fresh(response)) => match parse::user(&response.body) {
                Ok(stats) => (
                    Outcome::Refreshed,
                    Some(UserEntry {
                        etag: response.validator.etag,
                        last_modified: response.validator.last_modified,
                        fetched_at: self.now.to_string(),
                        stale: false,
                        stats,
                    }),
                ),
                Err(e) => (Outcome::Failed(e.to_string()), old.cloned()),
            },
            Ok(Answer::NotModified) => match old {
                Some(old) => (
                    Outcome::Unchanged,
                    Some(UserEntry {
                        fetched_at: self.now.to_string(),
                        stale: false,
                        ..old.clone()
                    }),
                ),
                None => (Outcome::Failed(unasked_304()), None),
            },
            Ok(Answer::NotFound) => (
                Outcome::Missing {
                    kept: old.is_some(),
                },
                old.map(|old| UserEntry {
                    stale: true,
                    ..old.clone()
                }),
            ),
            Ok(Answer::Conflict) => (Outcome::Failed("http 409".into()), old.cloned()),
            Err(fault) => (Outcome::Failed(fault.to_string()), old.cloned()),
        }
    }

    fn repo(&self, r: &RepoRef) -> (Outcome, Option<RepoEntry>) {
        let old = self.previous.and_then(|c| c.repos.get(&r.key()));
        let validator = old
            .map(|o| Validator {
                etag: o.etag.clone(),
                last_modified: o.last_modified.clone(),
            })
            .unwrap_or_default();
        let (mut entry, mut fresh) = match self
            .fetcher
            .get(&format!("repos/{}", r.owner_name), &validator)
        {
            Ok(Answer::Fresh(response)) => match parse::repo(&response.body, old.map(|o| &o.stats))
            {
                Ok(stats) => (
                    RepoEntry {
                        etag: response.validator.etag,
                        last_modified: response.validator.last_modified,
                        fetched_at: self.now.to_string(),
                        stale: false,
                        moved_to: None,
                        validators: old.map(|o| o.validators.clone()).unwrap_or_default(),
                        stats,
                    },
                    true,
                ),
                Err(e) => return (Outcome::Failed(e.to_string()), old.cloned()),
            },
            Ok(Answer::NotModified) => match old {
                Some(old) => (
                    RepoEntry {
                        fetched_at: self.now.to_string(),
                        stale: false,
                        ..old.clone()
                    },
                    false,
                ),
                None => return (Outcome::Failed(unasked_304()), None),
            },
            Ok(Answer::NotFound) => {
                let kept = old.map(|o| RepoEntry {
                    stale: true,
                    ..o.clone()
                });
                return (
                    Outcome::Missing {
                        kept: kept.is_some(),
                    },
                    kept,
                );
            }
            Ok(Answer::Conflict) => return (Outcome::Failed("http 409".into()), old.cloned()),
            Err(fault) => return (Outcome::Failed(fault.to_string()), old.cloned()),
        };
        let moved = !entry.stats.full_name.eq_ignore_ascii_case(&r.owner_name);
        entry.moved_to = moved.then(|| entry.stats.full_name.clone());
        let failures = self.parts(&mut entry, &mut fresh);
        let outcome = if let Some(failure) = failures.into_iter().next() {
            Outcome::Failed(failure)
        } else if let Some(to) = &entry.moved_to {
            Outcome::Moved { to: to.clone() }
        } else if fresh {
            Outcome::Refreshed
        } else {
            Outcome::Unchanged
        };
        (outcome, Some(entry))
    }

    /// Fetches languages, commits and releases into `entry`; a part that fails keeps its
    /// previous value and validator. Returns the failures as `part: reason`.
    fn parts(&self, entry: &mut RepoEntry, fresh: &mut bool) -> Vec<String> {
        let name = entry.stats.full_name.clone();
        let v = entry.validators.clone();
        let get = |part: &str, query: &str, validator: &Validator| {
            self.fetcher
                .get(&format!("repos/{name}/{part}{query}"), validator)
        };
        let (languages, commits, releases) = if self.parallel_parts {
            std::thread::scope(|scope| {
                let languages = scope.spawn(|| get("languages", "", &v.languages));
                let releases = scope.spawn(|| get("releases", "?per_page=1", &v.releases));
                let commits = get("commits", "?per_page=1", &v.commits);
                (join(languages), commits, join(releases))
            })
        } else {
            (
                get("languages", "", &v.languages),
                get("commits", "?per_page=1", &v.commits),
                get("releases", "?per_page=1", &v.releases),
            )
        };
        let mut failures = Vec::new();
        let mut note = |part: &str, result: Result<bool, String>| match result {
            Ok(changed) => *fresh |= changed,
            Err(reason) => failures.push(format!("{part}: {reason}")),
        };
        let (stats, validators) = (&mut entry.stats, &mut entry.validators);
        note(
            "languages",
            update(languages, &mut validators.languages, |body, _| {
                stats.languages = parse::languages(body)?;
                Ok(())
            }),
        );
        let commits = match commits {
            // GitHub's answer for an empty repository: nothing to count, nothing to validate.
            Ok(Answer::Conflict) => {
                stats.commits = Some(0);
                validators.commits = Validator::default();
                Ok(true)
            }
            other => update(other, &mut validators.commits, |body, link| {
                stats.commits = Some(parse::count(link, body)?);
                Ok(())
            }),
        };
        note("commits", commits);
        note(
            "releases",
            update(releases, &mut validators.releases, |body, link| {
                stats.releases = Some(parse::count(link, body)?);
                Ok(())
            }),
        );
        failures
    }
}

/// Applies one sub-resource answer: a 200 goes through `apply` and replaces the validator;
/// a 304 keeps both. `Ok(true)` when something new was learned.
fn update(
    answer: Result<Answer, Fault>,
    validator: &mut Validator,
    apply: impl FnOnce(&[u8], Option<&str>) -> Result<(), parse::Malformed>,
) -> Result<bool, String> {
    match answer {
        Ok(Answer::Fresh(response)) => {
            apply(&response.body, response.link.as_deref()).map_err(|e| e.to_string())?;
            *validator = response.validator;
            Ok(true)
        }
        Ok(Answer::NotModified) => Ok(false),
        Ok(Answer::Conflict) => Err("http 409".into()),
        Ok(Answer::NotFound) => Err("not found (404)".into()),
        Err(fault) => Err(fault.to_string()),
    }
}

fn join<T>(handle: std::thread::ScopedJoinHandle<'_, Result<T, Fault>>) -> Result<T, Fault> {
    handle.join().unwrap_or_else(|_| {
        Err(Fault::Malformed(
            "internal error: a request thread panicked".into(),
        ))
    })
}

fn unasked_304() -> String {
    "http 304 to a request that had no validator".into()
}
