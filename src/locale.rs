//! Resume languages: one data file per language (section headings, month names, the date,
//! date-range, degree and rank phrasing, number grouping, fonts and Typst's `lang`/`region`),
//! built into the binary and overridable or extendable file by file from a folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::diagnostics::Diagnostic;

/// The built-in language files, by code.
const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en.json")),
    ("ko", include_str!("../locales/ko.json")),
    ("ja", include_str!("../locales/ja.json")),
    ("zh-Hans", include_str!("../locales/zh-Hans.json")),
    ("zh-Hant", include_str!("../locales/zh-Hant.json")),
    ("de", include_str!("../locales/de.json")),
    ("fr", include_str!("../locales/fr.json")),
    ("es", include_str!("../locales/es.json")),
    ("pt", include_str!("../locales/pt.json")),
    ("it", include_str!("../locales/it.json")),
    ("nl", include_str!("../locales/nl.json")),
    ("ru", include_str!("../locales/ru.json")),
];

/// The language every other falls back to, label by label.
pub const FALLBACK: &str = "en";

/// Why the language files could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    #[error("unknown language `{code}`: storyfolio has {available}")]
    Unknown { code: String, available: String },
    #[error("failed to read `{path}`: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("`{path}`: `{json_path}`: {message}")]
    Parse {
        path: PathBuf,
        json_path: String,
        message: String,
    },
    #[error("built-in language file `{code}` is broken: {message}")]
    Builtin { code: String, message: String },
}

macro_rules! labels {
    ($($field:ident = $key:literal),* $(,)?) => {
        /// The fixed words a resume prints, in one language.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        pub struct ResumeLabels {
            $(pub $field: String,)*
        }

        impl ResumeLabels {
            /// Every key a language file's `labels` holds.
            pub const KEYS: &'static [&'static str] = &[$($key),*];

            /// Every label, in the order of `KEYS`.
            pub fn values(&self) -> Vec<&str> {
                vec![$(self.$field.as_str()),*]
            }

            /// Takes each label from `map`, else from `fallback`, noting which were missing.
            fn from_map(
                map: &BTreeMap<String, String>,
                fallback: Option<&ResumeLabels>,
                missing: &mut Vec<&'static str>,
            ) -> ResumeLabels {
                ResumeLabels {
                    $($field: match map.get($key) {
                        Some(value) => value.clone(),
                        None => {
                            missing.push($key);
                            fallback.map(|f| f.$field.clone()).unwrap_or_default()
                        }
                    },)*
                }
            }
        }
    };
}

labels! {
    resume = "resume",
    summary = "summary",
    experience = "experience",
    projects = "projects",
    education = "education",
    publications = "publications",
    competitions = "competitions",
    awards = "awards",
    certificates = "certificates",
    skills = "skills",
    languages = "languages",
    volunteer = "volunteer",
    interests = "interests",
    references = "references",
    present = "present",
    coding_test = "codingTest",
    results = "results",
    stars = "stars",
    forks = "forks",
    commits = "commits",
    releases = "releases",
    last_push = "lastPush",
    archived = "archived",
    repos = "repos",
    followers = "followers",
    email = "email",
    phone = "phone",
    website = "website",
    paper = "paper",
    competition = "competition",
    code = "code",
    demo = "demo",
    model = "model",
    dataset = "dataset",
    write_up = "writeUp",
    patent = "patent",
    talk = "talk",
}

/// A language file as written: every field optional, so a partial file falls back to English.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct LocaleFile {
    code: Option<String>,
    name: Option<String>,
    typst: Option<TypstLang>,
    fonts: Option<Vec<String>>,
    education_first: Option<bool>,
    months_short: Option<Vec<String>>,
    months_long: Option<Vec<String>>,
    date: Option<String>,
    date_range: Option<String>,
    degree: Option<String>,
    rank_of_teams: Option<String>,
    rank: Option<String>,
    thousands: Option<String>,
    count: Option<String>,
    #[serde(default)]
    labels: BTreeMap<String, String>,
}

/// Typst's `text(lang:, region:)` for a language: it picks hyphenation, quotes and the CJK
/// glyph variants (a Japanese 直 differs from a Chinese one).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TypstLang {
    pub lang: String,
    #[serde(default)]
    pub region: Option<String>,
}

/// One resume language, complete: every missing piece was filled from English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    pub code: String,
    pub name: String,
    pub typst: TypstLang,
    /// Font families in fallback order; the first installed one that covers the script wins.
    pub fonts: Vec<String>,
    /// Korean, Japanese and Chinese resumes open with education.
    pub education_first: bool,
    months_short: Vec<String>,
    months_long: Vec<String>,
    date: String,
    date_range: String,
    degree: String,
    rank_of_teams: String,
    rank: String,
    thousands: String,
    count: String,
    pub labels: ResumeLabels,
}

/// Every language storyfolio can write a resume in.
#[derive(Debug, Clone)]
pub struct Locales {
    by_code: BTreeMap<String, Entry>,
}

/// A language: a built-in one is parsed when first asked for (a render needs one or two of
/// the twelve, and parsing them all cost more than reading a profile).
#[derive(Debug, Clone)]
enum Entry {
    Builtin(&'static str, OnceLock<Locale>),
    Ready(Locale),
}

impl Locales {
    /// The built-in languages only (each parsed on first use).
    pub fn builtin() -> Locales {
        let by_code = BUILTIN
            .iter()
            .map(|(code, _)| (code.to_string(), Entry::Builtin(code, OnceLock::new())))
            .collect();
        Locales { by_code }
    }

    /// The language of `entry`, parsing a built-in one now.
    fn resolve<'s>(&'s self, entry: &'s Entry) -> &'s Locale {
        match entry {
            Entry::Ready(locale) => locale,
            Entry::Builtin(code, parsed) => parsed.get_or_init(|| {
                let english = (*code != FALLBACK).then(|| self.english());
                let mut warnings = Vec::new();
                // The files are compiled in and a unit test parses every one completely:
                // failing here is a bug.
                match parse_builtin(code, english, &mut warnings) {
                    Ok(locale) if warnings.is_empty() => locale,
                    Ok(_) => panic!("internal error: built-in language `{code}` is incomplete"),
                    Err(e) => panic!("internal error: {e}"),
                }
            }),
        }
    }

    /// The built-in languages, then every `*.json` in `dir` on top: a file named like a
    /// built-in language overrides it field by field, any other adds a language. A missing
    /// label falls back to English with a warning naming it.
    pub fn load(dir: Option<&Path>) -> Result<(Locales, Vec<Diagnostic>), LocaleError> {
        let mut locales = Locales::builtin();
        let mut warnings = Vec::new();
        let Some(dir) = dir else {
            return Ok((locales, warnings));
        };
        let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect(),
            Err(source) => {
                return Err(LocaleError::Read {
                    path: dir.to_path_buf(),
                    source,
                })
            }
        };
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).map_err(|source| LocaleError::Read {
                path: path.clone(),
                source,
            })?;
            let file = parse_file(&text).map_err(|(json_path, message)| LocaleError::Parse {
                path: path.clone(),
                json_path,
                message,
            })?;
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let code = canonical(&stem)
                .map(str::to_string)
                .unwrap_or_else(|| stem.clone());
            // A user file overrides its built-in language; a new one builds on English.
            let base = match locales.by_code.get(&code) {
                Some(entry) => locales.resolve(entry).clone(),
                None => locales.english().clone(),
            };
            let label = path.display().to_string();
            let locale = complete(file, &code, Some(&base), &label, &mut warnings);
            locales.by_code.insert(code, Entry::Ready(locale));
        }
        Ok((locales, warnings))
    }

    /// The language for `code` (any BCP 47 tag storyfolio can map: `ko-KR`, `zh-TW`, `pt-BR`),
    /// or an error listing the languages there are.
    pub fn get(&self, code: &str) -> Result<&Locale, LocaleError> {
        let wanted = canonical(code).unwrap_or(code);
        self.by_code
            .get(wanted)
            .or_else(|| {
                self.by_code
                    .iter()
                    .find(|(c, _)| c.eq_ignore_ascii_case(wanted))
                    .map(|(_, l)| l)
            })
            .map(|entry| self.resolve(entry))
            .ok_or_else(|| LocaleError::Unknown {
                code: code.to_string(),
                available: self.codes().join(", "),
            })
    }

    /// English, which always exists.
    pub fn english(&self) -> &Locale {
        // `builtin()` always inserts English; a user file can only replace it.
        let entry = self
            .by_code
            .get(FALLBACK)
            .unwrap_or_else(|| unreachable!("English is built in"));
        self.resolve(entry)
    }

    /// The codes, sorted.
    pub fn codes(&self) -> Vec<&str> {
        self.by_code.keys().map(String::as_str).collect()
    }

    /// Every language, sorted by code.
    pub fn iter(&self) -> impl Iterator<Item = &Locale> {
        self.by_code.values().map(|entry| self.resolve(entry))
    }
}

/// The built-in code for a BCP 47 tag: `ko-KR` -> `ko`, `zh-CN`/`zh-SG`/`zh` -> `zh-Hans`,
/// `zh-TW`/`zh-HK`/`zh-MO`/`zh-Hant-*` -> `zh-Hant`, `pt-BR` -> `pt`. `None` when storyfolio
/// has no such language built in.
pub fn canonical(tag: &str) -> Option<&'static str> {
    let lower = tag.trim().replace('_', "-").to_ascii_lowercase();
    let mut parts = lower.split('-');
    let primary = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    if primary == "zh" || primary == "cmn" {
        let traditional = rest
            .iter()
            .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
        return Some(if traditional { "zh-Hant" } else { "zh-Hans" });
    }
    BUILTIN
        .iter()
        .map(|(code, _)| *code)
        .find(|code| code.eq_ignore_ascii_case(primary))
}

fn parse_file(text: &str) -> Result<LocaleFile, (String, String)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        (
            if path == "." { String::new() } else { path },
            e.into_inner().to_string(),
        )
    })
}

fn parse_builtin(
    code: &str,
    english: Option<&Locale>,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Locale, LocaleError> {
    let text = BUILTIN
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, t)| *t)
        .unwrap_or_default();
    let file = parse_file(text).map_err(|(path, message)| LocaleError::Builtin {
        code: code.to_string(),
        message: format!("`{path}`: {message}"),
    })?;
    Ok(complete(file, code, english, code, warnings))
}

/// Fills what `file` leaves out from `base`, warning once per missing piece.
fn complete(
    file: LocaleFile,
    code: &str,
    base: Option<&Locale>,
    source: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Locale {
    let mut missing: Vec<&'static str> = Vec::new();
    let labels = ResumeLabels::from_map(&file.labels, base.map(|b| &b.labels), &mut missing);
    for key in file.labels.keys() {
        if !ResumeLabels::KEYS.contains(&key.as_str()) {
            warnings.push(Diagnostic::warning(
                format!("labels.{key}"),
                format!(
                    "unknown label in `{source}`, ignored (the labels are {})",
                    ResumeLabels::KEYS.join(", ")
                ),
            ));
        }
    }
    let mut field = |name: &'static str, value: Option<String>, from: fn(&Locale) -> &String| {
        value.unwrap_or_else(|| {
            missing.push(name);
            base.map(|b| from(b).clone()).unwrap_or_default()
        })
    };
    let date = field("date", file.date, |b| &b.date);
    let date_range = field("dateRange", file.date_range, |b| &b.date_range);
    let degree = field("degree", file.degree, |b| &b.degree);
    let rank_of_teams = field("rankOfTeams", file.rank_of_teams, |b| &b.rank_of_teams);
    let rank = field("rank", file.rank, |b| &b.rank);
    let thousands = field("thousands", file.thousands, |b| &b.thousands);
    let count = field("count", file.count, |b| &b.count);
    let months = |value: Option<Vec<String>>,
                  key: &'static str,
                  missing: &mut Vec<&'static str>,
                  from: fn(&Locale) -> &Vec<String>| match value {
        Some(m) if m.len() == 12 => m,
        Some(_) | None => {
            missing.push(key);
            base.map(|b| from(b).clone())
                .unwrap_or_else(|| vec![String::new(); 12])
        }
    };
    let months_short = months(file.months_short, "monthsShort", &mut missing, |b| {
        &b.months_short
    });
    let months_long = months(file.months_long, "monthsLong", &mut missing, |b| {
        &b.months_long
    });
    let typst = file
        .typst
        .or_else(|| base.map(|b| b.typst.clone()))
        .unwrap_or(TypstLang {
            lang: code.split('-').next().unwrap_or(code).to_string(),
            region: None,
        });
    let fonts = file
        .fonts
        .filter(|f| !f.is_empty())
        .or_else(|| base.map(|b| b.fonts.clone()))
        .unwrap_or_default();
    // A file overriding a built-in language keeps that language's other words silently;
    // a new language falls back to English, which the user is told about key by key.
    let overrides = base.is_some_and(|b| b.code == code && code != FALLBACK);
    if !overrides {
        let fallback = base.map(|b| b.name.as_str()).unwrap_or("English");
        for key in missing {
            let path = if ResumeLabels::KEYS.contains(&key) {
                format!("labels.{key}")
            } else {
                key.to_string()
            };
            warnings.push(Diagnostic::warning(
                path,
                format!("missing in `{source}`; using the {fallback} one"),
            ));
        }
    }
    Locale {
        code: file.code.unwrap_or_else(|| code.to_string()),
        name: file
            .name
            .or_else(|| base.map(|b| b.name.clone()))
            .unwrap_or_else(|| code.to_string()),
        typst,
        fonts,
        education_first: file
            .education_first
            .or(base.map(|b| b.education_first))
            .unwrap_or(false),
        months_short,
        months_long,
        date,
        date_range,
        degree,
        rank_of_teams,
        rank,
        thousands,
        count,
        labels,
    }
}

/// Replaces `{name}` placeholders in `pattern`, in one pass (a value containing `{x}` stays).
fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The built-in languages, once per process (each parsed when first asked for).
pub fn builtin() -> &'static Locales {
    static BUILTIN_LOCALES: OnceLock<Locales> = OnceLock::new();
    BUILTIN_LOCALES.get_or_init(Locales::builtin)
}

impl Locale {
    /// English, built in.
    pub fn english() -> Locale {
        builtin().english().clone()
    }

    /// Every word of its own this language prints: labels and month names (the scripts a
    /// resume in it needs fonts for).
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.labels
            .values()
            .into_iter()
            .chain(self.months_short.iter().map(String::as_str))
            .chain(self.months_long.iter().map(String::as_str))
            .chain([self.date.as_str(), self.date_range.as_str()])
    }

    /// This language with another date pattern (the design's `dateFormat`).
    pub fn with_date_format(&self, pattern: &str) -> Locale {
        Locale {
            date: pattern.to_string(),
            ..self.clone()
        }
    }

    /// One JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) for display; the day is dropped.
    /// Anything else is shown as written.
    pub fn date(&self, text: &str) -> String {
        let text = text.trim();
        let mut parts = text.split('-');
        let year = parts.next().unwrap_or_default();
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return text.to_string();
        }
        let month = parts
            .next()
            .and_then(|m| m.parse::<usize>().ok())
            .filter(|m| (1..=12).contains(m));
        match month {
            Some(m) => {
                let number = m.to_string();
                let padded = format!("{m:02}");
                fill(
                    &self.date,
                    &[
                        ("year", year),
                        ("month", &number),
                        ("month2", &padded),
                        ("monthShort", &self.months_short[m - 1]),
                        ("monthLong", &self.months_long[m - 1]),
                    ],
                )
            }
            None => year.to_string(),
        }
    }

    /// A range; an open end is this language's "present" when a start is known.
    pub fn range(&self, start: Option<&str>, end: Option<&str>) -> Option<String> {
        let start = start.map(str::trim).filter(|s| !s.is_empty());
        let end = end.map(str::trim).filter(|e| !e.is_empty());
        let span = |s: &str, e: &str| fill(&self.date_range, &[("start", s), ("end", e)]);
        match (start, end) {
            (Some(s), Some(e)) if s == e => Some(self.date(s)),
            (Some(s), Some(e)) => Some(span(&self.date(s), &self.date(e))),
            (Some(s), None) => Some(span(&self.date(s), &self.labels.present)),
            (None, Some(e)) => Some(self.date(e)),
            (None, None) => None,
        }
    }

    /// A degree: "Master of Science in Computer Science", "컴퓨터공학 석사", "情報工学 修士".
    pub fn degree(&self, study_type: Option<&str>, area: Option<&str>) -> Option<String> {
        let study_type = study_type.map(str::trim).filter(|s| !s.is_empty());
        let area = area.map(str::trim).filter(|s| !s.is_empty());
        match (study_type, area) {
            (Some(s), Some(a)) => Some(fill(&self.degree, &[("studyType", s), ("area", a)])),
            (s, a) => s.or(a).map(str::to_string),
        }
    }

    /// A competition's result: "87th of 1,165 teams", "1,165팀 중 87위", or `None` without a rank.
    pub fn rank(&self, rank: Option<u32>, teams: Option<u32>) -> Option<String> {
        let rank = rank?;
        let ordinal = if self.code == FALLBACK {
            english_ordinal(rank)
        } else {
            rank.to_string()
        };
        let plain = rank.to_string();
        let values = |teams: &str| {
            [
                ("rank", plain.clone()),
                ("ordinal", ordinal.clone()),
                ("teams", teams.to_string()),
            ]
        };
        let fill_owned = |pattern: &str, values: [(&str, String); 3]| {
            let borrowed: Vec<(&str, &str)> =
                values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            fill(pattern, &borrowed)
        };
        Some(match teams {
            Some(t) => fill_owned(&self.rank_of_teams, values(&self.number(u64::from(t)))),
            None => fill_owned(&self.rank, values("")),
        })
    }

    /// `n` with this language's thousands separator: 4,358 / 4.358 / 4 358.
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        if digits.len() <= 3 {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * self.thousands.len());
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&self.thousands);
            }
            out.push(c);
        }
        out
    }

    /// A count with its word: "42 stars", "스타 42".
    pub fn count(&self, n: u64, label: &str) -> String {
        fill(&self.count, &[("n", &self.number(n)), ("label", label)])
    }
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ...
pub fn english_ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Locales {
        Locales::builtin()
    }

    #[test]
    fn every_builtin_language_is_complete() {
        let all = locales();
        assert!(all.codes().len() >= 12, "{:?}", all.codes());
        // Parsed on first use: every one parses, complete (a gap would panic here).
        assert_eq!(all.iter().count(), BUILTIN.len());
        for (code, text) in BUILTIN {
            let file = parse_file(text).expect("parses");
            let keys: Vec<&str> = file.labels.keys().map(String::as_str).collect();
            for key in ResumeLabels::KEYS {
                assert!(keys.contains(key), "{code} lacks label {key}");
            }
            assert_eq!(file.months_short.map(|m| m.len()), Some(12), "{code}");
            assert_eq!(file.months_long.map(|m| m.len()), Some(12), "{code}");
            assert!(file.date.is_some() && file.degree.is_some(), "{code}");
        }
    }

    #[test]
    fn dates_and_ranges_per_language() {
        let all = locales();
        let range = |code: &str| {
            all.get(code)
                .expect("known")
                .range(Some("2024-03"), None)
                .expect("a start")
        };
        assert_eq!(range("en"), "Mar 2024 – Present");
        assert_eq!(range("ko"), "2024년 3월 – 현재");
        assert_eq!(range("ja"), "2024年3月～現在");
        assert_eq!(range("zh-Hans"), "2024年3月 – 至今");
        assert_eq!(range("de"), "März 2024 – heute");
        assert_eq!(range("fr"), "mars 2024 – aujourd’hui");
        let en = all.english();
        assert_eq!(
            en.range(Some("2020"), Some("2022-02-11")).as_deref(),
            Some("2020 – Feb 2022")
        );
        assert_eq!(
            en.range(Some("2021-05"), Some("2021-05")).as_deref(),
            Some("May 2021")
        );
        assert_eq!(en.range(None, None), None);
        // Not a JSON Resume date: shown as written rather than mangled.
        assert_eq!(en.date("Spring 2019"), "Spring 2019");
    }

    #[test]
    fn degrees_never_splice_english_into_other_languages() {
        let all = locales();
        let degree = |code: &str, s: &str, a: &str| {
            all.get(code)
                .expect("known")
                .degree(Some(s), Some(a))
                .expect("both")
        };
        assert_eq!(
            degree("en", "Master of Science", "Computer Science"),
            "Master of Science in Computer Science"
        );
        assert_eq!(degree("ko", "석사", "컴퓨터공학"), "컴퓨터공학 석사");
        assert_eq!(degree("ja", "修士", "情報工学"), "情報工学 修士");
        assert_eq!(degree("zh-Hans", "硕士", "计算机科学"), "计算机科学硕士");
        assert_eq!(
            degree("fr", "Master", "informatique"),
            "Master en informatique"
        );
        for locale in all.iter().filter(|l| l.code != "en" && l.code != "it") {
            assert!(!locale.degree.contains(" in "), "{}", locale.code);
        }
        assert_eq!(
            all.english().degree(None, Some("Physics")).as_deref(),
            Some("Physics")
        );
    }

    #[test]
    fn ranks_and_numbers() {
        let all = locales();
        let rank = |code: &str| {
            all.get(code)
                .expect("known")
                .rank(Some(23), Some(4358))
                .expect("ranked")
        };
        assert_eq!(rank("en"), "23rd of 4,358 teams");
        assert_eq!(rank("ko"), "4,358팀 중 23위");
        assert_eq!(rank("de"), "Platz 23 von 4.358 Teams");
        assert_eq!(rank("ja"), "4,358チーム中23位");
        assert_eq!(all.english().rank(Some(1), None).as_deref(), Some("1st"));
        assert_eq!(all.english().rank(None, Some(10)), None);
        assert_eq!(all.english().number(999), "999");
        assert_eq!(all.english().number(1_234_567), "1,234,567");
        assert_eq!(all.get("ko").expect("known").count(42, "스타"), "스타 42");
        assert_eq!(all.english().count(3, "forks"), "3 forks");
    }

    #[test]
    fn bcp47_tags_map_to_builtin_languages() {
        assert_eq!(canonical("ko-KR"), Some("ko"));
        assert_eq!(canonical("zh"), Some("zh-Hans"));
        assert_eq!(canonical("zh-CN"), Some("zh-Hans"));
        assert_eq!(canonical("zh-TW"), Some("zh-Hant"));
        assert_eq!(canonical("zh_Hant_HK"), Some("zh-Hant"));
        assert_eq!(canonical("pt-BR"), Some("pt"));
        assert_eq!(canonical("EN-us"), Some("en"));
        assert_eq!(canonical("tlh"), None);
        let all = locales();
        assert_eq!(all.get("ja-JP").expect("known").code, "ja");
    }

    #[test]
    fn unknown_language_lists_the_known_ones() {
        let error = locales().get("xx").expect_err("unknown").to_string();
        assert_eq!(
            error,
            "unknown language `xx`: storyfolio has de, en, es, fr, it, ja, ko, nl, pt, ru, zh-Hans, zh-Hant"
        );
    }

    #[test]
    fn user_file_with_a_missing_label_falls_back_to_english_with_a_warning() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("sv.json"),
            r#"{"name": "Svenska", "typst": {"lang": "sv", "region": "SE"}, "labels": {"experience": "Erfarenhet"}}"#,
        )
        .expect("write");
        let (all, warnings) = Locales::load(Some(dir.path())).expect("loads");
        let sv = all.get("sv").expect("added");
        assert_eq!(sv.labels.experience, "Erfarenhet");
        assert_eq!(sv.labels.education, "Education");
        let education = warnings
            .iter()
            .find(|w| w.path == "labels.education")
            .expect("a warning for the missing label");
        assert_eq!(
            education.message,
            format!(
                "missing in `{}`; using the English one",
                dir.path().join("sv.json").display()
            )
        );
    }

    #[test]
    fn user_file_overrides_a_builtin_language_label_by_label() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("de.json"),
            r#"{"labels": {"skills": "Fähigkeiten"}}"#,
        )
        .expect("write");
        let (all, warnings) = Locales::load(Some(dir.path())).expect("loads");
        assert!(warnings.is_empty(), "{warnings:?}");
        let de = all.get("de").expect("built in");
        assert_eq!(de.labels.skills, "Fähigkeiten");
        assert_eq!(de.labels.experience, "Berufserfahrung");
        assert_eq!(de.typst.region.as_deref(), Some("DE"));
    }

    #[test]
    fn broken_user_file_names_file_and_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("fr.json");
        std::fs::write(&path, r#"{"labels": {"skills": 3}}"#).expect("write");
        let error = Locales::load(Some(dir.path()))
            .expect_err("broken")
            .to_string();
        assert_eq!(
            error,
            format!("`{}`: `labels.skills`: invalid type: integer `3`, expected a string at line 1 column 23", path.display())
        );
    }

    #[test]
    fn fill_leaves_unknown_placeholders_and_never_expands_values() {
        assert_eq!(fill("{a}-{b}-{c", &[("a", "{b}"), ("b", "2")]), "{b}-2-{c");
    }
}
