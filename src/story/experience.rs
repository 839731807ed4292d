//! The posting's required experience ("경력 2년 이상", "3~5년", "Senior", "신입") against the
//! candidate's work history, shown whether it is met or not.

use crate::facts::keyed::Keyed;
use crate::load::lenient::dates::{self, DateRead};
use crate::profile::Profile;
use crate::target::Target;

use super::{ExperienceCheck, Fact, JobSpan, Level};

/// The years a level usually means, at least and at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Band {
    min: u32,
    max: Option<u32>,
}

// The years each level usually stands for. These are conventions, not rules: they follow how
// job boards and career ladders commonly use the words (LinkedIn's experience levels from
// internship and entry level to senior; the engineering ladders public on levels.fyi, where
// senior typically starts around 5 years, staff around 8 and principal around 10; Korean
// postings, where 신입 means no prior job and 경력 at least one year). Companies differ, so
// the bands are kept wide (a low floor, a high ceiling) and coach calls them a convention.
const INTERN_YEARS: Band = Band {
    min: 0,
    max: Some(1),
};
const ENTRY_YEARS: Band = Band {
    min: 0,
    max: Some(2),
};
const JUNIOR_YEARS: Band = Band {
    min: 0,
    max: Some(3),
};
const MID_YEARS: Band = Band {
    min: 2,
    max: Some(6),
};
const SENIOR_YEARS: Band = Band { min: 5, max: None };
const LEAD_YEARS: Band = Band { min: 7, max: None };
const STAFF_YEARS: Band = Band { min: 8, max: None };
const PRINCIPAL_YEARS: Band = Band { min: 10, max: None };
const EXPERIENCED_YEARS: Band = Band { min: 1, max: None };
const ANY_YEARS: Band = Band { min: 0, max: None };

fn band(level: Level) -> Band {
    match level {
        Level::Intern => INTERN_YEARS,
        Level::Entry => ENTRY_YEARS,
        Level::Junior => JUNIOR_YEARS,
        Level::Mid => MID_YEARS,
        Level::Senior => SENIOR_YEARS,
        Level::Lead => LEAD_YEARS,
        Level::Staff => STAFF_YEARS,
        Level::Principal => PRINCIPAL_YEARS,
        Level::Experienced => EXPERIENCED_YEARS,
        Level::Any => ANY_YEARS,
    }
}

/// Years in English: "3+ years", "3-5 years", "at least 5 years", "5 or more years", with
/// what follows (to see whether it speaks of experience).
static YEARS_EN: Keyed = Keyed::new(
    &["year"],
    r"(?i)\b(?:(at\s+least|minimum(?:\s+of)?|min\.)\s+)?([0-9]{1,2})(?:\s*(?:-|–|~|to)\s*([0-9]{1,2}))?\s*(\+|\s+or\s+more)?\s*years?\b([^.;\n]{0,60})",
);
/// Years in Korean: "경력 2년 이상", "3~5년", "3년~5년", "최소 3년", "5년 이상의 실무 경험",
/// "3년 이하".
static YEARS_KO: Keyed = Keyed::new(
    &["년"],
    r"(?:(경력|경험|실무|최소)[^.;\n0-9]{0,12}?)?([0-9]{1,2})\s*(?:년\s*)?(?:[~\-–]\s*([0-9]{1,2})\s*)?년\s*(이상|↑|이하)?([^.;\n]{0,16})",
);
/// Words after a number of years that make it an experience requirement.
static EXPERIENCE_WORDS_EN: Keyed = Keyed::new(
    &[
        "experience",
        "shipping",
        "building",
        "working",
        "industry",
        "production",
        "professional",
        "hands-on",
    ],
    r"(?i)\b(?:experience|shipping|building|working|in\s+(?:industry|production)|professional|hands-on)",
);
/// Words that make a requirement one of AI/ML years.
static ML_WORDS: Keyed = Keyed::new(
    &[
        "ml",
        "ai",
        "machine",
        "deep",
        "model",
        "data sci",
        "머신러닝",
        "딥러닝",
        "인공지능",
        "모델",
    ],
    r"(?i)\b(?:ml|ai|machine\s+learning|deep\s+learning|models?|data\s+science)\b|머신러닝|딥러닝|인공지능|모델",
);
/// Markers of a preferred, not required, qualification.
const PREFERRED: &[&str] = &["우대", "preferred", "nice to have", "bonus", "a plus"];

/// A number of years a text asks for: the words, at least, at most.
struct Years<'t> {
    words: &'t str,
    min: u32,
    max: Option<u32>,
}

/// Where a text sits in the posting: the `experience` field speaks only of experience, so a
/// bare "3~5년" or "Senior" there is a requirement; elsewhere the words around must say so.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Field,
    Qualification,
    Prose,
}

fn years_ko(text: &str, place: Place) -> Option<Years<'_>> {
    let c = YEARS_KO.captures(text)?;
    let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let first = n(2)?;
    let second = n(3);
    let bound = c.get(4).map(|m| m.as_str());
    let prefix = c.get(1).map(|m| m.as_str());
    let tail = c.get(5).map_or("", |m| m.as_str());
    let context_after = ["경력", "경험", "실무"].iter().any(|w| tail.contains(w));
    let accepted = match place {
        Place::Field => true,
        Place::Qualification => {
            prefix.is_some() || bound.is_some() || second.is_some() || context_after
        }
        Place::Prose => prefix.is_some() || context_after,
    };
    if !accepted {
        return None;
    }
    // The words: up to the bound, or up to the experience word that follows.
    let whole = c.get(0)?;
    let mut end = whole.end() - tail.len();
    if context_after && prefix.is_none() {
        if let Some(at) = ["경력", "경험", "실무"]
            .iter()
            .filter_map(|w| tail.find(w).map(|i| i + w.len()))
            .max()
        {
            end = whole.end() - tail.len() + at;
        }
    }
    let words = text.get(whole.start()..end)?.trim();
    let (min, max) = match (second, bound) {
        (Some(second), _) => (first.min(second), Some(first.max(second))),
        (None, Some("이하")) => (0, Some(first)),
        _ => (first, None),
    };
    Some(Years { words, min, max })
}

fn years_en(text: &str, place: Place) -> Option<Years<'_>> {
    let c = YEARS_EN.captures(text)?;
    let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let first = n(2)?;
    let second = n(3);
    let at_least = c.get(1).is_some() || c.get(4).is_some();
    let tail = c.get(5).map_or("", |m| m.as_str());
    let context = EXPERIENCE_WORDS_EN.captures(tail).is_some();
    let accepted = match place {
        Place::Field => true,
        Place::Qualification => at_least || second.is_some() || context,
        Place::Prose => context,
    };
    if !accepted {
        return None;
    }
    let whole = c.get(0)?;
    // The words with what they are about, up to a comma or bracket.
    let cut = tail.find([',', '(']).unwrap_or(tail.len());
    let end = whole.end() - tail.len() + cut;
    let words = text.get(whole.start()..end)?.trim();
    let (min, max) = match second {
        Some(second) => (first.min(second), Some(first.max(second))),
        None => (first, None),
    };
    Some(Years { words, min, max })
}

fn years_in(text: &str, place: Place) -> Option<Years<'_>> {
    let found = years_ko(text, place).or_else(|| years_en(text, place))?;
    // "우대: 경력 3년 이상" is preferred, not required.
    let lower = text.to_lowercase();
    let at = text.find(found.words).unwrap_or(0);
    let preferred = PREFERRED
        .iter()
        .filter_map(|p| lower.find(p))
        .any(|i| i <= at);
    (!preferred).then_some(found)
}

/// English level words, highest first so "Mid-Senior level" reads as mid-level and "Senior
/// Staff" as staff; matched on word boundaries.
const LEVELS_EN: &[(&str, Level)] = &[
    ("principal", Level::Principal),
    ("staff", Level::Staff),
    ("lead", Level::Lead),
    ("mid-senior", Level::Mid),
    ("senior", Level::Senior),
    ("sr", Level::Senior),
    ("mid-level", Level::Mid),
    ("mid level", Level::Mid),
    ("intermediate", Level::Mid),
    ("junior", Level::Junior),
    ("jr", Level::Junior),
    ("entry-level", Level::Entry),
    ("entry level", Level::Entry),
    ("new grad", Level::Entry),
    ("new graduate", Level::Entry),
    ("graduate", Level::Entry),
    ("internship", Level::Intern),
    ("intern", Level::Intern),
];
/// Korean level words, the open ones first ("신입/경력" is neither 신입 nor 경력 alone).
const LEVELS_KO: &[(&str, Level)] = &[
    ("경력 무관", Level::Any),
    ("경력무관", Level::Any),
    ("신입/경력", Level::Any),
    ("신입·경력", Level::Any),
    ("신입 및 경력", Level::Any),
    ("신입 또는 경력", Level::Any),
    ("신입, 경력", Level::Any),
    ("신입 / 경력", Level::Any),
    ("인턴", Level::Intern),
    ("신입", Level::Entry),
    ("주니어", Level::Junior),
    ("시니어", Level::Senior),
    // Not "리드" alone: it is also the end of 그리드 and 하이브리드.
    ("테크 리드", Level::Lead),
    ("테크리드", Level::Lead),
    ("팀 리드", Level::Lead),
    ("리드 엔지니어", Level::Lead),
    ("경력", Level::Experienced),
];

/// The level `text` names, with the words it names it by. "Staff" or "Lead" in a sentence
/// means people, so levels are read only from the `experience` field and the title.
fn level_in(text: &str) -> Option<(&str, Level)> {
    let lower = text.to_lowercase();
    for (word, level) in LEVELS_KO {
        if let Some(at) = text.find(word) {
            return Some((&text[at..at + word.len()], *level));
        }
    }
    if lower.len() != text.len() {
        // Lower-casing changed byte offsets: no position to quote; a level word is ASCII.
        return None;
    }
    for (word, level) in LEVELS_EN {
        let mut from = 0;
        while let Some(i) = lower[from..].find(word) {
            let at = from + i;
            let end = at + word.len();
            let before = lower[..at].chars().next_back();
            let after = lower[end..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            if boundary(before) && boundary(after) {
                return Some((&text[at..end], *level));
            }
            from = end;
        }
    }
    None
}

/// What the posting asks, where it says it: years stated in the `experience` field, then in
/// the qualifications, the description and the responsibilities; else a level named in the
/// `experience` field, then in the title. Nothing stated, nothing asked.
fn requirement(target: &Target) -> Option<(Fact, Option<Level>, Band, &str)> {
    let field = target
        .experience
        .as_deref()
        .filter(|e| !e.trim().is_empty());
    let mut texts: Vec<(String, &str, Place)> = Vec::new();
    if let Some(e) = field {
        texts.push(("experience".into(), e, Place::Field));
    }
    for (i, q) in target.qualifications.iter().enumerate() {
        texts.push((format!("qualifications[{i}]"), q, Place::Qualification));
    }
    if let Some(d) = &target.description {
        texts.push(("description".into(), d, Place::Prose));
    }
    for (i, r) in target.responsibilities.iter().enumerate() {
        texts.push((format!("responsibilities[{i}]"), r, Place::Prose));
    }
    for (path, text, place) in texts {
        if let Some(y) = years_in(text, place) {
            let band = Band {
                min: y.min,
                max: y.max,
            };
            // The `experience` field is quoted whole ("Junior (0-3 years)").
            let words = if place == Place::Field {
                text.trim()
            } else {
                y.words
            };
            return Some((Fact::new(words, path), None, band, text));
        }
    }
    let named = [
        field.map(|e| ("experience", e)),
        target.title.as_deref().map(|t| ("title", t)),
    ];
    named.into_iter().flatten().find_map(|(path, text)| {
        let (words, level) = level_in(text)?;
        // "경력" alone in a title ("경력 채용") is clear; in prose it would not be, but only
        // the field and the title are read here.
        let words = if path == "experience" {
            text.trim()
        } else {
            words
        };
        Some((Fact::new(words, path), Some(level), band(level), text))
    })
}

/// A year and month ("2023-07", "2023-07-15", "2023", or as people write them: "2022.04",
/// "Mar 2020", "2020년 3월", read by the lenient reader) as a month count.
fn month_of(date: &str) -> Option<u32> {
    let iso = match dates::read(date) {
        DateRead::Exact => date.trim().to_string(),
        DateRead::Date(d) | DateRead::Year(d) => d,
        DateRead::Ongoing | DateRead::Unreadable => return None,
    };
    let mut parts = iso.split('-');
    let year: u32 = parts.next()?.trim().parse().ok()?;
    let month: u32 = parts
        .next()
        .and_then(|m| m.trim().parse().ok())
        .unwrap_or(1);
    ((1900..=2100).contains(&year) && (1..=12).contains(&month)).then_some(year * 12 + month - 1)
}

fn month_text(month: u32) -> String {
    format!("{:04}-{:02}", month / 12, month % 12 + 1)
}

/// Whether a position is an internship ("AI Research Intern", "연구 인턴", "trainee").
fn is_internship(position: &str) -> bool {
    let lower = position.to_lowercase();
    lower.contains("인턴")
        || lower.contains("실습생")
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "intern" | "internship" | "trainee" | "co-op" | "coop"))
}

/// A graduate degree (master's or doctorate) in the education history, by its path.
fn graduate_degree(profile: &Profile) -> Option<String> {
    profile
        .education
        .iter()
        .position(|e| {
            let t = e.study_type.as_deref().unwrap_or_default().to_lowercase();
            [
                "master", "석사", "phd", "ph.d", "doctor", "박사", "m.s", "msc", "m.sc", "m.eng",
            ]
            .iter()
            .any(|w| t.contains(w))
                || t.split(|c: char| !c.is_alphanumeric()).any(|w| w == "ms")
        })
        .map(|i| format!("education[{i}]"))
}

/// Months covered by `spans` (start, end exclusive), overlaps counted once.
fn covered(spans: &mut [(u32, u32)]) -> u32 {
    spans.sort_unstable();
    let (mut months, mut reach) = (0u32, 0u32);
    for (start, end) in spans.iter() {
        let from = (*start).max(reach);
        if *end > from {
            months += end - from;
        }
        reach = reach.max(*end);
    }
    months
}

/// Compares the target's required years or level with the work history. Ongoing jobs count
/// up to the posting's `date` when it gives one, else up to the latest date the profile
/// states.
///
/// `ai_work` says which work entries show AI/ML work in their own text (`work[i]` by index):
/// when the requirement speaks of ML ("3+ years shipping ML models") and some counted job
/// shows none, the years of the jobs that do are given beside the total.
pub fn check(
    profile: &Profile,
    target: &Target,
    ai_work: impl Fn(usize) -> bool,
) -> Option<ExperienceCheck> {
    let (required, level, band, source) = requirement(target)?;
    let posting_date = target.date.as_deref().and_then(month_of);
    let latest = posting_date.or_else(|| {
        profile
            .work
            .iter()
            .flat_map(|w| [w.start_date.as_deref(), w.end_date.as_deref()])
            .chain(profile.education.iter().map(|e| e.end_date.as_deref()))
            // An ongoing job lasts at least until the latest thing the profile dates.
            .chain(
                profile
                    .projects
                    .iter()
                    .flat_map(|p| [p.start_date.as_deref(), p.end_date.as_deref()]),
            )
            .chain(profile.awards.iter().map(|a| a.date.as_deref()))
            .chain(
                profile
                    .publications
                    .iter()
                    .map(|p| p.release_date.as_deref()),
            )
            .chain(profile.certificates.iter().map(|c| c.date.as_deref()))
            .flatten()
            .filter_map(month_of)
            .max()
    });
    let mut jobs: Vec<JobSpan> = Vec::new();
    let (mut professional, mut internships, mut in_ai) = (Vec::new(), Vec::new(), Vec::new());
    let mut ongoing = false;
    for (i, w) in profile.work.iter().enumerate() {
        let Some(start) = w.start_date.as_deref().and_then(month_of) else {
            continue;
        };
        let end = w.end_date.as_deref().and_then(month_of);
        let Some(last) = end.or(latest) else {
            continue;
        };
        // An end month counts: 2023-07 to 2023-12 is six months.
        if last < start {
            continue;
        }
        ongoing |= end.is_none();
        let internship = is_internship(w.position.as_deref().unwrap_or_default());
        let span = (start, last + 1);
        let shows_ai = ai_work(i);
        if internship {
            internships.push(span);
        } else {
            professional.push(span);
            if shows_ai {
                in_ai.push(span);
            }
        }
        jobs.push(JobSpan {
            path: format!("work[{i}]"),
            from: month_text(start),
            to: end.map(month_text),
            months: last + 1 - start,
            internship,
            ai_work: shows_ai,
        });
    }
    let ongoing_until = ongoing.then(|| {
        let source = if posting_date.is_some() {
            "posting"
        } else {
            "profile"
        };
        (month_text(latest.unwrap_or_default()), source)
    });
    let months = covered(&mut professional);
    let ai_months = covered(&mut in_ai);
    let speaks_of_ai = ML_WORDS.captures(source).is_some();
    let met = months >= band.min * 12;
    // Above the bound once a whole year more has passed: 5 years 6 months is within "3~5년".
    // Years in another field (a career changer's seven years as a process engineer) do not
    // make anyone over-qualified for an ML role: the jobs that show AI/ML work are counted.
    let over = band.max.is_some_and(|max| ai_months.min(months) / 12 > max);
    // The ML years are given apart when the requirement speaks of them, or is a level (of an
    // ML role), and some job shows no AI/ML work.
    let speaks_of_ai = speaks_of_ai || level.is_some_and(|l| l != Level::Any);
    Some(ExperienceCheck {
        required,
        level,
        years: band.min,
        max_years: band.max,
        months,
        internship_months: covered(&mut internships),
        ai_months: (speaks_of_ai && ai_months < months).then_some(ai_months),
        jobs,
        met,
        over,
        graduate_degree: (!met).then(|| graduate_degree(profile)).flatten(),
        ongoing_until,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every job shows AI/ML work.
    fn check_all(profile: &Profile, target: &Target) -> Option<ExperienceCheck> {
        check(profile, target, |_| true)
    }

    fn target(qualification: &str) -> Target {
        Target {
            date: Some("2026-11".into()),
            qualifications: vec![qualification.into()],
            ..Default::default()
        }
    }

    fn field(experience: &str) -> Target {
        Target {
            date: Some("2026-11".into()),
            experience: Some(experience.into()),
            ..Default::default()
        }
    }

    fn titled(title: &str) -> Target {
        Target {
            date: Some("2026-11".into()),
            title: Some(title.into()),
            ..Default::default()
        }
    }

    fn job(start: &str, end: Option<&str>, position: &str) -> crate::profile::Work {
        crate::profile::Work {
            position: Some(position.into()),
            start_date: Some(start.to_string()),
            end_date: end.map(str::to_string),
            ..Default::default()
        }
    }

    fn profile(jobs: &[(&str, Option<&str>)]) -> Profile {
        Profile {
            work: jobs
                .iter()
                .map(|(s, e)| job(s, *e, "ML Engineer"))
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn required_years_in_both_languages() {
        let p = profile(&[("2023-07", Some("2023-12")), ("2024-03", None)]);
        let c = check_all(&p, &target("경력 2년 이상 (머신러닝 모델 서비스 경험)")).unwrap();
        assert_eq!((c.years, c.months, c.met), (2, 6 + 33, true));
        assert_eq!(c.ongoing_until, Some(("2026-11".to_string(), "posting")));
        assert_eq!(c.required.text, "경력 2년 이상");
        assert_eq!(c.level, None);
        let c = check_all(&p, &target("3+ years shipping ML models to production")).unwrap();
        assert_eq!((c.years, c.met), (3, true));
        assert_eq!(c.required.text, "3+ years shipping ML models to production");
        let c = check_all(&p, &target("At least 5 years of industry experience")).unwrap();
        assert_eq!((c.years, c.met), (5, false));
        assert!(check_all(&p, &target("Python 3.11, PyTorch 2")).is_none());
    }

    #[test]
    fn ranges_and_minimums_as_postings_write_them() {
        let p = profile(&[("2017-11", None)]); // nine years to 2026-11
        let c = check_all(&p, &field("경력 3~5년")).unwrap();
        assert_eq!(
            (c.years, c.max_years, c.met, c.over),
            (3, Some(5), true, true)
        );
        assert_eq!(c.required.text, "경력 3~5년");
        let c = check_all(&p, &field("2~4년")).unwrap();
        assert_eq!((c.years, c.max_years), (2, Some(4)));
        let c = check_all(&p, &field("5년 이상")).unwrap();
        assert_eq!((c.years, c.max_years, c.over), (5, None, false));
        let c = check_all(&p, &field("3-5 years")).unwrap();
        assert_eq!((c.years, c.max_years), (3, Some(5)));
        let c = check_all(&p, &field("Junior (0-3 years)")).unwrap();
        assert_eq!((c.years, c.max_years, c.level), (0, Some(3), None));
        assert_eq!(c.required.text, "Junior (0-3 years)");
        let c = check_all(&p, &field("신입 또는 경력 3년 이하")).unwrap();
        assert_eq!((c.years, c.max_years), (0, Some(3)));
        let c = check_all(&p, &target("최소 3년의 딥러닝 모델 개발 경험")).unwrap();
        assert_eq!((c.years, c.required.text.as_str()), (3, "최소 3년"));
        let c = check_all(&p, &target("5년 이상의 실무 경험")).unwrap();
        assert_eq!(
            (c.years, c.required.text.as_str()),
            (5, "5년 이상의 실무 경험")
        );
        let c = check_all(&p, &target("at least 5 years")).unwrap();
        assert_eq!(c.years, 5);
        let c = check_all(
            &p,
            &Target {
                description: Some("You will have at least 4 years of hands-on experience.".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!((c.years, c.required.path.as_str()), (4, "description"));
        // Years that are not a requirement: the company's age, a preferred qualification.
        let none = Target {
            description: Some("설립 10년 된 회사입니다. We raised money 3 years ago.".into()),
            qualifications: vec!["우대: 경력 3년 이상".into()],
            ..Default::default()
        };
        assert!(check_all(&p, &none).is_none());
    }

    #[test]
    fn levels_map_to_their_conventional_band() {
        let p = profile(&[("2023-11", None)]); // three years
        let c = check_all(&p, &field("Senior")).unwrap();
        assert_eq!(c.level, Some(Level::Senior));
        assert_eq!(
            (c.years, c.max_years, c.met),
            (SENIOR_YEARS.min, None, false)
        );
        let c = check_all(&p, &field("Mid-level")).unwrap();
        assert_eq!((c.level, c.met, c.over), (Some(Level::Mid), true, false));
        let c = check_all(&p, &field("Mid-Senior level")).unwrap();
        assert_eq!(c.level, Some(Level::Mid));
        for (words, level) in [
            ("Junior", Level::Junior),
            ("Entry level", Level::Entry),
            ("Lead", Level::Lead),
            ("Staff", Level::Staff),
            ("Principal", Level::Principal),
            ("Intern", Level::Intern),
            ("신입", Level::Entry),
            ("경력", Level::Experienced),
            ("신입/경력", Level::Any),
            ("경력 무관", Level::Any),
            ("시니어", Level::Senior),
            ("주니어", Level::Junior),
            ("인턴", Level::Intern),
        ] {
            let c = check_all(&p, &field(words)).unwrap();
            assert_eq!(c.level, Some(level), "{words}");
            assert_eq!(c.required.text, words);
        }
        // In the title.
        let c = check_all(&p, &titled("Senior ML Engineer")).unwrap();
        assert_eq!(
            (c.level, c.required.path.as_str()),
            (Some(Level::Senior), "title")
        );
        assert_eq!(c.required.text, "Senior");
        let c = check_all(&p, &titled("시니어 추천 시스템 엔지니어")).unwrap();
        assert_eq!(c.level, Some(Level::Senior));
        // Stated years win over a level; nothing stated, nothing asked.
        let mut t = titled("Senior ML Engineer");
        t.qualifications = vec!["3+ years of experience".into()];
        assert_eq!(check_all(&p, &t).unwrap().level, None);
        assert!(check_all(&p, &titled("ML Engineer, Search Ranking")).is_none());
        assert!(check_all(&p, &titled("Leadership Coach")).is_none());
    }

    #[test]
    fn a_senior_candidate_for_an_entry_posting_is_over_not_failed() {
        let p = profile(&[("2016-01", Some("2020-12")), ("2021-01", None)]);
        for words in ["신입", "Entry level", "Intern", "주니어"] {
            let c = check_all(&p, &field(words)).unwrap();
            assert!(c.met && c.over, "{words}");
        }
        let c = check_all(&p, &field("신입/경력")).unwrap();
        assert!(c.met && !c.over);
    }

    #[test]
    fn internships_count_apart_and_loose_dates_are_read() {
        let p = Profile {
            work: vec![
                job("2022.04", Some("현재"), "ML 엔지니어"),
                job("Jul 2021", Some("Dec 2021"), "AI Research Intern"),
            ],
            ..Default::default()
        };
        let c = check_all(&p, &field("경력 3년 이상")).unwrap();
        assert_eq!(c.months, 12 * 4 + 8); // 2022-04 .. 2026-11
        assert_eq!(c.internship_months, 6);
        assert_eq!(
            c.jobs[0],
            JobSpan {
                path: "work[0]".into(),
                from: "2022-04".into(),
                to: None,
                months: 56,
                internship: false,
                ai_work: true,
            }
        );
        assert!(c.jobs[1].internship);
        assert!(c.met);
    }

    #[test]
    fn overlapping_jobs_count_once_and_no_work_is_zero() {
        let p = profile(&[("2020-01", Some("2021-12")), ("2021-01", Some("2022-12"))]);
        assert_eq!(
            check_all(&p, &target("3+ years of experience"))
                .unwrap()
                .months,
            36
        );
        let c = check_all(&Profile::default(), &target("3+ years of experience")).unwrap();
        assert_eq!((c.months, c.met), (0, false));
    }

    #[test]
    fn a_graduate_degree_is_noted_when_the_years_fall_short() {
        let mut p = profile(&[("2024-03", None)]);
        p.education = vec![crate::profile::Education {
            study_type: Some("석사".into()),
            ..Default::default()
        }];
        let c = check_all(&p, &field("경력 5년 이상")).unwrap();
        assert_eq!(c.graduate_degree.as_deref(), Some("education[0]"));
        let c = check_all(&p, &field("경력 1년 이상")).unwrap();
        assert_eq!(c.graduate_degree, None);
    }
}

#[cfg(test)]
mod ai_years {
    use super::*;

    #[test]
    fn ml_years_are_given_apart_when_a_job_shows_no_ml_work() {
        let p = Profile {
            work: vec![
                crate::profile::Work {
                    position: Some("Process Engineer".into()),
                    start_date: Some("2016-09".into()),
                    end_date: Some("2023-08".into()),
                    ..Default::default()
                },
                crate::profile::Work {
                    position: Some("Data Analyst".into()),
                    start_date: Some("2024-01".into()),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        let t = Target {
            date: Some("2025-01".into()),
            experience: Some("3+ years shipping ML models".into()),
            ..Default::default()
        };
        let c = check(&p, &t, |i| i == 1).unwrap();
        assert_eq!((c.months, c.ai_months), (84 + 13, Some(13)));
        assert!(c.met);
        // Seven years in another field make no one over-qualified for a mid-level ML role.
        let t = Target {
            experience: Some("Mid-level".into()),
            ..t
        };
        let c = check(&p, &t, |i| i == 1).unwrap();
        assert!(c.met && !c.over);
        assert_eq!(c.ai_months, Some(13));
        // A requirement that does not speak of ML: the total alone.
        let t = Target {
            experience: Some("경력 3년 이상".into()),
            ..t
        };
        assert_eq!(check(&p, &t, |i| i == 1).unwrap().ai_months, None);
    }
}
