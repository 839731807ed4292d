//! Rules about skills and signals: core-skills (Python, PyTorch/TensorFlow, C/C++ for
//! compression), coding-proof, compression-value (speed and cost), trend (GPT/LLM) and
//! weak-signals (beginner certificates and bootcamps are not headlines).

use crate::facts::{CodingRead, Read, Standing};
use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};

use super::analysis::{self, Item, Needs};
use super::evidence::with_item;
use super::text::{self, Text};
use super::{say, Advice, Beat, Evidence, Fact, RuleId};

/// Every skill word of the profile, prepared for matching, in the order evidence is looked
/// for: skills first, then project and job keywords.
fn skill_words(profile: &Profile) -> Vec<(Text, Fact)> {
    let mut out = Vec::new();
    for (i, s) in profile.skills.iter().enumerate() {
        for (j, k) in s.keywords.iter().enumerate() {
            out.push((
                Text::new(k),
                Fact::new(k.trim(), format!("skills[{i}].keywords[{j}]")),
            ));
        }
        if let Some(name) = &s.name {
            out.push((
                Text::new(name),
                Fact::new(name.trim(), format!("skills[{i}].name")),
            ));
        }
    }
    for (i, p) in profile.projects.iter().enumerate() {
        for (j, k) in p.keywords.iter().enumerate() {
            out.push((
                Text::new(k),
                Fact::new(k.trim(), format!("projects[{i}].keywords[{j}]")),
            ));
        }
    }
    for (i, w) in profile.work.iter().enumerate() {
        for (j, k) in w.keywords.iter().enumerate() {
            out.push((
                Text::new(k),
                Fact::new(k.trim(), format!("work[{i}].keywords[{j}]")),
            ));
        }
    }
    out
}

/// Where in the profile a skill word occurs: skills first, then anywhere.
fn find_skill(index: &[(Text, Fact)], words: &[String]) -> Option<Fact> {
    let words = text::prepare(words);
    index
        .iter()
        .find(|(text, _)| text.any_keyword(&words))
        .map(|(_, fact)| fact.clone())
}

/// A skill every AI team looks for in `skills` (core-skills).
#[derive(Debug, Clone, Copy)]
pub enum CoreSkill {
    Python,
    /// PyTorch or TensorFlow.
    Framework,
    /// C/C++, looked for when the posting asks for model compression.
    Cpp,
}

/// How the core skills scored: the points and the skills not visible, in checking order.
#[derive(Debug, Clone)]
pub struct CoreScore {
    pub points: u32,
    pub missing: Vec<CoreSkill>,
}

/// core-skills: Python and a deep-learning framework must be visible; C/C++ for compression roles.
pub fn core_skills(
    kb: &Knowledge,
    profile: &Profile,
    needs: Option<&Needs>,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>, CoreScore) {
    let index = skill_words(profile);
    let mut found = Vec::new();
    let mut advice = Vec::new();
    let mut points = 0;
    let mut missing = Vec::new();
    let mut check = |skill: CoreSkill,
                     words: &[String],
                     missing_en: &str,
                     missing_ko: &str,
                     action_en: &str,
                     action_ko: &str| {
        match find_skill(&index, words) {
            Some(f) => {
                found.push(f);
                true
            }
            None => {
                missing.push(skill);
                advice.push(Advice {
                    rule: RuleId::CoreSkills,
                    path: "skills".into(),
                    message: say(lang, missing_en, missing_ko),
                    action: say(lang, action_en, action_ko),
                });
                false
            }
        }
    };
    if check(
        CoreSkill::Python,
        &kb.core_skills.python,
        "Python is not visible in your skills",
        "기술에 Python이 보이지 않습니다",
        "add Python to `skills`: every AI team expects it",
        "`skills`에 Python을 적으세요. 모든 AI 팀이 기본으로 봅니다",
    ) {
        points += 5;
    }
    if check(
        CoreSkill::Framework,
        &kb.core_skills.framework,
        "neither PyTorch nor TensorFlow is visible in your skills",
        "기술에 PyTorch나 TensorFlow가 보이지 않습니다",
        "add the framework you use (PyTorch has the most references when you customise models)",
        "사용하는 프레임워크를 적으세요(모델을 바꿔 쓸 때 참고 자료가 많은 PyTorch 권장)",
    ) {
        points += 5;
    }
    let compression = needs.is_some_and(|n| n.compression_role);
    if compression {
        if check(
            CoreSkill::Cpp,
            &kb.core_skills.cpp,
            "a model-compression role, but C/C++ is not visible",
            "경량화 직무이지만 C/C++가 보이지 않습니다",
            "add C/C++ and a project where you wrote inference code in it (TensorRT, ONNX Runtime, a custom kernel)",
            "C/C++와 그것으로 추론 코드를 작성한 프로젝트를 적으세요(TensorRT, ONNX Runtime, 커스텀 커널)",
        ) {
            points += 5;
        }
    } else if points > 0 {
        // C/C++ is not asked: its share goes to the skills that are, when any shows.
        points += 5;
    }
    let posting: Vec<Fact> = needs
        .map(|n| {
            n.keywords
                .iter()
                .filter_map(|k| find_skill(&index, std::slice::from_ref(&k.text)))
                .collect()
        })
        .unwrap_or_default();
    for f in posting {
        if !found.iter().any(|g| g.text.eq_ignore_ascii_case(&f.text)) {
            found.push(f);
        }
    }
    let score = CoreScore { points, missing };
    if found.is_empty() {
        return (None, advice, score);
    }
    let beat = Beat::new(
        RuleId::CoreSkills,
        if compression { "compression" } else { "" },
        40,
    )
    .list("skills", found.into_iter().take(8).collect());
    (Some(beat), advice, score)
}

/// coding-proof: the coding-test level.
pub fn coding_proof(
    profile: &Profile,
    read: &[Read<CodingRead>],
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    if let Some(test) = profile
        .coding_test
        .as_ref()
        .filter(|t| !t.level.trim().is_empty())
    {
        let beat = Beat::new(RuleId::CodingProof, "", 35)
            .fact("level", Fact::new(test.level.trim(), "codingTest.level"))
            .maybe(
                "platform",
                test.platform
                    .as_ref()
                    .map(|p| Fact::new(p.trim(), "codingTest.platform")),
            );
        return (Some(beat), Vec::new());
    }
    // Levels written in skills or the summary: the strongest one is told.
    if let Some(best) = read
        .iter()
        .max_by_key(|r| (r.fact.standing, std::cmp::Reverse(r.source.path.clone())))
    {
        let beat = Beat::new(RuleId::CodingProof, "", 35)
            .fact(
                "level",
                Fact::new(best.fact.level.trim(), best.source.path.clone()),
            )
            .fact(
                "platform",
                Fact::new(best.fact.platform, best.source.path.clone()),
            );
        let mut advice = Vec::new();
        if best.fact.standing < Standing::Strong {
            advice.push(Advice {
                rule: RuleId::CodingProof,
                path: best.source.path.clone(),
                message: say(
                    lang,
                    &format!(
                        "your coding-test level ({} {}) is below what most coding tests pass",
                        best.fact.platform, best.fact.level
                    ),
                    &format!(
                        "코딩 테스트 수준({} {})이 대부분의 코딩 테스트 통과선보다 낮습니다",
                        best.fact.platform, best.fact.level
                    ),
                ),
                action: coding_practice(profile, lang),
            });
        }
        return (Some(beat), advice);
    }
    (
        None,
        vec![Advice {
            rule: RuleId::CodingProof,
            path: "codingTest".into(),
            message: say(
                lang,
                "no coding-test level in your profile",
                "코딩 테스트 수준이 프로필에 없습니다",
            ),
            action: coding_practice(profile, lang),
        }],
    )
}

/// Where the candidate should practise: Baekjoon and solved.ac for Korean candidates,
/// LeetCode or Codeforces otherwise (the candidate's country, else the profile's language).
fn coding_practice(profile: &Profile, lang: Lang) -> String {
    let country = profile
        .basics
        .location
        .as_ref()
        .and_then(|l| l.country_code.as_deref())
        .map(str::to_ascii_uppercase);
    let korean = match country.as_deref() {
        Some(code) => code == "KR",
        None => lang == Lang::Ko || profile.lang.as_ref().and_then(|l| l.story()) == Some(Lang::Ko),
    };
    if korean {
        say(
            lang,
            "solve problems on Baekjoon until about solved.ac Gold, which passes coding tests almost everywhere, and write the tier in `skills`; practise writing a layer, a preprocessing step and a detector in under 50 lines",
            "백준에서 solved.ac 골드 수준까지 풀고(대부분의 코딩 테스트 통과선) 티어를 `skills`에 적으세요. 레이어, 전처리, 탐지 코드를 50줄 안에 짜는 연습도 하세요",
        )
    } else {
        say(
            lang,
            "solve LeetCode medium problems steadily (a few hundred) or reach about Codeforces Specialist, and write the count or rating in `skills`; practise writing a layer, a preprocessing step and a detector in under 50 lines",
            "LeetCode 중급 문제를 꾸준히(수백 문제) 풀거나 Codeforces Specialist 수준에 도달한 뒤 `skills`에 적으세요. 레이어, 전처리, 탐지 코드를 50줄 안에 짜는 연습도 하세요",
        )
    }
}

/// compression-value: lightweighting framed as speed and cost, with the numbers.
pub fn compression_value(
    kb: &Knowledge,
    items: &[Item],
    ranked: &[Evidence],
    needs: Option<&Needs>,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let Some(concept) = kb.concepts.iter().position(|c| c.id == "model-compression") else {
        return (None, Vec::new());
    };
    let compression_items: Vec<&Item> = ranked
        .iter()
        .filter_map(|e| analysis::item_of(items, e))
        .filter(|i| i.concepts.contains(&concept))
        .collect();
    let Some(item) = compression_items.iter().find(|i| !i.metrics.is_empty()) else {
        let advice = compression_items
            .first()
            .map(|i| Advice {
                rule: RuleId::CompressionValue,
                path: format!("{}.metrics", i.path),
                message: say(lang, &format!("\"{}\" compresses a model but shows no numbers", i.title), &format!("\"{}\"은(는) 경량화 프로젝트지만 수치가 없습니다", i.title)),
                action: say(lang, "lightweighting is speed and cost: add latency, model size or cost before and after as `metrics`", "경량화는 속도와 비용입니다: 전후 지연 시간, 모델 크기, 비용을 `metrics`에 적으세요"),
            })
            .into_iter()
            .collect();
        return (None, advice);
    };
    let strength = if needs.is_some_and(|n| n.compression_role) {
        85
    } else {
        55
    };
    let mut beat = with_item(Beat::new(RuleId::CompressionValue, "", strength), item);
    let metrics: Vec<Fact> = item
        .metrics
        .iter()
        .map(|(m, path)| Fact::new(crate::display::metric_line(m), path.clone()))
        .collect();
    beat = beat.list("metrics", metrics);
    // The highlights that are about the lightweighting itself ("TensorRT INT8 변환으로 ...
    // 30 FPS"): what an answer about speed and cost tells when the item's numbers are about
    // something else (its accuracy).
    let about: Vec<Fact> = item
        .highlights
        .iter()
        .filter(|h| {
            kb.vocabulary()
                .find(&super::text::normalize(&h.text))
                .concepts
                .contains(&concept)
        })
        .cloned()
        .collect();
    beat = beat.list("compression", about);
    (Some(beat), Vec::new())
}

/// trend: GPT/LLM application experience, where the role values it.
pub fn trend(
    kb: &Knowledge,
    items: &[Item],
    needs: Option<&Needs>,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let Some(needs) = needs.filter(|n| n.values_llm) else {
        return (None, Vec::new());
    };
    let Some(concept) = kb.concepts.iter().position(|c| c.id == "llm") else {
        return (None, Vec::new());
    };
    // `position` above found it in this very list.
    let words = &kb.concepts[concept].synonyms;
    for item in items.iter().filter(|i| i.concepts.contains(&concept)) {
        let highlight = item
            .highlights
            .iter()
            .find(|h| Text::new(&h.text).any(words))
            .cloned()
            .or(item.description.clone());
        if let Some(h) = highlight {
            let beat = super::evidence::named(Beat::new(RuleId::Trend, "", 60), item)
                .fact("highlight", h)
                .maybe("company", needs.company.clone());
            return (Some(beat), Vec::new());
        }
    }
    (
        None,
        vec![Advice {
            rule: RuleId::Trend,
            path: "projects".into(),
            message: say(lang, "the posting values GPT/LLM experience and your profile shows none", "공고는 GPT/LLM 경험을 중시하지만 프로필에 없습니다"),
            action: say(lang, "build a small LLM application on their kind of data (a GPT, a RAG demo) and add it as a project with a demo link", "회사 데이터와 비슷한 주제로 작은 LLM 응용(GPT, RAG 데모)을 만들어 데모 링크와 함께 추가하세요"),
        }],
    )
}

/// weak-signals: beginner certificates and bootcamps should not be headlines.
pub fn weak_signals(kb: &Knowledge, profile: &Profile, lang: Lang) -> Vec<Advice> {
    let mut advice = Vec::new();
    let mut flag = |text_: &str, path: String| {
        let text = Text::new(text_);
        if let Some(signal) = kb.weak_signals.iter().find(|w| text.any(&w.keywords)) {
            advice.push(Advice {
                rule: RuleId::WeakSignals,
                path,
                message: say(lang, &format!("\"{}\" signals an entry-level start", signal.en), &format!("\"{}\"은(는) 입문 단계 신호입니다", signal.ko)),
                action: say(lang, "keep it out of your headline and summary; storyfolio lists it last, after your projects", "제목과 요약에서 빼세요. storyfolio는 프로젝트 뒤, 마지막에 둡니다"),
            });
        }
    };
    for (i, c) in profile.certificates.iter().enumerate() {
        flag(
            c.name.as_deref().unwrap_or_default(),
            format!("certificates[{i}]"),
        );
    }
    flag(
        profile.basics.label.as_deref().unwrap_or_default(),
        "basics.label".into(),
    );
    flag(
        profile.basics.summary.as_deref().unwrap_or_default(),
        "basics.summary".into(),
    );
    for (i, e) in profile.education.iter().enumerate() {
        flag(
            &format!(
                "{} {}",
                e.institution.as_deref().unwrap_or_default(),
                e.study_type.as_deref().unwrap_or_default()
            ),
            format!("education[{i}]"),
        );
    }
    advice
}
