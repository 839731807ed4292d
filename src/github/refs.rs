//! Which GitHub user and repositories a profile names: `projects[].repo`, github.com
//! repository links in `projects[].url`, `projects[].deliverables[].url` and `work[].url`,
//! storyfolio's `github` field and the GitHub entry of `basics.profiles`.
//!
//! This is the one list: `refresh` fetches it, and the resume, the story and coach find an
//! item's repository through it (`Refs::repo_of`), so a statistic that was fetched shows.

use url::Url;

use crate::profile::Profile;

/// A repository named by the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoRef {
    /// `owner/name` as the profile spells it.
    pub owner_name: String,
    /// Where the profile names it first, e.g. `projects[2].repo`.
    pub source: String,
}

impl RepoRef {
    /// The cache key: `owner/name` in lowercase (GitHub names are case-insensitive).
    pub fn key(&self) -> String {
        self.owner_name.to_lowercase()
    }
}

/// Everything a profile names on GitHub, plus the values that looked like GitHub references
/// but could not be used (reported as warnings, never fetched).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refs {
    /// The GitHub login.
    pub user: Option<String>,
    /// Repositories, first mention first, without duplicates (ignoring case).
    pub repos: Vec<RepoRef>,
    /// `(json path, message)` for each unusable value.
    pub problems: Vec<(String, String)>,
    /// `(item, index into repos)`: the first repository each item (`projects[2]`,
    /// `work[0]`) names, whichever of its fields names it.
    named_by: Vec<(String, usize)>,
}

impl Refs {
    /// True when there is nothing to fetch.
    pub fn is_empty(&self) -> bool {
        self.user.is_none() && self.repos.is_empty()
    }

    fn add_repo(&mut self, owner_name: String, source: String) {
        let key = owner_name.to_lowercase();
        let index = match self.repos.iter().position(|r| r.key() == key) {
            Some(i) => i,
            None => {
                self.repos.push(RepoRef {
                    owner_name,
                    source: source.clone(),
                });
                self.repos.len() - 1
            }
        };
        let item = source.split('.').next().unwrap_or_default().to_string();
        if !self.named_by.iter().any(|(named, _)| *named == item) {
            self.named_by.push((item, index));
        }
    }

    /// The repository the item at `item` (`projects[2]`, `work[0]`) names, by whichever
    /// field: its `repo`, its `url` or a deliverable's `url`.
    pub fn repo_of(&self, item: &str) -> Option<&RepoRef> {
        self.named_by
            .iter()
            .find(|(named, _)| named == item)
            .and_then(|(_, i)| self.repos.get(*i))
    }
}

/// First path segments of github.com that are pages of GitHub itself, not users.
const RESERVED: &[&str] = &[
    "about",
    "apps",
    "collections",
    "enterprise",
    "explore",
    "features",
    "join",
    "login",
    "marketplace",
    "notifications",
    "orgs",
    "pricing",
    "search",
    "settings",
    "site",
    "sponsors",
    "topics",
    "users",
];

/// Collects the GitHub user and repositories named by `profile`.
pub fn extract(profile: &Profile) -> Refs {
    let mut refs = Refs::default();
    for (i, project) in profile.projects.iter().enumerate() {
        if let Some(repo) = &project.repo {
            let path = format!("projects[{i}].repo");
            match parse_repo_field(repo) {
                Some(owner_name) => refs.add_repo(owner_name, path),
                None => refs.problems.push((
                    path,
                    format!("`{repo}` is not a GitHub repository; write it as `owner/name`"),
                )),
            }
        }
        if let Some(owner_name) = project.url.as_deref().and_then(repo_from_url) {
            refs.add_repo(owner_name, format!("projects[{i}].url"));
        }
        for (j, deliverable) in project.deliverables.iter().enumerate() {
            if let Some(owner_name) = repo_from_url(&deliverable.url) {
                refs.add_repo(owner_name, format!("projects[{i}].deliverables[{j}].url"));
            }
        }
    }
    for (i, work) in profile.work.iter().enumerate() {
        if let Some(owner_name) = work.url.as_deref().and_then(repo_from_url) {
            refs.add_repo(owner_name, format!("work[{i}].url"));
        }
    }
    refs.user = user(profile, &mut refs.problems);
    refs
}

/// The login: storyfolio's `github` field, else the GitHub entry of `basics.profiles`.
fn user(profile: &Profile, problems: &mut Vec<(String, String)>) -> Option<String> {
    if let Some(login) = &profile.github {
        let login = login.trim().trim_start_matches('@');
        if is_login(login) {
            return Some(login.to_string());
        }
        problems.push((
            "github".into(),
            format!("`{login}` is not a GitHub username (letters, digits and single hyphens, at most 39)"),
        ));
    }
    for (i, social) in profile.basics.profiles.iter().enumerate() {
        let is_github = social
            .network
            .as_deref()
            .is_some_and(|n| n.trim().eq_ignore_ascii_case("github"));
        let from_url = social.url.as_deref().and_then(user_from_url);
        if !is_github && from_url.is_none() {
            continue;
        }
        if let Some(login) = social.username.as_deref().map(str::trim) {
            if is_login(login) {
                return Some(login.to_string());
            }
            problems.push((
                format!("basics.profiles[{i}].username"),
                format!("`{login}` is not a GitHub username"),
            ));
        }
        if from_url.is_some() {
            return from_url;
        }
    }
    None
}

/// `owner/name` from a `repo` field; a github.com link is accepted too.
fn parse_repo_field(value: &str) -> Option<String> {
    let value = value.trim();
    if value.contains("://") || value.starts_with("github.com/") {
        let url = if value.starts_with("github.com/") {
            format!("https://{value}")
        } else {
            value.to_string()
        };
        return repo_from_url(&url);
    }
    let (owner, name) = value.split_once('/')?;
    let name = name.strip_suffix(".git").unwrap_or(name);
    (is_login(owner) && is_repo_name(name)).then(|| format!("{owner}/{name}"))
}

/// `owner/name` when `url` points into a repository on github.com (any page inside it).
pub fn repo_from_url(url: &str) -> Option<String> {
    let segments = github_segments(url)?;
    let owner = segments.first()?;
    let name = segments.get(1)?;
    let name = name.strip_suffix(".git").unwrap_or(name);
    (is_login(owner) && is_repo_name(name) && !is_reserved(owner))
        .then(|| format!("{owner}/{name}"))
}

/// The login when `url` is a github.com user page (`https://github.com/user`).
fn user_from_url(url: &str) -> Option<String> {
    let segments = github_segments(url)?;
    match segments.as_slice() {
        [login] if is_login(login) && !is_reserved(login) => Some(login.clone()),
        _ => None,
    }
}

fn github_segments(url: &str) -> Option<Vec<String>> {
    let url = Url::parse(url.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?.to_ascii_lowercase();
    if host != "github.com" && host != "www.github.com" {
        return None;
    }
    Some(
        url.path_segments()?
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

fn is_reserved(segment: &str) -> bool {
    RESERVED.iter().any(|r| r.eq_ignore_ascii_case(segment))
}

/// GitHub logins: 1-39 ASCII letters, digits and hyphens, not starting or ending with one.
fn is_login(s: &str) -> bool {
    (1..=39).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// GitHub repository names: 1-100 ASCII letters, digits, `.`, `-`, `_`; not `.` or `..`.
fn is_repo_name(s: &str) -> bool {
    (1..=100).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        && s != "."
        && s != ".."
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(json: serde_json::Value) -> Profile {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn repo_urls_are_recognised() {
        assert_eq!(
            repo_from_url("https://github.com/a-b/c.d"),
            Some("a-b/c.d".into())
        );
        assert_eq!(
            repo_from_url("https://www.github.com/a/b.git"),
            Some("a/b".into())
        );
        assert_eq!(
            repo_from_url("https://github.com/a/b/tree/main/src?x=1#y"),
            Some("a/b".into())
        );
        assert_eq!(repo_from_url("https://github.com/a"), None);
        assert_eq!(repo_from_url("https://github.com/orgs/a"), None);
        assert_eq!(repo_from_url("https://gitlab.com/a/b"), None);
        assert_eq!(repo_from_url("https://a.github.io/b"), None);
        assert_eq!(repo_from_url("ftp://github.com/a/b"), None);
        assert_eq!(repo_from_url("not a url"), None);
    }

    #[test]
    fn collects_every_source_once() {
        let refs = extract(&profile(serde_json::json!({
            "projects": [
                {"repo": "Me/One", "url": "https://github.com/me/one"},
                {"url": "https://github.com/me/two/issues",
                 "deliverables": [{"type": "repo", "url": "https://github.com/me/three"}]},
                {"repo": "not a repo"}
            ],
            "work": [{"url": "https://github.com/acme/tool"}, {"url": "https://acme.example"}],
            "basics": {"profiles": [{"network": "GitHub", "username": "me"}]}
        })));
        let names: Vec<_> = refs.repos.iter().map(|r| r.owner_name.as_str()).collect();
        assert_eq!(names, ["Me/One", "me/two", "me/three", "acme/tool"]);
        assert_eq!(refs.repos[0].source, "projects[0].repo");
        // Every item finds its repository, whichever field names it.
        let of = |item: &str| refs.repo_of(item).map(|r| r.owner_name.as_str());
        assert_eq!(of("projects[0]"), Some("Me/One"));
        assert_eq!(of("projects[1]"), Some("me/two"));
        assert_eq!(of("projects[2]"), None);
        assert_eq!(of("work[0]"), Some("acme/tool"));
        assert_eq!(of("work[1]"), None);
        assert_eq!(refs.user.as_deref(), Some("me"));
        assert_eq!(
            refs.problems,
            [(
                "projects[2].repo".to_string(),
                "`not a repo` is not a GitHub repository; write it as `owner/name`".to_string()
            )]
        );
    }

    #[test]
    fn user_prefers_the_github_field_then_the_profile_url() {
        let refs = extract(&profile(serde_json::json!({
            "github": "field-user",
            "basics": {"profiles": [{"network": "GitHub", "username": "other"}]}
        })));
        assert_eq!(refs.user.as_deref(), Some("field-user"));
        let refs = extract(&profile(serde_json::json!({
            "basics": {"profiles": [{"network": "code", "url": "https://github.com/url-user"}]}
        })));
        assert_eq!(refs.user.as_deref(), Some("url-user"));
    }

    #[test]
    fn path_tricks_are_not_repositories() {
        for bad in [
            "a/../b", "../x", "a/b/c", "a/", "/b", "a b/c", "a/b?x", "-a/b", "a/..",
        ] {
            assert_eq!(parse_repo_field(bad), None, "{bad}");
        }
        assert_eq!(parse_repo_field(" a/b.git "), Some("a/b".into()));
        assert_eq!(
            parse_repo_field("https://github.com/a/b"),
            Some("a/b".into())
        );
    }
}
