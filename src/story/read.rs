//! What the engine read from the profile's prose, as lines coach shows so the user can check
//! them ("read from work[0].highlights[1]: p95 latency 820 -> 140 ms").

use crate::facts::{Direction, Medal, ProfileFacts, Standing};

use super::ReadFact;

/// One line per fact read, in the order of the profile.
pub fn read_facts(facts: &ProfileFacts) -> Vec<ReadFact> {
    let mut out = Vec::new();
    for m in &facts.metrics {
        let direction = match m.fact.direction {
            Direction::Up => " (up)",
            Direction::Down => " (down)",
            Direction::None => "",
        };
        out.push(ReadFact {
            kind: "metric",
            path: m.source.path.clone(),
            what: format!("{}{direction}", m.fact.describe()),
            source: m.source.text.clone(),
        });
    }
    for c in &facts.competitions {
        let mut what = c.competition.platform.clone().unwrap_or_default();
        let mut parts: Vec<String> = Vec::new();
        if let Some(r) = c.competition.rank {
            parts.push(match c.competition.teams {
                Some(t) => format!("rank {r} of {t}"),
                None => format!("rank {r}"),
            });
        } else if let Some(t) = c.competition.teams {
            parts.push(format!("{t} teams"));
        }
        if let Some(p) = c.top_percent {
            parts.push(format!("top {p}%"));
        }
        if let Some(m) = c.medal {
            parts.push(
                match m {
                    Medal::Gold => "gold",
                    Medal::Silver => "silver",
                    Medal::Bronze => "bronze",
                    Medal::Prize => "prize",
                }
                .to_string(),
            );
        }
        if c.winner.is_some() {
            parts.push("winner's approach in the summary".into());
        }
        if c.lesson.is_some() {
            parts.push("lesson in the summary".into());
        }
        if !what.is_empty() {
            what.push_str(": ");
        }
        what.push_str(&format!("{} ({})", c.competition.name, parts.join(", ")));
        out.push(ReadFact {
            kind: "competition",
            path: c.source.path.clone(),
            what,
            source: c.source.text.clone(),
        });
    }
    for c in &facts.coding {
        let standing = match c.fact.standing {
            Standing::Entry => "entry level",
            Standing::Intermediate => "intermediate",
            Standing::Strong => "passes most coding tests",
            Standing::Expert => "expert",
        };
        out.push(ReadFact {
            kind: "coding-test",
            path: c.source.path.clone(),
            what: format!("{} {} ({standing})", c.fact.platform, c.fact.level),
            source: c.source.text.clone(),
        });
    }
    // Deployment signals, one line per field.
    let mut i = 0;
    while i < facts.signals.len() {
        let path = &facts.signals[i].source.path;
        let mut words: Vec<&str> = Vec::new();
        let mut j = i;
        while j < facts.signals.len() && &facts.signals[j].source.path == path {
            let w = facts.signals[j].fact.text.as_str();
            if !words.iter().any(|x| x.eq_ignore_ascii_case(w)) {
                words.push(w);
            }
            j += 1;
        }
        out.push(ReadFact {
            kind: "deployment",
            path: path.clone(),
            what: words.join(", "),
            source: words.join(", "),
        });
        i = j;
    }
    for d in &facts.deliverables {
        let kind = serde_json::to_value(d.fact.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        out.push(ReadFact {
            kind: "deliverable",
            path: d.source.path.clone(),
            what: format!("{kind}: {}", d.fact.url.as_deref().unwrap_or(&d.fact.text)),
            source: d.source.text.clone(),
        });
    }
    out
}
