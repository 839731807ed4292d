//! A GitHub look-alike for the loopback server: the recorded fixture bodies, renamed to the
//! asked repository or user, with ETags that answer `If-None-Match` with 304.

use serde_json::Value;

use super::server::{Reply, Request, Response};

pub const REPO: &str = include_str!("../fixtures/github/repo_get_200.json");
pub const USER: &str = include_str!("../fixtures/github/user_get_200.json");
pub const LANGUAGES: &str = include_str!("../fixtures/github/repo_languages_200.json");
pub const NOT_FOUND: &str = include_str!("../fixtures/github/repo_not_found_404.json");
pub const BAD_CREDENTIALS: &str = include_str!("../fixtures/github/bad_credentials_401.json");
pub const PRIMARY_LIMIT: &str = include_str!("../fixtures/github/rate_limited_primary_403.json");
pub const SECONDARY_LIMIT: &str =
    include_str!("../fixtures/github/rate_limited_secondary_403.json");
pub const MOVED: &str = include_str!("../fixtures/github/repo_moved_301.json");

/// The commit count every fake repository reports (via the `Link` header).
pub const COMMITS: u64 = 42;
/// The `X-RateLimit-Reset` every answer carries.
pub const RESET: &str = "4102444800"; // 2100-01-01T00:00:00Z

/// The repository body for `full_name` with `stars`.
pub fn repo_body(full_name: &str, stars: u64) -> String {
    let mut repo: Value = serde_json::from_str(REPO).expect("fixture");
    let name = full_name.split('/').nth(1).unwrap_or(full_name);
    repo["full_name"] = full_name.into();
    repo["name"] = name.into();
    repo["html_url"] = format!("https://github.com/{full_name}").into();
    repo["stargazers_count"] = stars.into();
    repo.to_string()
}

/// The user body for `login`.
pub fn user_body(login: &str) -> String {
    let mut user: Value = serde_json::from_str(USER).expect("fixture");
    user["login"] = login.into();
    user["html_url"] = format!("https://github.com/{login}").into();
    user.to_string()
}

/// A response with the rate-limit headers GitHub always sends.
pub fn respond(status: u16, body: impl Into<Vec<u8>>) -> Response {
    Response::new(status, body)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-RateLimit-Limit", "60")
        .header("X-RateLimit-Remaining", "59")
        .header("X-RateLimit-Reset", RESET)
}

/// Answers like GitHub for any user and repository: 200 with an ETag, 304 when the request
/// carries that ETag, 404 for anything else.
pub fn answer(request: &Request) -> Reply {
    // `Link` targets are never followed, only read for their page number.
    let base = "http://127.0.0.1";
    let path = request.path.as_str();
    let (path_only, query) = path.split_once('?').unwrap_or((path, ""));
    let segments: Vec<&str> = path_only.trim_start_matches('/').split('/').collect();
    let (etag, response) = match segments.as_slice() {
        ["users", login] => (format!("W/\"user-{login}\""), respond(200, user_body(login))),
        ["repos", owner, name] => (
            format!("W/\"repo-{owner}-{name}\""),
            respond(200, repo_body(&format!("{owner}/{name}"), 7)),
        ),
        ["repos", owner, name, "languages"] => (
            format!("\"languages-{owner}-{name}\""),
            respond(200, LANGUAGES),
        ),
        ["repos", owner, name, "commits"] if query == "per_page=1" => (
            format!("\"commits-{owner}-{name}\""),
            respond(200, r#"[{"sha": "6dcb09b5b57875f334f61aebed695e2e4193db5e"}]"#).header(
                "Link",
                &format!(
                    "<{base}/repositories/1/commits?per_page=1&page=2>; rel=\"next\", <{base}/repositories/1/commits?per_page=1&page={COMMITS}>; rel=\"last\""
                ),
            ),
        ),
        ["repos", owner, name, "releases"] if query == "per_page=1" => (
            format!("\"releases-{owner}-{name}\""),
            respond(200, r#"[{"id": 1, "tag_name": "v1.0.0"}]"#),
        ),
        _ => return respond(404, NOT_FOUND).reply(),
    };
    if request.header("If-None-Match") == Some(etag.as_str()) {
        return respond(304, Vec::new()).header("ETag", &etag).reply();
    }
    response
        .header("ETag", &etag)
        .header("Last-Modified", "Fri, 24 Apr 2026 00:49:07 GMT")
        .reply()
}
