//! Rules that look at the company from outside: ai-opportunity ("why don't they use AI
//! here?") and bring-research (how your research applies to their product).

use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};

use super::analysis::{self, Item, Needs};
use super::evidence::with_item;
use super::text::Text;
use super::{say, Advice, Beat, Evidence, EvidenceKind, Fact, RuleId};

/// ai-opportunity: the opportunities the candidate has evidence for, each tied to a named
/// project, paper or metric; at most two, strongest first.
pub fn ai_opportunity(
    items: &[Item],
    ranked: &[Evidence],
    needs: &Needs,
    lang: Lang,
) -> (Vec<Beat>, Vec<Advice>) {
    let mut beats: Vec<(usize, Beat)> = Vec::new();
    for opportunity in &needs.opportunities {
        // The best-ranked item that speaks to the opportunity, and how strongly.
        let best = ranked
            .iter()
            .filter_map(|e| analysis::item_of(items, e))
            .map(|i| {
                (
                    i,
                    opportunity
                        .keywords
                        .iter()
                        .filter(|k| i.text.has(k))
                        .count(),
                )
            })
            .filter(|(_, hits)| *hits > 0)
            // The most hits; among equals, the best-ranked item.
            .fold(None, |best: Option<(&Item, usize)>, next| match best {
                Some(b) if b.1 >= next.1 => Some(b),
                _ => Some(next),
            });
        if let Some((item, hits)) = best {
            let beat = with_item(
                Beat::new(RuleId::AiOpportunity, "", (60 + 10 * hits.min(3)) as u8),
                item,
            )
            .fact("opportunity", opportunity.fact.clone())
            .maybe("company", needs.company.clone());
            beats.push((hits, beat));
        }
    }
    beats.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.strength.cmp(&a.1.strength)));
    let mut beats: Vec<Beat> = beats.into_iter().map(|(_, b)| b).take(2).collect();
    if let [first, second] = beats.as_mut_slice() {
        second.variant = "more";
        // The same project twice: its numbers were already told.
        if first.facts.get("project") == second.facts.get("project") {
            for role in ["metric", "baseline", "value", "description"] {
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
        advice.push(Advice {
            rule: RuleId::AiOpportunity,
            path: "opportunities".into(),
            message: say(lang, &format!("none of your evidence ties to their opportunities: {list}"), &format!("회사의 기회 지점과 이어지는 경험이 없습니다: {list}")),
            action: say(lang, "pick one and build a small proof of concept on public data; then it becomes your opening line", "하나를 골라 공개 데이터로 작은 개념 증명을 만들면 첫 문장이 됩니다"),
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
    let product = needs
        .ai_uses
        .iter()
        .chain(needs.products.iter())
        .find(|f| Text::new(&f.text).any(&paper_words))
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
