//! The built-in templates, compiled into the binary so storyfolio works from any directory.

/// A built-in template: its file name and text.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinTemplate {
    pub file: &'static str,
    pub text: &'static str,
}

macro_rules! builtin {
    ($($file:literal),* $(,)?) => {
        &[$(BuiltinTemplate { file: $file, text: include_str!(concat!("../../templates/", $file)) }),*]
    };
}

const BUILTIN: &[BuiltinTemplate] = builtin!(
    "_header.html.hbs",
    "_header.typ.hbs",
    "_style.html.hbs",
    "_style.typ.hbs",
    "beat-en.hbs",
    "beat-ko.hbs",
    "cover-letter.html.hbs",
    "cover-letter.md.hbs",
    "cover-letter.txt.hbs",
    "cover-letter.typ.hbs",
    "pitch.html.hbs",
    "pitch.md.hbs",
    "pitch.txt.hbs",
    "pitch.typ.hbs",
    "prep.html.hbs",
    "prep.md.hbs",
    "prep.txt.hbs",
    "prep.typ.hbs",
    "question-en.hbs",
    "question-ko.hbs",
    "resume.html.hbs",
    "resume.md.hbs",
    "resume.txt.hbs",
    "resume.typ.hbs",
);

/// Every built-in template, sorted by file name.
pub fn builtin_templates() -> &'static [BuiltinTemplate] {
    BUILTIN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_file_is_built_in() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".hbs"))
            .collect();
        on_disk.sort();
        let built_in: Vec<&str> = builtin_templates().iter().map(|t| t.file).collect();
        assert_eq!(on_disk, built_in);
    }

    #[test]
    fn no_template_fetches_a_package() {
        for t in builtin_templates() {
            assert!(!t.text.contains("@preview"), "{} imports a package", t.file);
            assert!(!t.text.contains("#import"), "{} imports a file", t.file);
        }
    }
}
