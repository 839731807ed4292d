//! Facts from prose: what a plain profile says in its text fields (measured results,
//! competitions, coding-test levels, deployment signals, deliverables), read with the JSON
//! path and the exact span each came from. Pure: no I/O. Sits between load and story.
//!
//! Two entry points: [`scan`] reads one arbitrary text (a highlight, or a sentence of a
//! letter to fact-check), [`ProfileFacts::read`] reads every text field of a profile and
//! leaves out what storyfolio's extension fields already state (they win).

pub mod coding;
pub mod competition;
pub mod keyed;
pub mod metric;
mod profile;
pub mod quantity;
pub mod signals;

use std::ops::Range;

use serde::Serialize;

pub use coding::{CodingRead, Standing};
pub use competition::{CompetitionRead, Medal};
pub use metric::{Direction, MetricRead};
pub use profile::{CompetitionFact, ProfileFacts, ResultFacts};
pub use quantity::{quantities, Dimension, Quantity};
pub use signals::{DeliverableRead, SignalKind, SignalRead};

/// Where a fact was read: the JSON path of the text field and the exact words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The JSON path of the field, e.g. `work[0].highlights[1]`.
    pub path: String,
    /// The exact text the fact was read from (a slice of the field).
    pub text: String,
    /// The byte range of `text` within the field.
    #[serde(skip)]
    pub span: Range<usize>,
}

impl Source {
    /// A source in `field` (the full text of the field at `path`).
    pub fn new(path: &str, field: &str, span: Range<usize>) -> Source {
        Source {
            path: path.to_string(),
            text: field.get(span.clone()).unwrap_or_default().to_string(),
            span,
        }
    }

    /// The profile item the field belongs to: `work[0]` for `work[0].highlights[1]`.
    pub fn owner(&self) -> &str {
        self.path.split('.').next().unwrap_or_default()
    }
}

/// A fact and where it was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Read<T> {
    #[serde(flatten)]
    pub fact: T,
    pub source: Source,
}

/// Everything one text says.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TextFacts {
    pub metrics: Vec<MetricRead>,
    pub competition: Option<CompetitionRead>,
    pub coding: Vec<CodingRead>,
    pub signals: Vec<SignalRead>,
    pub deliverables: Vec<DeliverableRead>,
}

/// Reads one text: the same patterns the profile is read with, for a claim extractor.
pub fn scan(text: &str) -> TextFacts {
    TextFacts {
        metrics: metric::metrics(text),
        competition: competition::competition(text),
        coding: coding::coding_levels(text),
        signals: signals::signals(text),
        deliverables: signals::deliverables(text),
    }
}
