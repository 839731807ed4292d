//! The typed story the engine produces and the views consume.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::profile::Lang;

use super::AskMatch;

/// A rule of the advice notes' table (`docs/advice/notes-en.md`), by its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    DataFirst,
    OneStory,
    RoleEmphasis,
    DomainFit,
    BringResearch,
    AiOpportunity,
    ReproduceThenBuild,
    NoDataAnswer,
    CoreSkills,
    Deliverables,
    CompetitionRetro,
    GithubGrowth,
    CompressionValue,
    CodingProof,
    WeakSignals,
    Trend,
    /// Not a rule of the table: the letter's opening and closing, built from the target.
    Frame,
}

impl RuleId {
    /// Whether beats of this rule belong in letters; the others (the "no data" answer, the
    /// coding-test level, the list of deliverables, the tool list) serve the pitch and the
    /// interview preparation.
    pub fn in_letters(self) -> bool {
        !matches!(
            self,
            RuleId::NoDataAnswer | RuleId::CodingProof | RuleId::Deliverables | RuleId::CoreSkills
        )
    }

    /// The id as written in the notes' table.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::DataFirst => "data-first",
            RuleId::OneStory => "one-story",
            RuleId::RoleEmphasis => "role-emphasis",
            RuleId::DomainFit => "domain-fit",
            RuleId::BringResearch => "bring-research",
            RuleId::AiOpportunity => "ai-opportunity",
            RuleId::ReproduceThenBuild => "reproduce-then-build",
            RuleId::NoDataAnswer => "no-data-answer",
            RuleId::CoreSkills => "core-skills",
            RuleId::Deliverables => "deliverables",
            RuleId::CompetitionRetro => "competition-retro",
            RuleId::GithubGrowth => "github-growth",
            RuleId::CompressionValue => "compression-value",
            RuleId::CodingProof => "coding-proof",
            RuleId::WeakSignals => "weak-signals",
            RuleId::Trend => "trend",
            RuleId::Frame => "frame",
        }
    }
}

/// What a piece of evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    Project,
    Work,
    Competition,
    Publication,
}

/// One item of the candidate's record, scored for this target.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub kind: EvidenceKind,
    /// Index in its profile list (`projects[index]`).
    pub index: usize,
    /// The JSON path of the item.
    pub path: String,
    /// Its name, as the profile says it.
    pub title: String,
    /// Higher is stronger for this target.
    pub score: u32,
    /// Why it ranks where it does, e.g. "matches the target's data: video".
    pub reasons: Vec<String>,
    /// Whether it lies on the candidate's main track.
    pub on_track: bool,
    /// The position of its item in the engine's item list: rules look items up by it in
    /// constant time, which keeps a profile of thousands of projects linear.
    #[serde(skip)]
    pub(crate) item: usize,
    /// The facts the writing may quote from this item.
    #[serde(skip)]
    pub facts: EvidenceFacts,
}

/// A measured result: the metric's name, its value and, when known, its baseline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    pub name: Fact,
    pub baseline: Option<Fact>,
    pub value: Fact,
}

/// A change the prose of a piece of evidence measures ("GPU training cost by 35%", "모델
/// 크기 4배 축소"), with or without a baseline: what `relevance` matches to what a
/// posting asks to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The field it was read from (`work[0].highlights[2]`).
    pub path: String,
    /// What moved, in the text's words.
    pub name: String,
    pub direction: crate::facts::metric::Direction,
}

/// What the writing may quote from one piece of evidence, each fact with its path.
#[derive(Debug, Clone, Default)]
pub struct EvidenceFacts {
    /// For a job: the employer.
    pub employer: Option<Fact>,
    pub description: Option<Fact>,
    pub highlights: Vec<Fact>,
    pub metrics: Vec<Measured>,
    /// Every change its prose measures, with or without a baseline (`metrics` keeps only
    /// those with one).
    pub changes: Vec<Change>,
    /// How well each highlight answers the posting's responsibilities and qualifications,
    /// by the highlight's path (`relevance`): 0 when it answers none.
    pub relevance: std::collections::BTreeMap<String, u32>,
}

/// A fact used by a beat: the text as the input says it, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub text: String,
    pub path: String,
}

/// How the path of a fact from the knowledge base begins: it is storyfolio's knowledge, not
/// something the user's profile or target says.
const FROM_KNOWLEDGE: &str = "knowledge:";

impl Fact {
    /// A fact at `path`.
    pub fn new(text: impl Into<String>, path: impl Into<String>) -> Self {
        Fact {
            text: text.into(),
            path: path.into(),
        }
    }

    /// A fact the knowledge base supplies, at `path` inside it (`domains.retail`).
    pub fn from_knowledge(text: impl Into<String>, path: impl std::fmt::Display) -> Self {
        Fact::new(text, format!("{FROM_KNOWLEDGE}{path}"))
    }

    /// Whether the knowledge base supplied this fact, rather than the user's files.
    pub fn is_from_knowledge(&self) -> bool {
        self.path.starts_with(FROM_KNOWLEDGE)
    }
}

/// A narrative beat: one paragraph's worth of story, phrased by the templates.
#[derive(Debug, Clone, Serialize)]
pub struct Beat {
    pub rule: RuleId,
    /// A sub-kind the templates switch on when one rule has several phrasings.
    pub variant: &'static str,
    /// Facts by role in the sentence (`project`, `company`, `data`, ...).
    pub facts: BTreeMap<&'static str, Fact>,
    /// Lists of facts by role (`skills`, `highlights`, ...).
    pub lists: BTreeMap<&'static str, Vec<Fact>>,
    /// 0-100: how strongly this beat supports the application.
    pub strength: u8,
}

impl Beat {
    /// An empty beat of `rule`.
    pub fn new(rule: RuleId, variant: &'static str, strength: u8) -> Self {
        Beat {
            rule,
            variant,
            facts: BTreeMap::new(),
            lists: BTreeMap::new(),
            strength,
        }
    }

    /// Adds a fact under `role`.
    pub fn fact(mut self, role: &'static str, fact: Fact) -> Self {
        self.facts.insert(role, fact);
        self
    }

    /// Adds a fact under `role` when there is one.
    pub fn maybe(mut self, role: &'static str, fact: Option<Fact>) -> Self {
        if let Some(fact) = fact {
            self.facts.insert(role, fact);
        }
        self
    }

    /// Adds a list of facts under `role` (nothing when empty).
    pub fn list(mut self, role: &'static str, facts: Vec<Fact>) -> Self {
        if !facts.is_empty() {
            self.lists.insert(role, facts);
        }
        self
    }

    /// Every JSON path this beat uses.
    pub fn paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self
            .facts
            .values()
            .chain(self.lists.values().flatten())
            .map(|f| f.path.clone())
            .collect();
        paths.sort();
        paths.dedup();
        paths
    }
}

/// One part of the fit score.
#[derive(Debug, Clone, Serialize)]
pub struct FitPart {
    pub rule: RuleId,
    pub points: u32,
    pub max: u32,
    pub reason: String,
}

/// The fit score 0-100 with its breakdown per rule.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Fit {
    pub score: u32,
    pub parts: Vec<FitPart>,
}

/// Advice to the candidate: what is missing, and what to do about it.
#[derive(Debug, Clone, Serialize)]
pub struct Advice {
    pub rule: RuleId,
    /// Where in the profile (or target) it applies; empty for the whole document.
    pub path: String,
    pub message: String,
    /// A concrete next action.
    pub action: String,
}

/// A fact read from the profile's prose, shown so the user can check it: "read from
/// work[0].highlights[1]: p95 latency 820 -> 140 ms".
#[derive(Debug, Clone, Serialize)]
pub struct ReadFact {
    /// metric, competition, coding-test, deployment or deliverable.
    pub kind: &'static str,
    /// The JSON path of the field it was read from.
    pub path: String,
    /// What was understood, e.g. "p95 latency 820 -> 140 ms" or "Kaggle: 23rd of 4358 teams".
    pub what: String,
    /// The exact words it was read from.
    pub source: String,
}

/// A level a posting names instead of (or besides) a number of years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// "Intern", "인턴".
    Intern,
    /// "Entry level", "new grad", "신입".
    Entry,
    /// "Junior", "주니어".
    Junior,
    /// "Mid-level", "intermediate".
    Mid,
    /// "Senior", "시니어".
    Senior,
    /// "Lead", "리드".
    Lead,
    /// "Staff".
    Staff,
    /// "Principal".
    Principal,
    /// "경력" alone: an experienced hire, not a new graduate.
    Experienced,
    /// "경력 무관", "신입/경력": any experience.
    Any,
}

impl Level {
    /// The level as a reader of `lang` calls it.
    pub fn name(self, lang: Lang) -> &'static str {
        let (en, ko) = match self {
            Level::Intern => ("intern", "인턴"),
            Level::Entry => ("entry level", "신입"),
            Level::Junior => ("junior", "주니어"),
            Level::Mid => ("mid-level", "미드 레벨"),
            Level::Senior => ("senior", "시니어"),
            Level::Lead => ("lead", "리드"),
            Level::Staff => ("staff", "스태프"),
            Level::Principal => ("principal", "프린시펄"),
            Level::Experienced => ("experienced hire", "경력직"),
            Level::Any => ("any experience", "경력 무관"),
        };
        match lang {
            Lang::Ko => ko,
            _ => en,
        }
    }
}

/// One dated job of the work history, as counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobSpan {
    /// `work[i]`.
    pub path: String,
    /// First month, YYYY-MM.
    pub from: String,
    /// Last month, YYYY-MM; none while it is ongoing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Its own length in months (end month included).
    pub months: u32,
    /// An internship: counted apart from professional experience.
    pub internship: bool,
    /// Its own text shows AI/ML work (a knowledge-base technique).
    pub ai_work: bool,
}

/// The posting's required experience against the candidate's work history.
#[derive(Debug, Clone, Serialize)]
pub struct ExperienceCheck {
    /// The requirement as the posting words it.
    pub required: Fact,
    /// The level it names, when the years come from a level ("Senior", "신입") rather than a
    /// number: then `years` and `max_years` are the level's usual band, a convention.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Years the posting asks for, at least.
    pub years: u32,
    /// Years it asks for at most ("3~5년", or a level's band such as entry level's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_years: Option<u32>,
    /// Months of professional work history with dates (overlaps counted once; internships
    /// apart).
    pub months: u32,
    /// Months of internships (overlaps counted once).
    pub internship_months: u32,
    /// When the requirement speaks of ML years and some counted job shows no AI/ML work:
    /// the months of the jobs that do (overlaps counted once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_months: Option<u32>,
    /// The dated jobs, in the profile's order.
    pub jobs: Vec<JobSpan>,
    pub met: bool,
    /// More years than the posting's upper bound (or its level's band): advice, not a fail.
    pub over: bool,
    /// When not met: a graduate degree (`education[i]`), which some companies count as work
    /// experience (the notes: "join a company that counts the master's as experience").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub graduate_degree: Option<String>,
    /// When a job is ongoing: the month (YYYY-MM) it was counted to, and from where that
    /// month comes (`posting`: the posting's date; `profile`: the latest date the profile
    /// gives; storyfolio reads no clock, so documents stay reproducible).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ongoing_until: Option<(String, &'static str)>,
}

/// The story of one candidate for one company.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Story {
    pub lang: Lang,
    /// The detected (or declared) main track.
    pub track: Option<Fact>,
    /// Evidence, best first.
    pub evidence: Vec<Evidence>,
    /// Every beat the facts support, in telling order (answers to a target's questions,
    /// the pitch and interview preparation draw from these).
    pub beats: Vec<Beat>,
    /// The beats a one-page free-form letter tells, in telling order.
    pub letter: Vec<Beat>,
    pub fit: Fit,
    pub advice: Vec<Advice>,
    /// The posting's keywords you have evidence for, and the missing ones.
    pub coverage: super::Coverage,
    /// Likely interview questions with drafted answers.
    pub prep: Vec<super::PrepItem>,
    /// Why the main track is what it is.
    pub track_reason: Option<String>,
    /// What was read from the profile's prose.
    pub read: Vec<ReadFact>,
    /// The posting's required experience, compared with the work history.
    pub experience: Option<ExperienceCheck>,
    /// Where AI could do more for the company: the target's own `opportunities`, else the
    /// knowledge base's ideas for its domain (paths starting `knowledge:`).
    #[serde(skip)]
    pub gaps: Vec<Fact>,
    /// The paths of the knowledge base's ideas in `gaps` the posting already works on (the
    /// company does them with AI): offered help, not asked about.
    #[serde(skip)]
    pub gaps_in_posting: Vec<String>,
    /// The posting's responsibilities the candidate's highlights answer, best-answered
    /// first, each with its best highlight.
    #[serde(skip)]
    pub asks: Vec<AskMatch>,
}
