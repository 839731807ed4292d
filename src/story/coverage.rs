//! Keyword coverage of the posting, in English and Korean: which of its keywords the
//! candidate has evidence for (say it) and which are missing.

use serde::Serialize;

use crate::knowledge::Knowledge;
use crate::profile::Lang;

use super::analysis::{Item, Needs};
use super::text::Text;
use super::Fact;

/// One keyword of the posting and where the profile shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Covered {
    pub keyword: String,
    /// The JSON path in the profile where the evidence is.
    pub evidence: String,
}

/// The posting's keywords split by evidence.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    /// You have evidence: say it.
    pub have: Vec<Covered>,
    /// No evidence in the profile.
    pub missing: Vec<String>,
}

/// Computes the coverage of `needs`' keywords and concepts by `items` and the skills text.
pub fn coverage(
    kb: &Knowledge,
    needs: &Needs,
    items: &[Item],
    skills_text: &Text,
    lang: Lang,
) -> Coverage {
    let mut wanted: Vec<(String, Vec<String>)> = needs
        .keywords
        .iter()
        .map(|k: &Fact| (k.text.clone(), vec![k.text.clone()]))
        .collect();
    for &c in &needs.concepts {
        // `needs.concepts` indexes this same knowledge base (`analysis::needs`).
        let concept = &kb.concepts[c];
        let name = match lang {
            Lang::En => concept.en.clone(),
            Lang::Ko => concept.ko.clone(),
        };
        if !wanted.iter().any(|(w, _)| w.eq_ignore_ascii_case(&name)) {
            wanted.push((name, concept.synonyms.clone()));
        }
    }
    let mut out = Coverage::default();
    for (keyword, words) in wanted {
        // A keyword names a concept's synonym: the whole concept counts as evidence.
        // A keyword that names a whole concept ("model compression") is covered by any of
        // its synonyms; a specific tool ("Kubernetes") only by itself.
        let mut synonyms = words.clone();
        for concept in &kb.concepts {
            if concept.en.eq_ignore_ascii_case(&keyword) || concept.ko == keyword {
                synonyms.extend(concept.synonyms.iter().cloned());
            }
        }
        let evidence = items
            .iter()
            .find(|i| i.text.any(&synonyms))
            .map(|i| i.path.clone())
            .or_else(|| skills_text.any(&synonyms).then(|| "skills".to_string()));
        match evidence {
            Some(path) => out.have.push(Covered {
                keyword,
                evidence: path,
            }),
            None => out.missing.push(keyword),
        }
    }
    out
}
