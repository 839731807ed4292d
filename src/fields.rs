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

/// A document language as its BCP 47 tag, as written (`en`, `ko-KR`, `ja`, `zh-Hant`,
/// `pt-BR`): a resume can be written in any language a language file exists for; letters,
/// pitches, preparation and coaching only in the story engine's (`Lang`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LangTag(pub String);

impl LangTag {
    /// The tag of a story language.
    pub fn of(lang: Lang) -> LangTag {
        LangTag(lang.code().to_string())
    }

    /// The tag, trimmed.
    pub fn as_str(&self) -> &str {
        self.0.trim()
    }

    /// The story language this tag names (`en-US` is English, `ko-KR` Korean), or `None` for
    /// a language the story engine does not write.
    pub fn story(&self) -> Option<Lang> {
        let primary = self
            .as_str()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            _ => None,
        }
    }
}

impl std::fmt::Display for LangTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
