//! The data-first ranking: every item scored for the target (its data, domain, the skills
//! the posting asks for, the kind of role, the main track), best first.

use crate::knowledge::Knowledge;
use crate::profile::Lang;
use crate::target::RoleKind;

use super::analysis::{Item, Needs, Stage};
use super::text::Keyword;
use super::track::{on_track, Track};
use super::{say, Evidence, EvidenceKind};

// The weights of the ranking. The company's data leads (the advice: read the company's data
// first), then its domain, then the skills the posting names; the rest breaks ties.

/// The item handles the target's main kind of data.
const MAIN_DATA: u32 = 40;
/// Each kind of data the item shares with the target.
const PER_SHARED_DATA: u32 = 10;
/// Each of the target's first `DOMAINS_COUNTED` domains the item shares.
const PER_SHARED_DOMAIN: u32 = 25;
const DOMAINS_COUNTED: usize = 2;
/// Each skill the posting asks for that the item shows, up to `ASKED_SKILLS_CAP`.
const PER_ASKED_SKILL: u32 = 10;
const ASKED_SKILLS_CAP: u32 = 40;
/// Each of the target's keywords the item's text contains, up to `KEYWORDS_CAP`.
const PER_KEYWORD: u32 = 3;
const KEYWORDS_CAP: u32 = 15;
/// The item lies on the candidate's main track (or there is no track).
const ON_TRACK: u32 = 10;
/// Each metric, for the first `METRICS_COUNTED`, and a deliverable: proof over claims.
const PER_METRIC: u32 = 3;
const METRICS_COUNTED: u32 = 2;
const DELIVERABLE: u32 = 3;
/// What each kind of role looks for first.
const ROLE_RESEARCH_PAPER: u32 = 20;
const ROLE_RESEARCH_REPRODUCTION: u32 = 10;
const ROLE_ENGINEERING_SERVICE: u32 = 15;
const ROLE_ML_ENGINEERING_SERVING: u32 = 15;

/// Scores every item for the target (data-first, weighted by role), best first.
pub fn rank(
    kb: &Knowledge,
    items: &[Item],
    needs: Option<&Needs>,
    track: Option<&Track>,
    lang: Lang,
) -> Vec<Evidence> {
    // The posting's keywords, prepared once for every item's text.
    let keywords: Vec<Keyword<'_>> = needs
        .map(|n| n.keywords.iter().map(|k| Keyword::new(&k.text)).collect())
        .unwrap_or_default();
    let mut ranked: Vec<Evidence> = items
        .iter()
        .enumerate()
        .map(|(position, item)| {
            let on = on_track(kb, item, track);
            let (mut score, mut reasons) = match needs {
                Some(needs) => data_score(kb, item, needs, &keywords, lang),
                None => (0, Vec::new()),
            };
            if let Some(role) = needs.and_then(|n| n.role_kind) {
                let (points, reason) = role_score(kb, item, role, lang);
                score += points;
                reasons.extend(reason);
            }
            if on {
                score += ON_TRACK;
                if let Some(t) = track {
                    reasons.push(say(
                        lang,
                        &format!("on your main track ({})", t.fact.text),
                        &format!("주 트랙({})에 속함", t.fact.text),
                    ));
                }
            } else if track.is_some() {
                reasons.push(say(lang, "off your main track", "주 트랙에서 벗어남"));
            }
            score += (item.metrics.len() as u32).min(METRICS_COUNTED) * PER_METRIC
                + u32::from(item.has_deliverable) * DELIVERABLE;
            Evidence {
                kind: item.kind,
                index: item.index,
                path: item.path.clone(),
                title: item.title.clone(),
                score,
                reasons,
                on_track: on,
                item: position,
                facts: facts_of(item),
            }
        })
        .collect();
    ranked.sort_by(|a, b| b.score.cmp(&a.score).then(a.path.cmp(&b.path)));
    ranked
}

/// The facts of `item` the writing may quote.
fn facts_of(item: &Item) -> super::EvidenceFacts {
    super::EvidenceFacts {
        employer: item.employer.clone(),
        description: item.description.clone(),
        highlights: item.highlights.clone(),
        metrics: item
            .metrics
            .iter()
            .map(|(m, path)| super::Measured {
                name: super::Fact::new(m.name.trim(), super::evidence::metric_part(path, "name")),
                baseline: m
                    .baseline
                    .as_deref()
                    .map(str::trim)
                    .filter(|b| !b.is_empty())
                    .map(|b| super::Fact::new(b, super::evidence::metric_part(path, "baseline"))),
                value: super::Fact::new(
                    m.value.trim(),
                    super::evidence::metric_part(path, "value"),
                ),
            })
            .collect(),
        changes: item.changes.clone(),
        relevance: Default::default(),
    }
}

/// `keywords` are `needs.keywords`, prepared.
fn data_score(
    kb: &Knowledge,
    item: &Item,
    needs: &Needs,
    keywords: &[Keyword<'_>],
    lang: Lang,
) -> (u32, Vec<String>) {
    let mut score = 0;
    let mut reasons = Vec::new();
    let shared: Vec<&String> = needs
        .modalities
        .iter()
        .filter(|m| item.modalities.contains(m))
        .collect();
    if let Some(first) = needs.modalities.first() {
        if item.modalities.contains(first) {
            score += MAIN_DATA;
        }
    }
    score += PER_SHARED_DATA * shared.len() as u32;
    if !shared.is_empty() {
        let list = shared
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        reasons.push(say(
            lang,
            &format!("same data as the target: {list}"),
            &format!(
                "지원 회사와 같은 데이터: {}",
                super::text::modality_list(&shared, lang)
            ),
        ));
    }
    // Domain and concept indices of `needs` and `item` come from enumerating this same
    // knowledge base (`analysis`), so indexing it cannot go out of range.
    let domains: Vec<&str> = needs
        .domains
        .iter()
        .take(DOMAINS_COUNTED)
        .filter(|d| item.domains.contains(d))
        .map(|d| kb.domains[*d].name.in_lang(lang))
        .collect();
    if !domains.is_empty() {
        score += PER_SHARED_DOMAIN * domains.len() as u32;
        let list = domains.join(", ");
        reasons.push(say(
            lang,
            &format!("same domain: {list}"),
            &format!("같은 도메인: {list}"),
        ));
    }
    let concepts: Vec<&str> = needs
        .concepts
        .iter()
        .filter(|c| item.concepts.contains(c))
        .map(|c| kb.concepts[*c].en.as_str())
        .collect();
    if !concepts.is_empty() {
        score += (PER_ASKED_SKILL * concepts.len() as u32).min(ASKED_SKILLS_CAP);
        let names: Vec<String> = needs
            .concepts
            .iter()
            .filter(|c| item.concepts.contains(c))
            .map(|c| match lang {
                Lang::En => kb.concepts[*c].en.clone(),
                Lang::Ko => kb.concepts[*c].ko.clone(),
            })
            .collect();
        reasons.push(say(
            lang,
            &format!("skills the posting asks for: {}", names.join(", ")),
            &format!("공고가 요구하는 기술: {}", names.join(", ")),
        ));
    }
    let keyword_hits = keywords.iter().filter(|k| item.text.has_keyword(k)).count() as u32;
    score += (PER_KEYWORD * keyword_hits).min(KEYWORDS_CAP);
    (score, reasons)
}

fn concept_id(kb: &Knowledge, item: &Item, id: &str) -> bool {
    // Item concepts index this same knowledge base (`analysis::concepts_in`).
    item.concepts.iter().any(|c| kb.concepts[*c].id == id)
}

fn role_score(kb: &Knowledge, item: &Item, role: RoleKind, lang: Lang) -> (u32, Option<String>) {
    match role {
        RoleKind::Research if item.kind == EvidenceKind::Publication => (
            ROLE_RESEARCH_PAPER,
            Some(say(
                lang,
                "a paper, for a research role",
                "연구직에 맞는 논문",
            )),
        ),
        RoleKind::Research if item.stage == Some(Stage::Reproduce) => (
            ROLE_RESEARCH_REPRODUCTION,
            Some(say(lang, "reproduces recent models", "최신 모델 재현")),
        ),
        RoleKind::Engineering if item.stage == Some(Stage::Apply) => (
            ROLE_ENGINEERING_SERVICE,
            Some(say(
                lang,
                "put into service, for an engineering role",
                "서비스 적용 경험(엔지니어 직무)",
            )),
        ),
        RoleKind::MlEngineering
            if concept_id(kb, item, "serving") || concept_id(kb, item, "testing") =>
        {
            (
                ROLE_ML_ENGINEERING_SERVING,
                Some(say(
                    lang,
                    "serving, tests and environments, for an ML-engineering role",
                    "서빙·테스트·환경 구축(ML 엔지니어 직무)",
                )),
            )
        }
        _ => (0, None),
    }
}
