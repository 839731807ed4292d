//! The fit score: how well the candidate's evidence fits the target, out of 100, in parts
//! that each name the rule behind them and why.

use crate::knowledge::Knowledge;
use crate::profile::Lang;
use crate::target::RoleKind;

use super::analysis::{self, Item, Needs};
use super::track::Track;
use super::{say, Evidence, EvidenceKind, Fit, FitPart, RuleId};

// The most points each part gives; together 100.

/// data-first: the lead evidence handles the target's main data (all), other data of the
/// target (`DATA_OTHER`), or only some other item does (`DATA_ELSEWHERE`).
const DATA_MAX: u32 = 30;
const DATA_OTHER: u32 = 20;
const DATA_ELSEWHERE: u32 = 10;
/// domain-fit: an item in the target's main domain (all), or in another of its domains.
const DOMAIN_MAX: u32 = 15;
const DOMAIN_OTHER: u32 = 8;
/// core-skills: scored by the rule itself (`skills::core_skills`).
const CORE_SKILLS_MAX: u32 = 15;
/// role-emphasis: what the kind of role looks for first (all), a project built for it, or no
/// role named (`ROLE_PARTIAL`).
const ROLE_MAX: u32 = 10;
const ROLE_PARTIAL: u32 = 5;
/// one-story: the share of projects on the main track.
const ONE_STORY_MAX: u32 = 10;
/// deliverables: scored by the rule itself (`readiness::deliverables`).
const DELIVERABLES_MAX: u32 = 10;
/// ai-opportunity: an opportunity at the company tied to the evidence.
const OPPORTUNITY_MAX: u32 = 10;

/// What the fit score reads: the analysed story so far and the points other rules scored.
pub struct FitInputs<'a> {
    pub kb: &'a Knowledge,
    pub items: &'a [Item],
    pub ranked: &'a [Evidence],
    pub needs: &'a Needs,
    pub track: Option<&'a Track>,
    pub role: Option<RoleKind>,
    /// Points of the core-skills rule, at most `CORE_SKILLS_MAX`.
    pub core_points: u32,
    /// Points of the deliverables rule, at most `DELIVERABLES_MAX`.
    pub deliverable_points: u32,
    /// Whether an ai-opportunity beat ties the company to the evidence.
    pub opportunity_tied: bool,
    pub lang: Lang,
}

/// The fit score of `inputs`, part by part.
pub fn fit_score(inputs: &FitInputs<'_>) -> Fit {
    let FitInputs {
        kb,
        items,
        ranked,
        needs,
        track,
        role,
        core_points,
        deliverable_points,
        opportunity_tied,
        lang,
    } = *inputs;
    let mut parts = Vec::new();
    let top = ranked
        .iter()
        .find(|e| e.kind != EvidenceKind::Publication)
        .and_then(|e| analysis::item_of(items, e));
    let primary = needs.modalities.first();
    let data_points = match top {
        Some(i) if primary.is_some_and(|p| i.modalities.contains(p)) => DATA_MAX,
        Some(i) if needs.modalities.iter().any(|m| i.modalities.contains(m)) => DATA_OTHER,
        _ if items
            .iter()
            .any(|i| needs.modalities.iter().any(|m| i.modalities.contains(m))) =>
        {
            DATA_ELSEWHERE
        }
        _ => 0,
    };
    parts.push(FitPart {
        rule: RuleId::DataFirst,
        points: data_points,
        max: DATA_MAX,
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
        Some(d) if items.iter().any(|i| i.domains.contains(d)) => DOMAIN_MAX,
        Some(_)
            if items
                .iter()
                .any(|i| needs.domains.iter().any(|d| i.domains.contains(d))) =>
        {
            DOMAIN_OTHER
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
        max: DOMAIN_MAX,
        reason: say(
            lang,
            &format!("domain: {domain_name}"),
            &format!("도메인: {domain_name}"),
        ),
    });
    parts.push(FitPart {
        rule: RuleId::CoreSkills,
        points: core_points,
        max: CORE_SKILLS_MAX,
        reason: say(
            lang,
            "Python, a framework, and C/C++ where compression is asked",
            "Python, 프레임워크, 경량화 직무의 C/C++",
        ),
    });
    let role_points = match role {
        Some(RoleKind::Research) if items.iter().any(|i| i.kind == EvidenceKind::Publication) => {
            ROLE_MAX
        }
        Some(RoleKind::Engineering)
            if items
                .iter()
                .any(|i| i.stage == Some(analysis::Stage::Apply)) =>
        {
            ROLE_MAX
        }
        Some(RoleKind::MlEngineering)
            if items.iter().any(|i| {
                i.concepts
                    .iter()
                    .any(|c| matches!(kb.concepts[*c].id.as_str(), "serving" | "testing"))
            }) =>
        {
            ROLE_MAX
        }
        Some(_)
            if items
                .iter()
                .any(|i| i.stage == Some(analysis::Stage::Build)) =>
        {
            ROLE_PARTIAL
        }
        None => ROLE_PARTIAL,
        _ => 0,
    };
    parts.push(FitPart {
        rule: RuleId::RoleEmphasis,
        points: role_points,
        max: ROLE_MAX,
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
        ONE_STORY_MAX * on as u32 / projects as u32
    } else {
        0
    };
    parts.push(FitPart {
        rule: RuleId::OneStory,
        points: story_points,
        max: ONE_STORY_MAX,
        reason: say(
            lang,
            &format!("{on} of {projects} projects on your main track"),
            &format!("프로젝트 {projects}개 중 {on}개가 주 트랙"),
        ),
    });
    parts.push(FitPart {
        rule: RuleId::Deliverables,
        points: deliverable_points,
        max: DELIVERABLES_MAX,
        reason: say(
            lang,
            "projects that left a paper, result, repo or demo",
            "논문·결과·저장소·데모를 남긴 프로젝트",
        ),
    });
    parts.push(FitPart {
        rule: RuleId::AiOpportunity,
        points: if opportunity_tied { OPPORTUNITY_MAX } else { 0 },
        max: OPPORTUNITY_MAX,
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
