//! Patterns compiled only for texts that can match them. Every match of such a pattern holds
//! one of a few key words ("leetcode", "년"), so a text with none of them is answered without
//! compiling the pattern: most profiles never name most platforms.
//!
//! Patterns run on `regex-lite`, which compiles a pattern in tens of microseconds where
//! `regex` took up to a millisecond (measured: `YEARS_EN` 0.9 ms against 0.03 ms), more
//! than reading a whole profile. Its classes are ASCII: `\b` and `(?i)` treat only ASCII
//! letters as letters (so "AI를" has a word boundary after "AI"), and [`compile`] widens
//! `\s` back to Unicode white space so that a no-break space still separates words.

use std::ops::Range;
use std::sync::OnceLock;

use regex_lite::{Captures, Regex};

/// A regular expression and the key words (lower case) every one of its matches contains.
pub struct Keyed {
    keys: &'static [&'static str],
    pattern: &'static str,
    regex: OnceLock<Regex>,
}

/// A match (or a group of one) in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Found<'t> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// The groups of one match: group 0 is the whole match.
pub struct Groups<'t> {
    text: &'t str,
    captures: Captures<'t>,
}

impl<'t> Groups<'t> {
    /// Group `i`, when it took part in the match.
    pub fn get(&self, i: usize) -> Option<Found<'t>> {
        self.captures.get(i).map(|m| Found {
            text: self.text,
            start: m.start(),
            end: m.end(),
        })
    }
}

/// Unicode white space (what `regex`'s `\s` matches), as class items.
const UNICODE_SPACE: &str =
    r"\s\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";

/// `pattern` compiled by `regex-lite`, with every `\s` widened to Unicode white space.
pub fn compile(pattern: &str) -> Regex {
    let mut widened = String::with_capacity(pattern.len() + 64);
    let mut in_class = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('s') if in_class => widened.push_str(UNICODE_SPACE),
                Some('s') => {
                    widened.push('[');
                    widened.push_str(UNICODE_SPACE);
                    widened.push(']');
                }
                Some(next) => {
                    widened.push('\\');
                    widened.push(next);
                }
                None => widened.push('\\'),
            },
            '[' => {
                in_class = true;
                widened.push(c);
            }
            ']' => {
                in_class = false;
                widened.push(c);
            }
            _ => widened.push(c),
        }
    }
    // The patterns are part of the binary and each is exercised by the unit tests.
    Regex::new(&widened).expect("valid pattern")
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

    /// Whether `text` holds one of the keys, compared as `(?i)` compares: ASCII letters in
    /// either case.
    fn may_match(&self, text: &str) -> bool {
        let folded = text.to_ascii_lowercase();
        self.keys.iter().any(|key| folded.contains(key))
    }

    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| compile(self.pattern))
    }

    /// The first match in `text` with its groups.
    pub fn captures<'t>(&self, text: &'t str) -> Option<Groups<'t>> {
        if !self.may_match(text) {
            return None;
        }
        let captures = self.regex().captures(text)?;
        Some(Groups { text, captures })
    }

    /// Every match in `text`, in order.
    pub fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> Option<impl Iterator<Item = Found<'t>> + use<'r, 't>> {
        self.may_match(text).then(|| {
            self.regex().find_iter(text).map(move |m| Found {
                text,
                start: m.start(),
                end: m.end(),
            })
        })
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
        assert_eq!(
            keyed
                .captures("LeetCode 450")
                .unwrap()
                .get(1)
                .unwrap()
                .as_str(),
            "450"
        );
    }

    #[test]
    fn keys_are_found_as_the_pattern_finds_them() {
        assert_eq!(
            YEARS
                .captures("5 YEARS of Python")
                .unwrap()
                .get(1)
                .unwrap()
                .as_str(),
            "5"
        );
        // (?i) folds ASCII letters only; so does the key check.
        let keyed = Keyed::new(&["solved", "k8s"], r"(?i)solved|k8s");
        assert!(keyed.captures("SOLVED K8S").is_some());
        assert!(keyed.captures("ſolved").is_none());
        assert_eq!(
            YEARS.find_iter("1 year, 2 years").map(Iterator::count),
            Some(2)
        );
        assert!(YEARS.find_iter("none").is_none());
    }

    #[test]
    fn white_space_is_unicode_white_space_in_and_out_of_classes() {
        // A no-break space (pasted from a web page) and an ideographic space separate words.
        assert!(YEARS.captures("5\u{a0}years").is_some());
        assert!(YEARS.captures("5\u{3000}years").is_some());
        let class = compile(r"a[\s,]b");
        assert!(class.is_match("a\u{a0}b") && class.is_match("a,b") && !class.is_match("a-b"));
        // An escaped backslash before an s is no white space class.
        assert!(compile(r"a\\s").is_match("a\\s"));
    }
}
