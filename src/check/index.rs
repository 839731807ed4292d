//! Everything the profile (and the target) state, prepared for look-ups with the JSON path of
//! each fact: texts, numbers, before/after pairs and what they imply, dated entries, names,
//! titles and degrees, and how strongly each entry claims ownership.

use serde_json::Value;

use super::claims::{self, verb_level};
use super::dates::{self, Ym};
use crate::facts::quantity::{claimed_quantities, Dimension, Quantity, MONTH_MS};
use crate::profile::Profile;
use crate::story::text::Text;
use crate::target::Target;

/// One text field.
#[derive(Debug)]
pub struct FactText {
    pub path: String,
    pub raw: String,
    pub text: Text,
    /// From the target, not the profile.
    pub target: bool,
    /// Its numbers (none for date fields), scanned once.
    pub quantities: Vec<Quantity>,
}

/// A number stated (or implied) by a fact.
#[derive(Debug, Clone)]
pub struct NumberFact {
    pub quantity: Quantity,
    pub path: String,
    /// What the fact says, for the report.
    pub says: String,
    /// Lower-cased words around the number, to find the closest fact.
    pub context: Vec<String>,
    pub target: bool,
    /// Rounding the fact allows beyond its digits, in base units (a job's length in months
    /// counted from dates is +- one month).
    pub slack: f64,
}

/// A before/after pair.
#[derive(Debug, Clone)]
pub struct PairFact {
    pub before: Quantity,
    pub after: Quantity,
    pub path: String,
    pub says: String,
}

/// A place and the size of its field, as one profile text states them ("3위 (218팀 중)").
#[derive(Debug, Clone)]
pub struct RankFact {
    pub rank: Quantity,
    pub field: Quantity,
    pub path: String,
    pub says: String,
}

/// Something with a name and dates: a job, a degree, a project, a competition, ...
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: String,
    pub names: Vec<String>,
    pub start: Option<Ym>,
    pub end: Option<Ym>,
    /// How strongly the profile claims ownership of it (see `claims::verb_level`), and where.
    pub strength: u8,
    pub strength_says: String,
    /// The field `strength_says` quotes.
    pub strength_path: String,
    /// Every word of the entry, for matching what a sentence refers to.
    pub text: Text,
}

/// A title held: a position, a role, the headline.
#[derive(Debug, Clone)]
pub struct TitleFact {
    pub path: String,
    pub title: String,
    /// The entry it belongs to (`work[0]`), if any.
    pub entry: Option<String>,
}

/// What kind of name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Employer,
    School,
    Project,
    Award,
    Competition,
    Publication,
    Certificate,
    Company,
    Other,
}

/// A name the profile or the target uses.
#[derive(Debug, Clone)]
pub struct NameFact {
    pub kind: NameKind,
    pub name: String,
    pub path: String,
}

/// The facts of one profile (and target), ready for checking.
#[derive(Debug, Default)]
pub struct Index {
    pub texts: Vec<FactText>,
    pub numbers: Vec<NumberFact>,
    pub pairs: Vec<PairFact>,
    pub ranks: Vec<RankFact>,
    pub entries: Vec<Entry>,
    pub titles: Vec<TitleFact>,
    pub names: Vec<NameFact>,
    /// Degree level (1 bachelor, 2 master, 3 doctorate) with its path and text.
    pub degrees: Vec<(u8, String, String)>,
    /// The months of paid work, and of the whole record (first start to last end).
    pub work_months: i32,
    pub record_months: i32,
    pub first: Option<Ym>,
    pub last: Option<Ym>,
    /// The profile has Hangul text / Latin text.
    pub has_korean: bool,
    pub has_latin: bool,
}

impl Index {
    /// Indexes `profile` and `target`; `today` ends entries that have not ended.
    pub fn new(profile: &Profile, target: Option<&Target>, today: Ym) -> Index {
        let mut index = Index::default();
        if let Ok(value) = serde_json::to_value(profile) {
            walk(&value, String::new(), false, &mut index.texts);
        }
        if let Some(target) = target {
            if let Ok(value) = serde_json::to_value(target) {
                walk(&value, "target".into(), true, &mut index.texts);
            }
        }
        index.has_korean = index
            .texts
            .iter()
            .any(|t| !t.target && crate::korean::contains_hangul(&t.raw));
        index.has_latin = index.texts.iter().any(|t| {
            !t.target && !t.path.contains("url") && t.raw.chars().any(|c| c.is_ascii_alphabetic())
        });
        index.numbers_and_pairs(profile);
        index.entries(profile, today);
        index.names_and_titles(profile, target);
        index
    }

    fn numbers_and_pairs(&mut self, profile: &Profile) {
        for t in &self.texts {
            if is_date_field(&t.path) {
                continue;
            }
            let found = &t.quantities;
            for (_, rank, field) in claims::ranks_of(&t.raw, found) {
                if t.target {
                    continue;
                }
                self.ranks.push(RankFact {
                    rank,
                    field,
                    path: t.path.clone(),
                    says: t.raw.clone(),
                });
            }
            for (_, before, after) in claims::pairs(&t.raw, found) {
                self.pairs.push(PairFact {
                    before,
                    after,
                    path: t.path.clone(),
                    says: t.raw.clone(),
                });
            }
            for q in found.iter().cloned() {
                self.numbers.push(NumberFact {
                    context: context_words(&t.raw, q.span.clone()),
                    quantity: q,
                    path: t.path.clone(),
                    says: t.raw.clone(),
                    target: t.target,
                    slack: 0.0,
                });
            }
        }
        // Metrics: the baseline and the value are one before/after pair.
        let metric_lists = profile
            .work
            .iter()
            .enumerate()
            .map(|(i, w)| (format!("work[{i}]"), &w.metrics))
            .chain(
                profile
                    .projects
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (format!("projects[{i}]"), &p.metrics)),
            );
        for (owner, metrics) in metric_lists {
            for (j, m) in metrics.iter().enumerate() {
                let (Some(baseline), Some(value)) = (m.baseline.as_deref(), Some(&m.value)) else {
                    continue;
                };
                // The two fields read as one "baseline -> value" text, so the one reading
                // of before/after pairs gives each side the other's unit.
                let joined = format!("{baseline} -> {value}");
                let found = claimed_quantities(&joined);
                let Some((_, before, after)) = claims::pairs(&joined, &found).into_iter().next()
                else {
                    continue;
                };
                self.pairs.push(PairFact {
                    before,
                    after,
                    path: format!("{owner}.metrics[{j}]"),
                    says: format!(
                        "{}: {} -> {}",
                        m.name,
                        m.baseline.as_deref().unwrap_or_default(),
                        m.value
                    ),
                });
            }
        }
        // What each pair implies: the factor, the relative change, the difference.
        let mut implied = Vec::new();
        for pair in &self.pairs {
            let (a, b) = (pair.before.base_value(), pair.after.base_value());
            if a <= 0.0 || b <= 0.0 {
                continue;
            }
            let mut push = |q: Quantity, how: &str| {
                implied.push(NumberFact {
                    quantity: q,
                    path: pair.path.clone(),
                    says: format!("{} ({how})", pair.says),
                    context: context_words(&pair.says, 0..0),
                    target: false,
                    slack: 0.0,
                });
            };
            push(
                Quantity::computed(a.max(b) / a.min(b), "x", Dimension::Factor),
                "implied factor",
            );
            for base in [a, b] {
                push(
                    Quantity::computed((a - b).abs() / base * 100.0, "%", Dimension::Percent),
                    "implied change",
                );
            }
            // A change of a share or a percentage in points.
            let points = |q: &Quantity| match q.dimension {
                Dimension::Percent => Some(q.base_value()),
                Dimension::Plain if q.number <= 1.0 && q.decimals > 0 => Some(q.number * 100.0),
                _ => None,
            };
            if let (Some(x), Some(y)) = (points(&pair.before), points(&pair.after)) {
                push(
                    Quantity::computed((x - y).abs(), "%p", Dimension::PercentPoints),
                    "implied points",
                );
            }
            if pair.before.dimension == pair.after.dimension
                && pair.before.dimension != Dimension::Plain
            {
                // The difference, in the unit the pair is written in.
                let unit = pair.before.base_value() / pair.before.number;
                if unit.is_finite() && unit > 0.0 {
                    let mut q = Quantity::computed(
                        (a - b).abs() / unit,
                        &pair.before.unit,
                        pair.before.dimension,
                    );
                    q.currency = pair.before.currency;
                    push(q, "implied difference");
                }
            }
        }
        self.numbers.extend(implied);
        // Competitions: rank and field size, and the share of the field above.
        for (i, c) in profile.competitions.iter().enumerate() {
            let path = format!("competitions[{i}]");
            let says = format!(
                "{}: rank {} of {}",
                c.name,
                c.rank.map_or("?".into(), |r| r.to_string()),
                c.teams.map_or("?".into(), |t| t.to_string())
            );
            let fact = |quantity: Quantity| NumberFact {
                quantity,
                path: path.clone(),
                says: says.clone(),
                context: context_words(&says, 0..0),
                target: false,
                slack: 0.0,
            };
            if let Some(rank) = c.rank {
                self.numbers.push(fact(Quantity::computed(
                    f64::from(rank),
                    "",
                    Dimension::Rank,
                )));
            }
            if let Some(teams) = c.teams {
                let mut q = Quantity::computed(f64::from(teams), "", Dimension::Plain);
                q.noun = Some("teams".into());
                self.numbers.push(fact(q));
            }
            if let (Some(rank), Some(teams)) = (c.rank, c.teams) {
                if teams > 0 {
                    self.numbers.push(fact(Quantity::computed(
                        f64::from(rank) / f64::from(teams) * 100.0,
                        "%",
                        Dimension::TopShare,
                    )));
                }
            }
        }
        // Counts of things listed: "two papers", "three competitions".
        let counts = [
            ("publications", profile.publications.len()),
            ("competitions", profile.competitions.len()),
            ("projects", profile.projects.len()),
        ];
        for (what, n) in counts {
            if n > 0 {
                let mut quantity = Quantity::computed(n as f64, "", Dimension::Plain);
                quantity.noun = Some(what.into());
                self.numbers.push(NumberFact {
                    quantity,
                    path: what.into(),
                    says: format!("{n} {what}"),
                    context: vec![what.into()],
                    target: false,
                    slack: 0.0,
                });
            }
        }
    }

    fn entries(&mut self, profile: &Profile, today: Ym) {
        let mut add = |path: String,
                       names: Vec<Option<&String>>,
                       start: Option<&String>,
                       end: Option<&String>,
                       open_ended: bool| {
            let start = start.and_then(|s| dates::parse_field(s));
            let end = match end.and_then(|e| dates::parse_field(e)) {
                Some(e) => Some(e),
                None if open_ended && start.is_some() => Some(today),
                None => start,
            };
            let names: Vec<String> = names
                .into_iter()
                .flatten()
                .filter(|n| !n.trim().is_empty())
                .cloned()
                .collect();
            self.entries.push(Entry {
                path,
                names,
                start,
                end,
                strength: 0,
                strength_says: String::new(),
                strength_path: String::new(),
                text: Text::default(),
            });
        };
        for (i, w) in profile.work.iter().enumerate() {
            add(
                format!("work[{i}]"),
                vec![w.name.as_ref(), w.position.as_ref()],
                w.start_date.as_ref(),
                w.end_date.as_ref(),
                true,
            );
        }
        for (i, v) in profile.volunteer.iter().enumerate() {
            add(
                format!("volunteer[{i}]"),
                vec![v.organization.as_ref(), v.position.as_ref()],
                v.start_date.as_ref(),
                v.end_date.as_ref(),
                true,
            );
        }
        for (i, e) in profile.education.iter().enumerate() {
            add(
                format!("education[{i}]"),
                vec![e.institution.as_ref(), e.area.as_ref()],
                e.start_date.as_ref(),
                e.end_date.as_ref(),
                true,
            );
        }
        for (i, p) in profile.projects.iter().enumerate() {
            add(
                format!("projects[{i}]"),
                vec![p.name.as_ref(), p.entity.as_ref()],
                p.start_date.as_ref(),
                p.end_date.as_ref(),
                true,
            );
        }
        for (i, c) in profile.competitions.iter().enumerate() {
            add(
                format!("competitions[{i}]"),
                vec![Some(&c.name), c.platform.as_ref()],
                c.date.as_ref(),
                None,
                false,
            );
        }
        for (i, p) in profile.publications.iter().enumerate() {
            add(
                format!("publications[{i}]"),
                vec![p.name.as_ref(), p.publisher.as_ref()],
                p.release_date.as_ref(),
                None,
                false,
            );
        }
        for (i, a) in profile.awards.iter().enumerate() {
            add(
                format!("awards[{i}]"),
                vec![a.title.as_ref(), a.awarder.as_ref()],
                a.date.as_ref(),
                None,
                false,
            );
        }
        for (i, c) in profile.certificates.iter().enumerate() {
            add(
                format!("certificates[{i}]"),
                vec![c.name.as_ref(), c.issuer.as_ref()],
                c.date.as_ref(),
                None,
                false,
            );
        }
        for entry in &mut self.entries {
            let prefix_dot = format!("{}.", entry.path);
            let mut all = String::new();
            for t in self
                .texts
                .iter()
                .filter(|t| !t.target && t.path.starts_with(&prefix_dot))
            {
                all.push_str(&t.raw);
                all.push_str(" \n ");
                let level = verb_level(&t.raw);
                if level > entry.strength {
                    entry.strength = level;
                    entry.strength_says = t.raw.clone();
                    entry.strength_path = t.path.clone();
                }
            }
            if entry.strength_says.is_empty() {
                // No verb of ownership: the role held says what it was.
                let role = [
                    ".position",
                    ".roles[0]",
                    ".summary",
                    ".description",
                    ".highlights[0]",
                ]
                .iter()
                .find_map(|key| {
                    let path = format!("{}{key}", entry.path);
                    self.texts.iter().find(|t| t.path == path)
                });
                if let Some(t) = role {
                    entry.strength_says = t.raw.clone();
                    entry.strength_path = t.path.clone();
                } else {
                    entry.strength_says = entry.names.join(", ");
                    entry.strength_path = entry.path.clone();
                }
            }
            entry.text = Text::new(&all);
        }
        // Months of work, and the span of the whole record.
        let months = |e: &Entry| match (e.start, e.end) {
            (Some(s), Some(en)) => (en.last_month() - s.first_month() + 1).max(0),
            _ => 0,
        };
        self.work_months = self
            .entries
            .iter()
            .filter(|e| e.path.starts_with("work["))
            .map(months)
            .sum();
        self.first = self.entries.iter().filter_map(|e| e.start).min();
        self.last = self.entries.iter().filter_map(|e| e.end.or(e.start)).max();
        let dated_record = self.entries.iter().filter(|e| {
            e.path.starts_with("work[")
                || e.path.starts_with("projects[")
                || e.path.starts_with("volunteer[")
        });
        let first = dated_record.clone().filter_map(|e| e.start).min();
        let last = dated_record.filter_map(|e| e.end.or(e.start)).max();
        self.record_months = match (first, last) {
            (Some(f), Some(l)) => (l.last_month() - f.first_month() + 1).max(0),
            _ => 0,
        };
        // Durations of dated entries are facts too ("a six-month internship").
        for e in &self.entries {
            let m = months(e);
            if m > 0 && e.start != e.end {
                self.numbers.push(NumberFact {
                    quantity: Quantity::computed(f64::from(m), "months", Dimension::Duration),
                    slack: MONTH_MS,
                    path: e.path.clone(),
                    says: format!(
                        "{}: {} to {}",
                        e.names.join(", "),
                        e.start.map(|d| d.to_string()).unwrap_or_default(),
                        e.end.map(|d| d.to_string()).unwrap_or_default()
                    ),
                    context: e
                        .names
                        .iter()
                        .flat_map(|n| context_words(n, 0..0))
                        .collect(),
                    target: false,
                });
            }
        }
    }

    fn names_and_titles(&mut self, profile: &Profile, target: Option<&Target>) {
        let mut name = |kind: NameKind, value: Option<&String>, path: String| {
            if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
                self.names.push(NameFact {
                    kind,
                    name: v.clone(),
                    path,
                });
            }
        };
        for (i, w) in profile.work.iter().enumerate() {
            name(
                NameKind::Employer,
                w.name.as_ref(),
                format!("work[{i}].name"),
            );
        }
        for (i, v) in profile.volunteer.iter().enumerate() {
            name(
                NameKind::Employer,
                v.organization.as_ref(),
                format!("volunteer[{i}].organization"),
            );
        }
        for (i, e) in profile.education.iter().enumerate() {
            name(
                NameKind::School,
                e.institution.as_ref(),
                format!("education[{i}].institution"),
            );
        }
        for (i, p) in profile.projects.iter().enumerate() {
            name(
                NameKind::Project,
                p.name.as_ref(),
                format!("projects[{i}].name"),
            );
            name(
                NameKind::Employer,
                p.entity.as_ref(),
                format!("projects[{i}].entity"),
            );
        }
        for (i, a) in profile.awards.iter().enumerate() {
            name(
                NameKind::Award,
                a.title.as_ref(),
                format!("awards[{i}].title"),
            );
            name(
                NameKind::Other,
                a.awarder.as_ref(),
                format!("awards[{i}].awarder"),
            );
        }
        for (i, c) in profile.competitions.iter().enumerate() {
            name(
                NameKind::Competition,
                Some(&c.name),
                format!("competitions[{i}].name"),
            );
            name(
                NameKind::Other,
                c.platform.as_ref(),
                format!("competitions[{i}].platform"),
            );
        }
        for (i, p) in profile.publications.iter().enumerate() {
            name(
                NameKind::Publication,
                p.name.as_ref(),
                format!("publications[{i}].name"),
            );
            name(
                NameKind::Publication,
                p.publisher.as_ref(),
                format!("publications[{i}].publisher"),
            );
        }
        for (i, c) in profile.certificates.iter().enumerate() {
            name(
                NameKind::Certificate,
                c.name.as_ref(),
                format!("certificates[{i}].name"),
            );
            name(
                NameKind::Other,
                c.issuer.as_ref(),
                format!("certificates[{i}].issuer"),
            );
        }
        if let Some(target) = target {
            name(
                NameKind::Company,
                target.company.as_ref(),
                "target.company".into(),
            );
            for (i, p) in target.products.iter().enumerate() {
                name(
                    NameKind::Company,
                    Some(&p.name),
                    format!("target.products[{i}].name"),
                );
            }
        }
        let mut title = |value: Option<&String>, path: String, entry: Option<String>| {
            if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
                self.titles.push(TitleFact {
                    path,
                    title: v.clone(),
                    entry,
                });
            }
        };
        title(profile.basics.label.as_ref(), "basics.label".into(), None);
        for (i, w) in profile.work.iter().enumerate() {
            title(
                w.position.as_ref(),
                format!("work[{i}].position"),
                Some(format!("work[{i}]")),
            );
        }
        for (i, v) in profile.volunteer.iter().enumerate() {
            title(
                v.position.as_ref(),
                format!("volunteer[{i}].position"),
                Some(format!("volunteer[{i}]")),
            );
        }
        for (i, p) in profile.projects.iter().enumerate() {
            for (j, r) in p.roles.iter().enumerate() {
                title(
                    Some(r),
                    format!("projects[{i}].roles[{j}]"),
                    Some(format!("projects[{i}]")),
                );
            }
        }
        for (i, e) in profile.education.iter().enumerate() {
            for (field, value) in [
                ("studyType", e.study_type.as_ref()),
                ("area", e.area.as_ref()),
            ] {
                if let Some(level) = value.and_then(|v| claims::degree_level(v)) {
                    self.degrees.push((
                        level,
                        format!("education[{i}].{field}"),
                        value.cloned().unwrap_or_default(),
                    ));
                    break;
                }
            }
        }
        for t in self.texts.iter().filter(|t| !t.target) {
            if t.path.starts_with("education") {
                continue;
            }
            for (level, _) in claims::degrees(&t.raw) {
                self.degrees.push((level, t.path.clone(), t.raw.clone()));
            }
        }
    }

    /// The first profile (or, when `target_ok`, target) text containing `term`.
    pub fn find_text(&self, term: &str, target_ok: bool) -> Option<&FactText> {
        self.texts
            .iter()
            .filter(|t| target_ok || !t.target)
            .find(|t| t.text.has(term))
    }
}

/// Date fields hold dates, not numbers ("2023-06" is not 6).
fn is_date_field(path: &str) -> bool {
    let key = path.rsplit('.').next().unwrap_or(path);
    matches!(key, "startDate" | "endDate" | "date" | "releaseDate")
}

/// Every string of `value` with its JSON path. Links, contact details and settings hold no
/// claims and are left out.
fn walk(value: &Value, path: String, target: bool, out: &mut Vec<FactText>) {
    const SKIPPED: &[&str] = &[
        "url",
        "email",
        "phone",
        "image",
        "$schema",
        "meta",
        "lang",
        "language",
        "preferredRole",
        "roleKind",
        "postalCode",
        "countryCode",
        "type",
    ];
    match value {
        Value::String(s) if !s.trim().is_empty() => out.push(FactText {
            quantities: if is_date_field(&path) {
                Vec::new()
            } else {
                claimed_quantities(s)
            },
            text: Text::new(s),
            raw: s.clone(),
            path,
            target,
        }),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), target, out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                if SKIPPED.contains(&key.as_str()) {
                    continue;
                }
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(item, child, target, out);
            }
        }
        _ => {}
    }
}

/// The lower-cased words within a few words of `span` (the whole text when empty).
pub fn context_words(text: &str, span: std::ops::Range<usize>) -> Vec<String> {
    let (before, after) = if span.is_empty() {
        (text, "")
    } else {
        (
            text.get(..span.start).unwrap_or_default(),
            text.get(span.end..).unwrap_or_default(),
        )
    };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 2 && !w.chars().all(|c| c.is_ascii_digit()))
            .map(|w| crate::korean::strip_particle(&w.to_lowercase()).to_string())
            .collect()
    };
    if span.is_empty() {
        return words(before);
    }
    let b = words(before);
    let mut out: Vec<String> = b.into_iter().rev().take(6).collect();
    out.extend(words(after).into_iter().take(6));
    out
}
