//! The Renderer: every template (built-in or the user's) parsed once, and one strict-mode
//! Handlebars registry per template format, each with its own escaping, built on first use.

use std::path::Path;
use std::sync::OnceLock;

use handlebars::Handlebars;
use serde::Serialize;

use super::format::{DocKind, Format, TemplateFormat};
use super::templates::{builtin_templates, read_user_templates};
use super::{guard, helpers, RenderError};

/// The template registries, one per format, built on first use: a render that only asks
/// for PDF never parses the HTML or Markdown templates, and a template shared by several
/// formats (a user's format-neutral partial) is parsed once.
pub struct Renderer {
    /// (name without `.hbs`, file name, text) of every template, built-in or the user's.
    sources: Vec<(String, String, String)>,
    parsed: Vec<OnceLock<Result<handlebars::Template, String>>>,
    registries: [OnceLock<Result<Handlebars<'static>, String>>; 4],
}

impl Renderer {
    /// Loads the built-in templates, then the `.hbs` files of `user_dir`, which override
    /// built-in ones of the same name and may add partials.
    pub fn new(user_dir: Option<&Path>) -> Result<Self, RenderError> {
        let mut sources: Vec<(String, String)> = builtin_templates()
            .iter()
            .map(|t| (t.file.to_string(), t.text.to_string()))
            .collect();
        if let Some(dir) = user_dir {
            for (file, text) in read_user_templates(dir)? {
                match sources.iter_mut().find(|(f, _)| *f == file) {
                    Some(slot) => slot.1 = text,
                    None => sources.push((file, text)),
                }
            }
        }
        let sources: Vec<(String, String, String)> = sources
            .into_iter()
            .filter_map(|(file, text)| {
                file.strip_suffix(".hbs")
                    .map(|stem| (stem.to_string(), file.clone(), text))
            })
            .collect();
        let parsed = sources.iter().map(|_| OnceLock::new()).collect();
        Ok(Renderer {
            sources,
            parsed,
            registries: Default::default(),
        })
    }

    /// Parses source `i` once: the nesting guard first (deep nesting would overflow the
    /// parser's stack), then Handlebars. Errors are kept as their message.
    fn parsed(&self, i: usize) -> Result<&handlebars::Template, RenderError> {
        let (_, file, text) = &self.sources[i];
        self.parsed[i]
            .get_or_init(|| {
                guard::check_nesting(file, text).map_err(|e| e.to_string())?;
                handlebars::Template::compile_with_name(text, file.clone()).map_err(|e| {
                    RenderError::Syntax {
                        name: file.clone(),
                        message: e.to_string(),
                    }
                    .to_string()
                })
            })
            .as_ref()
            .map_err(|message| RenderError::Invalid(message.clone()))
    }

    fn registry(&self, format: TemplateFormat) -> Result<&Handlebars<'static>, RenderError> {
        let slot = &self.registries[format as usize];
        let built = slot.get_or_init(|| {
            let mut registry = Handlebars::new();
            registry.set_strict_mode(true);
            registry.register_escape_fn(format.escape_fn());
            helpers::register_helpers(&mut registry);
            for (i, (stem, _, _)) in self.sources.iter().enumerate() {
                // `resume.typ.hbs` belongs to the typ registry as `resume`;
                // `_note.hbs` (no format: a user's partial) is shared by every registry.
                let name = match stem.rsplit_once('.') {
                    Some((name, suffix)) if suffix == format.suffix() => name,
                    Some(_) => continue,
                    None => stem.as_str(),
                };
                let template = self.parsed(i).map_err(|e| e.to_string())?.clone();
                registry.register_template(name, template);
            }
            guard::check_partials(&registry).map_err(|e| e.to_string())?;
            Ok(registry)
        });
        built
            .as_ref()
            .map_err(|message| RenderError::Invalid(message.clone()))
    }

    /// Checks that every template parses and no partials include each other in a loop, so
    /// a broken user template is reported before anything is written.
    pub fn check(&self) -> Result<(), RenderError> {
        for i in 0..self.sources.len() {
            self.parsed(i)?;
        }
        for format in [
            TemplateFormat::Typ,
            TemplateFormat::Html,
            TemplateFormat::Md,
            TemplateFormat::Txt,
        ] {
            self.registry(format)?;
        }
        Ok(())
    }

    /// Renders document `doc` in `format` from `view`.
    pub fn render<V: Serialize>(
        &self,
        doc: DocKind,
        format: Format,
        view: &V,
    ) -> Result<String, RenderError> {
        self.render_named(format, doc.stem(), view)
            .map_err(|e| match e {
                RenderError::Render { source, .. } => RenderError::Render {
                    name: format!("{}.{}.hbs", doc.stem(), format.template_format().suffix()),
                    source,
                },
                other => other,
            })
    }
}

impl Renderer {
    /// Renders document `doc` in `format` in a theme: the template `<doc>-<theme>` of the
    /// format when there is one (`resume-sidebar.typ.hbs`), else the document's own, which
    /// reads the theme's settings from the view.
    pub fn render_in_theme<V: Serialize>(
        &self,
        doc: DocKind,
        format: Format,
        theme: &str,
        view: &V,
    ) -> Result<String, RenderError> {
        let themed = format!("{}-{theme}", doc.stem());
        if !self
            .registry(format.template_format())?
            .has_template(&themed)
        {
            return self.render(doc, format, view);
        }
        self.render_named(format, &themed, view)
    }

    /// Renders the template (or partial) `name` of `format`'s registry.
    pub fn render_named<V: Serialize>(
        &self,
        format: Format,
        name: &str,
        view: &V,
    ) -> Result<String, RenderError> {
        let registry = self.registry(format.template_format())?;
        registry
            .render(name, view)
            .map_err(|e| RenderError::Render {
                name: format!("{name}.hbs"),
                source: Box::new(e),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn strict_mode_names_template_and_line() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("resume.txt.hbs"),
            "line one\n{{person.nmae}}\n",
        )
        .unwrap();
        let renderer = Renderer::new(Some(dir.path())).unwrap();
        let err = renderer
            .render(
                DocKind::Resume,
                Format::Txt,
                &serde_json::json!({"person": {"name": "x"}}),
            )
            .unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("template `resume.txt.hbs` failed:"),
            "{text}"
        );
        assert!(text.contains("line 2"), "{text}");
        assert!(text.contains("person.nmae"), "{text}");
    }

    #[test]
    fn escaping_follows_the_format() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["typ", "html", "md", "txt"] {
            fs::write(dir.path().join(format!("resume.{f}.hbs")), "{{x}}").unwrap();
        }
        let renderer = Renderer::new(Some(dir.path())).unwrap();
        let view = serde_json::json!({"x": "<#b*>"});
        let out = |format| renderer.render(DocKind::Resume, format, &view).unwrap();
        assert_eq!(out(Format::Typ), "\\<\\#b\\*\\>");
        assert_eq!(out(Format::Html), "&lt;#b*&gt;");
        assert_eq!(out(Format::Md), "\\<\\#b\\*\\>");
        assert_eq!(out(Format::Txt), "<#b*>");
    }
}
