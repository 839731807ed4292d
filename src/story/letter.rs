//! The beats a one-page letter tells, chosen from the whole story: the opening and closing,
//! and between them the strongest others in telling order.

use std::collections::BTreeMap;

use super::{Beat, RuleId};

/// How many beats a one-page letter tells between its opening and closing.
const LETTER_BEATS: usize = 5;

/// The beats the letter tells: the opening and closing, and between them the strongest
/// others in telling order, no project told more than twice; a metric told by
/// compression-value is not told again by data-first.
pub fn letter_beats(all: &[Beat]) -> Vec<Beat> {
    let mut by_strength: Vec<(usize, &Beat)> = all
        .iter()
        .enumerate()
        .filter(|(_, b)| b.rule != RuleId::Frame && b.rule.in_letters())
        .collect();
    by_strength.sort_by(|a, b| b.1.strength.cmp(&a.1.strength).then(a.0.cmp(&b.0)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut told: BTreeMap<String, usize> = BTreeMap::new();
    for (i, beat) in by_strength {
        if chosen.len() == LETTER_BEATS {
            break;
        }
        let project = beat.facts.get("project").map(|f| f.path.clone());
        if let Some(p) = &project {
            if told.get(p).copied().unwrap_or(0) >= 2 {
                continue;
            }
            *told.entry(p.clone()).or_default() += 1;
        }
        chosen.push(i);
    }
    // `chosen` holds indices from enumerating `all`.
    let compression_project = chosen
        .iter()
        .map(|i| &all[*i])
        .find(|b| b.rule == RuleId::CompressionValue)
        .and_then(|b| b.facts.get("project").cloned());
    all.iter()
        .enumerate()
        .filter(|(i, b)| (b.rule == RuleId::Frame && b.variant != "claim") || chosen.contains(i))
        .map(|(_, b)| {
            let mut b = b.clone();
            if b.rule == RuleId::DataFirst && compression_project.as_ref() == b.facts.get("project")
            {
                for role in ["metric", "baseline", "value"] {
                    b.facts.remove(role);
                }
            }
            b
        })
        .collect()
}
