//! Rules that look at the company from outside: ai-opportunity ("why don't they use AI
//! here?") and bring-research (how your research applies to their product).

use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};

use super::analysis::{self, Item, Needs, Opportunity, Sentence};
use super::evidence::{metric_part, named};
use super::text::{self, Keyword, Text};
use super::{say, Advice, Beat, Evidence, EvidenceKind, Fact, RuleId};

/// Points for each specific word of an opportunity a highlight shares ("cold start"), and for
/// each concept or data word it shares. A tie needs `TIE_THRESHOLD`: one specific word, or
/// three weaker overlaps; sharing only the domain ("추천", "recommendation") scores nothing.
const SPECIFIC_POINTS: usize = 3;
const TIE_THRESHOLD: usize = 3;
/// How many of the best-ranked items are read for a tie: the evidence a letter can tell. It
/// keeps the rule's cost per target fixed, whatever the size of the profile (a 200-project
/// profile told for 100 companies).
const TIE_CANDIDATES: usize = 12;

/// A sentence of evidence (`analysis::Sentence`) with the item it belongs to.
struct Unit<'a> {
    item: &'a Item,
    sentence: &'a Sentence,
}

/// An opportunity's words, each prepared once for the many units it is looked up in.
struct Words<'o> {
    specific: Vec<Keyword<'o>>,
    weak: Vec<Keyword<'o>>,
}

/// How much of `opportunity` (whose words are `words`) the text of `unit` says.
fn overlap(opportunity: &Opportunity, words: &Words<'_>, unit: &Unit<'_>) -> usize {
    SPECIFIC_POINTS
        * words
            .specific
            .iter()
            .filter(|k| unit.sentence.text.has_keyword(k))
            .count()
        + words
            .weak
            .iter()
            .filter(|k| unit.sentence.text.has_keyword(k))
            .count()
        + opportunity
            .concepts
            .iter()
            .filter(|c| unit.sentence.concepts.contains(c))
            .count()
}

/// The single highlight (or description) whose text overlaps `opportunity` most, with its
/// points; among equals the better-ranked item's, then the earlier sentence. None below the
/// threshold: then the letter says how the candidate would start instead.
fn best_unit<'u, 'a>(
    opportunity: &Opportunity,
    units: &'u [Unit<'a>],
) -> Option<(&'u Unit<'a>, usize)> {
    let words = Words {
        specific: text::prepare(&opportunity.specific),
        weak: text::prepare(&opportunity.weak),
    };
    units
        .iter()
        .map(|u| (u, overlap(opportunity, &words, u)))
        .filter(|(_, points)| *points >= TIE_THRESHOLD)
        .fold(None, |best: Option<(&Unit, usize)>, next| match best {
            Some(b) if b.1 >= next.1 => Some(b),
            _ => Some(next),
        })
}

/// ai-opportunity: the opportunities the candidate has evidence for, each tied to the one
/// highlight (or description) whose text overlaps it most; at most two, strongest first.
pub fn ai_opportunity(
    kb: &Knowledge,
    items: &[Item],
    ranked: &[Evidence],
    needs: &Needs,
    lang: Lang,
) -> (Vec<Beat>, Vec<Advice>) {
    let mut beats: Vec<(usize, Beat)> = Vec::new();
    let units: Vec<Unit> = if needs.opportunities.is_empty() {
        Vec::new()
    } else {
        ranked
            .iter()
            .take(TIE_CANDIDATES)
            .filter_map(|e| analysis::item_of(items, e))
            .flat_map(|item| {
                item.sentences(kb)
                    .iter()
                    .map(move |sentence| Unit { item, sentence })
            })
            .collect()
    };
    for opportunity in &needs.opportunities {
        if let Some((unit, points)) = best_unit(opportunity, &units) {
            let item = unit.item;
            let fact = &unit.sentence.fact;
            let is_description = item.description.as_ref() == Some(fact);
            // The result the unit is, or the one read from that very sentence; for the
            // item's own description, the item's best result (it describes the whole).
            let metric = match unit.sentence.metric {
                Some(j) => item.metrics.get(j),
                None if is_description => item.metrics.first(),
                None => item.metrics.iter().find(|(_, path)| *path == fact.path),
            };
            let mut beat = named(
                Beat::new(
                    RuleId::AiOpportunity,
                    "",
                    (60 + 10 * (points / SPECIFIC_POINTS).clamp(1, 3)) as u8,
                ),
                item,
            );
            if unit.sentence.metric.is_none() {
                beat = beat.fact("highlight", fact.clone());
            }
            if let Some((m, path)) = metric {
                beat = beat
                    .fact(
                        "metric",
                        Fact::new(m.name.trim(), metric_part(path, "name")),
                    )
                    .maybe(
                        "baseline",
                        m.baseline
                            .as_deref()
                            .map(str::trim)
                            .filter(|b| !b.is_empty())
                            .map(|b| Fact::new(b, metric_part(path, "baseline"))),
                    )
                    .fact(
                        "value",
                        Fact::new(m.value.trim(), metric_part(path, "value")),
                    );
            }
            let beat = beat
                .fact("opportunity", opportunity.fact.clone())
                .maybe("company", needs.company.clone());
            beats.push((points, beat));
        }
    }
    beats.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.strength.cmp(&a.1.strength)));
    let mut beats: Vec<Beat> = beats.into_iter().map(|(_, b)| b).take(2).collect();
    if let [first, second] = beats.as_mut_slice() {
        second.variant = "more";
        // The same result twice: it was already told.
        if first.facts.get("value") == second.facts.get("value") {
            for role in ["metric", "baseline", "value"] {
                second.facts.remove(role);
            }
        }
    }
    if let Some(first) = beats.first_mut() {
        first.variant = "first";
    }
    let mut advice = Vec::new();
    if needs.opportunities.is_empty() {
        advice.push(Advice {
            rule: RuleId::AiOpportunity,
            path: "opportunities".into(),
            message: say(lang, "no opportunity is known for this company", "이 회사에서 AI를 더 쓸 수 있는 지점이 파악되지 않았습니다"),
            action: say(
                lang,
                "look through their products for a place AI is not used yet and add it to the target's `opportunities`; it is the strongest line of an application",
                "제품을 살펴 AI가 아직 쓰이지 않는 곳을 찾아 타깃의 `opportunities`에 적으세요. 지원서에서 가장 강한 문장이 됩니다",
            ),
        });
    } else if beats.is_empty() {
        let list = needs
            .opportunities
            .iter()
            .map(|o| o.fact.text.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        // Without the target's own, the opportunities are the knowledge base's ideas for the
        // industry: the user should hear that they are not the company's words.
        let from_knowledge = needs
            .opportunities
            .iter()
            .all(|o| o.fact.is_from_knowledge());
        let (message, action) = if from_knowledge {
            (
                say(lang, &format!("the target lists no opportunities, and none of your evidence ties to the AI ideas common in their industry: {list}"), &format!("타깃에 opportunities가 없고, 이 업종에서 흔히 꼽히는 AI 기회와 이어지는 경험도 없습니다: {list}")),
                say(lang, "check which of them fits the company, build a small proof of concept on public data and add it to the target's `opportunities`; then it becomes your opening line", "이 중 회사에 맞는 것을 골라 공개 데이터로 작은 개념 증명을 만들고 타깃의 `opportunities`에 적으세요. 그러면 첫 문장이 됩니다"),
            )
        } else {
            (
                say(lang, &format!("none of your evidence ties to their opportunities: {list}"), &format!("회사의 기회 지점과 이어지는 경험이 없습니다: {list}")),
                say(lang, "pick one and build a small proof of concept on public data; then it becomes your opening line", "하나를 골라 공개 데이터로 작은 개념 증명을 만들면 첫 문장이 됩니다"),
            )
        };
        advice.push(Advice {
            rule: RuleId::AiOpportunity,
            path: "opportunities".into(),
            message,
            action,
        });
    }
    (beats, advice)
}

/// bring-research: a paper (or thesis project) whose techniques match what the company
/// builds, tied to one of its products or AI uses.
pub fn bring_research(
    kb: &Knowledge,
    profile: &Profile,
    items: &[Item],
    needs: &Needs,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let papers = items.iter().filter(|i| i.kind == EvidenceKind::Publication);
    let best = papers
        .map(|p| {
            (
                p,
                p.concepts
                    .iter()
                    .filter(|c| needs.concepts.contains(c))
                    .count()
                    + p.domains
                        .iter()
                        .filter(|d| needs.domains.contains(d))
                        .count(),
            )
        })
        .filter(|(_, overlap)| *overlap > 0)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.index.cmp(&a.0.index)));
    let Some((paper, overlap)) = best else {
        let advice = if profile.publications.is_empty() {
            Vec::new()
        } else {
            vec![Advice {
                rule: RuleId::BringResearch,
                path: "publications".into(),
                message: say(lang, "your papers do not obviously connect to this company's products", "논문이 이 회사 제품과 바로 이어지지 않습니다"),
                action: say(lang, "in the letter, name one technique from your research and the product where it would make a difference", "자기소개서에 연구의 기법 하나와 그것이 차이를 만들 제품을 짚어 쓰세요"),
            }]
        };
        return (None, advice);
    };
    let Some(publication) = profile.publications.get(paper.index) else {
        return (None, Vec::new());
    };
    let path = &paper.path;
    // Tie it to the product or AI use that shares the paper's techniques, else the first product.
    let paper_words: Vec<String> = paper
        .concepts
        .iter()
        // Item concepts index this same knowledge base (`analysis::concepts_in`).
        .flat_map(|c| kb.concepts[*c].synonyms.iter().cloned())
        .collect();
    let paper_words = text::prepare(&paper_words);
    let product = needs
        .ai_uses
        .iter()
        .chain(needs.products.iter())
        .find(|f| Text::new(&f.text).any_keyword(&paper_words))
        .or(needs.products.first())
        .cloned();
    let beat = Beat::new(RuleId::BringResearch, "", (65 + 5 * overlap.min(4)) as u8)
        .fact(
            "paper",
            Fact::new(paper.title.trim(), format!("{path}.name")),
        )
        .maybe(
            "venue",
            publication
                .publisher
                .as_ref()
                .map(|v| Fact::new(v.trim(), format!("{path}.publisher"))),
        )
        .maybe("summary", paper.description.clone())
        .maybe("product", product)
        .maybe("company", needs.company.clone());
    (Some(beat), Vec::new())
}
