//! Turning a view into text: documents and formats, the template sources, the Handlebars
//! registries with their helpers, and escaping per output format.

pub mod escape;
mod format;
mod guard;
mod helpers;
mod precompiled;
mod registry;
mod templates;

use std::path::PathBuf;

pub use format::{DocKind, Format, TemplateFormat};
pub use registry::Renderer;
pub use templates::{builtin_templates, export_builtin, BuiltinTemplate};

/// Why templates could not be loaded or rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("failed to read templates folder `{path}`: {source}")]
    ReadDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("failed to read template `{path}`: {source}")]
    ReadTemplate {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("template `{path}` is a link to a file outside the templates folder; copy the file in instead")]
    OutsideFolder { path: PathBuf },
    #[error("template `{name}` nests blocks or expressions more than {limit} deep")]
    TooDeep { name: String, limit: usize },
    #[error("templates include each other in a loop: {cycle}")]
    PartialLoop { cycle: String },
    #[error("template `{name}` names a partial by an expression; write the partial's name, as in `{{{{> name}}}}`")]
    DynamicPartial { name: String },
    #[error("template `{name}` has a syntax error: {message}")]
    Syntax { name: String, message: String },
    /// A template problem found once and reported again on every later use.
    #[error("{0}")]
    Invalid(String),
    #[error("template `{name}` failed: {source}")]
    Render {
        name: String,
        source: Box<handlebars::RenderError>,
    },
    #[error("failed to write `{path}`: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}
