//! One session per command run: the profile, the knowledge base, the GitHub statistics and,
//! when documents are written, the templates and typst, each loaded once; the document
//! language decided in one place, and the story built from them once per target.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use crate::app::documents::OutputConfig;
use crate::app::{output, AppError};
use crate::diagnostics::Diagnostic;
use crate::github::{cache, refs, StatsCache};
use crate::knowledge::Knowledge;
use crate::load::{LoadError, Loaded};
use crate::profile::{Lang, Profile};
use crate::render::{Format, Renderer};
use crate::scripts::{Choice, Script, Usage};
use crate::story::{Inputs, ProfileAnalysis, RepoFacts, Story};
use crate::target::Target;
use crate::typst::Typst;

/// What a command asks the session to load.
#[derive(Debug, Clone, Copy)]
pub struct SessionOptions<'a> {
    pub profile: &'a Path,
    /// The document language asked for on the command line, if any.
    pub lang: Option<Lang>,
    /// A knowledge file extending the built-in knowledge base.
    pub knowledge: Option<&'a Path>,
    /// Set when documents are written: the templates are loaded, and typst is found when a
    /// format is PDF.
    pub output: Option<&'a OutputConfig>,
}

impl<'a> SessionOptions<'a> {
    /// Loads the profile at `profile` with the built-in knowledge base and nothing to render.
    pub fn profile(profile: &'a Path) -> Self {
        SessionOptions {
            profile,
            lang: None,
            knowledge: None,
            output: None,
        }
    }

    /// Loads the profile at `profile` to write documents as `output` says.
    pub fn writing(profile: &'a Path, output: &'a OutputConfig) -> Self {
        SessionOptions {
            profile,
            lang: output.lang,
            knowledge: output.knowledge.as_deref(),
            output: Some(output),
        }
    }
}

/// Everything a command reads, loaded once.
pub struct Session {
    pub profile_path: PathBuf,
    pub profile: Profile,
    /// Warnings found in the profile (never errors), printed by `print_warnings`.
    pub warnings: Vec<Diagnostic>,
    /// The profile as read, every key of the file kept (`export` starts from it).
    pub source: serde_json::Value,
    pub knowledge: Cow<'static, Knowledge>,
    /// The statistics cache beside the profile; `None` when `refresh` never ran or it cannot
    /// be read (then `cache_error` says why).
    pub github: Option<Arc<StatsCache>>,
    cache_error: Option<String>,
    /// The statistics as the story cites them, by lower-case `owner/name`.
    pub stats: BTreeMap<String, RepoFacts>,
    lang: Option<Lang>,
    /// The profile as the story engine reads it, analysed on first use and shared by every
    /// target of the run.
    analysis: OnceLock<ProfileAnalysis>,
    /// The templates, when documents are written.
    pub renderer: Option<Renderer>,
    /// typst, when a PDF is written.
    pub typst: Option<Typst>,
    /// Said by `print_warnings` when that typst is not the version storyfolio is tested with.
    typst_warning: Option<String>,
    /// The scripts the profile's text uses, scanned once when a PDF is written.
    profile_scripts: OnceLock<Usage>,
    /// Scripts already warned about as having no font: one warning per run, not per target.
    warned_scripts: Mutex<Vec<Script>>,
}

impl Session {
    /// Loads what `options` names. While the profile loads, other cores locate typst (its
    /// version) and build what does not depend on the profile: the knowledge base's index
    /// and the templates of the documents asked for.
    pub fn open(options: &SessionOptions<'_>) -> Result<Session, AppError> {
        let knowledge = match options.knowledge {
            Some(path) => Knowledge::with_user_file(path).map(Cow::Owned),
            None => Ok(Cow::Borrowed(Knowledge::builtin())),
        };
        let renderer = options
            .output
            .map(|o| Renderer::new(o.templates.as_deref()))
            .transpose();
        let (loaded, located) = std::thread::scope(|scope| {
            let locating = options
                .output
                .filter(|o| o.formats.contains(&Format::Pdf))
                .map(|o| scope.spawn(move || locate_typst(o)));
            let (knowledge, renderer) = (&knowledge, &renderer);
            let warming = scope.spawn(move || {
                if let Ok(knowledge) = knowledge {
                    knowledge.vocabulary();
                }
                if let (Ok(Some(renderer)), Some(output)) = (renderer, options.output) {
                    for &doc in &output.docs {
                        for &format in output.formats.iter().filter(|f| **f != Format::Docx) {
                            renderer.prepare(doc, format);
                        }
                    }
                }
            });
            let loaded = crate::profile::load(options.profile);
            let warmed = warming.join();
            let located = locating.map(|l| l.join());
            (warmed.map(|()| loaded), located)
        });
        let panicked = |what: &str| AppError::Bug(format!("{what} panicked"));
        // Errors in the order a user fixes them: the profile, the knowledge file, the
        // templates, then typst.
        let loaded = loaded.map_err(|_| panicked("building the templates"))??;
        let mut session = Session::load(options, loaded, knowledge?, renderer?);
        if let Some(located) = located {
            let (typst, warning) = located.map_err(|_| panicked("locating typst"))??;
            session.typst = Some(typst);
            session.typst_warning = warning;
        }
        Ok(session)
    }

    fn load(
        options: &SessionOptions<'_>,
        loaded: Loaded<Profile>,
        knowledge: Cow<'static, Knowledge>,
        renderer: Option<Renderer>,
    ) -> Session {
        let (github, cache_error) = match cache::load_for_profile(options.profile) {
            Ok(found) => (found.map(Arc::new), None),
            Err(e) => (None, Some(e.to_string())),
        };
        let stats = crate::app::stats::story_facts(github.as_deref());
        Session {
            profile_path: options.profile.to_path_buf(),
            profile: loaded.document,
            warnings: loaded.warnings,
            source: loaded.source,
            knowledge,
            github,
            cache_error,
            stats,
            lang: options.lang,
            analysis: OnceLock::new(),
            renderer,
            typst: None,
            typst_warning: None,
            profile_scripts: OnceLock::new(),
            warned_scripts: Mutex::new(Vec::new()),
        }
    }

    /// A checker of documents against this profile (and `target`), as `check` and
    /// `render --check` use it.
    pub fn checker(&self, target: Option<&Target>) -> crate::check::Checker {
        crate::check::Checker::new(&self.profile, target, &self.knowledge, today())
    }

    /// Loads the target at `path`; its warnings are returned for the command to print.
    pub fn load_target(path: &Path) -> Result<Loaded<Target>, LoadError> {
        crate::target::load(path)
    }

    /// Loads the target at `path` and prints its warnings.
    pub fn target(path: &Path) -> Result<Target, AppError> {
        let loaded = Session::load_target(path)?;
        output::warnings(path, &loaded.warnings);
        Ok(loaded.document)
    }

    /// Prints the warning about typst's version, the profile's warnings, and why the GitHub
    /// statistics are left out when their cache cannot be read.
    pub fn print_warnings(&self) {
        if let Some(warning) = &self.typst_warning {
            output::note(warning);
        }
        output::warnings(&self.profile_path, &self.warnings);
        self.print_stats_warning();
    }

    /// Says why the GitHub statistics are left out when their cache cannot be read.
    pub fn print_stats_warning(&self) {
        if let Some(e) = &self.cache_error {
            output::note(format_args!(
                "warning: {e}; rendering without GitHub statistics (run `storyfolio refresh {}`)",
                self.profile_path.display()
            ));
        }
    }

    /// The document language: the command line's, else the target's, else the profile's,
    /// else English.
    pub fn language(&self, target: Option<&Target>) -> Lang {
        self.lang
            .or(target.and_then(|t| t.language))
            .or(self.profile.lang)
            .unwrap_or_default()
    }

    /// The story of the profile told for `target` (or a general story without one).
    pub fn story(&self, target: Option<&Target>) -> Story {
        let analysis = self
            .analysis
            .get_or_init(|| ProfileAnalysis::of(&self.profile, &self.knowledge));
        crate::story::build_with(
            analysis,
            &Inputs {
                profile: &self.profile,
                target,
                stats: &self.stats,
                knowledge: &self.knowledge,
                lang: self.language(target),
            },
        )
    }

    /// Warnings about the GitHub statistics: older than `max_age_days`, stale (404), moved,
    /// or missing from an existing cache. Nothing when `refresh` never ran.
    pub fn stats_freshness(&self, max_age_days: u32) -> Vec<Diagnostic> {
        if let Some(e) = &self.cache_error {
            return vec![Diagnostic::warning("", e.clone())];
        }
        let Some(cache) = &self.github else {
            return Vec::new();
        };
        crate::github::freshness::check(
            &refs::extract(&self.profile),
            cache,
            max_age_days,
            jiff::Timestamp::now(),
            &format!("storyfolio refresh {}", self.profile_path.display()),
        )
    }

    /// The templates; a bug when the session was opened without an output.
    pub fn renderer(&self) -> Result<&Renderer, AppError> {
        self.renderer
            .as_ref()
            .ok_or_else(|| AppError::Bug("the session has no templates loaded".into()))
    }

    /// The fonts for every script the documents for `target` in `lang` use, and a warning
    /// (once per run) for each script no installed font covers. Lists typst's fonts only
    /// when some text is not Latin, and then once per process.
    pub fn script_fonts(
        &self,
        typst: &Typst,
        target: Option<&Target>,
        lang: Lang,
    ) -> Result<Choice, AppError> {
        let mut usage = self
            .profile_scripts
            .get_or_init(|| {
                let mut usage = Usage::default();
                if let Ok(json) = serde_json::to_value(&self.profile) {
                    usage.scan(&json, "");
                }
                usage
            })
            .clone();
        if let Some(json) = target.and_then(|t| serde_json::to_value(t).ok()) {
            usage.scan(&json, "");
        }
        if lang == Lang::Ko {
            // The Korean headings need Hangul even when the profile's text has none.
            usage.add_text(crate::view::Labels::for_lang(lang).experience, "");
        }
        if usage.samples.is_empty() {
            return Ok(Choice::default());
        }
        let families = typst.font_families()?;
        let region = self
            .profile
            .basics
            .location
            .as_ref()
            .and_then(|l| l.country_code.as_deref());
        let choice = crate::scripts::choose(&usage, &families, region);
        let mut warned = self
            .warned_scripts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for missing in &choice.missing {
            if !warned.contains(&missing.script) {
                warned.push(missing.script);
                output::note(crate::scripts::missing_font_warning(missing));
            }
        }
        Ok(choice)
    }
}

/// Finds typst, and the warning when its version is not the pinned one.
fn locate_typst(output: &OutputConfig) -> Result<(Typst, Option<String>), AppError> {
    let typst = Typst::locate(output.typst.as_deref(), &output.font_paths)?;
    let warning = typst.version_warning();
    Ok((typst, warning))
}

/// Today's year and month, which end entries still running.
pub fn today() -> crate::check::dates::Ym {
    // Civil date from days since 1970-01-01 in UTC (Howard Hinnant's algorithm).
    let days = jiff::Timestamp::now().as_second().div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    crate::check::dates::Ym {
        year: i32::try_from(year).unwrap_or(i32::MAX),
        month: u32::try_from(month).ok(),
    }
}
