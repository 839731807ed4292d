//! `export jsonresume`: a profile as a JSON Resume 1.0.0 document that keeps every key it read.
//! It starts from the document as read (the file's keys in the file's order, the user's own
//! included, deviations read leniently written the 1.0 way, legacy keys under their 1.0 names)
//! and folds storyfolio's additions into JSON Resume's fields where the schema has a place for
//! them: metrics and deliverables become highlights and the project's `url`, competitions
//! become awards, the coding-test level a skill, the GitHub user a profile. A key whose content
//! moved so is removed (its content would otherwise come twice when the export is read again);
//! every other key stays. Exporting an export changes nothing.

use serde_json::{Map, Value};

use crate::diagnostics::{join_index, join_key};
use crate::display::metric_line;
use crate::link::safe_url;
use crate::locale::Locale;
use crate::profile::{Competition, Deliverable, Lang, Profile, Project};
use crate::view::deliverable_label;

/// The schema a JSON Resume document names in `$schema`.
pub const SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// storyfolio's own keys, one list shared with the lenient reader that sets them aside.
pub use crate::load::lenient::aside::{PROJECT_KEYS, TOP_LEVEL_KEYS, WORK_KEYS};

/// The keys of a metric, a deliverable and a competition that their folded form carries.
const METRIC_FIELDS: &[&str] = &["name", "value", "baseline"];
const DELIVERABLE_FIELDS: &[&str] = &["type", "url", "title"];
const COMPETITION_FIELDS: &[&str] = &[
    "name",
    "platform",
    "rank",
    "teams",
    "date",
    "summary",
    "winnerDid",
];

/// What `export` starts from: the typed profile and the document it was read from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub profile: &'a Profile,
    /// The document as read (`Loaded::source`).
    pub document: &'a Value,
    /// The JSON paths of storyfolio's keys it could not use (`Loaded::set_aside`): kept as
    /// they are, never folded.
    pub set_aside: &'a [String],
    /// The language of the words the export adds ("Coding test", "10th of 512 teams").
    pub lang: Lang,
}

/// The JSON Resume document of `source`.
pub fn export(source: Source<'_>) -> Value {
    let mut document = source.document.clone();
    let Value::Object(top) = &mut document else {
        return document;
    };
    match top.get_mut("$schema") {
        Some(schema) => *schema = Value::String(SCHEMA_URL.into()),
        None => {
            top.shift_insert(0, "$schema".into(), Value::String(SCHEMA_URL.into()));
        }
    }
    let profile = source.profile;
    // The words storyfolio adds (a result, a link's label) in the story language's file.
    let locales = crate::locale::builtin();
    let locale = locales
        .get(source.lang.code())
        .unwrap_or_else(|_| locales.english());
    let folder = Folder {
        set_aside: source.set_aside,
        locale,
    };
    if let Some(Value::Array(items)) = top.get_mut("work") {
        for (index, (item, work)) in items.iter_mut().zip(&profile.work).enumerate() {
            let Value::Object(item) = item else { continue };
            let at = join_index("work", index);
            let lines: Vec<String> = work.metrics.iter().map(metric_line).collect();
            folder.fold_list(item, &at, "metrics", Some(METRIC_FIELDS));
            append_new(item, "highlights", lines.into_iter().map(Value::String));
        }
    }
    if let Some(Value::Array(items)) = top.get_mut("projects") {
        for (index, (item, project)) in items.iter_mut().zip(&profile.projects).enumerate() {
            let Value::Object(item) = item else { continue };
            folder.fold_project(item, &join_index("projects", index), project);
        }
    }
    let awards: Vec<Value> = folder
        .live(top.get("competitions"), "competitions")
        .iter()
        .zip(&profile.competitions)
        .map(|(index, competition)| {
            let item = top
                .get("competitions")
                .and_then(|c| c.get(*index))
                .and_then(Value::as_object);
            award(competition, item, source.lang, locale)
        })
        .collect();
    folder.fold_list(top, "", "competitions", None);
    append_new(top, "awards", awards);
    folder.fold_coding_test(top, profile);
    github_profile(top, profile);
    document
}

struct Folder<'a> {
    set_aside: &'a [String],
    locale: &'a Locale,
}

impl Folder<'_> {
    /// Whether the value at `path` was set aside (or sits inside a value that was).
    fn is_set_aside(&self, path: &str) -> bool {
        self.set_aside.iter().any(|aside| {
            path.strip_prefix(aside.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        })
    }

    /// The indices of the items of the list at `path` that storyfolio read, in order: the
    /// typed model holds exactly these.
    fn live(&self, list: Option<&Value>, path: &str) -> Vec<usize> {
        match list {
            Some(Value::Array(items)) if !self.is_set_aside(path) => (0..items.len())
                .filter(|i| !self.is_set_aside(&join_index(path, *i)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Removes the items of the list `map[key]` that were folded: those storyfolio read,
    /// when every key they hold is one the folded form carries (`carried`; `None` when the
    /// folded form carries every key). The key goes when its list empties.
    fn fold_list(
        &self,
        map: &mut Map<String, Value>,
        at: &str,
        key: &str,
        carried: Option<&[&str]>,
    ) {
        let live = self.live(map.get(key), &join_key(at, key));
        remove_items(map, key, &live, carried);
    }

    /// A project's metrics and deliverables as highlights, its first deliverable (else its
    /// repository) as its `url` when it has none.
    fn fold_project(&self, item: &mut Map<String, Value>, at: &str, project: &Project) {
        let mut lines: Vec<String> = project.metrics.iter().map(metric_line).collect();
        self.fold_list(item, at, "metrics", Some(METRIC_FIELDS));
        let has_url = |item: &Map<String, Value>| {
            item.get("url")
                .and_then(Value::as_str)
                .is_some_and(|u| !u.trim().is_empty())
        };
        let path = join_key(at, "deliverables");
        let live = self.live(item.get("deliverables"), &path);
        let mut folded = Vec::new();
        for (index, deliverable) in live.iter().zip(&project.deliverables) {
            let Some(url) = safe_url(&deliverable.url) else {
                continue;
            };
            folded.push(*index);
            if !has_url(item) {
                item.insert("url".into(), Value::String(deliverable.url.trim().into()));
                continue;
            }
            let current = item.get("url").and_then(Value::as_str).and_then(safe_url);
            if current.as_deref() != Some(url.as_str()) {
                lines.push(self.deliverable_line(deliverable));
            }
        }
        remove_items(item, "deliverables", &folded, Some(DELIVERABLE_FIELDS));
        if !has_url(item) {
            let repo = project.repo.as_deref().map(str::trim);
            if let Some(repo) = repo.filter(|r| !r.is_empty()) {
                item.insert(
                    "url".into(),
                    Value::String(format!("https://github.com/{repo}")),
                );
            }
        }
        append_new(item, "highlights", lines.into_iter().map(Value::String));
    }

    fn deliverable_line(&self, deliverable: &Deliverable) -> String {
        let label = deliverable
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or(deliverable_label(deliverable.kind, self.locale));
        format!("{label}: {}", deliverable.url.trim())
    }

    /// The coding-test level as a skill; keys a skill has no place for stay on it.
    fn fold_coding_test(&self, top: &mut Map<String, Value>, profile: &Profile) {
        let Some(test) = &profile.coding_test else {
            return;
        };
        if self.is_set_aside("codingTest") {
            return;
        }
        let level = [test.platform.as_deref(), Some(test.level.as_str())]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if level.is_empty() {
            return;
        }
        let mut skill = Map::new();
        skill.insert(
            "name".into(),
            Value::String(self.locale.labels.coding_test.clone()),
        );
        skill.insert("level".into(), Value::String(level));
        if let Some(Value::Object(written)) = top.shift_remove("codingTest") {
            let rest = written
                .into_iter()
                .filter(|(k, _)| k != "platform" && k != "level");
            skill.extend(rest);
        }
        append_new(top, "skills", [Value::Object(skill)]);
    }
}

/// Removes the items at `indices` of the list `map[key]` whose every key is one of `carried`
/// (an item with keys of its own is kept whole); the key goes when its list empties.
fn remove_items(
    map: &mut Map<String, Value>,
    key: &str,
    indices: &[usize],
    carried: Option<&[&str]>,
) {
    let Some(Value::Array(items)) = map.get_mut(key) else {
        return;
    };
    let carries_all = |item: &Value| match carried {
        None => true,
        Some(carried) => item
            .as_object()
            .is_some_and(|m| m.keys().all(|k| carried.contains(&k.as_str()))),
    };
    let mut index = 0;
    items.retain(|item| {
        let folded = indices.contains(&index) && carries_all(item);
        index += 1;
        !folded
    });
    if items.is_empty() {
        map.shift_remove(key);
    }
}

/// A competition as an award: its result in the title, the platform as the awarder, the
/// retrospective (what the winner did) after the summary; keys an award has no place for
/// (`url`, `keywords`, the user's own) stay on it.
fn award(
    competition: &Competition,
    written: Option<&Map<String, Value>>,
    lang: Lang,
    locale: &Locale,
) -> Value {
    let name = competition.name.trim();
    let title = match locale.rank(competition.rank, competition.teams) {
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
    let mut award = Map::new();
    award.insert("title".into(), Value::String(title));
    if let Some(date) = text(&competition.date) {
        award.insert("date".into(), Value::String(date.into()));
    }
    if let Some(platform) = text(&competition.platform) {
        award.insert("awarder".into(), Value::String(platform.into()));
    }
    if !summary.is_empty() {
        award.insert("summary".into(), Value::String(summary));
    }
    for (key, value) in written.into_iter().flatten() {
        if !COMPETITION_FIELDS.contains(&key.as_str()) {
            award.insert(key.clone(), value.clone());
        }
    }
    Value::Object(award)
}

/// The trimmed text of an optional field, when there is any.
fn text(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The GitHub user as a profile, unless one is listed.
fn github_profile(top: &mut Map<String, Value>, profile: &Profile) {
    let Some(user) = profile.github.as_deref().map(str::trim) else {
        return;
    };
    let listed = profile.basics.profiles.iter().any(|p| {
        p.network
            .as_deref()
            .is_some_and(|n| n.trim().eq_ignore_ascii_case("github"))
    });
    if user.is_empty() || listed {
        return;
    }
    let basics = top
        .entry("basics")
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(basics) = basics else {
        return;
    };
    let github = serde_json::json!({
        "network": "GitHub",
        "username": user,
        "url": format!("https://github.com/{user}"),
    });
    append_new(basics, "profiles", [github]);
}

/// Appends to the list `map[key]` (made when missing) each of `items` it does not hold yet.
fn append_new(map: &mut Map<String, Value>, key: &str, items: impl IntoIterator<Item = Value>) {
    let mut items = items.into_iter().peekable();
    if items.peek().is_none() {
        return;
    }
    let list = map.entry(key).or_insert_with(|| Value::Array(Vec::new()));
    let Value::Array(list) = list else {
        return;
    };
    for item in items {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Exports `document` read as a profile, with the paths in `set_aside` not read.
    fn export_of(document: Value, set_aside: &[&str], lang: Lang) -> Value {
        let profile: Profile = serde_json::from_value(document.clone()).unwrap();
        let set_aside: Vec<String> = set_aside.iter().map(|s| s.to_string()).collect();
        export(Source {
            profile: &profile,
            document: &document,
            set_aside: &set_aside,
            lang,
        })
    }

    #[test]
    fn first_deliverable_becomes_the_url_and_the_rest_highlights() {
        let exported = export_of(
            json!({"projects": [{
                "name": "P",
                "deliverables": [
                    {"type": "paper", "url": "https://example.org/paper.pdf"},
                    {"type": "demo", "url": "https://example.org/demo", "title": "Demo video"}
                ],
                "metrics": [{"name": "F1", "value": "0.91", "baseline": "0.84"}],
                "x_own": true
            }]}),
            &[],
            Lang::En,
        );
        assert_eq!(
            exported["projects"][0],
            json!({
                "name": "P",
                "x_own": true,
                "url": "https://example.org/paper.pdf",
                "highlights": ["F1: 0.84 → 0.91", "Demo video: https://example.org/demo"]
            })
        );
    }

    #[test]
    fn a_repository_is_the_url_of_last_resort_and_stays() {
        let exported = export_of(
            json!({"projects": [{"name": "P", "repo": "kim/fallnet"}]}),
            &[],
            Lang::En,
        );
        assert_eq!(
            exported["projects"][0],
            json!({"name": "P", "repo": "kim/fallnet", "url": "https://github.com/kim/fallnet"})
        );
    }

    #[test]
    fn a_competition_is_an_award_with_its_rank_and_retrospective() {
        let exported = export_of(
            json!({"competitions": [{
                "name": "Car Crash Video", "platform": "DACON", "rank": 10, "teams": 512,
                "date": "2023-03", "summary": "SlowFast on dash-cam clips.",
                "winnerDid": "The winners used more frames.", "url": "https://dacon.example/1"
            }], "awards": [{"title": "Dean's list"}]}),
            &[],
            Lang::Ko,
        );
        assert_eq!(
            exported,
            json!({
                "$schema": SCHEMA_URL,
                "awards": [
                    {"title": "Dean's list"},
                    {
                        "title": "Car Crash Video — 512팀 중 10위",
                        "date": "2023-03",
                        "awarder": "DACON",
                        "summary": "SlowFast on dash-cam clips.\n회고: The winners used more frames.",
                        "url": "https://dacon.example/1"
                    }
                ]
            })
        );
    }

    #[test]
    fn the_coding_test_is_a_skill_and_the_github_user_a_profile() {
        let exported = export_of(
            json!({
                "github": "kim",
                "codingTest": {"platform": "solved.ac", "level": "Gold III", "url": "https://solved.ac/kim"}
            }),
            &[],
            Lang::En,
        );
        assert_eq!(
            exported,
            json!({
                "$schema": SCHEMA_URL,
                "github": "kim",
                "skills": [{"name": "Coding test", "level": "solved.ac Gold III", "url": "https://solved.ac/kim"}],
                "basics": {"profiles": [{"network": "GitHub", "username": "kim", "url": "https://github.com/kim"}]}
            })
        );
    }

    #[test]
    fn what_was_set_aside_is_kept_and_not_folded() {
        let document = json!({"work": [{"name": "A", "metrics": [{"name": "m", "value": "1"}, {"name": "n"}]}]});
        let mut profile_document = document.clone();
        profile_document["work"][0]["metrics"]
            .as_array_mut()
            .unwrap()
            .remove(1);
        let profile: Profile = serde_json::from_value(profile_document).unwrap();
        let set_aside = ["work[0].metrics[1]".to_string()];
        let exported = export(Source {
            profile: &profile,
            document: &document,
            set_aside: &set_aside,
            lang: Lang::En,
        });
        assert_eq!(
            exported["work"][0],
            json!({"name": "A", "metrics": [{"name": "n"}], "highlights": ["m: 1"]})
        );
    }

    #[test]
    fn exporting_an_export_changes_nothing() {
        let first = export_of(
            json!({
                "github": "kim",
                "competitions": [{"name": "C", "rank": 1}],
                "codingTest": {"level": "Gold"},
                "projects": [{"repo": "kim/p", "metrics": [{"name": "m", "value": "1"}]}]
            }),
            &[],
            Lang::En,
        );
        assert_eq!(export_of(first.clone(), &[], Lang::En), first);
    }
}
