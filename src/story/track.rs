//! The one-story rule: the candidate's main track (declared, or the technique most of the
//! work shares), whether an item lies on it, and the progression along it.

use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};

use super::analysis::Item;
use super::text::Text;
use super::{say, Advice, Beat, EvidenceKind, Fact, RuleId};

/// The candidate's main track.
#[derive(Debug, Clone)]
pub struct Track {
    pub fact: Fact,
    pub concepts: Vec<usize>,
    pub modalities: Vec<String>,
}

/// The track: the profile's `track`, else the technique most of the work shares (as the
/// profile words it), else the most common data modality.
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
        });
    }
    let work: Vec<&Item> = items
        .iter()
        .filter(|i| i.kind != EvidenceKind::Publication)
        .collect();
    let best_concept = (0..kb.concepts.len())
        .map(|c| (c, work.iter().filter(|i| i.concepts.contains(&c)).count()))
        .filter(|(_, n)| *n >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
    if let Some((c, _)) = best_concept {
        // `c` ranges over `0..kb.concepts.len()`.
        let concept = &kb.concepts[c];
        // Name the track with the candidate's own words, where they said it.
        for item in &work {
            if let Some(word) = item.text.first_match(&concept.synonyms) {
                return Some(Track {
                    fact: Fact::new(word, item.path.clone()),
                    concepts: vec![c],
                    modalities: Vec::new(),
                });
            }
        }
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

/// one-story: the main track and the progression along it; off-track items are flagged.
pub fn one_story(
    kb: &Knowledge,
    items: &[Item],
    track: Option<&Track>,
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
    let mut steps: Vec<&Item> = items
        .iter()
        .filter(|i| {
            matches!(i.kind, EvidenceKind::Project | EvidenceKind::Work)
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
            Beat::new(RuleId::OneStory, "", 70)
                .fact("track", track.fact.clone())
                .list("steps", list),
        ),
        advice,
    )
}
