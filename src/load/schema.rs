//! The embedded JSON Schemas (JSON Resume's, extended by storyfolio) and checking a document
//! against them: schema errors, unknown-key warnings with suggestions, and link checks.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::input::type_name;
use crate::diagnostics::{join_index, join_key, Diagnostic};

/// The profile schema: JSON Resume 1.0.0 plus storyfolio's additions.
pub const PROFILE_SCHEMA: &str = include_str!("../../schemas/profile.schema.json");
/// The target schema: JSON Resume's job description plus storyfolio's additions.
pub const TARGET_SCHEMA: &str = include_str!("../../schemas/target.schema.json");
/// JSON Resume's own schema (v1.0.0), unchanged: what the official validator checks.
pub const JSON_RESUME_SCHEMA: &str = include_str!("../../schemas/jsonresume.schema.json");

/// Which kind of document is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// A profile (JSON Resume).
    Profile,
    /// A target (JSON Resume job description).
    Target,
}

impl DocumentKind {
    /// The schema text.
    pub fn schema_text(self) -> &'static str {
        match self {
            DocumentKind::Profile => PROFILE_SCHEMA,
            DocumentKind::Target => TARGET_SCHEMA,
        }
    }

    /// The word a user reads in messages.
    pub fn noun(self) -> &'static str {
        match self {
            DocumentKind::Profile => "profile",
            DocumentKind::Target => "target",
        }
    }
}

// The profile and target schemas are compiled into Rust at build time (jsonschema's
// `validator` macro): compiling them at run time cost more than reading a whole profile.
// JSON Resume's own schema below is compiled at run time, only by `validate`.
// Formats are not enforced: JSON Resume's own validator does not enforce `format` (its test
// suite accepts `"$schema": "foo-bar-baz"`), so neither do we; links get their own warning.
#[jsonschema::validator(path = "schemas/profile.schema.json", validate_formats = false)]
struct ProfileValidator;

#[jsonschema::validator(path = "schemas/target.schema.json", validate_formats = false)]
struct TargetValidator;

/// The profile and target schemas without their annotations (written by build.rs): what the
/// lenient reader and the unknown-key check read, in half the text.
const PROFILE_STRUCTURE: &str =
    include_str!(concat!(env!("OUT_DIR"), "/profile.schema.structure.json"));
const TARGET_STRUCTURE: &str =
    include_str!(concat!(env!("OUT_DIR"), "/target.schema.structure.json"));

/// The structure of the embedded schema of `kind` (its annotations left out), parsed once:
/// the lenient reader and the unknown-key check read it.
pub fn schema_value(kind: DocumentKind) -> &'static Value {
    static PROFILE: OnceLock<Value> = OnceLock::new();
    static TARGET: OnceLock<Value> = OnceLock::new();
    let (cell, text) = match kind {
        DocumentKind::Profile => (&PROFILE, PROFILE_STRUCTURE),
        DocumentKind::Target => (&TARGET, TARGET_STRUCTURE),
    };
    // Part of the binary and checked by the test suite: a failure is a bug in storyfolio.
    cell.get_or_init(|| serde_json::from_str(text).expect("embedded schema is valid JSON"))
}

/// JSON Resume's own schema, compiled once.
fn json_resume() -> &'static jsonschema::Validator {
    static OFFICIAL: OnceLock<jsonschema::Validator> = OnceLock::new();
    OFFICIAL.get_or_init(|| {
        // Part of the binary and checked by the test suite: a failure is a bug in storyfolio.
        let schema: Value =
            serde_json::from_str(JSON_RESUME_SCHEMA).expect("embedded schema is valid JSON");
        jsonschema::options()
            .should_validate_formats(false)
            .build(&schema)
            .expect("embedded schema compiles")
    })
}

/// What JSON Resume's own validator rejects in `document`, as errors with their paths. `validate`
/// reports these so that it agrees with the official validator case for case, while the other
/// commands read the same deviations leniently.
pub fn check_json_resume(document: &Value) -> Vec<Diagnostic> {
    let mut found = as_diagnostics(document, json_resume().iter_errors(document));
    found.dedup();
    found
}

/// Compiles the profile schema's patterns (dates, GitHub names, the language tag) ahead of
/// use. The validator compiles each on its first match, a third of a millisecond in all,
/// which a render spends on a core that would wait otherwise: a valid document that
/// reaches each pattern once.
pub fn warm_profile_patterns() {
    let _ = ProfileValidator::is_valid(&pattern_sample());
}

/// A profile with one value for each pattern of the profile schema.
fn pattern_sample() -> Value {
    serde_json::json!({
        "lang": "en",
        "github": "octocat",
        "work": [{"startDate": "2020-01"}],
        "projects": [{"repo": "octocat/hello-world"}]
    })
}

/// What the schema of `kind` rejects in `document`.
fn rejected_by(kind: DocumentKind, document: &Value) -> Vec<Diagnostic> {
    match kind {
        DocumentKind::Profile => as_diagnostics(document, ProfileValidator::iter_errors(document)),
        DocumentKind::Target => as_diagnostics(document, TargetValidator::iter_errors(document)),
    }
}

/// Schema errors as diagnostics at the document's paths.
fn as_diagnostics<'a>(
    document: &Value,
    errors: impl IntoIterator<Item = jsonschema::ValidationError<'a>>,
) -> Vec<Diagnostic> {
    let mut found: Vec<(Vec<usize>, Diagnostic)> = errors
        .into_iter()
        .map(|error| {
            let (path, at) = pointer_to_path(document, error.instance_path().as_str());
            (
                at,
                Diagnostic::error(path, describe(error.kind(), error.instance())),
            )
        })
        .collect();
    // In the order a reader meets them in the file, whatever order the validator took.
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
        .into_iter()
        .map(|(_, diagnostic)| diagnostic)
        .collect()
}

/// Checks `document` against the schema of `kind`: errors for what the schema rejects,
/// warnings for unknown keys and for links that are not http, https or mailto.
pub fn check(kind: DocumentKind, document: &Value) -> Vec<Diagnostic> {
    // The validator says only errors and the walk only warnings: the stable sort below puts
    // the errors first.
    let mut found = walk(schema_value(kind), document);
    found.extend(rejected_by(kind, document));
    found.sort_by_key(|d| d.severity);
    found.dedup();
    found
}

/// Turns a JSON pointer (`/projects/2/url`) into a path (`projects[2].url`), using the
/// document to tell array indices from object keys; with where it is in the document (the
/// index of each key and item on the way, keys in the order the file writes them).
fn pointer_to_path(document: &Value, pointer: &str) -> (String, Vec<usize>) {
    let mut path = String::new();
    let mut position = Vec::new();
    let mut at = Some(document);
    for raw in pointer.split('/').skip(1) {
        let segment = raw.replace("~1", "/").replace("~0", "~");
        match at {
            Some(Value::Array(items)) => {
                let index = segment.parse::<usize>().unwrap_or(usize::MAX);
                path = join_index(&path, index);
                position.push(index);
                at = items.get(index);
            }
            other => {
                path = join_key(&path, &segment);
                let object = other.and_then(Value::as_object);
                position.push(
                    object
                        .and_then(|o| o.keys().position(|k| *k == segment))
                        .unwrap_or(usize::MAX),
                );
                at = object.and_then(|o| o.get(&segment));
            }
        }
    }
    (path, position)
}

fn describe(kind: &jsonschema::error::ValidationErrorKind, instance: &Value) -> String {
    use jsonschema::error::{TypeKind, ValidationErrorKind as K};
    match kind {
        K::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => json_type_phrase(&t.to_string()),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| json_type_phrase(&t.to_string()))
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            format!("expected {expected}, found {}", type_name(instance))
        }
        K::Required { property } => {
            format!(
                "missing required field `{}`",
                property.as_str().unwrap_or_default()
            )
        }
        K::Enum { options } => {
            let choices: Vec<String> = options
                .as_array()
                .map(|o| {
                    o.iter()
                        .map(|v| format!("`{}`", v.as_str().unwrap_or_default()))
                        .collect()
                })
                .unwrap_or_default();
            format!(
                "expected one of {}, found {}",
                choices.join(", "),
                show(instance)
            )
        }
        K::Pattern { pattern } if pattern.contains("[1-2][0-9]{3}") => {
            format!(
                "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found {}",
                show(instance)
            )
        }
        K::Pattern { pattern } if pattern.contains('/') => {
            format!(
                "expected a GitHub repository as `owner/name`, found {}",
                show(instance)
            )
        }
        K::Pattern { .. } => format!("expected a GitHub username, found {}", show(instance)),
        K::Minimum { limit } => format!(
            "expected a number of at least {limit}, found {}",
            show(instance)
        ),
        _ => format!("{} is not allowed here", show(instance)),
    }
}

fn json_type_phrase(name: &str) -> String {
    match name {
        "object" | "array" | "integer" => {
            format!("an {name}").replace("an integer", "a whole number")
        }
        other => format!("a {other}"),
    }
}

/// A short rendering of a value for a message.
fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}...", text.chars().take(57).collect::<String>())
    } else {
        text
    }
}

/// The unknown-key and link warnings for `document` read against `schema`.
fn walk(schema: &Value, document: &Value) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut walker = Walker {
        root: schema,
        out: &mut found,
    };
    walker.walk(document, schema, "");
    found
}

struct Walker<'a, 'o> {
    root: &'a Value,
    out: &'o mut Vec<Diagnostic>,
}

impl<'a> Walker<'a, '_> {
    fn resolve(&self, mut node: &'a Value) -> &'a Value {
        // Local references only (`#/definitions/x`); a few hops at most.
        for _ in 0..8 {
            match node
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/"))
            {
                Some(pointer) => match self.root.pointer(&format!("/{pointer}")) {
                    Some(target) => node = target,
                    None => break,
                },
                None => break,
            }
        }
        node
    }

    fn walk(&mut self, value: &Value, schema: &'a Value, path: &str) {
        let schema = self.resolve(schema);
        match value {
            Value::Object(map) => self.walk_object(map, schema, path),
            Value::Array(items) => {
                if let Some(item_schema) = schema.get("items") {
                    for (index, item) in items.iter().enumerate() {
                        self.walk(item, item_schema, &join_index(path, index));
                    }
                }
            }
            Value::String(text) => {
                let is_link = schema.get("format").and_then(Value::as_str) == Some("uri")
                    && !path.ends_with("$schema")
                    && !path.ends_with("canonical");
                if is_link && !text.is_empty() && crate::link::safe_url(text).is_none() {
                    self.out.push(Diagnostic::warning(
                        path,
                        "not an http, https or mailto URL; it is shown as text, not as a link",
                    ));
                }
            }
            _ => {}
        }
    }

    fn walk_object(&mut self, map: &Map<String, Value>, schema: &'a Value, path: &str) {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (key, child) in map {
            match properties.get(key) {
                Some(child_schema) => {
                    // `meta` is free-form tooling configuration in JSON Resume.
                    if key != "meta" {
                        self.walk(child, child_schema, &join_key(path, key));
                    }
                }
                None => self.out.push(unknown_key(path, key, properties.keys())),
            }
        }
    }
}

fn unknown_key<'k>(path: &str, key: &str, known: impl Iterator<Item = &'k String>) -> Diagnostic {
    let best = known
        .map(|k| {
            (
                strsim::jaro_winkler(&key.to_lowercase(), &k.to_lowercase()),
                k,
            )
        })
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let message = match best {
        Some((score, suggestion)) if score >= 0.8 => {
            format!("unknown key `{key}`, not used in documents; did you mean `{suggestion}`?")
        }
        _ => format!("unknown key `{key}`, not used in documents"),
    };
    Diagnostic::warning(join_key(path, key), message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_pattern_sample_reaches_every_pattern_of_the_profile_schema() {
        // Valid, so that checking it runs every pattern rather than stopping at an error.
        let sample = pattern_sample();
        assert!(ProfileValidator::is_valid(&sample));
        // One value per pattern, each at a place the schema gives that pattern.
        let mut patterns = Vec::new();
        collect_patterns(
            &serde_json::from_str(PROFILE_SCHEMA).unwrap(),
            &mut patterns,
        );
        patterns.sort();
        patterns.dedup();
        assert_eq!(patterns.len(), 4, "{patterns:?}");
        for (pointer, pattern) in [
            ("/lang", "^[A-Za-z]{2,8}"),
            ("/github", "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"),
            ("/work/0/startDate", "[1-2][0-9]{3}-[0-1][0-9]"),
            ("/projects/0/repo", "/[A-Za-z0-9._-]{1,100}$"),
        ] {
            assert!(sample.pointer(pointer).is_some(), "{pointer}");
            assert!(patterns.iter().any(|p| p.contains(pattern)), "{pattern}");
        }
    }

    fn collect_patterns(node: &Value, out: &mut Vec<String>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(p)) = map.get("pattern") {
                    out.push(p.clone());
                }
                map.values().for_each(|v| collect_patterns(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| collect_patterns(v, out)),
            _ => {}
        }
    }

    /// Every JSON file under `dir`, recursively.
    fn json_files(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                json_files(&path, found);
            } else if path.extension().is_some_and(|e| e == "json") {
                found.push(path);
            }
        }
    }

    #[test]
    fn the_structure_reads_every_fixture_as_the_whole_schema_does() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        json_files(&root.join("tests/fixtures"), &mut files);
        json_files(&root.join("profiles"), &mut files);
        let documents: Vec<Value> = files
            .iter()
            .filter_map(|f| serde_json::from_str(&std::fs::read_to_string(f).ok()?).ok())
            .collect();
        assert!(documents.len() > 50, "{}", documents.len());
        for kind in [DocumentKind::Profile, DocumentKind::Target] {
            let whole: Value = serde_json::from_str(kind.schema_text()).unwrap();
            let structure = schema_value(kind);
            assert!(structure.to_string().len() * 3 < whole.to_string().len() * 2);
            for document in &documents {
                let (a, b) = (
                    crate::load::lenient::read(document.clone(), &whole),
                    crate::load::lenient::read(document.clone(), structure),
                );
                assert_eq!(a.document, b.document);
                assert_eq!(a.warnings, b.warnings);
                assert_eq!(walk(&whole, &a.document), walk(structure, &b.document));
            }
        }
    }

    fn messages(kind: DocumentKind, doc: Value) -> Vec<String> {
        check(kind, &doc).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn null_where_a_string_is_expected_is_an_error_with_its_path() {
        let found = messages(
            DocumentKind::Profile,
            json!({"projects": [{}, {"name": null}]}),
        );
        assert_eq!(
            found,
            ["error: `projects[1].name`: expected a string, found null"]
        );
    }

    #[test]
    fn bad_dates_and_repos_are_errors() {
        let found = messages(
            DocumentKind::Profile,
            json!({"work": [{"startDate": "2013-12-021"}], "projects": [{"repo": "just-a-name"}]}),
        );
        assert_eq!(
            found,
            [
                "error: `work[0].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2013-12-021\"",
                "error: `projects[0].repo`: expected a GitHub repository as `owner/name`, found \"just-a-name\"",
            ]
        );
    }

    #[test]
    fn unknown_keys_warn_with_a_suggestion() {
        let found = messages(
            DocumentKind::Profile,
            json!({"projects": [{"deliverable": []}]}),
        );
        assert_eq!(
            found,
            ["warning: `projects[0].deliverable`: unknown key `deliverable`, not used in documents; did you mean `deliverables`?"]
        );
    }

    #[test]
    fn links_must_be_http_https_or_mailto() {
        let found = messages(
            DocumentKind::Profile,
            json!({"basics": {"url": "javascript:alert(1)"}}),
        );
        assert_eq!(
            found,
            ["warning: `basics.url`: not an http, https or mailto URL; it is shown as text, not as a link"]
        );
    }

    #[test]
    fn missing_required_field_and_enum() {
        let found = messages(
            DocumentKind::Profile,
            json!({"projects": [{"deliverables": [{"type": "poster", "url": "https://x.org"}, {"url": "https://y.org"}]}]}),
        );
        assert_eq!(
            found,
            [
                "error: `projects[0].deliverables[0].type`: expected one of `paper`, `competition`, `repo`, `demo`, `model`, `dataset`, `post`, `patent`, `talk`, found \"poster\"",
                "error: `projects[0].deliverables[1]`: missing required field `type`",
            ]
        );
    }
}
