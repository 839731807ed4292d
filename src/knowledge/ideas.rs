//! The words of an idea (an opportunity a domain commonly leaves unexploited) split into the
//! specific ones and those that only name a data modality, made once per knowledge base:
//! every story compares its posting's opportunities with every idea's words.

use super::{normalize, Knowledge};

/// An idea's keywords, split by [`Knowledge::split_idea_words`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdeaWords {
    /// Words that name the problem ("cold start", "콜드 스타트").
    pub specific: Vec<String>,
    /// Words that only name a data modality ("video", "영상").
    pub weak: Vec<String>,
}

/// The normalized words the split compares against.
#[derive(Debug, Clone, Default)]
pub(super) struct Compared {
    /// Per domain, its keywords.
    domain_keywords: Vec<Vec<String>>,
    /// Every word that only names a data modality.
    modality_words: Vec<String>,
}

impl Compared {
    pub(super) fn of(kb: &Knowledge) -> Compared {
        Compared {
            domain_keywords: kb
                .domains
                .iter()
                .map(|d| d.keywords.iter().map(|k| normalize(k)).collect())
                .collect(),
            modality_words: kb
                .modalities
                .values()
                .flatten()
                .map(|m| normalize(m))
                .collect(),
        }
    }
}

impl Knowledge {
    /// Splits an opportunity's words into the specific ones and those that only name a data
    /// modality, dropping the keywords of `domain` (the company's industry, or the idea's
    /// own): evidence that shares only those shares the industry, not the problem. Each
    /// list sorted, without repeats.
    pub fn split_idea_words(&self, domain: Option<usize>, words: Vec<String>) -> IdeaWords {
        let compared = self.compared.get_or_init(|| Compared::of(self));
        let domain_words: &[String] = domain
            .and_then(|d| compared.domain_keywords.get(d))
            .map_or(&[], Vec::as_slice);
        let mut split = IdeaWords::default();
        for word in words {
            let key = normalize(&word);
            if key.is_empty() || domain_words.contains(&key) {
                continue;
            }
            if compared.modality_words.contains(&key) {
                split.weak.push(word);
            } else {
                split.specific.push(word);
            }
        }
        for list in [&mut split.specific, &mut split.weak] {
            list.sort();
            list.dedup();
        }
        split
    }

    /// Every idea's words, split against its own domain: `[domain][idea]`.
    pub fn idea_words(&self) -> &[Vec<IdeaWords>] {
        self.ideas.get_or_init(|| {
            self.domains
                .iter()
                .enumerate()
                .map(|(d, domain)| {
                    domain
                        .opportunities
                        .iter()
                        .map(|o| self.split_idea_words(Some(d), o.keywords.clone()))
                        .collect()
                })
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn industry_words_go_modality_words_are_weak_the_rest_is_specific() {
        let kb = Knowledge::builtin();
        let d = kb.domains.iter().position(|d| d.id == "video-surveillance");
        let d = d.expect("the built-in base has video surveillance");
        let industry = kb.domains[d].keywords[0].clone();
        let split = kb.split_idea_words(
            Some(d),
            vec![
                "Cold start".into(),
                industry,
                "video".into(),
                "cold start".into(),
            ],
        );
        assert_eq!(split.specific, ["Cold start", "cold start"]);
        assert_eq!(split.weak, ["video"]);
        assert_eq!(kb.idea_words().len(), kb.domains.len());
        assert_eq!(kb.idea_words()[d].len(), kb.domains[d].opportunities.len());
    }
}
