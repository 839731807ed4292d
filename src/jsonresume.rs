//! `export jsonresume`: a profile as a plain JSON Resume 1.0.0 document. storyfolio's own keys
//! are dropped, or folded into standard fields where JSON Resume has a place for them.

use serde_json::{Map, Value};

use crate::display::metric_line;
use crate::link::safe_url;
use crate::profile::{Award, Competition, Lang, Profile, Project, Skill, SocialProfile};
use crate::view::{competition_result, deliverable_label, Labels};

/// The schema a JSON Resume document names in `$schema`.
pub const SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// storyfolio's own keys, one list shared with the lenient reader that sets them aside.
pub use crate::load::lenient::aside::{PROJECT_KEYS, TOP_LEVEL_KEYS, WORK_KEYS};

/// The JSON Resume document of `profile`. Keys storyfolio does not know are not carried over
/// (`validate` already reports them as ignored); `meta` is kept as it is.
pub fn export(profile: &Profile) -> Result<Value, serde_json::Error> {
    let lang = profile.lang.unwrap_or_default();
    let mut plain = profile.clone();
    plain.schema = Some(SCHEMA_URL.to_string());
    for work in &mut plain.work {
        work.highlights.extend(work.metrics.iter().map(metric_line));
    }
    for project in &mut plain.projects {
        fold_project(project, lang);
    }
    plain
        .awards
        .extend(profile.competitions.iter().map(|c| award(c, lang)));
    if let Some(test) = &profile.coding_test {
        let level = [test.platform.as_deref(), Some(test.level.as_str())]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if !level.is_empty() {
            plain.skills.push(Skill {
                name: Some(Labels::for_lang(lang).coding_test.to_string()),
                level: Some(level),
                keywords: Vec::new(),
                ..Default::default()
            });
        }
    }
    if let Some(user) = profile.github.as_deref().map(str::trim) {
        let listed = plain.basics.profiles.iter().any(|p| {
            p.network
                .as_deref()
                .is_some_and(|n| n.trim().eq_ignore_ascii_case("github"))
        });
        if !user.is_empty() && !listed {
            plain.basics.profiles.push(SocialProfile {
                network: Some("GitHub".into()),
                username: Some(user.to_string()),
                url: Some(format!("https://github.com/{user}")),
            });
        }
    }
    let mut value = serde_json::to_value(&plain)?;
    if let Value::Object(map) = &mut value {
        drop_keys(map, TOP_LEVEL_KEYS);
        for (list, keys) in [("work", WORK_KEYS), ("projects", PROJECT_KEYS)] {
            for item in map
                .get_mut(list)
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                if let Value::Object(item) = item {
                    drop_keys(item, keys);
                }
            }
        }
        // `meta` is the user's own; everything else lost its unset fields to `null`.
        let meta = map.remove("meta");
        prune(&mut value);
        if let (Value::Object(map), Some(meta)) = (&mut value, meta) {
            if !meta.is_null() {
                map.insert("meta".into(), meta);
            }
        }
    }
    Ok(value)
}

/// Metrics become highlights; the first deliverable (else the repository) becomes the `url`
/// when there is none, and the other deliverables become highlights.
fn fold_project(project: &mut Project, lang: Lang) {
    project
        .highlights
        .extend(project.metrics.iter().map(metric_line));
    let has_url = |p: &Project| p.url.as_deref().is_some_and(|u| !u.trim().is_empty());
    for deliverable in &project.deliverables {
        let Some(url) = safe_url(&deliverable.url) else {
            continue;
        };
        if !has_url(project) {
            project.url = Some(deliverable.url.trim().to_string());
            continue;
        }
        if project.url.as_deref().and_then(safe_url).as_deref() == Some(url.as_str()) {
            continue;
        }
        let label = deliverable
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or(deliverable_label(deliverable.kind, lang));
        project
            .highlights
            .push(format!("{label}: {}", deliverable.url.trim()));
    }
    if !has_url(project) {
        if let Some(repo) = project.repo.as_deref().map(str::trim) {
            project.url = Some(format!("https://github.com/{repo}"));
        }
    }
}

/// A competition as an award: its result in the title, the platform as the awarder, and the
/// retrospective (what the winner did) after the summary.
fn award(competition: &Competition, lang: Lang) -> Award {
    let name = competition.name.trim();
    let title = match competition_result(competition.rank, competition.teams, lang) {
        Some(result) => format!("{name} — {result}"),
        None => name.to_string(),
    };
    let retrospective = competition
        .winner_did
        .as_deref()
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|w| match lang {
            Lang::En => format!("Retrospective: {w}"),
            Lang::Ko => format!("회고: {w}"),
        });
    let summary = [
        competition
            .summary
            .as_deref()
            .map(str::trim)
            .map(str::to_string),
        retrospective,
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join("\n");
    Award {
        title: Some(title),
        date: competition.date.clone(),
        awarder: competition.platform.clone(),
        summary: Some(summary).filter(|s| !s.is_empty()),
        ..Default::default()
    }
}

fn drop_keys(map: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        map.remove(*key);
    }
}

/// Removes `null`s, empty lists and empty objects, which the typed model writes for every
/// field the profile left out.
fn prune(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for child in map.values_mut() {
                prune(child);
            }
            map.retain(|_, v| !is_empty(v));
        }
        Value::Array(items) => {
            for item in items.iter_mut() {
                prune(item);
            }
            items.retain(|v| !is_empty(v));
        }
        _ => {}
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Deliverable, DeliverableKind, Metric};

    #[test]
    fn first_deliverable_becomes_the_url_and_the_rest_highlights() {
        let mut project = Project {
            deliverables: vec![
                Deliverable {
                    kind: DeliverableKind::Paper,
                    url: "https://example.org/paper.pdf".into(),
                    title: None,
                },
                Deliverable {
                    kind: DeliverableKind::Demo,
                    url: "https://example.org/demo".into(),
                    title: Some("Demo video".into()),
                },
            ],
            metrics: vec![Metric {
                name: "F1".into(),
                value: "0.91".into(),
                baseline: Some("0.84".into()),
            }],
            ..Default::default()
        };
        fold_project(&mut project, Lang::En);
        assert_eq!(
            project.url.as_deref(),
            Some("https://example.org/paper.pdf")
        );
        assert_eq!(
            project.highlights,
            ["F1: 0.84 → 0.91", "Demo video: https://example.org/demo"]
        );
    }

    #[test]
    fn a_repository_is_the_url_of_last_resort() {
        let mut project = Project {
            repo: Some("kim/fallnet".into()),
            ..Default::default()
        };
        fold_project(&mut project, Lang::En);
        assert_eq!(
            project.url.as_deref(),
            Some("https://github.com/kim/fallnet")
        );
    }

    #[test]
    fn a_competition_is_an_award_with_its_rank_and_retrospective() {
        let competition = Competition {
            name: "Car Crash Video".into(),
            platform: Some("DACON".into()),
            rank: Some(10),
            teams: Some(512),
            date: Some("2023-03".into()),
            summary: Some("SlowFast on dash-cam clips.".into()),
            winner_did: Some("The winners used more frames.".into()),
            ..Default::default()
        };
        let award = award(&competition, Lang::Ko);
        assert_eq!(
            award.title.as_deref(),
            Some("Car Crash Video — 512팀 중 10위")
        );
        assert_eq!(award.awarder.as_deref(), Some("DACON"));
        assert_eq!(
            award.summary.as_deref(),
            Some("SlowFast on dash-cam clips.\n회고: The winners used more frames.")
        );
    }
}
