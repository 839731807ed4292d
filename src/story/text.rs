//! Matching keywords in English and Korean text: case-insensitive, on word boundaries for
//! Latin words, and through Korean particles (경량화를 matches 경량화).

use std::borrow::Cow;
use std::collections::HashSet;

use crate::korean::{contains_hangul, strip_particle};

pub use crate::knowledge::vocabulary::normalize;
use crate::knowledge::vocabulary::{hidden_spans, is_separator, is_word_char};

/// A normalized text prepared for many keyword look-ups: its words (so a plain keyword is
/// one set look-up) and its letters without white space (for Korean written without spaces).
#[derive(Debug, Clone, Default)]
pub struct Text {
    norm: String,
    squeezed: String,
    words: HashSet<String>,
}

impl Text {
    /// Prepares `raw` (normalizing it first).
    pub fn new(raw: &str) -> Text {
        Text::from_normalized(normalize(raw))
    }

    fn from_normalized(norm: String) -> Text {
        let squeezed = norm.chars().filter(|c| !c.is_whitespace()).collect();
        // Each word, and a plural's singular, so "logs" answers the keyword "log".
        let mut words = HashSet::new();
        for w in norm
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
        {
            if let Some(singular) = w.strip_suffix('s').filter(|s| s.chars().count() > 1) {
                words.insert(singular.to_string());
            }
            words.insert(w.to_string());
        }
        Text {
            norm,
            squeezed,
            words,
        }
    }

    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.norm
    }

    /// Whether the text contains `keyword`.
    ///
    /// Latin keywords must stand on word boundaries (`ai` does not match `detail`); a trailing
    /// plural `s` is allowed. Korean keywords match as substrings, so particles (을/를/이/가/
    /// 은/는/의/에/에서/으로/와/과) attached to them never block a match, and with or without
    /// the spaces Korean writers often drop (영상 보안 = 영상보안).
    pub fn has(&self, keyword: &str) -> bool {
        let keyword = normalized(keyword);
        if keyword.is_empty() {
            return false;
        }
        if contains_hangul(&keyword) {
            // A keyword taken from Korean prose may carry a particle of its own (경량화를).
            let keyword: Cow<str> = match keyword.rsplit_once(' ') {
                Some((head, last)) if strip_particle(last).len() < last.len() => {
                    Cow::Owned(format!("{head} {}", strip_particle(last)))
                }
                Some(_) => Cow::Borrowed(&keyword),
                None => Cow::Borrowed(strip_particle(&keyword)),
            };
            let keyword = keyword.as_ref();
            if self.norm.contains(keyword) {
                // Unless every occurrence is part of a compound that means something else
                // (재현 in 재현율).
                let hidden = hidden_spans(&self.norm);
                return hidden.is_empty()
                    || self
                        .norm
                        .match_indices(keyword)
                        .any(|(at, _)| !hidden.contains(&(at, at + keyword.len())));
            }
            if !keyword.contains(char::is_whitespace) {
                return self.squeezed.contains(keyword);
            }
            let squeezed: String = keyword.chars().filter(|c| !c.is_whitespace()).collect();
            return self.squeezed.contains(&squeezed);
        }
        let keyword = keyword.as_ref();
        // Most keywords are plain words: a look-up in the word set answers at once.
        let first = keyword.split(' ').next().unwrap_or_default();
        if first.chars().all(is_word_char) {
            if !self.words.contains(first) {
                return false;
            }
            if !keyword.contains(' ') {
                return true;
            }
        }
        on_word_boundaries(&self.norm, keyword)
    }

    /// Whether the text contains any of `keywords`.
    pub fn any(&self, keywords: &[String]) -> bool {
        keywords.iter().any(|k| self.has(k))
    }

    /// The first of `keywords` the text contains.
    pub fn first_match<'k>(&self, keywords: &'k [String]) -> Option<&'k str> {
        keywords.iter().find(|k| self.has(k)).map(String::as_str)
    }
}

/// A data modality of the knowledge base (`video`, `time-series`) as a reader of `lang`
/// calls it.
pub fn modality_name(modality: &str, lang: crate::profile::Lang) -> &str {
    if lang != crate::profile::Lang::Ko {
        return modality;
    }
    match modality {
        "video" => "영상",
        "image" => "이미지",
        "text" => "텍스트",
        "tabular" => "정형 데이터",
        "logs" => "로그",
        "audio" => "오디오",
        "speech" => "음성",
        "time-series" => "시계열",
        "point-cloud" => "포인트 클라우드",
        "3d" => "3D",
        "sensor" => "센서",
        "graph" => "그래프",
        "multimodal" => "멀티모달",
        "code" => "코드",
        other => other,
    }
}

/// Modalities as a comma-separated list in `lang`.
pub fn modality_list<S: AsRef<str>>(modalities: &[S], lang: crate::profile::Lang) -> String {
    modalities
        .iter()
        .map(|m| modality_name(m.as_ref(), lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn on_word_boundaries(haystack: &str, keyword: &str) -> bool {
    let mut from = 0;
    while let Some(found) = haystack[from..].find(keyword) {
        let start = from + found;
        let end = start + keyword.len();
        let before_ok = haystack[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let mut rest = haystack[end..].chars();
        let after_ok = match rest.next() {
            None => true,
            Some('s') => rest.next().is_none_or(|c| !is_word_char(c)),
            Some(c) => !is_word_char(c),
        };
        if before_ok && after_ok {
            return true;
        }
        from = start + keyword.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// `normalize`, without allocating for text that is already normalized (most keywords).
fn normalized(text: &str) -> Cow<'_, str> {
    let separator = |c: char| c.is_whitespace() && c != ' ' || is_separator(c);
    let plain = !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text.contains("  ")
        && text.chars().all(|c| !c.is_uppercase() && !separator(c));
    if plain {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(normalize(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_words_match_on_boundaries() {
        let hay = Text::new("Built a YOLOv8 detector; deployed on Jetson. Detail-oriented.");
        assert!(hay.has("YOLOv8"));
        assert!(hay.has("jetson"));
        assert!(!hay.has("ai"));
        assert!(Text::new("click logs").has("log"));
        assert!(Text::new("C++ inference").has("c++"));
    }

    #[test]
    fn korean_particles_do_not_block_a_match() {
        let hay = Text::new("모델 경량화를 통해 영상보안 제품의 지연을 줄였습니다");
        assert!(hay.has("경량화"));
        assert!(hay.has("영상 보안"));
        assert!(!hay.has("추천"));
        assert!(hay.has("모델 경량화를"));
        assert!(!Text::new("야간 재현율 0.66 → 0.79").has("재현"));
        assert!(Text::new("재현율을 높인 뒤 논문 모델을 재현했다").has("재현"));
    }

    #[test]
    fn korean_spacing_differences_do_not_block_a_match() {
        // The keyword without the text's space, with it, and with a particle after it.
        let spaced = Text::new("영상 보안 제품의 모델 경량화");
        assert!(spaced.has("영상보안"));
        assert!(spaced.has("영상보안을"));
        assert!(spaced.has("모델경량화를"));
        assert!(Text::new("영상보안 제품").has("영상 보안을"));
        assert!(!spaced.has("영상분석"));
    }
}
