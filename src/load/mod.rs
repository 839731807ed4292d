//! The load stage: read a JSON file (`input`), check it against its JSON Schema (`schema`),
//! then deserialize it into its typed model, with every problem named by file and path.

pub mod input;
pub mod lenient;
pub mod schema;

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

pub use input::{parse_json_object, read_json_object, type_name, InputError, MAX_INPUT_BYTES};
pub use schema::DocumentKind;

/// Why a profile or target could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Input(#[from] InputError),
    /// Parsed, but not JSON Resume at all (a FRESH resume, an app's own resume JSON).
    #[error("`{path}` {why}")]
    NotJsonResume { path: PathBuf, why: String },
    #[error("`{path}` is not a valid {noun}:\n{}", list(.diagnostics))]
    Invalid {
        path: PathBuf,
        noun: &'static str,
        diagnostics: Vec<Diagnostic>,
    },
}

fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format!("  {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// serde's message with Rust type names said as a reader says them.
fn plain_serde_message(message: &str) -> String {
    message
        .replace(
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        )
        .replace("floating point", "the number")
}

/// A loaded document and the warnings found while loading it.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub document: T,
    /// Warnings (never errors): deviations read leniently, unknown keys, links that will not
    /// be links, ...
    pub warnings: Vec<Diagnostic>,
    /// The document as read: every key of the file, the user's own included, with the
    /// deviations read leniently written the JSON Resume 1.0 way. `export` starts from it.
    pub source: serde_json::Value,
    /// The JSON paths of storyfolio's own keys (or items of their lists) that hold what
    /// storyfolio cannot use: left out of `document`, kept in `source` as the user's own.
    pub set_aside: Vec<String>,
}

/// Reads, schema-checks and deserializes a document; `extra` adds checks on the typed value.
pub fn load_document<T: serde::de::DeserializeOwned>(
    path: &Path,
    kind: schema::DocumentKind,
    extra: fn(&T) -> Vec<Diagnostic>,
) -> Result<Loaded<T>, LoadError> {
    load_document_bytes(path, &input::read_bytes(path)?, kind, extra)
}

/// `load_document` on content already read; `path` names it in messages. The order is the
/// point: the lenient reading first (so real files load), then the schema check of what was
/// read, then storyfolio's own keys that still fail it set aside, then the typed model.
pub fn load_document_bytes<T: serde::de::DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
    kind: schema::DocumentKind,
    extra: fn(&T) -> Vec<Diagnostic>,
) -> Result<Loaded<T>, LoadError> {
    let value = parse_json_object(path, bytes)?;
    let invalid = |diagnostics| LoadError::Invalid {
        path: path.to_path_buf(),
        noun: kind.noun(),
        diagnostics,
    };
    // JSON Resume's own verdict on the file as written is `validate`'s alone to ask
    // (`schema::check_json_resume`): compiling that schema would slow every other command.
    let read = match kind {
        DocumentKind::Profile => {
            let file = path.display().to_string();
            lenient::read_profile(value, schema::schema_value(kind), &file).map_err(|why| {
                LoadError::NotJsonResume {
                    path: path.to_path_buf(),
                    why,
                }
            })?
        }
        DocumentKind::Target => lenient::read(value, schema::schema_value(kind)),
    };
    let mut source = read.document;
    let mut found = schema::check(kind, &source);
    // A finding where the lenient reading already spoke is that reading's to explain.
    found.retain(|d| d.is_error() || !read.warnings.iter().any(|r| r.path == d.path));
    let mut warnings = read.warnings;
    let mut taken = Vec::new();
    if kind == DocumentKind::Profile {
        let aside = lenient::aside::set_aside(&mut source, &mut found, &warnings);
        warnings.extend(aside.said);
        taken.extend(aside.values);
    }
    warnings.extend(found);
    if warnings.iter().any(Diagnostic::is_error) {
        return Err(invalid(errors_first(warnings)));
    }
    // A value the schema allows but the model cannot hold (a rank beyond u32), or one the
    // typed checks refuse (a rank beyond the number of teams), in one of storyfolio's own keys
    // is set aside like a schema error there and the model is read again; a few rounds at most.
    let mut rounds = 0;
    let (document, checked) = loop {
        let (document, mut failed) = match serde_path_to_error::deserialize::<_, T>(&source) {
            Ok(document) => {
                let checked = extra(&document);
                (Some(document), checked)
            }
            // The schema accepted it, so this is a gap between schema and model; still the
            // user's input that triggered it, so say where.
            Err(error) => {
                let at = error.path().to_string();
                let at = if at == "." { String::new() } else { at };
                let message = plain_serde_message(&error.into_inner().to_string());
                (None, vec![Diagnostic::error(at, message)])
            }
        };
        rounds += 1;
        let retry = kind == DocumentKind::Profile
            && rounds <= 16
            && failed.iter().any(Diagnostic::is_error);
        let aside = if retry {
            lenient::aside::set_aside(&mut source, &mut failed, &[])
        } else {
            lenient::aside::Aside::default()
        };
        if aside.values.is_empty() {
            break (document, failed);
        }
        // The other findings of this round come again in the next.
        warnings.extend(aside.said);
        taken.extend(aside.values);
    };
    warnings.extend(checked);
    let document = match document {
        Some(document) if !warnings.iter().any(Diagnostic::is_error) => document,
        _ => return Err(invalid(errors_first(warnings))),
    };
    let mut set_aside: Vec<String> = taken.iter().map(lenient::aside::SetAside::path).collect();
    set_aside.sort();
    lenient::aside::restore(&mut source, taken);
    Ok(Loaded {
        document,
        warnings,
        source,
        set_aside,
    })
}

/// Errors, then warnings, each in the order found.
fn errors_first(found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let (errors, warnings): (Vec<_>, Vec<_>) = found.into_iter().partition(|d| d.is_error());
    errors.into_iter().chain(warnings).collect()
}
