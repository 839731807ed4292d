//! The Renderer: every template (built-in or the user's) parsed once, and one strict-mode
//! Handlebars registry per template format, each with its own escaping, built on first use.

use std::path::Path;
use std::sync::OnceLock;

use handlebars::Handlebars;
use serde::Serialize;

use super::format::{DocKind, Format, TemplateFormat};
use super::templates::{builtin_templates, read_user_templates};
use super::{guard, helpers, precompiled, RenderError};
use crate::design::Theme;

/// The template registries, one per document, format and theme, built on first use with only
/// the templates that document includes: a render of the resume to PDF parses the resume's
/// Typst template and its partials, nothing else (parsing is most of the cost of producing
/// a document), and a template shared by several registries is parsed once.
pub struct Renderer {
    /// (name without `.hbs`, file name, text) of every template, built-in or the user's.
    sources: Vec<(String, String, String)>,
    parsed: Vec<OnceLock<Result<handlebars::Template, String>>>,
    /// Indexed by template format, then document, then theme.
    registries: [[[OnceLock<Registry>; Theme::ALL.len()]; 4]; 4],
}

/// A built registry and the name of the template it renders (`resume`, or the theme's own
/// `resume-sidebar`), or why it could not be built.
type Registry = Result<(Handlebars<'static>, String), String>;

/// A new registry for `format`: strict, with the format's escaping and the helpers.
fn empty_registry(format: TemplateFormat) -> Handlebars<'static> {
    let mut registry = Handlebars::new();
    registry.set_strict_mode(true);
    registry.register_escape_fn(format.escape_fn());
    helpers::register_helpers(&mut registry);
    registry
}

/// The name a template of `stem` (its file name without `.hbs`) has in `format`'s
/// registry: `resume.typ` is `resume` for Typst and absent from the others; `_note` (no
/// format: a user's partial) is in every registry.
fn name_in(stem: &str, format: TemplateFormat) -> Option<&str> {
    match stem.rsplit_once('.') {
        Some((name, suffix)) if suffix == format.suffix() => Some(name),
        Some(_) => None,
        None => Some(stem),
    }
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

    /// Parses source `i` once: a built-in template as shipped is rebuilt from build time's
    /// parse; any other gets the nesting guard first (deep nesting would overflow the
    /// parser's stack), then Handlebars. Errors are kept as their message.
    fn parsed(&self, i: usize) -> Result<&handlebars::Template, RenderError> {
        let (_, file, text) = &self.sources[i];
        self.parsed[i]
            .get_or_init(|| {
                // A built-in template as shipped was parsed when storyfolio was built.
                let shipped = builtin_templates()
                    .iter()
                    .any(|t| t.file == file && t.text == text);
                if let Some(template) = shipped.then(|| precompiled::builtin(file)).flatten() {
                    return Ok(template);
                }
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

    /// The index of the source that is template `name` in `format`: a format's own template
    /// wins over a format-neutral one of the same name.
    fn source_of(&self, name: &str, format: TemplateFormat) -> Option<usize> {
        self.sources
            .iter()
            .enumerate()
            .filter(|(_, (stem, _, _))| name_in(stem, format) == Some(name))
            .max_by_key(|(_, (stem, _, _))| stem.contains('.'))
            .map(|(i, _)| i)
    }

    /// The registry of `doc` in `format` and `theme`, and the name of its root template: the
    /// theme's own template of the document (`resume-sidebar.typ.hbs`) when there is one, else
    /// the document's, which reads the theme's settings from the view; with, transitively,
    /// the partials it includes. A partial without a template is left for Handlebars to
    /// report by name.
    fn registry(
        &self,
        format: TemplateFormat,
        doc: DocKind,
        theme: Theme,
    ) -> Result<(&Handlebars<'static>, &str), RenderError> {
        let slot = &self.registries[format as usize][doc as usize][theme as usize];
        let built = slot.get_or_init(|| {
            let themed = format!("{}-{}", doc.stem(), theme.name());
            let root = if self.source_of(&themed, format).is_some() {
                themed
            } else {
                doc.stem().to_string()
            };
            let mut registry = empty_registry(format);
            let mut wanted = vec![root.clone()];
            while let Some(name) = wanted.pop() {
                if registry.has_template(&name) {
                    continue;
                }
                let Some(i) = self.source_of(&name, format) else {
                    continue;
                };
                let template = self.parsed(i).map_err(|e| e.to_string())?.clone();
                wanted.extend(guard::includes(&name, &template).map_err(|e| e.to_string())?);
                registry.register_template(&name, template);
            }
            guard::check_partials(&registry).map_err(|e| e.to_string())?;
            Ok((registry, root))
        });
        built
            .as_ref()
            .map(|(registry, root)| (registry, root.as_str()))
            .map_err(|message| RenderError::Invalid(message.clone()))
    }

    /// Checks that every template parses and that no partials, in any format, include each
    /// other in a loop, including templates no document uses.
    pub fn check(&self) -> Result<(), RenderError> {
        for format in [
            TemplateFormat::Typ,
            TemplateFormat::Html,
            TemplateFormat::Md,
            TemplateFormat::Txt,
        ] {
            let mut registry = empty_registry(format);
            for (i, (stem, _, _)) in self.sources.iter().enumerate() {
                let template = self.parsed(i)?;
                if let Some(name) = name_in(stem, format) {
                    registry.register_template(name, template.clone());
                }
            }
            guard::check_partials(&registry)?;
        }
        Ok(())
    }

    /// Builds the registry of `doc` in `format` and `theme` now (on another thread while
    /// the inputs load), so that rendering finds it built. A broken template is reported by
    /// `render`.
    pub fn prepare(&self, doc: DocKind, format: Format, theme: Theme) {
        let _ = self.registry(format.template_format(), doc, theme);
    }

    /// Renders document `doc` in `format` from `view`, in the classic theme's templates.
    pub fn render<V: Serialize>(
        &self,
        doc: DocKind,
        format: Format,
        view: &V,
    ) -> Result<String, RenderError> {
        self.render_in_theme(doc, format, Theme::Classic, view)
    }

    /// Renders document `doc` in `format` and `theme` from `view`: the theme's own template
    /// of the document when there is one (`resume-sidebar.typ.hbs`), else the document's.
    pub fn render_in_theme<V: Serialize>(
        &self,
        doc: DocKind,
        format: Format,
        theme: Theme,
        view: &V,
    ) -> Result<String, RenderError> {
        let format = format.template_format();
        let (registry, root) = self.registry(format, doc, theme)?;
        registry
            .render(root, view)
            .map_err(|e| RenderError::Render {
                name: format!("{root}.{}.hbs", format.suffix()),
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

    #[test]
    fn a_document_parses_only_the_templates_it_includes() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("pitch.typ.hbs"), "{{#if}}broken").unwrap();
        fs::write(dir.path().join("resume.txt.hbs"), "{{> _a}}").unwrap();
        fs::write(dir.path().join("_a.hbs"), "a{{> _b}}").unwrap();
        fs::write(dir.path().join("_b.txt.hbs"), "b{{x}}").unwrap();
        let renderer = Renderer::new(Some(dir.path())).unwrap();
        let view = serde_json::json!({"x": "<1>"});
        // The broken pitch template is not the resume's business...
        assert_eq!(
            renderer
                .render(DocKind::Resume, Format::Txt, &view)
                .unwrap(),
            "ab<1>"
        );
        // ...but the pitch, and a check of the whole folder, report it.
        let pitch = renderer
            .render(DocKind::Pitch, Format::Pdf, &view)
            .unwrap_err();
        assert!(pitch.to_string().contains("pitch.typ.hbs"), "{pitch}");
        assert!(renderer.check().is_err());
    }

    #[test]
    fn partials_in_a_loop_are_refused_before_rendering() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("resume.md.hbs"), "{{> _a}}").unwrap();
        fs::write(dir.path().join("_a.hbs"), "{{> _b}}").unwrap();
        fs::write(dir.path().join("_b.md.hbs"), "{{> _a}}").unwrap();
        let renderer = Renderer::new(Some(dir.path())).unwrap();
        let err = renderer
            .render(DocKind::Resume, Format::Md, &serde_json::json!({}))
            .unwrap_err()
            .to_string();
        assert!(err.contains("loop"), "{err}");
    }
}
