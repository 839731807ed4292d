//! One vocabulary across languages: every concept, domain, modality and tool term of the
//! knowledge base (English, Korean, aliases, abbreviations) in one trie, so a text is read
//! in a single pass however many terms the knowledge base holds.
//!
//! Matching is on normalized text (`normalize`): Latin terms stand on word boundaries and
//! allow a plural `s`; Korean terms match inside words, so particles never block them
//! (경량화를 matches 경량화), with or without the spaces Korean writers often drop.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::korean::{contains_hangul, is_hangul};

use super::Knowledge;
use crate::trie::Trie;

/// Lower-cases and folds white space and separating punctuation so that matching is simple
/// and deterministic.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || is_separator(c) {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            if c.is_ascii() {
                // The same lower case, without Unicode's case tables (most text is ASCII).
                out.push(c.to_ascii_lowercase());
            } else if is_caseless(c) {
                // Hangul, kana and CJK ideographs have no case: Korean text, the next most
                // common, skips the tables too.
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// Whether `c` is in a script without case (Hangul, kana, CJK ideographs): its lower case
/// is itself. Narrower than `scripts::script_of`, whose Han also takes in the fullwidth
/// forms, and fullwidth Latin letters (Ａ) have a lower case.
fn is_caseless(c: char) -> bool {
    is_hangul(c) || matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}')
}

/// Normalized `text` without its spaces (normalized text has no other white space): how a
/// Korean term is also written (영상 보안, 영상보안).
pub fn without_spaces(text: &str) -> Cow<'_, str> {
    if text.contains(' ') {
        Cow::Owned(text.replace(' ', ""))
    } else {
        Cow::Borrowed(text)
    }
}

/// Punctuation that separates words the way a space does. Hyphens join words like spaces
/// ("care-facility" = "care facility").
pub fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '·' | '|' | '!' | '?' | '-' | '–'
    )
}

/// A letter or digit of a Latin-script word (Hangul is matched inside words instead).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_hangul(c)
}

/// Korean compounds that contain a term but mean something else, with the term they hide:
/// 재현율 is recall, not reproduction (재현); 의료 영상 and 촬영 영상 are images, not video
/// (영상 means both); 영상 분할 is image segmentation.
pub const FALSE_FRIENDS: &[(&str, &str)] = &[
    ("재현율", "재현"),
    ("의료 영상", "영상"),
    ("의료영상", "영상"),
    ("촬영 영상", "영상"),
    ("x-ray 영상", "영상"),
    ("ct 영상", "영상"),
    ("mri 영상", "영상"),
    ("위성 영상", "영상"),
    ("영상 분할", "영상"),
    ("영상의학", "영상"),
    ("영상 판독", "영상"),
    ("의료 영상 분석", "영상 분석"),
    ("의료영상 분석", "영상 분석"),
];

/// The byte spans in `normalized` where a term is part of a false friend (see
/// [`FALSE_FRIENDS`]): a match of that term exactly there is not the term.
pub fn hidden_spans(normalized: &str) -> Vec<(usize, usize)> {
    // Each false friend normalized, with where its term is in it: once per process.
    static COMPOUNDS: LazyLock<Vec<(String, usize, usize)>> = LazyLock::new(|| {
        FALSE_FRIENDS
            .iter()
            .filter_map(|(compound, term)| {
                let compound = normalize(compound);
                let offset = compound.find(term)?;
                Some((compound, offset, term.len()))
            })
            .collect()
    });
    // Every compound holds its term: a text with none of the terms (most texts: there are
    // two, both Korean) holds no compound, and is answered without searching for each.
    static TERMS: LazyLock<Vec<&str>> = LazyLock::new(|| {
        let mut terms: Vec<&str> = FALSE_FRIENDS.iter().map(|(_, term)| *term).collect();
        terms.sort_unstable();
        terms.dedup();
        terms
    });
    let mut spans = Vec::new();
    if !TERMS.iter().any(|term| normalized.contains(term)) {
        return spans;
    }
    for (compound, offset, len) in COMPOUNDS.iter() {
        for (at, _) in normalized.match_indices(compound.as_str()) {
            spans.push((at + offset, at + offset + len));
        }
    }
    spans
}

/// What a term names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Term {
    /// A concept, by index; `true` when the term is one of its names (en, ko, aliases).
    Concept(usize, bool),
    Domain(usize),
    Modality(usize),
    Tool(usize),
}

/// Everything the vocabulary found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    /// Concepts shown (by a name or a synonym), by index, ascending.
    pub concepts: Vec<usize>,
    /// Concepts named outright (en, ko or an alias), by index, ascending.
    pub named: Vec<usize>,
    /// Domains with how many of their distinct keywords occur, by index, ascending.
    pub domains: Vec<(usize, usize)>,
    /// Modalities, in the order the text first names them.
    pub modalities: Vec<String>,
    /// Tools named (any spelling), by index, ascending.
    pub tools: Vec<usize>,
}

/// The index.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    index: Trie,
    /// Per pattern (by the trie's term id): what it names, and the key its domain hits are counted by (a Korean
    /// term written with and without spaces counts once).
    patterns: Vec<Pattern>,
    modalities: Vec<String>,
    /// By byte: whether a term that may start inside a word (a Korean one) starts with it.
    starts_inside_words: [bool; 256],
}

#[derive(Debug, Clone)]
struct Pattern {
    terms: Vec<Term>,
    key: usize,
    latin: bool,
}

/// Every term of `kb` with what it names, in index order: concept names and synonyms,
/// domain keywords, tool names, modality words.
fn each_term(kb: &Knowledge, add: &mut impl FnMut(&str, Term)) {
    for (i, c) in kb.concepts.iter().enumerate() {
        for name in [&c.en, &c.ko].into_iter().chain(&c.aliases) {
            add(name, Term::Concept(i, true));
        }
        for word in &c.synonyms {
            add(word, Term::Concept(i, false));
        }
    }
    for (i, d) in kb.domains.iter().enumerate() {
        for word in &d.keywords {
            add(word, Term::Domain(i));
        }
    }
    for (i, t) in kb.tools.iter().enumerate() {
        for name in &t.names {
            add(name, Term::Tool(i));
        }
    }
    for (i, words) in kb.modalities.values().enumerate() {
        for word in words {
            add(word, Term::Modality(i));
        }
    }
}

impl Vocabulary {
    /// Indexes every term of `kb`.
    pub fn build(kb: &Knowledge) -> Vocabulary {
        // Sized once: growing the node table by doubling copied it into fresh memory, and
        // each first touch of a page costs a fault (tens of them for the built-in base).
        let (mut count, mut bytes) = (0, 0);
        each_term(kb, &mut |raw, _| {
            count += 1;
            bytes += raw.len();
        });
        // A Korean term is inserted with and without its spaces.
        let mut index = Trie::with_capacity(2 * bytes);
        let mut patterns: Vec<Pattern> = Vec::with_capacity(count);
        let mut starts_inside_words = [false; 256];
        let mut add = |raw: &str, term: Term| {
            let norm = normalize(raw);
            if norm.is_empty() {
                return;
            }
            let korean = contains_hangul(&norm);
            let spaceless: Option<String> =
                (korean && norm.contains(' ')).then(|| without_spaces(&norm).into_owned());
            // Counted by the written form: a Korean term with and without spaces counts once.
            let mut key = None;
            for form in std::iter::once(norm.as_str()).chain(spaceless.as_deref()) {
                if korean {
                    starts_inside_words[usize::from(form.as_bytes()[0])] = true;
                }
                let (id, new) = index.insert(form);
                let key = *key.get_or_insert(id);
                if new {
                    // Trie ids count up from 0: this one is the next pattern.
                    patterns.push(Pattern {
                        terms: Vec::new(),
                        key,
                        latin: !korean,
                    });
                }
                let terms = &mut patterns[id].terms;
                if !terms.contains(&term) {
                    terms.push(term);
                }
            }
        };
        let modalities: Vec<String> = kb.modalities.keys().cloned().collect();
        each_term(kb, &mut add);
        for pattern in &mut patterns {
            // A term that is a concept's name counts as the name.
            pattern.terms.sort();
            pattern.terms.dedup_by(|b, a| matches!((a, b), (Term::Concept(x, true), Term::Concept(y, false)) if x == y));
        }
        Vocabulary {
            index,
            patterns,
            modalities,
            starts_inside_words,
        }
    }

    /// Every term in `normalized` (a text already passed through `normalize`).
    pub fn find(&self, normalized: &str) -> Terms {
        let mut concepts = Vec::new();
        let mut named = Vec::new();
        let mut domain_keys: Vec<(usize, usize)> = Vec::new();
        let mut modalities = Vec::new();
        let mut tools = Vec::new();
        let hidden = hidden_spans(normalized);
        let mut matches: Vec<(usize, usize, &Pattern)> = Vec::new();
        // A Latin term counts only on word boundaries, so inside a Latin word only a term
        // that may start inside one is looked for: the same matches, found in fewer steps.
        let bytes = normalized.as_bytes();
        let may_start = |start: usize| {
            self.starts_inside_words[usize::from(bytes[start])]
                || normalized.get(..start).is_some_and(|before| {
                    before.chars().next_back().is_none_or(|c| !is_word_char(c))
                })
        };
        self.index
            .for_each_match(normalized, may_start, |start, end, id| {
                let pattern = &self.patterns[id];
                if (!pattern.latin || on_word_boundaries(normalized, start, end))
                    && !hidden.contains(&(start, end))
                {
                    matches.push((start, end, pattern));
                }
            });
        // A term inside a longer concept name is part of that name, not a concept of its
        // own: "A/B 테스트" is A/B testing, not testing.
        let is_name = |p: &Pattern| p.terms.iter().any(|t| matches!(t, Term::Concept(_, true)));
        let inside_a_longer_name = |start: usize, end: usize| {
            matches
                .iter()
                .any(|(s, e, p)| *s <= start && end <= *e && e - s > end - start && is_name(p))
        };
        for &(start, end, pattern) in &matches {
            for term in &pattern.terms {
                match *term {
                    Term::Concept(i, is_name) => {
                        if inside_a_longer_name(start, end) {
                            continue;
                        }
                        concepts.push(i);
                        if is_name {
                            named.push(i);
                        }
                    }
                    Term::Domain(i) => domain_keys.push((i, pattern.key)),
                    Term::Modality(i) => modalities.push(i),
                    Term::Tool(i) => tools.push(i),
                }
            }
        }
        concepts.sort_unstable();
        concepts.dedup();
        named.sort_unstable();
        named.dedup();
        domain_keys.sort_unstable();
        domain_keys.dedup();
        let mut domains: Vec<(usize, usize)> = Vec::new();
        for (d, _) in domain_keys {
            match domains.last_mut() {
                Some((last, n)) if *last == d => *n += 1,
                _ => domains.push((d, 1)),
            }
        }
        // In the order the text first names them: a posting's first-named data is the
        // likelier main one (a knowledge base's order says nothing about a company).
        let mut seen = Vec::new();
        modalities.retain(|m| {
            let first = !seen.contains(m);
            if first {
                seen.push(*m);
            }
            first
        });
        tools.sort_unstable();
        tools.dedup();
        Terms {
            concepts,
            named,
            domains,
            modalities: modalities
                .into_iter()
                .map(|i| self.modalities[i].clone())
                .collect(),
            tools,
        }
    }
}

/// Whether `haystack[start..end]` stands on word boundaries (a trailing plural `s` allowed).
fn on_word_boundaries(haystack: &str, start: usize, end: usize) -> bool {
    let before_ok = haystack[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c));
    let mut rest = haystack[end..].chars();
    match rest.next() {
        None => before_ok,
        Some('s') => before_ok && rest.next().is_none_or(|c| !is_word_char(c)),
        Some(c) => before_ok && !is_word_char(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concept_ids(text: &str, named: bool) -> Vec<String> {
        let kb = Knowledge::builtin();
        let found = kb.vocabulary().find(&normalize(text));
        let list = if named { found.named } else { found.concepts };
        list.into_iter()
            .map(|i| kb.concepts[i].id.clone())
            .collect()
    }

    #[test]
    fn a_caseless_character_is_its_own_lower_case() {
        let caseless: Vec<char> = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| is_caseless(*c))
            .collect();
        assert!(caseless.contains(&'한') && caseless.contains(&'か') && caseless.contains(&'中'));
        for c in caseless {
            assert!(c.to_lowercase().eq([c]), "{c:?} has a lower case");
        }
        assert_eq!(
            normalize("딥러닝 ÉCOLE ひらがな 漢字"),
            "딥러닝 école ひらがな 漢字"
        );
    }

    #[test]
    fn one_vocabulary_across_languages() {
        assert!(
            concept_ids("weekly A/B tests on the home feed", false).contains(&"ab-testing".into())
        );
        assert!(concept_ids("주간 A/B 테스트로 검증", false).contains(&"ab-testing".into()));
        assert!(concept_ids("객체 검출", true).contains(&"object-detection".into()));
        assert!(concept_ids("Fine-tuned YOLOv8 on 7,000 images", false)
            .contains(&"object-detection".into()));
        assert!(concept_ids("추천 모델 개발", true).contains(&"recommendation".into()));
        assert!(concept_ids("distilled a cross-encoder reranker", false)
            .contains(&"learning-to-rank".into()));
        assert!(concept_ids("learning to rank", true).contains(&"learning-to-rank".into()));
        // A name inside a longer one: "A/B 테스트" is not testing.
        assert_eq!(concept_ids("A/B 테스트", true), ["ab-testing"]);
        assert_eq!(concept_ids("주간 A/B 테스트 체계", false), ["ab-testing"]);
    }

    #[test]
    fn false_friends_hide_the_term_inside_them() {
        // 재현율 (recall) is not reproduction (재현); 의료 영상 is an image, not video.
        assert!(concept_ids("야간 재현율 0.66 → 0.79", false).is_empty());
        assert!(concept_ids("논문 모델을 재현했다", false).contains(&"testing".into()));
        let kb = Knowledge::builtin();
        let modalities = |text: &str| kb.vocabulary().find(&normalize(text)).modalities;
        assert_eq!(modalities("흉부 X-ray와 유방 촬영 영상을 판독"), ["image"]);
        assert_eq!(modalities("교통 CCTV 영상 분석"), ["video"]);
        assert!(!modalities("CT 영상 분할 모델").contains(&"video".to_string()));
    }

    #[test]
    fn modalities_come_in_the_order_the_text_names_them() {
        let kb = Knowledge::builtin();
        let modalities = |text: &str| kb.vocabulary().find(&normalize(text)).modalities;
        assert_eq!(modalities("NLP and tabular models"), ["text", "tabular"]);
        assert_eq!(modalities("tabular and NLP models"), ["tabular", "text"]);
    }

    #[test]
    fn tools_in_either_spelling() {
        let kb = Knowledge::builtin();
        let ids = |text: &str| -> Vec<String> {
            kb.vocabulary()
                .find(&normalize(text))
                .tools
                .into_iter()
                .map(|i| kb.tools[i].id.clone())
                .collect()
        };
        assert_eq!(ids("파이토치로 학습"), ["pytorch"]);
        assert_eq!(ids("trained in PyTorch"), ["pytorch"]);
        assert!(ids("Kubernetes (k8s) and Docker").contains(&"kubernetes".to_string()));
        assert!(ids("a torchlight").is_empty());
    }

    #[test]
    fn traffic_and_smart_city_is_its_own_domain() {
        let kb = Knowledge::builtin();
        let domains = |text: &str| -> Vec<String> {
            kb.vocabulary()
                .find(&normalize(text))
                .domains
                .iter()
                .map(|(d, _)| kb.domains[*d].id.clone())
                .collect()
        };
        for text in [
            "스마트 교차로 영상 분석 솔루션",
            "교통 CCTV 관제 시스템",
            "스마트시티 플랫폼",
            "jaywalking alerts at 37 intersections from traffic cameras",
            "a smart city platform for road traffic",
        ] {
            assert!(domains(text).contains(&"traffic".to_string()), "{text}");
        }
        // Video analysis at intersections is traffic work, not video security.
        assert_eq!(domains("스마트 교차로 영상 분석 솔루션"), ["traffic"]);
        // Near-misses: web traffic, intersection over union, generic video analysis.
        for text in [
            "served 10k QPS of production traffic",
            "mAP and intersection over union on COCO",
            "의료 영상 분석 모델",
        ] {
            let found = domains(text);
            assert!(!found.contains(&"traffic".to_string()), "{text}: {found:?}");
            assert!(
                !found.contains(&"video-surveillance".to_string()),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn latin_terms_need_word_boundaries_and_korean_ones_do_not() {
        assert!(!concept_ids("a detailed rapid prototype", false).contains(&"serving".into()));
        let kb = Knowledge::builtin();
        let found = kb
            .vocabulary()
            .find(&normalize("영상보안 제품의 경량화를 진행"));
        let domains: Vec<&str> = found
            .domains
            .iter()
            .map(|(d, _)| kb.domains[*d].id.as_str())
            .collect();
        assert!(domains.contains(&"video-surveillance"), "{domains:?}");
        assert!(found
            .concepts
            .iter()
            .any(|c| kb.concepts[*c].id == "model-compression"));
    }
}
