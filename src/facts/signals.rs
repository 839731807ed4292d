//! Deployment and serving signals ("served behind FastAPI", "TensorRT", "A/B 테스트",
//! "온디바이스") and deliverables (paper, code, demo, dataset, model links and mentions).

use std::ops::Range;
use std::sync::LazyLock;

use serde::Serialize;

use super::keyed::{Found, Keyed};
use crate::profile::DeliverableKind;
use crate::trie::Trie;

/// What a deployment signal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignalKind {
    /// The model reached users: deployed, in production, shipped, 배포, 상용화.
    Deployed,
    /// Served behind an API: serving, FastAPI, gRPC, Triton, 서빙.
    Serving,
    /// Measured latency or throughput in production: p95, latency, QPS, 지연.
    Latency,
    /// Inference acceleration: TensorRT, ONNX Runtime, quantization, 경량화.
    Acceleration,
    /// Runs on a device or at the edge: on-device, Jetson, TFLite, Core ML, 온디바이스.
    OnDevice,
    /// Containers and orchestration: Docker, Kubernetes.
    Container,
    /// Online experiments: A/B tests, canary, 온라인 실험.
    Experiment,
    /// Pipelines, monitoring and CI: MLflow, Airflow, monitoring, CI/CD, 모니터링.
    Operations,
}

/// A deployment signal read from one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignalRead {
    pub kind: SignalKind,
    /// The words as written ("FastAPI", "A/B 테스트").
    pub text: String,
    #[serde(skip)]
    pub span: Range<usize>,
}

const SIGNALS: &[(&str, SignalKind)] = &[
    ("deployed", SignalKind::Deployed),
    ("deploy", SignalKind::Deployed),
    ("deploying", SignalKind::Deployed),
    ("deployment", SignalKind::Deployed),
    ("in production", SignalKind::Deployed),
    ("production", SignalKind::Deployed),
    ("shipped", SignalKind::Deployed),
    ("launched", SignalKind::Deployed),
    ("rolled out", SignalKind::Deployed),
    ("배포", SignalKind::Deployed),
    ("상용화", SignalKind::Deployed),
    ("상용 서비스", SignalKind::Deployed),
    ("서비스 적용", SignalKind::Deployed),
    ("서비스에 적용", SignalKind::Deployed),
    ("운영 환경", SignalKind::Deployed),
    ("출시", SignalKind::Deployed),
    ("served", SignalKind::Serving),
    ("serving", SignalKind::Serving),
    ("serves", SignalKind::Serving),
    ("model server", SignalKind::Serving),
    ("inference server", SignalKind::Serving),
    ("rest api", SignalKind::Serving),
    ("api", SignalKind::Serving),
    ("endpoint", SignalKind::Serving),
    ("fastapi", SignalKind::Serving),
    ("flask", SignalKind::Serving),
    ("grpc", SignalKind::Serving),
    ("triton", SignalKind::Serving),
    ("torchserve", SignalKind::Serving),
    ("bentoml", SignalKind::Serving),
    ("vllm", SignalKind::Serving),
    ("ray serve", SignalKind::Serving),
    ("sagemaker", SignalKind::Serving),
    ("vertex ai", SignalKind::Serving),
    ("서빙", SignalKind::Serving),
    ("추론 서버", SignalKind::Serving),
    ("latency", SignalKind::Latency),
    ("throughput", SignalKind::Latency),
    ("p95", SignalKind::Latency),
    ("p99", SignalKind::Latency),
    ("p50", SignalKind::Latency),
    ("qps", SignalKind::Latency),
    ("rps", SignalKind::Latency),
    ("지연", SignalKind::Latency),
    ("응답 시간", SignalKind::Latency),
    ("처리량", SignalKind::Latency),
    ("tensorrt", SignalKind::Acceleration),
    ("onnx", SignalKind::Acceleration),
    ("onnx runtime", SignalKind::Acceleration),
    ("openvino", SignalKind::Acceleration),
    ("quantization", SignalKind::Acceleration),
    ("quantized", SignalKind::Acceleration),
    ("int8", SignalKind::Acceleration),
    ("pruning", SignalKind::Acceleration),
    ("distillation", SignalKind::Acceleration),
    ("distilled", SignalKind::Acceleration),
    ("distilling", SignalKind::Acceleration),
    ("quantizing", SignalKind::Acceleration),
    ("pruned", SignalKind::Acceleration),
    ("경량화", SignalKind::Acceleration),
    ("양자화", SignalKind::Acceleration),
    ("on-device", SignalKind::OnDevice),
    ("on device", SignalKind::OnDevice),
    ("edge", SignalKind::OnDevice),
    ("jetson", SignalKind::OnDevice),
    ("tflite", SignalKind::OnDevice),
    ("tensorflow lite", SignalKind::OnDevice),
    ("core ml", SignalKind::OnDevice),
    ("coreml", SignalKind::OnDevice),
    ("mobile", SignalKind::OnDevice),
    ("온디바이스", SignalKind::OnDevice),
    ("엣지", SignalKind::OnDevice),
    ("docker", SignalKind::Container),
    ("kubernetes", SignalKind::Container),
    ("k8s", SignalKind::Container),
    ("helm", SignalKind::Container),
    ("도커", SignalKind::Container),
    ("쿠버네티스", SignalKind::Container),
    ("a/b test", SignalKind::Experiment),
    ("a/b tests", SignalKind::Experiment),
    ("a/b testing", SignalKind::Experiment),
    ("ab test", SignalKind::Experiment),
    ("online experiment", SignalKind::Experiment),
    ("canary", SignalKind::Experiment),
    ("shadow traffic", SignalKind::Experiment),
    ("a/b 테스트", SignalKind::Experiment),
    ("ab 테스트", SignalKind::Experiment),
    ("온라인 실험", SignalKind::Experiment),
    ("mlflow", SignalKind::Operations),
    ("kubeflow", SignalKind::Operations),
    ("airflow", SignalKind::Operations),
    ("monitoring", SignalKind::Operations),
    ("ci/cd", SignalKind::Operations),
    ("github actions", SignalKind::Operations),
    ("feature store", SignalKind::Operations),
    ("drift", SignalKind::Operations),
    ("모니터링", SignalKind::Operations),
    ("파이프라인", SignalKind::Operations),
];

/// The signal words in ASCII lower case in a trie, and per trie term its first place in
/// `SIGNALS`.
static SIGNAL_INDEX: LazyLock<(Trie, Vec<usize>)> = LazyLock::new(|| {
    let mut trie = Trie::default();
    let mut places = Vec::new();
    for (i, (word, _)) in SIGNALS.iter().enumerate() {
        if trie.insert(&word.to_ascii_lowercase()).1 {
            places.push(i);
        }
    }
    (trie, places)
});

fn latin_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Every deployment signal in `text`, in order. Latin words stand on word boundaries
/// ("api" is not in "rapid", "edge" is not in "knowledge").
pub fn signals(text: &str) -> Vec<SignalRead> {
    // Compared in ASCII lower case, which keeps every byte offset.
    let (trie, places) = &*SIGNAL_INDEX;
    trie.leftmost_longest(&text.to_ascii_lowercase())
        .into_iter()
        .map(|(start, end, term)| (start, end, places[term]))
        .filter(|&(start, end, i)| {
            let word = SIGNALS[i].0;
            if !word.is_ascii() {
                return true;
            }
            let before_ok = text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !latin_word_char(c));
            let after_ok = text[end..]
                .chars()
                .next()
                .is_none_or(|c| !latin_word_char(c) || (c == 's' && !word.ends_with('s')));
            before_ok && after_ok
        })
        .map(|(start, end, i)| SignalRead {
            kind: SIGNALS[i].1,
            text: text[start..end].to_string(),
            span: start..end,
        })
        .collect()
}

/// A deliverable read from a link or from a mention in prose.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeliverableRead {
    pub kind: DeliverableKind,
    /// The link, when there is one.
    pub url: Option<String>,
    /// The text as written (the link, or the words that mention it).
    pub text: String,
    #[serde(skip)]
    pub span: Range<usize>,
}

/// How a link starts: a scheme, `www.`, or a host that is only ever a link with a path.
const LINK_STARTS: &[&str] = &[
    "https://",
    "http://",
    "www.",
    "github.com/",
    "gitlab.com/",
    "arxiv.org/",
    "huggingface.co/",
    "doi.org/",
    "kaggle.com/",
    "youtu.be/",
    "youtube.com/",
];

/// Whether `c` ends a link written in prose: also CJK brackets and a Korean particle glued
/// to the link ("github.com/kim/det에").
fn ends_link(c: char) -> bool {
    c.is_whitespace()
        || "<>\"'()[]{}，。、「」『』《》〈〉".contains(c)
        || crate::korean::is_hangul(c)
}

/// The links in `text` (byte ranges): a start of `LINK_STARTS` (any case) not glued to the
/// word before it, and at least one character after it, up to white space, a bracket, a
/// quote, CJK punctuation or Hangul. Read by hand: a regular expression for this cost more to
/// compile than reading a profile.
fn links(text: &str) -> Vec<Range<usize>> {
    let lower = text.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while from < lower.len() {
        let Some((at, start)) = LINK_STARTS
            .iter()
            .filter_map(|start| lower[from..].find(start).map(|i| (from + i, *start)))
            .min_by_key(|(at, start)| (*at, std::cmp::Reverse(start.len())))
        else {
            break;
        };
        let glued = text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let rest = at + start.len();
        let end = text[rest..]
            .find(ends_link)
            .map_or(text.len(), |i| rest + i);
        if glued || end == rest {
            from = at + start.len();
            continue;
        }
        found.push(at..end);
        from = end;
    }
    found
}

/// Mentions of a deliverable without a link, one pattern per group of key words, so that a
/// text compiles and runs only the groups it can match: as one pattern they cost 1.8M
/// instructions per render (callgrind), compiled and run on every text with any key.
/// In the order of that pattern's alternatives.
static MENTIONS: [Keyed; 5] = [
    Keyed::new(
        &["paper", "article"],
        r"(?i)\b(?:paper|article)\s+(?:was\s+)?(?:accepted|published|presented)\b|\b(?:first|co-)?-?author(?:ed)?\s+(?:of\s+)?(?:a\s+)?paper\b|\bpublished\s+(?:a\s+)?paper\b",
    ),
    Keyed::new(
        &["논문"],
        r"논문\s?(?:게재|발표|채택|accept)|(?:게재|발표)\s?논문",
    ),
    Keyed::new(
        &["open", "released", "published"],
        r"(?i)\bopen[- ]sourced\b|\breleased\s+(?:the\s+)?(?:code|repo|repository|library|package)\b|\bpublished\s+(?:the\s+)?(?:code|annotation\s+tool|tool|dataset)\b|\breleased\s+(?:a\s+|the\s+)?dataset\b",
    ),
    Keyed::new(
        &["공개", "데이터셋"],
        r"코드\s?(?:를\s?)?공개|오픈소스로\s?공개|데모\s?(?:를\s?)?공개|데이터셋\s?(?:을\s?)?(?:공개|구축)",
    ),
    Keyed::new(&["demo"], r"(?i)\b(?:live|public|web)\s+demo\b"),
];

/// Every mention in `text` as one pattern of all the groups would find them: from the left,
/// an earlier group first where two start together, none overlapping.
fn mentions(text: &str) -> Vec<Found<'_>> {
    let mut found: Vec<(usize, Found<'_>)> = MENTIONS
        .iter()
        .enumerate()
        .flat_map(|(group, keyed)| {
            keyed
                .find_iter(text)
                .into_iter()
                .flatten()
                .map(move |m| (group, m))
        })
        .collect();
    found.sort_by_key(|(group, m)| (m.start(), *group));
    let mut kept: Vec<Found<'_>> = Vec::new();
    for (_, m) in found {
        if kept.last().is_none_or(|last| last.end() <= m.start()) {
            kept.push(m);
        }
    }
    kept
}

/// The kind of deliverable a link points to; a site storyfolio does not know is taken for
/// a demo.
pub fn kind_of_url(url: &str) -> DeliverableKind {
    known_kind_of_url(url).unwrap_or(DeliverableKind::Demo)
}

/// The kind of deliverable a link points to, when its site says it. A profile page on a
/// social network or on Kaggle (`kaggle.com/<user>`) is no deliverable.
pub fn known_kind_of_url(url: &str) -> Option<DeliverableKind> {
    let u = url.to_lowercase();
    let has = |s: &str| u.contains(s);
    let kaggle_profile = u
        .split_once("kaggle.com/")
        .is_some_and(|(_, rest)| !rest.trim_matches('/').contains('/'));
    if kaggle_profile
        || [
            "linkedin.com",
            "twitter.com",
            "//x.com",
            "facebook.com",
            "instagram.com",
        ]
        .iter()
        .any(|site| has(site))
    {
        return None;
    }
    Some(
        if has("huggingface.co/datasets") || has("kaggle.com/datasets") || has("zenodo.org") {
            DeliverableKind::Dataset
        } else if has("huggingface.co/spaces")
            || has("streamlit.app")
            || has("gradio")
            || has("youtube.com")
            || has("youtu.be")
            || has("vimeo.com")
            || has("/demo")
        {
            DeliverableKind::Demo
        } else if has("arxiv.org")
            || has("doi.org")
            || has("aclanthology.org")
            || has("openreview.net")
            || has("ieeexplore")
            || has("dl.acm.org")
            || has("scholar.google")
            || has("dbpia")
            || has("kci.go.kr")
            || has("riss.kr")
            || u.ends_with(".pdf")
        {
            DeliverableKind::Paper
        } else if has("kaggle.com/competitions")
            || has("kaggle.com/c/")
            || has("dacon.io/competitions")
            || has("aicrowd.com/challenges")
        {
            DeliverableKind::Competition
        } else if has("huggingface.co/") {
            DeliverableKind::Model
        } else if has("github.com")
            || has("gitlab.com")
            || has("bitbucket.org")
            || has("pypi.org")
            || has("crates.io")
            || has("npmjs.com")
        {
            DeliverableKind::Repo
        } else if has("medium.com")
            || has("velog.io")
            || has(".tistory.")
            || has("dev.to")
            || has("substack.com")
            || has("/blog")
            || has("/posts/")
            || has("brunch.co.kr")
        {
            DeliverableKind::Post
        } else {
            return None;
        },
    )
}

fn kind_of_mention(text: &str) -> DeliverableKind {
    let t = text.to_lowercase();
    if t.contains("paper") || t.contains("논문") || t.contains("article") {
        DeliverableKind::Paper
    } else if t.contains("demo") || t.contains("데모") {
        DeliverableKind::Demo
    } else if t.contains("dataset") || t.contains("데이터셋") {
        DeliverableKind::Dataset
    } else {
        DeliverableKind::Repo
    }
}

/// Every deliverable in `text`: links, and mentions without one ("paper accepted at
/// EMNLP", "open-sourced", "코드 공개").
pub fn deliverables(text: &str) -> Vec<DeliverableRead> {
    let mut out: Vec<DeliverableRead> = links(text)
        .into_iter()
        .map(|range| {
            let url = text[range.clone()].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            let full = if url.starts_with("http") {
                url.to_string()
            } else {
                format!("https://{url}")
            };
            DeliverableRead {
                kind: kind_of_url(&full),
                url: Some(full),
                text: url.to_string(),
                span: range.start..range.start + url.len(),
            }
        })
        .collect();
    for m in mentions(text) {
        if out
            .iter()
            .any(|d| d.span.start <= m.start() && m.end() <= d.span.end)
        {
            continue;
        }
        out.push(DeliverableRead {
            kind: kind_of_mention(m.as_str()),
            url: None,
            text: m.as_str().to_string(),
            span: m.range(),
        });
    }
    out.sort_by_key(|d| d.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(SignalKind, String)> {
        signals(text)
            .into_iter()
            .map(|s| (s.kind, s.text))
            .collect()
    }

    #[test]
    fn deployment_signals_in_both_languages() {
        assert_eq!(
            kinds("Served the intent model behind a FastAPI endpoint in Docker"),
            [
                (SignalKind::Serving, "Served".into()),
                (SignalKind::Serving, "FastAPI".into()),
                (SignalKind::Serving, "endpoint".into()),
                (SignalKind::Container, "Docker".into())
            ]
        );
        assert_eq!(
            kinds("주간 A/B 테스트로 검증 후 배포, 온디바이스 추론"),
            [
                (SignalKind::Experiment, "A/B 테스트".into()),
                (SignalKind::Deployed, "배포".into()),
                (SignalKind::OnDevice, "온디바이스".into())
            ]
        );
        assert_eq!(
            kinds("INT8 TensorRT engine on Jetson; weekly A/B tests"),
            [
                (SignalKind::Acceleration, "INT8".into()),
                (SignalKind::Acceleration, "TensorRT".into()),
                (SignalKind::OnDevice, "Jetson".into()),
                (SignalKind::Experiment, "A/B tests".into())
            ]
        );
    }

    #[test]
    fn signal_words_inside_other_words_do_not_count() {
        assert!(
            kinds("rapid prototyping with knowledge graphs, reproduction of papers").is_empty()
        );
    }

    #[test]
    fn profile_pages_are_no_deliverables() {
        assert_eq!(
            known_kind_of_url("https://www.linkedin.com/in/someone"),
            None
        );
        assert_eq!(known_kind_of_url("https://www.kaggle.com/someone"), None);
        assert_eq!(known_kind_of_url("https://x.com/someone"), None);
        assert_eq!(known_kind_of_url("https://someone.example.com"), None);
        assert_eq!(
            known_kind_of_url("https://www.kaggle.com/c/commonlitreadabilityprize"),
            Some(DeliverableKind::Competition)
        );
        assert_eq!(
            known_kind_of_url("https://someone.tistory.com/12"),
            Some(DeliverableKind::Post)
        );
        assert_eq!(
            kind_of_url("https://someone.example.com"),
            DeliverableKind::Demo
        );
    }

    #[test]
    fn links_are_read_as_a_regular_expression_would() {
        let found = |text: &str| -> Vec<String> {
            links(text)
                .into_iter()
                .map(|r| text[r].to_string())
                .collect()
        };
        assert_eq!(
            found("Code: HTTPS://GitHub.com/a/b (demo at www.x.io), paper arxiv.org/abs/1.2。"),
            ["HTTPS://GitHub.com/a/b", "www.x.io", "arxiv.org/abs/1.2"]
        );
        assert_eq!(
            found("코드는 github.com/kim/det에, 데모는「youtu.be/xyz」"),
            ["github.com/kim/det", "youtu.be/xyz"]
        );
        // Glued to the word before, or nothing after the start: no link.
        assert!(found("mygithub.com/x and https:// and www. alone").is_empty());
        assert_eq!(found("see https://a.b/c\"q\""), ["https://a.b/c"]);
    }

    #[test]
    fn deliverables_from_links_and_mentions() {
        let found: Vec<(DeliverableKind, Option<String>)> = deliverables(
            "Code: github.com/minji-park/kor-rerank. Paper accepted at EMNLP 2023 \
             (https://aclanthology.org/2023.emnlp-main.1.pdf). Demo on https://huggingface.co/spaces/x/y.",
        )
        .into_iter()
        .map(|d| (d.kind, d.url))
        .collect();
        assert_eq!(
            found,
            [
                (
                    DeliverableKind::Repo,
                    Some("https://github.com/minji-park/kor-rerank".into())
                ),
                (DeliverableKind::Paper, None),
                (
                    DeliverableKind::Paper,
                    Some("https://aclanthology.org/2023.emnlp-main.1.pdf".into())
                ),
                (
                    DeliverableKind::Demo,
                    Some("https://huggingface.co/spaces/x/y".into())
                )
            ]
        );
        let ko: Vec<DeliverableKind> = deliverables("KCI 논문 게재, 학습 코드 공개, 데이터셋 공개")
            .into_iter()
            .map(|d| d.kind)
            .collect();
        assert_eq!(
            ko,
            [
                DeliverableKind::Paper,
                DeliverableKind::Repo,
                DeliverableKind::Dataset
            ]
        );
        assert!(
            deliverables("Read many papers about transformers; reviewed code daily").is_empty()
        );
    }

    #[test]
    fn mentions_of_every_group_come_in_text_order_without_overlaps() {
        let text = "A live demo, then our paper was published the dataset way; 논문 게재 and released the code";
        let found: Vec<&str> = mentions(text).iter().map(|m| m.as_str()).collect();
        // "published the dataset" starts inside "paper was published": the earlier one wins.
        assert_eq!(
            found,
            [
                "live demo",
                "paper was published",
                "논문 게재",
                "released the code"
            ]
        );
    }
}
