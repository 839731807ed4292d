//! Reading links as people write them: web addresses without a scheme, GitHub accounts and
//! repositories given as URLs, and telling an email address from text that only looks like one.

/// `www.linkedin.com/in/x` or `github.com/x` read as `https://...`; `None` when `text` already
/// has a scheme, is empty, or does not start with a host name.
pub fn with_scheme(text: &str) -> Option<String> {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix("//") {
        return looks_like_host(rest).then(|| format!("https://{rest}"));
    }
    if text.contains("://") || text.starts_with("mailto:") {
        return None;
    }
    looks_like_host(text).then(|| format!("https://{text}"))
}

/// Whether `text` starts with a host name that has a dot and a top-level domain of letters:
/// `example.com`, `www.x.co.kr/path`, `velog.io/@me`; not `1.5`, `me@example.com` or `a b.c`.
fn looks_like_host(text: &str) -> bool {
    let host_end = text.find(['/', '?', '#']).unwrap_or(text.len());
    let host = &text[..host_end];
    let host = host.split_once(':').map_or(host, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            ""
        }
    });
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
        && !text.contains(char::is_whitespace)
}

/// Whether `text` is an email address a mail program accepts: one `@`, a local part and a
/// domain with a dot, no spaces. Deliberately simple: it tells `kim(at)example.com` and
/// `kim@@example.com` apart from addresses, not every RFC 5322 corner.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !text.contains(char::is_whitespace)
        && !text.contains(['<', '>', '(', ')', ',', ';', ':', '"', '[', ']', '\\'])
        && looks_like_host(domain)
        && !domain.contains('/')
}

/// The GitHub user a URL or handle names: `https://github.com/kim`, `github.com/kim/`,
/// `@kim` -> `kim`. `None` when it is no GitHub account.
pub fn github_user(text: &str) -> Option<String> {
    let text = text.trim();
    let path = github_path(text).or_else(|| text.strip_prefix('@'))?;
    let user = path.trim_matches('/');
    is_github_user(user).then(|| user.to_string())
}

/// The `owner/name` a GitHub URL or clone address names: `https://github.com/o/n`,
/// `github.com/o/n.git`, `git@github.com:o/n.git`, `o/n.git`, `https://github.com/o/n/tree/main`.
pub fn github_repo(text: &str) -> Option<String> {
    let text = text.trim();
    let path = github_path(text)
        .or_else(|| text.strip_prefix("git@github.com:"))
        .unwrap_or(text);
    let mut parts = path.trim_matches('/').split('/');
    let owner = parts.next()?;
    let name = parts.next()?.trim_end_matches(".git");
    // A bare `o/n.git` has no more parts; a URL may go on (`/tree/main`).
    if path == text && parts.next().is_some() {
        return None;
    }
    let name_ok = !name.is_empty()
        && name.len() <= 100
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    (is_github_user(owner) && name_ok).then(|| format!("{owner}/{name}"))
}

/// Elements pasted HTML may hold that storyfolio leaves out with everything inside them (the
/// inline reader of `render` drops them; they never run).
const DROPPED_ELEMENTS: &[&str] = &["script", "style", "iframe", "object", "embed"];

/// What of the markup pasted into a text value is not printed as written, each as the
/// sentence of a warning: an element left out with its content (`<script>`), and a link whose
/// address is not http, https or mailto (`javascript:`), shown as its text only.
pub fn unprinted_markup(text: &str) -> Vec<String> {
    let mut said = Vec::new();
    // An element opens with `<`, a link target follows `href` or `](`: most text has none,
    // and is answered without lowering it and searching it for each.
    let may_hold_markup = text.contains('<')
        || text.contains("](")
        || text
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"href"));
    if !may_hold_markup {
        return said;
    }
    let lower = text.to_ascii_lowercase();
    for element in DROPPED_ELEMENTS {
        let open = format!("<{element}");
        let opened = lower.match_indices(&open).any(|(at, _)| {
            lower[at + open.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c == '/' || c.is_whitespace())
        });
        if opened {
            said.push(format!(
                "`<{element}>` is left out with everything inside it; storyfolio prints text and simple formatting, never scripts or embedded content"
            ));
        }
    }
    let mut schemes: Vec<String> = Vec::new();
    for target in link_targets(&lower) {
        let Some((scheme, _)) = target.split_once(':') else {
            continue;
        };
        let is_scheme = !scheme.is_empty()
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if is_scheme
            && !["http", "https", "mailto"].contains(&scheme)
            && !schemes.iter().any(|s| s == scheme)
        {
            schemes.push(scheme.to_string());
        }
    }
    for scheme in schemes {
        said.push(format!(
            "a `{scheme}:` link is shown as its text, never as a link; link to an https:// address instead"
        ));
    }
    said
}

/// The targets of the links in `lower` (lowercased text): `href="..."` of pasted HTML and
/// `[text](...)` of Markdown.
fn link_targets(lower: &str) -> Vec<&str> {
    let mut targets = Vec::new();
    for (at, _) in lower.match_indices("href") {
        let rest = lower[at + 4..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let (rest, end): (&str, &[char]) = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => (&rest[1..], if q == '"' { &['"'] } else { &['\''] }),
            _ => (rest, &[' ', '>', '\t', '\n']),
        };
        let target = rest.split(end).next().unwrap_or_default();
        targets.push(target.trim());
    }
    for (at, _) in lower.match_indices("](") {
        let rest = &lower[at + 2..];
        let target = rest.split([')', ' ', '\n']).next().unwrap_or_default();
        targets.push(target.trim());
    }
    targets
}

/// The part after the host of a GitHub web address, with or without scheme and `www.`.
fn github_path(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .unwrap_or(text);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.strip_prefix("github.com/")
}

/// GitHub's rule for user names: 1-39 letters, digits or inner hyphens.
pub fn is_github_user(name: &str) -> bool {
    (1..=39).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !name.starts_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_less_addresses_become_https() {
        assert_eq!(
            with_scheme("www.linkedin.com/in/x").as_deref(),
            Some("https://www.linkedin.com/in/x")
        );
        assert_eq!(
            with_scheme("github.com/kim").as_deref(),
            Some("https://github.com/kim")
        );
        assert_eq!(
            with_scheme("velog.io/@me").as_deref(),
            Some("https://velog.io/@me")
        );
        assert_eq!(
            with_scheme("//cdn.example.com/a.png").as_deref(),
            Some("https://cdn.example.com/a.png")
        );
        assert_eq!(
            with_scheme("localhost:8080/x").as_deref(),
            None,
            "no dot: not a public host"
        );
        for text in [
            "https://x.org",
            "mailto:a@b.org",
            "javascript:alert(1)",
            "",
            "1.5",
            "me@example.com",
            "not a url.com",
            "x.y",
        ] {
            assert_eq!(with_scheme(text), None, "{text}");
        }
    }

    #[test]
    fn email_addresses_and_look_alikes() {
        assert!(is_email("kim@example.co.kr"));
        assert!(is_email("first.last+tag@example.com"));
        for text in [
            "kim(at)example.com",
            "kim@@example.com",
            "kim at example dot com",
            "kim@localhost",
            "@example.com",
            "kim@example.com/x",
        ] {
            assert!(!is_email(text), "{text}");
        }
    }

    #[test]
    fn github_accounts_and_repositories_from_urls() {
        assert_eq!(
            github_user("https://github.com/kim").as_deref(),
            Some("kim")
        );
        assert_eq!(github_user("github.com/kim/").as_deref(), Some("kim"));
        assert_eq!(github_user("@kim-lee").as_deref(), Some("kim-lee"));
        assert_eq!(github_user("https://gitlab.com/kim"), None);
        assert_eq!(github_user("https://github.com/kim/repo"), None);
        assert_eq!(
            github_repo("https://github.com/o/n").as_deref(),
            Some("o/n")
        );
        assert_eq!(github_repo("github.com/o/n.git").as_deref(), Some("o/n"));
        assert_eq!(
            github_repo("git@github.com:o/n.git").as_deref(),
            Some("o/n")
        );
        assert_eq!(github_repo("o/n.git").as_deref(), Some("o/n"));
        assert_eq!(
            github_repo("https://github.com/o/n/tree/main").as_deref(),
            Some("o/n")
        );
        assert_eq!(github_repo("https://gitlab.com/o/n"), None);
        assert_eq!(github_repo("just-a-name"), None);
    }

    #[test]
    fn markup_that_is_not_printed_as_written() {
        assert_eq!(
            unprinted_markup(
                "Hi <SCRIPT>alert(1)</script> see <a href=\"javascript:alert(1)\">demo</a>, \
                 [site](JavaScript:x) and <a href='https://ok.example'>ok</a>"
            ),
            [
                "`<script>` is left out with everything inside it; storyfolio prints text and simple formatting, never scripts or embedded content",
                "a `javascript:` link is shown as its text, never as a link; link to an https:// address instead",
            ]
        );
        assert_eq!(
            unprinted_markup("<iframe src=x></iframe> <a href=data:text/html,x>d</a>"),
            [
                "`<iframe>` is left out with everything inside it; storyfolio prints text and simple formatting, never scripts or embedded content",
                "a `data:` link is shown as its text, never as a link; link to an https:// address instead",
            ]
        );
        for text in [
            "I teach JavaScript: closures and <scripting> basics",
            "[talk](https://x.org) <a href=\"mailto:a@b.org\">mail</a> <a href=\"/relative\">r</a>",
            "a <b>bold</b> claim",
        ] {
            assert!(unprinted_markup(text).is_empty(), "{text}");
        }
    }
}
