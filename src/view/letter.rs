//! The cover letter: free-form, or one answer per question of the target, each within its
//! character limits (counted with and without spaces, as Korean portals count).

use serde::Serialize;

use crate::story::Story;
use crate::target::Target;

use super::BeatView;

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
    pub beats: Vec<BeatView>,
    /// Filled in by `fit_to_limits` for answers.
    pub count: Option<CharCount>,
    #[serde(skip)]
    max_chars: Option<u32>,
    #[serde(skip)]
    max_chars_no_spaces: Option<u32>,
}

/// The cover letter as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    /// Whether the letter answers the target's questions (자기소개서) rather than being a letter.
    pub answers_questions: bool,
    pub sections: Vec<LetterSection>,
}

/// Builds the letter from the story's beats: one section per question, or one letter.
pub fn build(target: &Target, story: &Story) -> LetterView {
    if target.questions.is_empty() {
        return LetterView {
            answers_questions: false,
            sections: vec![LetterSection {
                question: None,
                beats: story.letter.iter().map(BeatView::from).collect(),
                count: None,
                max_chars: None,
                max_chars_no_spaces: None,
            }],
        };
    }
    // Answers have room: they draw on every beat a letter may tell, not only the one-page selection.
    let usable: Vec<_> = story
        .beats
        .iter()
        .filter(|b| b.rule.in_letters())
        .cloned()
        .collect();
    let assignment = crate::story::assign_to_questions(&usable, &target.questions);
    let sections = target
        .questions
        .iter()
        .zip(assignment)
        .map(|(q, beat_indices)| LetterSection {
            question: Some(q.question.trim().to_string()),
            beats: beat_indices
                .into_iter()
                .filter_map(|i| usable.get(i).map(BeatView::from))
                .collect(),
            count: None,
            max_chars: q.max_chars,
            max_chars_no_spaces: q.max_chars_no_spaces,
        })
        .collect();
    LetterView {
        answers_questions: true,
        sections,
    }
}

/// Counts every answer with `measure` (its plain text) and, where an answer is over its
/// limit, leaves out its weakest beats until it fits. An answer keeps at least one beat;
/// if even that is too long the count says so and the caller warns.
pub fn fit_to_limits<E>(
    letter: &mut LetterView,
    measure: &dyn Fn(&LetterSection) -> Result<String, E>,
) -> Result<(), E> {
    for section in &mut letter.sections {
        if section.question.is_none() {
            continue;
        }
        loop {
            let count = CharCount::of(
                &measure(section)?,
                section.max_chars,
                section.max_chars_no_spaces,
            );
            let over = !count.within;
            section.count = Some(count);
            if !over || section.beats.len() <= 1 {
                break;
            }
            let weakest = section
                .beats
                .iter()
                .enumerate()
                .min_by_key(|(i, b)| (b.strength, std::cmp::Reverse(*i)))
                .map(|(i, _)| i)
                .unwrap_or(0);
            section.beats.remove(weakest);
        }
    }
    Ok(())
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
