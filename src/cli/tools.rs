//! The command line of the commands around rendering: export, init, doctor, completions, man.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::LangArg;

/// `storyfolio export ...`.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write the profile as a JSON Resume 1.0 document, for the JSON Resume registry and themes.
    #[command(
        after_help = "Every key of the profile is kept, your own included, legacy keys under their 1.0 names and loose values (dates, links) written the 1.0 way. storyfolio's additions that JSON Resume has a place for are folded into it: competitions become awards, metrics and extra deliverables highlights, the coding-test level a skill, the GitHub username a profile. Exporting the export changes nothing.\n\nExample:\n  storyfolio export jsonresume me.json -o resume.json"
    )]
    Jsonresume {
        /// The profile JSON.
        profile: PathBuf,
        /// The file to write [default: standard output].
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

// `storyfolio init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to start in (created if missing).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The language of the starter files and the guide.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: LangArg,
}

// `storyfolio doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// A profile whose GitHub statistics cache (`<name>.github.json` beside it) to check.
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// A templates folder to check (as given to `render --templates`).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Extra folders with fonts for typst, as given to `render --font-path`.
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
    /// The typst binary [default: $STORYFOLIO_TYPST, else typst on PATH].
    #[arg(long, value_name = "PATH")]
    pub typst: Option<PathBuf>,
}

// `storyfolio completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

// `storyfolio man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write `storyfolio.1` and one page per subcommand into DIR [default: print
    /// `storyfolio.1` on standard output].
    #[arg(short, long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}
