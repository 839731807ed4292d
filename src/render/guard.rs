//! Checks on template text and on the templates of a registry that keep Handlebars from
//! overflowing the stack: blocks or expressions nested too deep (the parser and the
//! renderer recurse), and partials that include each other in a loop.

use std::collections::{BTreeMap, BTreeSet};

use handlebars::template::{Parameter, Template, TemplateElement};
use handlebars::Handlebars;

use super::RenderError;

/// The deepest nesting of blocks (`{{#if}}` in `{{#each}}` ...) or of parentheses and
/// brackets inside one tag that a template may have. The built-in templates nest four deep;
/// the parser overflows its stack somewhere in the thousands.
pub const MAX_NESTING: usize = 32;

/// Refuses template text nesting deeper than `MAX_NESTING`. The count is an upper bound
/// (tags inside comments and raw blocks count too), which only errs on the safe side.
pub fn check_nesting(file: &str, text: &str) -> Result<(), RenderError> {
    let too_deep = || RenderError::TooDeep {
        name: file.to_string(),
        limit: MAX_NESTING,
    };
    let mut blocks = 0usize;
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            break;
        };
        let tag = after[..close].trim_start_matches(['{', '~']).trim_start();
        let mut chars = tag.chars();
        match chars.next() {
            Some('#') => blocks += 1,
            // `{{^}}` alone is an else; `{{^name}}` opens an inverse block.
            Some('^') if !chars.as_str().trim_matches(['~', '}']).trim().is_empty() => blocks += 1,
            Some('/') => blocks = blocks.saturating_sub(1),
            _ => {}
        }
        if blocks > MAX_NESTING {
            return Err(too_deep());
        }
        let mut inner = 0usize;
        for c in tag.chars() {
            match c {
                '(' | '[' | '{' => {
                    inner += 1;
                    if inner > MAX_NESTING {
                        return Err(too_deep());
                    }
                }
                ')' | ']' | '}' => inner = inner.saturating_sub(1),
                _ => {}
            }
        }
        rest = &after[close + 2..];
    }
    Ok(())
}

/// Refuses partials that include each other in a loop (`a` -> `b` -> `a`), which Handlebars
/// would follow until the stack overflows, and partials named by an expression, whose
/// target cannot be known before rendering. Inline partials (`{{#*inline "x"}}`) count as
/// templates of their own.
pub fn check_partials(registry: &Handlebars<'_>) -> Result<(), RenderError> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, template) in registry.get_templates() {
        collect(name, template, &mut graph)?;
    }
    if let Some(cycle) = find_cycle(&graph) {
        return Err(RenderError::PartialLoop {
            cycle: cycle
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(" -> "),
        });
    }
    Ok(())
}

/// The names of the partials `template` (registered as `owner`) includes, its inline
/// partials' included ones too.
pub fn includes(owner: &str, template: &Template) -> Result<BTreeSet<String>, RenderError> {
    let mut graph = BTreeMap::new();
    collect(owner, template, &mut graph)?;
    Ok(graph.into_values().flatten().collect())
}

/// Adds the partials `template` (registered as `owner`) includes to `graph`. Recursion is
/// bounded: `check_nesting` ran on the text before it was compiled.
fn collect(
    owner: &str,
    template: &Template,
    graph: &mut BTreeMap<String, BTreeSet<String>>,
) -> Result<(), RenderError> {
    graph.entry(owner.to_string()).or_default();
    for element in &template.elements {
        match element {
            TemplateElement::PartialExpression(d) | TemplateElement::PartialBlock(d) => {
                let target = static_name(&d.name).ok_or_else(|| RenderError::DynamicPartial {
                    name: owner.to_string(),
                })?;
                graph.entry(owner.to_string()).or_default().insert(target);
                if let Some(inner) = &d.template {
                    collect(owner, inner, graph)?;
                }
            }
            TemplateElement::DecoratorBlock(d) | TemplateElement::DecoratorExpression(d) => {
                let inline = static_name(&d.name).is_some_and(|n| n == "inline");
                let defined = d.params.first().and_then(static_name);
                match (inline, defined, &d.template) {
                    (true, Some(defined), Some(inner)) => collect(&defined, inner, graph)?,
                    (_, _, Some(inner)) => collect(owner, inner, graph)?,
                    _ => {}
                }
            }
            TemplateElement::HelperBlock(h) => {
                for inner in h.template.iter().chain(h.inverse.iter()) {
                    collect(owner, inner, graph)?;
                }
            }
            // Text, expressions and comments include nothing (the enum is non-exhaustive).
            _ => {}
        }
    }
    Ok(())
}

/// A partial's name when it is written out (`{{> name}}`, `{{> "name"}}`).
fn static_name(parameter: &Parameter) -> Option<String> {
    match parameter {
        Parameter::Name(name) => Some(name.clone()),
        Parameter::Literal(serde_json::Value::String(name)) => Some(name.clone()),
        _ => None,
    }
}

/// A loop in `graph`, as the names along it with the first repeated at the end. Iterative,
/// so a long chain of partials cannot overflow the stack here either.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    let mut marks: BTreeMap<&str, Mark> = BTreeMap::new();
    for start in graph.keys() {
        if marks.contains_key(start.as_str()) {
            continue;
        }
        // The path from `start`, each node with the children still to visit.
        let mut path: Vec<(&str, Vec<&str>)> = Vec::new();
        let children = |n: &str| -> Vec<&str> {
            graph
                .get(n)
                .map(|c| c.iter().map(String::as_str).collect())
                .unwrap_or_default()
        };
        marks.insert(start, Mark::Open);
        path.push((start, children(start)));
        while let Some((node, pending)) = path.last_mut() {
            let node = *node;
            match pending.pop() {
                Some(next) => match marks.get(next) {
                    Some(Mark::Open) => {
                        let from = path.iter().position(|(n, _)| *n == next).unwrap_or(0);
                        let mut cycle: Vec<String> =
                            path[from..].iter().map(|(n, _)| n.to_string()).collect();
                        cycle.push(next.to_string());
                        return Some(cycle);
                    }
                    Some(Mark::Done) => {}
                    None => {
                        marks.insert(next, Mark::Open);
                        path.push((next, children(next)));
                    }
                },
                None => {
                    marks.insert(node, Mark::Done);
                    path.pop();
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_blocks_and_expressions_are_refused() {
        let deep = "{{#if a}}".repeat(MAX_NESTING + 1) + &"{{/if}}".repeat(MAX_NESTING + 1);
        assert!(matches!(
            check_nesting("t.hbs", &deep),
            Err(RenderError::TooDeep { .. })
        ));
        let parens = format!("{{{{x {}y{}}}}}", "(f ".repeat(40), ")".repeat(40));
        assert!(check_nesting("t.hbs", &parens).is_err());
        let fine = "{{#each a}}{{#if b}}{{^c}}x{{else}}y{{/c}}{{/if}}{{/each}}".repeat(100);
        assert!(check_nesting("t.hbs", &fine).is_ok());
    }

    #[test]
    fn partial_loops_are_found() {
        let mut registry = Handlebars::new();
        registry
            .register_template_string("resume", "x {{> _a}}")
            .unwrap();
        registry
            .register_template_string("_a", "a {{> _b}}")
            .unwrap();
        registry
            .register_template_string("_b", "b {{> _c}}")
            .unwrap();
        registry.register_template_string("_c", "c").unwrap();
        assert!(check_partials(&registry).is_ok());
        registry
            .register_template_string("_c", "c {{> _a}}")
            .unwrap();
        let err = check_partials(&registry).unwrap_err().to_string();
        assert_eq!(
            err,
            "templates include each other in a loop: `_a` -> `_b` -> `_c` -> `_a`"
        );
    }

    #[test]
    fn inline_partials_and_dynamic_names() {
        let mut registry = Handlebars::new();
        registry
            .register_template_string("t", "{{#*inline \"x\"}}{{> x}}{{/inline}}{{> x}}")
            .unwrap();
        assert!(check_partials(&registry).is_err());
        let mut registry = Handlebars::new();
        registry
            .register_template_string("t", "{{> (concat \"a\" \"b\")}}")
            .unwrap();
        assert!(matches!(
            check_partials(&registry),
            Err(RenderError::DynamicPartial { .. })
        ));
    }
}
