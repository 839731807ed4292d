//! storyfolio: a person's career facts told as a story for one company.
//!
//! Data flows one way:
//!
//! ```text
//! load (load, profile, target, knowledge, github's cache) -> facts -> story -> view
//!     -> render (templates; docx for Word) -> typst (PDF)
//! ```
//!
//! `cli` is the command line (clap types only); `app` runs it: each command opens one
//! `app::session::Session` that loads its inputs once, builds the story per target, and
//! writes through `app::documents` and `app::output`.
//!
//! The modules below are declared in layer order, lowest first: a module imports only modules
//! declared above it, never one below, so no two modules import each other.
//! `scripts/check-layers.py` (run by CI) reads this order and fails on an import that points
//! the wrong way, and on a command of `app` that imports another command.

// Foundations: plain helpers that import nothing of storyfolio.
pub mod atomic;
pub mod diagnostics;
pub mod slug;
pub mod trie;
pub mod link;
pub mod html;
pub mod inline;
pub mod korean;
pub mod scripts;
pub mod language_id;
pub mod fields;
pub mod design;
pub mod locale;

// Load: read a JSON file, check its schema, deserialize the profile and the target; the
// knowledge base and the GitHub statistics beside them.
pub mod load;
pub mod profile;
pub mod target;
pub mod display;
pub mod knowledge;
pub mod github;

// Facts: what the profile's prose says (metrics, competitions, coding levels, signals),
// read with JSON paths; pure, between load and story.
pub mod facts;

// Story: pure functions from profile + target (+ statistics) to a typed story.
pub mod story;

// Check: a document's claims against the profile's facts (reads documents; pure matching).
pub mod check;

// View: the structs the templates see.
pub mod view;

// Render: templates to text, Word and JSON Resume; typst to PDF.
pub mod render;
pub mod docx;
pub mod jsonresume;
pub mod typst;

// Commands: the command line, then running it.
pub mod cli;
pub mod app;
