//! Interview preparation: the questions this company is likely to ask, each with the beats
//! that answer it from the candidate's own facts.

use serde::Serialize;

use super::analysis::{self, Item, Needs};
use super::evidence::with_item;
use super::{Beat, Evidence, EvidenceKind, RuleId};

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
    // A profile with no work and no project to tell: what it can show (courses, skills),
    // and plainly that it has no results yet.
    let nothing_done = !items
        .iter()
        .any(|i| matches!(i.kind, EvidenceKind::Project | EvidenceKind::Work));
    let hire = if hire.is_empty() && nothing_done {
        [
            Some(Beat::new(RuleId::Frame, "coursework", 50)),
            find(all, RuleId::CoreSkills).cloned(),
            Some(Beat::new(RuleId::Frame, "no-work", 50)),
        ]
        .into_iter()
        .flatten()
        .collect()
    } else {
        hire
    };
    if !hire.is_empty() {
        out.push(PrepItem {
            question: ask(RuleId::BringResearch, "hire-you", needs),
            answer: hire,
        });
    }
    // Why us: what the company does in its own words, the domain the candidate worked in,
    // and the posting's need their work answers best ("ask", from the story's asks).
    let about = needs
        .and_then(|n| n.about.clone())
        .map(|f| Beat::new(RuleId::DomainFit, "about", 50).fact("about", f));
    let domain = find(all, RuleId::DomainFit).cloned();
    if about.is_some() || domain.is_some() {
        let answer = [about, domain, Some(Beat::new(RuleId::Frame, "ask", 50))]
            .into_iter()
            .flatten()
            .collect();
        out.push(PrepItem {
            question: ask(RuleId::DomainFit, "why-domain", needs),
            answer,
        });
    }
    // Asked of everyone: a profile with no data work says so in its answer.
    let no_data = find(all, RuleId::NoDataAnswer)
        .cloned()
        .unwrap_or_else(|| Beat::new(RuleId::NoDataAnswer, "", 50));
    out.push(PrepItem {
        question: ask(RuleId::NoDataAnswer, "no-data", needs),
        answer: vec![no_data],
    });
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
