//! The company pitch (also an email draft) and the interview preparation, built from the
//! story's beats and the resume's entries.

use serde::Serialize;

use crate::profile::{Lang, Profile};
use crate::story::{PrepItem, Story};
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

/// Builds the interview preparation. One writer tells every answer, so a highlight told in
/// one answer is not told again in another: the highlight a measured-result question asks
/// about is kept for that question's answer, and the other answers reach for the
/// next-strongest evidence.
pub fn prep(
    target: &Target,
    story: &Story,
    profile: &Profile,
    lang: Lang,
    untranslated: &plan::Untranslated,
) -> PrepView {
    let kept: Vec<&PrepItem> = story
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
        .collect();
    let mut writer = Writer::new(story, profile, lang, target).noting(untranslated);
    writer.reserve(kept.iter().flat_map(|item| plan::asked_result(item)));
    let items = kept
        .into_iter()
        .filter_map(|item| {
            writer.new_section();
            let answer = plan::prep_answer(&mut writer, item);
            if answer.is_empty() {
                return None;
            }
            // The works the answer tells (a sentence's facts lie under the work's path:
            // `work[1].highlights[0]` under `work[1]`, whose name is `work[1].name`).
            let under = |path: &str, work: &str| {
                path.strip_prefix(work)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
            };
            let paths: Vec<&String> = answer
                .iter()
                .flat_map(|p| &p.sentences)
                .flat_map(|s| &s.paths)
                .collect();
            let mut cited: Vec<String> = Vec::new();
            let mut cites: Vec<String> = Vec::new();
            for beat in &item.answer {
                let named = ["project", "paper", "competition"]
                    .into_iter()
                    .filter_map(|role| beat.facts.get(role))
                    .chain(beat.lists.get("projects").into_iter().flatten());
                for f in named {
                    let work = f
                        .path
                        .rsplit_once('.')
                        .filter(|(_, field)| !field.contains('['))
                        .map_or(f.path.as_str(), |(work, _)| work);
                    if paths.iter().any(|p| under(p, work)) && !cites.contains(&f.text) {
                        cites.push(f.text.clone());
                        cited.push(work.to_string());
                    }
                }
            }
            // A work the answer reached for beyond its beats (the posting's need it answers).
            for e in &story.evidence {
                let told = paths.iter().any(|p| under(p, &e.path));
                if told && !cited.contains(&e.path) && !cites.contains(&e.title) {
                    cites.push(e.title.clone());
                    cited.push(e.path.clone());
                }
            }
            Some(PrepItemView {
                question: BeatView::question(&item.question, lang),
                answer: answer.into_iter().map(BeatView::paragraph).collect(),
                cites,
            })
        })
        .collect();
    PrepView { items }
}
