//! The fit score: how well the candidate's evidence fits the target, out of 100, in parts
//! that each name the rule behind them and why.

use crate::knowledge::Knowledge;
use crate::profile::Lang;
use crate::target::RoleKind;

use super::analysis::{self, Item, Needs};
use super::skills::{CoreScore, CoreSkill};
use super::text::modality_list;
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
/// one-story: the share of projects and jobs on the main track.
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
    /// How the core-skills rule scored (its points at most `CORE_SKILLS_MAX`).
    pub core: &'a CoreScore,
    /// Points of the deliverables rule, at most `DELIVERABLES_MAX`.
    pub deliverable_points: u32,
    /// Whether an ai-opportunity beat ties the company to the evidence.
    pub opportunity_tied: bool,
    pub lang: Lang,
}

/// Why core-skills scored what it did: the skills not visible, by name, or that all are.
fn core_skills_reason(core: &CoreScore, compression_role: bool, lang: Lang) -> String {
    let names: Vec<String> = core
        .missing
        .iter()
        .map(|skill| match skill {
            CoreSkill::Python => "Python".to_string(),
            CoreSkill::Framework => say(
                lang,
                "a deep-learning framework (PyTorch or TensorFlow)",
                "딥러닝 프레임워크(PyTorch, TensorFlow)",
            ),
            CoreSkill::Cpp => say(
                lang,
                "C/C++ (the posting asks for compression)",
                "C/C++(경량화 직무)",
            ),
        })
        .collect();
    let Some((last, rest)) = names.split_last() else {
        return if compression_role {
            say(lang, "Python, a deep-learning framework and C/C++ (the posting asks for compression) are all visible", "Python, 딥러닝 프레임워크, C/C++(경량화 직무)가 모두 보임")
        } else {
            say(
                lang,
                "Python and a deep-learning framework are visible",
                "Python과 딥러닝 프레임워크가 보임",
            )
        };
    };
    match (lang, rest) {
        (Lang::Ko, _) => format!("기술에 보이지 않음: {}", names.join(", ")),
        (_, []) => format!("{last} is not visible in your skills"),
        (_, [first]) => format!("neither {first} nor {last} is visible in your skills"),
        (_, _) => format!(
            "{} and {last} are not visible in your skills",
            rest.join(", ")
        ),
    }
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
        core,
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
            Some(i) if !i.modalities.is_empty() => {
                let shared: Vec<&str> = i
                    .modalities
                    .iter()
                    .filter(|m| needs.modalities.contains(m))
                    .map(String::as_str)
                    .collect();
                let wanted = modality_list(&needs.modalities, lang);
                match (data_points, shared.is_empty()) {
                    (p, false) if p > 0 => say(
                        lang,
                        &format!(
                            "your lead evidence \"{}\" handles {}, data the target handles",
                            i.title,
                            shared.join(", ")
                        ),
                        &format!(
                            "대표 경험 \"{}\"에서 회사와 같은 데이터({})를 다룸",
                            i.title,
                            modality_list(&shared, lang)
                        ),
                    ),
                    _ => say(
                        lang,
                        &format!(
                            "your lead evidence \"{}\" handles {}; the target handles {}",
                            i.title,
                            i.modalities.join(", "),
                            if wanted.is_empty() {
                                "no data it names"
                            } else {
                                &wanted
                            }
                        ),
                        &format!(
                            "대표 경험 \"{}\"의 데이터는 {}, 회사의 데이터는 {}",
                            i.title,
                            modality_list(&i.modalities, lang),
                            if wanted.is_empty() {
                                "알 수 없음"
                            } else {
                                &wanted
                            }
                        ),
                    ),
                }
            }
            Some(i) => say(
                lang,
                &format!(
                    "your lead evidence \"{}\" does not say what data it handles",
                    i.title
                ),
                &format!("대표 경험 \"{}\"에 다룬 데이터가 드러나지 않음", i.title),
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
        reason: match (domain_name.is_empty(), domain_points) {
            (true, _) => say(
                lang,
                "the posting names no domain the knowledge base knows",
                "공고에서 알려진 도메인을 찾지 못함",
            ),
            (false, DOMAIN_MAX) => say(
                lang,
                &format!("evidence in their domain, {domain_name}"),
                &format!("회사 도메인({domain_name}) 경험 있음"),
            ),
            (false, 0) => say(
                lang,
                &format!("no evidence in their domain, {domain_name}"),
                &format!("회사 도메인({domain_name}) 경험 없음"),
            ),
            (false, _) => say(
                lang,
                &format!("evidence in a related domain, not in {domain_name} itself"),
                &format!("회사 도메인({domain_name})이 아닌 관련 도메인 경험"),
            ),
        },
    });
    parts.push(FitPart {
        rule: RuleId::CoreSkills,
        points: core.points,
        max: CORE_SKILLS_MAX,
        reason: core_skills_reason(core, needs.compression_role, lang),
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
        reason: match (role, role_points) {
            (None, _) => say(
                lang,
                "the posting names no kind of role",
                "직무 유형을 알 수 없음",
            ),
            (Some(RoleKind::Research), ROLE_MAX) => say(
                lang,
                "a research role, and you have a paper",
                "연구직이고 논문이 있음",
            ),
            (Some(RoleKind::Research), _) => say(
                lang,
                "a research role, but no paper in your profile",
                "연구직이지만 논문이 없음",
            ),
            (Some(RoleKind::Engineering), ROLE_MAX) => say(
                lang,
                "an engineering role, and your work reached service",
                "엔지니어 직무이고 서비스에 적용한 경험이 있음",
            ),
            (Some(RoleKind::MlEngineering), ROLE_MAX) => say(
                lang,
                "an ML-engineering role, and your work shows serving or tests",
                "ML 엔지니어 직무이고 서빙·테스트 경험이 있음",
            ),
            (Some(_), ROLE_PARTIAL) => say(
                lang,
                "you built models, but nothing shows them put into service",
                "모델을 만들었지만 서비스 적용 경험은 보이지 않음",
            ),
            (Some(_), _) => say(
                lang,
                "nothing shows what this kind of role looks for first",
                "이 직무가 먼저 보는 경험이 보이지 않음",
            ),
        },
    });
    // Projects and jobs, as the track itself is chosen from both.
    let work = |e: &&Evidence| matches!(e.kind, EvidenceKind::Project | EvidenceKind::Work);
    let on = ranked.iter().filter(work).filter(|e| e.on_track).count();
    let projects = ranked.iter().filter(work).count();
    let story_points = match track {
        Some(_) if projects > 0 => ONE_STORY_MAX * on as u32 / projects as u32,
        _ => 0,
    };
    let track_name = track.map(|t| t.fact.text.clone()).unwrap_or_default();
    parts.push(FitPart {
        rule: RuleId::OneStory,
        points: story_points,
        max: ONE_STORY_MAX,
        reason: match (track.is_some(), projects) {
            (false, _) => say(
                lang,
                "no main track stands out in your profile",
                "주 트랙이 드러나지 않음",
            ),
            (true, 0) => say(
                lang,
                "no projects or jobs to show a track with",
                "트랙을 보여 줄 프로젝트나 경력이 없음",
            ),
            (true, _) => say(
                lang,
                &format!("{on} of {projects} projects and jobs on your main track ({track_name})"),
                &format!("프로젝트·경력 {projects}개 중 {on}개가 주 트랙({track_name})"),
            ),
        },
    });
    parts.push(FitPart {
        rule: RuleId::Deliverables,
        points: deliverable_points,
        max: DELIVERABLES_MAX,
        reason: if deliverable_points == DELIVERABLES_MAX {
            say(
                lang,
                "your projects left a paper, result, repo or demo",
                "프로젝트마다 논문·결과·저장소·데모가 남아 있음",
            )
        } else if deliverable_points > 0 {
            say(
                lang,
                "some projects left no paper, result, repo or demo",
                "논문·결과·저장소·데모가 없는 프로젝트가 있음",
            )
        } else {
            say(
                lang,
                "no project left a paper, result, repo or demo",
                "논문·결과·저장소·데모를 남긴 프로젝트가 없음",
            )
        },
    });
    parts.push(FitPart {
        rule: RuleId::AiOpportunity,
        points: if opportunity_tied { OPPORTUNITY_MAX } else { 0 },
        max: OPPORTUNITY_MAX,
        reason: if opportunity_tied {
            say(
                lang,
                "an opportunity at the company is tied to your evidence",
                "회사의 기회 지점과 이어지는 경험이 있음",
            )
        } else {
            say(
                lang,
                "no opportunity at the company is tied to your evidence yet",
                "회사의 기회 지점과 이어지는 경험을 찾지 못함",
            )
        },
    });
    Fit {
        score: parts.iter().map(|p| p.points).sum(),
        parts,
    }
}
