//! Assertions that print the whole text they searched when they fail.

/// Asserts that `text` (called `what` in the message) contains every one of `needles`.
pub fn assert_contains_all(text: &str, needles: &[&str], what: &str) {
    for needle in needles {
        assert!(text.contains(needle), "{needle} not in {what}:\n{text}");
    }
}
