//! Competitions in prose: the platform (Kaggle, DACON, AIcrowd, KDD Cup, ...), the rank,
//! the field ("23rd of 4,358 teams", "3위 (218팀 중)", "top 2%"), the medal or prize, and
//! from the summary the winner's approach and the candidate's lesson.

use std::ops::Range;
use std::sync::LazyLock;

use regex_lite::Regex;
use serde::Serialize;

/// Known competition platforms and series: (pattern, canonical name).
const PLATFORMS: &[(&str, &str)] = &[
    ("kaggle", "Kaggle"),
    ("dacon", "DACON"),
    ("데이콘", "DACON"),
    ("aicrowd", "AIcrowd"),
    ("kdd cup", "KDD Cup"),
    ("kddcup", "KDD Cup"),
    ("zindi", "Zindi"),
    ("drivendata", "DrivenData"),
    ("topcoder", "Topcoder"),
    ("tianchi", "Tianchi"),
    ("signate", "SIGNATE"),
    ("codalab", "CodaLab"),
    ("eval.ai", "EvalAI"),
    ("semeval", "SemEval"),
    ("icpc", "ICPC"),
    ("codeforces", "Codeforces"),
    ("atcoder", "AtCoder"),
    ("aiconnect", "AI CONNECT"),
    ("ai connect", "AI CONNECT"),
];

/// Words that make a text a competition even without a known platform.
const COMPETITION_WORDS: &[&str] = &[
    "competition",
    "challenge",
    "hackathon",
    "shared task",
    "leaderboard",
    "contest",
    "경진대회",
    "공모전",
    "해커톤",
    "챌린지",
    "대회",
    "리더보드",
];

/// A medal or prize.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Medal {
    Gold,
    Silver,
    Bronze,
    /// A named prize without a metal (대상, 최우수상, 우수상, 장려상, "honorable mention").
    Prize,
}

/// A competition result read from one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompetitionRead {
    /// The canonical platform name.
    pub platform: Option<String>,
    pub rank: Option<u32>,
    /// "top 2%": the rank as a share of the field.
    pub top_percent: Option<f64>,
    pub teams: Option<u32>,
    pub medal: Option<Medal>,
    /// The rank, field and medal as the text words them ("23rd of 4,358 teams").
    pub result_text: String,
    /// The byte range from the first to the last thing read.
    #[serde(skip)]
    pub span: Range<usize>,
}

static RANK_OF_TEAMS: LazyLock<Regex> = LazyLock::new(|| {
    super::keyed::compile(
        r"(?i)\b([0-9]{1,5})(?:st|nd|rd|th)(?:\s+place)?\s*(?:\(|,)?\s*(?:of|out\s+of|among|/)\s+([0-9][0-9,]*)\s*(?:teams|participants|entries|competitors|players|submissions)?",
    )
});
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    super::keyed::compile(
        r"(?i)(?:\b([0-9]{1,5})(?:st|nd|rd|th)\s+place\b|\bplaced\s+([0-9]{1,5})(?:st|nd|rd|th)?\b|\b(?:rank(?:ed)?|finished)\s+#?([0-9]{1,5})(?:st|nd|rd|th)?\b|\b([0-9]{1,5})(?:st|nd|rd|th)\b|#([0-9]{1,5})\b|([0-9]{1,5})\s?(?:위|등)(?:[^가-힣]|$))",
    )
});
static TEAMS: LazyLock<Regex> = LazyLock::new(|| {
    super::keyed::compile(
        r"(?i)(?:\b(?:of|out\s+of|among)\s+([0-9][0-9,]*)\+?\s*(?:teams|participants|entries|competitors|players)|\b([0-9][0-9,]*)\+?\s*(?:teams|participants|competitors)\b|([0-9][0-9,]*)\s?(?:개\s?)?팀\s?중|참가\s?([0-9][0-9,]*)\s?(?:개\s?)?팀|([0-9][0-9,]*)\s?(?:개\s?)?팀\s?참가|/\s?([0-9][0-9,]*)\s*(?:teams)?\b)",
    )
});
static TOP_PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    super::keyed::compile(
        r"(?i)(?:\btop\s+([0-9]+(?:\.[0-9]+)?)\s?%|상위\s?([0-9]+(?:\.[0-9]+)?)\s?%)",
    )
});
static MEDAL: LazyLock<Regex> = LazyLock::new(|| {
    super::keyed::compile(
        r"(?i)(?:\b(gold|silver|bronze)\s+(?:medal|medalist|prize|award)|(금메달|은메달|동메달|금상|은상|동상|대상|최우수상|우수상|장려상|특별상)|\b(honou?rable\s+mention|grand\s+prize|first\s+prize|winner)\b)",
    )
});

fn number(text: &str) -> Option<u32> {
    text.replace(',', "").parse().ok()
}

/// The platform named in `text`, and where.
pub fn platform(text: &str) -> Option<(&'static str, Range<usize>)> {
    let lower = text.to_ascii_lowercase();
    PLATFORMS.iter().find_map(|(pattern, name)| {
        lower.find(pattern).and_then(|at| {
            let end = at + pattern.len();
            let before_ok = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_ascii_alphanumeric());
            let after_ok = lower[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_ascii_alphanumeric());
            (before_ok && after_ok).then_some((*name, at..end))
        })
    })
}

/// Whether `text` speaks of a competition at all (a platform or a competition word).
pub fn mentions_competition(text: &str) -> bool {
    let lower = text.to_lowercase();
    platform(text).is_some() || COMPETITION_WORDS.iter().any(|w| lower.contains(w))
}

/// The competition result in `text`, when it names a platform or a competition and a
/// result (rank, share of the field, or medal). "Top 10 tips" is not one.
pub fn competition(text: &str) -> Option<CompetitionRead> {
    if !mentions_competition(text) {
        return None;
    }
    result(text)
}

/// The result (rank, field, medal) in `text`, for a text already known to be about a
/// competition (an award whose awarder is Kaggle, say).
pub fn result(text: &str) -> Option<CompetitionRead> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    let (mut rank, mut teams) = (None, None);
    if let Some(c) = RANK_OF_TEAMS.captures(text) {
        rank = c.get(1).and_then(|m| number(m.as_str()));
        teams = c.get(2).and_then(|m| number(m.as_str()));
        spans.extend(c.get(0).map(|m| m.range()));
    }
    if rank.is_none() {
        // The first ordinal that is a result: not "2nd-year" or "1st author".
        let found = RANK.captures_iter(text).find(|c| {
            let end = c.get(0).map_or(0, |m| m.end());
            let rest = text[end..].to_lowercase();
            ![
                "-year",
                " year",
                "-author",
                " author",
                " semester",
                " grade",
                "-grade",
                " gen",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
        });
        if let Some(c) = found {
            rank = (1..=6)
                .filter_map(|g| c.get(g))
                .find_map(|m| number(m.as_str()));
            spans.extend(c.get(0).map(|m| {
                // The Korean form's match takes the character after 위/등 along.
                let kept = m
                    .as_str()
                    .trim_end_matches(|ch: char| !ch.is_alphanumeric());
                m.start()..m.start() + kept.len()
            }));
        }
    }
    if teams.is_none() {
        if let Some(c) = TEAMS.captures(text) {
            teams = (1..=6)
                .filter_map(|g| c.get(g))
                .find_map(|m| number(m.as_str()));
            spans.extend(c.get(0).map(|m| m.range()));
        }
    }
    let top_percent = TOP_PERCENT.captures(text).and_then(|c| {
        spans.extend(c.get(0).map(|m| m.range()));
        c.get(1)
            .or(c.get(2))
            .and_then(|m| m.as_str().parse::<f64>().ok())
    });
    let medal = MEDAL.captures(text).and_then(|c| {
        spans.extend(c.get(0).map(|m| m.range()));
        let word = c.get(0)?.as_str().to_lowercase();
        Some(if word.starts_with("gold") || word.starts_with('금') {
            Medal::Gold
        } else if word.starts_with("silver") || word.starts_with('은') {
            Medal::Silver
        } else if word.starts_with("bronze") || word.starts_with('동') {
            Medal::Bronze
        } else {
            Medal::Prize
        })
    });
    // A rank must fit its field, and a lone "1st" in "1st year" is no result.
    if let (Some(r), Some(t)) = (rank, teams) {
        if r == 0 || r > t {
            rank = None;
        }
    }
    if rank.is_none() && top_percent.is_none() && medal.is_none() {
        return None;
    }
    let start = spans.iter().map(|s| s.start).min()?;
    let end = spans.iter().map(|s| s.end).max()?;
    Some(CompetitionRead {
        platform: platform(text).map(|(name, _)| name.to_string()),
        rank,
        top_percent,
        teams,
        medal,
        result_text: text[start..end].trim().to_string(),
        span: start..end,
    })
}

/// The sentences of a competition's summary that tell what the winner did and what the
/// candidate learned: byte ranges into `summary`.
pub fn retrospective(summary: &str) -> (Option<Range<usize>>, Option<Range<usize>>) {
    let mut winner = None;
    let mut lesson = None;
    for range in sentences(summary) {
        let s = summary[range.clone()].to_lowercase();
        let about_winner = [
            "winner",
            "winning",
            "1st place",
            "first place",
            "top solution",
            "top team",
            "top teams",
            "top-1",
            "우승",
            "1위",
            "상위 팀",
            "상위팀",
        ]
        .iter()
        .any(|w| s.contains(w));
        let about_lesson = [
            "learned",
            "lesson",
            "lacking",
            "missed",
            "should have",
            "next time",
            "realized",
            "배운",
            "배웠",
            "부족",
            "아쉬",
            "깨달",
            "교훈",
            "놓친",
        ]
        .iter()
        .any(|w| s.contains(w));
        if about_winner && winner.is_none() {
            winner = Some(range.clone());
        } else if about_lesson && lesson.is_none() {
            lesson = Some(range);
        }
    }
    (winner, lesson)
}

/// Sentence ranges of `text`, trimmed.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|(_, n)| *n);
        let end = match c {
            '.' | '!' | '?' | '。' => next.is_none_or(char::is_whitespace),
            '\n' | ';' => true,
            _ => false,
        };
        if end {
            push_trimmed(text, start..i + c.len_utf8(), &mut out);
            start = i + c.len_utf8();
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Platform, rank, teams, medal and the result as written.
    type Found = (
        Option<String>,
        Option<u32>,
        Option<u32>,
        Option<Medal>,
        String,
    );

    fn read(text: &str) -> Option<Found> {
        competition(text).map(|c| (c.platform, c.rank, c.teams, c.medal, c.result_text))
    }

    #[test]
    fn results_in_english() {
        assert_eq!(
            read("Kaggle Jigsaw Toxicity — silver medal (23rd of 4,358 teams)"),
            Some((
                Some("Kaggle".into()),
                Some(23),
                Some(4358),
                Some(Medal::Silver),
                "silver medal (23rd of 4,358 teams".into()
            ))
        );
        let c = competition("KDD Cup 2022, Track 2: 7th place out of 612 teams").unwrap();
        assert_eq!(
            (c.platform.as_deref(), c.rank, c.teams),
            (Some("KDD Cup"), Some(7), Some(612))
        );
        let c =
            competition("AIcrowd Music Demixing Challenge: top 3% of 1,200 participants").unwrap();
        assert_eq!(
            (c.rank, c.top_percent, c.teams),
            (None, Some(3.0), Some(1200))
        );
        let c =
            competition("Ranked #12 on the private leaderboard of a Kaggle competition").unwrap();
        assert_eq!(c.rank, Some(12));
    }

    #[test]
    fn results_in_korean() {
        let c = competition("DACON 전력 사용량 예측 AI 경진대회 3위 (218팀 중)").unwrap();
        assert_eq!(
            (c.platform.as_deref(), c.rank, c.teams),
            (Some("DACON"), Some(3), Some(218))
        );
        let c = competition("데이콘 이미지 분류 대회 참가 1,024팀 중 15위, 우수상").unwrap();
        assert_eq!(
            (c.rank, c.teams, c.medal),
            (Some(15), Some(1024), Some(Medal::Prize))
        );
        let c = competition("교내 AI 해커톤 최우수상").unwrap();
        assert_eq!((c.rank, c.medal), (None, Some(Medal::Prize)));
    }

    #[test]
    fn near_misses_are_not_results() {
        for text in [
            "Top 10 tips for Kaggle beginners",
            "Wrote a blog series on Kaggle notebooks",
            "2nd-year student, 1st author of a paper",
            "2nd-year student who writes Kaggle notebooks",
            "Silver Spring, MD",
            "Gold II on solved.ac",
            "2024년 12월 DACON 대회 참가 예정",
        ] {
            let found = read(text);
            assert!(found.is_none(), "{text}: {found:?}");
        }
    }

    #[test]
    fn the_winner_and_the_lesson_come_from_the_summary() {
        let summary = "Built a DeBERTa ensemble with pseudo-labels. The winning team used a \
                       two-stage retriever with hard negatives. I learned to validate on a \
                       split that matches the private test set.";
        let (winner, lesson) = retrospective(summary);
        assert_eq!(
            &summary[winner.unwrap()],
            "The winning team used a two-stage retriever with hard negatives."
        );
        assert_eq!(
            &summary[lesson.unwrap()],
            "I learned to validate on a split that matches the private test set."
        );
        let ko = "1위 팀은 외부 데이터로 사전학습했습니다. 검증 전략이 부족했던 점을 배웠습니다.";
        let (winner, lesson) = retrospective(ko);
        assert_eq!(
            &ko[winner.unwrap()],
            "1위 팀은 외부 데이터로 사전학습했습니다."
        );
        assert_eq!(
            &ko[lesson.unwrap()],
            "검증 전략이 부족했던 점을 배웠습니다."
        );
    }
}
