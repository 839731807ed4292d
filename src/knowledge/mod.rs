//! The knowledge base: industries and the data they handle, common AI applications,
//! opportunities commonly left unexploited, keywords with English and Korean synonyms, and
//! the tools a career names with their spellings in both languages.
//! An embedded default, extendable by a user file (`--knowledge FILE`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::load::{read_json_object, InputError};

mod ideas;
pub mod vocabulary;

pub use ideas::IdeaWords;
pub use vocabulary::{normalize, Terms, Vocabulary};

const DEFAULT: &str = include_str!("../../knowledge/default.json");

/// Text in both document languages, with the keywords that recognise it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Localized {
    pub en: String,
    pub ko: String,
    pub keywords: Vec<String>,
    /// For an opportunity: words naming the place it happens in (a warehouse, a container
    /// terminal). It is offered only to a company whose target names one of them, so a
    /// container shipper is not offered forklift safety. Empty: anywhere in its industry.
    pub settings: Vec<String>,
}

impl Localized {
    /// The text in `lang`.
    pub fn in_lang(&self, lang: crate::profile::Lang) -> &str {
        match lang {
            crate::profile::Lang::En => &self.en,
            crate::profile::Lang::Ko => &self.ko,
        }
    }
}

/// An industry or domain.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Domain {
    pub id: String,
    pub name: Localized,
    /// Words that show a text is about this domain, in English and Korean.
    pub keywords: Vec<String>,
    /// The modalities of the data this domain handles.
    pub data: Vec<String>,
    pub data_description: Localized,
    pub ai_applications: Vec<Localized>,
    pub opportunities: Vec<Localized>,
}

/// A skill, task or field with its names in both languages and the words that show it
/// ("object detection" = 객체 검출 = 객체 탐지; shown by YOLO, DETR, ...).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Concept {
    pub id: String,
    pub en: String,
    pub ko: String,
    /// Other names of the same thing, in either language, and abbreviations (A/B 테스트,
    /// AB test; LTR; 추천 시스템). A posting keyword that is one of these is covered by any
    /// evidence of the concept.
    pub aliases: Vec<String>,
    /// Words that show the concept without naming it (YOLOv8 shows object detection,
    /// a cross-encoder reranker shows learning to rank).
    pub synonyms: Vec<String>,
    /// `field` for a research or application field a career can follow (action
    /// recognition, recommendation, speech); `method` for a technique or habit used along
    /// the way (augmentation, quantization, reproduction). Only fields are tracks.
    pub kind: ConceptKind,
}

/// Whether a concept is a field or a method.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConceptKind {
    Field,
    #[default]
    Method,
}

impl Concept {
    /// Its name in `lang`.
    pub fn name(&self, lang: crate::fields::Lang) -> &str {
        match lang {
            crate::fields::Lang::En => &self.en,
            crate::fields::Lang::Ko => &self.ko,
        }
    }
}

/// A tool, library, model family or platform a career names (PyTorch = 파이토치 = torch),
/// with every spelling of it: `check` reports one a document names and the profile never does.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Tool {
    pub id: String,
    /// Its spellings, in either language; the first is how it is usually written.
    pub names: Vec<String>,
}

/// Words that mark the stage of a piece of work: reproduce -> build -> apply.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Stages {
    pub reproduce: Vec<String>,
    pub build: Vec<String>,
    pub apply: Vec<String>,
}

/// The skills every AI job asks for (the notes: Python and PyTorch/TensorFlow; C/C++ for compression).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CoreSkills {
    pub python: Vec<String>,
    pub framework: Vec<String>,
    pub cpp: Vec<String>,
}

/// The whole knowledge base.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Knowledge {
    pub version: u32,
    pub domains: Vec<Domain>,
    pub concepts: Vec<Concept>,
    /// Modality -> words that reveal it.
    pub modalities: BTreeMap<String, Vec<String>>,
    pub stages: Stages,
    pub weak_signals: Vec<Localized>,
    pub core_skills: CoreSkills,
    pub tools: Vec<Tool>,
    /// The index over every term above, built on first use.
    #[serde(skip)]
    vocabulary: OnceLock<Vocabulary>,
    /// What `split_idea_words` compares with, made on first use.
    #[serde(skip)]
    compared: OnceLock<ideas::Compared>,
    /// Every idea's words split (`idea_words`), made on first use.
    #[serde(skip)]
    ideas: OnceLock<Vec<Vec<IdeaWords>>>,
}

/// Why a knowledge file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("`{path}` is not a valid knowledge file: `{at}`: {message}")]
    Invalid {
        path: PathBuf,
        at: String,
        message: String,
    },
}

impl Knowledge {
    /// The embedded default.
    pub fn builtin() -> &'static Knowledge {
        static BUILTIN: OnceLock<Knowledge> = OnceLock::new();
        // Part of the binary and covered by tests: a failure is a bug, not a user error.
        BUILTIN.get_or_init(|| {
            serde_json::from_str(DEFAULT).expect("embedded knowledge base is valid")
        })
    }

    /// The default extended by the user's file: entries with a known `id` replace the
    /// built-in ones, new ones are added, modality and stage words are added to.
    pub fn with_user_file(path: &Path) -> Result<Knowledge, KnowledgeError> {
        let value = read_json_object(path)?;
        let user: Knowledge =
            serde_path_to_error::deserialize(value).map_err(|e| KnowledgeError::Invalid {
                path: path.to_path_buf(),
                at: e.path().to_string(),
                message: e.into_inner().to_string(),
            })?;
        let mut merged = Knowledge::builtin().clone();
        merged.extend(user);
        // The built-in index does not know the user's terms.
        // Made from the built-in base, they would not see the user's entries.
        merged.vocabulary = OnceLock::new();
        merged.compared = OnceLock::new();
        merged.ideas = OnceLock::new();
        Ok(merged)
    }

    /// The index over every concept, domain and modality term, in both languages.
    pub fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary.get_or_init(|| Vocabulary::build(self))
    }

    fn extend(&mut self, user: Knowledge) {
        for domain in user.domains {
            match self.domains.iter_mut().find(|d| d.id == domain.id) {
                Some(slot) => *slot = domain,
                None => self.domains.push(domain),
            }
        }
        for concept in user.concepts {
            match self.concepts.iter_mut().find(|c| c.id == concept.id) {
                Some(slot) => *slot = concept,
                None => self.concepts.push(concept),
            }
        }
        for tool in user.tools {
            match self.tools.iter_mut().find(|t| t.id == tool.id) {
                Some(slot) => *slot = tool,
                None => self.tools.push(tool),
            }
        }
        for (modality, words) in user.modalities {
            self.modalities.entry(modality).or_default().extend(words);
        }
        self.stages.reproduce.extend(user.stages.reproduce);
        self.stages.build.extend(user.stages.build);
        self.stages.apply.extend(user.stages.apply);
        self.weak_signals.extend(user.weak_signals);
        self.core_skills.python.extend(user.core_skills.python);
        self.core_skills
            .framework
            .extend(user.core_skills.framework);
        self.core_skills.cpp.extend(user.core_skills.cpp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_covers_at_least_twelve_domains_in_both_languages() {
        let kb = Knowledge::builtin();
        assert!(kb.domains.len() >= 12, "{}", kb.domains.len());
        for d in &kb.domains {
            assert!(!d.name.en.is_empty() && !d.name.ko.is_empty(), "{}", d.id);
            assert!(
                !d.data.is_empty() && !d.ai_applications.is_empty() && !d.opportunities.is_empty(),
                "{}",
                d.id
            );
            assert!(
                d.keywords.iter().any(|k| crate::korean::contains_hangul(k)),
                "{} has no Korean keyword",
                d.id
            );
            for o in &d.opportunities {
                assert!(
                    !o.ko.is_empty() && !o.keywords.is_empty(),
                    "{}: {}",
                    d.id,
                    o.en
                );
            }
        }
    }

    #[test]
    fn user_file_replaces_and_adds() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kb.json");
        std::fs::write(
            &path,
            r#"{"domains": [{"id": "e-commerce", "name": {"en": "shops", "ko": "쇼핑"}, "keywords": ["shop"]},
                            {"id": "games", "name": {"en": "games", "ko": "게임"}, "keywords": ["game", "게임"]}]}"#,
        )
        .unwrap();
        let kb = Knowledge::with_user_file(&path).unwrap();
        assert_eq!(kb.domains.len(), Knowledge::builtin().domains.len() + 1);
        assert_eq!(
            kb.domains
                .iter()
                .find(|d| d.id == "e-commerce")
                .unwrap()
                .name
                .en,
            "shops"
        );
    }

    #[test]
    fn a_wrong_type_names_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kb.json");
        std::fs::write(&path, r#"{"domains": [{"id": 3}]}"#).unwrap();
        let err = Knowledge::with_user_file(&path).unwrap_err().to_string();
        assert!(
            err.ends_with("`domains[0].id`: invalid type: integer `3`, expected a string"),
            "{err}"
        );
    }
}
