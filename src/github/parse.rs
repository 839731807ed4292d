//! Reading GitHub's response bodies and `Link` headers into the cache's statistics. Every
//! function returns an error for unexpected input; none panics.

use serde::Deserialize;

use super::model::{LanguageShare, RepoStats, UserStats};

/// Why a 200 body could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed json from github: {0}")]
pub struct Malformed(String);

fn json<'a, T: Deserialize<'a>>(body: &'a [u8]) -> Result<T, Malformed> {
    serde_json::from_slice(body).map_err(|e| Malformed(e.to_string()))
}

#[derive(Deserialize)]
struct RepoBody {
    full_name: String,
    description: Option<String>,
    #[serde(default)]
    stargazers_count: u64,
    #[serde(default)]
    forks_count: u64,
    #[serde(default)]
    open_issues_count: u64,
    language: Option<String>,
    #[serde(default)]
    topics: Vec<String>,
    pushed_at: Option<String>,
    created_at: Option<String>,
    #[serde(default)]
    archived: bool,
    #[serde(default)]
    fork: bool,
    html_url: Option<String>,
    license: Option<LicenseBody>,
}

#[derive(Deserialize)]
struct LicenseBody {
    spdx_id: Option<String>,
}

/// `GET /repos/{owner}/{repo}`: everything but languages, commits and releases, which come
/// from their own requests (kept from `previous`).
pub fn repo(body: &[u8], previous: Option<&RepoStats>) -> Result<RepoStats, Malformed> {
    let b: RepoBody = json(body)?;
    if b.full_name.split('/').count() != 2 {
        return Err(Malformed(format!(
            "`full_name` is `{}`, expected `owner/name`",
            b.full_name
        )));
    }
    Ok(RepoStats {
        full_name: b.full_name,
        description: b.description.filter(|d| !d.trim().is_empty()),
        stars: b.stargazers_count,
        forks: b.forks_count,
        open_issues: b.open_issues_count,
        language: b.language,
        languages: previous.map(|p| p.languages.clone()).unwrap_or_default(),
        topics: b.topics,
        pushed_at: b.pushed_at,
        created_at: b.created_at,
        archived: b.archived,
        fork: b.fork,
        commits: previous.and_then(|p| p.commits),
        releases: previous.and_then(|p| p.releases),
        html_url: b.html_url,
        // GitHub says NOASSERTION when it found a license file it could not classify.
        license: b
            .license
            .and_then(|l| l.spdx_id)
            .filter(|id| id != "NOASSERTION"),
    })
}

#[derive(Deserialize)]
struct UserBody {
    login: String,
    name: Option<String>,
    #[serde(default)]
    public_repos: u64,
    #[serde(default)]
    followers: u64,
    #[serde(default)]
    following: u64,
    created_at: Option<String>,
    html_url: Option<String>,
}

/// `GET /users/{user}`.
pub fn user(body: &[u8]) -> Result<UserStats, Malformed> {
    let b: UserBody = json(body)?;
    Ok(UserStats {
        login: b.login,
        name: b.name.filter(|n| !n.trim().is_empty()),
        public_repos: b.public_repos,
        followers: b.followers,
        following: b.following,
        created_at: b.created_at,
        html_url: b.html_url,
    })
}

/// `GET /repos/{owner}/{repo}/languages`: `{"Rust": 1234, ...}`, largest share first.
pub fn languages(body: &[u8]) -> Result<Vec<LanguageShare>, Malformed> {
    let map: serde_json::Map<String, serde_json::Value> = json(body)?;
    let mut shares = Vec::with_capacity(map.len());
    for (name, bytes) in map {
        let bytes = bytes.as_u64().ok_or_else(|| {
            Malformed(format!(
                "language `{name}` has {bytes} bytes, expected a count"
            ))
        })?;
        shares.push(LanguageShare {
            name,
            bytes,
            percent: 0.0,
        });
    }
    let total: u64 = shares.iter().map(|s| s.bytes).sum();
    for share in &mut shares {
        if total > 0 {
            share.percent = (share.bytes as f64 * 1000.0 / total as f64).round() / 10.0;
        }
    }
    shares.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.name.cmp(&b.name)));
    Ok(shares)
}

/// The item count of a list fetched with `per_page=1`: the page number of `rel="last"` in
/// `Link`, else (a single page) the number of items in the body.
pub fn count(link: Option<&str>, body: &[u8]) -> Result<u64, Malformed> {
    if let Some(page) = link.and_then(last_page) {
        return Ok(page);
    }
    let items: Vec<serde::de::IgnoredAny> = json(body)?;
    Ok(items.len() as u64)
}

/// The `page` query parameter of the `rel="last"` link of a `Link` header.
pub fn last_page(link: &str) -> Option<u64> {
    link.split(',').find_map(|part| {
        let (target, params) = part.trim().split_once(';')?;
        let is_last = params.split(';').any(|p| {
            p.trim()
                .strip_prefix("rel=")
                .map(|rel| rel.trim_matches('"'))
                .is_some_and(|rel| rel.split_whitespace().any(|r| r == "last"))
        });
        if !is_last {
            return None;
        }
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        let url = url::Url::parse(target).ok()?;
        let page = url
            .query_pairs()
            .find(|(key, _)| key == "page")
            .and_then(|(_, value)| value.parse().ok());
        page
    })
}

/// GitHub's `message` from an error body, if it has one.
pub fn message(body: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct ErrorBody {
        message: String,
    }
    serde_json::from_slice::<ErrorBody>(body)
        .ok()
        .map(|b| b.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPO: &[u8] = include_bytes!("../../tests/fixtures/github/repo_get_200.json");
    const USER: &[u8] = include_bytes!("../../tests/fixtures/github/user_get_200.json");
    const LANGUAGES: &[u8] = include_bytes!("../../tests/fixtures/github/repo_languages_200.json");

    #[test]
    fn recorded_repository_reads() {
        let stats = repo(REPO, None).unwrap();
        assert_eq!(stats.full_name, "PyGithub/PyGithub");
        assert_eq!(
            (stats.stars, stats.forks, stats.open_issues),
            (7701, 1874, 393)
        );
        assert_eq!(stats.license.as_deref(), Some("LGPL-3.0"));
        assert_eq!(stats.topics, ["github", "github-api", "pygithub", "python"]);
        assert_eq!(stats.pushed_at.as_deref(), Some("2026-04-14T07:25:38Z"));
        assert!(!stats.archived && !stats.fork);
        assert_eq!(stats.commits, None);
    }

    #[test]
    fn recorded_user_reads() {
        let stats = user(USER).unwrap();
        assert_eq!(stats.login, "jacquev6");
        assert_eq!(
            stats.html_url.as_deref(),
            Some("https://github.com/jacquev6")
        );
    }

    #[test]
    fn language_shares_sum_and_sort() {
        let shares = languages(LANGUAGES).unwrap();
        let names: Vec<_> = shares.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Ruby", "JavaScript", "CoffeeScript"]);
        assert_eq!(shares[0].bytes, 555101);
        assert_eq!(shares[0].percent, 78.5);
        assert_eq!(shares[1].percent, 19.6);
        assert_eq!(shares[2].percent, 1.9);
        assert_eq!(languages(b"{}").unwrap(), []);
        assert!(languages(br#"{"Rust": -1}"#).is_err());
    }

    #[test]
    fn link_last_page() {
        // The recorded first page of a paginated list.
        let link = "<https://api.github.com/repositories/515435940/issues?per_page=3&page=2>; rel=\"next\", <https://api.github.com/repositories/515435940/issues?per_page=3&page=5>; rel=\"last\"";
        assert_eq!(last_page(link), Some(5));
        // The recorded last page: no rel="last".
        let link = "<https://api.github.com/repositories/515435940/issues?per_page=3&page=4>; rel=\"prev\", <https://api.github.com/repositories/515435940/issues?per_page=3&page=1>; rel=\"first\"";
        assert_eq!(last_page(link), None);
        assert_eq!(last_page("garbage"), None);
        assert_eq!(last_page("<not a url>; rel=\"last\""), None);
    }

    #[test]
    fn count_uses_link_else_items() {
        let link = "<https://x/repos/a/b/commits?per_page=1&page=214>; rel=\"last\"";
        assert_eq!(count(Some(link), b"[{}]"), Ok(214));
        assert_eq!(count(None, b"[{\"sha\": \"1\"}]"), Ok(1));
        assert_eq!(count(None, b"[]"), Ok(0));
        assert!(count(None, b"{\"oops\": 1").is_err());
    }

    #[test]
    fn malformed_bodies_are_errors() {
        assert!(repo(b"<html>", None).is_err());
        assert!(repo(br#"{"full_name": "no-slash"}"#, None).is_err());
        assert!(user(b"[]").is_err());
        assert_eq!(
            message(br#"{"message":"Not Found"}"#).as_deref(),
            Some("Not Found")
        );
        assert_eq!(message(b"nope"), None);
    }
}
