//! Keyword coverage of the posting, in English and Korean: which of its keywords the
//! candidate has evidence for (say it) and which are missing.

use serde::Serialize;

use crate::knowledge::Knowledge;
use crate::profile::Lang;

use super::analysis::{Item, Needs};
use super::text::{normalize, Keyword, Text};
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
///
/// Through the knowledge base's one vocabulary: a keyword that names a concept in either
/// language ("A/B testing", "객체 검출", "learning to rank") is covered by any evidence of
/// that concept ("A/B 테스트", a YOLOv8 project, a distilled reranker); a specific tool
/// ("Kubernetes") only by itself.
pub fn coverage(
    kb: &Knowledge,
    needs: &Needs,
    items: &[Item],
    skills_text: &Text,
    lang: Lang,
) -> Coverage {
    let vocabulary = kb.vocabulary();
    let mut wanted: Vec<(String, Vec<usize>)> = needs
        .keywords
        .iter()
        .map(|k: &Fact| {
            let named = vocabulary.find(&normalize(&k.text)).named;
            (k.text.clone(), named)
        })
        .collect();
    for &c in &needs.concepts {
        // `needs.concepts` indexes this same knowledge base (`analysis::needs`).
        let name = kb.concepts[c].name(lang).to_string();
        let already = wanted
            .iter()
            .any(|(w, named)| w.eq_ignore_ascii_case(&name) || named.contains(&c));
        if !already {
            wanted.push((name, vec![c]));
        }
    }
    let skill_concepts = vocabulary.find(skills_text.as_str()).concepts;
    let mut out = Coverage::default();
    for (keyword, named) in wanted {
        let prepared = Keyword::new(&keyword);
        let shows = |text: &Text, concepts: &[usize]| {
            text.has_keyword(&prepared) || named.iter().any(|c| concepts.contains(c))
        };
        let evidence = items
            .iter()
            .find(|i| shows(&i.text, &i.concepts))
            .map(|i| i.path.clone())
            .or_else(|| shows(skills_text, &skill_concepts).then(|| "skills".to_string()));
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
