//! Rules that pick one piece of evidence to tell: data-first (lead with the company's data),
//! domain-fit, reproduce-then-build and role-emphasis; and the builders that put an item's
//! facts into a beat.

use crate::knowledge::Knowledge;
use crate::load::lenient::dates::{self, DateRead};
use crate::profile::{Lang, Profile};
use crate::target::RoleKind;

use super::analysis::{self, Item, Needs};
use super::text::{self, Text};
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

fn metric_at(item: &Item, j: usize) -> Option<(Fact, Option<Fact>, Fact)> {
    item.metrics.get(j).map(|(m, path)| {
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
    with_item_metric(beat, item, 0)
}

/// Adds `project`, `description` and the metric at `j` of `item` to `beat`.
fn with_item_metric(beat: Beat, item: &Item, j: usize) -> Beat {
    let mut beat = named(beat, item).maybe("description", item.description.clone());
    if let Some((name, baseline, value)) = metric_at(item, j) {
        beat = beat
            .fact("metric", name)
            .maybe("baseline", baseline)
            .fact("value", value);
    }
    beat
}

/// How close `evidence` comes to the posting with a number to lead with: the relevance
/// (`relevance::score`) of its most relevant measured result, and that result's position in
/// `item.metrics`. A result read from a highlight is as relevant as the highlight; a
/// `metrics` entry measures the whole work, as relevant as its most relevant highlight.
fn closest_result(evidence: &Evidence, item: &Item) -> Option<(u32, usize)> {
    let whole = evidence
        .facts
        .relevance
        .values()
        .max()
        .copied()
        .unwrap_or(0);
    item.metrics
        .iter()
        .enumerate()
        .map(|(j, (_, path))| {
            (
                evidence.facts.relevance.get(path).copied().unwrap_or(whole),
                j,
            )
        })
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
}

/// The least relevance (`relevance::score`) for which the current job leads the letter
/// before a more relevant earlier work: one shared concept, or a tool and a word.
const CURRENT_JOB_LEADS: u32 = 3;

/// Whether `item` is the job the candidate holds now (started, with no end date or an
/// ongoing one: "Present", "현재").
fn is_current_job(profile: &Profile, item: &Item) -> bool {
    item.kind == EvidenceKind::Work
        && profile.work.get(item.index).is_some_and(|w| {
            w.start_date.is_some()
                && w.end_date
                    .as_deref()
                    .is_none_or(|d| matches!(dates::read(d), DateRead::Ongoing))
        })
}

/// data-first: lead with the evidence whose data matches the company's; among works with
/// that data, the current job when its measured result answers the posting's asks, else the
/// work whose measured result answers them best (the best-ranked among equals), told with
/// that result. A match on data only guessed from the posting, by a work that shares nothing
/// else with it, gives way to work in the company's domain.
pub fn data_first(
    profile: &Profile,
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
    // The works that handle the company's most important data, else every work; of them,
    // the one closest to the posting with a number, else the best-ranked.
    let work: Vec<(&Evidence, &Item)> = ranked
        .iter()
        .filter(|e| matches!(e.kind, EvidenceKind::Project | EvidenceKind::Work))
        .filter_map(|e| analysis::item_of(items, e).map(|i| (e, i)))
        .collect();
    let modality = needs
        .modalities
        .iter()
        .find(|m| work.iter().any(|(_, i)| i.modalities.contains(m)));
    // The target's `data` lists its most important data first: the works with that data
    // are the candidates. Read from the posting's prose, the data comes in no order of
    // importance, and every work with some of it is one ("speech" and "audio" are both a
    // voice company's).
    let handles = |i: &Item| match modality {
        None => true,
        Some(m) if !needs.data.is_empty() => i.modalities.contains(m),
        Some(_) => needs.modalities.iter().any(|m| i.modalities.contains(m)),
    };
    let closest = work
        .iter()
        .filter(|(_, i)| handles(i))
        .enumerate()
        .filter_map(|(rank, (e, i))| closest_result(e, i).map(|(r, j)| (r, rank, *i, j)))
        .filter(|(relevance, ..)| *relevance > 0)
        .max_by_key(|(relevance, rank, item, _)| {
            let current = *relevance >= CURRENT_JOB_LEADS && is_current_job(profile, item);
            (current, *relevance, std::cmp::Reverse(*rank))
        });
    let sharing = work
        .iter()
        .find(|(_, i)| modality.is_none_or(|m| i.modalities.contains(m)));
    // Read from the posting's prose, the company's data is a guess; its domain is the
    // surer sign. A work that shares the guessed data but not the domain, no skill the
    // posting asks for, and answers none of its asks (a student's movie recommender, for
    // clinic software whose posting mentions tabular models) gives way to the best-ranked
    // work in the domain. Data the target states leads all the same.
    let in_domain = |i: &Item| needs.domains.first().is_some_and(|d| i.domains.contains(d));
    let first = match sharing {
        Some((e, i))
            if needs.data.is_empty()
                && !in_domain(i)
                && !needs.concepts.iter().any(|c| i.concepts.contains(c))
                && e.facts.relevance.values().all(|&r| r == 0) =>
        {
            work.iter().find(|(_, i)| in_domain(i)).or(sharing)
        }
        _ => sharing,
    }
    .map(|(_, i)| (*i, 0));
    let Some((item, metric)) = closest.map(|(_, _, i, j)| (i, j)).or(first) else {
        return (None, advice);
    };
    // The company's data the chosen work shares, most important first.
    let shared = needs
        .modalities
        .iter()
        .find(|m| item.modalities.contains(m))
        .or(modality);
    let data = shared.and_then(|m| {
        needs
            .data
            .iter()
            .find(|d| Text::new(&d.text).has(m))
            .or(needs.data.first())
    });
    let variant = if data.is_some() { "match" } else { "closest" };
    let strength = if data.is_some() { 95 } else { 60 };
    let beat = with_item_metric(
        Beat::new(RuleId::DataFirst, variant, strength),
        item,
        metric,
    )
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
        // The target's own words for its main data, else the modality read from its posting,
        // as a reader of the document's language calls it ("로그", not "logs").
        let first = needs
            .data
            .first()
            .map(|d| d.text.clone())
            .or_else(|| {
                needs
                    .modalities
                    .first()
                    .map(|m| text::modality_name(m, lang).to_string())
            })
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
    let name = Fact::from_knowledge(
        kb.domains[domain].name.in_lang(lang),
        format_args!("domains.{}", kb.domains[domain].id),
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
            // The highlight whose own words show the most of what the role looks for, read
            // by the facts stage: an engineering role, a model put into service (deployed,
            // served, on a device, measured for latency); an ML-engineering role, what
            // surrounds a model in production (serving, tests, pipelines, monitoring). Across
            // all the evidence, not the first project that mentions one of them.
            use crate::facts::SignalKind::*;
            let ml = role == RoleKind::MlEngineering;
            let kinds: &[crate::facts::SignalKind] = if ml {
                &[
                    Serving, Deployed, Latency, Container, Operations, Experiment,
                ]
            } else {
                &[
                    Deployed,
                    Serving,
                    OnDevice,
                    Latency,
                    Acceleration,
                    Container,
                ]
            };
            let testing = kb.concepts.iter().position(|c| c.id == "testing");
            let shows = |text: &str| -> usize {
                let mut found: Vec<crate::facts::SignalKind> = crate::facts::signals::signals(text)
                    .into_iter()
                    .map(|s| s.kind)
                    .filter(|k| kinds.contains(k))
                    .collect();
                found.sort();
                found.dedup();
                let tested = ml
                    && testing.is_some_and(|t| {
                        kb.vocabulary()
                            .find(&crate::knowledge::vocabulary::normalize(text))
                            .concepts
                            .contains(&t)
                    });
                found.len() + usize::from(tested)
            };
            let ranked_items: Vec<&Item> = ranked_items.collect();
            let highlights = || {
                ranked_items
                    .iter()
                    .flat_map(|item| item.highlights.iter().map(move |h| (*item, h)))
            };
            // Else the words that say a model reached use ("FAQ 검색에 리랭커 적용"), which
            // is also what role-emphasis scores in the fit.
            let words: Vec<String> = kb
                .concepts
                .iter()
                .filter(|c| c.id == "serving" || ml && c.id == "testing")
                .flat_map(|c| c.synonyms.iter().cloned())
                .chain(kb.stages.apply.iter().cloned())
                .collect();
            let best = highlights()
                .map(|(item, h)| (item, h, shows(&h.text)))
                .filter(|(_, _, n)| *n > 0)
                // The most signals; among equals, the best-ranked item's first highlight.
                .fold(
                    None,
                    |best: Option<(&Item, &Fact, usize)>, next| match best {
                        Some(b) if b.2 >= next.2 => Some(b),
                        _ => Some(next),
                    },
                )
                .or_else(|| {
                    highlights()
                        .find(|(_, h)| Text::new(&h.text).any(&words))
                        .map(|(item, h)| (item, h, 0))
                });
            if let Some((item, h, _)) = best {
                let variant = if ml { "ml-engineering" } else { "engineering" };
                let beat = named(Beat::new(RuleId::RoleEmphasis, variant, 75), item)
                    .fact("highlight", h.clone());
                return (Some(beat), Vec::new());
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
