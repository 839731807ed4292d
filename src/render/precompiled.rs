//! The built-in templates as build.rs parsed them, rebuilt from their parts without parsing:
//! parsing the templates of one document cost more than reading the profile and telling
//! its story. A user's template, or a built-in one that cannot be rebuilt, is parsed.

use std::collections::HashMap;
use std::sync::OnceLock;

use handlebars::template::{
    BlockParam, DecoratorTemplate, ExpressionSpec, ExpressionSpecBuilder, HelperTemplate,
    Parameter, Subexpression, Template, TemplateElement, TemplateMapping,
};
use handlebars::{Path, PathSeg};

include!(concat!(env!("OUT_DIR"), "/precompiled_templates.rs"));

/// A template of `elements`, each at its line and column in the file (for render errors).
fn tpl(
    name: Option<&str>,
    elements: Vec<TemplateElement>,
    positions: &[(usize, usize)],
) -> Option<Template> {
    // Handlebars seals the constructor of a position but not its fields: each one is a copy
    // of the position of a one-character parse, moved.
    static PROTOTYPE: OnceLock<Option<TemplateMapping>> = OnceLock::new();
    let prototype = PROTOTYPE
        .get_or_init(|| Template::compile("x").ok()?.mapping.into_iter().next())
        .as_ref()?;
    let mut template = Template::new();
    template.name = name.map(str::to_string);
    template.elements = elements;
    template.mapping = positions
        .iter()
        .map(|&(line, column)| {
            let mut position = prototype.clone();
            position.0 = line;
            position.1 = column;
            position
        })
        .collect();
    Some(template)
}

fn raw(text: &str) -> TemplateElement {
    TemplateElement::RawString(text.to_string())
}

fn comment(text: &str) -> TemplateElement {
    TemplateElement::Comment(text.to_string())
}

fn hash_of(pairs: Vec<(&str, Parameter)>) -> HashMap<String, Parameter> {
    pairs
        .into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .collect()
}

/// What a helper or a decorator is called with. Whitespace control is not part of it: the
/// parse applied it to the neighbouring text already.
fn spec(
    name: Parameter,
    params: Vec<Parameter>,
    hash: Vec<(&str, Parameter)>,
    block_param: Option<BlockParam>,
) -> Option<ExpressionSpec> {
    let mut spec = ExpressionSpecBuilder::default();
    spec.name(name)
        .params(params)
        .hash(hash_of(hash))
        .omit_pre_ws(false)
        .omit_pro_ws(false);
    if let Some(block_param) = block_param {
        spec.block_param(block_param);
    }
    spec.build().ok()
}

#[allow(clippy::too_many_arguments)] // One argument per field of Handlebars' node.
fn helper(
    name: Parameter,
    params: Vec<Parameter>,
    hash: Vec<(&str, Parameter)>,
    block_param: Option<BlockParam>,
    template: Option<Template>,
    inverse: Option<Template>,
    block: bool,
    chain: bool,
    indent_before_write: bool,
) -> Option<Box<HelperTemplate>> {
    let spec = spec(name, params, hash, block_param)?;
    let mut helper = HelperTemplate::new(spec, block, indent_before_write);
    helper.template = template;
    helper.inverse = inverse;
    helper.chain = chain;
    Some(Box::new(helper))
}

fn decorator(
    name: Parameter,
    params: Vec<Parameter>,
    hash: Vec<(&str, Parameter)>,
    template: Option<Template>,
    indent: Option<&str>,
    indent_before_write: bool,
) -> Option<Box<DecoratorTemplate>> {
    let spec = spec(name, params, hash, None)?;
    let mut decorator = DecoratorTemplate::new(spec, indent_before_write);
    decorator.template = template;
    decorator.indent = indent.map(str::to_string);
    Some(Box::new(decorator))
}

fn subexpression(
    name: Parameter,
    params: Vec<Parameter>,
    hash: Vec<(&str, Parameter)>,
) -> Parameter {
    Parameter::Subexpression(Subexpression::new(name, params, hash_of(hash)))
}

fn literal(json: &str) -> Option<Parameter> {
    serde_json::from_str(json).ok().map(Parameter::Literal)
}

fn named_path(raw: &str, names: &[&str]) -> Parameter {
    let segments = names
        .iter()
        .map(|n| PathSeg::Named(n.to_string()))
        .collect();
    Parameter::Path(Path::Relative((segments, raw.to_string())))
}

fn parsed_path(raw: &str) -> Option<Parameter> {
    Path::parse(raw).ok().map(Parameter::Path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::templates::builtin_templates;

    #[test]
    fn every_builtin_template_is_rebuilt_as_handlebars_parses_it() {
        for t in builtin_templates() {
            let parsed = Template::compile_with_name(t.text, t.file.to_string()).unwrap();
            let rebuilt = builtin(t.file).unwrap_or_else(|| panic!("{} not rebuilt", t.file));
            assert_eq!(rebuilt, parsed, "{}", t.file);
        }
    }

    #[test]
    fn a_file_that_is_not_built_in_is_not_rebuilt() {
        assert!(builtin("_note.hbs").is_none());
    }
}
