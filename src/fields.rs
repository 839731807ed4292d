//! The value types the profile and the target share: the document language, a postal
//! location and the kind of role; and the names of the profile's sections.

use serde::{Deserialize, Serialize};

/// The profile's sections: JSON Resume's `basics` and lists, plus storyfolio's `competitions`.
pub const PROFILE_SECTIONS: &[&str] = &[
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "competitions",
];

/// A document language storyfolio writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// The ISO 639-1 code, as Typst's `text(lang:)` and HTML's `lang` expect.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }
}

/// A postal location (JSON Resume's `location`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Location {
    pub address: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub country_code: Option<String>,
    pub region: Option<String>,
}

/// The kind of role: it changes what leads the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleKind {
    /// Papers put to use, 50:50 with service.
    Research,
    /// Turning models into services.
    Engineering,
    /// Tests, environments and serving for delivered models.
    MlEngineering,
}
