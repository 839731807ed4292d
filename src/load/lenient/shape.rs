//! Telling a JSON Resume document from something else: a FRESH resume, or a resume JSON of an
//! app's own shape. Those get one clear message instead of an empty page.

use serde_json::{Map, Value};

/// The pre-0.0.0 spellings of sections, read under their 1.0 names.
const OLD_SECTIONS: &[&str] = &["bio", "hobbies"];

/// Keys other resume formats use, and the JSON Resume key that holds the same thing.
const SYNONYMS: &[(&str, &str)] = &[
    ("experience", "work"),
    ("experiences", "work"),
    ("workExperience", "work"),
    ("workHistory", "work"),
    ("employment", "work"),
    ("jobs", "work"),
    ("educations", "education"),
    ("personalInfo", "basics"),
    ("personal", "basics"),
    ("profile", "basics"),
    ("contact", "basics"),
    ("info", "basics"),
    ("name", "basics.name"),
    ("fullName", "basics.name"),
    ("email", "basics.email"),
    ("summary", "basics.summary"),
    ("techStack", "skills"),
    ("certifications", "certificates"),
];

/// Why a document is not JSON Resume, as one sentence after "`file` ..."; `None` when it is.
pub fn not_json_resume(document: &Map<String, Value>, file: &str) -> Option<String> {
    let format = document
        .get("meta")
        .and_then(|m| m.get("format"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    // FRESH shares `education`, `skills` and `projects` with JSON Resume, so it is told by its
    // `meta.format`, or by its `employment` and `info` without any `basics`.
    let fresh_shape = !document.contains_key("basics")
        && (document.contains_key("employment") || document.contains_key("info"));
    if format.to_ascii_uppercase().starts_with("FRESH") || fresh_shape {
        let said = if format.is_empty() {
            "it has FRESH's `employment`/`info` and no `basics`".to_string()
        } else {
            format!("`meta.format` is \"{format}\"")
        };
        return Some(format!(
            "is a FRESH resume ({said}), not JSON Resume; convert it with HackMyResume \
             (`npm install -g hackmyresume`, then `hackmyresume convert {file} TO resume.json`) \
             and give storyfolio the result"
        ));
    }
    if document.keys().any(|k| {
        crate::fields::PROFILE_SECTIONS.contains(&k.as_str()) || OLD_SECTIONS.contains(&k.as_str())
    }) {
        return None;
    }
    let keys: Vec<&str> = document.keys().map(String::as_str).collect();
    let shown = keys
        .iter()
        .take(6)
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let moves: Vec<String> = keys
        .iter()
        .filter_map(|k| {
            SYNONYMS
                .iter()
                .find(|(from, _)| from == k)
                .map(|(from, to)| format!("`{from}` -> `{to}`"))
        })
        .collect();
    let found = if keys.is_empty() {
        "it is an empty object".to_string()
    } else {
        format!(
            "it has {shown}{}",
            if keys.len() > 6 { ", ..." } else { "" }
        )
    };
    let advice = if moves.is_empty() {
        "write it as JSON Resume (https://jsonresume.org/schema): `basics` for who you are, \
         `work`, `education`, `projects` and `skills` for the rest"
            .to_string()
    } else {
        format!(
            "write it as JSON Resume (https://jsonresume.org/schema), e.g. {}",
            moves.join(", ")
        )
    };
    Some(format!(
        "is not a JSON Resume document: {found} but no `basics` and none of JSON Resume's \
         sections (`work`, `education`, `skills`, `projects`, ...); {advice}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(value: Value) -> Option<String> {
        not_json_resume(value.as_object().unwrap(), "cv.json")
    }

    #[test]
    fn any_section_makes_it_json_resume() {
        assert_eq!(check(json!({"basics": {"name": "x"}})), None);
        assert_eq!(check(json!({"projects": []})), None);
        assert_eq!(check(json!({"bio": {}})), None);
        assert_eq!(check(json!({"basics": {}, "info": {}})), None);
    }

    #[test]
    fn fresh_and_custom_shapes_are_named() {
        let fresh = check(json!({"name": "x", "meta": {"format": "FRESH@1.0.0"}})).unwrap();
        assert!(fresh.starts_with("is a FRESH resume (`meta.format` is \"FRESH@1.0.0\")"));
        let unmarked = check(json!({"name": "x", "employment": {}, "education": {}})).unwrap();
        assert!(
            unmarked.starts_with("is a FRESH resume (it has FRESH's"),
            "{unmarked}"
        );
        let custom = check(json!({"personalInfo": {}, "experiences": []})).unwrap();
        assert_eq!(
            custom,
            "is not a JSON Resume document: it has `personalInfo`, `experiences` but no `basics` \
             and none of JSON Resume's sections (`work`, `education`, `skills`, `projects`, ...); \
             write it as JSON Resume (https://jsonresume.org/schema), e.g. `personalInfo` -> \
             `basics`, `experiences` -> `work`"
        );
        assert!(check(json!({})).unwrap().contains("it is an empty object"));
    }
}
