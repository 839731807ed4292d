//! Links from untrusted input: only http, https and mailto become links, normalised.

/// Checks a link before it becomes one: only http, https and mailto are allowed.
/// Returns the normalised URL.
pub fn safe_url(text: &str) -> Option<String> {
    let parsed = url::Url::parse(text.trim()).ok()?;
    match parsed.scheme() {
        "http" | "https" if parsed.host_str().is_some_and(|h| !h.is_empty()) => {
            Some(parsed.to_string())
        }
        "mailto" if parsed.path().contains('@') => Some(parsed.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_pass() {
        assert_eq!(
            safe_url("https://example.com/a b").as_deref(),
            Some("https://example.com/a%20b")
        );
        assert_eq!(
            safe_url("mailto:kim@example.com").as_deref(),
            Some("mailto:kim@example.com")
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("file:///etc/passwd"), None);
        assert_eq!(safe_url("example.com"), None);
        assert_eq!(safe_url("http://"), None);
    }
}
