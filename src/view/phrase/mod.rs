//! Each beat and interview question phrased once, as finished plain-text sentences in the
//! document's language: one function per beat kind and language (`en`, `ko`). Every format
//! prints these sentences (escaped for it by the renderer), the letter's character limits
//! count them and `--explain` lists them.

mod en;
mod ko;

use std::collections::BTreeMap;

use crate::profile::Lang;
use crate::story::RuleId;

/// The facts of one beat by role, as the phrasing functions read them.
pub(super) struct Facts<'a> {
    pub variant: &'a str,
    facts: &'a BTreeMap<&'static str, String>,
    lists: &'a BTreeMap<&'static str, Vec<String>>,
}

impl<'a> Facts<'a> {
    pub fn new(
        variant: &'a str,
        facts: &'a BTreeMap<&'static str, String>,
        lists: &'a BTreeMap<&'static str, Vec<String>>,
    ) -> Self {
        Facts {
            variant,
            facts,
            lists,
        }
    }

    /// The fact of `role` when it is there and not empty.
    fn get(&self, role: &str) -> Option<&'a str> {
        self.facts
            .get(role)
            .map(String::as_str)
            .filter(|t| !t.is_empty())
    }

    /// The fact of `role`, empty when missing.
    fn text(&self, role: &str) -> &'a str {
        self.get(role).unwrap_or_default()
    }

    /// The list of `role`, empty when missing.
    fn list(&self, role: &str) -> &'a [String] {
        self.lists.get(role).map(Vec::as_slice).unwrap_or_default()
    }
}

/// A phrasing function: appends a beat's sentences to the text.
type Phrasing = fn(&Facts, &mut String);

/// The English and the Korean phrasing of each beat kind; none for a kind no sentence is
/// written for.
fn phrasings(rule: RuleId) -> Option<(Phrasing, Phrasing)> {
    Some(match rule {
        RuleId::Frame => (en::frame, ko::frame),
        RuleId::DataFirst => (en::data_first, ko::data_first),
        RuleId::DomainFit => (en::domain_fit, ko::domain_fit),
        RuleId::OneStory => (en::one_story, ko::one_story),
        RuleId::ReproduceThenBuild => (en::reproduce_then_build, ko::reproduce_then_build),
        RuleId::RoleEmphasis => (en::role_emphasis, ko::role_emphasis),
        RuleId::BringResearch => (en::bring_research, ko::bring_research),
        RuleId::CompressionValue => (en::compression_value, ko::compression_value),
        RuleId::CompetitionRetro => (en::competition_retro, ko::competition_retro),
        RuleId::GithubGrowth => (en::github_growth, ko::github_growth),
        RuleId::AiOpportunity => (en::ai_opportunity, ko::ai_opportunity),
        RuleId::Trend => (en::trend, ko::trend),
        RuleId::CoreSkills => (en::core_skills, ko::core_skills),
        RuleId::CodingProof => (en::coding_proof, ko::coding_proof),
        RuleId::Deliverables => (en::deliverables, ko::deliverables),
        RuleId::NoDataAnswer => (en::no_data_answer, ko::no_data_answer),
        RuleId::WeakSignals => return None,
    })
}

/// The sentences of a beat of `rule` in `lang`; empty for a beat no sentence is written for.
pub(super) fn beat(rule: RuleId, facts: &Facts, lang: Lang) -> String {
    let Some((en, ko)) = phrasings(rule) else {
        return String::new();
    };
    let mut out = String::with_capacity(160);
    match lang {
        Lang::En => en(facts, &mut out),
        Lang::Ko => ko(facts, &mut out),
    }
    out.trim().to_string()
}

/// An interview question (its kind is the variant) in `lang`.
pub(super) fn question(facts: &Facts, lang: Lang) -> String {
    let mut out = String::with_capacity(96);
    match lang {
        Lang::Ko => ko::question(facts, &mut out),
        Lang::En => en::question(facts, &mut out),
    }
    out.trim().to_string()
}

/// Joins a list for prose: "A, B and C" in English, "A, B, C" in Korean.
pub fn join_and(items: &[impl AsRef<str>], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        many => {
            let texts: Vec<&str> = many.iter().map(AsRef::as_ref).collect();
            match lang {
                Lang::Ko => texts.join(", "),
                Lang::En => {
                    let (end, init) = texts.split_last().unwrap_or((&"", &[]));
                    format!("{} and {end}", init.join(", "))
                }
            }
        }
    }
}

/// Joins steps in order: "A, then B" in English, "A → B" in Korean.
pub fn join_then(items: &[impl AsRef<str>], lang: Lang) -> String {
    let texts: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    texts.join(if lang == Lang::Ko { " → " } else { ", then " })
}

/// Past-tense verbs that do not end in -ed but open resume bullets.
const IRREGULAR_PAST: &[&str] = &[
    "built", "wrote", "led", "ran", "made", "won", "taught", "cut", "set", "found", "brought",
    "drove", "took", "gave", "held", "kept", "sent", "spent", "grew", "began", "chose", "met",
    "paid", "sold", "split", "shipped",
];

/// A resume bullet ("Reproduced ST-GCN ...") as a first-person sentence ("I reproduced
/// ST-GCN ..."); text that does not open with a past-tense verb is left as it is.
pub fn english_clause(text: &str) -> String {
    let first_len = text
        .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .unwrap_or(text.len());
    // `first` is a run of ASCII characters at the start of `text`, so every slice below
    // falls on a character boundary.
    let first = &text[..first_len];
    let lower = first.to_ascii_lowercase();
    let starts_capitalised = first.starts_with(|c: char| c.is_ascii_uppercase());
    let is_verb =
        lower.len() > 3 && lower.ends_with("ed") || IRREGULAR_PAST.contains(&lower.as_str());
    if starts_capitalised
        && is_verb
        && first[1..]
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-')
    {
        format!("I {lower}{}", &text[first_len..])
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(pairs: &[(&'static str, &str)]) -> BTreeMap<&'static str, String> {
        pairs.iter().map(|(k, v)| (*k, v.to_string())).collect()
    }

    #[test]
    fn bullets_become_first_person_sentences() {
        assert_eq!(
            english_clause("Reproduced ST-GCN on NTU"),
            "I reproduced ST-GCN on NTU"
        );
        assert_eq!(english_clause("Built a tool"), "I built a tool");
        assert_eq!(english_clause("Fine-tuned YOLOv5"), "I fine-tuned YOLOv5");
        assert_eq!(
            english_clause("Master's thesis project"),
            "Master's thesis project"
        );
        assert_eq!(english_clause("Red team lead"), "Red team lead");
        assert_eq!(english_clause("ONNXed it"), "ONNXed it");
        assert_eq!(english_clause("한국어 문장"), "한국어 문장");
        assert_eq!(english_clause(""), "");
    }

    #[test]
    fn lists_join_as_each_language_reads() {
        assert_eq!(join_and(&["A", "B", "C"], Lang::En), "A, B and C");
        assert_eq!(join_and(&["A", "B", "C"], Lang::Ko), "A, B, C");
        assert_eq!(join_and(&["A"], Lang::En), "A");
        assert_eq!(join_and(&[] as &[&str], Lang::En), "");
        assert_eq!(join_then(&["A", "B"], Lang::En), "A, then B");
        assert_eq!(join_then(&["A", "B"], Lang::Ko), "A → B");
    }

    #[test]
    fn the_letter_opening_in_both_languages() {
        let f = facts(&[("company", "라이트엣지"), ("role", "경량화 엔지니어")]);
        let lists = BTreeMap::new();
        let opening = Facts::new("opening", &f, &lists);
        assert_eq!(
            beat(RuleId::Frame, &opening, Lang::Ko),
            "라이트엣지의 경량화 엔지니어로 지원합니다."
        );
        assert_eq!(
            beat(RuleId::Frame, &opening, Lang::En),
            "I am writing to apply for the 경량화 엔지니어 position at 라이트엣지."
        );
    }

    #[test]
    fn a_claim_with_and_without_a_baseline() {
        let lists = [("highlights", vec!["Shipped it to 40 cameras".to_string()])]
            .into_iter()
            .collect();
        let with = facts(&[
            ("project", "Edge ReID"),
            ("metric", "mAP"),
            ("baseline", "0.61"),
            ("value", "0.83"),
            ("description", "Reproduced OSNet"),
        ]);
        assert_eq!(
            beat(RuleId::Frame, &Facts::new("claim", &with, &lists), Lang::En),
            "In Edge ReID, mAP went from 0.61 to 0.83. I reproduced OSNet. I shipped it to 40 cameras."
        );
        let without = facts(&[
            ("project", "Edge ReID"),
            ("metric", "mAP"),
            ("value", "0.83"),
        ]);
        let none = BTreeMap::new();
        assert_eq!(
            beat(
                RuleId::Frame,
                &Facts::new("claim", &without, &none),
                Lang::Ko
            ),
            "Edge ReID에서 mAP 지표는 0.83였습니다."
        );
    }

    #[test]
    fn questions_name_the_company_or_speak_for_it() {
        let none = BTreeMap::new();
        let no_facts = BTreeMap::new();
        let f = facts(&[("company", "VisionGuard")]);
        let hire = Facts::new("hire-you", &f, &none);
        assert_eq!(
            question(&hire, Lang::En),
            "Why should VisionGuard hire you?"
        );
        assert_eq!(
            question(&hire, Lang::Ko),
            "VisionGuard가 왜 당신을 뽑아야 합니까?"
        );
        let anonymous = Facts::new("hire-you", &no_facts, &none);
        assert_eq!(question(&anonymous, Lang::En), "Why should we hire you?");
        assert_eq!(
            question(&anonymous, Lang::Ko),
            "우리가 왜 당신을 뽑아야 합니까?"
        );
    }

    #[test]
    fn an_unknown_kind_says_nothing() {
        let none = BTreeMap::new();
        let no_facts = BTreeMap::new();
        let weak = Facts::new("", &no_facts, &none);
        assert_eq!(beat(RuleId::WeakSignals, &weak, Lang::En), "");
        assert_eq!(
            question(&Facts::new("unknown", &no_facts, &none), Lang::Ko),
            ""
        );
    }
}
