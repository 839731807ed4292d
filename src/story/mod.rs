//! The story engine: pure functions from a profile and a target (and GitHub statistics) to a
//! typed `Story`: ranked evidence, narrative beats carrying rule ids and the JSON paths of
//! their facts, a fit score, and advice. No I/O here. One module per rule family.

mod analysis;
mod coverage;
mod evidence;
mod growth;
mod model;
mod opportunity;
mod prep;
mod questions;
mod readiness;
mod skills;
#[cfg(test)]
mod tests;
pub mod text;

pub use coverage::{Coverage, Covered};
pub use model::*;
pub use prep::PrepItem;
pub use questions::{assign_to_questions, topic_of, Topic};

use std::collections::BTreeMap;

use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};
use crate::target::{RoleKind, Target};

/// The GitHub statistics of one repository the story may cite.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RepoFacts {
    pub stars: u64,
    pub forks: u64,
    pub commits: Option<u64>,
    pub pushed_at: Option<String>,
}

/// Everything the engine reads.
pub struct Inputs<'a> {
    pub profile: &'a Profile,
    pub target: Option<&'a Target>,
    /// GitHub statistics by lower-case `owner/name`.
    pub stats: &'a BTreeMap<String, RepoFacts>,
    pub knowledge: &'a Knowledge,
    pub lang: Lang,
}

/// English or Korean text, by document language.
pub(crate) fn say(lang: Lang, en: &str, ko: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Ko => ko.to_string(),
    }
}

/// How many beats a one-page letter tells between its opening and closing.
const LETTER_BEATS: usize = 5;

/// The beats the letter tells: the opening and closing, and between them the strongest
/// others in telling order, no project told more than twice; a metric told by
/// compression-value is not told again by data-first.
fn letter_beats(all: &[Beat]) -> Vec<Beat> {
    let mut by_strength: Vec<(usize, &Beat)> = all
        .iter()
        .enumerate()
        .filter(|(_, b)| b.rule != RuleId::Frame && b.rule.in_letters())
        .collect();
    by_strength.sort_by(|a, b| b.1.strength.cmp(&a.1.strength).then(a.0.cmp(&b.0)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut told: BTreeMap<String, usize> = BTreeMap::new();
    for (i, beat) in by_strength {
        if chosen.len() == LETTER_BEATS {
            break;
        }
        let project = beat.facts.get("project").map(|f| f.path.clone());
        if let Some(p) = &project {
            if told.get(p).copied().unwrap_or(0) >= 2 {
                continue;
            }
            *told.entry(p.clone()).or_default() += 1;
        }
        chosen.push(i);
    }
    // `chosen` holds indices from enumerating `all`.
    let compression_project = chosen
        .iter()
        .map(|i| &all[*i])
        .find(|b| b.rule == RuleId::CompressionValue)
        .and_then(|b| b.facts.get("project").cloned());
    all.iter()
        .enumerate()
        .filter(|(i, b)| (b.rule == RuleId::Frame && b.variant != "claim") || chosen.contains(i))
        .map(|(_, b)| {
            let mut b = b.clone();
            if b.rule == RuleId::DataFirst && compression_project.as_ref() == b.facts.get("project")
            {
                for role in ["metric", "baseline", "value"] {
                    b.facts.remove(role);
                }
            }
            b
        })
        .collect()
}

/// Builds the story of the profile told for the target (or a general story without one).
pub fn build(inputs: &Inputs<'_>) -> Story {
    build_with(
        &ProfileAnalysis::of(inputs.profile, inputs.knowledge),
        inputs,
    )
}

/// What the engine reads from a profile, independent of any target: computed once when one
/// profile is told for many companies (`batch`).
pub struct ProfileAnalysis {
    items: Vec<analysis::Item>,
    track: Option<evidence::Track>,
    /// The GitHub repositories the profile names, wherever (the list `refresh` fetches).
    repos: crate::github::refs::Refs,
}

impl ProfileAnalysis {
    /// Analyses `profile` with `kb`.
    pub fn of(profile: &Profile, kb: &Knowledge) -> ProfileAnalysis {
        let items = analysis::items(kb, profile);
        let track = evidence::track(kb, profile, &items);
        let repos = crate::github::refs::extract(profile);
        ProfileAnalysis {
            items,
            track,
            repos,
        }
    }
}

/// `build` with the profile already analysed (`inputs.profile` must be the analysed one).
pub fn build_with(analysed: &ProfileAnalysis, inputs: &Inputs<'_>) -> Story {
    let Inputs {
        profile,
        target,
        knowledge: kb,
        lang,
        ..
    } = *inputs;
    let items = &analysed.items;
    let needs = target.map(|t| analysis::needs(kb, t, lang));
    let track = analysed.track.clone();
    let ranked = evidence::rank(kb, items, needs.as_ref(), track.as_ref(), lang);
    let role = needs
        .as_ref()
        .and_then(|n| n.role_kind)
        .or(profile.preferred_role);
    let stats = |repo: &str| inputs.stats.get(&repo.to_lowercase()).cloned();

    let mut advice: Vec<Advice> = Vec::new();
    let mut keep = |(beat, more): (Option<Beat>, Vec<Advice>)| {
        advice.extend(more);
        beat
    };
    let (one_story, _) = (
        keep(evidence::one_story(kb, items, track.as_ref(), lang)),
        (),
    );
    let reproduce = keep(evidence::reproduce_then_build(kb, items, &ranked, lang));
    let role_beat = keep(evidence::role_emphasis(
        kb, profile, items, &ranked, role, lang,
    ));
    let compression = keep(skills::compression_value(
        kb,
        items,
        &ranked,
        needs.as_ref(),
        lang,
    ));
    let competition = keep(growth::competition_retro(profile, &ranked, lang));
    let github = keep(growth::github_growth(
        profile,
        &ranked,
        &analysed.repos,
        &stats,
        lang,
    ));
    let coding = keep(skills::coding_proof(profile, lang));
    let trend = keep(skills::trend(kb, items, needs.as_ref(), lang));
    let no_data = keep(readiness::no_data_answer(kb, items, lang));
    let (core, core_advice, core_points) = skills::core_skills(kb, profile, needs.as_ref(), lang);
    advice.extend(core_advice);
    let (deliverables, deliverable_advice, deliverable_points) =
        readiness::deliverables(profile, &ranked, lang);
    advice.extend(deliverable_advice);
    advice.extend(skills::weak_signals(kb, profile, lang));

    let mut fit = Fit::default();
    let mut opportunity_beats = Vec::new();
    let mut data_first = None;
    let mut domain_fit = None;
    let mut research = None;
    let mut coverage = Coverage::default();
    if let Some(needs) = &needs {
        let (beat, more) = evidence::data_first(items, &ranked, needs, lang);
        data_first = beat;
        advice.extend(more);
        let (beat, more) = evidence::domain_fit(kb, items, needs, lang);
        domain_fit = beat;
        advice.extend(more);
        let (beats_, more) = opportunity::ai_opportunity(items, &ranked, needs, lang);
        opportunity_beats = beats_;
        advice.extend(more);
        let (beat, more) = opportunity::bring_research(kb, profile, items, needs, lang);
        research = beat;
        advice.extend(more);
        let skills_text = text::Text::new(
            &profile
                .skills
                .iter()
                .flat_map(|s| s.name.iter().chain(s.keywords.iter()))
                .cloned()
                .collect::<Vec<_>>()
                .join(" \n "),
        );
        coverage = coverage::coverage(kb, needs, items, &skills_text, lang);
        fit = fit_score(
            kb,
            items,
            &ranked,
            needs,
            track.as_ref(),
            role,
            core_points,
            deliverable_points,
            !opportunity_beats.is_empty(),
            lang,
        );
    }

    // Telling order: who I am for you, the evidence, how I grew, what I would do for you.
    let opening = needs
        .as_ref()
        .and_then(|n| n.company.clone())
        .map(|company| {
            Beat::new(RuleId::Frame, "opening", 100)
                .fact("company", company)
                .maybe("role", needs.as_ref().and_then(|n| n.role.clone()))
        });
    let closing = needs
        .as_ref()
        .and_then(|n| n.company.clone())
        .map(|company| {
            Beat::new(RuleId::Frame, "closing", 100)
                .fact("company", company)
                .maybe(
                    "opportunity",
                    opportunity_beats
                        .first()
                        .and_then(|b| b.facts.get("opportunity").cloned()),
                )
        });
    let ordered: Vec<Option<Beat>> = vec![
        opening,
        data_first,
        domain_fit,
        one_story,
        reproduce,
        role_beat,
        research,
        compression,
        competition,
        github,
        opportunity_beats.first().cloned(),
        opportunity_beats.get(1).cloned(),
        trend,
        core,
        coding,
        deliverables,
        no_data,
        closing,
    ];
    let all: Vec<Beat> = ordered.into_iter().flatten().collect();
    let prep = prep::prep(&all, items, &ranked, needs.as_ref());
    let letter = letter_beats(&all);
    advice.sort_by(|a, b| a.rule.cmp(&b.rule).then(a.path.cmp(&b.path)));
    Story {
        lang,
        track: track.map(|t| t.fact),
        evidence: ranked,
        beats: all,
        letter,
        fit,
        advice,
        coverage,
        prep,
    }
}

#[allow(clippy::too_many_arguments)]
fn fit_score(
    kb: &Knowledge,
    items: &[analysis::Item],
    ranked: &[Evidence],
    needs: &analysis::Needs,
    track: Option<&evidence::Track>,
    role: Option<RoleKind>,
    core_points: u32,
    deliverable_points: u32,
    opportunity_tied: bool,
    lang: Lang,
) -> Fit {
    let mut parts = Vec::new();
    let top = ranked
        .iter()
        .find(|e| e.kind != EvidenceKind::Publication)
        .and_then(|e| analysis::item_of(items, e));
    let primary = needs.modalities.first();
    let data_points = match top {
        Some(i) if primary.is_some_and(|p| i.modalities.contains(p)) => 30,
        Some(i) if needs.modalities.iter().any(|m| i.modalities.contains(m)) => 20,
        _ if items
            .iter()
            .any(|i| needs.modalities.iter().any(|m| i.modalities.contains(m))) =>
        {
            10
        }
        _ => 0,
    };
    parts.push(FitPart {
        rule: RuleId::DataFirst,
        points: data_points,
        max: 30,
        reason: match top {
            Some(i) => say(
                lang,
                &format!(
                    "your lead evidence \"{}\" handles {}",
                    i.title,
                    i.modalities.join(", ")
                ),
                &format!(
                    "대표 경험 \"{}\"의 데이터: {}",
                    i.title,
                    i.modalities.join(", ")
                ),
            ),
            None => say(
                lang,
                "no project or job to lead with",
                "앞세울 프로젝트나 경력이 없음",
            ),
        },
    });
    let domain_points = match needs.domains.first() {
        Some(d) if items.iter().any(|i| i.domains.contains(d)) => 15,
        Some(_)
            if items
                .iter()
                .any(|i| needs.domains.iter().any(|d| i.domains.contains(d))) =>
        {
            8
        }
        _ => 0,
    };
    // Domain and concept indices of `needs` and `items` come from enumerating this same
    // knowledge base (`analysis`), so indexing it cannot go out of range.
    let domain_name = needs
        .domains
        .first()
        .map(|d| kb.domains[*d].name.in_lang(lang).to_string())
        .unwrap_or_default();
    parts.push(FitPart {
        rule: RuleId::DomainFit,
        points: domain_points,
        max: 15,
        reason: say(
            lang,
            &format!("domain: {domain_name}"),
            &format!("도메인: {domain_name}"),
        ),
    });
    parts.push(FitPart {
        rule: RuleId::CoreSkills,
        points: core_points,
        max: 15,
        reason: say(
            lang,
            "Python, a framework, and C/C++ where compression is asked",
            "Python, 프레임워크, 경량화 직무의 C/C++",
        ),
    });
    let role_points = match role {
        Some(RoleKind::Research) if items.iter().any(|i| i.kind == EvidenceKind::Publication) => 10,
        Some(RoleKind::Engineering)
            if items
                .iter()
                .any(|i| i.stage == Some(analysis::Stage::Apply)) =>
        {
            10
        }
        Some(RoleKind::MlEngineering)
            if items.iter().any(|i| {
                i.concepts
                    .iter()
                    .any(|c| matches!(kb.concepts[*c].id.as_str(), "serving" | "testing"))
            }) =>
        {
            10
        }
        Some(_)
            if items
                .iter()
                .any(|i| i.stage == Some(analysis::Stage::Build)) =>
        {
            5
        }
        None => 5,
        _ => 0,
    };
    parts.push(FitPart {
        rule: RuleId::RoleEmphasis,
        points: role_points,
        max: 10,
        reason: say(
            lang,
            "what this kind of role looks for first",
            "이 직무가 먼저 보는 것",
        ),
    });
    let on = ranked
        .iter()
        .filter(|e| e.on_track && e.kind == EvidenceKind::Project)
        .count();
    let projects = ranked
        .iter()
        .filter(|e| e.kind == EvidenceKind::Project)
        .count()
        .max(1);
    let story_points = if track.is_some() {
        (10 * on / projects) as u32
    } else {
        0
    };
    parts.push(FitPart {
        rule: RuleId::OneStory,
        points: story_points,
        max: 10,
        reason: say(
            lang,
            &format!("{on} of {projects} projects on your main track"),
            &format!("프로젝트 {projects}개 중 {on}개가 주 트랙"),
        ),
    });
    parts.push(FitPart {
        rule: RuleId::Deliverables,
        points: deliverable_points,
        max: 10,
        reason: say(
            lang,
            "projects that left a paper, result, repo or demo",
            "논문·결과·저장소·데모를 남긴 프로젝트",
        ),
    });
    parts.push(FitPart {
        rule: RuleId::AiOpportunity,
        points: if opportunity_tied { 10 } else { 0 },
        max: 10,
        reason: say(
            lang,
            "an opportunity at the company tied to your evidence",
            "회사의 기회 지점과 이어지는 경험",
        ),
    });
    Fit {
        score: parts.iter().map(|p| p.points).sum(),
        parts,
    }
}
