//! The cover letter: free-form, or one answer per question of the target, each within its
//! character limits (counted with and without spaces, as Korean portals count).

use serde::Serialize;

use crate::profile::{Lang, Profile};
use crate::story::Story;
use crate::target::Target;

use super::plan::{self, Writer};
use super::{BeatView, Labels};

/// A character count of one answer, with its limits.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct CharCount {
    pub with_spaces: usize,
    pub without_spaces: usize,
    pub max_chars: Option<u32>,
    pub max_chars_no_spaces: Option<u32>,
    /// Whether both limits (when given) are met.
    pub within: bool,
    /// The count as documents print it: "812/1000 characters · without spaces 640/800".
    pub line: String,
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
            line: String::new(),
        }
    }

    /// This count with its printed line in the words of `labels`.
    fn with_line(mut self, labels: &Labels) -> CharCount {
        let limit = |n: Option<u32>| n.map(|n| format!("/{n}")).unwrap_or_default();
        self.line = format!(
            "{}{} {} · {} {}{}",
            self.with_spaces,
            limit(self.max_chars),
            labels.characters,
            labels.without_spaces,
            self.without_spaces,
            limit(self.max_chars_no_spaces)
        );
        self
    }
}

/// One part of the letter: an answer to a question, or the whole free-form letter.
#[derive(Debug, Clone, Serialize)]
pub struct LetterSection {
    /// The question, when the target asks one.
    pub question: Option<String>,
    /// Its paragraphs, finished.
    pub beats: Vec<BeatView>,
    /// The answer's character count, for answers.
    pub count: Option<CharCount>,
}

/// The cover letter as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    /// Whether the letter answers the target's questions (자기소개서) rather than being a letter.
    pub answers_questions: bool,
    /// The salutation of a free-form letter ("Dear VisionGuard hiring team,").
    pub greeting: Option<String>,
    pub sections: Vec<LetterSection>,
}

/// "Dear VisionGuard hiring team," or "VisionGuard 채용 담당자님께"; a Korean letter to no
/// company named has none.
fn greeting(company: Option<&str>, lang: Lang, labels: &Labels) -> Option<String> {
    match (lang, company) {
        (Lang::Ko, Some(company)) => Some(format!("{company} 채용 담당자님께")),
        (Lang::Ko, None) => None,
        (_, Some(company)) => Some(format!("{} {company} hiring team,", labels.dear)),
        (_, None) => Some(format!("{} hiring team,", labels.dear)),
    }
}

/// Builds the letter in `lang`: one planned letter, or one answer per question, each filled
/// to 80-95% of its tightest limit with evidence the other answers have not told.
pub fn build(
    target: &Target,
    story: &Story,
    profile: &Profile,
    lang: Lang,
    labels: &Labels,
    untranslated: &plan::Untranslated,
) -> LetterView {
    let mut writer = Writer::new(story, profile, lang, target).noting(untranslated);
    if target.questions.is_empty() {
        let company = target.company.as_deref().filter(|c| !c.trim().is_empty());
        return LetterView {
            answers_questions: false,
            greeting: greeting(company, lang, labels),
            sections: vec![LetterSection {
                question: None,
                beats: plan::letter(&mut writer)
                    .into_iter()
                    .map(BeatView::paragraph)
                    .collect(),
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
            let count = CharCount::of(&text.join("\n\n"), q.max_chars, q.max_chars_no_spaces)
                .with_line(labels);
            LetterSection {
                question: Some(q.question.trim().to_string()),
                beats: paragraphs.into_iter().map(BeatView::paragraph).collect(),
                count: Some(count),
            }
        })
        .collect();
    LetterView {
        answers_questions: true,
        greeting: None,
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
