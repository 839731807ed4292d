//! Rules about being ready to show and defend the work: deliverables (every project leaves
//! something to open) and no-data-answer (what if there is no training data?).

use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};

use super::analysis::Item;
use super::text::{self, Text};
use super::{say, Advice, Beat, Evidence, EvidenceKind, Fact, RuleId};

/// deliverables: projects without a paper, competition result, repo or demo get advice; the
/// strongest projects' deliverables are listed for the pitch.
pub fn deliverables(
    profile: &Profile,
    ranked: &[Evidence],
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>, u32) {
    let mut advice = Vec::new();
    let mut with = 0;
    for (i, p) in profile.projects.iter().enumerate() {
        if p.deliverables.is_empty() && p.url.is_none() && p.repo.is_none() {
            advice.push(Advice {
                rule: RuleId::Deliverables,
                path: format!("projects[{i}].deliverables"),
                message: say(
                    lang,
                    &format!(
                        "\"{}\" left no deliverable",
                        p.name.as_deref().unwrap_or_default()
                    ),
                    &format!(
                        "\"{}\"에 남은 결과물이 없습니다",
                        p.name.as_deref().unwrap_or_default()
                    ),
                ),
                action: say(
                    lang,
                    "publish the code, a demo video or a write-up and add it to `deliverables`",
                    "코드, 데모 영상, 정리 글을 공개하고 `deliverables`에 추가하세요",
                ),
            });
        } else {
            with += 1;
        }
    }
    let points = if profile.projects.is_empty() {
        0
    } else {
        (10 * with / profile.projects.len()) as u32
    };
    let mut listed = Vec::new();
    for e in ranked
        .iter()
        .filter(|e| e.kind == EvidenceKind::Project)
        .take(3)
    {
        let Some(project) = profile.projects.get(e.index) else {
            continue;
        };
        for (j, d) in project.deliverables.iter().enumerate() {
            if crate::link::safe_url(&d.url).is_some() {
                let label = d
                    .title
                    .clone()
                    .unwrap_or_else(|| project.name.clone().unwrap_or_default());
                listed.push(Fact::new(
                    label.trim(),
                    format!("projects[{}].deliverables[{j}]", e.index),
                ));
            }
        }
    }
    let beat = (!listed.is_empty())
        .then(|| Beat::new(RuleId::Deliverables, "", 40).list("deliverables", listed));
    (beat, advice, points)
}

/// no-data-answer: the answer to "what if we have no training data?" from the candidate's
/// own data collection, labelling, augmentation and adaptation work.
pub fn no_data_answer(kb: &Knowledge, items: &[Item], lang: Lang) -> (Option<Beat>, Vec<Advice>) {
    let words: Vec<String> = kb
        .concepts
        .iter()
        .filter(|c| {
            matches!(
                c.id.as_str(),
                "data-engineering" | "augmentation" | "domain-adaptation" | "self-supervised"
            )
        })
        .flat_map(|c| c.synonyms.iter().cloned())
        .collect();
    let prepared = text::prepare(&words);
    let mut used: Vec<(Fact, Fact)> = Vec::new();
    for item in items
        .iter()
        .filter(|i| matches!(i.kind, EvidenceKind::Project | EvidenceKind::Work))
    {
        if let Some(h) = item
            .highlights
            .iter()
            .find(|h| Text::new(&h.text).any_keyword(&prepared))
        {
            used.push((
                Fact::new(item.title.trim(), format!("{}.name", item.path)),
                h.clone(),
            ));
        }
        if used.len() == 2 {
            break;
        }
    }
    if used.is_empty() {
        return (
            None,
            vec![Advice {
                rule: RuleId::NoDataAnswer,
                path: "projects".into(),
                message: say(lang, "nothing in your profile answers \"what if we have no training data?\"", "\"학습 데이터가 없으면 어떻게 하겠습니까?\"에 답할 경험이 프로필에 없습니다"),
                action: say(
                    lang,
                    "prepare it from experience: collecting and labelling data, augmentation, domain adaptation; and know that buying data is often the best value",
                    "경험으로 준비하세요: 데이터 수집·라벨링, 증강, 도메인 적응. 데이터를 사는 것이 가장 가성비가 좋은 경우가 많다는 점도 알아 두세요",
                ),
            }],
        );
    }
    let mut beat = Beat::new(RuleId::NoDataAnswer, "", 60);
    let (projects, highlights): (Vec<Fact>, Vec<Fact>) = used.into_iter().unzip();
    beat = beat
        .list("projects", projects)
        .list("highlights", highlights);
    (Some(beat), Vec::new())
}
