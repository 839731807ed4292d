//! `storyfolio render`: load -> story -> view -> render -> typst, writing every file atomically.

use std::path::{Path, PathBuf};

use crate::app::{AppError, Outcome};
use crate::cli::RenderConfig;
use crate::diagnostics::Diagnostic;
use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};
use crate::render::{DocKind, Format, Renderer};
use crate::story::{Inputs, Story};
use crate::target::Target;
use crate::typst::{contains_hangul, drops_to_fit, page_count, Typst};
use crate::view::{self, DocumentView, LetterSection, ViewOptions};

/// Prints load warnings on standard error, each with its file.
pub fn print_warnings(path: &Path, warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("{}: {w}", path.display());
    }
}

/// Runs `render`.
pub fn run(config: RenderConfig) -> Result<Outcome, AppError> {
    // `--refresh`: a refresh that stops (bad token, rate limit) stops the render; one with
    // failed items renders with the statistics kept, and the exit code says so.
    let refreshed = match &config.refresh {
        Some(refresh) => crate::app::refresh_cmd::run(refresh)?,
        None => Outcome::Success,
    };
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
    let github = crate::app::stats::load(&config.profile).map(std::sync::Arc::new);
    let stats = crate::app::stats::story_facts(github.as_deref());
    let story = crate::story::build(&Inputs {
        profile: &profile,
        target: target.as_ref(),
        stats: &stats,
        knowledge: &knowledge,
        lang,
    });
    let renderer = Renderer::new(config.templates.as_deref())?;
    let job = Job {
        github,
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
    Ok(refreshed)
}

struct Job<'a> {
    github: Option<std::sync::Arc<crate::github::StatsCache>>,
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
        let mut options = ViewOptions {
            github: self.github.clone(),
            ..ViewOptions::default()
        };
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
                if format == Format::Pdf {
                    continue;
                }
                let path = out.join(format!("{}.{}", doc.stem(), format.extension()));
                if format == Format::Docx {
                    self.write(&path, crate::docx::render(doc, &view, self.renderer)?)?;
                } else {
                    self.write(&path, self.renderer.render(doc, format, &view)?)?;
                }
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
            let results: Vec<Result<PathBuf, AppError>> = std::thread::scope(|scope| {
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
                written.push(result?);
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

    fn write(&self, path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), AppError> {
        crate::atomic::write(path, bytes.as_ref()).map_err(|source| AppError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Renders `doc` to Typst and compiles it; the resume drops its weakest items until it
    /// fits the page budget.
    fn compile(
        &self,
        typst: &Typst,
        doc: DocKind,
        mut options: ViewOptions,
    ) -> Result<PathBuf, AppError> {
        let out = &self.config.out;
        let typ = if self.config.formats.contains(&Format::Typ) {
            out.join(format!("{}.typ", doc.stem()))
        } else {
            out.join(".build").join(format!("{}.typ", doc.stem()))
        };
        let pdf = out.join(format!("{}.pdf", doc.stem()));
        let order: Vec<&str> = view::drop_order(self.story)
            .into_iter()
            .map(|(_, _, path)| path)
            .collect();
        let budget = self.config.pages as usize;
        let mut measured = false;
        loop {
            let view = self.view(&options)?;
            self.write(
                &typ,
                self.renderer.render(doc, Format::Typ, &view)?.as_bytes(),
            )?;
            typst.compile(&typ, &pdf, out)?;
            let over = doc == DocKind::Resume
                && page_count(&pdf).is_some_and(|pages| pages > budget)
                && options.drop_weakest < order.len();
            if !over {
                return Ok(pdf);
            }
            // The first time over budget, measure the entries once and jump to the number of
            // drops that should fit; after that (or without markers) step one at a time.
            let jump = if measured {
                None
            } else {
                drops_to_fit(&typst.fit_markers(&typ, out)?, &order, budget)
            };
            measured = true;
            options.drop_weakest = match jump {
                Some(k) if k > options.drop_weakest => k.min(order.len()),
                _ => options.drop_weakest + 1,
            };
        }
    }
}
