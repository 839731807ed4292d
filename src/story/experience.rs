//! The posting's required experience ("경력 2년 이상", "3+ years shipping ML models")
//! against the candidate's work history, shown whether it is met or not.

use crate::facts::keyed::Keyed;
use crate::profile::Profile;
use crate::target::Target;

use super::{ExperienceCheck, Fact};

static YEARS_EN: Keyed = Keyed::new(
    &["year"],
    r"(?i)\b(?:at\s+least\s+|minimum\s+(?:of\s+)?)?([0-9]{1,2})(?:\s*[-–~]\s*[0-9]{1,2})?\s*\+?\s*(?:or\s+more\s+)?years?\b(?:\s+of)?[^.;\n]{0,60}?\b(?:experience|shipping|building|working|in\s+(?:industry|production))[^.;,(\n]{0,40}",
);
static YEARS_KO: Keyed = Keyed::new(
    &["년"],
    r"(?:경력|경험|실무)[^.;\n0-9]{0,12}?([0-9]{1,2})\s*년\s*(?:이상|↑)?|([0-9]{1,2})\s*년\s*이상[^.;\n]{0,12}?(?:경력|경험|실무)",
);

/// A year and month ("2023-07", "2023-07-15", "2023") as a month count.
fn month_of(date: &str) -> Option<u32> {
    let mut parts = date.trim().split(['-', '.', '/']);
    let year: u32 = parts.next()?.trim().parse().ok()?;
    let month: u32 = parts
        .next()
        .and_then(|m| m.trim().parse().ok())
        .unwrap_or(1);
    ((1900..=2100).contains(&year) && (1..=12).contains(&month)).then_some(year * 12 + month - 1)
}

/// The requirement in the target, where it states one: `experience` first, then the
/// qualifications, the description and the title.
fn requirement(target: &Target) -> Option<(Fact, u32)> {
    let mut texts: Vec<(String, &str)> = Vec::new();
    if let Some(e) = &target.experience {
        texts.push(("experience".into(), e));
    }
    for (i, q) in target.qualifications.iter().enumerate() {
        texts.push((format!("qualifications[{i}]"), q));
    }
    if let Some(d) = &target.description {
        texts.push(("description".into(), d));
    }
    for (i, r) in target.responsibilities.iter().enumerate() {
        texts.push((format!("responsibilities[{i}]"), r));
    }
    for (path, text) in texts {
        let found = YEARS_KO
            .captures(text)
            .and_then(|c| {
                let n = c.get(1).or(c.get(2))?.as_str().parse().ok()?;
                Some((c.get(0)?.as_str(), n))
            })
            .or_else(|| {
                YEARS_EN.captures(text).and_then(|c| {
                    let n = c.get(1)?.as_str().parse().ok()?;
                    Some((c.get(0)?.as_str(), n))
                })
            });
        if let Some((words, years)) = found {
            return Some((Fact::new(words.trim(), path), years));
        }
    }
    None
}

/// Compares the target's required years with the work history. Ongoing jobs count up to the
/// posting's `date` when it gives one, else up to the latest date the profile states.
pub fn check(profile: &Profile, target: &Target) -> Option<ExperienceCheck> {
    let (required, years) = requirement(target)?;
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
    })?;
    let ongoing = profile.work.iter().any(|w| {
        w.start_date.as_deref().and_then(month_of).is_some()
            && w.end_date.as_deref().and_then(month_of).is_none()
    });
    let ongoing_until = ongoing.then(|| {
        let source = if posting_date.is_some() {
            "posting"
        } else {
            "profile"
        };
        (format!("{:04}-{:02}", latest / 12, latest % 12 + 1), source)
    });
    let mut spans: Vec<(u32, u32, usize)> = profile
        .work
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let start = w.start_date.as_deref().and_then(month_of)?;
            let end = w.end_date.as_deref().and_then(month_of).unwrap_or(latest);
            // An end month counts: 2023-07 to 2023-12 is six months.
            (end >= start).then_some((start, end + 1, i))
        })
        .collect();
    spans.sort();
    let (mut months, mut reach) = (0u32, 0u32);
    for (start, end, _) in &spans {
        let from = (*start).max(reach);
        if *end > from {
            months += end - from;
        }
        reach = reach.max(*end);
    }
    let mut counted: Vec<usize> = spans.iter().map(|(_, _, i)| *i).collect();
    counted.sort_unstable();
    Some(ExperienceCheck {
        required,
        years,
        months,
        counted: counted.into_iter().map(|i| format!("work[{i}]")).collect(),
        met: months >= years * 12,
        ongoing_until,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(qualification: &str) -> Target {
        Target {
            date: Some("2026-11".into()),
            qualifications: vec![qualification.into()],
            ..Default::default()
        }
    }

    fn profile(jobs: &[(&str, Option<&str>)]) -> Profile {
        Profile {
            work: jobs
                .iter()
                .map(|(s, e)| crate::profile::Work {
                    start_date: Some(s.to_string()),
                    end_date: e.map(str::to_string),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn required_years_in_both_languages() {
        let p = profile(&[("2023-07", Some("2023-12")), ("2024-03", None)]);
        let c = check(&p, &target("경력 2년 이상 (머신러닝 모델 서비스 경험)")).unwrap();
        assert_eq!((c.years, c.months, c.met), (2, 6 + 33, true));
        assert_eq!(c.ongoing_until, Some(("2026-11".to_string(), "posting")));
        assert_eq!(c.required.text, "경력 2년 이상");
        let c = check(&p, &target("3+ years shipping ML models to production")).unwrap();
        assert_eq!((c.years, c.met), (3, true));
        assert_eq!(c.required.text, "3+ years shipping ML models to production");
        let c = check(&p, &target("At least 5 years of industry experience")).unwrap();
        assert_eq!((c.years, c.met), (5, false));
        assert!(check(&p, &target("Python 3.11, PyTorch 2")).is_none());
    }

    #[test]
    fn overlapping_jobs_count_once_and_no_work_is_zero() {
        let p = profile(&[("2020-01", Some("2021-12")), ("2021-01", Some("2022-12"))]);
        assert_eq!(
            check(&p, &target("3+ years of experience")).unwrap().months,
            36
        );
        let c = check(&Profile::default(), &target("3+ years of experience")).unwrap();
        assert_eq!((c.months, c.met), (0, false));
    }
}
