//! `storyfolio render`: load -> story -> view -> render -> typst, writing every file atomically.

use std::path::{Path, PathBuf};

use crate::app::refresh_cmd::RefreshConfig;
use crate::app::{AppError, Outcome};
use crate::cli::{OutputArgs, RenderArgs};
use crate::diagnostics::Diagnostic;
use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};
use crate::render::{DocKind, Format, Renderer};
use crate::story::RepoFacts;
use crate::story::{Inputs, Story};
use crate::target::Target;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use crate::korean::contains_hangul;
use crate::typst::{drops_to_fit, page_count, Typst};
use crate::view::{self, DocumentView, ViewOptions};

/// Everything `render` needs, resolved from the command line.
#[derive(Debug, Clone)]
pub struct RenderConfig {
    pub profile: PathBuf,
    pub target: Option<PathBuf>,
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
    /// Set by `--refresh`: refresh the GitHub statistics before rendering.
    pub refresh: Option<RefreshConfig>,
}

impl From<RenderArgs> for RenderConfig {
    fn from(args: RenderArgs) -> Self {
        let refresh = args
            .refresh
            .then(|| RefreshConfig::new(args.profile.clone(), args.github));
        let has_target = args.target.is_some();
        RenderConfig::new(args.profile, args.target, args.output, refresh, has_target)
    }
}

impl RenderConfig {
    /// Resolves the defaults: the resume, plus the cover letter when there is a target;
    /// PDF; each document and format once.
    pub(crate) fn new(
        profile: PathBuf,
        target: Option<PathBuf>,
        output: OutputArgs,
        refresh: Option<RefreshConfig>,
        has_target: bool,
    ) -> Self {
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
        RenderConfig {
            profile,
            target,
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
            refresh,
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

/// Prints load warnings on standard error, each with its file.
pub fn print_warnings(path: &Path, warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("{}: {w}", path.display());
    }
}

/// What every target of a run shares, loaded once: the profile, the knowledge base, the
/// GitHub statistics, the templates and typst.
pub struct Shared {
    pub profile: Profile,
    pub knowledge: Knowledge,
    pub github: Option<Arc<crate::github::StatsCache>>,
    pub stats: BTreeMap<String, RepoFacts>,
    pub renderer: Renderer,
    pub typst: Option<Typst>,
    /// The profile as the story engine reads it, analysed once for every target.
    pub analysis: crate::story::ProfileAnalysis,
    /// The Hangul font typst has, looked up once (`typst fonts`) when a document needs it.
    hangul: OnceLock<Option<String>>,
}

impl Shared {
    /// Loads what `config` names; `typst` comes from `locate_typst`, run in parallel.
    pub fn load(config: &RenderConfig, typst: Option<Typst>) -> Result<Shared, AppError> {
        let loaded = crate::profile::load(&config.profile)?;
        print_warnings(&config.profile, &loaded.warnings);
        let knowledge = match &config.knowledge {
            Some(path) => Knowledge::with_user_file(path)?,
            None => Knowledge::builtin().clone(),
        };
        let github = crate::app::stats::load(&config.profile).map(Arc::new);
        let stats = crate::app::stats::story_facts(github.as_deref());
        let renderer = Renderer::new(config.templates.as_deref())?;
        let analysis = crate::story::ProfileAnalysis::of(&loaded.document, &knowledge);
        Ok(Shared {
            profile: loaded.document,
            knowledge,
            github,
            stats,
            renderer,
            typst,
            analysis,
            hangul: OnceLock::new(),
        })
    }

    fn hangul_font(&self, typst: &Typst) -> Result<String, AppError> {
        self.hangul
            .get_or_init(|| typst.hangul_font().ok())
            .clone()
            .ok_or(AppError::Typst(crate::typst::TypstError::NoHangulFont))
    }
}

/// Finds typst when `config` asks for a PDF, and says when its version is not the pinned one.
pub fn locate_typst(config: &RenderConfig) -> Result<Option<Typst>, AppError> {
    if !config.formats.contains(&Format::Pdf) {
        return Ok(None);
    }
    let typst = Typst::locate(config.typst.as_deref(), &config.font_paths)?;
    if let Some(warning) = typst.version_warning() {
        eprintln!("{warning}");
    }
    Ok(Some(typst))
}

/// The language of a run: the flag, else the target's, else the profile's, else English.
pub fn language(config: &RenderConfig, profile: &Profile, target: Option<&Target>) -> Lang {
    config
        .lang
        .or(target.and_then(|t| t.language))
        .or(profile.lang)
        .unwrap_or_default()
}

/// Runs `render`.
pub fn run(config: RenderConfig) -> Result<Outcome, AppError> {
    // `--refresh`: a refresh that stops (bad token, rate limit) stops the render; one with
    // failed items renders with the statistics kept, and the exit code says so.
    let refreshed = match &config.refresh {
        Some(refresh) => crate::app::refresh_cmd::run(refresh)?,
        None => Outcome::Success,
    };
    let (shared, target) = std::thread::scope(|scope| -> Result<_, AppError> {
        // `typst --version` runs while the inputs load.
        let locating = scope.spawn(|| locate_typst(&config));
        let target = match &config.target {
            Some(path) => {
                let loaded = crate::target::load(path)?;
                print_warnings(path, &loaded.warnings);
                Some(loaded.document)
            }
            None => None,
        };
        let mut shared = Shared::load(&config, None)?;
        shared.typst = locating
            .join()
            .map_err(|_| AppError::Bug("locating typst panicked".into()))??;
        Ok((shared, target))
    })?;
    for doc in &config.docs {
        if *doc != DocKind::Resume && target.is_none() {
            return Err(AppError::Usage(format!(
                "`--doc {}` needs a target: add `--target FILE`",
                doc.stem()
            )));
        }
    }
    let rendered = render_target(&shared, &config, target.as_ref(), &config.out, true)?;
    for path in rendered.files {
        println!("wrote {}", path.display());
    }
    Ok(refreshed)
}

/// What rendering one target produced.
pub struct Rendered {
    pub files: Vec<PathBuf>,
    pub story: Story,
}

/// Builds the story of the shared profile for `target` and writes every document and format
/// of `config` into `out`. With `parallel`, the PDFs compile at the same time.
pub fn render_target(
    shared: &Shared,
    config: &RenderConfig,
    target: Option<&Target>,
    out: &Path,
    parallel: bool,
) -> Result<Rendered, AppError> {
    let lang = language(config, &shared.profile, target);
    let story = crate::story::build_with(
        &shared.analysis,
        &Inputs {
            profile: &shared.profile,
            target,
            stats: &shared.stats,
            knowledge: &shared.knowledge,
            lang,
        },
    );
    let job = Job {
        shared,
        config,
        target,
        story: &story,
        lang,
        out,
    };
    let files = job.run(parallel)?;
    Ok(Rendered { files, story })
}

struct Job<'a> {
    shared: &'a Shared,
    config: &'a RenderConfig,
    target: Option<&'a Target>,
    story: &'a Story,
    lang: Lang,
    out: &'a Path,
}

impl Job<'_> {
    fn run(&self, parallel: bool) -> Result<Vec<PathBuf>, AppError> {
        let out = self.out;
        let typst = self
            .shared
            .typst
            .as_ref()
            .filter(|_| self.config.formats.contains(&Format::Pdf));
        let mut options = ViewOptions {
            github: self.shared.github.clone(),
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
                options.hangul_font = Some(self.shared.hangul_font(typst)?);
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
                    _ => self.write(&path, self.shared.renderer.render(doc, format, &view)?)?,
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
    fn locale(&self) -> Arc<crate::locale::Locale> {
        let locales = crate::locale::builtin();
        let locale = locales
            .get(self.lang.code())
            .unwrap_or_else(|_| locales.english());
        Arc::new(locale.clone())
    }

    /// The view for every document, with letter answers fitted to their limits.
    fn view(&self, options: &ViewOptions) -> Result<DocumentView, AppError> {
        Ok(view::build(
            &self.shared.profile,
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
            let full = self.shared.renderer.render(doc, Format::Typ, &view)?;
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
            let source = self.shared.renderer.render(doc, Format::Typ, &view)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    #[test]
    fn render_defaults_follow_the_target() {
        let cli = Cli::parse_from(["storyfolio", "render", "p.json", "--target", "t.json"]);
        let Command::Render(args) = cli.command else {
            panic!("not render")
        };
        let config = RenderConfig::from(args);
        assert_eq!(config.docs, [DocKind::Resume, DocKind::CoverLetter]);
        assert_eq!(config.formats, [Format::Pdf]);
        assert_eq!(config.out, PathBuf::from("out"));
    }
}
