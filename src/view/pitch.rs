//! The company pitch (also an email draft) and the interview preparation, built from the
//! story's beats and the resume's entries.

use serde::Serialize;

use crate::profile::Lang;
use crate::story::{RuleId, Story};

use super::{BeatView, Entry, Labels, Section};

/// A titled group of beats.
#[derive(Debug, Clone, Serialize)]
pub struct PitchSection {
    pub title: &'static str,
    pub beats: Vec<BeatView>,
}

/// The one-page pitch: why I fit, the opportunity, the evidence, the ask.
#[derive(Debug, Clone, Serialize)]
pub struct PitchView {
    pub sections: Vec<PitchSection>,
    pub evidence_title: &'static str,
    /// The strongest evidence, as resume entries.
    pub evidence: Vec<Entry>,
    pub ask: Vec<BeatView>,
    pub ask_title: &'static str,
}

/// A likely interview question with its drafted answer.
#[derive(Debug, Clone, Serialize)]
pub struct PrepItemView {
    pub question: BeatView,
    pub answer: Vec<BeatView>,
    /// Names of the projects, papers and competitions the answer cites.
    pub cites: Vec<String>,
}

/// Interview preparation.
#[derive(Debug, Clone, Serialize)]
pub struct PrepView {
    pub items: Vec<PrepItemView>,
}

fn beats_of(story: &Story, rules: &[RuleId], lang: Lang) -> Vec<BeatView> {
    story
        .beats
        .iter()
        .filter(|b| rules.contains(&b.rule) && b.variant != "claim" && b.variant != "closing")
        .map(|b| BeatView::new(b, lang))
        .collect()
}

/// Builds the pitch.
pub fn pitch(story: &Story, sections: &[Section], labels: &Labels, lang: Lang) -> PitchView {
    let fit = beats_of(
        story,
        &[
            RuleId::Frame,
            RuleId::DataFirst,
            RuleId::DomainFit,
            RuleId::OneStory,
        ],
        lang,
    );
    let opportunity = beats_of(
        story,
        &[
            RuleId::AiOpportunity,
            RuleId::BringResearch,
            RuleId::CompressionValue,
        ],
        lang,
    );
    let entries: Vec<&Entry> = sections.iter().flat_map(|s| s.entries.iter()).collect();
    let evidence = story
        .evidence
        .iter()
        .filter_map(|e| {
            entries
                .iter()
                .find(|entry| entry.path == e.path)
                .map(|entry| (*entry).clone())
        })
        .take(3)
        .collect();
    let ask = story
        .beats
        .iter()
        .filter(|b| {
            b.rule == RuleId::Frame && b.variant == "closing" || b.rule == RuleId::Deliverables
        })
        .map(|b| BeatView::new(b, lang))
        .collect();
    let mut out = vec![PitchSection {
        title: labels.pitch_fit,
        beats: fit,
    }];
    if !opportunity.is_empty() {
        out.push(PitchSection {
            title: labels.pitch_opportunity,
            beats: opportunity,
        });
    }
    PitchView {
        sections: out,
        evidence_title: labels.pitch_evidence,
        evidence,
        ask,
        ask_title: labels.pitch_ask,
    }
}

/// Builds the interview preparation.
pub fn prep(story: &Story, lang: Lang) -> PrepView {
    let items = story
        .prep
        .iter()
        .map(|item| {
            let mut cites: Vec<String> = Vec::new();
            for beat in &item.answer {
                for role in ["project", "paper", "competition"] {
                    if let Some(f) = beat.facts.get(role) {
                        if !cites.contains(&f.text) {
                            cites.push(f.text.clone());
                        }
                    }
                }
                for f in beat.lists.get("projects").into_iter().flatten() {
                    if !cites.contains(&f.text) {
                        cites.push(f.text.clone());
                    }
                }
            }
            PrepItemView {
                question: BeatView::question(&item.question, lang),
                answer: item.answer.iter().map(|b| BeatView::new(b, lang)).collect(),
                cites,
            }
        })
        .collect();
    PrepView { items }
}
