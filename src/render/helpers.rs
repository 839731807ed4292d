//! The Handlebars helpers templates may call: comparisons, list joining, Korean particles,
//! first-person clauses, and escaping for one place in one format.

use handlebars::{
    handlebars_helper, Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderErrorReason,
};

use super::escape;

handlebars_helper!(eq_helper: |a: Json, b: Json| a == b);
handlebars_helper!(not_empty: |a: Json| match a {
    serde_json::Value::Null => false,
    serde_json::Value::String(s) => !s.is_empty(),
    serde_json::Value::Array(v) => !v.is_empty(),
    serde_json::Value::Object(m) => !m.is_empty(),
    _ => true,
});

/// A helper whose output is final: its value escaped by `escape` for one place in one
/// format (`{{typst-str value}}` inside a Typst string literal, `{{md-url value}}` as a
/// Markdown link destination, `{{md-code value}}` as a Markdown code span). It bypasses the
/// registry's own escaping, which is meant for text in the open.
struct EscapeFor {
    name: &'static str,
    escape: fn(&str) -> String,
}

impl HelperDef for EscapeFor {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = h
            .param(0)
            .ok_or(RenderErrorReason::ParamNotFoundForIndex(self.name, 0))?;
        out.write(&(self.escape)(value.value().as_str().unwrap_or_default()))?;
        Ok(())
    }
}

/// `{{typst-num value}}`: a number from the view (a checked design size), printed as Typst
/// reads it; anything else is an error, so a user template cannot pass text through it.
fn typst_num<'reg, 'rc>(
    h: &Helper<'rc>,
    _: &'reg Handlebars<'reg>,
    _: &'rc Context,
    _: &mut RenderContext<'reg, 'rc>,
    out: &mut dyn Output,
) -> HelperResult {
    let value = h
        .param(0)
        .ok_or(RenderErrorReason::ParamNotFoundForIndex("typst-num", 0))?;
    let number = value
        .value()
        .as_f64()
        .filter(|n| n.is_finite())
        .ok_or_else(|| {
            RenderErrorReason::ParamTypeMismatchForName(
                "typst-num",
                "0".to_string(),
                "number".to_string(),
            )
        })?;
    out.write(&format!("{number}"))?;
    Ok(())
}

/// Joins a list for prose: "A, B and C" in English, "A, B, C" in Korean.
fn join_list(items: &[serde_json::Value], lang: &str, last: &str) -> String {
    let texts: Vec<&str> = items.iter().filter_map(|v| v.as_str()).collect();
    match (texts.as_slice(), lang) {
        ([], _) => String::new(),
        ([one], _) => one.to_string(),
        (many, "ko") => many.join(", "),
        ([init @ .., end], _) => format!("{}{last}{end}", init.join(", ")),
    }
}

handlebars_helper!(join_and: |items: array, lang: str| join_list(items, lang, " and "));
handlebars_helper!(join_then: |items: array, lang: str| {
    let texts: Vec<&str> = items.iter().filter_map(|v| v.as_str()).collect();
    texts.join(if lang == "ko" { " → " } else { ", then " })
});
handlebars_helper!(josa: |word: str, pair: str| crate::korean::attach(word, pair));
handlebars_helper!(clause: |text: str| english_clause(text));
handlebars_helper!(has_links: |entry: object| {
    let filled = |key: &str| entry.get(key).is_some_and(|v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()));
    filled("links") || filled("link")
});
handlebars_helper!(has_meta: |entry: object| {
    let filled = |key: &str| entry.get(key).is_some_and(|v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()));
    filled("tags") || filled("links") || filled("link")
});

/// Past-tense verbs that do not end in -ed but open resume bullets.
const IRREGULAR_PAST: &[&str] = &[
    "built", "wrote", "led", "ran", "made", "won", "taught", "cut", "set", "found", "brought",
    "drove", "took", "gave", "held", "kept", "sent", "spent", "grew", "began", "chose", "met",
    "paid", "sold", "split", "shipped",
];

/// A resume bullet ("Reproduced ST-GCN ...") as a first-person sentence ("I reproduced
/// ST-GCN ..."); text that does not open with a past-tense verb is left as it is.
pub fn english_clause(text: &str) -> String {
    let first: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
        .collect();
    let lower = first.to_ascii_lowercase();
    let starts_capitalised = first.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    let is_verb =
        lower.len() > 3 && lower.ends_with("ed") || IRREGULAR_PAST.contains(&lower.as_str());
    // `first` is a non-empty (capitalised) run of ASCII characters at the start of `text`,
    // so both slices below fall on character boundaries.
    if starts_capitalised
        && is_verb
        && first[1..]
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-')
    {
        format!("I {lower}{}", &text[first.len()..])
    } else {
        text.to_string()
    }
}

pub(super) fn register_helpers(registry: &mut Handlebars<'static>) {
    registry.register_helper("join-and", Box::new(join_and));
    registry.register_helper("join-then", Box::new(join_then));
    registry.register_helper("josa", Box::new(josa));
    registry.register_helper("clause", Box::new(clause));
    registry.register_helper("has-links", Box::new(has_links));
    registry.register_helper("has-meta", Box::new(has_meta));
    registry.register_helper("eq", Box::new(eq_helper));
    registry.register_helper("present", Box::new(not_empty));
    registry.register_helper("typst-num", Box::new(typst_num));
    for helper in [
        EscapeFor {
            name: "typst-str",
            escape: escape::typst_string,
        },
        EscapeFor {
            name: "md-url",
            escape: escape::markdown_url,
        },
        EscapeFor {
            name: "md-code",
            escape: escape::markdown_code,
        },
    ] {
        registry.register_helper(helper.name, Box::new(helper));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_become_first_person_sentences() {
        assert_eq!(
            english_clause("Reproduced ST-GCN on NTU"),
            "I reproduced ST-GCN on NTU"
        );
        assert_eq!(english_clause("Built a tool"), "I built a tool");
        assert_eq!(english_clause("Fine-tuned YOLOv5"), "I fine-tuned YOLOv5");
        assert_eq!(
            english_clause("Master's thesis project"),
            "Master's thesis project"
        );
        assert_eq!(english_clause("Red team lead"), "Red team lead");
        assert_eq!(english_clause("ONNXed it"), "ONNXed it");
    }
}
