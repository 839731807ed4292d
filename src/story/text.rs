//! Matching keywords in English and Korean text: case-insensitive, on word boundaries for
//! Latin words, and through Korean particles (경량화를 matches 경량화).

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::korean::{contains_hangul, strip_particle};

pub use crate::knowledge::vocabulary::normalize;
use crate::knowledge::vocabulary::{hidden_spans, is_separator, is_word_char, without_spaces};

/// A normalized text prepared for many keyword look-ups: its words (so a plain keyword is
/// one binary search) and its letters without white space (for Korean written without spaces).
#[derive(Debug, Clone, Default)]
pub struct Text {
    norm: String,
    /// `norm` without its spaces, made when a Korean keyword is first looked for in it.
    squeezed: OnceLock<String>,
    /// Each word, and a plural's singular, as a span of `norm`, in `by_length_then_letters`
    /// order (a look-up is a binary search): preparing a text allocates no word of its own.
    words: Vec<(usize, usize)>,
    /// Whether the text holds Hangul (a keyword with Hangul is looked for only then).
    hangul: bool,
}

impl Text {
    /// Prepares `raw` (normalizing it first).
    pub fn new(raw: &str) -> Text {
        Text::from_normalized(normalize(raw))
    }

    fn from_normalized(norm: String) -> Text {
        // Each word, and a plural's singular, so "logs" answers the keyword "log".
        let mut words = Vec::new();
        let mut start = None;
        for (at, c) in norm.char_indices().chain([(norm.len(), ' ')]) {
            if is_word_char(c) {
                start.get_or_insert(at);
            } else if let Some(from) = start.take() {
                let word = &norm[from..at];
                if word
                    .strip_suffix('s')
                    .is_some_and(|s| s.chars().count() > 1)
                {
                    words.push((from, at - 1));
                }
                words.push((from, at));
            }
        }
        words.sort_unstable_by(|a, b| by_length_then_letters(&norm[a.0..a.1], &norm[b.0..b.1]));
        words.dedup_by(|a, b| norm[a.0..a.1] == norm[b.0..b.1]);
        let hangul = contains_hangul(&norm);
        Text {
            norm,
            squeezed: OnceLock::new(),
            words,
            hangul,
        }
    }

    /// Whether `word` is one of the text's words (or a plural's singular).
    fn has_word(&self, word: &str) -> bool {
        self.words
            .binary_search_by(|&(from, to)| by_length_then_letters(&self.norm[from..to], word))
            .is_ok()
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
        self.has_keyword(&Keyword::new(keyword))
    }

    /// `has`, for a keyword prepared once to be looked up in many texts.
    pub fn has_keyword(&self, keyword: &Keyword<'_>) -> bool {
        let form = keyword.form.as_ref();
        if form.is_empty() {
            return false;
        }
        if keyword.korean {
            // Each way below finds the keyword's letters in the text's.
            if keyword.hangul && !self.hangul {
                return false;
            }
            if self.norm.contains(form) {
                // Unless every occurrence is part of a compound that means something else
                // (재현 in 재현율).
                let hidden = hidden_spans(&self.norm);
                return hidden.is_empty()
                    || self
                        .norm
                        .match_indices(form)
                        .any(|(at, _)| !hidden.contains(&(at, at + form.len())));
            }
            let text = self
                .squeezed
                .get_or_init(|| without_spaces(&self.norm).into_owned());
            return text.contains(keyword.spaceless.as_ref());
        }
        // Most keywords are plain words: a look-up in the word set answers at once.
        if let Some(first) = keyword.first_word {
            if !self.has_word(&form[..first]) {
                return false;
            }
            if first == form.len() {
                return true;
            }
        }
        on_word_boundaries(&self.norm, form)
    }

    /// Whether the text contains any of `keywords`, prepared once for many texts.
    pub fn any_keyword(&self, keywords: &[Keyword<'_>]) -> bool {
        keywords.iter().any(|k| self.has_keyword(k))
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

/// A keyword prepared for `Text::has_keyword`: what `Text::has` reads of it before looking,
/// done once where one keyword is looked up in many texts.
#[derive(Debug, Clone)]
pub struct Keyword<'k> {
    /// The keyword normalized; a Korean one without the particle it may carry (경량화를).
    form: Cow<'k, str>,
    /// Whether the keyword holds Hangul: then it is matched as Korean.
    korean: bool,
    /// Whether `form` still holds Hangul (a particle after Latin letters does not: AI를).
    hangul: bool,
    /// A Korean `form` without its spaces, for text written without them (영상보안).
    spaceless: Cow<'k, str>,
    /// The length of `form`'s first word when it is all word letters (most keywords).
    first_word: Option<usize>,
}

impl<'k> Keyword<'k> {
    pub fn new(keyword: &'k str) -> Keyword<'k> {
        let keyword = normalized(keyword);
        if contains_hangul(&keyword) {
            let form = through(&keyword, without_particle);
            let spaceless = through(&form, without_spaces);
            return Keyword {
                hangul: contains_hangul(&form),
                spaceless,
                form,
                korean: true,
                first_word: None,
            };
        }
        let first = keyword.split(' ').next().unwrap_or_default();
        let first_word = first.chars().all(is_word_char).then_some(first.len());
        Keyword {
            form: keyword,
            korean: false,
            hangul: false,
            spaceless: Cow::Borrowed(""),
            first_word,
        }
    }
}

/// `keywords` prepared for lookups in many texts.
pub fn prepare(keywords: &[String]) -> Vec<Keyword<'_>> {
    keywords.iter().map(|k| Keyword::new(k)).collect()
}

/// A Korean keyword without the particle its last word may carry.
fn without_particle(keyword: &str) -> Cow<'_, str> {
    match keyword.rsplit_once(' ') {
        Some((head, last)) if strip_particle(last).len() < last.len() => {
            Cow::Owned(format!("{head} {}", strip_particle(last)))
        }
        Some(_) => Cow::Borrowed(keyword),
        None => Cow::Borrowed(strip_particle(keyword)),
    }
}

/// `text` passed through `change`, still borrowing what `text` borrowed when `change` keeps
/// it as it is.
fn through<'k>(text: &Cow<'k, str>, change: fn(&str) -> Cow<'_, str>) -> Cow<'k, str> {
    match text {
        Cow::Borrowed(text) => change(text),
        Cow::Owned(text) => Cow::Owned(change(text).into_owned()),
    }
}

/// The order of the word list: by length first, which tells most words apart without
/// comparing their letters.
fn by_length_then_letters(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
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
    // Already normalized: no upper case, no separator, no white space but single spaces
    // between words; in one pass, as this is asked for every keyword looked up.
    let mut after_space = true;
    let plain = text.chars().all(|c| {
        if c == ' ' {
            let single = !after_space;
            after_space = true;
            single
        } else {
            after_space = false;
            !c.is_uppercase() && !c.is_whitespace() && !is_separator(c)
        }
    }) && !text.ends_with(' ');
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
