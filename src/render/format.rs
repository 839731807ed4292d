//! What storyfolio writes: the documents, the output formats and the template format (with
//! its escaping) each output comes from.

use clap::ValueEnum;
use serde::Serialize;

use super::escape;

/// A document storyfolio writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    /// The resume (CV).
    Resume,
    /// The cover letter (자기소개서), answering the target's questions when it has any.
    CoverLetter,
    /// A one-page company-specific pitch, also usable as an email draft.
    Pitch,
    /// Interview preparation: likely questions with drafted answers and evidence.
    Prep,
}

impl DocKind {
    /// The file stem: `resume`, `cover-letter`.
    pub fn stem(self) -> &'static str {
        match self {
            DocKind::Resume => "resume",
            DocKind::CoverLetter => "cover-letter",
            DocKind::Pitch => "pitch",
            DocKind::Prep => "prep",
        }
    }
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// PDF, compiled by typst.
    Pdf,
    /// Typst source.
    Typ,
    /// A standalone HTML page.
    Html,
    /// Markdown.
    Md,
    /// Plain text.
    Txt,
    /// A Word document, built from the view rather than from a template.
    Docx,
    /// PNG images, one per page (`resume-1.png`, ...), compiled by typst at `--ppi`.
    Png,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Typ => "typ",
            Format::Html => "html",
            Format::Md => "md",
            Format::Txt => "txt",
            Format::Docx => "docx",
            Format::Png => "png",
        }
    }

    /// Whether typst compiles this format.
    pub fn compiled(self) -> bool {
        matches!(self, Format::Pdf | Format::Png)
    }

    /// The template format that produces this output (PDF comes from Typst source).
    /// A Word document has no template of its own: its sentences are the plain-text ones.
    pub fn template_format(self) -> TemplateFormat {
        match self {
            Format::Pdf | Format::Typ | Format::Png => TemplateFormat::Typ,
            Format::Html => TemplateFormat::Html,
            Format::Md => TemplateFormat::Md,
            Format::Txt | Format::Docx => TemplateFormat::Txt,
        }
    }
}

/// The formats templates are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplateFormat {
    Typ = 0,
    Html = 1,
    Md = 2,
    Txt = 3,
}

impl TemplateFormat {
    pub(crate) fn suffix(self) -> &'static str {
        match self {
            TemplateFormat::Typ => "typ",
            TemplateFormat::Html => "html",
            TemplateFormat::Md => "md",
            TemplateFormat::Txt => "txt",
        }
    }

    pub(crate) fn escape_fn(self) -> fn(&str) -> String {
        match self {
            TemplateFormat::Typ => escape::typst_rich,
            TemplateFormat::Html => escape::html_rich,
            TemplateFormat::Md => escape::markdown_rich,
            TemplateFormat::Txt => escape::text_rich,
        }
    }
}
