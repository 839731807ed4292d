//! One session per command run: the profile, the knowledge base, the GitHub statistics and,
//! when documents are written, the templates and typst, each loaded once; the document
//! language decided in one place, and the story built from them once per target.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use crate::app::documents::OutputConfig;
use crate::app::{output, AppError};
use crate::design::{Design, DesignOverrides, Theme};
use crate::diagnostics::Diagnostic;
use crate::github::{cache, refs, StatsCache};
use crate::knowledge::Knowledge;
use crate::load::lenient::detect::{self, Detected, Scripts};
use crate::load::{LoadError, Loaded};
use crate::locale::{Locale, LocaleError, Locales};
use crate::profile::{Lang, LangTag, Profile};
use crate::render::{Format, RenderError, Renderer};
use crate::scripts::{Choice, Script, Usage};
use crate::story::{Inputs, ProfileAnalysis, RepoFacts, Scope, Story};
use crate::target::Target;
use crate::typst::{EarlyCompiles, Typst};

/// What a command asks the session to load.
#[derive(Debug, Clone, Copy)]
pub struct SessionOptions<'a> {
    pub profile: &'a Path,
    /// The document language asked for on the command line, if any.
    pub lang: Option<&'a LangTag>,
    /// A knowledge file extending the built-in knowledge base.
    pub knowledge: Option<&'a Path>,
    /// Set when documents are written: the templates are loaded, and typst is found when a
    /// format is PDF.
    pub output: Option<&'a OutputConfig>,
    /// Set when the documents go to `output.out` once: typst starts on each PDF before
    /// anything else loads (see `typst::EarlyCompiles`).
    pub compile_early: bool,
}

impl<'a> SessionOptions<'a> {
    /// Loads the profile at `profile` with the built-in knowledge base and nothing to render.
    pub fn profile(profile: &'a Path) -> Self {
        SessionOptions {
            profile,
            lang: None,
            knowledge: None,
            output: None,
            compile_early: false,
        }
    }

    /// Loads the profile at `profile` to write documents as `output` says.
    pub fn writing(profile: &'a Path, output: &'a OutputConfig) -> Self {
        SessionOptions {
            profile,
            lang: output.lang.as_ref(),
            knowledge: output.knowledge.as_deref(),
            output: Some(output),
            compile_early: false,
        }
    }

    /// As `writing`, for one render into `output.out`: typst starts on its PDFs at once.
    pub fn rendering_once(profile: &'a Path, output: &'a OutputConfig) -> Self {
        SessionOptions {
            compile_early: true,
            ..SessionOptions::writing(profile, output)
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
    /// The JSON paths of storyfolio's own keys in `source` it could not use (kept as the
    /// user's own).
    pub set_aside: Vec<String>,
    /// The built-in knowledge base extended by the user's file; `None` for the built-in
    /// one, which `knowledge()` gives (parsed on the warming thread meanwhile).
    user_knowledge: Option<Knowledge>,
    /// The statistics cache beside the profile; `None` when `refresh` never ran or it cannot
    /// be read (then `cache_error` says why).
    pub github: Option<Arc<StatsCache>>,
    cache_error: Option<String>,
    /// The statistics as the story cites them, by lower-case `owner/name`.
    pub stats: BTreeMap<String, RepoFacts>,
    lang: Option<LangTag>,
    /// The resume languages of the `--locales` folder (with the built-in ones); `None` for
    /// the built-in ones only, which `locales()` gives.
    user_locales: Option<Locales>,
    /// The profile in each document language (its `i18n` translations applied), made on
    /// first use; `None` when it has no translations to that language.
    localized: [OnceLock<Option<Profile>>; 2],
    /// The profile as the story engine reads it, per document language, analysed on first
    /// use and shared by every target of the run.
    analysis: [OnceLock<ProfileAnalysis>; 2],
    /// The templates, when documents are written (shared with the thread that builds them
    /// ahead of use).
    pub renderer: Option<Arc<Renderer>>,
    /// typst, when a PDF is written.
    pub typst: Option<Typst>,
    /// typst already started on the PDFs, when `compile_early` asked for it.
    early: Mutex<Option<EarlyCompiles>>,
    /// Said by `print_warnings` when that typst is not the version storyfolio is tested with.
    typst_warning: Option<String>,
    /// The scripts the profile's text uses, scanned once when a PDF is written.
    profile_scripts: OnceLock<Usage>,
    /// Scripts already warned about as having no font: one warning per run, not per target.
    warned_scripts: Mutex<Vec<Script>>,
    /// The letters of the profile's prose, counted on first use to pick a document language.
    profile_letters: OnceLock<Scripts>,
    /// Notes already printed (a language choice explained, a missing font): one line per
    /// run, not per target.
    said_once: Mutex<Vec<String>>,
}

impl Session {
    /// Loads what `options` names. While the profile loads, other cores locate typst (its
    /// version) and build what does not depend on the profile (`warm`): the resume
    /// languages, the knowledge base and its index, and the templates of the documents
    /// asked for. Those are not waited for: the story waits for the knowledge base when it
    /// first reads a text, rendering for its templates (each is built once, behind a
    /// `OnceLock`, by whichever thread comes first).
    pub fn open(options: &SessionOptions<'_>) -> Result<Session, AppError> {
        let knowledge = options.knowledge.map(Knowledge::with_user_file).transpose();
        let renderer = options
            .output
            .map(|o| Renderer::new(o.templates.as_deref()).map(Arc::new))
            .transpose();
        // typst is started from this thread, which lives as long as the command: on Linux a
        // child dies with the thread that started it.
        let compiling = options
            .output
            .filter(|o| options.compile_early && o.formats.contains(&Format::Pdf));
        let located_early = compiling.map(locate_typst);
        let early = match (&located_early, compiling) {
            (Some(Ok((typst, _))), Some(o)) => Some(EarlyCompiles::start(
                typst,
                &o.out,
                o.docs.iter().map(|d| d.stem()),
            )),
            _ => None,
        };
        warm(&knowledge, &renderer, options.output);
        let (loaded, located) = std::thread::scope(|scope| {
            let locating = options
                .output
                .filter(|o| located_early.is_none() && o.formats.iter().any(|f| f.compiled()))
                .map(|o| scope.spawn(move || locate_typst(o)));
            // A user's knowledge base lives only as long as this session: its index is built
            // here, beside the profile, and waited for.
            let indexing = match &knowledge {
                Ok(Some(knowledge)) => Some(scope.spawn(move || {
                    knowledge.vocabulary();
                    knowledge.idea_words();
                })),
                _ => None,
            };
            let loaded = crate::profile::load(options.profile);
            let indexed = indexing.map_or(Ok(()), |i| i.join());
            let located = locating.map(|l| l.join());
            (indexed.map(|()| loaded), located)
        });
        let panicked = |what: &str| AppError::Bug(format!("{what} panicked"));
        // Errors in the order a user fixes them: the profile, the knowledge file, the
        // locales, the templates, then typst.
        let loaded = loaded.map_err(|_| panicked("indexing the knowledge base"))??;
        let mut session = Session::load(options, loaded, knowledge?, renderer)?;
        session.early = Mutex::new(early);
        let located = match located_early {
            Some(located) => Some(located),
            None => located
                .map(|l| l.map_err(|_| panicked("locating typst")))
                .transpose()?,
        };
        if let Some(located) = located {
            let (typst, warning) = located?;
            session.typst = Some(typst);
            session.typst_warning = warning;
        }
        Ok(session)
    }

    fn load(
        options: &SessionOptions<'_>,
        loaded: Loaded<Profile>,
        user_knowledge: Option<Knowledge>,
        renderer: Result<Option<Arc<Renderer>>, RenderError>,
    ) -> Result<Session, AppError> {
        let (github, cache_error) = match cache::load_for_profile(options.profile) {
            Ok(found) => (found.map(Arc::new), None),
            Err(e) => (None, Some(e.to_string())),
        };
        let stats = crate::app::stats::story_facts(github.as_deref());
        let user_locales = match options.output.and_then(|o| o.locales.as_deref()) {
            Some(dir) => {
                let (locales, warnings) =
                    Locales::load(Some(dir)).map_err(|e| AppError::Input(e.to_string()))?;
                for warning in &warnings {
                    output::note(warning);
                }
                Some(locales)
            }
            None => None,
        };
        let renderer = renderer?;
        Ok(Session {
            profile_path: options.profile.to_path_buf(),
            profile: loaded.document,
            warnings: loaded.warnings,
            source: loaded.source,
            set_aside: loaded.set_aside,
            user_knowledge,
            github,
            cache_error,
            stats,
            lang: options.lang.cloned(),
            user_locales,
            localized: [OnceLock::new(), OnceLock::new()],
            analysis: [OnceLock::new(), OnceLock::new()],
            renderer,
            typst: None,
            early: Mutex::new(None),
            typst_warning: None,
            profile_scripts: OnceLock::new(),
            warned_scripts: Mutex::new(Vec::new()),
            profile_letters: OnceLock::new(),
            said_once: Mutex::new(Vec::new()),
        })
    }

    /// The knowledge base: the built-in one, or extended by the user's file.
    pub fn knowledge(&self) -> &Knowledge {
        self.user_knowledge
            .as_ref()
            .unwrap_or_else(|| Knowledge::builtin())
    }

    /// The resume languages: the built-in files and the `--locales` folder's.
    pub fn locales(&self) -> &Locales {
        self.user_locales
            .as_ref()
            .unwrap_or_else(|| crate::locale::builtin())
    }

    /// A checker of documents against this profile (and `target`), as `check` and
    /// `render --check` use it.
    pub fn checker(&self, target: Option<&Target>) -> crate::check::Checker {
        crate::check::Checker::new(&self.profile, target, self.knowledge(), today())
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

    /// The compiles started early into `out`, taken by the one render that writes there.
    pub fn take_early(&self, out: &Path) -> Option<EarlyCompiles> {
        let mut early = self.early.lock().unwrap_or_else(|p| p.into_inner());
        early.take_if(|e| e.writes_into(out))
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

    /// The document language as named: the command line's, else the target's, else the
    /// profile's; `None` when none names one.
    fn named_language<'s>(&'s self, target: Option<&'s Target>) -> Option<&'s LangTag> {
        // A language the files do not know, named in a profile or target, is not used (the
        // loader warned); on the command line it is an error (`locale`).
        let known = |tag: &&LangTag| self.locales().get(tag.as_str()).is_ok();
        self.lang
            .as_ref()
            .or(target.and_then(|t| t.language.as_ref()).filter(known))
            .or(self.profile.lang.as_ref().filter(known))
    }

    /// The document language's tag: the named one, else the one the profile's and the
    /// posting's text are written in.
    pub fn language_tag(&self, target: Option<&Target>) -> LangTag {
        match self.named_language(target) {
            Some(tag) => tag.clone(),
            None => LangTag::of(self.detected_language(target).lang),
        }
    }

    /// The story language (letters, pitches, preparation, coaching): the one `--lang` or the
    /// target names, else the profile's `lang` when the story engine writes in it, else the
    /// one the text is written in. A profile in Japanese gets its resume in Japanese and its
    /// letters in the language of the text; `story_language` refuses a letter in a language
    /// named on the command line or in the target that the story engine does not write.
    pub fn language(&self, target: Option<&Target>) -> Lang {
        self.asked_story_language(target)
            .and_then(|tag| tag.story())
            .or_else(|| self.profile.lang.as_ref().and_then(LangTag::story))
            .unwrap_or_else(|| self.detected_language(target).lang)
    }

    /// The language `--lang` or the target names for this application.
    fn asked_story_language<'s>(&'s self, target: Option<&'s Target>) -> Option<&'s LangTag> {
        self.lang
            .as_ref()
            .or(target.and_then(|t| t.language.as_ref()))
    }

    /// The story language, or the error that says `what` cannot be written in the language
    /// `--lang` or the target asks for (a letter in Japanese).
    pub fn story_language(&self, target: Option<&Target>, what: &str) -> Result<Lang, AppError> {
        match self.asked_story_language(target) {
            Some(tag) if tag.story().is_none() => Err(AppError::Input(format!(
                "storyfolio cannot write {what} in `{tag}`: letters, pitches, interview preparation and coaching are written in en and ko (resumes in every language of `storyfolio languages`); pass --lang en or --lang ko"
            ))),
            _ => Ok(self.language(target)),
        }
    }

    /// The resume language's file for the documents for `target`: the document language's,
    /// from the built-in files and the `--locales` folder.
    pub fn locale(&self, target: Option<&Target>) -> Result<Arc<Locale>, AppError> {
        let tag = self.language_tag(target);
        let locale = self.locales().get(tag.as_str()).map_err(|e| match e {
            LocaleError::Unknown { available, .. } => AppError::Input(format!(
                "unknown language `{tag}` (--lang): storyfolio writes resumes in {available}; add `{tag}.json` to a --locales folder to write in another"
            )),
            other => AppError::Input(other.to_string()),
        })?;
        Ok(Arc::new(locale.clone()))
    }

    /// The checked design: the profile's `design` with the command line's `overrides`;
    /// paper by the profile's country when neither names one.
    pub fn design(&self, overrides: &DesignOverrides) -> Result<Design, AppError> {
        let country = self
            .profile
            .basics
            .location
            .as_ref()
            .and_then(|l| l.country_code.as_deref());
        Design::resolve(self.profile.design.as_ref(), overrides, country).map_err(|e| {
            if e.path.starts_with("--") {
                AppError::Input(e.to_string())
            } else {
                AppError::Input(format!("`{}`: {e}", self.profile_path.display()))
            }
        })
    }

    /// Says on standard error, once per run, how the language was picked when no flag or
    /// field named it and the text made it something other than English from English text.
    pub fn explain_language(&self, target: Option<&Target>) {
        if self.named_language(target).is_some() {
            return;
        }
        let detected = self.detected_language(target);
        if detected.as_default {
            return;
        }
        let reason = detected.reason;
        let mut said = self
            .said_once
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if !said.contains(&reason) {
            output::note(&reason);
            said.push(reason);
        }
    }

    fn detected_language(&self, target: Option<&Target>) -> Detected {
        let profile = *self
            .profile_letters
            .get_or_init(|| Scripts::of(&self.source));
        let posting = target
            .and_then(|t| serde_json::to_value(t).ok())
            .map(|t| Scripts::of(&t));
        detect::choose(profile, posting)
    }

    /// The profile as a document in `lang` tells it: each text the profile translates to
    /// `lang` (its `i18n`) in place of the original, at the same path.
    pub fn profile_in(&self, lang: Lang) -> &Profile {
        self.localized[lang_slot(lang)]
            .get_or_init(
                || match crate::profile::i18n::localized(&self.profile, lang) {
                    Cow::Owned(localized) => Some(localized),
                    Cow::Borrowed(_) => None,
                },
            )
            .as_ref()
            .unwrap_or(&self.profile)
    }

    /// The story of the profile told for `target` (or a general story without one).
    pub fn story(&self, target: Option<&Target>) -> Story {
        self.story_scoped(target, Scope::Whole)
    }

    /// The story for `target` told as far as `scope` asks.
    pub fn story_scoped(&self, target: Option<&Target>, scope: Scope) -> Story {
        let lang = self.language(target);
        let profile = self.profile_in(lang);
        let inputs = Inputs {
            profile,
            target,
            stats: &self.stats,
            knowledge: self.knowledge(),
            lang,
        };
        let slot = &self.analysis[lang_slot(lang)];
        let analyse = || ProfileAnalysis::of(profile, self.knowledge());
        let (analysis, needs) = match slot.get() {
            Some(analysis) => (analysis, crate::story::target_needs(&inputs, scope)),
            // The first story of the run: the target is read on another core while the
            // profile is analysed (neither reads the other).
            None if target.is_some() => std::thread::scope(|threads| {
                let reading = threads.spawn(|| crate::story::target_needs(&inputs, scope));
                let analysis = slot.get_or_init(analyse);
                let needs = reading
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (analysis, needs)
            }),
            None => (slot.get_or_init(analyse), None),
        };
        crate::story::build_scoped(analysis, needs, &inputs, scope)
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
            .as_deref()
            .ok_or_else(|| AppError::Bug("the session has no templates loaded".into()))
    }

    /// The fonts for every script the documents for `target` in `locale` use (the profile's
    /// and the target's text, and the language's own words), the language's own installed
    /// fonts first, and a warning (once per run) for each script no installed font covers.
    /// Lists typst's fonts only when some text is not Latin, and then once per process.
    pub fn script_fonts(
        &self,
        typst: &Typst,
        target: Option<&Target>,
        locale: &Locale,
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
        // The language's headings need their script even when the profile's text has none.
        for label in locale.words() {
            usage.add_text(label, "");
        }
        if usage.samples.is_empty() {
            return Ok(Choice::default());
        }
        let families = typst.font_families()?;
        // A Chinese resume's own variant decides between simplified and traditional forms.
        let region = match locale.typst.lang.as_str() {
            "zh" => locale.typst.region.as_deref(),
            _ => self
                .profile
                .basics
                .location
                .as_ref()
                .and_then(|l| l.country_code.as_deref()),
        };
        let mut choice = crate::scripts::choose(&usage, &families, region);
        choice.prefer(&locale.fonts, &families);
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

impl Session {
    /// Warns (once per run) about each font family the design names that typst does not
    /// have, naming the family used instead, and leaves it out of `design` so the documents
    /// use that one.
    pub fn check_fonts(
        &self,
        typst: &Typst,
        design: &mut Design,
        overrides: &DesignOverrides,
        scripts: &Choice,
    ) -> Result<(), AppError> {
        if design.body_font.is_none() && design.heading_font.is_none() {
            return Ok(());
        }
        let families = typst.font_families()?;
        let installed = |family: &str| families.iter().any(|f| f.eq_ignore_ascii_case(family));
        // Without the user's font, the body starts with the script's font in a CJK
        // document and with the Latin serif otherwise (`view::fonts`).
        let default_body = match (scripts.families.first(), scripts.cjk) {
            (Some(family), Some(_)) => family.clone(),
            _ => "Libertinus Serif".to_string(),
        };
        let mut missing = Vec::new();
        if let Some(font) = design.body_font.take() {
            if installed(&font) {
                design.body_font = Some(font);
            } else {
                let flag = overrides.body_font.is_some();
                missing.push((
                    font,
                    if flag {
                        "--body-font"
                    } else {
                        "design.bodyFont"
                    },
                    default_body.clone(),
                ));
            }
        }
        if let Some(font) = design.heading_font.take() {
            if installed(&font) {
                design.heading_font = Some(font);
            } else {
                let flag = overrides.heading_font.is_some();
                let fallback = design.body_font.clone().unwrap_or(default_body);
                missing.push((
                    font,
                    if flag {
                        "--heading-font"
                    } else {
                        "design.headingFont"
                    },
                    fallback,
                ));
            }
        }
        let mut said = self
            .said_once
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for (font, path, fallback) in missing {
            let line = missing_design_font_warning(&font, path, &fallback);
            if !said.contains(&line) {
                output::note(&line);
                said.push(line);
            }
        }
        Ok(())
    }
}

/// "warning: font \"Fira Sans\" (--body-font) is not installed; using \"Libertinus Serif\" instead ..."
pub fn missing_design_font_warning(font: &str, path: &str, fallback: &str) -> String {
    format!(
        "warning: font \"{font}\" ({path}) is not installed; using \"{fallback}\" instead (`typst fonts` lists the installed ones; --font-path DIR adds a folder of fonts)"
    )
}

/// Builds, on a thread of its own that nobody joins, what the session reads after the
/// profile: the built-in resume languages, the built-in knowledge base with its index and
/// its ideas' words, and the templates `output` asks for, in the order they are needed.
/// Whatever it has not built when it is needed is built then by the thread that needs it
/// (each behind a `OnceLock`, which also makes the other wait rather than build twice); a
/// process that ends first simply ends it.
fn warm(
    knowledge: &Result<Option<Knowledge>, crate::knowledge::KnowledgeError>,
    renderer: &Result<Option<Arc<Renderer>>, RenderError>,
    output: Option<&OutputConfig>,
) {
    let builtin = matches!(knowledge, Ok(None));
    let templates = match (renderer, output) {
        (Ok(Some(renderer)), Some(output)) => {
            // The theme the command line names, else the default: a profile that picks
            // another has its templates built when first rendered.
            let theme = output.design.theme.unwrap_or(Theme::Classic);
            let wanted: Vec<_> = output
                .docs
                .iter()
                .flat_map(|&doc| {
                    output
                        .formats
                        .iter()
                        .filter(|f| **f != Format::Docx)
                        .map(move |&format| (doc, format))
                })
                .collect();
            Some((Arc::clone(renderer), theme, wanted))
        }
        _ => None,
    };

    // Nothing depends on the thread starting: when it cannot, the work is done on use.
    let _ = std::thread::Builder::new()
        .name("warm".into())
        .spawn(move || {
            // In the order a render needs them: the profile schema's patterns (its check),
            // the languages (to pick the document's), the knowledge base and its index (the
            // story), then the templates.
            crate::load::schema::warm_profile_patterns();
            crate::locale::builtin();
            if builtin {
                let knowledge = Knowledge::builtin();
                knowledge.vocabulary();
                knowledge.idea_words();
            }
            if let Some((renderer, theme, wanted)) = templates {
                for (doc, format) in wanted {
                    renderer.prepare(doc, format, theme);
                }
            }
        });
}

/// The index of `lang` in the per-language caches.
fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Ko => 1,
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
