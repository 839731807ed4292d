//! Measured results in prose: before/after pairs ("from X to Y", "X -> Y", "X → Y",
//! "X에서 Y로"), changes ("cut ... by 40%", "4배 축소", "2.5x faster", "+3.1%p") and named
//! values ("F1 0.91", "30 FPS"), each with the metric's name, unit and direction.

use std::ops::Range;

use serde::Serialize;

use super::quantity::{quantities, Dimension, Quantity};
use crate::korean::strip_case_particle;

/// Which way a metric moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
    /// A single measured value, or a change the text does not orient.
    None,
}

/// A measured result read from one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricRead {
    /// What was measured, in the text's words ("recall@10", "p95 latency", "모델 크기").
    pub name: String,
    /// The value before, for a before/after pair.
    pub before: Option<Quantity>,
    /// The value after (or the single value measured).
    pub after: Option<Quantity>,
    /// A relative change ("40%", "4배", "2.5x", "+3.1%p") when the text gives one.
    pub change: Option<Quantity>,
    pub direction: Direction,
    /// The value as the text words it: "140 ms", "4배 축소", "40% lower".
    pub value_text: String,
    /// The baseline as the text words it ("820"), when there is one.
    pub baseline_text: Option<String>,
    /// The byte range of the whole phrase, name included.
    #[serde(skip)]
    pub span: Range<usize>,
}

impl MetricRead {
    /// The metric's unit, as written ("ms", "%", "배"); empty for a bare score.
    pub fn unit(&self) -> &str {
        self.after
            .as_ref()
            .or(self.change.as_ref())
            .map_or("", |q| q.unit.as_str())
    }

    /// "p95 latency 820 -> 140 ms", "모델 크기 4배 축소", for showing what was read.
    pub fn describe(&self) -> String {
        match &self.baseline_text {
            Some(b) => format!("{} {b} -> {}", self.name, self.value_text),
            None => format!("{} {}", self.name, self.value_text),
        }
        .trim()
        .to_string()
    }
}

const ARROWS: &[&str] = &["->", "→", "=>", "⇒", "➝", "➔", "-->", "—>", "–>", "⟶", "to"];

const UP_WORDS: &[&str] = &[
    "improved",
    "improve",
    "improves",
    "increased",
    "increase",
    "raised",
    "boosted",
    "grew",
    "rose",
    "lifted",
    "higher",
    "more",
    "faster",
    "better",
    "gain",
    "gains",
    "lift",
    "speedup",
    "speed-up",
    "improvement",
    "increase",
    "up",
    "향상",
    "증가",
    "상승",
    "개선",
    "높",
    "빨라",
    "가속",
    "늘",
    "올",
];
const DOWN_WORDS: &[&str] = &[
    "reduced",
    "reduce",
    "reduces",
    "cut",
    "cuts",
    "decreased",
    "decrease",
    "lowered",
    "dropped",
    "fell",
    "shrank",
    "shrunk",
    "trimmed",
    "slashed",
    "saved",
    "smaller",
    "fewer",
    "less",
    "lower",
    "cheaper",
    "reduction",
    "decrease",
    "drop",
    "down",
    "감소",
    "단축",
    "축소",
    "절감",
    "줄",
    "낮",
    "절약",
    "경감",
];
/// Verbs that open a change: "cut latency by 40%", "sped up inference 3x".
const CHANGE_VERBS: &[&str] = &[
    "improved",
    "increased",
    "raised",
    "boosted",
    "grew",
    "lifted",
    "reduced",
    "cut",
    "decreased",
    "lowered",
    "dropped",
    "shrank",
    "trimmed",
    "slashed",
    "saved",
    "sped",
    "accelerated",
    "compressed",
    "halved",
];
/// Words that name a measurement on their own.
const METRIC_WORDS: &[&str] = &[
    "accuracy",
    "acc",
    "precision",
    "recall",
    "f1",
    "f1-score",
    "map",
    "auc",
    "roc-auc",
    "auroc",
    "ndcg",
    "mrr",
    "hit",
    "ctr",
    "cvr",
    "bleu",
    "rouge",
    "rouge-l",
    "wer",
    "cer",
    "mos",
    "eer",
    "psnr",
    "ssim",
    "fid",
    "iou",
    "miou",
    "dice",
    "perplexity",
    "latency",
    "throughput",
    "fps",
    "p50",
    "p90",
    "p95",
    "p99",
    "error",
    "loss",
    "rmse",
    "mae",
    "mape",
    "top-1",
    "top-5",
    "em",
    "uptime",
    "conversion",
    "retention",
    "revenue",
    "cost",
    "score",
    "time",
    "size",
    "memory",
    "speed",
    "rate",
    "정확도",
    "정밀도",
    "재현율",
    "지연",
    "시간",
    "처리량",
    "속도",
    "오탐",
    "오탐률",
    "정답률",
    "매출",
    "비용",
    "전환율",
    "클릭률",
    "이탈률",
    "인식률",
    "검출률",
    "탐지율",
    "크기",
    "메모리",
    "점수",
    "성능",
    "용량",
];
/// Words at the edges of a name that are not part of it.
const EDGE_WORDS: &[&str] = &[
    "from",
    "rose",
    "fell",
    "dropped",
    "improved",
    "went",
    "grew",
    "increased",
    "decreased",
    "was",
    "is",
    "were",
    "by",
    "at",
    "of",
    "to",
    "in",
    "and",
    "the",
    "our",
    "my",
    "a",
    "an",
    "with",
    "while",
    "overall",
    "reduced",
    "cut",
    "lowered",
    "raised",
    "boosted",
    "brought",
    "took",
    "achieved",
    "reached",
    "hit",
    "got",
    "sped",
    "up",
    "halved",
    "its",
    "their",
    "which",
    "that",
    "on",
    "for",
    "=",
    ":",
    "-",
    "–",
    "—",
    "기존",
    "및",
    "약",
    "총",
    "→",
];

fn lower_word(w: &str) -> String {
    w.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')' | '[' | ']' | '*'))
        .to_lowercase()
}

/// Where the clause holding `pos` begins.
fn clause_start(text: &str, pos: usize) -> usize {
    let head = &text[..pos];
    let mut start = 0;
    for (i, c) in head.char_indices() {
        let boundary = match c {
            ',' | ';' | '(' | ')' | '\n' | '·' | '—' | '|' | '!' | '?' | '。' => true,
            // A full stop ends a clause; a decimal point does not.
            '.' => head[i + 1..].starts_with(' '),
            ':' => true,
            _ => false,
        };
        if boundary {
            start = i + c.len_utf8();
        }
    }
    start
}

/// Where the clause holding `pos` ends.
fn clause_end(text: &str, pos: usize) -> usize {
    for (i, c) in text[pos..].char_indices() {
        let boundary = match c {
            ',' | ';' | '(' | ')' | '\n' | '·' | '—' | '|' | '!' | '?' | '。' | ':' => true,
            '.' => text[pos + i + 1..].is_empty() || text[pos + i + 1..].starts_with(' '),
            _ => false,
        };
        if boundary {
            return pos + i;
        }
    }
    text.len()
}

/// The words of `text[from..to]` with their byte offsets.
fn words(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let slice = &text[from..to];
    let mut start = None;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((from + s, &slice[s..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((from + s, &slice[s..]));
    }
    out
}

/// The name of a metric written before `pos`: the clause's last few words, without the
/// verbs, prepositions and particles around it. Returns the name and where it starts.
fn name_before(text: &str, pos: usize) -> (String, usize) {
    let start = clause_start(text, pos);
    let mut ws = words(text, start, pos);
    // Only the words after the last change verb name the metric ("cut serving cost"); when
    // none follow it, the words before it do ("false accepts cut by 38%").
    if let Some(v) = ws
        .iter()
        .rposition(|(_, w)| CHANGE_VERBS.contains(&lower_word(w).as_str()))
    {
        let after = trim_edges(ws[v + 1..].to_vec());
        if after.is_empty() {
            ws.truncate(v);
        } else {
            ws = after;
        }
    }
    ws = trim_edges(ws);
    // A name starts after the last word that joins a clause to it: "후보 생성 모델 도입으로
    // recall@10" names recall@10, "distilled it with nDCG@10" names nDCG@10.
    if let Some(j) = ws[..ws.len().saturating_sub(1)]
        .iter()
        .rposition(|(_, w)| joins_a_clause(w))
    {
        ws.drain(..=j);
    }
    if ws.len() > 5 {
        ws.drain(..ws.len() - 5);
    }
    let Some(&(first, _)) = ws.first() else {
        return (String::new(), pos);
    };
    let mut parts: Vec<&str> = ws.iter().map(|(_, w)| *w).collect();
    if let Some(last) = parts.last_mut() {
        *last = strip_case_particle(last);
    }
    let name = parts
        .join(" ")
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '*' | '-' | '–'))
        .to_string();
    (name, first)
}

/// `ws` without the verbs, prepositions and particles at its edges.
fn trim_edges(mut ws: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    while ws
        .last()
        .is_some_and(|(_, w)| EDGE_WORDS.contains(&lower_word(w).as_str()))
    {
        ws.pop();
    }
    while ws
        .first()
        .is_some_and(|(_, w)| EDGE_WORDS.contains(&lower_word(w).as_str()))
    {
        ws.remove(0);
    }
    ws
}

/// A word that ends a clause leading to a metric's name: Korean connectives and
/// instrumental or locative particles (도입으로, 증강으로, VisDrone에서, 증류해, 후), English
/// words that join a clause (than, with, after, using, via, improves).
fn joins_a_clause(word: &str) -> bool {
    let w = lower_word(word);
    const LATIN: &[&str] = &[
        "than",
        "with",
        "after",
        "using",
        "via",
        "improves",
        "improve",
        "improving",
        "so",
    ];
    const KOREAN_WORDS: &[&str] = &["후", "뒤", "통해", "위해"];
    const KOREAN_ENDINGS: &[&str] = &["으로", "로", "에서", "해", "하여", "해서", "하고"];
    let hangul = w.chars().any(crate::korean::is_syllable);
    if !hangul {
        return LATIN.contains(&w.as_str());
    }
    // Loanwords that end in 로 on their own.
    const NOT_PARTICLE: &[&str] = &["매크로", "마이크로", "프로", "제로", "레트로", "유로"];
    KOREAN_WORDS.contains(&w.as_str())
        || !NOT_PARTICLE.contains(&w.as_str())
            && KOREAN_ENDINGS.iter().any(|e| {
                w.strip_suffix(e)
                    .is_some_and(|stem| stem.chars().count() >= 2)
            })
}

fn has_metric_word(name: &str) -> bool {
    name.split(|c: char| c.is_whitespace() || c == '@')
        .map(|w| strip_case_particle(w).to_lowercase())
        .any(|w| {
            METRIC_WORDS.contains(&w.as_str())
                || METRIC_WORDS.iter().any(|m| !m.is_ascii() && w.ends_with(m))
        })
}

/// The word right after `pos` (skipping spaces), lower-cased, and where it ends.
fn next_word(text: &str, pos: usize) -> Option<(String, usize)> {
    let rest = &text[pos..];
    let trimmed = rest.trim_start();
    let skip = rest.len() - trimmed.len();
    let len = trimmed
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.' | ')' | '('))
        .unwrap_or(trimmed.len());
    (len > 0).then(|| (trimmed[..len].to_lowercase(), pos + skip + len))
}

/// Which way a word of change points: "reduced", "cut", "단축했습니다" down; "improved",
/// "향상" up; any other word `None`.
pub fn direction_of_word(word: &str) -> Direction {
    let stem = strip_case_particle(word);
    let starts = |list: &[&str]| {
        list.iter().any(|w| {
            if w.is_ascii() {
                stem == *w
            } else {
                stem.starts_with(w)
            }
        })
    };
    if starts(UP_WORDS) {
        Direction::Up
    } else if starts(DOWN_WORDS) {
        Direction::Down
    } else {
        Direction::None
    }
}

/// Every measured result in `text`.
pub fn metrics(text: &str) -> Vec<MetricRead> {
    let qs = quantities(text);
    let mut used = vec![false; qs.len()];
    let mut out = Vec::new();
    for k in 0..qs.len().saturating_sub(1) {
        if used[k] {
            continue;
        }
        if let Some(m) = before_after(text, &qs[k], &qs[k + 1]) {
            used[k] = true;
            used[k + 1] = true;
            out.push(m);
        }
    }
    for (k, q) in qs.iter().enumerate() {
        if !used[k] {
            out.extend(single(text, q));
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// A before/after pair of two quantities next to each other: "from X to Y", "X -> Y",
/// "X → Y", "X (baseline) → Y", "X에서 Y로". A side without a unit takes the other's.
/// The one reading of before/after pairs: the facts stage reads the profile with it, `check`
/// reads letters with it.
pub fn before_after(text: &str, a: &Quantity, b: &Quantity) -> Option<MetricRead> {
    if a.span.end > b.span.start {
        return None;
    }
    let mut connector = text[a.span.end..b.span.start].trim();
    // "0.84 (ST-GCN) → 0.91": what the baseline was, in brackets before the arrow.
    if let Some(rest) = connector.strip_prefix('(') {
        if let Some((inside, after)) = rest.split_once(')') {
            if inside.chars().count() <= 40 && ARROWS.contains(&after.trim()) {
                connector = after.trim();
            }
        }
    }
    let head = text[..a.span.start].trim_end();
    let korean = connector == "에서";
    let arrow = ARROWS.contains(&connector) && connector != "to";
    // "from 0.87 with a boosting baseline to 0.94": a few words may qualify the baseline.
    let qualified_to = head.to_lowercase().ends_with("from")
        && connector.to_lowercase().ends_with(" to")
        && connector.split_whitespace().count() <= 7
        && !connector.contains([',', ';', '.', '(', ')']);
    let to = qualified_to
        || connector.eq_ignore_ascii_case("to")
            && (head.to_lowercase().ends_with("from")
                || words(text, clause_start(text, a.span.start), a.span.start)
                    .iter()
                    .any(|(_, w)| CHANGE_VERBS.contains(&lower_word(w).as_str())));
    if !(korean || arrow || to) {
        return None;
    }
    let mut before = a.clone();
    if before.unit.is_empty() && b.dimension != Dimension::Plain {
        before.unit = b.unit.clone();
        before.dimension = b.dimension;
    }
    let mut after = b.clone();
    if after.unit.is_empty() && before.dimension != Dimension::Plain {
        after.unit = before.unit.clone();
        after.dimension = before.dimension;
    }
    if before.dimension != after.dimension {
        return None;
    }
    let (mut name, mut start) = name_before(text, a.span.start);
    if name.is_empty() {
        // "Cut from 6 minutes to 90 seconds per clip": the name follows.
        let end = clause_end(text, b.span.end);
        let tail: Vec<&str> = words(text, b.span.end, end)
            .into_iter()
            .map(|(_, w)| w)
            .filter(|w| !matches!(lower_word(w).as_str(), "로" | "으로"))
            .take(4)
            .collect();
        name = tail.join(" ");
        start = a.span.start;
    }
    let direction = match before.base_value().partial_cmp(&after.base_value()) {
        Some(std::cmp::Ordering::Less) => Direction::Up,
        Some(std::cmp::Ordering::Greater) => Direction::Down,
        _ => Direction::None,
    };
    Some(MetricRead {
        name,
        value_text: text[b.span.clone()].to_string(),
        baseline_text: Some(text[a.span.clone()].to_string()),
        before: Some(before),
        after: Some(after),
        change: None,
        direction,
        span: start.min(a.span.start)..b.span.end,
    })
}

/// A change or a named value around one quantity.
fn single(text: &str, q: &Quantity) -> Option<MetricRead> {
    let written = &text[q.span.clone()];
    let signed = written.starts_with(['+', '-', '−']);
    let next = next_word(text, q.span.end);
    let next_direction = next
        .as_ref()
        .map_or(Direction::None, |(w, _)| direction_of_word(w));
    let head = text[clause_start(text, q.span.start)..q.span.start].to_lowercase();
    let head_words: Vec<String> = head.split_whitespace().map(lower_word).collect();
    let changeable = matches!(
        q.dimension,
        Dimension::Percent | Dimension::PercentPoints | Dimension::Factor
    );
    if changeable {
        let by = head_words.last().is_some_and(|w| w == "by");
        let verb = head_words.iter().rev().find(|w| {
            CHANGE_VERBS.contains(&w.as_str()) || direction_of_word(w) != Direction::None
        });
        let verb_direction = verb.map_or(Direction::None, |v| match v.as_str() {
            "sped" | "accelerated" => Direction::Up,
            "compressed" | "halved" => Direction::Down,
            v => direction_of_word(v),
        });
        let (name, start) = name_before(text, q.span.start);
        if next_direction != Direction::None {
            // "4배 축소", "40% lower latency", "2.5x faster inference".
            let (word_end, after_word) =
                next.as_ref()
                    .map_or((q.span.end, String::new()), |&(_, e)| {
                        let end = clause_end(text, e);
                        let tail: Vec<&str> = words(text, e, end)
                            .into_iter()
                            .map(|(_, w)| w)
                            .take(3)
                            .collect();
                        (e, tail.join(" "))
                    });
            let name = match (name.is_empty(), next.as_ref()) {
                (false, _) => name,
                // "3x faster than the teacher": what is compared follows, not the metric.
                (true, Some((word, _))) if after_word.to_lowercase().starts_with("than") => {
                    match word.as_str() {
                        "faster" | "quicker" => "speed".to_string(),
                        "smaller" | "lighter" => "size".to_string(),
                        "cheaper" => "cost".to_string(),
                        _ => String::new(),
                    }
                }
                (true, _) => after_word,
            };
            return Some(change(text, q, name, start, word_end, next_direction));
        }
        if by || verb.is_some() || signed || q.dimension == Dimension::PercentPoints {
            let direction = if verb_direction != Direction::None {
                verb_direction
            } else if written.starts_with('+') {
                Direction::Up
            } else if signed {
                Direction::Down
            } else {
                Direction::None
            };
            if !name.is_empty() || by || verb.is_some() {
                return Some(change(text, q, name, start, q.span.end, direction));
            }
        }
    }
    // "within 0.5 points", "1.2%p 이내": a tolerance kept, not a result.
    if head_words.last().is_some_and(|w| w == "within") {
        return None;
    }
    // A named value: "F1 0.91", "accuracy of 94.2%", "30 FPS", "p95 latency 140 ms".
    let (name, start) = name_before(text, q.span.start);
    let named_here = !name.is_empty() && {
        // The metric word must be close: at most three words before the number.
        let close: Vec<&str> = name.split_whitespace().rev().take(3).collect();
        has_metric_word(&close.join(" "))
    };
    let rate = q.dimension == Dimension::Rate;
    if !(named_here || rate) {
        return None;
    }
    if head_words.iter().any(|w| w == "top") && q.dimension == Dimension::Percent {
        return None; // "top 1%" is a rank, read by the competition scanner
    }
    let name = if named_here { name } else { q.unit.clone() };
    Some(MetricRead {
        name,
        before: None,
        after: Some(q.clone()),
        change: None,
        direction: Direction::None,
        value_text: written.to_string(),
        baseline_text: None,
        span: if named_here { start } else { q.span.start }..q.span.end,
    })
}

fn change(
    text: &str,
    q: &Quantity,
    name: String,
    start: usize,
    end: usize,
    direction: Direction,
) -> MetricRead {
    MetricRead {
        name,
        before: None,
        after: None,
        change: Some(q.clone()),
        direction,
        value_text: text[q.span.start..end].to_string(),
        baseline_text: None,
        span: start.min(q.span.start)..end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        metrics(text)
            .iter()
            .map(|m| {
                let dir = match m.direction {
                    Direction::Up => "up",
                    Direction::Down => "down",
                    Direction::None => "-",
                };
                format!("{} | {} | {dir}", m.describe(), m.unit())
            })
            .collect()
    }

    #[test]
    fn before_and_after_in_english() {
        assert_eq!(
            read("recall@10 rose from 0.61 to 0.83 after adding hard negatives"),
            ["recall@10 0.61 -> 0.83 |  | up"]
        );
        assert_eq!(
            read("Cut p95 latency 820 -> 140 ms by caching embeddings"),
            ["p95 latency 820 -> 140 ms | ms | down"]
        );
        assert_eq!(read("API 120ms -> 35ms"), ["API 120ms -> 35ms | ms | down"]);
        assert_eq!(
            read("Cut manual labelling time per clip from 6 minutes to 90 seconds with a review tool"),
            ["manual labelling time per clip 6 minutes -> 90 seconds | seconds | down"]
        );
        assert_eq!(
            read("Improved mAP@0.5 from 0.71 to 0.83 on the held-out set"),
            ["mAP@0.5 0.71 -> 0.83 |  | up"]
        );
        assert_eq!(read("WER 12.4% → 8.1%"), ["WER 12.4% -> 8.1% | % | down"]);
    }

    #[test]
    fn names_start_after_the_clause_that_leads_to_them() {
        // The plain test set's phrasings (tests/fixtures/plain/).
        assert_eq!(
            read("투 타워 후보 생성 모델 도입으로 recall@10 0.61에서 0.83으로 향상"),
            ["recall@10 0.61 -> 0.83 |  | up"]
        );
        assert_eq!(
            read("리랭커를 작은 모델로 증류해 p95 지연 시간 820 ms에서 140 ms로 단축"),
            ["p95 지연 시간 820 ms -> 140 ms | ms | down"]
        );
        assert_eq!(
            read("의도 분류 모델 고도화, 매크로 F1 0.78에서 0.86으로 개선"),
            ["매크로 F1 0.78 -> 0.86 |  | up"]
        );
        assert_eq!(
            read("LLM 기반 상담 요약 도입 후 상담 후처리 시간 40% 단축"),
            ["상담 후처리 시간 40% 단축 | % | down"]
        );
        assert_eq!(
            read("Shipped a wake-word model to 2M phones; false accepts cut by 38%"),
            ["false accepts 38% | % | down"]
        );
        assert_eq!(
            read("Moved 14 models to Kubeflow; deployment time cut from 2 days to 40 minutes"),
            ["deployment time 2 days -> 40 minutes | minutes | down"]
        );
        assert_eq!(
            read("Accuracy went from 0.87 with a gradient-boosting baseline to 0.94 with a small CNN"),
            ["Accuracy 0.87 -> 0.94 |  | up"]
        );
        assert_eq!(
            read("3x faster than the teacher on CPU"),
            ["speed 3x faster | x | up"]
        );
        // A tolerance is not a result.
        assert_eq!(
            read("p95 latency from 820 ms to 140 ms with nDCG@10 within 0.5 points"),
            ["p95 latency 820 ms -> 140 ms | ms | down"]
        );
    }

    #[test]
    fn before_and_after_in_korean() {
        assert_eq!(
            read("추론 지연 시간을 120ms에서 35ms로 단축"),
            ["추론 지연 시간 120ms -> 35ms | ms | down"]
        );
        assert_eq!(
            read("Top-1 정확도를 71.2%에서 78.9%로 개선했습니다"),
            ["Top-1 정확도 71.2% -> 78.9% | % | up"]
        );
        assert_eq!(read("정확도 0.71 → 0.83"), ["정확도 0.71 -> 0.83 |  | up"]);
    }

    #[test]
    fn changes_and_named_values() {
        assert_eq!(
            read("Jetson Orin에서 30 FPS, 모델 크기 4배 축소"),
            ["FPS 30 FPS | FPS | -", "모델 크기 4배 축소 | 배 | down"]
        );
        assert_eq!(
            read("Reduced serving cost by 40% with dynamic batching"),
            ["serving cost 40% | % | down"]
        );
        assert_eq!(
            read("2.5x faster inference"),
            ["inference 2.5x faster | x | up"]
        );
        assert_eq!(
            read("CTR +3.1%p in the weekly A/B test"),
            ["CTR +3.1%p | %p | up"]
        );
        assert_eq!(read("오탐률 35% 감소"), ["오탐률 35% 감소 | % | down"]);
        assert_eq!(read("F1 0.91 on the facility test set"), ["F1 0.91 |  | -"]);
        assert_eq!(
            read("reached an accuracy of 94.2% on the test split"),
            ["accuracy 94.2% | % | -"]
        );
        assert_eq!(
            read("추천 클릭률 12% 향상"),
            ["추천 클릭률 12% 향상 | % | up"]
        );
        assert_eq!(
            read("sped up inference 3x with TensorRT"),
            ["inference 3x | x | up"]
        );
    }

    #[test]
    fn near_misses_are_not_metrics() {
        for text in [
            "Python 3.11, PyTorch 2.1, CUDA 12",
            "Top 10 tips for ML interviews",
            "Worked there from 2019 to 2021",
            "2023.06 - 2024.02",
            "Phone: 010-1234-5678",
            "Upgraded the service from v2.1 to v2.3",
            "Trained 12 models on 3 GPUs",
            "Ranked top 1% on the leaderboard",
            "YOLOv5 -> YOLOv8 migration",
            "2021년 3월부터 2023년 2월까지 근무",
            "Meetings moved from 09:00 to 10:30",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
    }
}
