//! The company pitch (also an email draft) and the interview preparation, built from the
//! story's beats and the resume's entries.

use serde::Serialize;

use crate::profile::{Lang, Profile};
use crate::story::Story;
use crate::target::Target;

use super::plan::{self, Writer};
use super::realize;
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

/// Builds the pitch: the company's problem first, why I fit, the strongest evidence, the ask.
pub fn pitch(
    target: &Target,
    story: &Story,
    profile: &Profile,
    lang: Lang,
    sections: &[Section],
    labels: &Labels,
    untranslated: &plan::Untranslated,
) -> PitchView {
    let mut writer = Writer::new(story, profile, lang, target).noting(untranslated);
    let planned = plan::pitch(&mut writer);
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
    let beats = |paragraphs: Vec<plan::Paragraph>| -> Vec<BeatView> {
        paragraphs.into_iter().map(BeatView::paragraph).collect()
    };
    let mut out = Vec::new();
    if !planned.problem.is_empty() {
        out.push(PitchSection {
            title: labels.pitch_opportunity,
            beats: beats(planned.problem),
        });
    }
    out.push(PitchSection {
        title: labels.pitch_fit,
        beats: beats(planned.fit),
    });
    PitchView {
        sections: out,
        evidence_title: labels.pitch_evidence,
        evidence,
        ask: beats(planned.ask),
        ask_title: labels.pitch_ask,
    }
}

/// Builds the interview preparation.
pub fn prep(
    target: &Target,
    story: &Story,
    profile: &Profile,
    lang: Lang,
    untranslated: &plan::Untranslated,
) -> PrepView {
    let items = story
        .prep
        .iter()
        // A question quoting a measured result or a project not written in the document's
        // language is left out (its texts noted for translation), never asked half in one
        // language and half in the other. Employers and competitions are names and pass.
        .filter(|item| {
            let foreign: Vec<&crate::story::Fact> = ["metric", "project"]
                .into_iter()
                .filter_map(|role| item.question.facts.get(role))
                .filter(|f| !f.path.starts_with("work[") && !realize::fits(&f.text, lang))
                .collect();
            untranslated.note_all(foreign.iter().map(|f| f.path.as_str()));
            foreign.is_empty()
        })
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
                // Each answer stands alone: it may cite what another answer cites.
                answer: plan::prep_answer(
                    &mut Writer::new(story, profile, lang, target).noting(untranslated),
                    item,
                )
                .into_iter()
                .map(BeatView::paragraph)
                .collect(),
                cites,
            }
        })
        .collect();
    PrepView { items }
}
