//! storyfolio: a person's career facts told as a story for one company.
//!
//! Data flows one way: load (`profile`, `target`) -> `story` -> `view` -> `render` -> `typst`.

pub mod app;
pub mod atomic;
pub mod cli;
pub mod design;
pub mod diagnostics;
pub mod display;
pub mod docx;
pub mod github;
pub mod input;
pub mod jsonresume;
pub mod knowledge;
pub mod locale;
pub mod profile;
pub mod render;
pub mod schema;
pub mod slug;
pub mod story;
pub mod target;
pub mod typst;
pub mod view;
