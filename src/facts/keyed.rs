//! Patterns compiled only for texts that can match them. Every match of such a pattern holds
//! one of a few key words ("leetcode", "년"), so a text with none of them is answered without
//! compiling the pattern: most profiles never name most platforms, and compiling a Unicode,
//! case-insensitive pattern costs more than reading a whole profile.
//!
//! The key check is the pattern's prefilter, so the regex engine builds none of its own:
//! extracting literals from a case-insensitive Unicode pattern was most of its compile time,
//! and on a profile's short texts a prefilter saves nothing. Matches are `regex::Regex`'s
//! (the same engine, configured as `regex` configures it).

use std::ops::Range;
use std::sync::OnceLock;

use regex_automata::meta::{self, Regex};
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::MatchKind;

/// The largest compiled pattern, as `regex` limits it.
const NFA_SIZE_LIMIT: usize = 10 << 20;
/// The lazy DFA's cache per search thread, as `regex` sizes it.
const HYBRID_CACHE_CAPACITY: usize = 2 << 20;

/// A regular expression and the key words (lower case) every one of its matches contains.
pub struct Keyed {
    keys: &'static [&'static str],
    pattern: &'static str,
    /// Unicode classes and case folding (`\b`, `\s`, `(?i)` beyond ASCII): the default.
    unicode: bool,
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
    captures: Captures,
}

impl<'t> Groups<'t> {
    /// Group `i`, when it took part in the match.
    pub fn get(&self, i: usize) -> Option<Found<'t>> {
        self.captures.get_group(i).map(|span| Found {
            text: self.text,
            start: span.start,
            end: span.end,
        })
    }
}

impl Keyed {
    /// `pattern`, whose every match contains one of `keys` (lower case, as `(?i)` matches them).
    pub const fn new(keys: &'static [&'static str], pattern: &'static str) -> Keyed {
        Keyed {
            keys,
            pattern,
            unicode: true,
            regex: OnceLock::new(),
        }
    }

    /// `pattern` with ASCII classes and case folding (Hangul and other literals still match
    /// as written): for a long pattern of English words and Korean phrases, where Unicode
    /// word boundaries and folding change no match but cost most of the compile.
    pub const fn ascii(keys: &'static [&'static str], pattern: &'static str) -> Keyed {
        Keyed {
            keys,
            pattern,
            unicode: false,
            regex: OnceLock::new(),
        }
    }

    /// Whether `text` holds one of the keys, compared as `(?i)` compares: by simple case
    /// folding, under which the long s (ſ) is an s and the Kelvin sign a k.
    fn may_match(&self, text: &str) -> bool {
        // ASCII text folds to its ASCII lower case (the common case, and much quicker).
        let folded: String = if text.is_ascii() {
            text.to_ascii_lowercase()
        } else {
            text.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == 'ſ' { 's' } else { c })
                .collect()
        };
        self.keys.iter().any(|key| folded.contains(key))
    }

    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            let config = meta::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(true)
                .nfa_size_limit(Some(NFA_SIZE_LIMIT))
                .hybrid_cache_capacity(HYBRID_CACHE_CAPACITY)
                .auto_prefilter(false);
            Regex::builder()
                .configure(config)
                .syntax(syntax::Config::new().utf8(true).unicode(self.unicode))
                .build(self.pattern)
                // The patterns are part of the binary and each is exercised by the unit tests.
                .expect("valid pattern")
        })
    }

    /// The first match in `text` with its groups.
    pub fn captures<'t>(&self, text: &'t str) -> Option<Groups<'t>> {
        if !self.may_match(text) {
            return None;
        }
        let regex = self.regex();
        let mut captures = regex.create_captures();
        regex.captures(text, &mut captures);
        captures.is_match().then_some(Groups { text, captures })
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
