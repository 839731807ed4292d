//! The HTTP side of GitHub: a blocking reqwest client with rustls, the headers GitHub asks
//! for, conditional requests, and a token that cannot leak through Debug or error text.

use std::fmt;
use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderValue};
use url::Url;

use super::model::Validator;
use super::GithubError;

/// The public GitHub API.
pub const DEFAULT_API_URL: &str = "https://api.github.com";
/// The REST API version storyfolio was written against; GitHub keeps it stable for 24 months
/// after a successor ships.
pub const API_VERSION: &str = "2022-11-28";
const USER_AGENT: &str = concat!("storyfolio/", env!("CARGO_PKG_VERSION"));
/// Redirects followed per request: renames and transfers answer with one.
const MAX_REDIRECTS: usize = 5;
/// Larger bodies are refused: the biggest real answer used here (a repository) is ~10 KB.
const MAX_BODY_BYTES: u64 = 8 * 1024 * 1024;

/// A GitHub token. Debug and Display print `***`, so it cannot reach a log or an error
/// by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// The token from `GITHUB_TOKEN`, else `GH_TOKEN` (the names `gh` and Actions use);
    /// empty values count as unset.
    pub fn from_env() -> Option<Token> {
        ["GITHUB_TOKEN", "GH_TOKEN"].iter().find_map(|name| {
            let value = std::env::var(name).ok()?;
            let value = value.trim();
            (!value.is_empty()).then(|| Token(value.to_string()))
        })
    }

    /// Wraps a token.
    pub fn new(value: impl Into<String>) -> Token {
        Token(value.into())
    }

    /// `text` with every occurrence of the token replaced by `***`.
    pub fn redact(&self, text: &str) -> String {
        if self.0.is_empty() {
            text.to_string()
        } else {
            text.replace(&self.0, "***")
        }
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How to reach GitHub.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// The API root, e.g. `https://api.github.com` or `https://ghe.example/api/v3`.
    pub api_url: String,
    pub token: Option<Token>,
    /// Time allowed to open a connection.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request, body included.
    pub timeout: Duration,
}

/// The parts of a response that refresh looks at.
#[derive(Debug, Clone, Default)]
pub struct Response {
    pub status: u16,
    /// The validators to keep for the next conditional request.
    pub validator: Validator,
    /// The `Link` header.
    pub link: Option<String>,
    /// The final URL after redirects (path only, for messages).
    pub redirected: bool,
    /// `Retry-After` in seconds (secondary rate limits).
    pub retry_after: Option<u64>,
    /// `X-RateLimit-Remaining`.
    pub ratelimit_remaining: Option<u64>,
    /// `X-RateLimit-Reset`: Unix seconds.
    pub ratelimit_reset: Option<i64>,
    pub body: Vec<u8>,
}

/// A request that got no HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// Connect or total timeout.
    Timeout,
    /// Refused, reset, dropped, or any other failure below HTTP; the text is redacted.
    Connection(String),
    /// The body exceeded [`MAX_BODY_BYTES`].
    TooLarge,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TransportError::Timeout => f.write_str("timed out"),
            TransportError::Connection(text) => write!(f, "connection failed: {text}"),
            TransportError::TooLarge => {
                write!(f, "response larger than {MAX_BODY_BYTES} bytes")
            }
        }
    }
}

/// A GitHub REST client.
#[derive(Debug)]
pub struct Client {
    http: reqwest::blocking::Client,
    base: Url,
    token: Option<Token>,
}

impl Client {
    /// Builds the client; fails on an unusable `--api-url`.
    pub fn new(config: &ClientConfig) -> Result<Client, GithubError> {
        let base = parse_api_url(&config.api_url)?;
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT,
            HeaderValue::from_static("application/vnd.github+json"),
        );
        headers.insert(
            "X-GitHub-Api-Version",
            HeaderValue::from_static(API_VERSION),
        );
        if let Some(token) = &config.token {
            let mut value = HeaderValue::from_str(&format!("Bearer {}", token.0)).map_err(|_| {
                GithubError::Client(
                    "the token contains characters not allowed in an http header".into(),
                )
            })?;
            // Keeps it out of reqwest's and hyper's Debug output.
            value.set_sensitive(true);
            headers.insert(header::AUTHORIZATION, value);
        }
        let http = reqwest::blocking::Client::builder()
            .user_agent(USER_AGENT)
            .default_headers(headers)
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .redirect(reqwest::redirect::Policy::limited(MAX_REDIRECTS))
            .build()
            .map_err(|e| GithubError::Client(redact(config.token.as_ref(), &e.to_string())))?;
        Ok(Client {
            http,
            base,
            token: config.token.clone(),
        })
    }

    /// True when requests carry a token.
    pub fn has_token(&self) -> bool {
        self.token.is_some()
    }

    /// `GET {api}/{path}`, conditional on `validator`.
    pub fn get(&self, path: &str, validator: &Validator) -> Result<Response, TransportError> {
        let url = self.url(path);
        let mut request = self.http.get(url.clone());
        if let Some(etag) = &validator.etag {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(date) = &validator.last_modified {
            request = request.header(header::IF_MODIFIED_SINCE, date);
        }
        let response = request.send().map_err(|e| self.transport(&e))?;
        let redirected = response.url().as_str() != url.as_str();
        let headers = response.headers();
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.trim().to_string())
        };
        let number = |name: &str| text(name).and_then(|v| v.parse::<u64>().ok());
        let mut out = Response {
            status: response.status().as_u16(),
            validator: Validator {
                etag: text("etag"),
                last_modified: text("last-modified"),
            },
            link: text("link"),
            redirected,
            retry_after: number("retry-after"),
            ratelimit_remaining: number("x-ratelimit-remaining"),
            ratelimit_reset: text("x-ratelimit-reset").and_then(|v| v.parse().ok()),
            body: Vec::new(),
        };
        if response.content_length().is_some_and(|n| n > MAX_BODY_BYTES) {
            return Err(TransportError::TooLarge);
        }
        use std::io::Read;
        let mut limited = response.take(MAX_BODY_BYTES + 1);
        limited
            .read_to_end(&mut out.body)
            .map_err(|e| self.body_error(&e))?;
        if out.body.len() as u64 > MAX_BODY_BYTES {
            return Err(TransportError::TooLarge);
        }
        Ok(out)
    }

    fn url(&self, path: &str) -> Url {
        // `base` always ends in `/` (see `parse_api_url`), so joining keeps any path prefix
        // such as GitHub Enterprise's `/api/v3/`.
        let mut url = self.base.clone();
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let joined = format!("{}{}", url.path(), path.trim_start_matches('/'));
        url.set_path(&joined);
        url.set_query((!query.is_empty()).then_some(query));
        url
    }

    fn transport(&self, e: &reqwest::Error) -> TransportError {
        if e.is_timeout() {
            return TransportError::Timeout;
        }
        TransportError::Connection(redact(self.token.as_ref(), &error_chain(e)))
    }

    fn body_error(&self, e: &std::io::Error) -> TransportError {
        if e.kind() == std::io::ErrorKind::TimedOut
            || error_chain(e).contains("operation timed out")
        {
            return TransportError::Timeout;
        }
        TransportError::Connection(redact(self.token.as_ref(), &error_chain(e)))
    }
}

/// `e` and its causes, `: `-joined, without reqwest's URL (the path is said elsewhere).
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = Vec::new();
    let mut current = Some(e);
    while let Some(err) = current {
        let text = err.to_string();
        if !parts.iter().any(|p: &String| p.contains(&text)) {
            parts.push(text);
        }
        current = err.source();
    }
    parts.join(": ")
}

fn redact(token: Option<&Token>, text: &str) -> String {
    match token {
        Some(token) => token.redact(text),
        None => text.to_string(),
    }
}

/// Parses `--api-url`: http(s), no credentials, no query; a trailing `/` is added.
pub fn parse_api_url(text: &str) -> Result<Url, GithubError> {
    let invalid = |reason: &str| GithubError::ApiUrl {
        url: text.to_string(),
        reason: reason.to_string(),
    };
    let mut url = Url::parse(text.trim()).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid("expected an http:// or https:// url"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(
            "credentials in the url are not allowed; use GITHUB_TOKEN",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("expected no query or fragment"));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_never_prints() {
        let token = Token::new("ghp_secret123");
        assert_eq!(format!("{token}"), "***");
        assert_eq!(format!("{token:?}"), "Token(***)");
        let config = ClientConfig {
            api_url: DEFAULT_API_URL.into(),
            token: Some(token.clone()),
            connect_timeout: Duration::from_secs(1),
            timeout: Duration::from_secs(1),
        };
        assert!(!format!("{config:?}").contains("ghp_secret123"));
        let client = Client::new(&config).unwrap();
        assert!(!format!("{client:?}").contains("ghp_secret123"));
        assert_eq!(token.redact("a ghp_secret123 b"), "a *** b");
    }

    #[test]
    fn api_url_keeps_its_prefix() {
        let config = ClientConfig {
            api_url: "https://ghe.example/api/v3".into(),
            token: None,
            connect_timeout: Duration::from_secs(1),
            timeout: Duration::from_secs(1),
        };
        let client = Client::new(&config).unwrap();
        assert_eq!(
            client.url("repos/a/b/commits?per_page=1").as_str(),
            "https://ghe.example/api/v3/repos/a/b/commits?per_page=1"
        );
    }

    #[test]
    fn bad_api_urls_are_refused() {
        for (url, reason) in [
            ("ftp://x", "expected an http:// or https:// url"),
            ("https://u:p@x", "credentials in the url are not allowed; use GITHUB_TOKEN"),
            ("https://x/?a=1", "expected no query or fragment"),
            ("nope", "relative URL without a base"),
        ] {
            let err = parse_api_url(url).unwrap_err().to_string();
            assert_eq!(err, format!("invalid --api-url `{url}`: {reason}"));
        }
    }
}
