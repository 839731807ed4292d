//! The one-story rule: the candidate's main track (declared, or the technique most of the
//! work shares), whether an item lies on it, and the progression along it.

use crate::knowledge::{ConceptKind, Knowledge};
use crate::profile::{Lang, Profile};

use super::analysis::{Item, Needs};
use super::text::Text;
use super::{say, Advice, Beat, EvidenceKind, Fact, RuleId};

/// The candidate's main track.
#[derive(Debug, Clone)]
pub struct Track {
    pub fact: Fact,
    pub concepts: Vec<usize>,
    pub modalities: Vec<String>,
    /// Why this track, in the document language once `in_lang` has run.
    pub reason: String,
    /// For an inferred track: how many projects and jobs show the field, of how many.
    shown: Option<(usize, usize, String)>,
}

/// Names an inferred track in `lang` and says why it was chosen.
pub fn in_lang(kb: &Knowledge, mut track: Track, lang: Lang) -> Track {
    match (&track.shown, track.concepts.first()) {
        (Some((n, of, first)), Some(&c)) if track.fact.is_from_knowledge() => {
            // `c` indexes this same knowledge base (`track`).
            let name = kb.concepts[c].name(lang).to_string();
            track.reason = say(
                lang,
                &format!("{n} of your {of} projects and jobs are in {name}, the field most of your work shares (first shown in {first}); methods such as augmentation or quantization are never a track"),
                &format!("프로젝트·경력 {of}개 중 {n}개가 {name} 분야로, 가장 많은 경험이 모인 분야입니다(처음 보이는 곳: {first}). 증강·양자화 같은 방법은 트랙이 아닙니다"),
            );
            track.fact.text = name;
        }
        _ => {
            track.reason = say(
                lang,
                "the `track` your profile declares",
                "프로필의 `track`에 적은 분야",
            );
        }
    }
    track
}

/// The track: the profile's `track`, else the field (never a method) most of the work
/// shows, named after the field.
pub fn track(kb: &Knowledge, profile: &Profile, items: &[Item]) -> Option<Track> {
    if let Some(declared) = profile
        .track
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let norm = Text::new(declared);
        let concepts = kb
            .concepts
            .iter()
            .enumerate()
            .filter(|(_, c)| norm.any(&c.synonyms))
            .map(|(i, _)| i)
            .collect();
        let modalities = kb
            .modalities
            .iter()
            .filter(|(_, w)| norm.any(w))
            .map(|(m, _)| m.clone())
            .collect();
        return Some(Track {
            fact: Fact::new(declared, "track"),
            concepts,
            modalities,
            reason: String::new(),
            shown: None,
        });
    }
    let work: Vec<&Item> = items
        .iter()
        .filter(|i| i.kind != EvidenceKind::Publication)
        .collect();
    let best_concept = (0..kb.concepts.len())
        .filter(|&c| kb.concepts[c].kind == ConceptKind::Field)
        .map(|c| (c, work.iter().filter(|i| i.concepts.contains(&c)).count()))
        .filter(|(_, n)| *n >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
    if let Some((c, n)) = best_concept {
        // `c` ranges over `0..kb.concepts.len()`.
        let concept = &kb.concepts[c];
        let first = work
            .iter()
            .find(|i| i.concepts.contains(&c))
            .map(|i| i.path.clone())
            .unwrap_or_default();
        return Some(Track {
            fact: Fact::from_knowledge(concept.en.clone(), format_args!("concepts.{}", concept.id)),
            concepts: vec![c],
            modalities: Vec::new(),
            reason: String::new(),
            shown: Some((n, work.len(), first)),
        });
    }
    None
}

/// Whether `item` lies on `track`.
pub fn on_track(kb: &Knowledge, item: &Item, track: Option<&Track>) -> bool {
    let Some(track) = track else { return true };
    if track.concepts.iter().any(|c| item.concepts.contains(c)) {
        return true;
    }
    if track.modalities.iter().any(|m| item.modalities.contains(m)) {
        return true;
    }
    if track.concepts.is_empty() && track.modalities.is_empty() {
        return item.text.has(&track.fact.text);
    }
    let _ = kb;
    false
}

/// Whether the posting works in the track's field: it names one of the track's concepts or
/// data kinds, or its domain is one the work on the track served (fall detection on CCTV
/// for a video-surveillance company). A track the knowledge base cannot read is taken to
/// fit, as is any track without a posting.
fn fits_posting(track: &Track, steps: &[&Item], needs: Option<&Needs>) -> bool {
    let Some(needs) = needs else { return true };
    if track.concepts.is_empty() && track.modalities.is_empty() {
        return true;
    }
    track.concepts.iter().any(|c| needs.concepts.contains(c))
        || track
            .modalities
            .iter()
            .any(|m| needs.modalities.contains(m))
        || steps
            .iter()
            .flat_map(|i| &i.domains)
            .any(|d| needs.domains.contains(d))
}

/// one-story: the main track and the progression along it; off-track items are flagged.
/// A track outside the posting's field is told as the candidate's own ("own-field"), never
/// as the reason they fit.
pub fn one_story(
    kb: &Knowledge,
    items: &[Item],
    track: Option<&Track>,
    needs: Option<&Needs>,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let mut advice = Vec::new();
    let Some(track) = track else {
        advice.push(Advice {
            rule: RuleId::OneStory,
            path: "track".into(),
            message: say(lang, "no main track stands out in your profile", "프로필에서 주 트랙이 드러나지 않습니다"),
            action: say(
                lang,
                "choose the one field you want to be known for and set `track` (e.g. \"video understanding\"); put the projects on it first",
                "알려지고 싶은 한 분야를 정해 `track`에 적고(예: \"영상 이해\"), 그 분야 프로젝트를 앞에 두세요",
            ),
        });
        return (None, advice);
    };
    // Only dated work is a step: the story tells the steps in order ("from A to B"), and an
    // undated one has no place in it.
    let mut steps: Vec<&Item> = items
        .iter()
        .filter(|i| {
            matches!(i.kind, EvidenceKind::Project | EvidenceKind::Work)
                && i.date.as_deref().is_some_and(|d| !d.trim().is_empty())
                && on_track(kb, i, Some(track))
        })
        .collect();
    steps.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(a.stage.cmp(&b.stage))
            .then(a.path.cmp(&b.path))
    });
    for off in items
        .iter()
        .filter(|i| i.kind == EvidenceKind::Project && !on_track(kb, i, Some(track)))
    {
        advice.push(Advice {
            rule: RuleId::OneStory,
            path: off.path.clone(),
            message: say(lang, &format!("\"{}\" leaves your main track ({})", off.title, track.fact.text), &format!("\"{}\"은(는) 주 트랙({})에서 벗어납니다", off.title, track.fact.text)),
            action: say(lang, "keep it out of the headline; storyfolio moves it down or drops it first when space is short", "앞에 내세우지 마세요. 지면이 부족하면 storyfolio가 먼저 내리거나 뺍니다"),
        });
    }
    if steps.len() < 2 {
        return (None, advice);
    }
    let list = steps
        .iter()
        .take(4)
        .map(|i| Fact::new(i.title.trim(), i.path.clone()))
        .collect();
    (
        Some(
            Beat::new(
                RuleId::OneStory,
                if fits_posting(track, &steps, needs) {
                    ""
                } else {
                    "own-field"
                },
                70,
            )
            .fact("track", track.fact.clone())
            .list("steps", list),
        ),
        advice,
    )
}
