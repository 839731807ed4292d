//! Which language Latin-script prose is written in: English, or another one an English
//! sentence cannot quote ("Modellbetrieb mit MLflow und Kubernetes"), by whatlang's trigram
//! detection among the languages resumes are most often written in.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use whatlang::{Detector, Lang};

/// Words only English prose has: a text with one of them is English without running the
/// detector.
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "with", "for", "from", "into", "using", "that", "which", "was", "were", "our",
    "my", "by", "of", "to", "on",
];

/// Function words of those other languages that English prose does not use: with one of
/// them, a short line the detector is unsure of is not English ("Betreuung von 4
/// Abschlussarbeiten", "pipelines de ingesta con Airflow").
const OTHER_WORDS: &[&str] = &[
    "und", "mit", "für", "von", "auf", "der", "das", "dem", "zur", "zum", "bei", "del", "con",
    "para", "por", "los", "las", "el", "una", "pour", "avec", "les", "une", "sur", "dans", "di",
    "della", "nel", "dos", "uma", "het", "een", "voor", "met", "bij", "de",
];

/// Whether `text` is prose in a Latin-script language other than English (German, French,
/// Spanish, Italian, Portuguese, Dutch). Text the detector is not sure of counts as
/// English unless it has another language's function words: names, figures and short
/// technical phrases pass.
pub fn is_other_latin_language(text: &str) -> bool {
    // Writing asks about the same few dozen lines many times over (every sentence it
    // considers checks its facts): each text is detected once per process.
    static SEEN: OnceLock<Mutex<HashMap<String, bool>>> = OnceLock::new();
    let seen = SEEN.get_or_init(Mutex::default);
    let cached = seen
        .lock()
        .map(|seen| seen.get(text).copied())
        .unwrap_or_default();
    if let Some(known) = cached {
        return known;
    }
    let detected = detect(text);
    if let Ok(mut seen) = seen.lock() {
        seen.insert(text.to_string(), detected);
    }
    detected
}

/// `is_other_latin_language`, not remembered.
fn detect(text: &str) -> bool {
    // Whole words: "de-biasing" is not "de".
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| ENGLISH_WORDS.contains(&w.as_str())) {
        return false;
    }
    let other_word = words.iter().any(|w| OTHER_WORDS.contains(&w.as_str()));
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    let detector = DETECTOR.get_or_init(|| {
        Detector::with_allowlist(vec![
            Lang::Eng,
            Lang::Deu,
            Lang::Fra,
            Lang::Spa,
            Lang::Ita,
            Lang::Por,
            Lang::Nld,
        ])
    });
    detector
        .detect(text)
        .is_some_and(|info| info.lang() != Lang::Eng && (info.is_reliable() || other_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_languages_are_told_from_english() {
        for foreign in [
            "Modellbetrieb mit MLflow und Kubernetes auf 40 Prüfständen",
            "Anomalieerkennung auf Vibrationsdaten (1D-CNN): ungeplante Stillstände um 31 % reduziert",
            "Modelo de fraude en tiempo real con latencia p99 de 25 ms",
            "Migración de los modelos a Vertex AI",
            "Betreuung von 4 Abschlussarbeiten",
            "Pipelines de ingesta con Airflow y dbt para 12 clientes",
        ] {
            assert!(is_other_latin_language(foreign), "{foreign}");
        }
        for english in [
            "Defect detector (YOLOv8 + tiling) catches 96.5% of scratches",
            "Distilled a cross-encoder reranker into a 6-layer model",
            "Weekly retraining in Vertex AI pipelines",
            "Kaggle CommonLit Readability Prize",
            "YOLOv8 INT8 TensorRT",
            "Café recommendation engine",
            "Autonomous driving",
            "Model de-biasing",
        ] {
            assert!(!is_other_latin_language(english), "{english}");
        }
    }
}
