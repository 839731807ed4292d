//! Writing one target's documents: every document in every format asked for, Word and the
//! explanations beside them, PDFs compiled by typst and fitted to the page budget, each file
//! written atomically.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::app::session::Session;
use crate::app::AppError;
use crate::cli::OutputArgs;
use crate::korean::contains_hangul;
use crate::profile::Lang;
use crate::render::{DocKind, Format};
use crate::story::Story;
use crate::target::Target;
use crate::typst::{drops_to_fit, page_count, Typst};
use crate::view::{self, DocumentView, ViewOptions};

/// What to write and how, shared by `render` and `batch`.
#[derive(Debug, Clone)]
pub struct OutputConfig {
    pub docs: Vec<DocKind>,
    pub formats: Vec<Format>,
    pub lang: Option<Lang>,
    pub templates: Option<PathBuf>,
    pub font_paths: Vec<PathBuf>,
    pub out: PathBuf,
    pub typst: Option<PathBuf>,
    pub pages: u32,
    pub explain: bool,
    pub knowledge: Option<PathBuf>,
}

impl OutputConfig {
    /// Resolves the defaults: the resume, plus the cover letter when there is a target;
    /// PDF; each document and format once.
    pub fn new(output: OutputArgs, has_target: bool) -> Self {
        let mut docs = output.docs;
        if docs.is_empty() {
            docs.push(DocKind::Resume);
            if has_target {
                docs.push(DocKind::CoverLetter);
            }
        }
        dedup_in_order(&mut docs);
        let mut formats = if output.formats.is_empty() {
            vec![Format::Pdf]
        } else {
            output.formats
        };
        dedup_in_order(&mut formats);
        OutputConfig {
            docs,
            formats,
            lang: output.lang.map(Lang::from),
            templates: output.templates,
            font_paths: output.font_paths,
            out: output.out,
            typst: output.typst,
            pages: output.pages,
            explain: output.explain,
            knowledge: output.knowledge,
        }
    }
}

fn dedup_in_order<T: PartialEq + Copy>(items: &mut Vec<T>) {
    let mut seen = Vec::with_capacity(items.len());
    items.retain(|item| {
        let fresh = !seen.contains(item);
        seen.push(*item);
        fresh
    });
}

/// What rendering one target produced.
pub struct Rendered {
    pub files: Vec<PathBuf>,
    pub story: Story,
}

/// Builds the story of the session's profile for `target` and writes every document and
/// format of `config` into `out`. With `parallel`, the PDFs compile at the same time.
pub fn write(
    session: &Session,
    config: &OutputConfig,
    target: Option<&Target>,
    out: &Path,
    parallel: bool,
) -> Result<Rendered, AppError> {
    let story = session.story(target);
    let job = Job {
        session,
        config,
        target,
        story: &story,
        lang: session.language(target),
        out,
    };
    let files = job.run(parallel)?;
    Ok(Rendered { files, story })
}

struct Job<'a> {
    session: &'a Session,
    config: &'a OutputConfig,
    target: Option<&'a Target>,
    story: &'a Story,
    lang: Lang,
    out: &'a Path,
}

impl Job<'_> {
    fn run(&self, parallel: bool) -> Result<Vec<PathBuf>, AppError> {
        let out = self.out;
        let typst = self
            .session
            .typst
            .as_ref()
            .filter(|_| self.config.formats.contains(&Format::Pdf));
        let mut options = ViewOptions {
            github: self.session.github.clone(),
            locale: Some(self.locale()),
            ..ViewOptions::default()
        };
        if typst.is_some() {
            // Drafts go to `.build/`; a symlink planted there must not carry them elsewhere.
            let build = out.join(".build");
            crate::atomic::scratch_dir(&build).map_err(|source| AppError::Write {
                path: build,
                source,
            })?;
        }
        let mut view = self.view(&options)?;
        if let Some(typst) = typst {
            let text = serde_json::to_string(&view).map_err(|e| AppError::Bug(e.to_string()))?;
            if self.lang == Lang::Ko || contains_hangul(&text) {
                options.hangul_font = Some(self.session.hangul_font(typst)?);
                view = self.view(&options)?;
            }
        }
        let mut written = Vec::new();
        for &doc in &self.config.docs {
            for &format in &self.config.formats {
                // With a PDF, the Typst source is written by `compile`, fitted to the pages.
                if format == Format::Typ && typst.is_some() {
                    continue;
                }
                let path = out.join(format!("{}.{}", doc.stem(), format.extension()));
                match format {
                    Format::Pdf => continue,
                    Format::Docx => self.write(&path, crate::docx::render(doc, &view)?)?,
                    _ => self.write(&path, self.session.renderer()?.render(doc, format, &view)?)?,
                }
                written.push(path);
            }
            if self.config.explain {
                let path = out.join(format!("{}.explain.md", doc.stem()));
                self.write(&path, crate::app::explain::explain(doc, &view))?;
                written.push(path);
            }
        }
        let Some(typst) = typst else {
            return Ok(written);
        };
        let results: Vec<Result<Vec<PathBuf>, AppError>> = if parallel {
            std::thread::scope(|scope| {
                let handles: Vec<_> = self
                    .config
                    .docs
                    .iter()
                    .map(|&doc| {
                        let options = options.clone();
                        scope.spawn(move || self.compile(typst, doc, options))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join().unwrap_or_else(|_| {
                            Err(AppError::Bug("a compile thread panicked".into()))
                        })
                    })
                    .collect()
            })
        } else {
            self.config
                .docs
                .iter()
                .map(|&doc| self.compile(typst, doc, options.clone()))
                .collect()
        };
        for result in results {
            written.extend(result?);
        }
        Ok(written)
    }

    /// The resume's language: the run's language file.
    fn locale(&self) -> std::sync::Arc<crate::locale::Locale> {
        let locales = crate::locale::builtin();
        let locale = locales
            .get(self.lang.code())
            .unwrap_or_else(|_| locales.english());
        std::sync::Arc::new(locale.clone())
    }

    /// The view for every document, with letter answers fitted to their limits.
    fn view(&self, options: &ViewOptions) -> Result<DocumentView, AppError> {
        Ok(view::build(
            &self.session.profile,
            self.target,
            self.story,
            self.lang,
            options,
        ))
    }

    fn write(&self, path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), AppError> {
        crate::atomic::write(path, bytes.as_ref()).map_err(|source| AppError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Renders `doc` to Typst and compiles it; the resume drops its weakest items until it
    /// fits the page budget. Drafts are compiled in `.build/`; only the fitted source and
    /// PDF are published, so a run killed mid-fit never leaves a draft in place of a good file.
    fn compile(
        &self,
        typst: &Typst,
        doc: DocKind,
        mut options: ViewOptions,
    ) -> Result<Vec<PathBuf>, AppError> {
        let out = self.out;
        let build = out.join(".build");
        let draft_typ = build.join(format!("{}.typ", doc.stem()));
        let draft_pdf = build.join(format!("{}.pdf", doc.stem()));
        let order: Vec<&str> = view::drop_order(self.story)
            .into_iter()
            .map(|(_, _, path)| path)
            .collect();
        let budget = self.config.pages as usize;
        let fits =
            |pages: Option<usize>| doc != DocKind::Resume || pages.is_none_or(|p| p <= budget);
        let mut fit_memo: Option<(PathBuf, String, Option<usize>)> = None;
        if doc == DocKind::Resume && !order.is_empty() {
            // Measure the full resume with one layout (no PDF) and start from the number of
            // drops that should fit, so a typical render compiles once. The decision is kept
            // beside the drafts, keyed by the source's hash: an unchanged resume skips the
            // measurement next time.
            let view = self.view(&options)?;
            let full = self.session.renderer()?.render(doc, Format::Typ, &view)?;
            let key = format!("{:x} {budget}", Sha256::digest(full.as_bytes()));
            let memo = build.join(format!("{}.fit", doc.stem()));
            let remembered = std::fs::read_to_string(&memo).ok().and_then(|text| {
                text.strip_prefix(&format!("{key} "))
                    .and_then(|k| k.trim().parse::<usize>().ok())
            });
            let drops = match remembered {
                Some(k) => Some(k),
                None => {
                    self.write(&draft_typ, full.as_bytes())?;
                    drops_to_fit(&typst.fit_markers(&draft_typ, out)?, &order, budget)
                }
            };
            options.drop_weakest = drops.unwrap_or(0).min(order.len());
            fit_memo = Some((memo, key, remembered));
        }
        // Drafts compile in `.build/`; only the fitted source and PDF reach OUT.
        let source = loop {
            let view = self.view(&options)?;
            let source = self.session.renderer()?.render(doc, Format::Typ, &view)?;
            self.write(&draft_typ, source.as_bytes())?;
            typst.compile(&draft_typ, &draft_pdf, out)?;
            if fits(page_count(&draft_pdf)) || options.drop_weakest >= order.len() {
                break source;
            }
            options.drop_weakest += 1;
        };
        if let Some((memo, key, remembered)) = &fit_memo {
            if *remembered != Some(options.drop_weakest) {
                self.write(memo, format!("{key} {}\n", options.drop_weakest).as_bytes())?;
            }
        }
        let mut written = Vec::new();
        if self.config.formats.contains(&Format::Typ) {
            let typ = out.join(format!("{}.typ", doc.stem()));
            self.write(&typ, source.as_bytes())?;
            written.push(typ);
        }
        let pdf = out.join(format!("{}.pdf", doc.stem()));
        // A rename within the output folder: atomic, and it replaces a symlink, never follows it.
        std::fs::rename(&draft_pdf, &pdf).map_err(|source| AppError::Write {
            path: pdf.clone(),
            source,
        })?;
        written.push(pdf);
        Ok(written)
    }
}
