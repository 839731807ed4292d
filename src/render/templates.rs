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
    "resume.html.hbs",
    "resume.md.hbs",
    "resume.txt.hbs",
    "resume.typ.hbs",
);

/// Every built-in template, sorted by file name.
pub fn builtin_templates() -> &'static [BuiltinTemplate] {
    BUILTIN
}
