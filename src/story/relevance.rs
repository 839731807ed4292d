//! How well each highlight answers what the posting asks for (its responsibilities and
//! qualifications): the concepts and tools they share through the knowledge base's one
//! vocabulary (so English evidence answers a Korean posting and the other way round), the
//! content words they share ("무단횡단", "재학습 파이프라인"), and a measured result that moves
//! what an ask wants moved ("Reduce the cost of training" and "Reduced GPU training cost by
//! 35%"). The letter's evidence paragraph tells the highlights that answer the posting best,
//! and the close names the responsibility the candidate's work answers best.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::facts::metric::{direction_of_word, Direction};
use crate::knowledge::vocabulary::normalize;
use crate::knowledge::Knowledge;
use crate::korean::{contains_hangul, strip_particle};
use crate::target::Target;

use super::{Evidence, EvidenceKind, Fact};

/// Points for each knowledge-base concept a highlight shares with an ask.
const PER_CONCEPT: u32 = 3;
/// Points for each tool (TensorRT, Kubeflow) a highlight shares with an ask.
const PER_TOOL: u32 = 2;
/// Points for each content word a highlight shares with an ask.
const PER_WORD: u32 = 1;
/// Points when a highlight measures the change an ask wants: "Reduce the cost of training"
/// is answered by "Reduced GPU training cost by 35%" (the same thing moved the same way,
/// with a number) better than by a highlight that only shares a concept with it.
const PER_MEASURED_CHANGE: u32 = 3;

/// Words every posting and profile uses, which say nothing about the work itself.
const STOP_WORDS: &[&str] = &[
    "and",
    "the",
    "with",
    "for",
    "from",
    "into",
    "our",
    "your",
    "you",
    "are",
    "will",
    "that",
    "this",
    "who",
    "experience",
    "years",
    "year",
    "model",
    "models",
    "build",
    "building",
    "built",
    "work",
    "working",
    "using",
    "use",
    "used",
    "own",
    "new",
    "plus",
    "nice",
    "have",
    "has",
    "strong",
    "ability",
    "team",
    "teams",
    "production",
    "across",
    "over",
    "per",
    "개발",
    "모델",
    "경험",
    "구축",
    "운영",
    "기반",
    "이상",
    "관련",
    "우대",
    "보유",
    "능숙자",
    "위한",
    "통한",
    "사용",
    "활용",
    "또는",
    "업무",
    "담당",
    "수행",
    "능력",
    "경력",
    "이해",
];

/// The content words of a text: lower-case, Korean particles stripped, short and common
/// words left out.
fn content_words(normalized: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in normalized.split(|c: char| c.is_whitespace() || matches!(c, '/' | '.' | ':')) {
        let word = strip_particle(raw);
        let long_enough = if contains_hangul(word) {
            word.chars().count() >= 2
        } else {
            word.chars().count() >= 3 && !word.chars().all(|c| c.is_ascii_digit())
        };
        if long_enough && !STOP_WORDS.contains(&word) && !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
    }
    out
}

/// Whether two content words are the same word: equal, or for Korean one the other with an
/// ending ("라벨링" and "라벨링하는").
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // The prefix test first: it fails on the first byte for most pairs, and every pair of
    // a posting's and an item's words is tried.
    long.starts_with(short) && contains_hangul(short) && short.chars().count() >= 2
}

/// A text read for matching: its concepts, tools and content words, and for an ask which
/// way its first word of change points ("Reduce ...", "... 단축").
#[derive(Debug, Clone)]
struct Read {
    concepts: Vec<usize>,
    tools: Vec<usize>,
    words: Vec<String>,
    direction: Direction,
}

impl Read {
    fn of(kb: &Knowledge, text: &str) -> Read {
        let norm = normalize(text);
        let terms = kb.vocabulary().find(&norm);
        Read {
            concepts: terms.concepts,
            tools: terms.tools,
            words: content_words(&norm),
            direction: Direction::None,
        }
    }

    /// An ask read for matching, with the way it wants a thing moved: only asks need it
    /// (a highlight's changes are read by the facts stage).
    fn of_ask(kb: &Knowledge, text: &str) -> Read {
        let mut read = Read::of(kb, text);
        read.direction = read
            .words
            .iter()
            .map(|w| direction_of_word(w))
            .find(|d| *d != Direction::None)
            .unwrap_or(Direction::None);
        read
    }

    /// How well a highlight (`highlight`, with its measured `changes`) answers this ask.
    fn answer(&self, highlight: &Read, changes: &[(Direction, Vec<String>)]) -> u32 {
        let shared = self.overlap(highlight);
        shared + self.measured_change(changes, shared)
    }

    /// `PER_MEASURED_CHANGE` when one of `changes` (a highlight's measured results: which
    /// way each moved, and the words of its name) moves a thing this ask names the way
    /// this ask wants, and the highlight already shares more than one word with the ask
    /// (`shared`, its `overlap`): a single shared word is chance ("line crossing" and "line
    /// yield").
    fn measured_change(&self, changes: &[(Direction, Vec<String>)], shared: u32) -> u32 {
        let answers = |(direction, name): &(Direction, Vec<String>)| {
            *direction != Direction::None
                && *direction == self.direction
                && name
                    .iter()
                    .any(|n| self.words.iter().any(|w| same_word(w, n)))
        };
        if shared >= 2 * PER_WORD && changes.iter().any(answers) {
            PER_MEASURED_CHANGE
        } else {
            0
        }
    }

    /// How much `self` and `other` share.
    fn overlap(&self, other: &Read) -> u32 {
        let concepts = self
            .concepts
            .iter()
            .filter(|c| other.concepts.contains(c))
            .count() as u32;
        let tools = self
            .tools
            .iter()
            .filter(|t| other.tools.contains(t))
            .count() as u32;
        let words = self
            .words
            .iter()
            .filter(|w| other.words.iter().any(|o| same_word(w, o)))
            .count() as u32;
        concepts * PER_CONCEPT + tools * PER_TOOL + words * PER_WORD
    }
}

/// A measured change as `Read::measured_change` compares it: which way it moved, and the
/// content words of what moved.
fn change_words(direction: Direction, name: &str) -> (Direction, Vec<String>) {
    (direction, content_words(&normalize(name)))
}

/// What the posting asks for: its responsibilities, then its qualifications.
#[derive(Debug, Clone, Default)]
pub struct Asks {
    asks: Vec<(Fact, Read)>,
}

impl Asks {
    /// Reads the asks of `target`.
    pub fn of(kb: &Knowledge, target: &Target) -> Asks {
        let lines = |list: &[String], key: &str| -> Vec<Fact> {
            list.iter()
                .enumerate()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(i, t)| Fact::new(t.trim(), format!("{key}[{i}]")))
                .collect()
        };
        let asks = lines(&target.responsibilities, "responsibilities")
            .into_iter()
            .chain(lines(&target.qualifications, "qualifications"))
            .map(|f| {
                let read = Read::of_ask(kb, &f.text);
                (f, read)
            })
            .collect();
        Asks { asks }
    }

    /// How well `text` answers the posting: its overlap with every ask, summed.
    #[cfg(test)]
    pub fn relevance(&self, kb: &Knowledge, text: &str) -> u32 {
        let read = Read::of(kb, text);
        let changes: Vec<_> = crate::facts::metric::metrics(text)
            .into_iter()
            .map(|m| change_words(m.direction, &m.name))
            .collect();
        self.asks
            .iter()
            .map(|(_, a)| a.answer(&read, &changes))
            .sum()
    }
}

/// A responsibility of the posting with the highlight that answers it best.
#[derive(Debug, Clone, Serialize)]
pub struct AskMatch {
    /// The responsibility as the posting words it.
    pub ask: Fact,
    /// The path of the evidence the highlight belongs to.
    pub evidence: String,
    pub highlight: Fact,
    pub score: u32,
}

/// Scores every highlight of `ranked` for the posting (in `facts.relevance`, by path), and
/// pairs each responsibility with the highlight that answers it best, best-answered first.
pub fn score(kb: &Knowledge, target: &Target, ranked: &mut [Evidence]) -> Vec<AskMatch> {
    let asks = Asks::of(kb, target);
    let mut matches: Vec<(usize, AskMatch)> = Vec::new();
    for e in ranked.iter_mut() {
        let mut relevance = BTreeMap::new();
        for h in &e.facts.highlights {
            let read = Read::of(kb, &h.text);
            // Read once by the facts stage, with the rest of the profile's prose.
            let changes: Vec<_> = e
                .facts
                .changes
                .iter()
                .filter(|c| c.path == h.path)
                .map(|c| change_words(c.direction, &c.name))
                .collect();
            // Each overlap once: the total and the best answer to each ask both need it.
            let overlaps: Vec<u32> = asks
                .asks
                .iter()
                .map(|(_, a)| a.answer(&read, &changes))
                .collect();
            relevance.insert(h.path.clone(), overlaps.iter().sum());
            if e.kind == EvidenceKind::Publication {
                continue;
            }
            for (i, ((ask, _), &score)) in asks.asks.iter().zip(&overlaps).enumerate() {
                if !ask.path.starts_with("responsibilities") {
                    continue;
                }
                // At least one concept, or two shared words: a single common word is chance.
                if score < PER_CONCEPT.max(2 * PER_WORD) {
                    continue;
                }
                let better = matches
                    .iter()
                    .find(|(j, _)| *j == i)
                    .is_none_or(|(_, m)| score > m.score);
                if better {
                    matches.retain(|(j, _)| *j != i);
                    matches.push((
                        i,
                        AskMatch {
                            ask: ask.clone(),
                            evidence: e.path.clone(),
                            highlight: h.clone(),
                            score,
                        },
                    ));
                }
            }
        }
        e.facts.relevance = relevance;
    }
    matches.sort_by(|(i, a), (j, b)| b.score.cmp(&a.score).then(i.cmp(j)));
    matches.into_iter().map(|(_, m)| m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(responsibilities: &[&str]) -> Target {
        Target {
            responsibilities: responsibilities.iter().map(|s| s.to_string()).collect(),
            ..Target::default()
        }
    }

    #[test]
    fn highlights_that_answer_a_responsibility_score_above_others() {
        let kb = Knowledge::builtin();
        let asks = Asks::of(
            kb,
            &target(&[
                "무단횡단, 역주행 등 이상 행동 인식 모델 개발",
                "현장 데이터 수집·라벨링과 재학습 파이프라인 운영",
            ]),
        );
        let jaywalk = asks.relevance(
            kb,
            "무단횡단 행동 인식 모델(SlowFast 경량화)을 전국 37개 교차로에 배포",
        );
        let retrain = asks.relevance(
            kb,
            "현장 오탐 영상을 주 단위로 수집·라벨링하는 재학습 파이프라인 구축, 오탐률 23% 감소",
        );
        let other = asks.relevance(kb, "국내 학회 논문 1편 제1저자");
        assert!(
            jaywalk > other && retrain > other,
            "{jaywalk} {retrain} {other}"
        );
        assert_eq!(other, 0);
    }

    #[test]
    fn a_measured_change_answers_the_ask_that_wants_it() {
        let kb = Knowledge::builtin();
        let asks = Asks::of(kb, &target(&["Reduce the cost of training and serving"]));
        let cut = asks.relevance(kb, "Reduced GPU training cost by 35% with spot instances");
        let raised = asks.relevance(kb, "Increased GPU training cost by 35% with spot instances");
        let unmeasured = asks.relevance(kb, "Reduced GPU training cost with spot instances");
        let serving = asks.relevance(
            kb,
            "Serve the demand-forecast and ETA models behind one gRPC gateway at 1.2k requests/s",
        );
        // The same shared words ("training", "cost") in all three; only the cut is the change
        // the posting asks for, and only with a number.
        assert_eq!(cut, raised + PER_MEASURED_CHANGE, "{cut} {raised}");
        assert_eq!(unmeasured, raised);
        assert!(cut > serving, "{cut} {serving}");

        // One shared word is chance: "line crossing" is not "line yield".
        let asks = Asks::of(
            kb,
            &target(&["Develop and improve detection models for CCTV analytics (intrusion, line crossing)"]),
        );
        assert_eq!(
            asks.relevance(
                kb,
                "Ran designed experiments that raised line yield from 91.2% to 94.0%"
            ),
            asks.relevance(kb, "Ran designed experiments on line yield")
        );

        let asks = Asks::of(kb, &target(&["추론 지연 시간 단축"]));
        let measured = asks.relevance(kb, "추론 시간을 120 ms에서 35 ms로 단축");
        let unmeasured = asks.relevance(kb, "추론 시간 단축");
        assert_eq!(
            measured,
            unmeasured + PER_MEASURED_CHANGE,
            "{measured} {unmeasured}"
        );
    }

    #[test]
    fn content_words_drop_particles_and_common_words() {
        assert_eq!(
            content_words(&normalize(
                "현장 데이터 수집·라벨링과 재학습 파이프라인 운영"
            )),
            ["현장", "데이터", "수집", "라벨링", "재학습", "파이프라인"]
        );
        assert!(same_word("라벨링", "라벨링하는"));
        assert!(!same_word("ab", "abc"));
    }
}
