//! What `validate` says about the cached statistics: too old, not found at the last refresh,
//! moved, or never fetched. Pure: the caller passes the clock.

use super::model::StatsCache;
use super::refs::Refs;
use crate::diagnostics::Diagnostic;

const SECONDS_PER_DAY: i64 = 24 * 60 * 60;

/// Warnings about `cache` for the items `refs` names; `refresh` is the command to suggest.
pub fn check(
    refs: &Refs,
    cache: &StatsCache,
    max_age_days: u32,
    now: jiff::Timestamp,
    refresh: &str,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut fetched = Vec::new();
    if let Some(login) = &refs.user {
        match cache
            .user
            .as_ref()
            .filter(|u| u.stats.login.eq_ignore_ascii_case(login))
        {
            None => found.push(Diagnostic::warning(
                "github",
                format!("no GitHub statistics for user `{login}` yet; run `{refresh}`"),
            )),
            Some(entry) => {
                if entry.stale {
                    found.push(Diagnostic::warning(
                        "github",
                        format!("GitHub user `{login}` was not found at the last refresh (404); check the username"),
                    ));
                }
                fetched.push(entry.fetched_at.as_str());
            }
        }
    }
    for r in &refs.repos {
        let Some(entry) = cache.repo_entry(&r.owner_name) else {
            found.push(Diagnostic::warning(
                r.source.clone(),
                format!(
                    "no GitHub statistics for `{}` yet; run `{refresh}`",
                    r.owner_name
                ),
            ));
            continue;
        };
        if entry.stale {
            found.push(Diagnostic::warning(
                r.source.clone(),
                format!(
                    "`{}` was not found at the last refresh (404): it may be private or deleted; its statistics are the last known",
                    r.owner_name
                ),
            ));
        }
        if let Some(to) = &entry.moved_to {
            found.push(Diagnostic::warning(
                r.source.clone(),
                format!("`{}` has moved to `{to}`; write `{to}` here", r.owner_name),
            ));
        }
        fetched.push(entry.fetched_at.as_str());
    }
    let oldest = fetched
        .iter()
        .map(|at| (at, at.parse::<jiff::Timestamp>().ok()))
        .min_by_key(|(_, parsed)| parsed.map(|t| t.as_second()).unwrap_or(i64::MIN));
    if let Some((at, parsed)) = oldest {
        let age_days = parsed.map(|t| (now.as_second() - t.as_second()) / SECONDS_PER_DAY);
        match age_days {
            Some(days) if days <= i64::from(max_age_days) => {}
            Some(days) => found.push(Diagnostic::warning(
                "",
                format!(
                    "the GitHub statistics are {days} days old (fetched {at}), older than --stats-max-age {max_age_days}; run `{refresh}`"
                ),
            )),
            None => found.push(Diagnostic::warning(
                "",
                format!("the GitHub statistics have an unreadable fetched_at `{at}`; run `{refresh}`"),
            )),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::github::model::{RepoEntry, RepoStats};
    use crate::github::refs::RepoRef;

    fn setup(fetched_at: &str) -> (Refs, StatsCache) {
        let mut refs = Refs::default();
        refs.repos.push(RepoRef {
            owner_name: "Me/Tool".into(),
            source: "projects[0].repo".into(),
        });
        let mut cache = StatsCache::default();
        cache.repos.insert(
            "me/tool".into(),
            RepoEntry {
                etag: None,
                last_modified: None,
                fetched_at: fetched_at.into(),
                stale: false,
                moved_to: None,
                validators: Default::default(),
                stats: RepoStats::default(),
            },
        );
        (refs, cache)
    }

    fn now() -> jiff::Timestamp {
        "2026-05-31T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn fresh_enough_says_nothing() {
        let (refs, cache) = setup("2026-05-01T00:00:00Z");
        assert_eq!(check(&refs, &cache, 30, now(), "r"), []);
    }

    #[test]
    fn too_old_is_flagged_with_its_age() {
        let (refs, cache) = setup("2026-04-30T00:00:00Z");
        let found = check(&refs, &cache, 30, now(), "storyfolio refresh p.json");
        assert_eq!(
            found,
            [Diagnostic::warning(
                "",
                "the GitHub statistics are 31 days old (fetched 2026-04-30T00:00:00Z), older than --stats-max-age 30; run `storyfolio refresh p.json`"
            )]
        );
    }

    #[test]
    fn stale_moved_and_missing_are_flagged() {
        let (mut refs, mut cache) = setup("2026-05-30T00:00:00Z");
        if let Some(entry) = cache.repos.get_mut("me/tool") {
            entry.stale = true;
            entry.moved_to = Some("me/tool2".into());
        }
        refs.repos.push(RepoRef {
            owner_name: "me/new".into(),
            source: "work[0].url".into(),
        });
        let paths: Vec<_> = check(&refs, &cache, 30, now(), "r")
            .into_iter()
            .map(|d| {
                (
                    d.path,
                    d.message.split(' ').take(3).collect::<Vec<_>>().join(" "),
                )
            })
            .collect();
        assert_eq!(
            paths,
            [
                (
                    "projects[0].repo".to_string(),
                    "`Me/Tool` was not".to_string()
                ),
                (
                    "projects[0].repo".to_string(),
                    "`Me/Tool` has moved".to_string()
                ),
                (
                    "work[0].url".to_string(),
                    "no GitHub statistics".to_string()
                ),
            ]
        );
    }
}
