//! All Hangul logic: telling Korean text apart, particles that depend on the word before
//! them (은/는, 이/가, 을/를, 와/과, 으로/로, 이라는/라는; chosen by whether the word ends in a
//! final consonant, 받침) or trail it (경량화를 -> 경량화), and the syllable arithmetic the
//! sentence realizer conjugates with.

/// Whether the last sound of `word` has a final consonant; `None` when it cannot be told.
fn has_batchim(word: &str) -> Option<bool> {
    let word = sounded(word);
    let last = word.chars().next_back()?;
    // "Kaggle", "Google": a silent e after l is read as ㄹ.
    if word.to_ascii_lowercase().ends_with("le") {
        return Some(true);
    }
    match last {
        '\u{AC00}'..='\u{D7A3}' => Some(!(last as u32 - 0xAC00).is_multiple_of(28)),
        // Digits as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구.
        '0' | '1' | '3' | '6' | '7' | '8' => Some(true),
        '2' | '4' | '5' | '9' => Some(false),
        // 퍼센트.
        '%' | '％' => Some(false),
        c if c.is_ascii_alphabetic() => Some(latin_has_batchim(word)),
        _ => None,
    }
}

/// The part of `word` whose last sound the particle follows: without trailing punctuation,
/// and without a trailing parenthetical, which Korean skips ("낙상 감지 (fallnet)는").
fn sounded(word: &str) -> &str {
    // A quoted name is read without its closing mark (‘낙상 감지 (fallnet)’와).
    let trimmed = word
        .trim_end()
        .trim_end_matches(['’', '”', '"', '\'', '」', '』'])
        .trim_end();
    if let Some(inner) = trimmed.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let before = inner[..open].trim_end();
            if before.chars().any(char::is_alphanumeric) {
                return sounded(before);
            }
        }
    }
    // A percent sign is sounded (퍼센트), the rest of the punctuation is not.
    trimmed.trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '%' | '％'))
}

/// Acronyms read letter by letter even in lower case, as the last part of a name.
const LOWER_CASE_ACRONYMS: &[&str] = &[
    "ocr", "nlp", "llm", "api", "gpu", "cpu", "npu", "sdk", "cv", "ml", "ai", "asr", "tts", "rag",
    "etl", "sql", "aws", "gcp", "cli", "ui", "qa",
];

/// Whether a Latin word, read the way Korean speakers read it, ends in a consonant sound.
/// Acronyms are read letter by letter (LLM 엘엘엠, OCR 오씨알, GPU 지피유); words end in a
/// final consonant after l, m, n, ng (fallnet 폴넷, Slack 슬랙, Jetson 젯슨) and after a
/// vowel followed by k, t or p, and in a vowel after a silent r or a sounded b, d, g, s, x
/// ... (Docker 도커, GitHub 깃허브, project 프로젝트).
fn latin_has_batchim(word: &str) -> bool {
    let letters: Vec<char> = word
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let Some(&last) = letters.first() else {
        return false;
    };
    let before = letters.get(1).copied();
    // An acronym, also when written in lower case as repository names are (receipt-ocr 오씨알).
    let run: String = letters
        .iter()
        .rev()
        .collect::<String>()
        .to_ascii_lowercase();
    let acronym = last.is_ascii_uppercase() && before.is_none_or(|b| b.is_ascii_uppercase())
        || LOWER_CASE_ACRONYMS.contains(&run.as_str());
    if acronym {
        return matches!(last.to_ascii_uppercase(), 'L' | 'M' | 'N' | 'R');
    }
    let last = last.to_ascii_lowercase();
    let before = before.map(|b| b.to_ascii_lowercase());
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeiou".contains(c));
    match last {
        'l' | 'm' | 'n' => true,
        'g' => before == Some('n'),
        'k' if before == Some('c') => vowel(letters.get(2).map(|c| c.to_ascii_lowercase())),
        'k' | 't' | 'p' => vowel(before),
        _ => false,
    }
}

/// Whether the last sound is ㄹ (which takes 로, not 으로): a Hangul syllable ending in ㄹ,
/// a digit read 일, 칠 or 팔, a Latin l, or an acronym's R.
fn ends_in_rieul(word: &str) -> bool {
    let word = sounded(word);
    word.chars().next_back().is_some_and(|c| {
        matches!(c, '1' | '7' | '8' | 'l' | 'L')
            // An acronym's R is read 알 (OCR로).
            || (c == 'R' && word.chars().rev().nth(1).is_none_or(|b| b.is_ascii_uppercase()))
            || ('\u{AC00}'..='\u{D7A3}').contains(&c) && (c as u32 - 0xAC00) % 28 == 8
    })
}

/// `word` followed by the right form of `pair` ("은/는", "을/를", ...): the first form after a
/// final consonant, the second after a vowel, and both ("은(는)") when it cannot be told.
pub fn attach(word: &str, pair: &str) -> String {
    let Some((with, without)) = pair.split_once('/') else {
        return format!("{word}{pair}");
    };
    let particle = match has_batchim(word) {
        Some(true) if with == "으로" && ends_in_rieul(word) => without.to_string(),
        Some(true) => with.to_string(),
        Some(false) => without.to_string(),
        None => format!("{with}({without})"),
    };
    format!("{word}{particle}")
}

const SYLLABLE_FIRST: u32 = 0xAC00;
const SYLLABLE_LAST: u32 = 0xD7A3;

/// Whether `c` is a precomposed Hangul syllable (가-힣).
pub fn is_syllable(c: char) -> bool {
    (SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&(c as u32))
}

/// A Hangul syllable's parts as indices: (initial 0-18, vowel 0-20, final 0-27, 0 = none).
pub fn split(c: char) -> Option<(u32, u32, u32)> {
    is_syllable(c).then(|| {
        let n = c as u32 - SYLLABLE_FIRST;
        (n / 588, (n % 588) / 28, n % 28)
    })
}

/// The syllable of (initial, vowel, final); `None` when out of range.
pub fn join(initial: u32, vowel: u32, last: u32) -> Option<char> {
    if initial > 18 || vowel > 20 || last > 27 {
        return None;
    }
    char::from_u32(SYLLABLE_FIRST + initial * 588 + vowel * 28 + last)
}

/// Final consonant indices used by conjugation.
pub mod finals {
    pub const NONE: u32 = 0;
    pub const NIEUN: u32 = 4;
    pub const RIEUL: u32 = 8;
    pub const RIEUL_MIEUM: u32 = 10;
    pub const MIEUM: u32 = 16;
    pub const BIEUP: u32 = 17;
    pub const SSANG_SIOS: u32 = 20;
}

/// Vowel indices used by conjugation.
pub mod vowels {
    pub const A: u32 = 0;
    pub const AE: u32 = 1;
    pub const EO: u32 = 4;
    pub const E: u32 = 5;
    pub const YEO: u32 = 6;
    pub const O: u32 = 8;
    pub const WA: u32 = 9;
    pub const OE: u32 = 11;
    pub const U: u32 = 13;
    pub const WO: u32 = 14;
    pub const EU: u32 = 18;
    pub const I: u32 = 20;
}

/// Whether `c` is Hangul: a syllable (가-힣), a conjoining jamo or a compatibility jamo (ㅋ).
pub fn is_hangul(c: char) -> bool {
    is_syllable(c) || matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Whether `text` contains Hangul (syllables or jamo).
pub fn contains_hangul(text: &str) -> bool {
    // Most text is ASCII, which a word-at-a-time check answers.
    !text.is_ascii() && text.chars().any(is_hangul)
}

/// The particles `strip_particle` takes off, longest first where one ends another.
const PARTICLES: &[&str] = &[
    "에서", "으로", "과", "와", "을", "를", "이", "가", "은", "는", "의", "에", "로", "도", "만",
];

/// The case particles only (에서, 을/를, 이/가, ...): what `strip_case_particle` takes off.
const CASE_PARTICLES: &[&str] = &[
    "에서", "으로", "을", "를", "이", "가", "은", "는", "의", "에", "로",
];

/// A Korean word without its trailing particle: 경량화를 -> 경량화. Latin words are unchanged.
pub fn strip_particle(word: &str) -> &str {
    strip_one_of(word, PARTICLES)
}

/// A Korean word without its trailing case particle, keeping 과, 와, 도 and 만, which also end
/// nouns (정확도, 성과): what metric names are read with. Latin words are unchanged.
pub fn strip_case_particle(word: &str) -> &str {
    strip_one_of(word, CASE_PARTICLES)
}

/// `word` without the first of `particles` it ends in, when a stem of two or more
/// characters is left.
fn strip_one_of<'a>(word: &'a str, particles: &[&str]) -> &'a str {
    if !contains_hangul(word) {
        return word;
    }
    for particle in particles {
        if let Some(stem) = word.strip_suffix(particle) {
            if stem.chars().count() >= 2 {
                return stem;
            }
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_split_and_join() {
        assert_eq!(split('한'), Some((18, 0, 4)));
        assert_eq!(join(18, 0, 4), Some('한'));
        assert_eq!(split('a'), None);
        assert_eq!(join(19, 0, 0), None);
    }

    #[test]
    fn particles_follow_the_last_sound() {
        assert_eq!(attach("라이트엣지", "은/는"), "라이트엣지는");
        assert_eq!(attach("영상 보안", "을/를"), "영상 보안을");
        assert_eq!(attach("87위", "을/를"), "87위를");
        assert_eq!(attach("서울", "으로/로"), "서울로");
        assert_eq!(attach("0.91", "으로/로"), "0.91로");
        // 퍼센트, 퍼센트포인트.
        assert_eq!(
            attach("korean-receipt-ocr", "은/는"),
            "korean-receipt-ocr은"
        );
        assert_eq!(attach("ticket-api", "을/를"), "ticket-api를");
        assert_eq!(attach("fallnet", "은/는"), "fallnet은");
        assert_eq!(attach("71%", "이/가"), "71%가");
        assert_eq!(attach("18%", "으로/로"), "18%로");
        assert_eq!(attach("2.1%p", "이/가"), "2.1%p가");
        assert_eq!(attach("0.83", "으로/로"), "0.83으로");
        assert_eq!(attach("21 ms", "으로/로"), "21 ms로");
        assert_eq!(attach("영상 이해", "이라는/라는"), "영상 이해라는");
        assert_eq!(attach("경량화 엔지니어", "이/가"), "경량화 엔지니어가");
        assert_eq!(attach("TensorRT", "과/와"), "TensorRT와");
        assert_eq!(attach("Kaggle", "은/는"), "Kaggle은");
        assert_eq!(attach("fallnet", "은/는"), "fallnet은");
        assert_eq!(attach("Slack", "을/를"), "Slack을");
        assert_eq!(attach("Jetson", "이/가"), "Jetson이");
        assert_eq!(attach("LLM", "을/를"), "LLM을");
        assert_eq!(attach("OCR", "으로/로"), "OCR로");
        assert_eq!(attach("GPU", "을/를"), "GPU를");
        assert_eq!(attach("Docker", "은/는"), "Docker는");
        assert_eq!(attach("GitHub", "에서/에서"), "GitHub에서");
        assert_eq!(attach("GitHub", "은/는"), "GitHub는");
        assert_eq!(attach("project", "은/는"), "project는");
        assert_eq!(attach("Hugging", "은/는"), "Hugging은");
        assert_eq!(
            attach("낙상 감지 (fallnet)", "은/는"),
            "낙상 감지 (fallnet)는"
        );
        assert_eq!(attach("(fallnet)", "은/는"), "(fallnet)은");
        assert_eq!(
            attach("‘낙상 감지 (fallnet)’", "과/와"),
            "‘낙상 감지 (fallnet)’와"
        );
        assert_eq!(attach("‘fallnet’", "과/와"), "‘fallnet’과");
        assert_eq!(attach("😀", "은/는"), "😀은(는)");
    }

    #[test]
    fn hangul_is_detected() {
        assert!(contains_hangul("김지우 Kim"));
        assert!(!contains_hangul("Kim Jiwoo, 金志宇"));
        assert!(contains_hangul("ㅋㅋ"));
        assert!(is_hangul('한') && is_hangul('ㄱ') && !is_hangul('金'));
    }

    #[test]
    fn trailing_particles_are_stripped() {
        assert_eq!(strip_particle("경량화를"), "경량화");
        assert_eq!(strip_particle("영상에서"), "영상");
        assert_eq!(strip_particle("이"), "이");
        assert_eq!(strip_particle("PyTorch"), "PyTorch");
        assert_eq!(strip_particle("정확도"), "정확");
        assert_eq!(strip_case_particle("정확도"), "정확도");
        assert_eq!(strip_case_particle("정확도를"), "정확도");
    }
}
