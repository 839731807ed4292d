//! Hangul: telling Korean text apart, and Korean particles that depend on the word before
//! them (은/는, 이/가, 을/를, 와/과, 으로/로, 이라는/라는; chosen by whether the word ends in a
//! final consonant, 받침) or that trail a word (경량화를 -> 경량화).

/// Whether `text` contains Hangul (syllables or jamo).
pub fn contains_hangul(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}'))
}

/// Whether the last sound of `word` has a final consonant; `None` when it cannot be told.
fn has_batchim(word: &str) -> Option<bool> {
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
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
        // Latin words: an approximation from how Korean speakers read the last letter.
        'l' | 'm' | 'n' | 'L' | 'M' | 'N' => Some(true),
        c if c.is_ascii_alphabetic() => Some(false),
        _ => None,
    }
}

/// Whether the last Hangul syllable ends in ㄹ (which takes 로, not 으로).
fn ends_in_rieul(word: &str) -> bool {
    word.chars()
        .next_back()
        .is_some_and(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c) && (c as u32 - 0xAC00) % 28 == 8)
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

const PARTICLES: &[&str] = &[
    "에서", "으로", "과", "와", "을", "를", "이", "가", "은", "는", "의", "에", "로", "도", "만",
];

/// A Korean word without its trailing particle: 경량화를 -> 경량화. Latin words are unchanged.
pub fn strip_particle(word: &str) -> &str {
    if !contains_hangul(word) {
        return word;
    }
    for particle in PARTICLES {
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
    fn particles_follow_the_last_sound() {
        assert_eq!(attach("라이트엣지", "은/는"), "라이트엣지는");
        assert_eq!(attach("영상 보안", "을/를"), "영상 보안을");
        assert_eq!(attach("87위", "을/를"), "87위를");
        assert_eq!(attach("서울", "으로/로"), "서울로");
        assert_eq!(attach("영상 이해", "이라는/라는"), "영상 이해라는");
        assert_eq!(attach("경량화 엔지니어", "이/가"), "경량화 엔지니어가");
        assert_eq!(attach("TensorRT", "과/와"), "TensorRT와");
        assert_eq!(attach("Kaggle", "은/는"), "Kaggle은");
        assert_eq!(attach("😀", "은/는"), "😀은(는)");
    }

    #[test]
    fn hangul_is_detected() {
        assert!(contains_hangul("김지우 Kim"));
        assert!(!contains_hangul("Kim Jiwoo, 金志宇"));
    }

    #[test]
    fn trailing_particles_are_stripped() {
        assert_eq!(strip_particle("경량화를"), "경량화");
        assert_eq!(strip_particle("영상에서"), "영상");
        assert_eq!(strip_particle("이"), "이");
        assert_eq!(strip_particle("PyTorch"), "PyTorch");
    }
}
