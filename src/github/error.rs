//! Errors of the GitHub layer: the cache file, the client set-up and the faults that stop a
//! whole refresh. Faults of one repository are outcomes, not errors (see `refresh`).

use std::path::PathBuf;

/// Why the cache could not be used or a refresh had to stop.
#[derive(Debug, thiserror::Error)]
pub enum GithubError {
    #[error("failed to read `{path}`: {source}")]
    CacheRead {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("failed to parse `{path}`: {message}; run `storyfolio refresh` to rewrite it")]
    CacheParse { path: PathBuf, message: String },
    #[error("`{path}` has cache version {found}, this storyfolio reads version {expected}; run `storyfolio refresh` to rewrite it")]
    CacheVersion {
        path: PathBuf,
        found: u32,
        expected: u32,
    },
    #[error("failed to write `{path}`: {source}")]
    CacheWrite {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid --api-url `{url}`: {reason}")]
    ApiUrl { url: String, reason: String },
    #[error("failed to set up the http client: {0}")]
    Client(String),
    #[error("github rejected the token (401 bad credentials); check GITHUB_TOKEN / GH_TOKEN, or unset it to refresh without one")]
    BadCredentials,
    #[error("the github rate limit is used up; it resets {reset}; everything fetched so far is saved{hint}")]
    RateLimited { reset: String, hint: &'static str },
    #[error("github's secondary rate limit stopped the refresh; {wait}; everything fetched so far is saved")]
    SecondaryLimited { wait: String },
}
