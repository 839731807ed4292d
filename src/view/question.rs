//! Interview questions, phrased once in the document's language: one question per kind (the
//! beat's variant), filled with the beat's facts.

use std::collections::BTreeMap;

use crate::korean::attach as josa;
use crate::profile::Lang;

/// The facts of a question beat by role.
pub(super) struct Facts<'a> {
    pub variant: &'a str,
    facts: &'a BTreeMap<&'static str, String>,
}

impl<'a> Facts<'a> {
    pub fn new(variant: &'a str, facts: &'a BTreeMap<&'static str, String>) -> Self {
        Facts { variant, facts }
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
}

/// An interview question (its kind is the variant) in `lang`; empty for an unknown kind.
pub(super) fn question(facts: &Facts, lang: Lang) -> String {
    let mut out = String::with_capacity(96);
    match lang {
        Lang::Ko => ko(facts, &mut out),
        Lang::En => en(facts, &mut out),
    }
    out.trim().to_string()
}

/// "mAP went from 0.61 to 0.83" or "mAP reached 0.83".
fn en_change(f: &Facts, out: &mut String) {
    // "Accuracy" read from a highlight is a common noun after the comma.
    out.push_str(&super::realize::en::lc_first(f.text("metric")));
    match f.get("baseline") {
        Some(baseline) => {
            out.push_str(" went from ");
            out.push_str(baseline);
            out.push_str(" to ");
        }
        None => out.push_str(" reached "),
    }
    out.push_str(f.text("value"));
}

/// "0.61 → 0.83" or "0.83".
fn ko_change(f: &Facts, out: &mut String) {
    if let Some(baseline) = f.get("baseline") {
        out.push_str(baseline);
        out.push_str(" → ");
    }
    out.push_str(f.text("value"));
}

/// A competition's name without the place written after it ("MICCAI 2022 폐결절 검출 챌린지
/// 5위 (61팀 중)" -> "MICCAI 2022 폐결절 검출 챌린지"): the question asks about the
/// competition, and its answer tells the place.
fn without_rank(name: &str) -> &str {
    let cut = name.char_indices().find(|&(i, c)| {
        let at_word = i > 0 && (c == ' ' || c == '(');
        let rest = name[i + c.len_utf8()..].trim_start_matches('(');
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        at_word
            && digits > 0
            && ["위", "st", "nd", "rd", "th", "등"]
                .iter()
                .any(|s| rest[digits..].starts_with(s))
    });
    match cut {
        Some((i, _)) => name[..i].trim_end_matches([' ', '-', ',', '(']),
        None => name,
    }
}

/// Appends an English interview question of the kind `f.variant` to `out`.
fn en(f: &Facts, out: &mut String) {
    match f.variant {
        "hire-you" => {
            out.push_str("Why should ");
            out.push_str(f.get("company").unwrap_or("we"));
            out.push_str(" hire you?");
        }
        "why-domain" => {
            out.push_str("Why ");
            out.push_str(f.get("company").unwrap_or("us"));
            out.push_str(", and what do you know about our domain?");
        }
        "no-data" => out.push_str("What would you do if we had no data to train on?"),
        "claim" => {
            // "At Callwise", "In my freelance work", "In my wafer map defect classifier".
            let project = f.text("project");
            let place = match f.get("place") {
                Some(_) => super::realize::en::at_employer(project),
                None => format!(
                    "in {}",
                    super::realize::en::as_my_project(project)
                        .unwrap_or_else(|| project.to_string())
                ),
            };
            out.push_str(&super::realize::en::uc_first(&place));
            out.push_str(", ");
            en_change(f, out);
            out.push_str(". How did you get there, and how did you measure it?");
        }
        "compression" => {
            out.push_str("Why does making models lighter matter for a product like ours?")
        }
        "competition" => {
            out.push_str("What did you learn from ");
            // The medal is what was won, not part of the name.
            let (name, _) = super::realize::en::without_medal(without_rank(f.text("competition")));
            out.push_str(&name);
            out.push('?');
        }
        "code" => {
            out.push_str("Walk us through your code for ");
            out.push_str(f.text("project"));
            out.push_str(". What would you do differently now?");
        }
        "llm" => out.push_str("Have you applied LLMs in practice?"),
        "coding-test" => out.push_str(
            "How strong is your coding? Could you write a layer or a preprocessing step from scratch?",
        ),
        _ => {}
    }
}

/// Appends a Korean interview question of the kind `f.variant` to `out`.
fn ko(f: &Facts, out: &mut String) {
    match f.variant {
        "hire-you" => {
            match f.get("company") {
                Some(company) => out.push_str(&josa(company, "이/가")),
                None => out.push_str("우리가"),
            }
            out.push_str(" 왜 당신을 뽑아야 합니까?");
        }
        "why-domain" => {
            out.push_str("왜 ");
            out.push_str(f.get("company").unwrap_or("우리 회사"));
            out.push_str("입니까? 우리 도메인에 대해 무엇을 알고 있습니까?");
        }
        "no-data" => out.push_str("회사에 학습할 데이터가 없다면 어떻게 하겠습니까?"),
        "claim" => {
            out.push_str(f.text("project"));
            out.push_str("에서 ");
            // "도구를 만들어 클립당 라벨링 시간": the metric without the verb that led to it.
            out.push_str(super::realize::ko::metric_name(f.text("metric")));
            out.push_str(" 지표가 ");
            // "0.83이었습니다", "140 ms였습니다": the copula follows the last sound.
            let mut change = String::new();
            ko_change(f, &mut change);
            out.push_str(&josa(&change, "이었습니다/였습니다"));
            out.push_str(". 어떻게 달성했고, 어떻게 측정했습니까?");
        }
        "compression" => out.push_str("우리 같은 제품에서 모델 경량화가 왜 중요합니까?"),
        "competition" => {
            // The medal is what was won, not part of the name.
            let (name, _) = super::realize::en::without_medal(without_rank(f.text("competition")));
            // "… 대회 우수상": the prize is not the event.
            out.push_str(super::realize::ko::prize_of(&name).0);
            out.push_str("에서 무엇을 배웠습니까?");
        }
        "code" => {
            out.push_str(f.text("project"));
            out.push_str(" 코드를 설명해 주세요. 지금이라면 무엇을 다르게 하겠습니까?");
        }
        "llm" => out.push_str("LLM을 실제로 활용해 본 적이 있습니까?"),
        "coding-test" => out.push_str(
            "코딩 실력은 어느 정도입니까? 레이어나 전처리 코드를 처음부터 짤 수 있습니까?",
        ),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn competitions_are_asked_without_their_place() {
        assert_eq!(
            without_rank("MICCAI 2022 폐결절 검출 챌린지 5위 (61팀 중)"),
            "MICCAI 2022 폐결절 검출 챌린지"
        );
        assert_eq!(
            without_rank("Kaggle CommonLit Readability Prize - silver medal (23rd of 4,358 teams)"),
            "Kaggle CommonLit Readability Prize - silver medal"
        );
        assert_eq!(without_rank("Top 10 Challenge"), "Top 10 Challenge");
    }

    #[test]
    fn questions_name_the_company_or_speak_for_it() {
        let none = BTreeMap::new();
        let f: BTreeMap<&'static str, String> = [("company", "VisionGuard".to_string())]
            .into_iter()
            .collect();
        let hire = Facts::new("hire-you", &f);
        assert_eq!(
            question(&hire, Lang::En),
            "Why should VisionGuard hire you?"
        );
        assert_eq!(
            question(&hire, Lang::Ko),
            "VisionGuard가 왜 당신을 뽑아야 합니까?"
        );
        let anonymous = Facts::new("hire-you", &none);
        assert_eq!(question(&anonymous, Lang::En), "Why should we hire you?");
        assert_eq!(
            question(&anonymous, Lang::Ko),
            "우리가 왜 당신을 뽑아야 합니까?"
        );
        assert_eq!(question(&Facts::new("unknown", &none), Lang::Ko), "");
    }

    #[test]
    fn a_claim_question_says_the_change() {
        let f: BTreeMap<&'static str, String> = [
            ("project", "Edge ReID"),
            ("metric", "mAP"),
            ("baseline", "0.61"),
            ("value", "0.83"),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
        assert_eq!(
            question(&Facts::new("claim", &f), Lang::En),
            "In Edge ReID, mAP went from 0.61 to 0.83. How did you get there, and how did you measure it?"
        );
        assert_eq!(
            question(&Facts::new("claim", &f), Lang::Ko),
            "Edge ReID에서 mAP 지표가 0.61 → 0.83이었습니다. 어떻게 달성했고, 어떻게 측정했습니까?"
        );
        let described: BTreeMap<&'static str, String> = [
            ("project", "Wafer map defect classifier"),
            ("metric", "Accuracy"),
            ("baseline", "0.87"),
            ("value", "0.94"),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
        assert_eq!(
            question(&Facts::new("claim", &described), Lang::En),
            "In my wafer map defect classifier, accuracy went from 0.87 to 0.94. How did you get there, and how did you measure it?"
        );
        let mut freelance = described.clone();
        freelance.insert("project", "Freelance".to_string());
        freelance.insert("place", "At".to_string());
        assert!(question(&Facts::new("claim", &freelance), Lang::En)
            .starts_with("In my freelance work, accuracy went from 0.87 to 0.94."));
        let read: BTreeMap<&'static str, String> = [
            ("project", "한울모빌리티"),
            ("metric", "검수 도구를 만들어 클립당 수작업 라벨링 시간"),
            ("baseline", "6분"),
            ("value", "90초"),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
        assert_eq!(
            question(&Facts::new("claim", &read), Lang::Ko),
            "한울모빌리티에서 클립당 수작업 라벨링 시간 지표가 6분 → 90초였습니다. 어떻게 달성했고, 어떻게 측정했습니까?"
        );
    }

    #[test]
    fn a_competition_question_names_the_event_not_its_prize() {
        let f: BTreeMap<&'static str, String> = [(
            "competition",
            "국립국어원 인공지능 언어 능력 평가 대회 우수상".to_string(),
        )]
        .into_iter()
        .collect();
        assert_eq!(
            question(&Facts::new("competition", &f), Lang::Ko),
            "국립국어원 인공지능 언어 능력 평가 대회에서 무엇을 배웠습니까?"
        );
    }
}
