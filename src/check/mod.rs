//! `storyfolio check`: reads a resume, cover letter or 자기소개서 (whoever or whatever wrote it),
//! finds the claims a reader takes as facts, and matches each against the profile's facts
//! (and the target's, for sentences about the company). Deterministic and offline.

pub mod claims;
pub mod compare;
pub mod dates;
pub mod index;
pub mod read;
pub mod report;

use std::ops::Range;

use claims::{Claim, ClaimKind, Family, What};
use dates::Ym;
use index::{Index, NameKind};
use read::Document;

use crate::facts::quantity::{Bound, Dimension, Quantity};
use crate::knowledge::Knowledge;
use crate::profile::Profile;
use crate::story::text::Text;
use crate::target::Target;

/// Where a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// 1-based paragraph and sentence within it.
    pub paragraph: usize,
    pub sentence: usize,
    /// 1-based source line, for formats with lines.
    pub line: Option<usize>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}"),
            None => write!(
                f,
                "paragraph {}, sentence {}",
                self.paragraph, self.sentence
            ),
        }
    }
}

/// Why a claim is not supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    NoSuchFact,
    DifferentValue,
    StrongerVerb,
    BiggerRole,
    SkillNotInProfile,
    DateOutsideRange,
}

impl Why {
    /// The reason as the report prints it (and the corpus labels name it).
    pub fn label(self) -> &'static str {
        match self {
            Why::NoSuchFact => "no such fact",
            Why::DifferentValue => "different value",
            Why::StrongerVerb => "stronger verb than the profile",
            Why::BiggerRole => "bigger role than the profile",
            Why::SkillNotInProfile => "skill not in the profile",
            Why::DateOutsideRange => "date outside the profile's range",
        }
    }

    /// A short identifier for JSON and the corpus labels.
    pub fn id(self) -> &'static str {
        match self {
            Why::NoSuchFact => "no-such-fact",
            Why::DifferentValue => "different-value",
            Why::StrongerVerb => "stronger-verb",
            Why::BiggerRole => "bigger-role",
            Why::SkillNotInProfile => "skill-not-in-profile",
            Why::DateOutsideRange => "date-outside-range",
        }
    }
}

/// A fact of the profile or the target: its JSON path and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactRef {
    pub path: String,
    pub says: String,
}

/// The verdict on one claim.
#[derive(Debug, Clone)]
pub enum Verdict {
    Supported(FactRef),
    Unsupported { why: Why, closest: Option<FactRef> },
}

/// One claim and its verdict.
#[derive(Debug, Clone)]
pub struct Finding {
    pub claim: Claim,
    pub location: Location,
    pub verdict: Verdict,
}

impl Finding {
    pub fn supported(&self) -> bool {
        matches!(self.verdict, Verdict::Supported(_))
    }
}

/// The outcome of checking one document.
#[derive(Debug, Clone)]
pub struct Report {
    pub reader: &'static str,
    pub findings: Vec<Finding>,
    /// Things the reader should know (e.g. the document's language is not the profile's).
    pub notes: Vec<String>,
}

impl Report {
    pub fn unsupported(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.supported())
    }

    pub fn all_supported(&self) -> bool {
        self.findings.iter().all(Finding::supported)
    }
}

/// A term of the skill vocabulary and the spellings of the same thing.
#[derive(Debug)]
struct Term {
    spelling: String,
    /// Index into `Checker::groups`.
    group: usize,
}

/// The profile (and target) prepared once, to check any number of documents.
pub struct Checker {
    index: Index,
    /// Every run of four words of the target's texts: a clause holding one quotes the
    /// posting ("Another is visual similar-item search from product images").
    target_shingles: std::collections::HashSet<String>,
    /// (concept, the first fact showing it, from the target).
    concept_facts: Vec<(usize, FactRef, bool)>,
    terms: Vec<Term>,
    /// Spellings of one tool, or every term of one field (a knowledge concept).
    groups: Vec<Group>,
    company_names: Vec<String>,
    has_target: bool,
    today: Ym,
}

#[derive(Debug)]
struct Group {
    spellings: Vec<String>,
    /// The knowledge base's concept these spellings name (A/B testing = A/B 테스트): the
    /// profile supports it when the shared vocabulary finds the concept anywhere in it.
    concept: Option<usize>,
}

impl Checker {
    /// Prepares `profile` and `target`; `today` ends entries still running.
    pub fn new(
        profile: &Profile,
        target: Option<&Target>,
        knowledge: &Knowledge,
        today: Ym,
    ) -> Checker {
        let index = Index::new(profile, target, today);
        let mut groups: Vec<Group> = Vec::new();
        // Tools and their spellings in both languages, from the knowledge base.
        for tool in &knowledge.tools {
            groups.push(Group {
                spellings: tool.names.iter().map(|s| s.trim().to_lowercase()).collect(),
                concept: None,
            });
        }
        for (i, concept) in knowledge.concepts.iter().enumerate() {
            let mut spellings = vec![concept.en.to_lowercase(), concept.ko.to_lowercase()];
            spellings.extend(concept.aliases.iter().map(|s| s.to_lowercase()));
            spellings.retain(|s| !s.is_empty());
            groups.push(Group {
                spellings,
                concept: Some(i),
            });
        }
        for group in [
            &knowledge.core_skills.python,
            &knowledge.core_skills.framework,
            &knowledge.core_skills.cpp,
        ] {
            for s in group {
                groups.push(Group {
                    spellings: vec![s.to_lowercase()],
                    concept: None,
                });
            }
        }
        // Skills the posting asks for: a letter that copies them must have them.
        if let Some(target) = target {
            for skill in &target.skills {
                // Keywords only: a skill group's name ("Computer vision") is a heading.
                for word in &skill.keywords {
                    if word.split_whitespace().count() <= 3 {
                        groups.push(Group {
                            spellings: vec![word.to_lowercase()],
                            concept: None,
                        });
                    }
                }
            }
        }
        let mut terms = Vec::new();
        for (g, group) in groups.iter().enumerate() {
            let detected: Vec<&String> = group.spellings.iter().collect();
            for spelling in detected {
                if spelling.chars().count() >= 2 {
                    terms.push(Term {
                        spelling: spelling.clone(),
                        group: g,
                    });
                }
            }
        }
        let mut company_names = Vec::new();
        if let Some(target) = target {
            company_names.extend(target.company.iter().cloned());
            company_names.extend(target.products.iter().map(|p| p.name.clone()));
            // The role applied for is named freely: "the Computer Vision Engineer position".
            company_names.extend(target.title.iter().cloned());
        }
        // Where the profile (and the target) show each concept, read by the one vocabulary.
        let vocabulary = knowledge.vocabulary();
        let mut concept_facts: Vec<(usize, FactRef, bool)> = Vec::new();
        for t in &index.texts {
            for c in vocabulary
                .find(&crate::knowledge::normalize(&t.raw))
                .concepts
            {
                if !concept_facts
                    .iter()
                    .any(|(k, _, target)| *k == c && *target == t.target)
                {
                    concept_facts.push((c, fact(&t.path, &t.raw), t.target));
                }
            }
        }
        let target_shingles = index
            .texts
            .iter()
            .filter(|t| t.target)
            .flat_map(|t| shingles(&t.raw))
            .collect();
        Checker {
            index,
            target_shingles,
            concept_facts,
            terms,
            groups,
            company_names,
            has_target: target.is_some(),
            today,
        }
    }

    /// Reads and checks the document at `path`.
    pub fn check_file(&self, path: &std::path::Path) -> Result<Report, read::ReadError> {
        let document = read::read(
            &read::Source::File(path.to_path_buf()),
            read::PdfReader::Auto,
        )?;
        Ok(self.check(&document))
    }

    /// Checks every claim of `document`.
    pub fn check(&self, document: &Document) -> Report {
        let mut findings = Vec::new();
        let mut hangul = false;
        let mut latin = false;
        for (p, paragraph) in document.paragraphs.iter().enumerate() {
            let text = paragraph.text.as_str();
            hangul |= crate::korean::contains_hangul(text);
            latin |= text.chars().filter(char::is_ascii_alphabetic).count() > 20;
            if self.is_letter_date(text) {
                continue;
            }
            let counts = count_lines(text);
            for (s, sentence) in claims::sentences(text).into_iter().enumerate() {
                for clause in claims::clauses(&text[sentence.clone()], sentence.start) {
                    if claims::states_no_fact(clause.text) {
                        continue;
                    }
                    let about_company = claims::about_company(clause.text, &self.company_names)
                        || shingles(clause.text).any(|sh| self.target_shingles.contains(&sh));
                    if about_company && !self.has_target {
                        // A sentence about a company nobody named cannot be checked.
                        continue;
                    }
                    let skills = self.skills_in(clause.text);
                    for claim in claims::extract(text, &clause, about_company, &skills) {
                        if counts
                            .iter()
                            .any(|c| c.start < claim.span.end && claim.span.start < c.end)
                        {
                            continue;
                        }
                        let location = Location {
                            paragraph: p + 1,
                            sentence: s + 1,
                            line: paragraph.line_at(claim.span.start),
                        };
                        let verdict = self.verdict(&claim, clause.text);
                        findings.push(Finding {
                            claim,
                            location,
                            verdict,
                        });
                    }
                }
            }
        }
        findings.sort_by(|a, b| {
            a.location
                .cmp(&b.location)
                .then(a.claim.span.start.cmp(&b.claim.span.start))
        });
        // One claim found twice (a tool the vocabulary and the posting both name) is one.
        findings.dedup_by(|a, b| {
            a.location == b.location && a.claim.span == b.claim.span && a.claim.kind == b.claim.kind
        });
        let mut notes = Vec::new();
        if hangul && !self.index.has_korean {
            notes.push("the document is in Korean and the profile has no Korean text: numbers, dates and Latin-script names are checked by value; Korean names and skills only through the shared vocabulary".to_string());
        } else if latin && !hangul && !self.index.has_latin {
            notes.push("the document is in English and the profile has no English text: numbers, dates and Latin-script names are checked by value; skills only through the shared vocabulary".to_string());
        }
        Report {
            reader: document.reader,
            findings,
            notes,
        }
    }

    /// A paragraph that is only a date near today is the letter's date, not a claim.
    fn is_letter_date(&self, text: &str) -> bool {
        let found = dates::find(text);
        let Some((_, ym)) = found.first() else {
            return false;
        };
        let rest: usize = {
            let mut t = text.to_string();
            for (r, _) in found.iter().rev() {
                t.replace_range(r.clone(), "");
            }
            t.chars().filter(|c| c.is_alphabetic()).count()
        };
        rest <= 10 && (self.today.first_month() - ym.last_month()).abs() <= 2
    }

    fn skills_in(&self, clause: &str) -> Vec<(Range<usize>, String)> {
        let prepared = Text::new(clause);
        let lower = clause.to_lowercase();
        let mut found: Vec<(Range<usize>, String)> = Vec::new();
        for term in &self.terms {
            if !prepared.has(&term.spelling) {
                continue;
            }
            let range = match lower.find(&term.spelling) {
                // `to_lowercase` keeps byte offsets for the scripts used here; guard anyway.
                Some(i)
                    if clause.is_char_boundary(i)
                        && clause
                            .is_char_boundary(i + term.spelling.len())
                            .then_some(())
                            .is_some() =>
                {
                    i..i + term.spelling.len()
                }
                _ => 0..0,
            };
            found.push((range, term.spelling.clone()));
        }
        // A term inside the target's own names (its role, its products) is not a skill claim.
        let named: Vec<Range<usize>> = self
            .company_names
            .iter()
            .filter(|n| !n.is_empty())
            .flat_map(|n| {
                let n = n.to_lowercase();
                lower
                    .match_indices(&n)
                    .map(|(i, m)| i..i + m.len())
                    .collect::<Vec<_>>()
            })
            .collect();
        found.retain(|(r, _)| {
            !named
                .iter()
                .any(|n| n.start <= r.start && r.end <= n.end && !r.is_empty())
        });
        // A term inside a longer one found ("yolo" in "yolov8 detector") is the longer one.
        let all = found.clone();
        found.retain(|(r, t)| {
            !all.iter().any(|(r2, t2)| {
                t2.len() > t.len()
                    && t2.contains(t.as_str())
                    && (r.is_empty() || r2.start <= r.start && r.end <= r2.end)
            })
        });
        found.dedup_by(|a, b| a.1 == b.1);
        found
    }

    fn verdict(&self, claim: &Claim, clause: &str) -> Verdict {
        let target_ok = claim.about_company;
        match &claim.what {
            What::Number(q) => self.number(q, claim, target_ok),
            What::Change(a, b) => self.change(a, b, claim),
            What::RankOf(rank, field) => self.rank_of(rank, field),
            What::Experience {
                months,
                bound,
                professional,
            } => self.experience(*months, *bound, *professional),
            What::Name(name) => self.name(name, claim.kind, target_ok, clause),
            What::Title {
                title,
                level,
                family,
            } => self.title(title, *level, *family, clause),
            What::Degree(level) => self.degree(*level),
            What::Award { word, place } => self.award(word, *place),
            What::Date(ym) => self.date(*ym, clause, target_ok),
            What::Skill(term) => self.skill(term, target_ok),
            What::Verb { level, object } => self.verb(*level, object),
        }
    }

    fn number(&self, q: &Quantity, claim: &Claim, target_ok: bool) -> Verdict {
        let listed = listed_noun(q);
        let candidates = self
            .index
            .numbers
            .iter()
            .filter(|n| target_ok || !n.target)
            .filter(|n| match (listed, listed_noun(&n.quantity)) {
                (Some(a), Some(b)) => a == b,
                (Some(_), None) => false,
                _ => true,
            });
        let mut closest: Option<(usize, &index::NumberFact)> = None;
        let context = index::context_words(&claim.text, 0..0);
        for n in candidates {
            if compare::supports(q, &n.quantity, n.slack) {
                return supported(&n.path, &n.says);
            }
            if q.dimension != Dimension::Plain && n.quantity.dimension == Dimension::Plain
                || !compare::same_kind(q, &n.quantity)
            {
                continue;
            }
            let overlap = n.context.iter().filter(|w| context.contains(w)).count() + 1;
            if closest.is_none_or(|(best, _)| overlap > best) {
                closest = Some((overlap, n));
            }
        }
        let why = if q.dimension == Dimension::Plain || closest.is_none() {
            Why::NoSuchFact
        } else {
            Why::DifferentValue
        };
        Verdict::Unsupported {
            why,
            closest: closest.map(|(_, n)| fact(&n.path, &n.says)),
        }
    }

    fn change(&self, a: &Quantity, b: &Quantity, claim: &Claim) -> Verdict {
        let ok = |claim: &Quantity, fact: &Quantity| compare::supports(claim, fact, 0.0);
        for p in &self.index.pairs {
            if ok(a, &p.before) && ok(b, &p.after) {
                return supported(&p.path, &p.says);
            }
        }
        // Both values in one field ("cut from 6 minutes to 90 seconds" written otherwise).
        for t in self.index.texts.iter().filter(|t| !t.target) {
            let found = &t.quantities;
            if found.iter().any(|f| ok(a, f)) && found.iter().any(|f| ok(b, f)) {
                return supported(&t.path, &t.raw);
            }
        }
        let closest = self.index.pairs.iter().find(|p| {
            ok(a, &p.before)
                || ok(b, &p.after)
                || compare::same_kind(a, &p.after) && claim_context_overlap(&claim.text, &p.says)
        });
        Verdict::Unsupported {
            why: if closest.is_some() {
                Why::DifferentValue
            } else {
                Why::NoSuchFact
            },
            closest: closest.map(|p| fact(&p.path, &p.says)),
        }
    }

    fn rank_of(&self, rank: &Quantity, field: &Quantity) -> Verdict {
        let by_path = |path: &str, want: &Quantity| {
            self.index.numbers.iter().any(|n| {
                n.path == path
                    && n.quantity.dimension == Dimension::Plain
                    && compare::same_number(want, &n.quantity)
            })
        };
        let mut closest = None;
        for n in self
            .index
            .numbers
            .iter()
            // The competitions' own rank and teams; prose is read as places with fields below.
            .filter(|n| {
                !n.target
                    && n.quantity.dimension == Dimension::Rank
                    && n.path.starts_with("competitions[")
            })
        {
            if compare::same_number(rank, &n.quantity) && by_path(&n.path, field) {
                return supported(&n.path, &n.says);
            }
            closest.get_or_insert(fact(&n.path, &n.says));
        }
        // A rank written in prose ("23rd of 4,358 teams", "2위 (87팀 중)"), read the same way.
        for r in &self.index.ranks {
            if compare::same_number(rank, &r.rank) && compare::same_number(field, &r.field) {
                return supported(&r.path, &r.says);
            }
            closest.get_or_insert(fact(&r.path, &r.says));
        }
        Verdict::Unsupported {
            why: if closest.is_some() {
                Why::DifferentValue
            } else {
                Why::NoSuchFact
            },
            closest,
        }
    }

    fn experience(&self, months: f64, bound: Bound, professional: bool) -> Verdict {
        let (have, path) = if professional {
            (self.index.work_months, "work")
        } else {
            (
                self.index.record_months.max(self.index.work_months),
                "work, projects",
            )
        };
        let have = f64::from(have);
        // "two years" may round up to half a year; "over two years" may not.
        let ok = match bound {
            Bound::AtLeast => months <= have,
            _ => months <= have + 6.0,
        };
        let says = format!(
            "{:.1} years of dated {}",
            have / 12.0,
            if professional {
                "work"
            } else {
                "work and projects"
            }
        );
        if ok {
            supported(path, &says)
        } else {
            Verdict::Unsupported {
                why: Why::DifferentValue,
                closest: Some(fact(path, &says)),
            }
        }
    }

    fn name(&self, name: &str, kind: ClaimKind, target_ok: bool, clause: &str) -> Verdict {
        if kind == ClaimKind::Employer {
            if let Some(employer) = self.employer_just_before(name, clause) {
                return supported(&employer.path, &employer.name);
            }
        }
        for n in &self.index.names {
            if n.kind == NameKind::Company && !target_ok && kind != ClaimKind::Employer {
                continue;
            }
            if names_match(name, &n.name) {
                // The company applied to is named freely; it is never a past employer.
                if n.kind == NameKind::Company && kind == ClaimKind::Employer && !target_ok {
                    continue;
                }
                return supported(&n.path, &n.name);
            }
        }
        if let Some(t) = self.index.find_text(name, target_ok) {
            if !(t.target && kind == ClaimKind::Employer) || target_ok {
                return supported(&t.path, &t.raw);
            }
        }
        let wanted: &[NameKind] = match kind {
            ClaimKind::Employer => &[NameKind::Employer],
            ClaimKind::School => &[NameKind::School],
            ClaimKind::Competition => &[NameKind::Competition, NameKind::Award],
            ClaimKind::Publication => &[NameKind::Publication],
            _ => &[],
        };
        let closest = self
            .index
            .names
            .iter()
            .filter(|n| wanted.contains(&n.kind))
            .max_by(|a, b| {
                let sa = strsim::jaro_winkler(&a.name.to_lowercase(), &name.to_lowercase());
                let sb = strsim::jaro_winkler(&b.name.to_lowercase(), &name.to_lowercase());
                sa.total_cmp(&sb)
            })
            .map(|n| fact(&n.path, &n.name));
        Verdict::Unsupported {
            why: Why::NoSuchFact,
            closest,
        }
    }

    /// "하나로텔레콤 고객센터 상담 자동화 조직에서": a team or department of the employer the
    /// clause names right before it is that employer.
    fn employer_just_before(&self, name: &str, clause: &str) -> Option<&index::NameFact> {
        let at = clause.find(name)?;
        let before = &clause[..at];
        self.index
            .names
            .iter()
            .filter(|n| n.kind == NameKind::Employer && n.name.chars().count() >= 2)
            .find(|n| {
                before.rfind(n.name.as_str()).is_some_and(|i| {
                    let gap = &before[i + n.name.len()..];
                    gap.chars().count() <= 30 && !gap.contains(['.', ',', ';', '(', ')'])
                })
            })
    }

    fn title(&self, title: &str, level: u8, family: Family, clause: &str) -> Verdict {
        let clause_text = Text::new(clause);
        // The entry the clause names ("... at Hanul Mobility"), if any.
        let entry = self.index.entries.iter().find(|e| {
            (e.path.starts_with("work[") || e.path.starts_with("volunteer["))
                && e.names.first().is_some_and(|n| clause_text.has(n))
        });
        let mut closest = None;
        for t in &self.index.titles {
            if let Some(e) = entry {
                if t.entry.as_deref() != Some(e.path.as_str()) {
                    continue;
                }
            }
            let t_family = claims::title_family(&t.title);
            let same_family = t_family == family
                || family == Family::Other
                || t_family == Family::Other && family != Family::Management;
            // With the employer named, its title is the one to compare, whatever its kind.
            if !same_family && entry.is_none() {
                continue;
            }
            if claims::title_level(&t.title) >= level {
                return supported(&t.path, &t.title);
            }
            closest.get_or_insert(fact(&t.path, &t.title));
        }
        if let Some(t) = self.index.find_text(title, false) {
            return supported(&t.path, &t.raw);
        }
        match closest {
            Some(c) => Verdict::Unsupported {
                why: Why::BiggerRole,
                closest: Some(c),
            },
            None => Verdict::Unsupported {
                why: Why::NoSuchFact,
                closest: entry
                    .and_then(|e| {
                        self.index
                            .titles
                            .iter()
                            .find(|t| t.entry.as_deref() == Some(e.path.as_str()))
                    })
                    .or(self.index.titles.first())
                    .map(|t| fact(&t.path, &t.title)),
            },
        }
    }

    fn degree(&self, level: u8) -> Verdict {
        if let Some((_, path, says)) = self.index.degrees.iter().find(|(l, _, _)| *l == level) {
            return supported(path, says);
        }
        let closest = self.index.degrees.iter().max_by_key(|(l, _, _)| *l);
        Verdict::Unsupported {
            why: if closest.is_some() {
                Why::DifferentValue
            } else {
                Why::NoSuchFact
            },
            closest: closest.map(|(_, p, s)| fact(p, s)),
        }
    }

    fn award(&self, word: &str, place: Option<u32>) -> Verdict {
        if let Some(place) = place {
            if let Some(n) = self.index.numbers.iter().find(|n| {
                !n.target
                    && n.quantity.dimension == Dimension::Rank
                    && (n.quantity.number - f64::from(place)).abs() < 0.5
            }) {
                return supported(&n.path, &n.says);
            }
        }
        let lower = word.to_lowercase();
        if let Some(place) = place {
            // A place must be a rank the profile records; "winner" in a retrospective is
            // someone else's.
            let closest = self
                .index
                .numbers
                .iter()
                .find(|n| n.quantity.dimension == Dimension::Rank);
            if let Some(a) = self
                .index
                .names
                .iter()
                .find(|n| n.kind == NameKind::Award && n.name.to_lowercase().contains(&lower))
            {
                return supported(&a.path, &a.name);
            }
            let _ = place;
            return Verdict::Unsupported {
                why: if closest.is_some() {
                    Why::DifferentValue
                } else {
                    Why::NoSuchFact
                },
                closest: closest.map(|n| fact(&n.path, &n.says)),
            };
        }
        let translated = match lower.as_str() {
            "금메달" => "gold medal",
            "은메달" => "silver medal",
            "동메달" => "bronze medal",
            "gold medal" => "금메달",
            "silver medal" => "은메달",
            "bronze medal" => "동메달",
            _ => "",
        };
        for w in [lower.as_str(), translated] {
            if !w.is_empty() {
                if let Some(t) = self.index.find_text(w, false) {
                    return supported(&t.path, &t.raw);
                }
            }
        }
        let generic =
            ["수상", "입상", "awarded", "scholarship", "장학금"].contains(&lower.as_str());
        if generic {
            if let Some(n) = self.index.names.iter().find(|n| n.kind == NameKind::Award) {
                return supported(&n.path, &n.name);
            }
        }
        let closest = self
            .index
            .names
            .iter()
            .find(|n| n.kind == NameKind::Award)
            .map(|n| fact(&n.path, &n.name))
            .or_else(|| {
                self.index
                    .numbers
                    .iter()
                    .find(|n| n.quantity.dimension == Dimension::Rank)
                    .map(|n| fact(&n.path, &n.says))
            });
        Verdict::Unsupported {
            why: if place.is_some() && closest.is_some() {
                Why::DifferentValue
            } else {
                Why::NoSuchFact
            },
            closest,
        }
    }

    fn date(&self, ym: Ym, clause: &str, target_ok: bool) -> Verdict {
        if target_ok {
            return supported("target", "a date about the company");
        }
        let clause_text = Text::new(clause);
        let named: Vec<&index::Entry> = self
            .index
            .entries
            .iter()
            .filter(|e| {
                e.start.is_some()
                    && e.names
                        .iter()
                        .any(|n| n.chars().count() >= 3 && clause_text.has(n))
            })
            .collect();
        let within = |e: &index::Entry| match (e.start, e.end) {
            (Some(s), Some(en)) => {
                ym.last_month() >= s.first_month() - 1 && ym.first_month() <= en.last_month() + 1
            }
            _ => false,
        };
        let describe = |e: &index::Entry| {
            format!(
                "{}: {} to {}",
                e.names.first().cloned().unwrap_or_default(),
                e.start.map(|d| d.to_string()).unwrap_or_default(),
                e.end.map(|d| d.to_string()).unwrap_or_default()
            )
        };
        if !named.is_empty() {
            if let Some(e) = named.iter().find(|e| within(e)) {
                return supported(&e.path, &describe(e));
            }
            return Verdict::Unsupported {
                why: Why::DateOutsideRange,
                closest: named.first().map(|e| fact(&e.path, &describe(e))),
            };
        }
        if let Some(e) = self.index.entries.iter().find(|e| within(e)) {
            return supported(&e.path, &describe(e));
        }
        let nearest = self
            .index
            .entries
            .iter()
            .filter(|e| e.start.is_some())
            .min_by_key(|e| {
                let s = e.start.map_or(0, |d| d.first_month());
                (s - ym.first_month()).abs()
            });
        Verdict::Unsupported {
            why: Why::DateOutsideRange,
            closest: nearest.map(|e| fact(&e.path, &describe(e))),
        }
    }

    fn skill(&self, term: &str, target_ok: bool) -> Verdict {
        if let Some(t) = self.index.find_text(term, target_ok) {
            return supported(&t.path, &t.raw);
        }
        let groups: Vec<&Group> = self
            .terms
            .iter()
            .filter(|t| t.spelling == term)
            .map(|t| &self.groups[t.group])
            .collect();
        for group in &groups {
            // A concept the vocabulary finds in the profile, named in any language or shown
            // by its synonyms ("객체 탐지" for a profile with YOLOv8).
            if let Some(c) = group.concept {
                if let Some((_, f, _)) = self
                    .concept_facts
                    .iter()
                    .find(|(k, _, target)| *k == c && (target_ok || !target))
                {
                    return Verdict::Supported(f.clone());
                }
                continue;
            }
            // Another spelling of the same tool (파이토치 = PyTorch).
            for s in group.spellings.iter().filter(|s| s.as_str() != term) {
                if let Some(t) = self.index.find_text(s, target_ok) {
                    return supported(&t.path, &t.raw);
                }
            }
        }
        Verdict::Unsupported {
            why: Why::SkillNotInProfile,
            closest: None,
        }
    }

    fn verb(&self, level: u8, object: &str) -> Verdict {
        let words: Vec<String> = index::context_words(object, 0..0)
            .into_iter()
            .filter(|w| !VERB_OBJECT_STOP.contains(&w.as_str()))
            .collect();
        let score = |e: &index::Entry| words.iter().filter(|w| e.text.has(w)).count();
        let best = self
            .index
            .entries
            .iter()
            .map(|e| (score(e), e))
            .filter(|(s, _)| *s > 0)
            .max_by_key(|(s, e)| (*s, e.strength));
        if let Some((_, e)) = best {
            if e.strength >= level {
                return supported(&e.strength_path, &e.strength_says);
            }
        }
        // A strong verb in any profile text about the same thing (the summary, say).
        for t in self.index.texts.iter().filter(|t| !t.target) {
            if claims::verb_level(&t.raw) >= level && words.iter().any(|w| t.text.has(w)) {
                return supported(&t.path, &t.raw);
            }
        }
        match best {
            Some((_, e)) => Verdict::Unsupported {
                why: Why::StrongerVerb,
                closest: Some(fact(&e.strength_path, &e.strength_says)),
            },
            None => Verdict::Unsupported {
                why: Why::NoSuchFact,
                closest: None,
            },
        }
    }
}

const VERB_OBJECT_STOP: &[&str] = &[
    "the",
    "and",
    "for",
    "with",
    "our",
    "their",
    "its",
    "that",
    "this",
    "team",
    "project",
    "work",
    "effort",
    "development",
    "프로젝트",
    "개발",
    "팀을",
    "팀의",
];

/// The runs of four words of `text`, normalized.
fn shingles(text: &str) -> impl Iterator<Item = String> {
    let words: Vec<String> = crate::knowledge::normalize(text)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let runs: Vec<String> = words.windows(4).map(|w| w.join(" ")).collect();
    runs.into_iter()
}

/// storyfolio's own length lines under a 자기소개서 answer ("592/700 characters · without
/// spaces 483", "(473/700자 · 공백 제외 386)"), wherever a reader put them: about the text,
/// not the candidate.
fn count_lines(text: &str) -> Vec<Range<usize>> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"\(?\d[\d,]*\s*/\s*\d[\d,]*\s*(?:characters|chars|자)(?:\s*·\s*(?:without spaces|공백\s*제외)\s*\d[\d,]*(?:\s*/\s*\d[\d,]*)?)?\)?",
        )
        .expect("valid regex")
    })
    .find_iter(text)
    .map(|m| m.range())
    .collect()
}

/// Nouns of things the profile lists, whose counts must match the list ("two papers").
fn listed_noun(q: &Quantity) -> Option<&'static str> {
    let noun = q.noun.as_deref()?;
    if [
        "paper",
        "papers",
        "publication",
        "publications",
        "논문",
        "편",
    ]
    .contains(&noun)
    {
        Some("publications")
    } else if ["competition", "competitions", "대회"].contains(&noun) {
        Some("competitions")
    } else {
        None
    }
}

fn claim_context_overlap(claim: &str, says: &str) -> bool {
    let a = index::context_words(claim, 0..0);
    let b = index::context_words(says, 0..0);
    a.iter().any(|w| b.contains(w))
}

fn fact(path: &str, says: &str) -> FactRef {
    FactRef {
        path: path.to_string(),
        says: says.to_string(),
    }
}

fn supported(path: &str, says: &str) -> Verdict {
    Verdict::Supported(fact(path, says))
}

/// Name paraphrase: case, spacing, punctuation, common abbreviations, legal suffixes and
/// the short name ("Hanul" for "Hanul Mobility", "Korea Univ." for "Korea University").
pub fn names_match(claim: &str, fact: &str) -> bool {
    let a = name_words(claim);
    let b = name_words(fact);
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b || a.concat() == b.concat() {
        return true;
    }
    // The short name: the claim is the fact's first words.
    if a.len() < b.len() && b.starts_with(&a) && a.concat().chars().count() >= 3 {
        return true;
    }
    // The fact is the claim without a team or department after it.
    if b.len() < a.len() && a.starts_with(&b) {
        return true;
    }
    // An acronym: "KU" for "Korea University".
    let acronym: String = b.iter().filter_map(|w| w.chars().next()).collect();
    a.len() == 1 && a[0].chars().count() >= 2 && a[0] == acronym
}

fn name_words(name: &str) -> Vec<String> {
    let lower = name
        .to_lowercase()
        .replace("(주)", " ")
        .replace("주식회사", " ");
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '&')
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "univ" => "university",
            "inst" => "institute",
            "tech" => "technology",
            "lab" => "labs",
            "dept" => "department",
            "intl" => "international",
            "natl" => "national",
            other => other,
        })
        .filter(|w| {
            ![
                "inc",
                "corp",
                "corporation",
                "co",
                "ltd",
                "llc",
                "gmbh",
                "the",
                "company",
            ]
            .contains(w)
        })
        .map(|w| crate::korean::strip_particle(w).to_string())
        .collect()
}

/// Whether a file storyfolio wrote is a document to check: not a Typst source, not the
/// `--explain` notes (which quote rules, not claims).
pub fn is_checked_output(path: &std::path::Path) -> bool {
    let name = path.to_string_lossy();
    let document = ["md", "txt", "html", "docx", "pdf"]
        .iter()
        .any(|ext| path.extension().is_some_and(|e| e == *ext));
    document && !name.ends_with(".explain.md")
}

/// Reads nothing, writes nothing: checks `document` against `profile` (and `target`).
pub fn check(
    document: &Document,
    profile: &Profile,
    target: Option<&Target>,
    knowledge: &Knowledge,
    today: Ym,
) -> Report {
    Checker::new(profile, target, knowledge, today).check(document)
}

#[cfg(test)]
mod tests;
