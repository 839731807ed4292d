//! Findings about an input document: errors that make it invalid and warnings that do not.

use std::fmt;

use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document cannot be used.
    Error,
    /// The document can be used, but something is probably not what the user meant.
    Warning,
}

/// One finding, located by a JSON path such as `projects[2].deliverables[0].url`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The JSON path; empty for the document itself.
    pub path: String,
    pub message: String,
}

impl Diagnostic {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            path: path.into(),
            message: message.into(),
        }
    }

    /// Whether this finding makes the document invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.path.is_empty() {
            write!(f, "{label}: {}", self.message)
        } else {
            write!(f, "{label}: `{}`: {}", self.path, self.message)
        }
    }
}

/// Appends a key to a JSON path: `basics` + `name` = `basics.name`.
pub fn join_key(path: &str, key: &str) -> String {
    let simple = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    match (path.is_empty(), simple) {
        (true, true) => key.to_string(),
        (false, true) => {
            // By hand: a path is joined for every key a document is read and checked at, and
            // `format!` cost more than the rest of the joining.
            let mut joined = String::with_capacity(path.len() + 1 + key.len());
            joined.push_str(path);
            joined.push('.');
            joined.push_str(key);
            joined
        }
        (_, false) => format!("{path}[{}]", serde_json::Value::String(key.to_string())),
    }
}

/// Appends an index to a JSON path: `projects` + 2 = `projects[2]`.
pub fn join_index(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_javascript() {
        assert_eq!(join_index(&join_key("", "projects"), 2), "projects[2]");
        assert_eq!(join_key("projects[2]", "url"), "projects[2].url");
        assert_eq!(join_key("meta", "odd key"), "meta[\"odd key\"]");
    }

    #[test]
    fn display_names_severity_and_path() {
        let d = Diagnostic::error("basics.name", "expected a string, found null");
        assert_eq!(
            d.to_string(),
            "error: `basics.name`: expected a string, found null"
        );
    }
}
