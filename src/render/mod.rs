//! Turning a view into text: the Handlebars registries (strict mode, one per output format,
//! each with its own escaping), the built-in templates and the user's overrides.

pub mod escape;
mod guard;
pub mod inline;
mod korean;
mod templates;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use clap::ValueEnum;
use handlebars::{
    handlebars_helper, Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderErrorReason,
};
use serde::Serialize;

pub use templates::{builtin_templates, BuiltinTemplate};

/// A document storyfolio writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    /// The resume (CV).
    Resume,
    /// The cover letter (자기소개서), answering the target's questions when it has any.
    CoverLetter,
    /// A one-page company-specific pitch, also usable as an email draft.
    Pitch,
    /// Interview preparation: likely questions with drafted answers and evidence.
    Prep,
}

impl DocKind {
    /// The file stem: `resume`, `cover-letter`.
    pub fn stem(self) -> &'static str {
        match self {
            DocKind::Resume => "resume",
            DocKind::CoverLetter => "cover-letter",
            DocKind::Pitch => "pitch",
            DocKind::Prep => "prep",
        }
    }
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// PDF, compiled by typst.
    Pdf,
    /// Typst source.
    Typ,
    /// A standalone HTML page.
    Html,
    /// Markdown.
    Md,
    /// Plain text.
    Txt,
    /// A Word document, built from the view rather than from a template.
    Docx,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Typ => "typ",
            Format::Html => "html",
            Format::Md => "md",
            Format::Txt => "txt",
            Format::Docx => "docx",
        }
    }

    /// The template format that produces this output (PDF comes from Typst source).
    /// A Word document has no template of its own: its sentences are the plain-text ones.
    pub fn template_format(self) -> TemplateFormat {
        match self {
            Format::Pdf | Format::Typ => TemplateFormat::Typ,
            Format::Html => TemplateFormat::Html,
            Format::Md => TemplateFormat::Md,
            Format::Txt | Format::Docx => TemplateFormat::Txt,
        }
    }
}

/// The formats templates are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplateFormat {
    Typ = 0,
    Html = 1,
    Md = 2,
    Txt = 3,
}

impl TemplateFormat {
    fn suffix(self) -> &'static str {
        match self {
            TemplateFormat::Typ => "typ",
            TemplateFormat::Html => "html",
            TemplateFormat::Md => "md",
            TemplateFormat::Txt => "txt",
        }
    }

    fn escape_fn(self) -> fn(&str) -> String {
        match self {
            TemplateFormat::Typ => escape::typst_rich,
            TemplateFormat::Html => escape::html_rich,
            TemplateFormat::Md => escape::markdown_rich,
            TemplateFormat::Txt => escape::text_rich,
        }
    }
}

/// Why templates could not be loaded or rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("failed to read templates folder `{path}`: {source}")]
    ReadDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("failed to read template `{path}`: {source}")]
    ReadTemplate {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("template `{path}` is a link to a file outside the templates folder; copy the file in instead")]
    OutsideFolder { path: PathBuf },
    #[error("template `{name}` nests blocks or expressions more than {limit} deep")]
    TooDeep { name: String, limit: usize },
    #[error("templates include each other in a loop: {cycle}")]
    PartialLoop { cycle: String },
    #[error("template `{name}` names a partial by an expression; write the partial's name, as in `{{{{> name}}}}`")]
    DynamicPartial { name: String },
    #[error("template `{name}` has a syntax error: {message}")]
    Syntax { name: String, message: String },
    /// A template problem found once and reported again on every later use.
    #[error("{0}")]
    Invalid(String),
    #[error("template `{name}` failed: {source}")]
    Render {
        name: String,
        source: Box<handlebars::RenderError>,
    },
    #[error("failed to write `{path}`: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Checks a link before it becomes one: only http, https and mailto are allowed.
/// Returns the normalised URL.
pub fn safe_url(text: &str) -> Option<String> {
    let parsed = url::Url::parse(text.trim()).ok()?;
    match parsed.scheme() {
        "http" | "https" if parsed.host_str().is_some_and(|h| !h.is_empty()) => {
            Some(parsed.to_string())
        }
        "mailto" if parsed.path().contains('@') => Some(parsed.to_string()),
        _ => None,
    }
}

/// The template registries, one per format, built on first use: a render that only asks
/// for PDF never parses the HTML or Markdown templates, and a template shared by several
/// formats (the phrasing partials) is parsed once.
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
            register_helpers(&mut registry);
            for (i, (stem, _, _)) in self.sources.iter().enumerate() {
                // `resume.typ.hbs` belongs to the typ registry as `resume`;
                // `beat-en.hbs` (no format) is shared by every registry.
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

fn read_user_templates(dir: &Path) -> Result<Vec<(String, String)>, RenderError> {
    let read_dir_error = |source| RenderError::ReadDir {
        path: dir.to_path_buf(),
        source,
    };
    let root = fs::canonicalize(dir).map_err(read_dir_error)?;
    let mut found = Vec::new();
    for entry in fs::read_dir(&root).map_err(read_dir_error)? {
        let entry = entry.map_err(read_dir_error)?;
        let path = entry.path();
        let Some(file) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if !file.ends_with(".hbs") {
            continue;
        }
        let real = fs::canonicalize(&path).map_err(|source| RenderError::ReadTemplate {
            path: path.clone(),
            source,
        })?;
        if real.parent() != Some(root.as_path()) {
            return Err(RenderError::OutsideFolder { path });
        }
        if !real.is_file() {
            continue;
        }
        let text = fs::read_to_string(&real).map_err(|source| RenderError::ReadTemplate {
            path: path.clone(),
            source,
        })?;
        found.push((file, text));
    }
    found.sort();
    Ok(found)
}

/// Writes the built-in templates into `dir`; existing files are kept unless `force`.
/// Returns the files written and the ones kept.
pub fn export_builtin(
    dir: &Path,
    force: bool,
) -> Result<(Vec<PathBuf>, Vec<PathBuf>), RenderError> {
    let mut written = Vec::new();
    let mut kept = Vec::new();
    for template in builtin_templates() {
        let path = dir.join(template.file);
        if path.exists() && !force {
            kept.push(path);
            continue;
        }
        crate::atomic::write(&path, template.text.as_bytes()).map_err(|source| {
            RenderError::Write {
                path: path.clone(),
                source,
            }
        })?;
        written.push(path);
    }
    Ok((written, kept))
}

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
handlebars_helper!(josa: |word: str, pair: str| korean::attach(word, pair));
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

fn register_helpers(registry: &mut Handlebars<'static>) {
    registry.register_helper("join-and", Box::new(join_and));
    registry.register_helper("join-then", Box::new(join_then));
    registry.register_helper("josa", Box::new(josa));
    registry.register_helper("clause", Box::new(clause));
    registry.register_helper("has-links", Box::new(has_links));
    registry.register_helper("has-meta", Box::new(has_meta));
    registry.register_helper("eq", Box::new(eq_helper));
    registry.register_helper("present", Box::new(not_empty));
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

impl Renderer {
    /// A beat or an interview question as plain text, phrased by the format-neutral partial
    /// `{partial}-{lang}` (`beat-en`, `question-ko`): the same words every format prints,
    /// the character limits count and `--explain` lists.
    pub fn phrase<V: Serialize>(
        &self,
        partial: &str,
        lang: &str,
        beat: &V,
    ) -> Result<String, RenderError> {
        Ok(self
            .render_named(Format::Txt, &format!("{partial}-{lang}"), beat)?
            .trim()
            .to_string())
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

    #[test]
    fn only_web_and_mail_links_pass() {
        assert_eq!(
            safe_url("https://example.com/a b").as_deref(),
            Some("https://example.com/a%20b")
        );
        assert_eq!(
            safe_url("mailto:kim@example.com").as_deref(),
            Some("mailto:kim@example.com")
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("file:///etc/passwd"), None);
        assert_eq!(safe_url("example.com"), None);
        assert_eq!(safe_url("http://"), None);
    }

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
