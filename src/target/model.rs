//! The target: JSON Resume's job description plus the company facts the story needs.

use serde::{Deserialize, Serialize};

pub use crate::fields::RoleKind;
use crate::fields::{LangTag, Location};

/// A whole target: one company and one role.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Target {
    pub title: Option<String>,
    pub company: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub date: Option<String>,
    pub description: Option<String>,
    pub location: Option<Location>,
    pub remote: Option<String>,
    pub salary: Option<String>,
    pub experience: Option<String>,
    pub responsibilities: Vec<String>,
    pub qualifications: Vec<String>,
    pub skills: Vec<TargetSkill>,
    /// storyfolio: the company's or the posting's web page.
    pub url: Option<String>,
    /// storyfolio: the company's industry or domain.
    pub industry: Option<String>,
    /// storyfolio: the data the company mainly handles.
    pub data: Vec<String>,
    /// storyfolio: the company's products.
    pub products: Vec<Product>,
    /// storyfolio: where the company already uses AI.
    pub ai_uses: Vec<String>,
    /// storyfolio: known gaps, where AI is not (or weakly) used yet.
    pub opportunities: Vec<String>,
    /// storyfolio: the kind of role.
    pub role_kind: Option<RoleKind>,
    /// storyfolio: the language of the application.
    pub language: Option<LangTag>,
    /// storyfolio: the cover-letter questions the company asks.
    pub questions: Vec<Question>,
}

/// A skill the posting asks for.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TargetSkill {
    pub name: Option<String>,
    pub level: Option<String>,
    pub keywords: Vec<String>,
}

/// A product of the company.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Product {
    pub name: String,
    pub description: Option<String>,
}

/// A cover-letter question (자기소개서 item) with its optional character limits.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Question {
    pub question: String,
    /// Limit counted with spaces.
    pub max_chars: Option<u32>,
    /// Limit counted without spaces.
    pub max_chars_no_spaces: Option<u32>,
}
