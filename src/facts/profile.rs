//! Reading every text field of a profile, with JSON paths; what the extension fields
//! (`metrics`, `competitions`, `codingTest`, `deliverables`) already state wins.

use serde::Serialize;

use crate::profile::{Competition, Profile};

use super::competition::{self, CompetitionRead, Medal};
use super::quantity::quantities;
use super::{
    coding, metric, signals, CodingRead, DeliverableRead, MetricRead, Read, SignalRead, Source,
};

/// A competition read from prose (an award, a project, a highlight), typed as the
/// `competitions` extension field types it.
#[derive(Debug, Clone, Serialize)]
pub struct CompetitionFact {
    pub competition: Competition,
    pub medal: Option<Medal>,
    pub top_percent: Option<f64>,
    /// The candidate's lesson, from the summary.
    pub lesson: Option<Source>,
    /// The winner's approach, from the summary.
    pub winner: Option<Source>,
    /// Where the result (rank, field, medal) was read.
    pub source: Source,
    /// The JSON path of the item it was read from (`awards[2]`, `projects[0]`).
    pub owner: String,
}

/// What a profile's prose says of its results: measured changes and signs of deployment.
/// Ranking the evidence reads these; the rest of [`ProfileFacts`] only a told story does, so
/// a resume alone never reads it.
#[derive(Debug, Clone, Default)]
pub struct ResultFacts {
    pub metrics: Vec<Read<MetricRead>>,
    pub signals: Vec<Read<SignalRead>>,
}

impl ResultFacts {
    /// Reads the prose fields of `profile` (highlights, summaries, descriptions).
    pub fn read(profile: &Profile) -> ResultFacts {
        let mut facts = ResultFacts::default();
        for (path, text, field) in &fields(profile) {
            if *field != Field::Prose {
                continue;
            }
            let source = |span: std::ops::Range<usize>| Source::new(path, text, span);
            for m in metric::metrics(text) {
                if !stated_by_extension(profile, owner(path), &m) {
                    facts.metrics.push(Read {
                        source: source(m.span.clone()),
                        fact: m,
                    });
                }
            }
            for s in signals::signals(text) {
                facts.signals.push(Read {
                    source: source(s.span.clone()),
                    fact: s,
                });
            }
        }
        facts
    }

    /// The metrics read from the fields of `owner` (`projects[2]`).
    pub fn metrics_of<'a>(&'a self, owner: &'a str) -> impl Iterator<Item = &'a Read<MetricRead>> {
        self.metrics
            .iter()
            .filter(move |m| m.source.owner() == owner)
    }

    /// The deployment signals read from the fields of `owner`.
    pub fn signals_of<'a>(&'a self, owner: &'a str) -> impl Iterator<Item = &'a Read<SignalRead>> {
        self.signals
            .iter()
            .filter(move |s| s.source.owner() == owner)
    }
}

/// What the text fields of a profile say, beyond its extension fields.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ProfileFacts {
    pub metrics: Vec<Read<MetricRead>>,
    pub competitions: Vec<CompetitionFact>,
    pub coding: Vec<Read<CodingRead>>,
    pub signals: Vec<Read<SignalRead>>,
    pub deliverables: Vec<Read<DeliverableRead>>,
}

/// Which extractions a field feeds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    /// Prose about work: metrics, signals, deliverables, competitions.
    Prose,
    /// A skill or certificate entry: coding levels only.
    Skill,
    /// A link: deliverables only.
    Link,
}

fn fields<'a>(profile: &'a Profile) -> Vec<(String, &'a str, Field)> {
    let mut out: Vec<(String, &'a str, Field)> = Vec::new();
    let mut push = |path: String, text: Option<&'a str>, field: Field| {
        if let Some(t) = text.filter(|t| !t.trim().is_empty()) {
            out.push((path, t, field));
        }
    };
    push(
        "basics.label".into(),
        profile.basics.label.as_deref(),
        Field::Skill,
    );
    push(
        "basics.summary".into(),
        profile.basics.summary.as_deref(),
        Field::Prose,
    );
    for (i, p) in profile.basics.profiles.iter().enumerate() {
        push(
            format!("basics.profiles[{i}].url"),
            p.url.as_deref(),
            Field::Skill,
        );
    }
    for (i, w) in profile.work.iter().enumerate() {
        push(
            format!("work[{i}].summary"),
            w.summary.as_deref(),
            Field::Prose,
        );
        push(
            format!("work[{i}].description"),
            w.description.as_deref(),
            Field::Prose,
        );
        for (j, h) in w.highlights.iter().enumerate() {
            push(
                format!("work[{i}].highlights[{j}]"),
                Some(h.as_str()),
                Field::Prose,
            );
        }
    }
    for (i, p) in profile.projects.iter().enumerate() {
        push(
            format!("projects[{i}].name"),
            p.name.as_deref(),
            Field::Skill,
        );
        push(
            format!("projects[{i}].description"),
            p.description.as_deref(),
            Field::Prose,
        );
        for (j, h) in p.highlights.iter().enumerate() {
            push(
                format!("projects[{i}].highlights[{j}]"),
                Some(h.as_str()),
                Field::Prose,
            );
        }
        push(format!("projects[{i}].url"), p.url.as_deref(), Field::Link);
    }
    for (i, v) in profile.volunteer.iter().enumerate() {
        push(
            format!("volunteer[{i}].summary"),
            v.summary.as_deref(),
            Field::Prose,
        );
        for (j, h) in v.highlights.iter().enumerate() {
            push(
                format!("volunteer[{i}].highlights[{j}]"),
                Some(h.as_str()),
                Field::Prose,
            );
        }
    }
    for (i, a) in profile.awards.iter().enumerate() {
        push(
            format!("awards[{i}].title"),
            a.title.as_deref(),
            Field::Prose,
        );
        push(
            format!("awards[{i}].awarder"),
            a.awarder.as_deref(),
            Field::Skill,
        );
        push(
            format!("awards[{i}].summary"),
            a.summary.as_deref(),
            Field::Prose,
        );
    }
    for (i, p) in profile.publications.iter().enumerate() {
        push(
            format!("publications[{i}].summary"),
            p.summary.as_deref(),
            Field::Prose,
        );
        push(
            format!("publications[{i}].url"),
            p.url.as_deref(),
            Field::Link,
        );
    }
    for (i, s) in profile.skills.iter().enumerate() {
        push(format!("skills[{i}].name"), s.name.as_deref(), Field::Skill);
        push(
            format!("skills[{i}].level"),
            s.level.as_deref(),
            Field::Skill,
        );
        for (j, k) in s.keywords.iter().enumerate() {
            push(
                format!("skills[{i}].keywords[{j}]"),
                Some(k.as_str()),
                Field::Skill,
            );
        }
    }
    for (i, c) in profile.certificates.iter().enumerate() {
        push(
            format!("certificates[{i}].name"),
            c.name.as_deref(),
            Field::Skill,
        );
    }
    out
}

fn owner(path: &str) -> &str {
    path.split('.').next().unwrap_or_default()
}

/// Whether the extension metrics of `owner` already state `m`'s value.
fn stated_by_extension(profile: &Profile, owner: &str, m: &MetricRead) -> bool {
    let explicit = if let Some(i) = index_in(owner, "projects[") {
        profile.projects.get(i).map(|p| p.metrics.as_slice())
    } else if let Some(i) = index_in(owner, "work[") {
        profile.work.get(i).map(|w| w.metrics.as_slice())
    } else {
        None
    };
    let Some(value) = m.after.as_ref().or(m.change.as_ref()) else {
        return false;
    };
    explicit.unwrap_or_default().iter().any(|e| {
        quantities(&e.value)
            .iter()
            .any(|q| q.same_value(value) && (q.unit.is_empty() || !value.unit.is_empty()))
    })
}

fn index_in(owner: &str, prefix: &str) -> Option<usize> {
    owner.strip_prefix(prefix)?.strip_suffix(']')?.parse().ok()
}

fn same_platform(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let l = s.to_lowercase();
        match l.as_str() {
            "baekjoon" | "백준" | "boj" | "solved.ac" | "solvedac" => "solved.ac".to_string(),
            _ => l,
        }
    };
    norm(a) == norm(b)
}

impl ProfileFacts {
    /// Reads every text field of `profile`. Linear in the profile's size: each field is
    /// scanned once by each pattern family.
    pub fn read(profile: &Profile) -> ProfileFacts {
        ProfileFacts::read_with(profile, ResultFacts::read(profile))
    }

    /// `read`, with the results of `profile` (its [`ResultFacts::read`]) already read.
    pub fn read_with(profile: &Profile, results: ResultFacts) -> ProfileFacts {
        let mut facts = ProfileFacts {
            metrics: results.metrics,
            signals: results.signals,
            ..ProfileFacts::default()
        };
        for (path, text, field) in &fields(profile) {
            let source = |span: std::ops::Range<usize>| Source::new(path, text, span);
            if *field != Field::Skill || path.ends_with(".url") {
                for mut d in signals::deliverables(text) {
                    let known = d.url.as_deref().and_then(signals::known_kind_of_url);
                    if d.url.is_some() && known.is_none() {
                        if path.starts_with("basics.profiles") {
                            continue; // a personal or social profile page, not a deliverable
                        }
                        if path.starts_with("publications") {
                            // A publication's own link is the paper, whatever the site.
                            d.kind = crate::profile::DeliverableKind::Paper;
                        }
                    }
                    facts.deliverables.push(Read {
                        source: source(d.span.clone()),
                        fact: d,
                    });
                }
            }
            for c in coding::coding_levels(text) {
                let stated = profile.coding_test.as_ref().is_some_and(|t| {
                    t.platform
                        .as_deref()
                        .is_some_and(|p| same_platform(p, c.platform))
                });
                let seen = facts.coding.iter().any(|r| r.fact.platform == c.platform);
                if !stated && !seen {
                    facts.coding.push(Read {
                        source: source(c.span.clone()),
                        fact: c,
                    });
                }
            }
        }
        facts.competitions = competitions(profile);
        facts.deliverables.retain(|d| {
            let o = owner(&d.source.path);
            let explicit = index_in(o, "projects[")
                .and_then(|i| profile.projects.get(i))
                .map(|p| p.deliverables.as_slice())
                .unwrap_or_default();
            !d.fact.url.as_ref().is_some_and(|u| {
                explicit
                    .iter()
                    .any(|e| e.url.trim_end_matches('/') == u.trim_end_matches('/'))
            })
        });
        facts
    }
}

/// Competitions in awards, projects and jobs that the `competitions` field does not list.
fn competitions(profile: &Profile) -> Vec<CompetitionFact> {
    let mut out = Vec::new();
    for (i, a) in profile.awards.iter().enumerate() {
        let parts: Vec<(String, &str)> = [
            ("title", &a.title),
            ("summary", &a.summary),
            ("awarder", &a.awarder),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().map(|t| (format!("awards[{i}].{k}"), t)))
        .collect();
        if !parts
            .iter()
            .any(|(_, t)| competition::mentions_competition(t))
        {
            continue;
        }
        let platform = parts
            .iter()
            .find_map(|(_, t)| competition::platform(t).map(|(p, _)| p.to_string()));
        // The first part that states a rank ("우수상" in the title, "2위 (87팀 중)" in the
        // summary: the summary's rank), else the first with any result.
        let results: Vec<(String, &str, CompetitionRead)> = parts
            .iter()
            .filter_map(|(p, t)| competition::result(t).map(|r| (p.clone(), *t, r)))
            .collect();
        let Some((path, text, read)) = results
            .iter()
            .position(|(_, _, r)| r.rank.is_some() || r.top_percent.is_some())
            .or((!results.is_empty()).then_some(0))
            .map(|k| results[k].clone())
        else {
            continue;
        };
        let name = a.title.clone().unwrap_or_default().trim().to_string();
        out.push(fact(
            name,
            platform.or(read.platform.clone()),
            read,
            (path.as_str(), text),
            a.summary
                .as_deref()
                .map(|s| (format!("awards[{i}].summary"), s)),
            a.date.clone(),
            format!("awards[{i}]"),
        ));
    }
    for (i, p) in profile.projects.iter().enumerate() {
        let mut texts: Vec<(String, &str)> = Vec::new();
        if let Some(d) = &p.description {
            texts.push((format!("projects[{i}].description"), d));
        }
        for (j, h) in p.highlights.iter().enumerate() {
            texts.push((format!("projects[{i}].highlights[{j}]"), h));
        }
        let about = p
            .name
            .as_deref()
            .is_some_and(competition::mentions_competition)
            || texts
                .iter()
                .any(|(_, t)| competition::mentions_competition(t));
        if !about {
            continue;
        }
        let platform = p
            .name
            .as_deref()
            .and_then(competition::platform)
            .map(|(n, _)| n.to_string())
            .or_else(|| {
                texts
                    .iter()
                    .find_map(|(_, t)| competition::platform(t).map(|(n, _)| n.to_string()))
            });
        if let Some((path, text, read)) = texts
            .iter()
            .find_map(|(path, t)| competition::result(t).map(|r| (path.clone(), *t, r)))
        {
            let name = p.name.clone().unwrap_or_default().trim().to_string();
            out.push(fact(
                name,
                platform.or(read.platform.clone()),
                read,
                (path.as_str(), text),
                p.description
                    .as_deref()
                    .map(|s| (format!("projects[{i}].description"), s)),
                p.end_date.clone().or(p.start_date.clone()),
                format!("projects[{i}]"),
            ));
        }
    }
    for (i, w) in profile.work.iter().enumerate() {
        for (j, h) in w.highlights.iter().enumerate() {
            if let Some(read) = competition::competition(h) {
                let path = format!("work[{i}].highlights[{j}]");
                // The competition's name: the highlight's words before its result.
                let name = h[..read.span.start]
                    .trim_end_matches(|c: char| {
                        c.is_whitespace() || matches!(c, ':' | ',' | '(' | '-' | '—' | '–')
                    })
                    .to_string();
                let name = if name.is_empty() {
                    h.trim().to_string()
                } else {
                    name
                };
                out.push(fact(
                    name,
                    read.platform.clone(),
                    read,
                    (path.as_str(), h.as_str()),
                    None,
                    None,
                    format!("work[{i}]"),
                ));
            }
        }
    }
    // The `competitions` field wins: drop what it already lists.
    out.retain(|found| {
        !profile.competitions.iter().any(|c| {
            let platform_same = match (&c.platform, &found.competition.platform) {
                (Some(a), Some(b)) => same_platform(a, b),
                _ => true,
            };
            let rank_same = c.rank.is_some() && c.rank == found.competition.rank;
            let name_same = shares_a_name_word(&c.name, &found.competition.name);
            platform_same && (rank_same || name_same)
        })
    });
    out
}

fn shares_a_name_word(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "kaggle" | "dacon" | "competition" | "challenge" | "경진대회"
                )
            })
            .collect()
    };
    let b = words(b);
    words(a).iter().any(|w| b.contains(w))
}

fn fact(
    name: String,
    platform: Option<String>,
    read: super::CompetitionRead,
    (path, field): (&str, &str),
    summary: Option<(String, &str)>,
    date: Option<String>,
    owner: String,
) -> CompetitionFact {
    let source = Source::new(path, field, read.span.clone());
    let (mut winner, mut lesson) = (None, None);
    if let Some((path, text)) = &summary {
        let (w, l) = competition::retrospective(text);
        winner = w.map(|r| Source::new(path, text, r));
        lesson = l.map(|r| Source::new(path, text, r));
    }
    CompetitionFact {
        competition: Competition {
            name,
            platform,
            rank: read.rank,
            teams: read.teams,
            date,
            summary: summary.map(|(_, s)| s.trim().to_string()),
            winner_did: winner.as_ref().map(|w| w.text.clone()),
            ..Default::default()
        },
        medal: read.medal,
        top_percent: read.top_percent,
        lesson,
        winner,
        source,
        owner,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain() -> Profile {
        serde_json::from_str(
            r#"{
              "basics": {"name": "Minji Park", "summary": "NLP engineer, 4 years in search."},
              "work": [{"name": "Searchly", "highlights": [
                "Shipped a cross-encoder reranker; recall@10 rose from 0.61 to 0.83",
                "p95 latency 820 -> 140 ms after distilling the reranker to 6 layers, served with Triton",
                "Kaggle CommonLit: 12th of 3,633 teams"
              ]}],
              "projects": [{"name": "kor-rerank", "url": "https://github.com/minji/kor-rerank",
                "highlights": ["Jetson Orin에서 30 FPS, 모델 크기 4배 축소"],
                "metrics": [{"name": "size", "value": "4x smaller"}]}],
              "awards": [{"title": "Silver medal (23rd of 4,358 teams)", "awarder": "Kaggle",
                "summary": "Ensembled DeBERTa models. The winning team pre-trained on external data. I learned to trust the CV."}],
              "skills": [{"name": "Algorithms", "keywords": ["solved.ac Gold II", "LeetCode 600+ solved", "Codeforces 1850"]}]
            }"#,
        )
        .unwrap()
    }

    /// Name, platform, rank, teams and the path of the result.
    type Row = (String, Option<String>, Option<u32>, Option<u32>, String);

    #[test]
    fn a_plain_profile_is_read_with_paths() {
        let facts = ProfileFacts::read(&plain());
        let metrics: Vec<(String, String)> = facts
            .metrics
            .iter()
            .map(|m| (m.source.path.clone(), m.fact.describe()))
            .collect();
        assert_eq!(
            metrics,
            [
                (
                    "work[0].highlights[0]".to_string(),
                    "recall@10 0.61 -> 0.83".to_string()
                ),
                (
                    "work[0].highlights[1]".into(),
                    "p95 latency 820 -> 140 ms".into()
                ),
                ("projects[0].highlights[0]".into(), "FPS 30 FPS".into()),
            ],
            "the 4배 축소 of projects[0] is stated by its `metrics` field, which wins"
        );
        assert_eq!(facts.metrics[1].source.text, "p95 latency 820 -> 140 ms");
        let coding: Vec<(&str, &str)> = facts
            .coding
            .iter()
            .map(|c| (c.fact.platform, c.source.path.as_str()))
            .collect();
        assert_eq!(
            coding,
            [
                ("solved.ac", "skills[0].keywords[0]"),
                ("LeetCode", "skills[0].keywords[1]"),
                ("Codeforces", "skills[0].keywords[2]")
            ]
        );
        let comps: Vec<Row> = facts
            .competitions
            .iter()
            .map(|c| {
                (
                    c.competition.name.clone(),
                    c.competition.platform.clone(),
                    c.competition.rank,
                    c.competition.teams,
                    c.source.path.clone(),
                )
            })
            .collect();
        assert_eq!(
            comps,
            [
                (
                    "Silver medal (23rd of 4,358 teams)".into(),
                    Some("Kaggle".into()),
                    Some(23),
                    Some(4358),
                    "awards[0].title".into()
                ),
                (
                    "Kaggle CommonLit".into(),
                    Some("Kaggle".into()),
                    Some(12),
                    Some(3633),
                    "work[0].highlights[2]".into()
                ),
            ]
        );
        assert_eq!(facts.competitions[1].source.text, "12th of 3,633 teams");
        assert_eq!(
            facts.competitions[0].competition.winner_did.as_deref(),
            Some("The winning team pre-trained on external data.")
        );
        assert_eq!(
            facts.competitions[0]
                .lesson
                .as_ref()
                .map(|l| l.text.as_str()),
            Some("I learned to trust the CV.")
        );
        let signals: Vec<&str> = facts.signals.iter().map(|s| s.fact.text.as_str()).collect();
        assert_eq!(
            signals,
            [
                "Shipped",
                "p95",
                "latency",
                "distilling",
                "served",
                "Triton",
                "Jetson"
            ]
        );
        assert_eq!(facts.deliverables.len(), 1);
        assert_eq!(facts.deliverables[0].source.path, "projects[0].url");
    }

    #[test]
    fn extension_fields_win() {
        let mut profile = plain();
        profile.coding_test = Some(crate::profile::CodingTest {
            platform: Some("Baekjoon".into()),
            level: "Gold I".into(),
            url: None,
        });
        profile.competitions.push(Competition {
            name: "Jigsaw".into(),
            platform: Some("Kaggle".into()),
            rank: Some(23),
            teams: Some(4358),
            ..Default::default()
        });
        let facts = ProfileFacts::read(&profile);
        assert!(facts.coding.iter().all(|c| c.fact.platform != "solved.ac"));
        assert_eq!(facts.competitions.len(), 1);
        assert_eq!(facts.competitions[0].competition.rank, Some(12));
    }

    #[test]
    fn an_empty_profile_reads_nothing() {
        let facts = ProfileFacts::read(&Profile::default());
        assert!(
            facts.metrics.is_empty() && facts.competitions.is_empty() && facts.coding.is_empty()
        );
    }
}
