//! Writing one target's documents: every document in every format asked for, Word and the
//! explanations beside them, PDFs compiled by typst and fitted to the page budget, each file
//! written atomically.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::app::session::Session;
use crate::app::AppError;
use crate::cli::OutputArgs;
use std::sync::{Arc, Mutex};

use crate::design::{Design, DesignOverrides};
use crate::locale::Locale;
use crate::profile::{Lang, LangTag};
use crate::render::{DocKind, Format};
use crate::story::{Scope, Story};
use crate::target::Target;
use crate::typst::{drops_to_fit, page_count, EarlyCompile, EarlyCompiles, Typst};
use crate::view::{self, DocumentView, ViewOptions};

/// What to write and how, shared by `render` and `batch`.
#[derive(Debug, Clone)]
pub struct OutputConfig {
    pub docs: Vec<DocKind>,
    pub formats: Vec<Format>,
    pub lang: Option<LangTag>,
    /// A folder of language files beside the built-in ones.
    pub locales: Option<PathBuf>,
    /// The command line's design settings, over the profile's.
    pub design: DesignOverrides,
    /// Pixels per inch of PNG pages.
    pub ppi: u32,
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
            lang: output.lang,
            locales: output.locales,
            design: output.design.into(),
            ppi: output.ppi,
            templates: output.templates,
            font_paths: output.font_paths,
            out: output.out,
            typst: output.typst,
            pages: output.pages,
            explain: output.explain,
            knowledge: output.knowledge,
        }
    }

    /// How much of the story the documents show: a resume alone shows only the ranked
    /// evidence (its view builds no letter, pitch or preparation).
    fn story_scope(&self) -> Scope {
        if self.resume_only() {
            Scope::Ranking
        } else {
            Scope::Whole
        }
    }

    fn resume_only(&self) -> bool {
        self.docs == [DocKind::Resume]
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
    /// The story, told at least as far as `write` was asked to.
    pub story: Story,
    /// The profile's texts the letters, pitch or preparation would tell but left out,
    /// being in another language (`untranslated_line` says so).
    pub untranslated: Vec<String>,
}

/// Builds the story of the session's profile for `target` and writes every document and
/// format of `config` into `out`. The story is told as far as the documents show it, or as
/// `reads` asks when the caller reads more of it (`Rendered::story`). With `parallel`, the
/// PDFs compile at the same time.
pub fn write(
    session: &Session,
    config: &OutputConfig,
    target: Option<&Target>,
    out: &Path,
    parallel: bool,
    reads: Scope,
) -> Result<Rendered, AppError> {
    session.explain_language(target);
    let locale = session.locale(target)?;
    let design = session.design(&config.design)?;
    let lang = match config.docs.iter().find(|d| **d != DocKind::Resume) {
        Some(doc) => session.story_language(target, doc_phrase(*doc))?,
        None => session.language(target),
    };
    let early = early_compiles(session, config, out);
    let story = session.story_scoped(target, config.story_scope().max(reads));
    let job = Job {
        session,
        config,
        target,
        story: &story,
        lang,
        locale,
        design,
        out,
        early: Mutex::new(early),
        untranslated: Mutex::new(Vec::new()),
    };
    let files = job.run(parallel)?;
    let untranslated = job
        .untranslated
        .into_inner()
        .unwrap_or_else(|p| p.into_inner());
    Ok(Rendered {
        files,
        story,
        untranslated,
    })
}

/// The line a render prints when its letters leave out texts of the profile written in
/// another language than `lang`: `left out: 2 lines the story would tell, not written in
/// en (work[0].summary, projects[1].highlights[0]); translate them ...`.
pub fn untranslated_line(paths: &[String], lang: Lang) -> String {
    const SHOWN: usize = 5;
    let mut listed = paths
        .iter()
        .take(SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if paths.len() > SHOWN {
        listed.push_str(&format!(" and {} more", paths.len() - SHOWN));
    }
    let (count, them, their) = match paths.len() {
        1 => ("1 line".to_string(), "it", "its"),
        n => (format!("{n} lines"), "them", "their"),
    };
    let code = lang.code();
    format!(
        "left out: {count} the story would tell, not written in {code} ({listed}); translate \
         {them} under each item's `i18n.{code}` (`storyfolio coach` lists {them} with {their} text)"
    )
}

/// typst started on every PDF of `config` in `out`: by the session (`render`), else now,
/// before the story is built, so that typst's start-up overlaps the story, the views and
/// the templates (see `typst::EarlyCompiles`).
fn early_compiles(session: &Session, config: &OutputConfig, out: &Path) -> EarlyCompiles {
    if let Some(early) = session.take_early(out) {
        return early;
    }
    match session
        .typst
        .as_ref()
        .filter(|_| config.formats.contains(&Format::Pdf))
    {
        Some(typst) => EarlyCompiles::start(typst, out, config.docs.iter().map(|d| d.stem())),
        None => EarlyCompiles::none(out),
    }
}

/// "a cover letter": a document in a sentence.
fn doc_phrase(doc: DocKind) -> &'static str {
    match doc {
        DocKind::Resume => "a resume",
        DocKind::CoverLetter => "a cover letter",
        DocKind::Pitch => "a pitch",
        DocKind::Prep => "interview preparation",
    }
}

struct Job<'a> {
    session: &'a Session,
    config: &'a OutputConfig,
    target: Option<&'a Target>,
    story: &'a Story,
    /// The story language (letters, pitches, preparation).
    lang: Lang,
    /// The resume language's file.
    locale: Arc<Locale>,
    design: Design,
    out: &'a Path,
    /// typst already started on each document's PDF, taken by its first compile.
    early: Mutex<EarlyCompiles>,
    /// What the views built so far left out for being in another language.
    untranslated: Mutex<Vec<String>>,
}

impl Job<'_> {
    fn run(&self, parallel: bool) -> Result<Vec<PathBuf>, AppError> {
        let out = self.out;
        let typst = self
            .session
            .typst
            .as_ref()
            .filter(|_| self.config.formats.iter().any(|f| f.compiled()));
        let mut options = ViewOptions {
            github: self.session.github.clone(),
            locale: Some(self.locale.clone()),
            design: self.design.clone(),
            resume_only: self.config.resume_only(),
            ..ViewOptions::default()
        };
        let mut drafts: Vec<(DocKind, String)> = Vec::new();
        if let Some(typst) = typst {
            // Drafts go to `.build/`; a symlink planted there must not carry them elsewhere.
            let build = out.join(".build");
            crate::atomic::scratch_dir(&build).map_err(|source| AppError::Write {
                path: build,
                source,
            })?;
            options.scripts = self
                .session
                .script_fonts(typst, self.target, &self.locale)?;
            self.session.check_fonts(
                typst,
                &mut options.design,
                &self.config.design,
                &options.scripts,
            )?;
            // PDFs first: the resume's page fit decides what every format of this render
            // shows, so nothing is written before it is made.
            drafts = self.compile_all(typst, &mut options, parallel)?;
        }
        // Only other formats and the explanations need the view here; PDFs are compiled.
        let needs_view = self.config.explain
            || self
                .config
                .formats
                .iter()
                .any(|f| !matches!(f, Format::Pdf | Format::Typ | Format::Png));
        let mut written = Vec::new();
        if needs_view || typst.is_none() {
            let view = self.view(&options)?;
            self.write_documents(&view, typst.is_some(), &mut written)?;
        }
        for (doc, source) in drafts {
            written.extend(self.publish(doc, &source)?);
        }
        Ok(written)
    }

    /// Writes every document in every format but PDF (and Typst, when compiled), and the
    /// explanations.
    fn write_documents(
        &self,
        view: &DocumentView,
        compiled: bool,
        written: &mut Vec<PathBuf>,
    ) -> Result<(), AppError> {
        let out = self.out;
        for &doc in &self.config.docs {
            for &format in &self.config.formats {
                // With a PDF, the Typst source is the compiled one, published below.
                if format == Format::Typ && compiled {
                    continue;
                }
                let path = out.join(format!("{}.{}", doc.stem(), format.extension()));
                match format {
                    Format::Pdf | Format::Png => continue,
                    Format::Docx => self.write(&path, crate::docx::render(doc, view)?)?,
                    _ => self.write(&path, self.render(doc, format, view)?)?,
                }
                written.push(path);
            }
            if self.config.explain {
                let path = out.join(format!("{}.explain.md", doc.stem()));
                self.write(&path, crate::app::explain::explain(doc, view))?;
                written.push(path);
            }
        }
        Ok(())
    }

    /// Compiles every document's PDF draft in `.build/`, the resume fitted to its page
    /// budget; `options.drop_weakest` is left at the resume's decision. The cover letter and
    /// the interview preparation show no resume entries, so they compile while the resume
    /// is fitted; the pitch (which cites entries) after it.
    fn compile_all(
        &self,
        typst: &Typst,
        options: &mut ViewOptions,
        parallel: bool,
    ) -> Result<Vec<(DocKind, String)>, AppError> {
        let docs = &self.config.docs;
        let independent: Vec<DocKind> = docs
            .iter()
            .copied()
            .filter(|d| !matches!(d, DocKind::Resume | DocKind::Pitch))
            .collect();
        let fit_resume = || -> Result<Option<(String, usize)>, AppError> {
            if docs.contains(&DocKind::Resume) {
                self.fit_resume(typst, options.clone()).map(Some)
            } else {
                Ok(None)
            }
        };
        let (fitted, others): (_, Vec<Result<(DocKind, String), AppError>>) = if parallel {
            std::thread::scope(|scope| {
                let handles: Vec<_> = independent
                    .iter()
                    .map(|&doc| {
                        let options = options.clone();
                        scope.spawn(move || Ok((doc, self.compile(typst, doc, &options)?)))
                    })
                    .collect();
                let fitted = fit_resume();
                let others = handles
                    .into_iter()
                    .map(|h| {
                        h.join().unwrap_or_else(|_| {
                            Err(AppError::Bug("a compile thread panicked".into()))
                        })
                    })
                    .collect();
                (fitted, others)
            })
        } else {
            let fitted = fit_resume();
            let others = independent
                .iter()
                .map(|&doc| Ok((doc, self.compile(typst, doc, options)?)))
                .collect();
            (fitted, others)
        };
        let mut drafts = Vec::new();
        if let Some((source, dropped)) = fitted? {
            options.drop_weakest = dropped;
            drafts.push((DocKind::Resume, source));
        }
        for result in others {
            drafts.push(result?);
        }
        if docs.contains(&DocKind::Pitch) {
            drafts.push((
                DocKind::Pitch,
                self.compile(typst, DocKind::Pitch, options)?,
            ));
        }
        Ok(drafts)
    }

    /// `doc` in `format` from `view`, in the design's theme.
    fn render(
        &self,
        doc: DocKind,
        format: Format,
        view: &DocumentView,
    ) -> Result<String, AppError> {
        Ok(self
            .session
            .renderer()?
            .render_in_theme(doc, format, self.design.theme, view)?)
    }

    /// The view for every document, with letter answers fitted to their limits.
    fn view(&self, options: &ViewOptions) -> Result<DocumentView, AppError> {
        let view = view::build(
            self.session.profile_in(self.lang),
            self.target,
            self.story,
            self.lang,
            options,
        );
        let mut untranslated = self.untranslated.lock().unwrap_or_else(|p| p.into_inner());
        for path in &view.untranslated {
            if !untranslated.contains(path) {
                untranslated.push(path.clone());
            }
        }
        Ok(view)
    }

    fn write(&self, path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), AppError> {
        crate::atomic::write(path, bytes.as_ref()).map_err(|source| AppError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Renders `doc` to Typst and compiles it into `.build/`; returns the source.
    fn compile(
        &self,
        typst: &Typst,
        doc: DocKind,
        options: &ViewOptions,
    ) -> Result<String, AppError> {
        let view = self.view(options)?;
        let source = self.render(doc, Format::Typ, &view)?;
        self.compile_source(typst, doc, &source)?;
        Ok(source)
    }

    /// Compiles the Typst `source` of `doc` into `.build/`.
    fn compile_source(&self, typst: &Typst, doc: DocKind, source: &str) -> Result<(), AppError> {
        let build = self.out.join(".build");
        let draft_typ = build.join(format!("{}.typ", doc.stem()));
        let draft_pdf = build.join(format!("{}.pdf", doc.stem()));
        self.write_scratch(&draft_typ, source.as_bytes())?;
        match self.take_early(doc) {
            Some(early) => early.finish(source, &draft_typ)?,
            None => typst.compile(&draft_typ, &draft_pdf, self.out)?,
        }
        Ok(())
    }

    /// The typst started early on `doc`, if it is still waiting for its source.
    fn take_early(&self, doc: DocKind) -> Option<EarlyCompile> {
        let mut early = self.early.lock().unwrap_or_else(|p| p.into_inner());
        early.take(doc.stem())
    }

    /// Writes a draft or a note in `.build/` (no flush to disk: see `atomic::write_scratch`).
    fn write_scratch(&self, path: &Path, bytes: &[u8]) -> Result<(), AppError> {
        crate::atomic::write_scratch(path, bytes).map_err(|source| AppError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// The page-fit decision, made once per render: compiles the resume, leaving out its
    /// weakest items until it fits `--pages`; returns the source and how many items went.
    /// Says which items were left out, and warns when even leaving out every one that may
    /// go does not fit. Drafts are compiled in `.build/`; only the fitted source and PDF
    /// are published, so a run killed mid-fit never leaves a draft in place of a good file.
    fn fit_resume(
        &self,
        typst: &Typst,
        mut options: ViewOptions,
    ) -> Result<(String, usize), AppError> {
        let doc = DocKind::Resume;
        options.resume_only = true;
        let out = self.out;
        let build = out.join(".build");
        let draft_typ = build.join(format!("{}.typ", doc.stem()));
        let draft_pdf = build.join(format!("{}.pdf", doc.stem()));
        let order = view::drop_order(self.story);
        let paths: Vec<&str> = order.iter().map(|(_, _, path)| *path).collect();
        let budget = self.config.pages as usize;
        let mut fit_memo: Option<(PathBuf, String, Option<usize>)> = None;
        // The full resume's source, rendered once: measured, and compiled as it is when
        // nothing needs to go.
        let mut full_source: Option<String> = None;
        if !order.is_empty() {
            // Measure the full resume with one layout (no PDF) and start from the number of
            // drops that should fit, so a typical render compiles once. The decision is kept
            // beside the drafts, keyed by the source's hash: an unchanged resume skips the
            // measurement next time.
            let view = self.view(&options)?;
            let full = self.render(doc, Format::Typ, &view)?;
            let key = format!("{:x} {budget}", Sha256::digest(full.as_bytes()));
            let memo = build.join(format!("{}.fit", doc.stem()));
            let remembered = std::fs::read_to_string(&memo).ok().and_then(|text| {
                text.strip_prefix(&format!("{key} "))
                    .and_then(|k| k.trim().parse::<usize>().ok())
            });
            let drops = match remembered {
                Some(k) => Some(k),
                None => {
                    self.write_scratch(&draft_typ, full.as_bytes())?;
                    drops_to_fit(&typst.fit_markers(&draft_typ, out)?, &paths, budget)
                }
            };
            options.drop_weakest = drops.unwrap_or(0).min(order.len());
            fit_memo = Some((memo, key, remembered));
            full_source = Some(full);
        }
        let (source, pages) = loop {
            let source = match full_source.take() {
                Some(full) if options.drop_weakest == 0 => {
                    self.compile_source(typst, doc, &full)?;
                    full
                }
                _ => self.compile(typst, doc, &options)?,
            };
            let pages = page_count(&draft_pdf);
            if pages.is_none_or(|p| p <= budget) || options.drop_weakest >= order.len() {
                break (source, pages);
            }
            options.drop_weakest += 1;
        };
        if let Some((memo, key, remembered)) = &fit_memo {
            if *remembered != Some(options.drop_weakest) {
                self.write_scratch(memo, format!("{key} {}\n", options.drop_weakest).as_bytes())?;
            }
        }
        let left_out = &order[..options.drop_weakest];
        if !left_out.is_empty() {
            crate::app::output::note(crate::view::left_out_line(
                self.session.profile_in(self.lang),
                left_out,
                budget,
            ));
        }
        if let Some(pages) = pages.filter(|p| *p > budget) {
            let markers = typst.fit_markers(&draft_typ, out).unwrap_or_default();
            // The largest sections that alone take more than the budget: what the user
            // must shorten ("jobs and publications alone take 2.4 pages").
            let mut culprits: Vec<&str> = Vec::new();
            let mut taken = 0.0;
            let by_section = crate::typst::pages_by_section(&markers);
            for (section, length) in &by_section {
                culprits.push(match section.as_str() {
                    "work" => "jobs",
                    other => other,
                });
                taken += length;
                if taken > budget as f64 {
                    break;
                }
            }
            let (what, measured) = if taken > budget as f64 {
                (culprits, Some(taken))
            } else {
                let view = self.view(&options)?;
                let kept: Vec<&'static str> = view.sections.iter().map(|s| s.id).collect();
                (kept, crate::typst::content_pages(&markers))
            };
            crate::app::output::note(over_budget_warning(
                pages,
                budget,
                &what,
                measured,
                !left_out.is_empty(),
            ));
        }
        Ok((source, options.drop_weakest))
    }

    /// Moves the compiled draft of `doc` into the output folder (and its source, when
    /// `typ` is asked for), and writes its pages as PNG images when `png` is.
    fn publish(&self, doc: DocKind, source: &str) -> Result<Vec<PathBuf>, AppError> {
        let out = self.out;
        let mut written = Vec::new();
        if self.config.formats.contains(&Format::Typ) {
            let typ = out.join(format!("{}.typ", doc.stem()));
            self.write(&typ, source.as_bytes())?;
            written.push(typ);
        }
        let build = out.join(".build");
        let draft_pdf = build.join(format!("{}.pdf", doc.stem()));
        if self.config.formats.contains(&Format::Pdf) {
            let pdf = out.join(format!("{}.pdf", doc.stem()));
            // A rename within the output folder: atomic, and it replaces a symlink, never
            // follows it.
            crate::atomic::rename_over(&draft_pdf, &pdf).map_err(|source| AppError::Write {
                path: pdf.clone(),
                source,
            })?;
            written.push(pdf);
        }
        if self.config.formats.contains(&Format::Png) {
            written.extend(self.publish_png(doc)?);
        }
        Ok(written)
    }

    /// Compiles the draft of `doc` to `<doc>-<page>.png` at the configured resolution in
    /// `.build/png/`, then moves the pages into the output folder; pages a longer earlier
    /// render left there are removed.
    fn publish_png(&self, doc: DocKind) -> Result<Vec<PathBuf>, AppError> {
        let typst = self
            .session
            .typst
            .as_ref()
            .ok_or_else(|| AppError::Bug("a PNG is written without typst".into()))?;
        let out = self.out;
        let build = out.join(".build");
        let pages_dir = build.join(format!("png-{}", doc.stem()));
        crate::atomic::scratch_dir(&pages_dir).map_err(|source| AppError::Write {
            path: pages_dir.clone(),
            source,
        })?;
        let stale = |dir: &Path| -> Vec<PathBuf> {
            std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| is_page_image(p, doc.stem()))
                .collect()
        };
        for old in stale(&pages_dir) {
            let _ = std::fs::remove_file(old);
        }
        let draft_typ = build.join(format!("{}.typ", doc.stem()));
        let pattern = pages_dir.join(format!("{}-{{p}}.png", doc.stem()));
        typst.compile_png(&draft_typ, &pattern, out, self.config.ppi)?;
        let mut pages = stale(&pages_dir);
        pages.sort_by_key(|p| page_number(p, doc.stem()));
        for old in stale(out) {
            if !pages.iter().any(|p| p.file_name() == old.file_name()) {
                let _ = std::fs::remove_file(old);
            }
        }
        let mut written = Vec::new();
        for page in pages {
            let Some(name) = page.file_name() else {
                continue;
            };
            let target = out.join(name);
            crate::atomic::rename_over(&page, &target).map_err(|source| AppError::Write {
                path: target.clone(),
                source,
            })?;
            written.push(target);
        }
        Ok(written)
    }
}

/// The page number of `path` when it is a page image of `stem` (`resume-2.png`, or
/// `resume-02.png` from a document of ten pages or more).
fn page_number(path: &Path, stem: &str) -> Option<u32> {
    let name = path.file_name()?.to_str()?;
    let digits = name
        .strip_prefix(stem)?
        .strip_prefix('-')?
        .strip_suffix(".png")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn is_page_image(path: &Path, stem: &str) -> bool {
    page_number(path, stem).is_some()
}

/// "warning: resume is 3 pages; --pages 1 could not be met: experience and publications
/// alone take 2.4 pages". `kept` are the sections left; `measured` their length in pages.
fn over_budget_warning(
    pages: usize,
    budget: usize,
    kept: &[&str],
    measured: Option<f64>,
    dropped_some: bool,
) -> String {
    let what = match kept {
        [] => "the header".to_string(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let after = if dropped_some {
        " even after leaving out every item that may go"
    } else {
        ""
    };
    let length = match measured {
        Some(p) => format!("{p:.1} pages"),
        None => format!("{pages} pages"),
    };
    let verb = match kept {
        ["education" | "volunteer"] => "takes",
        _ => "take",
    };
    format!(
        "warning: resume is {pages} page{}; --pages {budget} could not be met{after}: {what} alone {verb} {length}",
        if pages == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn output(args: &[&str]) -> OutputConfig {
        let cli = Cli::parse_from(
            ["storyfolio", "render", "p.json", "--target", "t.json"]
                .iter()
                .chain(args),
        );
        let Command::Render(args) = cli.command else {
            panic!("not render")
        };
        OutputConfig::new(args.output, true)
    }

    #[test]
    fn only_a_resume_alone_is_told_as_far_as_its_ranking() {
        assert_eq!(output(&["--doc", "resume"]).story_scope(), Scope::Ranking);
        assert_eq!(
            output(&["--doc", "resume", "--explain", "--format", "md"]).story_scope(),
            Scope::Ranking
        );
        assert_eq!(output(&[]).story_scope(), Scope::Whole);
        assert_eq!(
            output(&["--doc", "resume", "--doc", "pitch"]).story_scope(),
            Scope::Whole
        );
        assert_eq!(output(&["--doc", "prep"]).story_scope(), Scope::Whole);
        // A caller that reads more of the story (batch's summary) gets it.
        assert_eq!(Scope::Ranking.max(Scope::Whole), Scope::Whole);
    }

    #[test]
    fn the_untranslated_line_names_what_to_translate_and_where() {
        let paths = |n: usize| -> Vec<String> {
            (0..n).map(|i| format!("work[0].highlights[{i}]")).collect()
        };
        assert_eq!(
            untranslated_line(&paths(1), Lang::Ko),
            "left out: 1 line the story would tell, not written in ko (work[0].highlights[0]); \
             translate it under each item's `i18n.ko` (`storyfolio coach` lists it with its text)"
        );
        let seven = untranslated_line(&paths(7), Lang::En);
        assert!(
            seven.starts_with(
                "left out: 7 lines the story would tell, not written in en (work[0].highlights[0], "
            ),
            "{seven}"
        );
        assert!(
            seven.contains(
                "work[0].highlights[4] and 2 more); translate them under each item's `i18n.en`"
            ),
            "{seven}"
        );
    }
}
