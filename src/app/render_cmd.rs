//! `storyfolio render`: load -> story -> view -> render -> typst, writing every file atomically.

mod fit;

use std::path::{Path, PathBuf};

use crate::app::{AppError, Outcome};
use crate::cli::RenderConfig;
use crate::diagnostics::Diagnostic;
use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};
use crate::render::{DocKind, Format, Renderer};
use crate::story::{Inputs, Story};
use crate::target::Target;
use crate::typst::{contains_hangul, page_count, Typst};
use crate::view::{self, DocumentView, LetterSection, ViewOptions};
use std::collections::BTreeMap;

/// Prints load warnings on standard error, each with its file.
pub fn print_warnings(path: &Path, warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("{}: {w}", path.display());
    }
}

/// Runs `render`.
pub fn run(config: RenderConfig) -> Result<Outcome, AppError> {
    let profile = crate::profile::load(&config.profile)?;
    print_warnings(&config.profile, &profile.warnings);
    let target = match &config.target {
        Some(path) => {
            let loaded = crate::target::load(path)?;
            print_warnings(path, &loaded.warnings);
            Some(loaded.document)
        }
        None => None,
    };
    let profile = profile.document;
    for doc in &config.docs {
        if *doc != DocKind::Resume && target.is_none() {
            return Err(AppError::Usage(format!(
                "`--doc {}` needs a target: add `--target FILE`",
                doc.stem()
            )));
        }
    }
    let lang = config
        .lang
        .or(target.as_ref().and_then(|t| t.language))
        .or(profile.lang)
        .unwrap_or_default();
    let knowledge = match &config.knowledge {
        Some(path) => std::borrow::Cow::Owned(Knowledge::with_user_file(path)?),
        None => std::borrow::Cow::Borrowed(Knowledge::builtin()),
    };
    let stats = BTreeMap::new();
    let story = crate::story::build(&Inputs {
        profile: &profile,
        target: target.as_ref(),
        stats: &stats,
        knowledge: &knowledge,
        lang,
    });
    let renderer = Renderer::new(config.templates.as_deref())?;
    let job = Job {
        config: &config,
        profile: &profile,
        target: target.as_ref(),
        story: &story,
        lang,
        renderer: &renderer,
    };
    let written = job.run()?;
    for path in written {
        println!("wrote {}", path.display());
    }
    Ok(Outcome::Success)
}

struct Job<'a> {
    config: &'a RenderConfig,
    profile: &'a Profile,
    target: Option<&'a Target>,
    story: &'a Story,
    lang: Lang,
    renderer: &'a Renderer,
}

impl Job<'_> {
    fn run(&self) -> Result<Vec<PathBuf>, AppError> {
        let out = &self.config.out;
        let wants_pdf = self.config.formats.contains(&Format::Pdf);
        let typst = if wants_pdf {
            let typst = Typst::locate(self.config.typst.as_deref(), &self.config.font_paths)?;
            if let Some(warning) = typst.version_warning() {
                eprintln!("{warning}");
            }
            Some(typst)
        } else {
            None
        };
        if typst.is_some() {
            // Drafts go to `.build/`; a symlink planted there must not carry them elsewhere.
            let build = out.join(".build");
            crate::atomic::scratch_dir(&build).map_err(|source| AppError::Write {
                path: build,
                source,
            })?;
        }
        let mut options = ViewOptions::default();
        if let Some(typst) = &typst {
            let probe = self.view(&options)?;
            let text = serde_json::to_string(&probe).map_err(|e| AppError::Bug(e.to_string()))?;
            if self.lang == Lang::Ko || contains_hangul(&text) {
                options.hangul_font = Some(typst.hangul_font()?);
            }
        }
        let mut written = Vec::new();
        let mut to_compile = Vec::new();
        for &doc in &self.config.docs {
            let view = self.view(&options)?;
            for &format in &self.config.formats {
                // With a PDF, the Typst source is written by `compile`, fitted to the pages.
                if format == Format::Pdf || (format == Format::Typ && wants_pdf) {
                    continue;
                }
                let path = out.join(format!("{}.{}", doc.stem(), format.extension()));
                self.write(&path, &self.renderer.render(doc, format, &view)?)?;
                written.push(path);
            }
            if self.config.explain {
                let path = out.join(format!("{}.explain.md", doc.stem()));
                self.write(
                    &path,
                    &crate::app::explain::explain(doc, &view, self.renderer)?,
                )?;
                written.push(path);
            }
            if wants_pdf {
                to_compile.push(doc);
            }
        }
        if let Some(typst) = &typst {
            let results: Vec<Result<Vec<PathBuf>, AppError>> = std::thread::scope(|scope| {
                let handles: Vec<_> = to_compile
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
            });
            for result in results {
                written.extend(result?);
            }
        }
        Ok(written)
    }

    /// The view for every document, with letter answers fitted to their limits.
    fn view(&self, options: &ViewOptions) -> Result<DocumentView, AppError> {
        let mut view = view::build(self.profile, self.target, self.story, self.lang, options);
        if let Some(letter) = &mut view.letter {
            let partial = format!("beat-{}", self.lang.code());
            let measure = |section: &LetterSection| -> Result<String, AppError> {
                let mut parts = Vec::new();
                for beat in &section.beats {
                    parts.push(
                        self.renderer
                            .render_named(Format::Txt, &partial, beat)?
                            .trim()
                            .to_string(),
                    );
                }
                Ok(parts.join("\n\n"))
            };
            view::fit_to_limits(letter, &measure)?;
        }
        Ok(view)
    }

    fn write(&self, path: &Path, text: &str) -> Result<(), AppError> {
        crate::atomic::write(path, text.as_bytes()).map_err(|source| AppError::Write {
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
        let out = &self.config.out;
        let build = out.join(".build");
        let draft_typ = build.join(format!("{}.typ", doc.stem()));
        let draft_pdf = build.join(format!("{}.pdf", doc.stem()));
        let budget = self.config.pages as usize;
        // The last draft compiled: its number of drops and its source.
        let last = std::cell::RefCell::new((0, String::new()));
        let mut draft = |drop: usize| -> Result<Option<usize>, AppError> {
            options.drop_weakest = drop;
            let view = self.view(&options)?;
            let source = self.renderer.render(doc, Format::Typ, &view)?;
            self.write(&draft_typ, &source)?;
            typst.compile(&draft_typ, &draft_pdf, out)?;
            last.replace((drop, source));
            // Only the resume has a page budget; an unreadable page count is taken to fit.
            Ok(page_count(&draft_pdf).filter(|_| doc == DocKind::Resume))
        };
        let pages = draft(0)?;
        if let Some(pages) = pages.filter(|p| *p > budget) {
            let droppable = self.story.evidence.len();
            let drops = fit::fewest_drops(droppable, pages, budget, |drop| {
                Ok::<_, AppError>(draft(drop)?.is_none_or(|p| p <= budget))
            })?;
            // The draft on disk must be the chosen one.
            if last.borrow().0 != drops {
                draft(drops)?;
            }
        }
        let source = last.into_inner().1;
        let mut written = Vec::new();
        if self.config.formats.contains(&Format::Typ) {
            let typ = out.join(format!("{}.typ", doc.stem()));
            self.write(&typ, &source)?;
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
