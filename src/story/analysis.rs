//! Understanding the inputs: what the target needs (domains, data, skills, role) and what
//! each item of the profile shows, inferred from keywords, titles, descriptions and
//! highlights; storyfolio's explicit fields make it more precise but are never required.

use std::sync::OnceLock;

use crate::facts::ResultFacts;
use crate::knowledge::{IdeaWords, Knowledge};
use crate::profile::{Lang, Metric, Profile};
use crate::target::{RoleKind, Target};

use super::text::{self, Keyword, Text};
use super::{EvidenceKind, Fact, Scope};

/// Where a piece of work stands on the path reproduce -> build -> apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Reproduce,
    Build,
    Apply,
}

/// An opportunity: a place where AI could do more for the company.
#[derive(Debug, Clone)]
pub struct Opportunity {
    pub fact: Fact,
    /// Words that name what the opportunity is about, in both languages: the keywords of the
    /// knowledge base's ideas it evokes and the concept words it uses, never a domain's own
    /// keywords (sharing the domain is not sharing the problem).
    pub specific: Vec<String>,
    /// Its words that only name a kind of data (`review`, `video`): they tie weakly.
    pub weak: Vec<String>,
    /// The knowledge base's concepts it mentions (indices into `concepts`).
    pub concepts: Vec<usize>,
    /// A knowledge-base idea the posting already works on (it names the idea's words or
    /// techniques, or the company's product is its domain's AI): the company does this with
    /// AI, so the letter offers help with it rather than asking whether AI could.
    pub in_posting: bool,
}

/// What the target needs.
#[derive(Debug, Clone, Default)]
pub struct Needs {
    pub company: Option<Fact>,
    pub role: Option<Fact>,
    /// Indices into the knowledge base's domains, best first.
    pub domains: Vec<usize>,
    /// Wanted data modalities, most important first: those of the target's `data` in its
    /// order, then the others its posting names, in the order it first names them (when it
    /// names none, its domain's usual data).
    pub modalities: Vec<String>,
    /// When the posting names no data: the domain whose usual data `modalities` holds.
    pub modalities_guessed_from: Option<Fact>,
    /// The target's own words for its data (`data[i]`).
    pub data: Vec<Fact>,
    /// Knowledge-base concepts the posting mentions.
    pub concepts: Vec<usize>,
    /// The posting's skill keywords.
    pub keywords: Vec<Fact>,
    pub role_kind: Option<RoleKind>,
    /// Where AI could do more for the company; not read for `Scope::Ranking`.
    pub opportunities: Vec<Opportunity>,
    pub products: Vec<Fact>,
    pub ai_uses: Vec<Fact>,
    /// What the company does, in its own words: the description's first sentence when it
    /// is about the company (it names it first), at `description`.
    pub about: Option<Fact>,
    /// The posting asks for C/C++ or model compression.
    pub compression_role: bool,
    /// The posting values GPT/LLM experience.
    pub values_llm: bool,
}

/// What one item of the profile shows.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: EvidenceKind,
    pub index: usize,
    pub path: String,
    pub title: String,
    pub text: Text,
    pub modalities: Vec<String>,
    pub domains: Vec<usize>,
    pub concepts: Vec<usize>,
    pub stage: Option<Stage>,
    /// Start or release date, for ordering a progression.
    pub date: Option<String>,
    pub highlights: Vec<Fact>,
    pub metrics: Vec<(Metric, String)>,
    /// Every change the item's prose measures (`Change`).
    pub changes: Vec<super::Change>,
    pub description: Option<Fact>,
    pub has_deliverable: bool,
    /// For a job: the employer's name, as the profile says it.
    pub employer: Option<Fact>,
    /// Its highlights, description and measured results, read for tying opportunities when
    /// first asked for (`sentences`): a ranking never reads them.
    sentences: OnceLock<Vec<Sentence>>,
    /// How many of `metrics` come from the `metrics` field (the prose's follow them).
    own_metrics: usize,
}

impl Item {
    /// Its highlights, description and the names of its `metrics` entries, each read (its
    /// words and knowledge-base concepts) once.
    pub fn sentences(&self, kb: &Knowledge) -> &[Sentence] {
        self.sentences.get_or_init(|| {
            let metric_names = self.metrics[..self.own_metrics]
                .iter()
                .enumerate()
                .map(|(j, (m, path))| (Fact::new(m.name.trim(), format!("{path}.name")), Some(j)));
            self.highlights
                .iter()
                .chain(self.description.iter())
                .map(|f| (f.clone(), None))
                .chain(metric_names)
                .filter(|(f, _)| !f.text.is_empty())
                .map(|(f, metric)| Sentence::read(kb, f, metric))
                .collect()
        })
    }
}

/// One sentence of an item an opportunity can be tied to: a highlight, the description or
/// summary, or the name of a measured result of storyfolio's `metrics` field; read once per
/// profile (its words and its knowledge-base concepts), whatever the number of targets.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub fact: Fact,
    /// For a `metrics` entry: its position in the item's `metrics`.
    pub metric: Option<usize>,
    pub text: Text,
    pub concepts: Vec<usize>,
}

impl Sentence {
    fn read(kb: &Knowledge, fact: Fact, metric: Option<usize>) -> Sentence {
        let text = Text::new(&fact.text);
        let concepts = kb.vocabulary().find(text.as_str()).concepts;
        Sentence {
            fact,
            metric,
            text,
            concepts,
        }
    }
}

/// The item `evidence` was ranked from: found by position (constant time), checked by path.
pub fn item_of<'a>(items: &'a [Item], evidence: &super::Evidence) -> Option<&'a Item> {
    items
        .get(evidence.item)
        .filter(|i| i.path == evidence.path)
        .or_else(|| items.iter().find(|i| i.path == evidence.path))
}

fn fact(value: &Option<String>, path: &str) -> Option<Fact> {
    value
        .as_ref()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| Fact::new(s, path))
}

fn facts(values: &[String], path: &str) -> Vec<Fact> {
    values
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(i, v)| Fact::new(v.trim(), format!("{path}[{i}]")))
        .collect()
}

// The three look-ups below read a text through the knowledge base's one index (a single
// pass, whatever the number of terms), in both languages.

fn modalities_in(kb: &Knowledge, text: &Text) -> Vec<String> {
    kb.vocabulary().find(text.as_str()).modalities
}

/// Domains with their number of distinct keyword hits, most hits first.
pub(super) fn domains_in(kb: &Knowledge, text: &Text) -> Vec<(usize, usize)> {
    let mut found = kb.vocabulary().find(text.as_str()).domains;
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    found
}

fn concepts_in(kb: &Knowledge, text: &Text) -> Vec<usize> {
    kb.vocabulary().find(text.as_str()).concepts
}

/// Reads what `target` needs; its `opportunities` only for the whole story (`Scope::Whole`).
pub fn needs(kb: &Knowledge, target: &Target, lang: Lang, scope: Scope) -> Needs {
    let mut parts: Vec<&str> = Vec::new();
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let owned: Vec<String> = [
        opt(&target.title),
        opt(&target.industry),
        opt(&target.description),
    ]
    .into_iter()
    .chain(target.data.iter().cloned())
    .chain(target.responsibilities.iter().cloned())
    .chain(target.qualifications.iter().cloned())
    .chain(
        target
            .products
            .iter()
            .flat_map(|p| [p.name.clone(), p.description.clone().unwrap_or_default()]),
    )
    .chain(target.ai_uses.iter().cloned())
    .chain(target.opportunities.iter().cloned())
    .chain(
        target
            .skills
            .iter()
            .flat_map(|s| s.name.iter().cloned().chain(s.keywords.iter().cloned())),
    )
    .collect();
    parts.extend(owned.iter().map(String::as_str));
    let all = Text::new(&parts.join(" \n "));
    // The company's own industry and data weigh more than the rest of the posting.
    let core = Text::new(&format!(
        "{} {} {}",
        opt(&target.industry),
        target.data.join(" "),
        opt(&target.title)
    ));
    let mut domain_hits = domains_in(kb, &all);
    for (i, hits) in &mut domain_hits {
        // `domains_in` enumerated `kb.domains`: the index is in range.
        *hits += 3 * kb.domains[*i]
            .keywords
            .iter()
            .filter(|k| core.has(k))
            .count();
    }
    domain_hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let domains: Vec<usize> = domain_hits.iter().map(|(i, _)| *i).collect();

    // The company's data in the order the target lists it: the first item leads.
    let mut modalities: Vec<String> = Vec::new();
    for d in &target.data {
        for m in modalities_in(kb, &Text::new(d)) {
            if !modalities.contains(&m) {
                modalities.push(m);
            }
        }
    }
    for m in modalities_in(kb, &all) {
        if !modalities.contains(&m) {
            modalities.push(m);
        }
    }
    let mut modalities_guessed_from = None;
    if modalities.is_empty() {
        if let Some(d) = domains.first() {
            // Indices from `domains_in` over this same knowledge base.
            modalities = kb.domains[*d].data.clone();
            modalities_guessed_from = Some(Fact::from_knowledge(
                kb.domains[*d].name.in_lang(lang),
                format_args!("domains.{}", kb.domains[*d].id),
            ));
        }
    }

    let ai_uses = facts(&target.ai_uses, "aiUses");
    let concepts = concepts_in(kb, &all);
    let opportunities = match scope {
        Scope::Whole => opportunities(kb, target, lang, &all, &domains, &modalities, &concepts),
        Scope::Ranking => Vec::new(),
    };
    let mut keywords: Vec<Fact> = Vec::new();
    for (i, s) in target.skills.iter().enumerate() {
        for (j, k) in s.keywords.iter().enumerate() {
            if !k.trim().is_empty() {
                keywords.push(Fact::new(k.trim(), format!("skills[{i}].keywords[{j}]")));
            }
        }
        if s.keywords.is_empty() {
            keywords.extend(fact(&s.name, &format!("skills[{i}].name")));
        }
    }
    let role_kind = target.role_kind.or_else(|| {
        let title = Text::new(&opt(&target.title));
        if title.any(&strings(&[
            "research",
            "researcher",
            "scientist",
            "연구",
            "연구원",
        ])) {
            Some(RoleKind::Research)
        } else if title.any(&strings(&[
            "ml engineer",
            "machine learning engineer",
            "mlops",
            "ml 엔지니어",
            "머신러닝 엔지니어",
        ])) {
            Some(RoleKind::MlEngineering)
        } else if title.any(&strings(&["engineer", "developer", "엔지니어", "개발자"])) {
            Some(RoleKind::Engineering)
        } else {
            None
        }
    });
    let compression_role = kb
        .concepts
        .iter()
        .position(|c| c.id == "model-compression")
        .is_some_and(|c| concepts.contains(&c))
        || all.any(&kb.core_skills.cpp);
    let values_llm = kb
        .concepts
        .iter()
        .position(|c| c.id == "llm")
        .is_some_and(|c| concepts.contains(&c));
    Needs {
        company: fact(&target.company, "company"),
        role: fact(&target.title, "title"),
        domains,
        modalities,
        modalities_guessed_from,
        data: facts(&target.data, "data"),
        concepts,
        keywords,
        role_kind,
        opportunities,
        products: target
            .products
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.name.trim().is_empty())
            .map(|(i, p)| Fact::new(p.name.trim(), format!("products[{i}].name")))
            .collect(),
        ai_uses,
        about: about(target),
        compression_role,
        values_llm,
    }
}

/// The opportunities for AI at the company of `target`: the target's own `opportunities`,
/// else the knowledge base's ideas for its first domains that it does not do yet.
/// `all` is the posting's whole text, `domains`, `modalities` and `concepts` what `needs`
/// read from it.
fn opportunities(
    kb: &Knowledge,
    target: &Target,
    lang: Lang,
    all: &Text,
    domains: &[usize],
    modalities: &[String],
    concepts: &[usize],
) -> Vec<Opportunity> {
    let ai_text = Text::new(&target.ai_uses.join(" \n "));
    // Every idea of the knowledge base with its specific words (split once per process).
    let known_ideas: Vec<(&Vec<String>, &Vec<String>)> = if target.opportunities.is_empty() {
        Vec::new()
    } else {
        kb.domains
            .iter()
            .zip(kb.idea_words())
            .flat_map(|(domain, words)| domain.opportunities.iter().zip(words))
            .map(|(known, words)| (&known.keywords, &words.specific))
            .collect()
    };
    let mut opportunities: Vec<Opportunity> = target
        .opportunities
        .iter()
        .enumerate()
        .filter(|(_, o)| !o.trim().is_empty())
        .map(|(i, o)| {
            let own_text = Text::new(o);
            // The keywords of every idea of the knowledge base it evokes (which carry both
            // languages: 콜드 스타트 = cold start); the techniques it names count as concepts,
            // shared more loosely ("detector" says little about which problem).
            let concepts = concepts_in(kb, &own_text);
            let mut words: Vec<String> = Vec::new();
            // An idea is evoked by one of its specific words, not by the data it names
            // (every video idea would otherwise answer "video").
            for (keywords, specific) in &known_ideas {
                if own_text.any(specific) {
                    words.extend(keywords.iter().cloned());
                }
            }
            if words.is_empty() {
                // Nothing in the knowledge base: the opportunity's own longer words.
                words = own_text
                    .as_str()
                    .split(' ')
                    .filter(|w| w.chars().count() > 4)
                    .map(|w| crate::korean::strip_particle(w).to_string())
                    .collect();
            }
            let IdeaWords { specific, weak } = kb.split_idea_words(domains.first().copied(), words);
            Opportunity {
                fact: Fact::new(o.trim(), format!("opportunities[{i}]")),
                specific,
                weak,
                concepts,
                in_posting: false,
            }
        })
        .collect();
    // The data the company handles: what the target names, and what companies of its main
    // domain handle (a shop's posting that names click logs still has reviews).
    let handled: Vec<&String> = modalities
        .iter()
        .chain(
            domains
                .first()
                .map_or(&[][..], |&d| &kb.domains[d].data[..]),
        )
        .collect();
    if opportunities.is_empty() {
        for &d in domains.iter().take(2) {
            // A posting that names one of the domain's AI applications ("speech recognition",
            // "무단횡단") comes from a company whose product is that AI: every idea of the
            // domain improves its own work.
            let ai_company = kb.domains[d]
                .ai_applications
                .iter()
                .any(|a| all.any(&a.keywords));
            // From `domains_in` over this same knowledge base.
            for (j, o) in kb.domains[d].opportunities.iter().enumerate() {
                if ai_text.any(&o.keywords) {
                    continue; // they already use AI there
                }
                if !o.settings.is_empty() && !all.any(&o.settings) {
                    continue; // it happens where this company does not work
                }
                // An idea on data the company does not handle (image and video search for a
                // team whose data is conversations) is not one to offer them.
                let idea_data = modalities_in(kb, &Text::new(&format!("{} \n {}", o.en, o.ko)));
                if !idea_data.is_empty() && !idea_data.iter().any(|m| handled.contains(&m)) {
                    continue;
                }
                let IdeaWords { specific, weak } = kb.idea_words()[d][j].clone();
                let idea_concepts = concepts_in(
                    kb,
                    &Text::new(&format!(
                        "{} \n {} \n {}",
                        o.en,
                        o.ko,
                        o.keywords.join(" \n ")
                    )),
                );
                let in_posting = ai_company
                    || all.any(&specific)
                    || idea_concepts.iter().any(|c| concepts.contains(c));
                opportunities.push(Opportunity {
                    fact: Fact::from_knowledge(
                        o.in_lang(lang),
                        format_args!("domains.{}.opportunities[{j}]", kb.domains[d].id),
                    ),
                    specific,
                    weak,
                    concepts: idea_concepts,
                    in_posting,
                });
            }
        }
    }

    opportunities
}

/// The description's first sentence, when it opens with the company's name ("Hearth Audio
/// makes smart speakers and earbuds."): what a candidate can say they know of the company.
fn about(target: &Target) -> Option<Fact> {
    let company = target
        .company
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())?;
    let text = target.description.as_deref()?.trim();
    if !text.starts_with(company) {
        return None;
    }
    // A stop followed by a space ends the sentence ("3,000 shippers." but not "3.5").
    let end = text
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && text[i + 1..].starts_with(char::is_whitespace)
        })
        .map_or(text.len(), |(i, _)| i + 1);
    let first = text[..end].trim();
    (first.ends_with(['.', '!', '?']) && first.len() > company.len())
        .then(|| Fact::new(first, "description"))
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// The knowledge base's words for each stage, prepared once for the text of every item.
struct StageWords<'k> {
    reproduce: Vec<Keyword<'k>>,
    build: Vec<Keyword<'k>>,
    apply: Vec<Keyword<'k>>,
}

impl<'k> StageWords<'k> {
    fn of(kb: &'k Knowledge) -> StageWords<'k> {
        StageWords {
            reproduce: text::prepare(&kb.stages.reproduce),
            build: text::prepare(&kb.stages.build),
            apply: text::prepare(&kb.stages.apply),
        }
    }
}

fn stage_of(stages: &StageWords<'_>, text: &Text) -> Option<Stage> {
    // The furthest stage reached counts: a reproduced model that was then deployed is "apply".
    if text.any_keyword(&stages.apply) {
        Some(Stage::Apply)
    } else if text.any_keyword(&stages.build) {
        Some(Stage::Build)
    } else if text.any_keyword(&stages.reproduce) {
        Some(Stage::Reproduce)
    } else {
        None
    }
}

struct Raw<'a> {
    kind: EvidenceKind,
    index: usize,
    path: String,
    title: String,
    texts: Vec<&'a str>,
    explicit_modalities: &'a [String],
    explicit_domains: &'a [String],
    date: Option<String>,
    highlights: Vec<Fact>,
    metrics: &'a [Metric],
    description: Option<Fact>,
    has_deliverable: bool,
    employer: Option<Fact>,
}

fn item(kb: &Knowledge, stages: &StageWords<'_>, raw: Raw<'_>) -> Item {
    let mut all: Vec<&str> = raw.texts.clone();
    all.extend(raw.explicit_modalities.iter().map(String::as_str));
    all.extend(raw.explicit_domains.iter().map(String::as_str));
    let text = Text::new(&all.join(" \n "));
    let mut modalities: Vec<String> = raw
        .explicit_modalities
        .iter()
        .map(|m| m.to_lowercase())
        .collect();
    // One pass of the knowledge base's index reads modalities, domains and concepts.
    let terms = kb.vocabulary().find(text.as_str());
    if modalities.is_empty() {
        modalities = terms.modalities;
    }
    let mut domain_hits = terms.domains;
    domain_hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let domains = domain_hits.into_iter().map(|(i, _)| i).collect();
    Item {
        sentences: OnceLock::new(),
        own_metrics: raw.metrics.len(),
        kind: raw.kind,
        index: raw.index,
        title: raw.title,
        stage: stage_of(stages, &text),
        concepts: terms.concepts,
        text,
        modalities,
        domains,
        date: raw.date,
        highlights: raw.highlights,
        metrics: raw
            .metrics
            .iter()
            .enumerate()
            .map(|(j, m)| (m.clone(), format!("{}.metrics[{j}]", raw.path)))
            .collect(),
        changes: Vec::new(),
        description: raw.description,
        has_deliverable: raw.has_deliverable,
        employer: raw.employer,
        path: raw.path,
    }
}

/// Every item of the profile that can serve as evidence.
pub fn items(kb: &Knowledge, profile: &Profile, read: &ResultFacts) -> Vec<Item> {
    let stages = StageWords::of(kb);
    let none: &[String] = &[];
    let mut out = Vec::new();
    for (i, p) in profile.projects.iter().enumerate() {
        let path = format!("projects[{i}]");
        let mut texts: Vec<&str> = [&p.name, &p.description, &p.entity, &p.kind]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        texts.extend(p.highlights.iter().map(String::as_str));
        texts.extend(p.keywords.iter().map(String::as_str));
        out.push(item(
            kb,
            &stages,
            Raw {
                kind: EvidenceKind::Project,
                index: i,
                title: p.name.clone().unwrap_or_default(),
                texts,
                explicit_modalities: &p.modalities,
                explicit_domains: &p.domains,
                date: p.start_date.clone().or(p.end_date.clone()),
                highlights: facts(&p.highlights, &format!("{path}.highlights")),
                metrics: &p.metrics,
                description: fact(&p.description, &format!("{path}.description")),
                has_deliverable: !p.deliverables.is_empty() || p.url.is_some() || p.repo.is_some(),
                employer: None,
                path,
            },
        ));
    }
    for (i, w) in profile.work.iter().enumerate() {
        let path = format!("work[{i}]");
        let mut texts: Vec<&str> = [&w.name, &w.position, &w.description, &w.summary]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        texts.extend(w.highlights.iter().map(String::as_str));
        texts.extend(w.keywords.iter().map(String::as_str));
        out.push(item(
            kb,
            &stages,
            Raw {
                kind: EvidenceKind::Work,
                index: i,
                title: match (w.position.as_deref(), w.name.as_deref()) {
                    (Some(position), Some(name)) => {
                        format!("{} @ {}", position.trim(), name.trim())
                    }
                    (position, name) => name.or(position).unwrap_or_default().to_string(),
                },
                texts,
                explicit_modalities: &w.modalities,
                explicit_domains: &w.domains,
                date: w.start_date.clone(),
                highlights: facts(&w.highlights, &format!("{path}.highlights")),
                metrics: &w.metrics,
                description: fact(&w.summary, &format!("{path}.summary")),
                has_deliverable: true,
                employer: fact(&w.name, &format!("{path}.name")),
                path,
            },
        ));
    }
    for (i, c) in profile.competitions.iter().enumerate() {
        let path = format!("competitions[{i}]");
        let mut texts: Vec<&str> = [&c.platform, &c.summary]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        texts.push(&c.name);
        texts.extend(c.keywords.iter().map(String::as_str));
        out.push(item(
            kb,
            &stages,
            Raw {
                kind: EvidenceKind::Competition,
                index: i,
                title: c.name.clone(),
                texts,
                explicit_modalities: &c.modalities,
                explicit_domains: &c.domains,
                date: c.date.clone(),
                highlights: Vec::new(),
                metrics: &[],
                description: fact(&c.summary, &format!("{path}.summary")),
                has_deliverable: c.rank.is_some() || c.url.is_some(),
                employer: None,
                path,
            },
        ));
    }
    for (i, p) in profile.publications.iter().enumerate() {
        let path = format!("publications[{i}]");
        let texts: Vec<&str> = [&p.name, &p.publisher, &p.summary]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        out.push(item(
            kb,
            &stages,
            Raw {
                kind: EvidenceKind::Publication,
                index: i,
                title: p.name.clone().unwrap_or_default(),
                texts,
                explicit_modalities: none,
                explicit_domains: none,
                date: p.release_date.clone(),
                highlights: Vec::new(),
                metrics: &[],
                description: fact(&p.summary, &format!("{path}.summary")),
                has_deliverable: true,
                employer: None,
                path,
            },
        ));
    }
    // Measured results the prose states (and the `metrics` field does not) follow the
    // field's own, before/after pairs first: "recall@10 0.61 -> 0.83" in a highlight is as
    // much a result as a `metrics` entry. Changes without a baseline ("1.8%p") stay in coach's
    // read list: phrased alone in a sentence they lose what they compare with. Their path is the field they were read from.
    for item in &mut out {
        item.changes = read
            .metrics_of(&item.path)
            .filter(|m| m.fact.direction != crate::facts::metric::Direction::None)
            .map(|m| super::Change {
                path: m.source.path.clone(),
                name: m.fact.name.clone(),
                direction: m.fact.direction,
            })
            .collect();
        if !matches!(item.kind, EvidenceKind::Project | EvidenceKind::Work) {
            continue;
        }
        // A model behind an API, measured for latency or A/B-tested reached service, whatever verb the text used ("p95 지연 시간 820 ms에서 140 ms로").
        let in_service = read.signals_of(&item.path).any(|s| {
            use crate::facts::SignalKind::*;
            matches!(s.fact.kind, Deployed | Serving | Latency | Experiment)
        });
        if in_service {
            item.stage = Some(Stage::Apply);
        }
        let mut prose: Vec<&crate::facts::Read<crate::facts::MetricRead>> = read
            .metrics_of(&item.path)
            .filter(|m| !m.fact.name.is_empty() && m.fact.before.is_some())
            .collect();
        prose.sort_by_key(|m| m.fact.before.is_none());
        for m in prose {
            item.metrics.push((
                Metric {
                    name: m.fact.name.clone(),
                    value: m.fact.value_text.clone(),
                    baseline: m.fact.baseline_text.clone(),
                },
                m.source.path.clone(),
            ));
        }
    }
    out
}
