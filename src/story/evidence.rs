//! Rules that pick one piece of evidence to tell: data-first (lead with the company's data),
//! domain-fit, reproduce-then-build and role-emphasis; and the builders that put an item's
//! facts into a beat.

use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};
use crate::target::RoleKind;

use super::analysis::{self, Item, Needs};
use super::text::Text;
use super::{say, Advice, Beat, Evidence, EvidenceKind, Fact, RuleId};

/// The path of one part (`name`, `value`, `baseline`) of a metric at `path`: a sub-path of a
/// `metrics` entry, or the text field a metric was read from (which holds all three).
pub(super) fn metric_part(path: &str, part: &str) -> String {
    if path.contains(".metrics[") {
        format!("{path}.{part}")
    } else {
        path.to_string()
    }
}

fn best_metric(item: &Item) -> Option<(Fact, Option<Fact>, Fact)> {
    item.metrics.first().map(|(m, path)| {
        (
            Fact::new(m.name.trim(), metric_part(path, "name")),
            m.baseline
                .as_deref()
                .map(str::trim)
                .filter(|b| !b.is_empty())
                .map(|b| Fact::new(b, metric_part(path, "baseline"))),
            Fact::new(m.value.trim(), metric_part(path, "value")),
        )
    })
}

/// Names `item` in `beat`: `project`, plus `employer` for a job so templates can say
/// "at Hanul Mobility" rather than "in Hanul Mobility".
pub fn named(beat: Beat, item: &Item) -> Beat {
    match &item.employer {
        Some(employer) => beat
            .fact("project", employer.clone())
            .fact("employer", employer.clone()),
        None => beat.fact(
            "project",
            Fact::new(item.title.trim(), format!("{}.name", item.path)),
        ),
    }
}

/// Adds `project`, `description` and the best metric of `item` to `beat`.
pub fn with_item(beat: Beat, item: &Item) -> Beat {
    let mut beat = named(beat, item).maybe("description", item.description.clone());
    if let Some((name, baseline, value)) = best_metric(item) {
        beat = beat
            .fact("metric", name)
            .maybe("baseline", baseline)
            .fact("value", value);
    }
    beat
}

/// data-first: lead with the evidence whose data matches the company's.
pub fn data_first(
    items: &[Item],
    ranked: &[Evidence],
    needs: &Needs,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let mut advice = Vec::new();
    if let (true, Some(domain)) = (needs.data.is_empty(), &needs.modalities_guessed_from) {
        let guessed = super::text::modality_list(&needs.modalities, lang);
        advice.push(Advice {
            rule: RuleId::DataFirst,
            path: "data".into(),
            message: say(lang, &format!("the posting does not say what data the company handles; from its domain ({}) storyfolio guessed {guessed}", domain.text), &format!("공고에 회사가 다루는 데이터가 없어 도메인({})에서 {} 짐작했습니다", domain.text, crate::korean::attach(&guessed, "으로/로"))),
            action: say(lang, "read the company's products and write the data they mainly handle in the target's `data`", "회사 제품을 읽고 주로 다루는 데이터를 타깃의 `data`에 적으세요"),
        });
    } else if needs.data.is_empty() && !needs.modalities.is_empty() {
        let inferred = super::text::modality_list(&needs.modalities, lang);
        advice.push(Advice {
            rule: RuleId::DataFirst,
            path: "data".into(),
            message: say(lang, &format!("the target's `data` is empty; from its description storyfolio inferred that the company handles {inferred}"), &format!("타깃의 `data`가 비어 있어 공고 설명에서 회사 데이터를 {} 추정했습니다", crate::korean::attach(&inferred, "으로/로"))),
            action: say(lang, "check the inference against their products and write the data they mainly handle in the target's `data`", "회사 제품을 보고 추정이 맞는지 확인한 뒤 주로 다루는 데이터를 타깃의 `data`에 적으세요"),
        });
    } else if needs.data.is_empty() {
        advice.push(Advice {
            rule: RuleId::DataFirst,
            path: "data".into(),
            message: say(lang, "the target does not say what data the company handles", "지원 회사가 다루는 데이터가 타깃에 없습니다"),
            action: say(
                lang,
                "read the company's products and postings and add the data it mainly handles to the target's `data` (e.g. CCTV video streams, click logs)",
                "회사 제품과 공고를 읽고 주로 다루는 데이터를 타깃의 `data`에 적으세요 (예: CCTV 영상, 클릭 로그)",
            ),
        });
    }
    // The best-ranked work that handles the company's most important data, else the best-ranked work.
    let work: Vec<&Item> = ranked
        .iter()
        .filter(|e| matches!(e.kind, EvidenceKind::Project | EvidenceKind::Work))
        .filter_map(|e| analysis::item_of(items, e))
        .collect();
    let matched = needs.modalities.iter().find_map(|m| {
        work.iter()
            .find(|i| i.modalities.contains(m))
            .map(|i| (*i, m))
    });
    let Some((item, modality)) = matched
        .map(|(i, m)| (i, Some(m)))
        .or_else(|| work.first().map(|i| (*i, None)))
    else {
        return (None, advice);
    };
    let data = modality.and_then(|m| {
        needs
            .data
            .iter()
            .find(|d| Text::new(&d.text).has(m))
            .or(needs.data.first())
    });
    let variant = if data.is_some() { "match" } else { "closest" };
    let strength = if data.is_some() { 95 } else { 60 };
    let beat = with_item(Beat::new(RuleId::DataFirst, variant, strength), item)
        .maybe("company", needs.company.clone())
        .maybe("data", data.cloned());
    if modality.is_none() && !needs.data.is_empty() {
        advice.push(Advice {
            rule: RuleId::DataFirst,
            path: "projects".into(),
            message: say(lang, "none of your projects works with the kind of data this company handles", "이 회사가 다루는 종류의 데이터로 한 프로젝트가 없습니다"),
            action: say(
                lang,
                &format!("build a small project on public data like theirs ({}) and add it with its `modalities`", needs.data.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join(", ")),
                &format!("회사와 비슷한 공개 데이터({})로 작은 프로젝트를 하고 `modalities`와 함께 추가하세요", needs.data.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join(", ")),
            ),
        });
    } else if modality.is_some() && modality != needs.modalities.first() {
        // The target's own words for its main data, else the modality read from its posting.
        let first = needs
            .data
            .first()
            .map(|d| d.text.clone())
            .or_else(|| needs.modalities.first().cloned())
            .unwrap_or_default();
        advice.push(Advice {
            rule: RuleId::DataFirst,
            path: "projects".into(),
            message: say(lang, &format!("none of your projects works with their main data ({first})"), &format!("회사의 주 데이터({first})로 한 프로젝트가 없습니다")),
            action: say(lang, "a weekend project on public data of that kind would let your letter lead with their data", "그런 종류의 공개 데이터로 짧은 프로젝트를 하면 자기소개서를 회사 데이터로 시작할 수 있습니다"),
        });
    }
    (Some(beat), advice)
}

/// domain-fit: "I know your domain", with the projects that show it.
pub fn domain_fit(
    kb: &Knowledge,
    items: &[Item],
    needs: &Needs,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let Some(&domain) = needs.domains.first() else {
        return (None, Vec::new());
    };
    let in_domain: Vec<Fact> = items
        .iter()
        .filter(|i| {
            i.domains.contains(&domain)
                && matches!(
                    i.kind,
                    EvidenceKind::Project | EvidenceKind::Work | EvidenceKind::Competition
                )
        })
        .take(3)
        .map(|i| Fact::new(i.title.trim(), format!("{}.name", i.path)))
        .collect();
    // `needs.domains` indexes this same knowledge base (`analysis::needs`).
    let name = Fact::new(
        kb.domains[domain].name.in_lang(lang),
        format!("knowledge:domains.{}", kb.domains[domain].id),
    );
    if in_domain.is_empty() {
        let advice = Advice {
            rule: RuleId::DomainFit,
            path: "projects".into(),
            message: say(lang, &format!("nothing in your profile shows the {} domain", name.text), &format!("프로필에 {} 도메인 경험이 보이지 않습니다", name.text)),
            action: say(
                lang,
                "if a project touched this domain, add it to the project's `domains`; otherwise read up on the domain and say in the letter what you learned from their products",
                "이 도메인을 다룬 프로젝트가 있다면 `domains`에 적고, 없다면 회사 제품을 공부해 배운 점을 자기소개서에 쓰세요",
            ),
        };
        return (None, vec![advice]);
    }
    let strength = 60 + 10 * in_domain.len().min(3) as u8;
    (
        Some(
            Beat::new(RuleId::DomainFit, "", strength)
                .fact("domain", name)
                .maybe("company", needs.company.clone())
                .list("projects", in_domain),
        ),
        Vec::new(),
    )
}

/// reproduce-then-build: "I reproduced it, then built on it".
pub fn reproduce_then_build(
    kb: &Knowledge,
    items: &[Item],
    ranked: &[Evidence],
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    for evidence in ranked {
        let Some(item) = analysis::item_of(items, evidence) else {
            continue;
        };
        if let Some(h) = item
            .highlights
            .iter()
            .find(|h| Text::new(&h.text).any(&kb.stages.reproduce))
        {
            let beat = named(Beat::new(RuleId::ReproduceThenBuild, "", 65), item)
                .fact("highlight", h.clone());
            return (Some(beat), Vec::new());
        }
    }
    let advice = Advice {
        rule: RuleId::ReproduceThenBuild,
        path: "projects".into(),
        message: say(lang, "no project says you reproduced a published model before building on it", "논문 모델을 재현한 뒤 발전시킨 경험이 보이지 않습니다"),
        action: say(
            lang,
            "if you did, say it in a highlight (\"Reproduced X on Y, then ...\"); if not, reproduce one recent model in your field and publish the repo",
            "했다면 하이라이트에 적으세요(\"X를 Y에서 재현한 뒤 ...\"). 아니라면 분야의 최신 모델 하나를 재현해 저장소로 공개하세요",
        ),
    };
    (None, vec![advice])
}

/// role-emphasis: what leads for this kind of role.
pub fn role_emphasis(
    kb: &Knowledge,
    profile: &Profile,
    items: &[Item],
    ranked: &[Evidence],
    role: Option<RoleKind>,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let Some(role) = role else {
        return (None, Vec::new());
    };
    let ranked_items = ranked.iter().filter_map(|e| analysis::item_of(items, e));
    match role {
        RoleKind::Research => {
            if let Some((i, p)) = profile
                .publications
                .iter()
                .enumerate()
                .find(|(_, p)| p.name.is_some())
            {
                let path = format!("publications[{i}]");
                let beat = Beat::new(RuleId::RoleEmphasis, "research", 80)
                    .fact(
                        "paper",
                        Fact::new(
                            p.name.clone().unwrap_or_default().trim(),
                            format!("{path}.name"),
                        ),
                    )
                    .maybe(
                        "venue",
                        p.publisher
                            .as_ref()
                            .map(|v| Fact::new(v.trim(), format!("{path}.publisher"))),
                    )
                    .maybe(
                        "summary",
                        p.summary
                            .as_ref()
                            .map(|s| Fact::new(s.trim(), format!("{path}.summary"))),
                    );
                return (Some(beat), Vec::new());
            }
            let advice = Advice {
                rule: RuleId::RoleEmphasis,
                path: "publications".into(),
                message: say(lang, "a research role, but no paper in your profile", "연구직이지만 프로필에 논문이 없습니다"),
                action: say(lang, "add any paper, workshop paper or technical report; for research roles, papers put to use weigh as much as service", "워크숍 논문이나 기술 보고서라도 추가하세요. 연구직은 논문을 얼마나 활용했는지가 서비스만큼 중요합니다"),
            };
            (None, vec![advice])
        }
        RoleKind::Engineering | RoleKind::MlEngineering => {
            let wanted: &[&str] = if role == RoleKind::Engineering {
                &["serving"]
            } else {
                &["serving", "testing"]
            };
            let words: Vec<String> = kb
                .concepts
                .iter()
                .filter(|c| wanted.contains(&c.id.as_str()))
                .flat_map(|c| c.synonyms.iter().cloned())
                .chain(kb.stages.apply.iter().cloned())
                .collect();
            for item in ranked_items {
                if let Some(h) = item
                    .highlights
                    .iter()
                    .find(|h| Text::new(&h.text).any(&words))
                {
                    let variant = if role == RoleKind::Engineering {
                        "engineering"
                    } else {
                        "ml-engineering"
                    };
                    let beat = named(Beat::new(RuleId::RoleEmphasis, variant, 75), item)
                        .fact("highlight", h.clone());
                    return (Some(beat), Vec::new());
                }
            }
            let advice = Advice {
                rule: RuleId::RoleEmphasis,
                path: "projects".into(),
                message: say(lang, "an engineering role, but no highlight shows a model put into service (deployed, served, tested)", "엔지니어 직무이지만 모델을 서비스에 적용한(배포·서빙·테스트) 하이라이트가 없습니다"),
                action: say(lang, "write the highlight that shows how a model reached users: the API, the device, the tests, the latency", "모델이 사용자에게 닿은 과정을 하이라이트로 쓰세요: API, 디바이스, 테스트, 지연 시간"),
            };
            (None, vec![advice])
        }
    }
}
