//! Which beats answer which cover-letter question (지원 동기, 입사 후 포부, ...).

use crate::target::Question;

use super::{Beat, RuleId};

/// What a question asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Why this company (지원 동기).
    Motivation,
    /// What you can do (직무 역량, 경험, 강점).
    Strengths,
    /// A challenge, a failure, growth (성장 과정, 극복).
    Growth,
    /// What you will do after joining (입사 후 포부).
    Goals,
    /// Anything else.
    Other,
}

const TOPIC_WORDS: &[(Topic, &[&str])] = &[
    (
        Topic::Goals,
        &[
            "포부",
            "입사 후",
            "입사후",
            "목표",
            "비전",
            "future",
            "goal",
            "plan",
            "aspiration",
            "five years",
            "5 years",
        ],
    ),
    (
        Topic::Motivation,
        &[
            "지원 동기",
            "지원동기",
            "동기",
            "why do you want",
            "why us",
            "why this",
            "motivation",
            "why are you interested",
            "interest in",
        ],
    ),
    (
        Topic::Growth,
        &[
            "성장",
            "실패",
            "어려움",
            "극복",
            "도전",
            "갈등",
            "challenge",
            "failure",
            "difficult",
            "overcame",
            "overcome",
            "growth",
            "mistake",
            "learned",
        ],
    ),
    (
        Topic::Strengths,
        &[
            "역량",
            "경험",
            "강점",
            "직무",
            "프로젝트",
            "전문성",
            "experience",
            "strength",
            "skill",
            "project",
            "expertise",
            "qualif",
            "accomplish",
        ],
    ),
];

/// Classifies a question by its words, in English or Korean.
pub fn topic_of(question: &str) -> Topic {
    let lower = question.to_lowercase();
    TOPIC_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| lower.contains(w)))
        .map(|(t, _)| *t)
        .unwrap_or(Topic::Other)
}

/// The topics a beat serves, most fitting first.
fn topics_of(beat: &Beat) -> &'static [Topic] {
    use RuleId as R;
    use Topic as T;
    match (beat.rule, beat.variant) {
        (R::Frame, "closing") => &[T::Goals, T::Motivation],
        (R::Frame, _) => &[T::Motivation],
        (R::DataFirst | R::DomainFit, _) => &[T::Motivation, T::Strengths],
        (R::AiOpportunity, _) => &[T::Goals, T::Motivation],
        (R::BringResearch, _) => &[T::Goals, T::Strengths],
        (R::CompetitionRetro | R::GithubGrowth | R::ReproduceThenBuild, _) => {
            &[T::Growth, T::Strengths]
        }
        (R::NoDataAnswer, _) => &[T::Strengths, T::Growth],
        _ => &[T::Strengths, T::Growth],
    }
}

/// For each question, the indices of the beats that answer it, in telling order. Every beat
/// is used once; every question gets at least one beat when there are enough.
pub fn assign_to_questions(beats: &[Beat], questions: &[Question]) -> Vec<Vec<usize>> {
    let topics: Vec<Topic> = questions.iter().map(|q| topic_of(&q.question)).collect();
    // Indexing below is in range by construction: `answer` and `topics` both have one entry
    // per question and are indexed by positions in them, and `answer` holds positions from
    // enumerating `beats`.
    let mut answer: Vec<Vec<usize>> = vec![Vec::new(); questions.len()];
    if questions.is_empty() {
        return answer;
    }
    for (b, beat) in beats.iter().enumerate() {
        let preferred = topics_of(beat)
            .iter()
            .find_map(|t| topics.iter().position(|q| q == t))
            .or_else(|| topics.iter().position(|q| *q == Topic::Other))
            .unwrap_or_else(|| {
                (0..answer.len())
                    .min_by_key(|i| answer[*i].len())
                    .unwrap_or(0)
            });
        answer[preferred].push(b);
    }
    // No question is left unanswered while another has beats to spare.
    while let Some(empty) = answer.iter().position(Vec::is_empty) {
        let Some(richest) = (0..answer.len())
            .max_by_key(|i| answer[*i].len())
            .filter(|i| answer[*i].len() > 1)
        else {
            break;
        };
        // Move the beat that fits the empty question best, else the richest's last.
        // Openings and closings stay where they are: they frame their own answer.
        let movable: Vec<usize> = (0..answer[richest].len())
            .filter(|&k| beats[answer[richest][k]].rule != RuleId::Frame)
            .collect();
        let Some(&fallback) = movable.last() else {
            break;
        };
        let pick = movable
            .iter()
            .copied()
            .find(|&k| topics_of(&beats[answer[richest][k]]).contains(&topics[empty]))
            .unwrap_or(fallback);
        let moved = answer[richest].remove(pick);
        answer[empty].push(moved);
    }
    for list in &mut answer {
        list.sort_unstable();
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Question {
        Question {
            question: text.into(),
            ..Question::default()
        }
    }

    #[test]
    fn korean_and_english_questions_are_classified() {
        assert_eq!(topic_of("지원 동기를 작성해 주세요"), Topic::Motivation);
        assert_eq!(topic_of("입사 후 포부"), Topic::Goals);
        assert_eq!(topic_of("직무 관련 경험과 역량"), Topic::Strengths);
        assert_eq!(topic_of("Describe a challenge you overcame"), Topic::Growth);
        assert_eq!(topic_of("Anything else?"), Topic::Other);
    }

    #[test]
    fn every_question_gets_a_beat_and_every_beat_is_used_once() {
        let beats = vec![
            Beat::new(RuleId::Frame, "opening", 50),
            Beat::new(RuleId::DataFirst, "", 90),
            Beat::new(RuleId::CompetitionRetro, "", 60),
            Beat::new(RuleId::AiOpportunity, "", 80),
        ];
        let questions = [
            q("지원 동기"),
            q("성장 과정"),
            q("입사 후 포부"),
            q("직무 역량"),
        ];
        let answer = assign_to_questions(&beats, &questions);
        assert_eq!(answer, [vec![0], vec![2], vec![3], vec![1]]);
        let mut used: Vec<usize> = answer.concat();
        used.sort();
        assert_eq!(used, [0, 1, 2, 3]);
    }

    #[test]
    fn an_empty_question_borrows_from_the_richest() {
        let beats = vec![
            Beat::new(RuleId::Frame, "opening", 50),
            Beat::new(RuleId::DomainFit, "", 70),
        ];
        let answer = assign_to_questions(&beats, &[q("지원 동기"), q("입사 후 포부")]);
        assert_eq!(answer, [vec![0], vec![1]]);
    }
}
