//! Folder names from company names: readable (네이버 stays 네이버), and never a path outside
//! the output folder, a reserved name, or a clash with another target's folder.

/// Names Windows reserves for devices, in any case and with any extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// The longest slug, in characters: far below every file system's name limit, even in UTF-8.
const MAX_CHARS: usize = 60;

/// A safe folder name for `name`: letters and digits of any script kept (lower-cased), every
/// other run of characters (slashes, dots, spaces, control characters, emoji) one `-`.
/// Returns `fallback` when nothing usable is left.
pub fn slug(name: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let mut out: String = out.trim_matches('-').chars().take(MAX_CHARS).collect();
    out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        return if fallback.is_empty() {
            "target".to_string()
        } else {
            slug(fallback, "target")
        };
    }
    if RESERVED.contains(&out.as_str()) {
        out.push_str("-co");
    }
    out
}

/// Slugs for every name, made unique (case-insensitively) by appending `-2`, `-3`, ...
pub fn unique_slugs(names: &[(String, String)]) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    names
        .iter()
        .map(|(name, fallback)| {
            let base = slug(name, fallback);
            let mut candidate = base.clone();
            let mut n = 2;
            while taken.contains(&candidate.to_lowercase()) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            taken.push(candidate.to_lowercase());
            candidate
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_stay_inside_the_output_folder() {
        assert_eq!(slug("../../etc", "t"), "etc");
        assert_eq!(slug("/abs/path", "t"), "abs-path");
        assert_eq!(slug("C:\\x", "t"), "c-x");
        assert_eq!(slug("con", "t"), "con-co");
        assert_eq!(slug("LPT1", "t"), "lpt1-co");
        assert_eq!(slug(".", "fallback.json"), "fallback-json");
        assert_eq!(slug("..", ""), "target");
        assert_eq!(slug("a\u{0}b\nc\u{7f}", "t"), "a-b-c");
        assert_eq!(slug("🚀 Rocket 🚀", "t"), "rocket");
        assert_eq!(slug(&"x".repeat(300), "t").chars().count(), 60);
        assert_eq!(slug("VisionGuard Inc.", "t"), "visionguard-inc");
    }

    #[test]
    fn korean_names_stay_readable() {
        assert_eq!(slug("네이버", "t"), "네이버");
        assert_eq!(slug("라이트엣지 (LightEdge)", "t"), "라이트엣지-lightedge");
    }

    #[test]
    fn equal_slugs_get_numbers() {
        let names = [
            ("Acme".to_string(), "a".to_string()),
            ("ACME!".to_string(), "b".to_string()),
            ("acme".to_string(), "c".to_string()),
        ];
        assert_eq!(unique_slugs(&names), ["acme", "acme-2", "acme-3"]);
    }
}
