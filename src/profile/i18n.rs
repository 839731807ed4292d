//! One profile, several languages. An `i18n` object, at the top of the profile, in `basics` or
//! in any entry of its lists, holds per language code the same fields written in that
//! language (only what was translated; list items by position, `null` for one left as is).
//! A document is written from the profile localized to its own language: each translated
//! text replaces its original, at the same JSON path, so `--explain` and `check` still name
//! the field the user wrote.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::{Lang, Profile};
use crate::diagnostics::{join_index, join_key, Diagnostic};
use crate::korean::contains_hangul;

/// The key that holds an object's translations.
pub const KEY: &str = "i18n";

/// Whether any part of the profile carries translations.
pub fn has_translations(p: &Profile) -> bool {
    let set = |v: &Value| !v.is_null();
    set(&p.i18n)
        || set(&p.basics.i18n)
        || p.work.iter().any(|e| set(&e.i18n))
        || p.volunteer.iter().any(|e| set(&e.i18n))
        || p.education.iter().any(|e| set(&e.i18n))
        || p.awards.iter().any(|e| set(&e.i18n))
        || p.certificates.iter().any(|e| set(&e.i18n))
        || p.publications.iter().any(|e| set(&e.i18n))
        || p.skills.iter().any(|e| set(&e.i18n))
        || p.languages.iter().any(|e| set(&e.i18n))
        || p.interests.iter().any(|e| set(&e.i18n))
        || p.references.iter().any(|e| set(&e.i18n))
        || p.projects.iter().any(|e| set(&e.i18n))
        || p.competitions.iter().any(|e| set(&e.i18n))
}

/// The profile as a document in `lang` reads it: every text translated to `lang` replaces
/// its original; the rest stays as written (and the writing leaves out what does not fit).
pub fn localized(profile: &Profile, lang: Lang) -> Cow<'_, Profile> {
    if !has_translations(profile) {
        return Cow::Borrowed(profile);
    }
    let Ok(mut value) = serde_json::to_value(profile) else {
        return Cow::Borrowed(profile);
    };
    apply(&mut value, lang.code());
    match serde_json::from_value(value) {
        Ok(localized) => Cow::Owned(localized),
        Err(_) => Cow::Borrowed(profile),
    }
}

/// Applies the translations to `code` of `value` and of everything inside it: an object's
/// own first, then its entries' (the nearer translation wins). Removes every `i18n`.
fn apply(value: &mut Value, code: &str) {
    match value {
        Value::Object(map) => {
            if let Some(overlay) = map.remove(KEY) {
                if let Some(overlay) = overlay.get(code).and_then(Value::as_object) {
                    merge_object(map, overlay);
                }
            }
            for child in map.values_mut() {
                apply(child, code);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| apply(v, code)),
        _ => {}
    }
}

fn merge_object(map: &mut Map<String, Value>, overlay: &Map<String, Value>) {
    for (key, text) in overlay {
        if key != KEY {
            if let Some(original) = map.get_mut(key) {
                merge(original, text);
            }
        }
    }
}

/// Puts the translated texts of `overlay` over `original`: texts replace texts, lists go
/// item by item, objects field by field; anything without an original is left out.
fn merge(original: &mut Value, overlay: &Value) {
    match (original, overlay) {
        (Value::String(o), Value::String(t)) if !t.trim().is_empty() => *o = t.clone(),
        (Value::Array(o), Value::Array(t)) => {
            for (item, text) in o.iter_mut().zip(t) {
                merge(item, text);
            }
        }
        (Value::Object(o), Value::Object(t)) => merge_object(o, t),
        _ => {}
    }
}

/// Where the translation of the text at `path` goes, in the entry that holds it:
/// `work[0].highlights[1]` -> `work[0].i18n.ko.highlights[1]`, `basics.summary` ->
/// `basics.i18n.ko.summary`, `track` -> `i18n.ko.track`.
pub fn translation_path(path: &str, lang: Lang) -> String {
    let code = lang.code();
    let entry_end = match path.find('.') {
        Some(dot) if path[..dot] == *"basics" || path[..dot].ends_with(']') => Some(dot),
        _ => None,
    };
    match entry_end {
        Some(dot) => format!("{}.{KEY}.{code}.{}", &path[..dot], &path[dot + 1..]),
        None => format!("{KEY}.{code}.{path}"),
    }
}

/// What is wrong with the profile's translations, as warnings (a translation that cannot be
/// used is left out, never an error): a language storyfolio does not write, a text with no
/// original, a text where the original is not one, a translation not in its language.
pub fn check(profile: &Profile) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if !has_translations(profile) {
        return found;
    }
    if let Ok(value) = serde_json::to_value(profile) {
        check_value(&value, "", &mut found);
    }
    found
}

fn check_value(value: &Value, path: &str, found: &mut Vec<Diagnostic>) {
    match value {
        Value::Object(map) => {
            if let Some(i18n) = map.get(KEY) {
                let at = join_key(path, KEY);
                match i18n.as_object() {
                    Some(langs) => {
                        for (code, overlay) in langs {
                            let at = join_key(&at, code);
                            let lang = match code.as_str() {
                                "en" => Lang::En,
                                "ko" => Lang::Ko,
                                _ => {
                                    found.push(Diagnostic::warning(
                                        at,
                                        format!("`{code}` is not a language storyfolio writes documents in (en, ko); ignored"),
                                    ));
                                    continue;
                                }
                            };
                            check_overlay(value, overlay, &at, lang, found);
                        }
                    }
                    None => found.push(Diagnostic::warning(
                        at,
                        "expected an object of translations by language code, e.g. {\"ko\": {\"summary\": \"...\"}}; ignored",
                    )),
                }
            }
            for (key, child) in map {
                if key != KEY {
                    check_value(child, &join_key(path, key), found);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_value(item, &join_index(path, i), found);
            }
        }
        _ => {}
    }
}

/// Checks `overlay` (at `at`) against the `original` it translates.
fn check_overlay(
    original: &Value,
    overlay: &Value,
    at: &str,
    lang: Lang,
    found: &mut Vec<Diagnostic>,
) {
    match (original, overlay) {
        (_, Value::Null) => {}
        (Value::String(_), Value::String(text)) => {
            let words = text.split_whitespace().count();
            let wrong = match lang {
                Lang::Ko => !contains_hangul(text) && words > 4,
                Lang::En => contains_hangul(text),
            };
            if wrong {
                let name = match lang {
                    Lang::En => "English",
                    Lang::Ko => "Korean",
                };
                found.push(Diagnostic::warning(
                    at,
                    format!("this translation does not look {name}; it is used in {name} documents as written"),
                ));
            }
        }
        (Value::Array(o), Value::Array(t)) => {
            for (i, text) in t.iter().enumerate() {
                let at = join_index(at, i);
                match o.get(i) {
                    Some(item) => check_overlay(item, text, &at, lang, found),
                    None if !text.is_null() => found.push(Diagnostic::warning(
                        at,
                        format!(
                            "no original to translate (the list has {} item{}); ignored",
                            o.len(),
                            if o.len() == 1 { "" } else { "s" }
                        ),
                    )),
                    None => {}
                }
            }
        }
        (Value::Object(o), Value::Object(t)) => {
            for (key, text) in t {
                if key == KEY {
                    continue;
                }
                let at = join_key(at, key);
                match o.get(key).filter(|v| !v.is_null()) {
                    Some(item) => check_overlay(item, text, &at, lang, found),
                    None if !text.is_null() => found.push(Diagnostic::warning(
                        at,
                        format!("no original `{key}` to translate; ignored"),
                    )),
                    None => {}
                }
            }
        }
        (o, _) => found.push(Diagnostic::warning(
            at,
            format!("expected {}, as the original is; ignored", shape(o)),
        )),
    }
}

fn shape(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "a text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
        _ => "no translation (only texts are translated)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(json: serde_json::Value) -> Profile {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn translations_replace_their_originals_at_the_same_path() {
        let p = profile(serde_json::json!({
            "basics": {"summary": "Vision engineer.", "i18n": {"ko": {"summary": "비전 엔지니어입니다."}}},
            "work": [{
                "name": "Hanbit Logistics",
                "highlights": ["Cut latency.", "Built a labelling tool."],
                "metrics": [{"name": "latency", "value": "21 ms"}],
                "i18n": {"ko": {"highlights": [null, "라벨링 도구를 만듦"], "metrics": [{"name": "지연 시간"}]}}
            }],
            "i18n": {"ko": {"work": [{"highlights": ["지연 시간을 줄임", "덮어씀"]}]}}
        }));
        let ko = localized(&p, Lang::Ko);
        assert_eq!(ko.basics.summary.as_deref(), Some("비전 엔지니어입니다."));
        // The entry's own translation is nearer than the top-level one, and wins.
        assert_eq!(
            ko.work[0].highlights,
            ["지연 시간을 줄임", "라벨링 도구를 만듦"]
        );
        assert_eq!(ko.work[0].metrics[0].name, "지연 시간");
        assert_eq!(ko.work[0].metrics[0].value, "21 ms");
        assert_eq!(ko.work[0].name.as_deref(), Some("Hanbit Logistics"));
        assert!(ko.work[0].i18n.is_null() && ko.i18n.is_null());
        let en = localized(&p, Lang::En);
        assert_eq!(
            en.work[0].highlights,
            ["Cut latency.", "Built a labelling tool."]
        );
        assert!(matches!(
            localized(&Profile::default(), Lang::Ko),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn translation_paths_sit_in_the_entry() {
        assert_eq!(
            translation_path("work[0].highlights[1]", Lang::Ko),
            "work[0].i18n.ko.highlights[1]"
        );
        assert_eq!(
            translation_path("projects[2].metrics[0].name", Lang::En),
            "projects[2].i18n.en.metrics[0].name"
        );
        assert_eq!(
            translation_path("basics.summary", Lang::Ko),
            "basics.i18n.ko.summary"
        );
        assert_eq!(translation_path("track", Lang::Ko), "i18n.ko.track");
    }

    #[test]
    fn unusable_translations_warn_with_their_paths() {
        let p = profile(serde_json::json!({
            "projects": [{
                "name": "fallnet",
                "highlights": ["Collected 1,240 clips."],
                "i18n": {
                    "ko": {"highlights": ["클립 1,240개를 수집함", "둘째"], "summary": "요약", "name": ["x"]},
                    "en": {"highlights": ["클립을 수집함"]},
                    "ja": {"name": "転倒検知"}
                }
            }]
        }));
        let found: Vec<String> = check(&p).iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "warning: `projects[0].i18n.ko.highlights[1]`: no original to translate (the list has 1 item); ignored",
                "warning: `projects[0].i18n.ko.summary`: no original `summary` to translate; ignored",
                "warning: `projects[0].i18n.ko.name`: expected a text, as the original is; ignored",
                "warning: `projects[0].i18n.en.highlights[0]`: this translation does not look English; it is used in English documents as written",
                "warning: `projects[0].i18n.ja`: `ja` is not a language storyfolio writes documents in (en, ko); ignored",
            ]
        );
    }
}
