//! The cover letter: free-form, or one answer per question of the target, each within its
//! character limits (counted with and without spaces, as Korean portals count).

use serde::Serialize;

use crate::profile::{Lang, Profile};
use crate::story::Story;
use crate::target::Target;

use super::plan::{self, Paragraph, Writer};

/// A character count of one answer, with its limits.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct CharCount {
    pub with_spaces: usize,
    pub without_spaces: usize,
    pub max_chars: Option<u32>,
    pub max_chars_no_spaces: Option<u32>,
    /// Whether both limits (when given) are met.
    pub within: bool,
}

impl CharCount {
    /// Counts `text` as Korean application portals do: characters (not bytes), with
    /// and without white space.
    pub fn of(text: &str, max_chars: Option<u32>, max_chars_no_spaces: Option<u32>) -> CharCount {
        let trimmed = text.trim();
        let with_spaces = trimmed.chars().filter(|c| *c != '\r').count();
        let without_spaces = trimmed.chars().filter(|c| !c.is_whitespace()).count();
        let within = max_chars.is_none_or(|m| with_spaces <= m as usize)
            && max_chars_no_spaces.is_none_or(|m| without_spaces <= m as usize);
        CharCount {
            with_spaces,
            without_spaces,
            max_chars,
            max_chars_no_spaces,
            within,
        }
    }
}

/// One part of the letter: an answer to a question, or the whole free-form letter.
#[derive(Debug, Clone, Serialize)]
pub struct LetterSection {
    /// The question, when the target asks one.
    pub question: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    /// The answer's character count against its limits.
    pub count: Option<CharCount>,
}

/// The cover letter as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    /// Whether the letter answers the target's questions (자기소개서) rather than being a letter.
    pub answers_questions: bool,
    pub sections: Vec<LetterSection>,
}

/// Builds the letter: one planned letter, or one answer per question, each filled to 80-95%
/// of its tightest limit with evidence the other answers have not told.
pub fn build(target: &Target, story: &Story, profile: &Profile, lang: Lang) -> LetterView {
    let mut writer = Writer::new(story, profile, lang, target);
    if target.questions.is_empty() {
        return LetterView {
            answers_questions: false,
            sections: vec![LetterSection {
                question: None,
                paragraphs: plan::letter(&mut writer),
                count: None,
            }],
        };
    }
    let answers = plan::answers(&mut writer, &target.questions);
    let sections = target
        .questions
        .iter()
        .zip(answers)
        .map(|(q, paragraphs)| {
            let text: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
            LetterSection {
                question: Some(q.question.trim().to_string()),
                count: Some(CharCount::of(
                    &text.join("\n\n"),
                    q.max_chars,
                    q.max_chars_no_spaces,
                )),
                paragraphs,
            }
        })
        .collect();
    LetterView {
        answers_questions: true,
        sections,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let count = CharCount::of("지원 동기는 명확합니다.", Some(12), Some(10));
        assert_eq!((count.with_spaces, count.without_spaces), (13, 11));
        assert!(!count.within);
        assert!(CharCount::of("지원 동기", Some(5), None).within);
    }
}
