//! The statistics cache as stored beside the profile (`<stem>.github.json`): serde types only.
//!
//! The format is documented in `docs/github-cache.md`; bump [`CACHE_VERSION`] on any change
//! that an older storyfolio would misread.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The cache format version this storyfolio reads and writes.
pub const CACHE_VERSION: u32 = 1;

/// Everything `refresh` learned about the profile's GitHub user and repositories.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatsCache {
    /// The format version ([`CACHE_VERSION`]).
    pub version: u32,
    /// The GitHub user named by the profile, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserEntry>,
    /// Repositories keyed by `owner/name` in lowercase, as the profile names them (before any
    /// rename: a moved repository keeps its old key and says where it went in `moved_to`).
    #[serde(default)]
    pub repos: BTreeMap<String, RepoEntry>,
}

impl Default for StatsCache {
    fn default() -> Self {
        StatsCache {
            version: CACHE_VERSION,
            user: None,
            repos: BTreeMap::new(),
        }
    }
}

impl StatsCache {
    /// The statistics of `owner_name` (`owner/name`, any case), stale or not.
    pub fn repo(&self, owner_name: &str) -> Option<&RepoStats> {
        self.repo_entry(owner_name).map(|entry| &entry.stats)
    }

    /// The whole cache entry of `owner_name` (`owner/name`, any case).
    pub fn repo_entry(&self, owner_name: &str) -> Option<&RepoEntry> {
        self.repos.get(&owner_name.trim().to_lowercase())
    }

    /// The user's statistics, stale or not.
    pub fn user_stats(&self) -> Option<&UserStats> {
        self.user.as_ref().map(|entry| &entry.stats)
    }

    /// The oldest `fetched_at` of any entry (RFC 3339), i.e. how old the cache's worst fact is.
    pub fn oldest_fetched_at(&self) -> Option<&str> {
        self.user
            .iter()
            .map(|u| u.fetched_at.as_str())
            .chain(self.repos.values().map(|r| r.fetched_at.as_str()))
            .min_by_key(|at| jiff_sort_key(at))
    }
}

/// RFC 3339 strings written by storyfolio are all UTC (`...Z`) and so sort as text; parse
/// anyway so that a hand-edited offset still compares correctly.
fn jiff_sort_key(at: &str) -> (i128, String) {
    let nanos = at
        .parse::<jiff::Timestamp>()
        .map(|t| t.as_nanosecond())
        .unwrap_or(i128::MIN);
    (nanos, at.to_string())
}

/// An HTTP validator pair: sent back as `If-None-Match` / `If-Modified-Since`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validator {
    /// The `ETag` response header, verbatim (weak tags keep their `W/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The `Last-Modified` response header, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

impl Validator {
    /// True when there is nothing to send back.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// Validators of the sub-resources fetched beside `GET /repos/{owner}/{repo}`: each answers
/// 304 on its own, so each keeps its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubValidators {
    /// `GET /repos/{owner}/{repo}/languages`.
    #[serde(default, skip_serializing_if = "Validator::is_empty")]
    pub languages: Validator,
    /// `GET /repos/{owner}/{repo}/commits?per_page=1`.
    #[serde(default, skip_serializing_if = "Validator::is_empty")]
    pub commits: Validator,
    /// `GET /repos/{owner}/{repo}/releases?per_page=1`.
    #[serde(default, skip_serializing_if = "Validator::is_empty")]
    pub releases: Validator,
}

/// One repository in the cache.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RepoEntry {
    /// `ETag` of `GET /repos/{owner}/{repo}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// `Last-Modified` of `GET /repos/{owner}/{repo}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// When these statistics were last confirmed by GitHub (RFC 3339, UTC): a 304 counts.
    pub fetched_at: String,
    /// True when the last refresh could not find the repository (404): the statistics are
    /// the last ones known.
    #[serde(default)]
    pub stale: bool,
    /// The repository's current `owner/name` when GitHub answered with a redirect (renamed or
    /// transferred): the profile should be updated to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<String>,
    /// Validators of the sub-resources (languages, commits, releases).
    #[serde(default)]
    pub validators: SubValidators,
    /// The statistics.
    pub stats: RepoStats,
}

/// The statistics of one repository, as used by the documents and the story.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RepoStats {
    /// `owner/name` as GitHub spells it now.
    pub full_name: String,
    pub description: Option<String>,
    /// `stargazers_count`.
    pub stars: u64,
    /// `forks_count`.
    pub forks: u64,
    /// `open_issues_count` (GitHub counts open pull requests too).
    pub open_issues: u64,
    /// The main language as GitHub detects it.
    pub language: Option<String>,
    /// Every language with its share of the code, largest first.
    pub languages: Vec<LanguageShare>,
    pub topics: Vec<String>,
    /// Last push (RFC 3339).
    pub pushed_at: Option<String>,
    /// Creation (RFC 3339).
    pub created_at: Option<String>,
    pub archived: bool,
    /// True when the repository is a fork of another.
    pub fork: bool,
    /// Commits on the default branch; `None` when unknown, `Some(0)` for an empty repository.
    pub commits: Option<u64>,
    /// Published releases; `None` when unknown.
    pub releases: Option<u64>,
    pub html_url: Option<String>,
    /// SPDX identifier of the license, e.g. `MIT`.
    pub license: Option<String>,
}

/// A language and its share of a repository's code.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LanguageShare {
    pub name: String,
    /// Bytes of code, as GitHub's linguist counts them.
    pub bytes: u64,
    /// Share of all bytes, 0-100, rounded to one decimal.
    pub percent: f64,
}

/// The GitHub user in the cache.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserEntry {
    /// `ETag` of `GET /users/{user}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// `Last-Modified` of `GET /users/{user}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// When these statistics were last confirmed by GitHub (RFC 3339, UTC).
    pub fetched_at: String,
    /// True when the last refresh could not find the user (404).
    #[serde(default)]
    pub stale: bool,
    pub stats: UserStats,
}

/// The statistics of a GitHub user.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserStats {
    pub login: String,
    pub name: Option<String>,
    pub public_repos: u64,
    pub followers: u64,
    pub following: u64,
    /// Account creation (RFC 3339).
    pub created_at: Option<String>,
    pub html_url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(at: &str) -> RepoEntry {
        RepoEntry {
            etag: None,
            last_modified: None,
            fetched_at: at.into(),
            stale: false,
            moved_to: None,
            validators: SubValidators::default(),
            stats: RepoStats {
                full_name: "Owner/Repo".into(),
                ..RepoStats::default()
            },
        }
    }

    #[test]
    fn repo_lookup_ignores_case() {
        let mut cache = StatsCache::default();
        cache
            .repos
            .insert("owner/repo".into(), entry("2026-01-01T00:00:00Z"));
        assert_eq!(cache.repo("Owner/Repo").unwrap().full_name, "Owner/Repo");
        assert!(cache.repo("owner/other").is_none());
    }

    #[test]
    fn oldest_fetched_at_compares_instants() {
        let mut cache = StatsCache::default();
        cache
            .repos
            .insert("a/a".into(), entry("2026-01-02T00:00:00Z"));
        cache
            .repos
            .insert("b/b".into(), entry("2026-01-02T08:00:00+09:00"));
        assert_eq!(cache.oldest_fetched_at(), Some("2026-01-02T08:00:00+09:00"));
    }
}
