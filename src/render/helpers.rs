//! The Handlebars helpers templates may call: comparisons, escaping for one place in one
//! format, and the view's phrasing tools (list joining, Korean particles, first-person
//! clauses) for templates that phrase beats their own way.

use handlebars::{
    handlebars_helper, Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderErrorReason,
};

use super::escape;
use crate::profile::Lang;
use crate::view;

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

/// The language a template names ("ko" or anything else for English).
fn lang(code: &str) -> Lang {
    if code == "ko" {
        Lang::Ko
    } else {
        Lang::En
    }
}

/// The texts of a JSON list, skipping anything that is not a string.
fn texts(items: &[serde_json::Value]) -> Vec<&str> {
    items.iter().filter_map(|v| v.as_str()).collect()
}

// The view's own phrasing functions, for templates that phrase beats from their facts.
handlebars_helper!(join_and: |items: array, code: str| view::join_and(&texts(items), lang(code)));
handlebars_helper!(join_then: |items: array, code: str| view::join_then(&texts(items), lang(code)));
handlebars_helper!(josa: |word: str, pair: str| crate::korean::attach(word, pair));
handlebars_helper!(clause: |text: str| view::english_clause(text));
handlebars_helper!(has_links: |entry: object| {
    let filled = |key: &str| entry.get(key).is_some_and(|v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()));
    filled("links") || filled("link")
});
handlebars_helper!(has_meta: |entry: object| {
    let filled = |key: &str| entry.get(key).is_some_and(|v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()));
    filled("tags") || filled("links") || filled("link")
});

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
