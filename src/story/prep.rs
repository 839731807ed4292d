//! Interview preparation: the questions this company is likely to ask, each with the beats
//! that answer it from the candidate's own facts.

use serde::Serialize;

use super::analysis::{self, Item, Needs};
use super::evidence::with_item;
use super::{Beat, Evidence, RuleId};

/// A likely question and its drafted answer.
#[derive(Debug, Clone, Serialize)]
pub struct PrepItem {
    /// The question, phrased by the templates from its variant and facts.
    pub question: Beat,
    /// The beats that answer it, in telling order.
    pub answer: Vec<Beat>,
}

fn ask(rule: RuleId, variant: &'static str, needs: Option<&Needs>) -> Beat {
    Beat::new(rule, variant, 50).maybe("company", needs.and_then(|n| n.company.clone()))
}

fn find(beats: &[Beat], rule: RuleId) -> Option<&Beat> {
    beats.iter().find(|b| b.rule == rule)
}

/// The prep items from the story's beats (all of them, not only those the letter keeps).
pub fn prep(
    all: &[Beat],
    items: &[Item],
    ranked: &[Evidence],
    needs: Option<&Needs>,
) -> Vec<PrepItem> {
    let mut out = Vec::new();
    let hire: Vec<Beat> = [
        RuleId::BringResearch,
        RuleId::DataFirst,
        RuleId::AiOpportunity,
    ]
    .into_iter()
    .filter_map(|r| find(all, r).cloned())
    .take(2)
    .collect();
    if !hire.is_empty() {
        out.push(PrepItem {
            question: ask(RuleId::BringResearch, "hire-you", needs),
            answer: hire,
        });
    }
    if let Some(b) = find(all, RuleId::DomainFit) {
        out.push(PrepItem {
            question: ask(RuleId::DomainFit, "why-domain", needs),
            answer: vec![b.clone()],
        });
    }
    if let Some(b) = find(all, RuleId::NoDataAnswer) {
        out.push(PrepItem {
            question: ask(RuleId::NoDataAnswer, "no-data", needs),
            answer: vec![b.clone()],
        });
    }
    // A question on each measured claim of the strongest evidence.
    for e in ranked.iter().take(4) {
        let Some(item) = analysis::item_of(items, e) else {
            continue;
        };
        if item.metrics.is_empty() {
            continue;
        }
        let answer = with_item(Beat::new(RuleId::Frame, "claim", 60), item).list(
            "highlights",
            item.highlights.iter().take(2).cloned().collect(),
        );
        let question = with_item(Beat::new(RuleId::Frame, "claim", 50), item);
        out.push(PrepItem {
            question,
            answer: vec![answer],
        });
    }
    for (rule, variant) in [
        (RuleId::CompressionValue, "compression"),
        (RuleId::CompetitionRetro, "competition"),
        (RuleId::GithubGrowth, "code"),
        (RuleId::Trend, "llm"),
        (RuleId::CodingProof, "coding-test"),
    ] {
        if let Some(b) = find(all, rule) {
            let mut question = ask(rule, variant, needs);
            for role in ["competition", "project"] {
                if let Some(f) = b.facts.get(role) {
                    question = question.fact(role, f.clone());
                }
            }
            out.push(PrepItem {
                question,
                answer: vec![b.clone()],
            });
        }
    }
    out
}
