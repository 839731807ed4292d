//! The cover letter: free-form, or one answer per question of the target, each within its
//! character limits (counted with and without spaces, as Korean portals count).

use serde::Serialize;

use crate::profile::Lang;
use crate::story::Story;
use crate::target::Target;

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
    pub beats: Vec<BeatView>,
    /// The answer's character count, for answers.
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

/// Builds the letter from the story's beats in `lang`: one section per question, each
/// answer fitted to its limits, or one letter.
pub fn build(target: &Target, story: &Story, lang: Lang, labels: &Labels) -> LetterView {
    if target.questions.is_empty() {
        let company = target.company.as_deref().filter(|c| !c.trim().is_empty());
        return LetterView {
            answers_questions: false,
            greeting: greeting(company, lang, labels),
            sections: vec![LetterSection {
                question: None,
                beats: story
                    .letter
                    .iter()
                    .map(|b| BeatView::new(b, lang))
                    .collect(),
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
                .filter_map(|i| usable.get(i).map(|b| BeatView::new(b, lang)))
                .collect(),
            count: None,
            max_chars: q.max_chars,
            max_chars_no_spaces: q.max_chars_no_spaces,
        })
        .collect();
    let mut letter = LetterView {
        answers_questions: true,
        greeting: None,
        sections,
    };
    fit_to_limits(&mut letter, labels);
    letter
}

/// The plain text of an answer: its beats' sentences, one paragraph each.
fn answer_text(section: &LetterSection) -> String {
    let texts: Vec<&str> = section.beats.iter().map(|b| b.text.as_str()).collect();
    texts.join("\n\n")
}

/// Counts every answer and, where an answer is over its limit, leaves out its weakest beats
/// until it fits. An answer keeps at least one beat; if even that is too long, its count
/// says so (`within` is false) and the count line shows it.
fn fit_to_limits(letter: &mut LetterView, labels: &Labels) {
    for section in &mut letter.sections {
        if section.question.is_none() {
            continue;
        }
        loop {
            let count = CharCount::of(
                &answer_text(section),
                section.max_chars,
                section.max_chars_no_spaces,
            )
            .with_line(labels);
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
