//! The command line: clap derive types only, converted once into plain config structs.

mod tools;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::design::{DesignOverrides, Paper, Theme};
use crate::profile::{Lang, LangTag};
use crate::render::{DocKind, Format};

pub use tools::{CompletionsArgs, DoctorArgs, ExportCommand, InitArgs, ManArgs};

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  invalid input, or a render, compile or refresh that failed
  2  usage error (unknown option, missing argument)
  3  internal error: a bug in storyfolio (please report it)";

/// storyfolio turns your career facts into a story told for one company: a tailored resume,
/// cover letter, pitch and interview preparation, as PDF (through Typst), Word, HTML, Markdown
/// and text.
#[derive(Debug, Parser)]
#[command(name = "storyfolio", version, after_help = EXIT_CODES, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands. `defer`: a subcommand's arguments are built only when it runs (or help
/// shows them), not for every command: building all of them made even `--version` a quarter
/// slower. Built that late, a doc comment on an argument struct would replace the
/// subcommand's own help line, so those structs carry plain comments.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Render documents (resume, cover letter, ...) for a profile, tailored to a target.
    #[command(
        after_help = "Example:\n  storyfolio render profiles/example.json --target profiles/targets/visionguard.json\n  storyfolio render me.json --doc resume --format pdf --format html --out build/\n  storyfolio render me.json --target acme.json --format docx\n  storyfolio render me.json --target acme.json --format html --watch"
    )]
    Render(RenderArgs),
    /// Check a profile (and a target) and list errors and warnings.
    #[command(
        after_help = "Example:\n  storyfolio validate profiles/example.json --target profiles/targets/visionguard.json"
    )]
    Validate(ValidateArgs),
    /// Coach: the fit score for a target, matched evidence, keyword coverage and what to do next.
    #[command(
        after_help = "Example:\n  storyfolio coach profiles/example.json --target profiles/targets/shopmind.json\n  storyfolio coach me.json --target job.json --format json > coach.json"
    )]
    Coach(CoachArgs),
    /// Fact-check a resume, cover letter or 자기소개서 (yours, storyfolio's or a chat model's)
    /// against the profile: every number, name, title, date, skill and "led" must be in it.
    #[command(after_help = CHECK_HELP)]
    Check(CheckArgs),
    /// Render tailored documents for every company on the list at once, ranked by fit.
    #[command(
        after_help = "Each target gets OUT/<company>/ with the same files as `render`; OUT/summary.md and\nOUT/summary.json rank the companies by fit. Unchanged targets are skipped (--force renders\nall). Exit code 1 when any target failed; the others are still rendered.\n\nExample:\n  storyfolio batch profiles/example.json --targets profiles/targets/ --out applications/\n  storyfolio batch me.json --targets a.json b.json --doc resume --doc pitch --format pdf --format md"
    )]
    Batch(BatchArgs),
    /// List the resume themes.
    #[command(
        after_help = "Example:\n  storyfolio themes\n  storyfolio render me.json --theme sidebar --paper us-letter"
    )]
    Themes,
    /// List the languages resumes can be written in.
    #[command(
        after_help = "Example:\n  storyfolio languages\n  storyfolio languages --locales my-locales/\n  storyfolio render me.json --lang ja --format pdf --format png"
    )]
    Languages(LanguagesArgs),
    /// Print the JSON Schema of a profile or a target.
    #[command(after_help = "Example:\n  storyfolio schema profile > profile.schema.json")]
    Schema(SchemaArgs),
    /// Work with the built-in templates.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Export a profile for other tools.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Start a profile and a target in a folder, with a guide of what to fill in first.
    #[command(
        after_help = "Existing files are never overwritten.\n\nExample:\n  storyfolio init my-application\n  storyfolio init --lang ko"
    )]
    Init(InitArgs),
    /// Check the environment: typst, a Hangul font, the GitHub token, statistics, templates.
    #[command(
        after_help = "Exit code 0 when no check fails (warnings allowed), 1 otherwise.\n\nExample:\n  storyfolio doctor\n  storyfolio doctor --profile me.json --templates my-templates/"
    )]
    Doctor(DoctorArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  storyfolio completions bash > ~/.local/share/bash-completion/completions/storyfolio\n  storyfolio completions zsh > ~/.zfunc/_storyfolio\n  storyfolio completions fish > ~/.config/fish/completions/storyfolio.fish\n  storyfolio completions powershell >> $PROFILE"
    )]
    Completions(CompletionsArgs),
    /// Print or write the manual pages.
    #[command(
        after_help = "Example:\n  storyfolio man | man -l -\n  storyfolio man -o ~/.local/share/man/man1"
    )]
    Man(ManArgs),
    /// Fetch current GitHub statistics (stars, forks, languages, commits, releases, ...) for
    /// the profile's user and repositories into `<profile>.github.json` beside it.
    #[command(after_help = REFRESH_HELP)]
    Refresh(RefreshArgs),
}

// `storyfolio coach`.
#[derive(Debug, Args)]
pub struct CoachArgs {
    /// The profile JSON (any JSON Resume document works).
    pub profile: PathBuf,
    /// The target company and role.
    #[arg(long)]
    pub target: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: CoachFormat,
    /// Report language: en or ko [default: the target's, else the profile's, else en].
    #[arg(long, value_name = "CODE", value_parser = lang_tag)]
    pub lang: Option<LangTag>,
    /// A knowledge file extending the built-in industries, keywords and opportunities.
    #[arg(long, value_name = "FILE")]
    pub knowledge: Option<PathBuf>,
    /// Warn when the GitHub statistics (from `storyfolio refresh`) are older than DAYS.
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub stats_max_age: u32,
}

/// The output format of `coach`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CoachFormat {
    /// A table (colour on a terminal, plain when piped).
    Text,
    /// Markdown.
    Md,
    /// JSON (stable; see docs/coach.md).
    Json,
}

const CHECK_HELP: &str = "\
Reads .md, .txt, .html, .docx and .pdf (pdftotext when installed, else a built-in reader), or
standard input with `-`. One line per claim the profile does not support: where it is, the
closest profile fact with its JSON path, and why (no such fact, different value, stronger verb,
bigger role, skill not in the profile, date outside the profile's range).

Example:
  storyfolio check letter.md --profile me.json --target acme.json
  storyfolio check resume.pdf --profile me.json --format json
  pbpaste | storyfolio check - --profile me.json
  storyfolio check letter.md --profile me.json --target acme.json --watch

With --watch the document is checked again on every save (of the document, the profile, the
target or the knowledge file), each time with a whole report on standard output; a line on
standard error says when it is waiting again. Ctrl-C stops it (exit code 0).

Exit codes:
  0  every claim is supported
  1  some claim is not supported, or the document or profile could not be read
  2  usage error";

// `storyfolio check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The document to check (.md, .txt, .html, .docx, .pdf), or `-` for standard input.
    pub document: PathBuf,
    /// The profile JSON whose facts the document must keep to.
    #[arg(long)]
    pub profile: PathBuf,
    /// The target the document was written for: sentences about the company are checked
    /// against it.
    #[arg(long)]
    pub target: Option<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: CheckFormat,
    /// How PDF text is read.
    #[arg(long, value_enum, default_value = "auto")]
    pub pdf_reader: PdfReaderArg,
    /// A knowledge file extending the built-in vocabulary.
    #[arg(long, value_name = "FILE")]
    pub knowledge: Option<PathBuf>,
    /// Keep running: check again whenever the document, the profile, the target or the
    /// knowledge file is saved (Ctrl-C stops).
    #[arg(long)]
    pub watch: bool,
}

/// How `check` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// One line per unsupported claim and a summary.
    Text,
    /// A Markdown table.
    Md,
    /// Every claim, supported ones with their JSON paths.
    Json,
}

/// How `check` reads PDF text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PdfReaderArg {
    /// pdftotext when it is on PATH, else the built-in reader.
    Auto,
    /// pdftotext (poppler-utils).
    Pdftotext,
    /// The built-in reader (lopdf).
    Builtin,
}

const REFRESH_HELP: &str = "\
Example:
  storyfolio refresh profiles/example.json
  GITHUB_TOKEN=... storyfolio refresh me.json --jobs 8 --timeout 10
  storyfolio refresh me.json --api-url https://github.example.com/api/v3

The statistics go to <dir>/<stem>.github.json (docs/github-cache.md); the profile is never
rewritten. Repositories come from projects[].repo, github.com links in projects[].url,
projects[].deliverables[].url and work[].url; the user from `github` or the GitHub entry of
basics.profiles. A second refresh sends conditional requests: unchanged items answer 304 and
cost no rate limit.

Token: GITHUB_TOKEN, else GH_TOKEN (optional; without one GitHub allows 60 requests an hour).

Exit codes:
  0  every item refreshed or unchanged
  1  any item failed or was not found, the token was rejected, or the rate limit ran out
     (everything fetched before is kept)
  2  usage error";

/// Which schema to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// The profile: JSON Resume plus storyfolio's additions.
    Profile,
    /// The target: JSON Resume's job description plus storyfolio's additions.
    Target,
}

// `storyfolio schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which schema.
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

/// `storyfolio templates ...`.
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write the built-in templates into DIR for editing; use them with `render --templates DIR`.
    #[command(after_help = "Example:\n  storyfolio templates export my-templates/")]
    Export {
        /// The folder to write into (created if missing; existing files are kept).
        dir: PathBuf,
        /// Overwrite files that already exist.
        #[arg(long)]
        force: bool,
    },
}

// `storyfolio validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The profile JSON (any JSON Resume document works).
    pub profile: PathBuf,
    /// A target JSON (any JSON Resume job description works).
    #[arg(long)]
    pub target: Option<PathBuf>,
    /// Warn when the GitHub statistics (from `storyfolio refresh`) are older than DAYS.
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub stats_max_age: u32,
}

// How `refresh` (and `render --refresh`) reach GitHub.
#[derive(Debug, Clone, Args)]
pub struct GithubArgs {
    /// The GitHub API root; for GitHub Enterprise, https://HOST/api/v3.
    #[arg(long, value_name = "URL", default_value = crate::github::client::DEFAULT_API_URL)]
    pub api_url: String,
    /// Repositories refreshed at once (1 sends one request at a time).
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub jobs: u16,
    /// Seconds allowed for each request.
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
}

// `storyfolio refresh`.
#[derive(Debug, Args)]
pub struct RefreshArgs {
    /// The profile JSON whose GitHub user and repositories to refresh.
    pub profile: PathBuf,
    #[command(flatten)]
    pub github: GithubArgs,
}

/// A document language on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Korean (한국어).
    Ko,
}

impl From<LangArg> for Lang {
    fn from(value: LangArg) -> Self {
        match value {
            LangArg::En => Lang::En,
            LangArg::Ko => Lang::Ko,
        }
    }
}

// `storyfolio render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The profile JSON (any JSON Resume document works).
    pub profile: PathBuf,
    /// The target company and role; tailors the documents and adds the cover letter.
    #[arg(long)]
    pub target: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Keep running and render again whenever the profile, the target, the templates or the
    /// GitHub statistics change; Ctrl-C stops.
    #[arg(long)]
    pub watch: bool,
    /// Refresh the GitHub statistics first (as `storyfolio refresh`); without it render
    /// never touches the network.
    #[arg(long)]
    pub refresh: bool,
    /// Fact-check every document written (as `storyfolio check`) against the profile and
    /// the target; exit code 1 when a claim is unsupported.
    #[arg(long)]
    pub check: bool,
    #[command(flatten, next_help_heading = "GitHub (with --refresh)")]
    pub github: GithubArgs,
}

// What to render and how: shared by `render` and `batch`.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Documents to render [default: resume, plus cover-letter with a target].
    #[arg(long = "doc", value_enum, value_name = "DOC")]
    pub docs: Vec<DocKind>,
    /// Output formats [default: pdf].
    #[arg(long = "format", value_enum, value_name = "FORMAT")]
    pub formats: Vec<Format>,
    /// Document language, a BCP 47 code: resumes in any language with a language file (en,
    /// ko, ja, zh-Hans, zh-Hant, de, fr, es, pt, it, nl, ru, and those of --locales; see
    /// `storyfolio languages`), letters, pitches and preparation in en or ko [default: the
    /// target's, else the profile's, else the text's].
    #[arg(long, value_name = "CODE", value_parser = lang_tag)]
    pub lang: Option<LangTag>,
    /// A folder of language files (`<code>.json`, like the built-in ones in the source's `locales/`)
    /// adding resume languages or overriding built-in ones label by label.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Resolution of `--format png` pages, in pixels per inch.
    #[arg(long, value_name = "PPI", default_value_t = 144, value_parser = clap::value_parser!(u32).range(36..=1200))]
    pub ppi: u32,
    #[command(
        flatten,
        next_help_heading = "Design (overrides the profile's `design`)"
    )]
    pub design: DesignArgs,
    /// A folder of templates overriding the built-in ones file by file.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Extra folders with fonts for typst (e.g. a Hangul font).
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
    /// The output folder.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// The typst binary [default: $STORYFOLIO_TYPST, else typst on PATH].
    #[arg(long, value_name = "PATH")]
    pub typst: Option<PathBuf>,
    /// The most pages the resume may take; the weakest items are dropped to fit.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10))]
    pub pages: u32,
    /// Also write, beside each document, every generated sentence with its rule and facts.
    #[arg(long)]
    pub explain: bool,
    /// A knowledge file extending the built-in industries, keywords and opportunities.
    #[arg(long, value_name = "FILE")]
    pub knowledge: Option<PathBuf>,
}

// `storyfolio languages`.
#[derive(Debug, Args)]
pub struct LanguagesArgs {
    /// A folder of language files adding languages or overriding built-in ones.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
}

// The look of the documents; each flag overrides the profile's `design` field.
#[derive(Debug, Clone, Default, Args)]
pub struct DesignArgs {
    /// Theme (`storyfolio themes` lists them) [default: the profile's, else classic].
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<Theme>,
    /// Paper size [default: the profile's, else us-letter for a US or Canadian address, a4
    /// otherwise].
    #[arg(long, value_enum, value_name = "SIZE")]
    pub paper: Option<Paper>,
    /// Page margin, e.g. 1.6cm, 18mm, 0.7in, 50pt [default: the theme's].
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    pub margin: Option<String>,
    /// Base font size in points, 6 to 16 [default: the theme's].
    #[arg(long, value_name = "PT", allow_hyphen_values = true)]
    pub font_size: Option<f64>,
    /// Body font family, before the language's own fonts.
    #[arg(long, value_name = "FAMILY")]
    pub body_font: Option<String>,
    /// Heading font family.
    #[arg(long, value_name = "FAMILY")]
    pub heading_font: Option<String>,
    /// Accent colour of headings and links, #rgb or #rrggbb [default: #1f4e8c; black in ats].
    #[arg(long, value_name = "COLOR")]
    pub accent_color: Option<String>,
    /// Date pattern with {year}, {month}, {month2}, {monthShort}, {monthLong}, e.g.
    /// "{month2}/{year}" [default: the language's].
    #[arg(long, value_name = "PATTERN")]
    pub date_format: Option<String>,
    /// Show the GitHub statistics line (true or false) [default: the profile's, else true].
    #[arg(long, value_name = "BOOL")]
    pub github_stats: Option<bool>,
}

impl From<DesignArgs> for DesignOverrides {
    fn from(args: DesignArgs) -> Self {
        DesignOverrides {
            theme: args.theme,
            paper: args.paper,
            margin: args.margin,
            font_size: args.font_size,
            body_font: args.body_font,
            heading_font: args.heading_font,
            accent_color: args.accent_color,
            date_format: args.date_format,
            show_github_stats: args.github_stats,
        }
    }
}

/// A `--lang` value: a BCP 47 tag (letters, digits and hyphens); whether a language file
/// exists for it is checked when the languages are loaded.
fn lang_tag(text: &str) -> Result<LangTag, String> {
    let tag = text.trim();
    let well_formed = !tag.is_empty()
        && tag.len() <= 35
        && tag
            .split(['-', '_'])
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric()));
    if well_formed {
        Ok(LangTag(tag.to_string()))
    } else {
        Err(format!(
            "`{text}` is not a language code: write a BCP 47 code such as en, ko, ja, zh-Hant or pt-BR"
        ))
    }
}

// `storyfolio batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The profile JSON (any JSON Resume document works).
    pub profile: PathBuf,
    /// Target files, or folders of target files (`*.json`).
    #[arg(long, required = true, num_args = 1.., value_name = "FILE|DIR")]
    pub targets: Vec<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    /// How many targets to render at once [default: the number of cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
    pub jobs: Option<u32>,
    /// Render every target, even those whose inputs are unchanged since the last batch.
    #[arg(long)]
    pub force: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
