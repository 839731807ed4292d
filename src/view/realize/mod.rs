//! The sentence realizer: every text the engine quotes is typed first (an English noun
//! phrase, past-tense or present verb phrase, or clause; a Korean sentence, note or noun
//! phrase), and every sentence frame has one grammatical way to take each type of its
//! language. A phrase in one language cannot reach a frame of the other: the types differ.

pub mod en;
pub mod ko;
mod names;

pub use names::{short_name, Names};

use serde::Serialize;

use crate::korean::contains_hangul;
use crate::profile::Lang;

/// The grammatical kind of a quoted English text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EnKind {
    /// "Open-source classifier that routes support tickets".
    Noun,
    /// "Reproduced ST-GCN on NTU RGB+D 60" (a past-tense verb phrase without its subject).
    Past,
    /// "Ships as a FastAPI service" (third-person present without its subject).
    Present,
    /// "Recall rose from 0.61 to 0.83" (subject and finite verb).
    Clause,
}

/// The grammatical kind of a quoted Korean text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KoKind {
    /// A full sentence ending in -다 or -습니다.
    Sentence,
    /// Note style: -함, -음, -됨, or a verbal noun at the end (담당, 개선, 단축).
    Note,
    /// A noun phrase.
    Noun,
}

/// A typed English text: trimmed, without its final full stop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnPhrase {
    pub text: String,
    pub kind: EnKind,
}

/// A typed Korean text: trimmed, without its final full stop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KoPhrase {
    pub text: String,
    pub kind: KoKind,
}

/// A quoted text, typed in its own language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phrase {
    En(EnPhrase),
    Ko(KoPhrase),
}

impl Phrase {
    /// Types `text`. `None` when it is empty or in neither English nor Korean (Chinese,
    /// Japanese or German prose, say): such a text is never quoted in a sentence.
    pub fn of(text: &str) -> Option<Phrase> {
        let text = without_stop(text);
        if text.is_empty() {
            return None;
        }
        if contains_hangul(text) {
            return Some(Phrase::Ko(KoPhrase {
                kind: ko::kind_of(text),
                text: text.to_string(),
            }));
        }
        if has_other_script(text)
            || !text.chars().any(|c| c.is_ascii_alphabetic())
            || is_other_latin_prose(text)
        {
            return None;
        }
        // "Serve the ETA models ...": a line in the first person, given its subject.
        let first_person = en::with_first_person(text);
        let text = first_person.as_deref().unwrap_or(text);
        let kind = en::kind_of(text);
        if kind == EnKind::Noun {
            if let Some(action) = en::result_note_as_action(text) {
                return Some(Phrase::En(EnPhrase {
                    kind: EnKind::Past,
                    text: action,
                }));
            }
        }
        let text = match kind {
            // "...; booked loads per search up 4.3%": the note-style result after the action
            // becomes part of the sentence (", raising booked loads per search by 4.3%").
            EnKind::Past => en::with_result_clause(text),
            EnKind::Clause => en::with_determined_subject(text).unwrap_or_else(|| text.to_string()),
            _ => text.to_string(),
        };
        Some(Phrase::En(EnPhrase { kind, text }))
    }

    /// The language the text is written in.
    pub fn lang(&self) -> Lang {
        match self {
            Phrase::En(_) => Lang::En,
            Phrase::Ko(_) => Lang::Ko,
        }
    }
}

/// `text` typed as English, when it is English.
pub fn english(text: &str) -> Option<EnPhrase> {
    match Phrase::of(text)? {
        Phrase::En(p) => Some(p),
        Phrase::Ko(_) => None,
    }
}

/// `text` typed as Korean, when it is Korean.
pub fn korean(text: &str) -> Option<KoPhrase> {
    match Phrase::of(text)? {
        Phrase::Ko(p) => Some(p),
        Phrase::En(_) => None,
    }
}

/// `text` trimmed, without a final full stop (sentences end where the frame says).
pub fn without_stop(text: &str) -> &str {
    text.trim()
        .trim_end_matches(['.', '。', ';', ',', ':'])
        .trim_end()
}

/// German or Spanish prose, which is not English to quote ("I worked on a vorausschauende
/// Wartung"); a name in any language is.
fn is_other_latin_prose(text: &str) -> bool {
    !is_name_like(text) && crate::language_id::is_other_latin_language(text)
}

/// Han ideographs or kana: text of a language the frames are not written for.
fn has_other_script(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
    })
}

/// Whether `text` may be quoted in a document of `lang`: names and figures with no words
/// of either language (`YOLOv8`, `0.91`) pass; Korean words never enter English sentences,
/// English words and clauses never enter Korean sentences unless they are a name.
pub fn fits(text: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => {
            !contains_hangul(text) && !has_other_script(text) && !is_other_latin_prose(text)
        }
        Lang::Ko => contains_hangul(text) || is_name_like(text),
    }
}

/// A name, model or figure rather than prose: at most four words, each of which starts
/// with a capital or a digit or holds one (`Jetson Orin Nano`, `YOLOv8-s`, `mAP@0.5`).
pub fn is_name_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| {
            w.chars()
                .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                || w.chars().all(|c| !c.is_alphabetic())
        })
}

/// Joins a list for prose: "A, B and C" in English, "A, B, C" in Korean.
pub fn join_and(items: &[impl AsRef<str>], lang: Lang) -> String {
    let texts: Vec<String> = items.iter().map(|t| t.as_ref().to_string()).collect();
    match lang {
        Lang::En => en::join_and(&texts),
        Lang::Ko => texts.join(", "),
    }
}

/// Joins steps in order: "A, then B" in English, "A → B" in Korean.
pub fn join_then(items: &[impl AsRef<str>], lang: Lang) -> String {
    let texts: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    texts.join(if lang == Lang::Ko { " → " } else { ", then " })
}

/// A resume bullet ("Reproduced ST-GCN ...") as a first-person sentence ("I reproduced
/// ST-GCN ..."), when the realizer types it as a past-tense verb phrase; any other text is
/// left as it is.
pub fn english_clause(text: &str) -> String {
    match english(text) {
        Some(p) if p.kind == EnKind::Past => format!("I {}", en::lc_first(text.trim())),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_typed_in_their_own_language() {
        assert!(matches!(
            Phrase::of("Reproduced ST-GCN on NTU."),
            Some(Phrase::En(EnPhrase {
                kind: EnKind::Past,
                ..
            }))
        ));
        assert!(matches!(
            Phrase::of("협력 요양시설과 클립 1,240개를 수집함"),
            Some(Phrase::Ko(KoPhrase {
                kind: KoKind::Note,
                ..
            }))
        ));
        assert_eq!(Phrase::of("  "), None);
        assert_eq!(Phrase::of("推荐系统"), None);
        assert_eq!(Phrase::of("0.91"), None);
        assert_eq!(english("진단 기능이 없음"), None);
        assert_eq!(korean("Ships as a service"), None);
    }

    #[test]
    fn only_names_pass_into_korean_sentences() {
        assert!(fits("Jetson Orin Nano", Lang::Ko));
        assert!(fits("YOLOv8-s", Lang::Ko));
        assert!(!fits(
            "CCTV video streams from smart-city cameras",
            Lang::Ko
        ));
        assert!(fits("CCTV 영상", Lang::Ko));
        assert!(!fits("CCTV 영상", Lang::En));
        assert!(fits("fall detection", Lang::En));
    }

    #[test]
    fn bullets_become_first_person_sentences() {
        assert_eq!(
            english_clause("Reproduced ST-GCN on NTU"),
            "I reproduced ST-GCN on NTU"
        );
        assert_eq!(english_clause("Built a tool"), "I built a tool");
        assert_eq!(english_clause("Fine-tuned YOLOv5"), "I fine-tuned YOLOv5");
        assert_eq!(
            english_clause("Master's thesis project"),
            "Master's thesis project"
        );
        assert_eq!(english_clause("Red team lead"), "Red team lead");
        assert_eq!(english_clause("ONNXed it"), "ONNXed it");
        assert_eq!(english_clause("한국어 문장"), "한국어 문장");
        assert_eq!(english_clause(""), "");
    }

    #[test]
    fn lists_join_as_each_language_reads() {
        assert_eq!(join_and(&["A", "B", "C"], Lang::En), "A, B and C");
        assert_eq!(join_and(&["A", "B", "C"], Lang::Ko), "A, B, C");
        assert_eq!(join_and(&["A"], Lang::En), "A");
        assert_eq!(join_and(&[] as &[&str], Lang::En), "");
        assert_eq!(join_then(&["A", "B"], Lang::En), "A, then B");
        assert_eq!(join_then(&["A", "B"], Lang::Ko), "A → B");
    }
}
