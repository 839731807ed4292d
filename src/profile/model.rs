//! The profile: JSON Resume 1.0.0 plus storyfolio's additions, as typed serde structs.

use serde::{Deserialize, Serialize};

use crate::fields::RoleKind;
pub use crate::fields::{Lang, LangTag, Location};

/// A whole profile. Every field is optional, as in JSON Resume.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Profile {
    /// `$schema`: the schema the document claims to follow.
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub basics: Basics,
    pub work: Vec<Work>,
    pub volunteer: Vec<Volunteer>,
    pub education: Vec<Education>,
    pub awards: Vec<Award>,
    pub certificates: Vec<Certificate>,
    pub publications: Vec<Publication>,
    pub skills: Vec<Skill>,
    pub languages: Vec<SpokenLanguage>,
    pub interests: Vec<Interest>,
    pub references: Vec<Reference>,
    pub projects: Vec<Project>,
    /// storyfolio: the language documents are written in when the target does not say.
    pub lang: Option<LangTag>,
    /// storyfolio: the look of the documents (theme, paper, margins, fonts, colour, ...).
    pub design: Option<crate::design::DesignInput>,
    /// storyfolio: the candidate's main track or field.
    pub track: Option<String>,
    /// storyfolio: the kind of role the candidate aims for.
    pub preferred_role: Option<RoleKind>,
    /// storyfolio: the GitHub username.
    pub github: Option<String>,
    /// storyfolio: coding-test level, e.g. a solved.ac tier.
    pub coding_test: Option<CodingTest>,
    /// storyfolio: competitions with their retrospectives.
    pub competitions: Vec<Competition>,
    /// JSON Resume's free-form tooling settings (e.g. the registry's `theme`), kept for export.
    pub meta: Option<serde_json::Value>,
    /// storyfolio: texts in other languages, by language code, in the shape of the
    /// profile (see `i18n`); each entry may carry its own.
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// `basics`: who the candidate is.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Basics {
    pub name: Option<String>,
    pub label: Option<String>,
    pub image: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub location: Option<Location>,
    pub profiles: Vec<SocialProfile>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// An entry of `basics.profiles`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SocialProfile {
    pub network: Option<String>,
    pub username: Option<String>,
    pub url: Option<String>,
}

/// A measured result, e.g. `mAP@0.5` `71.2%` against a baseline of `64.5%`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Metric {
    pub name: String,
    pub value: String,
    pub baseline: Option<String>,
}

/// A job (`work[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Work {
    pub name: Option<String>,
    pub location: Option<String>,
    pub description: Option<String>,
    pub position: Option<String>,
    pub url: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub summary: Option<String>,
    pub highlights: Vec<String>,
    /// storyfolio: skills and topics of this job.
    pub keywords: Vec<String>,
    /// storyfolio: industries or application domains.
    pub domains: Vec<String>,
    /// storyfolio: data modalities handled.
    pub modalities: Vec<String>,
    /// storyfolio: measured results.
    pub metrics: Vec<Metric>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// Volunteer work (`volunteer[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Volunteer {
    pub organization: Option<String>,
    pub position: Option<String>,
    pub url: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub summary: Option<String>,
    pub highlights: Vec<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// A degree or course of study (`education[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Education {
    pub institution: Option<String>,
    pub url: Option<String>,
    pub area: Option<String>,
    pub study_type: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub score: Option<String>,
    pub courses: Vec<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// An award (`awards[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Award {
    pub title: Option<String>,
    pub date: Option<String>,
    pub awarder: Option<String>,
    pub summary: Option<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// A certificate (`certificates[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Certificate {
    pub name: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub issuer: Option<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// A publication (`publications[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Publication {
    pub name: Option<String>,
    pub publisher: Option<String>,
    pub release_date: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// A skill group (`skills[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Skill {
    pub name: Option<String>,
    pub level: Option<String>,
    pub keywords: Vec<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// A spoken language (`languages[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SpokenLanguage {
    pub language: Option<String>,
    pub fluency: Option<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// An interest (`interests[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Interest {
    pub name: Option<String>,
    pub keywords: Vec<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// A reference (`references[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Reference {
    pub name: Option<String>,
    pub reference: Option<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// What kind of lasting result a project left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeliverableKind {
    Paper,
    Competition,
    Repo,
    Demo,
    Model,
    Dataset,
    Post,
    Patent,
    Talk,
}

/// A deliverable: something a reader can open.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deliverable {
    #[serde(rename = "type")]
    pub kind: DeliverableKind,
    pub url: String,
    #[serde(default)]
    pub title: Option<String>,
}

/// A before/after note on a repository: "my old code was messy; now...".
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Growth {
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A project (`projects[]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Project {
    pub name: Option<String>,
    /// storyfolio: a short name for a long project name, used after its first mention.
    pub short_name: Option<String>,
    pub description: Option<String>,
    pub highlights: Vec<String>,
    pub keywords: Vec<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub url: Option<String>,
    pub roles: Vec<String>,
    pub entity: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// storyfolio: industries or application domains.
    pub domains: Vec<String>,
    /// storyfolio: data modalities handled.
    pub modalities: Vec<String>,
    /// storyfolio: papers, competition results, repositories, demos.
    pub deliverables: Vec<Deliverable>,
    /// storyfolio: the GitHub repository as `owner/name`.
    pub repo: Option<String>,
    /// storyfolio: what was messy before and how it works now.
    pub growth: Option<Growth>,
    /// storyfolio: measured results.
    pub metrics: Vec<Metric>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}

/// A coding-test level, e.g. solved.ac Gold II.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CodingTest {
    pub platform: Option<String>,
    pub level: String,
    pub url: Option<String>,
}

/// A competition and its retrospective.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Competition {
    pub name: String,
    pub platform: Option<String>,
    pub rank: Option<u32>,
    pub teams: Option<u32>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    /// What the winner did that the candidate did not.
    pub winner_did: Option<String>,
    pub keywords: Vec<String>,
    pub domains: Vec<String>,
    pub modalities: Vec<String>,
    /// storyfolio: this entry's texts in other languages (see `i18n`).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub i18n: serde_json::Value,
}
