//! storyfolio's own keys holding what storyfolio cannot use (a `preferredRole` it does not know,
//! a deliverable of an unknown type) never make a valid JSON Resume document fail: they are set
//! aside for the typed model, kept in the document for `export`, and named in a warning.

use serde_json::Value;

use crate::diagnostics::{join_index, join_key, Diagnostic};

/// storyfolio's keys at the top level, in `work[]` and in `projects[]` (JSON Resume has none
/// of them, so the official schema allows any value there).
pub const TOP_LEVEL_KEYS: &[&str] = &[
    "lang",
    "design",
    "track",
    "preferredRole",
    "github",
    "codingTest",
    "competitions",
];
/// storyfolio's keys in `work[]`.
pub const WORK_KEYS: &[&str] = &["keywords", "domains", "modalities", "metrics"];
/// storyfolio's keys in `projects[]`.
pub const PROJECT_KEYS: &[&str] = &[
    "domains",
    "modalities",
    "deliverables",
    "repo",
    "growth",
    "metrics",
];
/// storyfolio's keys whose items are set aside one by one.
const LISTS_OF_ITEMS: &[&str] = &["competitions", "metrics", "deliverables"];

/// One step of a location in a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Key(String),
    Index(usize),
}

/// A value taken out of the document, and where it stood.
#[derive(Debug, Clone)]
pub struct SetAside {
    at: Vec<Step>,
    /// The key's position in its object, to put it back in the same order.
    position: usize,
    value: Value,
}

impl SetAside {
    /// Where the value stood, as a JSON path (`projects[0].deliverables[1]`).
    pub fn path(&self) -> String {
        self.at.iter().fold(String::new(), |path, step| match step {
            Step::Key(key) => join_key(&path, key),
            Step::Index(index) => join_index(&path, *index),
        })
    }
}

/// A place storyfolio's own key (or one item of its list) occupies.
struct Slot {
    at: Vec<Step>,
    path: String,
}

/// What `set_aside` took out of a document and said about it.
#[derive(Debug, Clone, Default)]
pub struct Aside {
    /// The values taken out, in the order taken.
    pub values: Vec<SetAside>,
    /// One warning per error that was inside them (none where the lenient reading already
    /// said why the key is not used).
    pub said: Vec<Diagnostic>,
}

/// Takes storyfolio's own keys (or list items) with errors out of `document`: their errors
/// leave `found` and become warnings in the result; errors in JSON Resume's keys stay in
/// `found`. `read` holds the warnings already given, so a key is not reported twice.
pub fn set_aside(document: &mut Value, found: &mut Vec<Diagnostic>, read: &[Diagnostic]) -> Aside {
    let slots = slots(document);
    let mut chosen: Vec<Vec<Step>> = Vec::new();
    let mut said = Vec::new();
    let mut kept = Vec::with_capacity(found.len());
    for finding in found.drain(..) {
        let slot = slots.iter().find(|s| inside(&finding.path, &s.path));
        let Some(slot) = slot.filter(|_| finding.is_error()) else {
            kept.push(finding);
            continue;
        };
        if !chosen.contains(&slot.at) {
            chosen.push(slot.at.clone());
        }
        // The reading of the key already said why it is not used.
        if read.iter().any(|r| r.path == finding.path) {
            continue;
        }
        let what = match slot.at.last() {
            Some(Step::Index(_)) => "this item",
            _ => "this key",
        };
        said.push(Diagnostic::warning(
            finding.path,
            format!(
                "{}; {what} is not used and is kept as your own",
                finding.message
            ),
        ));
    }
    *found = kept;
    // Last first, so that removing an item does not move the ones still to remove.
    chosen.sort();
    let values = chosen
        .into_iter()
        .rev()
        .filter_map(|at| take(document, at))
        .collect();
    Aside { values, said }
}

/// Puts set-aside values back where they stood (in the reverse order of taking them).
pub fn restore(document: &mut Value, set_aside: Vec<SetAside>) {
    for item in set_aside.into_iter().rev() {
        let (last, parents) = item.at.split_last().expect("a slot is never the root");
        let Some(parent) = walk(document, parents) else {
            continue;
        };
        match (parent, last) {
            (Value::Object(map), Step::Key(key)) => {
                let position = item.position.min(map.len());
                map.shift_insert(position, key.clone(), item.value);
            }
            (Value::Array(items), Step::Index(index)) => {
                let index = (*index).min(items.len());
                items.insert(index, item.value);
            }
            _ => {}
        }
    }
}

/// Whether `path` is `slot` or inside it.
fn inside(path: &str, slot: &str) -> bool {
    path.strip_prefix(slot)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

fn walk<'v>(mut value: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    for step in steps {
        value = match (value, step) {
            (Value::Object(map), Step::Key(key)) => map.get_mut(key)?,
            (Value::Array(items), Step::Index(i)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(value)
}

fn take(document: &mut Value, at: Vec<Step>) -> Option<SetAside> {
    let (last, parents) = at.split_last()?;
    let parent = walk(document, parents)?;
    let (position, value) = match (parent, last) {
        (Value::Object(map), Step::Key(key)) => {
            let position = map.keys().position(|k| k == key)?;
            (position, map.shift_remove(key)?)
        }
        (Value::Array(items), Step::Index(index)) if *index < items.len() => {
            (*index, items.remove(*index))
        }
        _ => return None,
    };
    Some(SetAside {
        at,
        position,
        value,
    })
}

/// Every place storyfolio's own keys occupy in `document`, items of lists first.
fn slots(document: &Value) -> Vec<Slot> {
    let mut out = Vec::new();
    let Some(top) = document.as_object() else {
        return out;
    };
    let add_key = |out: &mut Vec<Slot>, at: Vec<Step>, path: String, value: &Value, key: &str| {
        if let (true, Some(items)) = (LISTS_OF_ITEMS.contains(&key), value.as_array()) {
            for index in 0..items.len() {
                let mut item_at = at.clone();
                item_at.push(Step::Index(index));
                out.push(Slot {
                    at: item_at,
                    path: join_index(&path, index),
                });
            }
        }
        out.push(Slot { at, path });
    };
    for key in TOP_LEVEL_KEYS {
        if let Some(value) = top.get(*key) {
            add_key(
                &mut out,
                vec![Step::Key((*key).into())],
                (*key).into(),
                value,
                key,
            );
        }
    }
    for (list, keys) in [("work", WORK_KEYS), ("projects", PROJECT_KEYS)] {
        let Some(items) = top.get(list).and_then(Value::as_array) else {
            continue;
        };
        for (index, item) in items.iter().enumerate() {
            let Some(item) = item.as_object() else {
                continue;
            };
            for key in keys {
                if let Some(value) = item.get(*key) {
                    let at = vec![
                        Step::Key(list.into()),
                        Step::Index(index),
                        Step::Key((*key).into()),
                    ];
                    let path = join_key(&join_index(list, index), key);
                    add_key(&mut out, at, path, value, key);
                }
            }
        }
    }
    // Items before their lists: the most specific place wins.
    out.sort_by_key(|s| std::cmp::Reverse(s.at.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_bad_item_is_set_aside_and_put_back_in_place() {
        let mut document = json!({
            "preferredRole": "boss",
            "basics": {"name": "x"},
            "projects": [{"deliverables": [{"type": "repo", "url": "https://a.org"}, {"type": "poster", "url": "https://b.org"}]}]
        });
        let original = document.clone();
        let mut found = vec![
            Diagnostic::error(
                "preferredRole",
                "expected one of `research`, found \"boss\"",
            ),
            Diagnostic::error(
                "projects[0].deliverables[1].type",
                "expected one of `paper`, found \"poster\"",
            ),
            Diagnostic::error("basics.name", "kept: JSON Resume's own key"),
        ];
        let aside = set_aside(&mut document, &mut found, &[]);
        found.extend(aside.said);
        assert_eq!(
            document,
            json!({"basics": {"name": "x"}, "projects": [{"deliverables": [{"type": "repo", "url": "https://a.org"}]}]})
        );
        let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "error: `basics.name`: kept: JSON Resume's own key",
                "warning: `preferredRole`: expected one of `research`, found \"boss\"; this key is not used and is kept as your own",
                "warning: `projects[0].deliverables[1].type`: expected one of `paper`, found \"poster\"; this item is not used and is kept as your own",
            ]
        );
        let paths: Vec<String> = aside.values.iter().map(SetAside::path).collect();
        assert_eq!(paths, ["projects[0].deliverables[1]", "preferredRole"]);
        restore(&mut document, aside.values);
        assert_eq!(document, original);
        assert_eq!(
            document.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["preferredRole", "basics", "projects"]
        );
    }
}
