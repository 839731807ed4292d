//! Coding-test levels in prose: solved.ac / Baekjoon tiers, LeetCode counts and badges,
//! Codeforces and AtCoder ratings and titles, Programmers levels, SW Expert Academy grades,
//! each with a common standing so levels on different sites compare.

use serde::Serialize;
use std::ops::Range;

use super::keyed::{Found, Groups, Keyed};

/// A level on a common scale, so "solved.ac Gold II" and "Codeforces 1850" compare. The
/// notes: around solved.ac Gold passes the coding test everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Standing {
    Entry,
    Intermediate,
    /// Passes most companies' coding tests (solved.ac Gold, Codeforces Specialist/Expert).
    Strong,
    Expert,
}

/// A coding-test level read from one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodingRead {
    /// "solved.ac", "LeetCode", "Codeforces", "AtCoder", "Programmers", "SW Expert Academy".
    pub platform: &'static str,
    /// The level as the text writes it ("Gold II", "골드 2", "1850", "600+ solved").
    pub level: String,
    pub standing: Standing,
    #[serde(skip)]
    pub span: Range<usize>,
}

static SOLVED_AC: Keyed = Keyed::new(
    &["solved", "baekjoon", "백준", "boj"],
    r"(?i)(?:solved\.?ac|baekjoon|백준|\bboj\b)[^.;\n]{0,30}?\b?(bronze|silver|gold|platinum|diamond|ruby|master|브론즈|실버|골드|플래티넘|플레티넘|다이아몬드|다이아|루비|마스터)(?:\s?(iv|v|i{1,3}|[1-5])\b)?",
);
static TIER_THEN_SOLVED_AC: Keyed = Keyed::new(
    &["solved", "baekjoon", "boj"],
    r"(?i)\b(bronze|silver|gold|platinum|diamond|ruby)(?:\s(iv|v|i{1,3}|[1-5]))?\s+(?:on|at|in|@)\s+(?:solved\.?ac|baekjoon|boj)",
);
static LEETCODE: Keyed = Keyed::new(
    &["leetcode"],
    r"(?i)(?:leetcode[^.;\n]{0,20}?([0-9][0-9,]*)\+?\s*(?:problems?\s+)?(?:solved|problems|문제)|(?:solved\s+)?([0-9][0-9,]*)\+?\s*(?:leetcode\s+problems|problems\s+on\s+leetcode)|leetcode\s+(knight|guardian)|leetcode[^.;\n]{0,20}?(?:contest\s+)?rating\s+([0-9]{3,4}))",
);
static CODEFORCES: Keyed = Keyed::new(
    &["codeforces"],
    r"(?i)codeforces[^.;\n]{0,20}?(?:(legendary grandmaster|international grandmaster|grandmaster|international master|candidate master|master|expert|specialist|pupil|newbie)(?:\s*\(\s*(?:max\s+)?([0-9]{3,4})\s*\))?|(?:rating\s*:?\s*|max\s+)?([0-9]{3,4})\b)",
);
static ATCODER: Keyed = Keyed::new(
    &["atcoder"],
    r"(?i)atcoder[^.;\n]{0,20}?(?:(gray|grey|brown|green|cyan|blue|yellow|orange|red)\b|(?:rating\s*:?\s*)?([0-9]{3,4})\b)",
);
static PROGRAMMERS: Keyed = Keyed::new(
    &["programmers", "프로그래머스"],
    r"(?i)(?:programmers|프로그래머스)[^.;\n]{0,20}?(?:lv\.?|level|레벨)\s?([1-5])",
);
static SWEA: Keyed = Keyed::new(
    &["sw"],
    r"(?i)(?:sw\s?expert\s?academy|swea|삼성\s?sw\s?역량\s?테스트|sw\s?역량\s?테스트)[^.;\n]{0,20}?(professional|advanced|intermediate|pro|im|a형|b형|c형)",
);

/// A tier's standing: Gold passes most coding tests; Platinum and above are expert.
fn tier_standing(tier: &str) -> Standing {
    match tier_of(tier) {
        Some(0) => Standing::Entry,
        Some(1) => Standing::Intermediate,
        Some(2) => Standing::Strong,
        _ => Standing::Expert,
    }
}

/// solved.ac's tiers, lowest first, as written in English and in Korean.
const TIERS: &[(&str, &str)] = &[
    ("Bronze", "브론즈"),
    ("Silver", "실버"),
    ("Gold", "골드"),
    ("Platinum", "플래티넘"),
    ("Diamond", "다이아몬드"),
    ("Ruby", "루비"),
    ("Master", "마스터"),
];

/// The index in `TIERS` of a tier's name in either language, common spellings included
/// (플레티넘, 다이아).
fn tier_of(name: &str) -> Option<usize> {
    let name = match name {
        "플레티넘" => "플래티넘",
        "다이아" => "다이아몬드",
        other => other,
    };
    TIERS
        .iter()
        .position(|(en, ko)| name.eq_ignore_ascii_case(en) || name == *ko)
}

/// A solved.ac tier ("플래티넘 5", "Gold II") named in a document's language: English with
/// solved.ac's Roman grades ("Platinum V"); Korean with the grade as the profile writes it
/// ("골드 II", "골드 2"). `None` when `level` is not a tier; the tier and grade never change.
pub fn tier_in(level: &str, korean: bool) -> Option<String> {
    let mut words = level.split_whitespace();
    let name = words.next()?;
    let grade = words.next();
    if words.next().is_some() {
        return None;
    }
    let (en, ko) = TIERS[tier_of(name)?];
    const ROMAN: [&str; 5] = ["I", "II", "III", "IV", "V"];
    let number = match grade {
        None => None,
        Some(g) => Some(match g.parse::<usize>() {
            Ok(n @ 1..=5) => n,
            Ok(_) => return None,
            Err(_) => ROMAN.iter().position(|r| r.eq_ignore_ascii_case(g))? + 1,
        }),
    };
    Some(match (korean, number) {
        (true, Some(_)) => format!("{ko} {}", grade.unwrap_or_default()),
        (true, None) => ko.to_string(),
        (false, Some(n)) => format!("{en} {}", ROMAN[n - 1]),
        (false, None) => en.to_string(),
    })
}

fn rating_standing(rating: u32, strong: u32, expert: u32, intermediate: u32) -> Standing {
    if rating >= expert {
        Standing::Expert
    } else if rating >= strong {
        Standing::Strong
    } else if rating >= intermediate {
        Standing::Intermediate
    } else {
        Standing::Entry
    }
}

/// Every coding-test level in `text`.
pub fn coding_levels(text: &str) -> Vec<CodingRead> {
    let mut out = Vec::new();
    let level = |c: &Groups<'_>, groups: &[usize]| -> (String, Range<usize>) {
        let parts: Vec<Found<'_>> = groups.iter().filter_map(|g| c.get(*g)).collect();
        match (parts.first(), parts.last()) {
            (Some(a), Some(b)) => (text[a.start()..b.end()].to_string(), a.start()..b.end()),
            _ => (String::new(), 0..0),
        }
    };
    let whole = |c: &Groups<'_>| c.get(0).map_or(0..0, |m| m.range());
    if let Some(c) = SOLVED_AC
        .captures(text)
        .or_else(|| TIER_THEN_SOLVED_AC.captures(text))
    {
        let (written, _) = level(&c, &[1, 2]);
        out.push(CodingRead {
            platform: "solved.ac",
            standing: tier_standing(c.get(1).map_or("", |m| m.as_str())),
            // solved.ac's own names ("플래티넘 5" is Platinum V); documents name it in their
            // language (`tier_in`).
            level: tier_in(&written, false).unwrap_or(written),
            span: whole(&c),
        });
    }
    if let Some(c) = LEETCODE.captures(text) {
        let count = c
            .get(1)
            .or(c.get(2))
            .and_then(|m| m.as_str().replace(',', "").parse::<u32>().ok());
        let standing = match (count, c.get(3), c.get(4)) {
            (Some(n), _, _) => rating_standing(n, 300, 1000, 100),
            (_, Some(badge), _) if badge.as_str().eq_ignore_ascii_case("guardian") => {
                Standing::Expert
            }
            (_, Some(_), _) => Standing::Strong,
            (_, _, Some(r)) => rating_standing(r.as_str().parse().unwrap_or(0), 1850, 2150, 1600),
            _ => Standing::Entry,
        };
        let written = match (c.get(1).or(c.get(2)), c.get(3), c.get(4)) {
            (Some(_), _, _) => c.get(0).map_or("", |m| m.as_str()).to_string(),
            (_, Some(b), _) => b.as_str().to_string(),
            (_, _, Some(r)) => r.as_str().to_string(),
            _ => String::new(),
        };
        out.push(CodingRead {
            platform: "LeetCode",
            level: written,
            standing,
            span: whole(&c),
        });
    }
    if let Some(c) = CODEFORCES.captures(text) {
        let rating = c
            .get(2)
            .or(c.get(3))
            .and_then(|m| m.as_str().parse::<u32>().ok());
        let title = c.get(1).map(|m| m.as_str().to_lowercase());
        let standing = match (rating, title.as_deref()) {
            (Some(r), _) => rating_standing(r, 1400, 1900, 1200),
            (None, Some("newbie")) => Standing::Entry,
            (None, Some("pupil")) => Standing::Intermediate,
            (None, Some("specialist" | "expert")) => Standing::Strong,
            _ => Standing::Expert,
        };
        let matched = c.get(0).map_or("", |m| m.as_str()).to_lowercase();
        // Years and round numbers are no ratings ("Codeforces 2023", "Codeforces Round 912").
        let not_a_rating = title.is_none()
            && (rating.is_some_and(|r| (1990..=2099).contains(&r))
                || ((matched.contains("round") || matched.contains("div"))
                    && !matched.contains("rating")));
        if !not_a_rating {
            let first = (1..=3).filter_map(|g| c.get(g)).next();
            let written = first.map_or(String::new(), |m| {
                text[m.start()..c.get(0).map_or(m.end(), |w| w.end())].to_string()
            });
            out.push(CodingRead {
                platform: "Codeforces",
                level: written,
                standing,
                span: whole(&c),
            });
        }
    }
    if let Some(c) = ATCODER.captures(text) {
        let rating = c.get(2).and_then(|m| m.as_str().parse::<u32>().ok());
        let standing = match (rating, c.get(1).map(|m| m.as_str().to_lowercase())) {
            (Some(r), _) => rating_standing(r, 1200, 2000, 800),
            (None, Some(colour)) => match colour.as_str() {
                "gray" | "grey" | "brown" => Standing::Entry,
                "green" => Standing::Intermediate,
                "cyan" | "blue" => Standing::Strong,
                _ => Standing::Expert,
            },
            _ => Standing::Entry,
        };
        if !rating.is_some_and(|r| (1990..=2099).contains(&r)) {
            let (written, _) = level(&c, &[1, 2]);
            out.push(CodingRead {
                platform: "AtCoder",
                level: written,
                standing,
                span: whole(&c),
            });
        }
    }
    if let Some(c) = PROGRAMMERS.captures(text) {
        let n: u32 = c.get(1).map_or(0, |m| m.as_str().parse().unwrap_or(0));
        out.push(CodingRead {
            platform: "Programmers",
            level: format!("Lv.{n}"),
            standing: match n {
                0..=1 => Standing::Entry,
                2 => Standing::Intermediate,
                3 => Standing::Strong,
                _ => Standing::Expert,
            },
            span: whole(&c),
        });
    }
    if let Some(c) = SWEA.captures(text) {
        let grade = c.get(1).map_or("", |m| m.as_str());
        out.push(CodingRead {
            platform: "SW Expert Academy",
            level: grade.to_string(),
            standing: match grade.to_lowercase().as_str() {
                "im" | "intermediate" => Standing::Intermediate,
                "a형" | "advanced" => Standing::Strong,
                _ => Standing::Expert,
            },
            span: whole(&c),
        });
    }
    out.sort_by_key(|c| c.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, String, Standing)> {
        coding_levels(text)
            .into_iter()
            .map(|c| (c.platform.to_string(), c.level, c.standing))
            .collect()
    }

    #[test]
    fn tiers_are_written_in_the_document_language() {
        assert_eq!(tier_in("플래티넘 5", false).as_deref(), Some("Platinum V"));
        assert_eq!(tier_in("Gold II", true).as_deref(), Some("골드 II"));
        assert_eq!(tier_in("Gold 2", true).as_deref(), Some("골드 2"));
        assert_eq!(tier_in("gold ii", false).as_deref(), Some("Gold II"));
        assert_eq!(tier_in("다이아", false).as_deref(), Some("Diamond"));
        assert_eq!(tier_in("Gold 7", false), None);
        assert_eq!(tier_in("1850", false), None);
        assert_eq!(tier_in("600+ solved", true), None);
    }

    #[test]
    fn levels_in_english_and_korean() {
        assert_eq!(
            read("solved.ac Gold II"),
            [("solved.ac".into(), "Gold II".into(), Standing::Strong)]
        );
        assert_eq!(
            read("백준 골드 3 (solved.ac)"),
            [("solved.ac".into(), "Gold III".into(), Standing::Strong)]
        );
        assert_eq!(
            read("solved.ac 플래티넘 5"),
            [("solved.ac".into(), "Platinum V".into(), Standing::Expert)]
        );
        assert_eq!(
            read("Platinum V on Baekjoon"),
            [("solved.ac".into(), "Platinum V".into(), Standing::Expert)]
        );
        assert_eq!(
            read("LeetCode 600+ solved, Codeforces 1850"),
            [
                (
                    "LeetCode".into(),
                    "LeetCode 600+ solved".into(),
                    Standing::Strong
                ),
                ("Codeforces".into(), "1850".into(), Standing::Strong)
            ]
        );
        assert_eq!(
            read("Codeforces Expert (max 1923)"),
            [(
                "Codeforces".into(),
                "Expert (max 1923)".into(),
                Standing::Expert
            )]
        );
        assert_eq!(
            read("AtCoder rating 1420 (cyan)"),
            [("AtCoder".into(), "1420".into(), Standing::Strong)]
        );
        assert_eq!(
            read("프로그래머스 레벨 3, 삼성 SW 역량테스트 A형 취득"),
            [
                ("Programmers".into(), "Lv.3".into(), Standing::Strong),
                ("SW Expert Academy".into(), "A형".into(), Standing::Strong)
            ]
        );
    }

    #[test]
    fn near_misses_are_not_levels() {
        for text in [
            "Gold medal in a Kaggle competition",
            "Silver Spring office",
            "Codeforces Round 2023 problem setter",
            "Codeforces Round 912 (Div. 2) editorial",
            "Top 10 tips for LeetCode",
            "Python 3.11 and Go",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
    }
}
