//! Which language a document is written in, from its text: the scripts of the profile's and the
//! posting's prose. Used when neither `--lang`, the target's `language` nor the profile's `lang`
//! says it.

use serde_json::Value;

use crate::fields::Lang;

/// Letters of each script found in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scripts {
    pub hangul: usize,
    pub han: usize,
    pub kana: usize,
    pub latin: usize,
    /// Letters of any other script (Cyrillic, Arabic, ...).
    pub other: usize,
}

impl Scripts {
    /// Every letter counted, of any script.
    pub fn letters(&self) -> usize {
        self.hangul + self.han + self.kana + self.latin + self.other
    }

    /// The letters of every prose string of `document`.
    pub fn of(document: &Value) -> Scripts {
        let mut scripts = Scripts::default();
        count(document, &mut scripts);
        scripts
    }

    /// The letter counts a choice rests on, for the line that explains it.
    fn describe(&self) -> String {
        if self.hangul > 0 {
            format!(
                "{} Hangul letters against {} Latin",
                self.hangul, self.latin
            )
        } else {
            format!("{} Latin letters, {} Hangul", self.latin, self.hangul)
        }
    }

    /// Counts the letters of `text`.
    pub fn add(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                c if crate::korean::is_hangul(c) => self.hangul += 1,
                '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => self.kana += 1,
                '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' => {
                    self.han += 1
                }
                c if c.is_ascii_alphabetic() => self.latin += 1,
                '\u{00C0}'..='\u{024F}' => self.latin += 1,
                c if c.is_alphabetic() => self.other += 1,
                _ => {}
            }
        }
    }
}

/// The language picked from the text, and the one line that says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub lang: Lang,
    pub reason: String,
    /// English picked from mostly Latin text, as it would be without looking: nothing worth
    /// saying to the user.
    pub as_default: bool,
}

/// One Hangul syllable carries about as much as three Latin letters; Korean résumés are full of
/// English tool names ("YOLOv8", "PyTorch"), so Korean wins at a third of the Latin letters.
const LATIN_PER_HANGUL: usize = 3;

/// Fewer letters than this in the posting say nothing about its language (a title, a name).
const POSTING_MIN_LETTERS: usize = 40;

/// Picks the document language from the letters of the profile's and the posting's text.
/// The posting decides when it has prose: a letter is written in the language its reader
/// posted in. Otherwise the profile's text decides.
pub fn choose(profile: Scripts, posting: Option<Scripts>) -> Detected {
    match posting.filter(|p| p.letters() >= POSTING_MIN_LETTERS) {
        Some(posting) => {
            let from_posting = from_scripts(posting, "the posting");
            let from_profile = from_scripts(profile, "the profile");
            if from_profile.lang != from_posting.lang && profile.letters() > 0 {
                let (lang, other) = (from_posting.lang.code(), from_profile.lang.code());
                return Detected {
                    reason: format!(
                        "document language: {lang}, picked from the text of the posting ({}), \
                         though the profile reads as {other}: write its facts in {lang} too, or \
                         set --lang {other}",
                        posting.describe()
                    ),
                    as_default: false,
                    ..from_posting
                };
            }
            from_posting
        }
        None => from_scripts(profile, "the profile"),
    }
}

/// Picks a language from the letters of one text; `whose` names it in the reason.
fn from_scripts(scripts: Scripts, whose: &str) -> Detected {
    let Scripts {
        hangul,
        han,
        kana,
        latin,
        ..
    } = scripts;
    if hangul > 0 && hangul * LATIN_PER_HANGUL >= latin && hangul >= kana + han / 2 {
        return Detected {
            lang: Lang::Ko,
            reason: format!(
                "document language: ko, picked from the text of {whose} ({}); set --lang, the target's `language` or the profile's \
                 `lang` to choose",
                scripts.describe()
            ),
            as_default: false,
        };
    }
    let (script, count) = if kana > 0 {
        ("Japanese", kana + han)
    } else {
        ("Chinese", han)
    };
    if count * LATIN_PER_HANGUL >= latin && count > 0 {
        return Detected {
            lang: Lang::En,
            reason: format!(
                "document language: en; the text of {whose} is mostly {script}, which storyfolio \
                 does not write documents in yet (en, ko); set --lang ko to write in Korean"
            ),
            as_default: false,
        };
    }
    Detected {
        lang: Lang::En,
        reason: format!(
            "document language: en, picked from the text of {whose} ({}); set --lang, the target's `language` or the profile's `lang` to \
             choose",
            scripts.describe()
        ),
        as_default: true,
    }
}

/// Keys whose text is an address or an identifier, not prose.
const NOT_PROSE: &[&str] = &[
    "url",
    "email",
    "image",
    "picture",
    "phone",
    "$schema",
    "repo",
    "github",
    "username",
    "countryCode",
    "postalCode",
    "canonical",
    "startDate",
    "endDate",
    "date",
    "releaseDate",
    "lang",
    "language",
    "network",
    "meta",
];

/// Counts the letters of every prose string of a document.
pub fn count(document: &Value, scripts: &mut Scripts) {
    match document {
        Value::String(text) => scripts.add(text),
        Value::Array(items) => items.iter().for_each(|item| count(item, scripts)),
        Value::Object(map) => {
            for (key, value) in map {
                // `languages[].language` is prose ("한국어"); only the top-level codes are skipped.
                if !NOT_PROSE.contains(&key.as_str())
                    || (key == "language" && value.is_string() && !is_code(value))
                {
                    count(value, scripts);
                }
            }
        }
        _ => {}
    }
}

/// A short language code such as `ko` or `en-US`.
fn is_code(value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|s| s.len() <= 8 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn detect(texts: &[&str]) -> Detected {
        let mut scripts = Scripts::default();
        texts.iter().for_each(|t| scripts.add(t));
        choose(scripts, None)
    }

    #[test]
    fn korean_prose_with_english_tool_names_is_korean() {
        let found = detect(&[
            "YOLOv8 모델을 INT8 양자화해 Jetson Orin에서 30 FPS 달성, 모델 크기 4배 축소",
            "PyTorch, TensorRT, ONNX, Docker",
        ]);
        assert_eq!(found.lang, Lang::Ko, "{}", found.reason);
        assert!(found
            .reason
            .starts_with("document language: ko, picked from the text of the profile ("));
    }

    #[test]
    fn english_with_a_korean_company_name_stays_english() {
        let found = detect(&[
            "Built the video-data pipeline for the pedestrian-intent model of a delivery robot at 한빛",
        ]);
        assert_eq!(found.lang, Lang::En);
        assert!(found.as_default, "{}", found.reason);
    }

    #[test]
    fn chinese_and_japanese_say_they_are_not_written_yet() {
        let zh = detect(&["负责首页信息流推荐的召回和精排。"]);
        assert_eq!(zh.lang, Lang::En);
        assert!(zh.reason.contains("mostly Chinese"), "{}", zh.reason);
        let ja = detect(&["需要予測と在庫最適化を専門とする機械学習エンジニアです。"]);
        assert!(ja.reason.contains("mostly Japanese"), "{}", ja.reason);
    }

    fn scripts(text: &str) -> Scripts {
        let mut scripts = Scripts::default();
        scripts.add(text);
        scripts
    }

    #[test]
    fn the_posting_decides_when_it_has_prose() {
        let profile = scripts(
            "추천 시스템의 후보 생성과 랭킹 모델을 개발하고 A/B 테스트로 CTR을 개선했습니다.",
        );
        let posting = scripts(
            "We are hiring a machine learning engineer to build ranking models for our \
             marketplace search and recommendations.",
        );
        let found = choose(profile, Some(posting));
        assert_eq!(found.lang, Lang::En);
        assert!(
            found
                .reason
                .starts_with("document language: en, picked from the text of the posting (")
                && found.reason.ends_with(
                    ", though the profile reads as ko: write its facts in en too, or set --lang ko"
                ),
            "{}",
            found.reason
        );
        let korean_posting = scripts("물류 센터 영상 데이터로 작업자 안전 모델을 개발하고 운영할 머신러닝 엔지니어를 찾습니다.");
        let found = choose(profile, Some(korean_posting));
        assert_eq!(found.lang, Lang::Ko);
        assert!(!found.reason.contains("reads as"), "{}", found.reason);
    }

    #[test]
    fn a_posting_with_only_a_title_leaves_it_to_the_profile() {
        let profile = scripts("영상 기반 행동 인식 모델을 연구하고 엣지 장비에 배포했습니다.");
        let found = choose(profile, Some(scripts("ML Engineer")));
        assert_eq!(found.lang, Lang::Ko);
        assert!(
            found.reason.contains("text of the profile"),
            "{}",
            found.reason
        );
    }

    #[test]
    fn addresses_and_codes_are_not_counted() {
        let mut scripts = Scripts::default();
        count(
            &json!({"basics": {"url": "https://example.com/a-very-long-english-looking-path", "summary": "안녕하세요"}, "languages": [{"language": "한국어"}], "lang": "ko"}),
            &mut scripts,
        );
        assert_eq!(scripts.latin, 0);
        assert_eq!(scripts.hangul, 8);
    }
}
