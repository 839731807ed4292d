//! Names of work: a long project name is introduced once and then referred to by a short
//! one (its `shortName`, its repository's name, or the text before a colon).

use std::collections::BTreeSet;

/// A name longer than this many words (or characters) gets a short form after first use.
const LONG_WORDS: usize = 4;
const LONG_CHARS: usize = 32;

fn is_long(name: &str) -> bool {
    name.split_whitespace().count() > LONG_WORDS || name.chars().count() > LONG_CHARS
}

/// The short name of `name`: `short` when given, else the repository's name (`owner/name`),
/// else the text before a colon; `None` when the name is short already or nothing shorter
/// is known.
pub fn short_name(name: &str, short: Option<&str>, repo: Option<&str>) -> Option<String> {
    let name = name.trim();
    if let Some(short) = short.map(str::trim).filter(|s| !s.is_empty() && *s != name) {
        return Some(short.to_string());
    }
    if !is_long(name) {
        return None;
    }
    if let Some(repo_name) = repo
        .and_then(|r| r.trim().rsplit('/').next())
        .filter(|r| !r.is_empty())
    {
        return Some(repo_name.to_string());
    }
    name.split_once(':')
        .map(|(head, _)| head.trim())
        .filter(|head| !head.is_empty() && !is_long(head))
        .map(str::to_string)
}

/// The names told so far in one document: the first mention of a work is its full name, every
/// later one its short name.
#[derive(Debug, Default, Clone)]
pub struct Names {
    told: BTreeSet<String>,
}

impl Names {
    /// How to name the work at `path` now: the first time `full` with the short name after
    /// it in parentheses, so the reader can follow; then `short` (when known).
    pub fn mention(&mut self, path: &str, full: &str, short: Option<&str>) -> String {
        if self.told.insert(path.to_string()) {
            return match short {
                Some(short) => format!("{} ({})", full.trim(), short.trim()),
                None => full.trim().to_string(),
            };
        }
        short.unwrap_or(full).trim().to_string()
    }

    /// Whether the work at `path` was named already.
    pub fn told(&self, path: &str) -> bool {
        self.told.contains(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_come_from_the_field_the_repo_or_the_colon() {
        let long = "Edge deployment of a person detector on Jetson Orin Nano";
        assert_eq!(
            short_name(long, Some("edge-yolo"), None).as_deref(),
            Some("edge-yolo")
        );
        assert_eq!(
            short_name(long, None, Some("kim/edge-yolo-trt")).as_deref(),
            Some("edge-yolo-trt")
        );
        assert_eq!(
            short_name(
                "FallNet: skeleton-based fall detection for elderly care CCTV",
                None,
                None
            )
            .as_deref(),
            Some("FallNet")
        );
        assert_eq!(short_name("ticket-triage", None, Some("a/b")), None);
        assert_eq!(short_name(long, None, None), None);
    }

    #[test]
    fn a_name_is_introduced_once() {
        let mut names = Names::default();
        let long = "Edge deployment of a person detector on Jetson Orin Nano";
        assert_eq!(
            names.mention("projects[0]", long, Some("edge-yolo-trt")),
            format!("{long} (edge-yolo-trt)")
        );
        assert_eq!(
            names.mention("projects[0]", long, Some("edge-yolo-trt")),
            "edge-yolo-trt"
        );
        assert!(names.told("projects[0]"));
        assert_eq!(names.mention("projects[1]", "FallNet", None), "FallNet");
        assert_eq!(names.mention("projects[1]", "FallNet", None), "FallNet");
    }
}
