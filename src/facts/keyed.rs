//! Patterns compiled only for texts that can match them. Every match of such a pattern holds
//! one of a few key words ("leetcode", "년"), so a text with none of them is answered without
//! compiling the pattern: most profiles never name most platforms, and compiling a Unicode,
//! case-insensitive pattern costs more than reading a whole profile.

use std::sync::OnceLock;

use regex::{Captures, Matches, Regex};

/// A regular expression and the key words (lower case) every one of its matches contains.
pub struct Keyed {
    keys: &'static [&'static str],
    pattern: &'static str,
    regex: OnceLock<Regex>,
}

impl Keyed {
    /// `pattern`, whose every match contains one of `keys` (lower case, as `(?i)` matches them).
    pub const fn new(keys: &'static [&'static str], pattern: &'static str) -> Keyed {
        Keyed {
            keys,
            pattern,
            regex: OnceLock::new(),
        }
    }

    /// Whether `text` holds one of the keys, compared as `(?i)` compares: by simple case
    /// folding, under which the long s (ſ) is an s and the Kelvin sign a k.
    fn may_match(&self, text: &str) -> bool {
        let folded: String = text
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == 'ſ' { 's' } else { c })
            .collect();
        self.keys.iter().any(|key| folded.contains(key))
    }

    fn regex(&self) -> &Regex {
        // The patterns are part of the binary and each is exercised by the unit tests.
        self.regex
            .get_or_init(|| Regex::new(self.pattern).expect("valid pattern"))
    }

    /// The first match in `text` with its groups.
    pub fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        if !self.may_match(text) {
            return None;
        }
        self.regex().captures(text)
    }

    /// Every match in `text`, in order.
    pub fn find_iter<'r, 't>(&'r self, text: &'t str) -> Option<Matches<'r, 't>> {
        self.may_match(text).then(|| self.regex().find_iter(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static YEARS: Keyed = Keyed::new(&["year"], r"(?i)([0-9]+)\s+years?");

    #[test]
    fn a_text_without_a_key_never_compiles_the_pattern() {
        let keyed = Keyed::new(&["leetcode"], r"(?i)leetcode ([0-9]+)");
        assert!(keyed.captures("Kaggle silver medal").is_none());
        assert!(keyed.regex.get().is_none());
        assert_eq!(&keyed.captures("LeetCode 450").unwrap()[1], "450");
    }

    #[test]
    fn keys_are_found_as_the_pattern_finds_them() {
        assert_eq!(&YEARS.captures("5 YEARS of Python").unwrap()[1], "5");
        // (?i) folds the long s to s and the Kelvin sign to k; so does the key check.
        let keyed = Keyed::new(&["solved", "k8s"], r"(?i)solved|k8s");
        assert!(keyed.captures("ſolved").is_some());
        assert!(keyed.captures("\u{212A}8s").is_some());
        assert_eq!(
            YEARS.find_iter("1 year, 2 years").map(Iterator::count),
            Some(2)
        );
        assert!(YEARS.find_iter("none").is_none());
    }
}
