//! Numbers with their units in English and Korean prose ("84 ms", "4배", "12%p", "1,165팀 중
//! 87위", "$1.2M", "three years"), and whether two of them state the same value: rounding
//! ("0.826" = "83%") and unit changes (ms = s) are the same value, anything else is not.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::korean::is_hangul;

/// What a number measures. Values are kept in one base unit per dimension.
#[derive(Debug, Clone, PartialEq)]
pub enum Dim {
    /// A share: "83%" is 0.83; a plain decimal between 0 and 1 may be one too.
    Ratio,
    /// Percentage points ("12%p", "1.8 points"): 12.
    Points,
    /// Seconds.
    Time,
    /// Months (durations: "6 months", "2년").
    Months,
    /// Bytes.
    Bytes,
    /// A factor ("4x", "4배", "twice").
    Factor,
    /// A place in a ranking ("10th", "3위").
    Rank,
    /// Frames per second.
    Fps,
    /// A place as a share of the field ("top 2%"): rank / teams.
    TopShare,
    /// Money, with its currency ("usd", "krw", "eur", "gbp").
    Money(&'static str),
    /// A count of things, with the word that names them ("tracks", "팀", "clips").
    Count(String),
    /// A bare number.
    Plain,
}

impl Dim {
    /// Can a claim in `self` be supported by a fact in `other`?
    pub fn comparable(&self, other: &Dim) -> bool {
        match (self, other) {
            (Dim::Plain, _) => true,
            (Dim::Count(_) | Dim::Ratio, Dim::Plain) => true,
            (Dim::Count(_), Dim::Count(_)) => true,
            (a, b) => a == b,
        }
    }

    /// A short name for the report.
    pub fn describe(&self) -> &'static str {
        match self {
            Dim::Ratio => "percentage",
            Dim::Points => "percentage points",
            Dim::Time => "time",
            Dim::Months => "duration",
            Dim::Bytes => "size",
            Dim::Factor => "factor",
            Dim::Rank => "rank",
            Dim::Fps => "frame rate",
            Dim::TopShare => "share of the field",
            Dim::Money(_) => "amount",
            Dim::Count(_) => "count",
            Dim::Plain => "number",
        }
    }
}

/// How exactly a number is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Exact,
    /// "about", "약", "~": within a tenth.
    About,
    /// "over", "600+", "이상": at least this.
    AtLeast,
    /// "under", "less than", "이하", "top 10": at most this.
    AtMost,
}

/// A number found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// In the dimension's base unit.
    pub value: f64,
    /// Half of the last written digit, in the base unit: "0.83" is 0.83 +- 0.005.
    pub tolerance: f64,
    pub dim: Dim,
    pub bound: Bound,
    /// Byte range in the scanned text, unit included.
    pub span: Range<usize>,
    /// The written unit in base units (0.001 for ms); 1 without a unit.
    pub scale: f64,
}

impl Quantity {
    /// Whether `fact` (from the profile) states this claimed value.
    pub fn supported_by(&self, fact: &Quantity) -> bool {
        if !self.dim.comparable(&fact.dim) {
            return false;
        }
        let as_ratio = |q: &Quantity| -> Option<(f64, f64)> {
            match q.dim {
                Dim::Ratio => Some((q.value, q.tolerance)),
                // A bare decimal like 0.826 may be a share.
                Dim::Plain if q.value <= 1.0 && q.tolerance < 0.5 => Some((q.value, q.tolerance)),
                _ => None,
            }
        };
        // A percentage against a bare share ("83%" ~ "0.826") compares as shares.
        let (claim, claim_tol, fact_value, fact_tol) =
            match (as_ratio(self), as_ratio(fact), &self.dim, &fact.dim) {
                (Some(c), Some(f), Dim::Ratio, _) | (Some(c), Some(f), _, Dim::Ratio) => {
                    (c.0, c.1, f.0, f.1)
                }
                // A percentage is never a bare count ("90%" is not "1").
                (_, _, Dim::Ratio, _) | (_, _, _, Dim::Ratio) => return false,
                _ => (self.value, self.tolerance, fact.value, fact.tolerance),
            };
        let tolerance = claim_tol.max(fact_tol) + 1e-9 * claim.abs().max(1.0);
        match self.bound {
            Bound::Exact => (claim - fact_value).abs() <= tolerance,
            Bound::About => (claim - fact_value).abs() <= tolerance.max(claim.abs() * 0.1),
            Bound::AtLeast => fact_value + tolerance >= claim,
            Bound::AtMost => fact_value - tolerance <= claim,
        }
    }
}

struct Unit {
    words: &'static [&'static str],
    dim: fn(&str) -> Dim,
    scale: f64,
}

fn dim_ratio(_: &str) -> Dim {
    Dim::Ratio
}
fn dim_points(_: &str) -> Dim {
    Dim::Points
}
fn dim_time(_: &str) -> Dim {
    Dim::Time
}
fn dim_months(_: &str) -> Dim {
    Dim::Months
}
fn dim_bytes(_: &str) -> Dim {
    Dim::Bytes
}
fn dim_factor(_: &str) -> Dim {
    Dim::Factor
}
fn dim_rank(_: &str) -> Dim {
    Dim::Rank
}
fn dim_fps(_: &str) -> Dim {
    Dim::Fps
}
fn dim_usd(_: &str) -> Dim {
    Dim::Money("usd")
}
fn dim_krw(_: &str) -> Dim {
    Dim::Money("krw")
}
fn dim_count(word: &str) -> Dim {
    Dim::Count(word.to_lowercase())
}

/// Units in the order they are tried (longer spellings first). Latin units need a word
/// boundary after them; Korean ones are followed by particles.
const UNITS: &[Unit] = &[
    Unit {
        words: &[
            "%p",
            "%포인트",
            "percentage points",
            "percentage point",
            "pp",
            "points",
            "point",
            "포인트",
            "pts",
        ],
        dim: dim_points,
        scale: 1.0,
    },
    Unit {
        words: &["%", "percent", "퍼센트", "프로"],
        dim: dim_ratio,
        scale: 0.01,
    },
    Unit {
        words: &["milliseconds", "millisecond", "msec", "ms", "밀리초"],
        dim: dim_time,
        scale: 0.001,
    },
    Unit {
        words: &["microseconds", "µs", "us"],
        dim: dim_time,
        scale: 0.000_001,
    },
    Unit {
        words: &["seconds", "second", "secs", "sec", "s", "초"],
        dim: dim_time,
        scale: 1.0,
    },
    Unit {
        words: &["minutes", "minute", "mins", "min", "분"],
        dim: dim_time,
        scale: 60.0,
    },
    Unit {
        words: &["hours", "hour", "hrs", "hr", "h", "시간"],
        dim: dim_time,
        scale: 3600.0,
    },
    Unit {
        words: &["days", "day"],
        dim: dim_time,
        scale: 86_400.0,
    },
    Unit {
        words: &["weeks", "week", "주"],
        dim: dim_time,
        scale: 604_800.0,
    },
    Unit {
        words: &["months", "month", "개월", "달"],
        dim: dim_months,
        scale: 1.0,
    },
    Unit {
        words: &["years", "year", "yrs", "yr", "년"],
        dim: dim_months,
        scale: 12.0,
    },
    Unit {
        words: &["tb"],
        dim: dim_bytes,
        scale: 1e12,
    },
    Unit {
        words: &["gb"],
        dim: dim_bytes,
        scale: 1e9,
    },
    Unit {
        words: &["mb"],
        dim: dim_bytes,
        scale: 1e6,
    },
    Unit {
        words: &["kb"],
        dim: dim_bytes,
        scale: 1e3,
    },
    Unit {
        words: &["times", "fold", "x", "×", "배"],
        dim: dim_factor,
        scale: 1.0,
    },
    Unit {
        words: &["fps"],
        dim: dim_fps,
        scale: 1.0,
    },
    Unit {
        words: &["th", "st", "nd", "rd", "위", "등"],
        dim: dim_rank,
        scale: 1.0,
    },
    Unit {
        words: &["dollars", "dollar", "usd", "달러"],
        dim: dim_usd,
        scale: 1.0,
    },
    Unit {
        words: &["원", "krw", "won"],
        dim: dim_krw,
        scale: 1.0,
    },
    Unit {
        words: &[
            "팀", "명", "개", "장", "건", "편", "회", "대", "곳", "번", "종",
        ],
        dim: dim_count,
        scale: 1.0,
    },
];

/// Multipliers written after a number: "38k", "1.2M", "3만".
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("k", 1e3),
    ("m", 1e6),
    ("b", 1e9),
    ("천", 1e3),
    ("만", 1e4),
    ("억", 1e8),
];

const WORD_NUMBERS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("a dozen", 12.0),
    ("half a", 0.5),
    ("a", 1.0),
    ("an", 1.0),
];

/// Words that are counted things but never carry a claim on their own.
const NOT_A_NOUN: &[&str] = &[
    "and", "or", "to", "of", "in", "on", "at", "for", "the", "a", "an", "with", "from", "by", "is",
    "was", "were", "are", "per", "than", "into", "as",
];

fn number_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a dozen|half an?|an?)\b",
        )
        .expect("valid regex")
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `text` starts with `word` (case-insensitively) on a word boundary.
fn starts_with_word(text: &str, word: &str) -> Option<usize> {
    let head = text.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    let last = word.chars().next_back()?;
    let next = text[word.len()..].chars().next();
    let boundary = match next {
        None => true,
        // Korean units take particles; Latin ones need a boundary ("5 ms", not "5 msg").
        Some(c) if is_hangul(last) || !last.is_alphanumeric() => !c.is_ascii_digit(),
        Some(c) => !is_word_char(c) || is_hangul(c),
    };
    boundary.then_some(word.len())
}

/// Every number in `text` with its unit. Years (1950-2099 without a unit), parts of names
/// ("YOLOv8", "F1", "mAP@0.5") and words used as articles ("a model") are not numbers.
pub fn scan(text: &str) -> Vec<Quantity> {
    let mut found: Vec<Quantity> = Vec::new();
    for m in number_regex().find_iter(text) {
        let raw = m.as_str();
        let word_number = raw.chars().next().is_some_and(|c| c.is_alphabetic());
        let before = text[..m.start()].chars().next_back();
        if !word_number {
            if let Some(c) = before {
                // Part of a name or a version: YOLOv8, F1, mAP@0.5, v2, #3, 1.2.3.
                if is_word_char(c) && !is_hangul(c) || matches!(c, '@' | '#' | '.' | '_') {
                    continue;
                }
                // The month of "2023-06", the rest of a phone number or an ID.
                let before_dash = text[..m.start()]
                    .strip_suffix('-')
                    .and_then(|t| t.chars().next_back());
                if before_dash.is_some_and(|c| c.is_ascii_digit()) {
                    continue;
                }
            }
            let after = &text[m.end()..];
            // Version numbers and dotted dates: 1.2.3, 2023.07.
            if after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
        }
        let value = if word_number {
            let lower = raw.to_lowercase();
            match WORD_NUMBERS.iter().find(|(w, _)| *w == lower) {
                Some(&(_, v)) => v,
                None => continue,
            }
        } else {
            match raw.replace(',', "").parse::<f64>() {
                Ok(v) => v,
                Err(_) => continue,
            }
        };
        if !word_number && text[m.end()..].trim_start().starts_with(['월', '일']) {
            // 7월, 15일: part of a date.
            continue;
        }
        let decimals = raw.split_once('.').map_or(0, |(_, d)| d.len());
        let mut tolerance = 0.5 * 10f64.powi(-(decimals as i32));
        let mut end = m.end();
        let mut value = value;
        // A scale word: 38k, 1.2M, 3만.
        let rest = &text[end..];
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        for (word, factor) in SCALES {
            let at = if word.len() == 1 && word.is_ascii() {
                0
            } else {
                gap
            };
            if let Some(len) = rest.get(at..).and_then(|r| starts_with_word(r, word)) {
                // "5 m" (metres) is not a million; only attached single letters scale.
                value *= factor;
                tolerance *= factor;
                end += at + len;
                break;
            }
        }
        let rest = &text[end..];
        let (unit, unit_len) = unit_after(rest);
        let currency_before = currency_before(&text[..m.start()]);
        let (dim, scale, consumed) = match (unit, currency_before) {
            (_, Some(cur)) => (Dim::Money(cur), 1.0, 0),
            (Some((dim, scale)), None) => (dim, scale, unit_len),
            (None, None) => (Dim::Plain, 1.0, 0),
        };
        if word_number && matches!(dim, Dim::Plain | Dim::Count(_)) {
            // "a model", "one of the": an article, not a count.
            continue;
        }
        if !word_number
            && dim == Dim::Plain
            && decimals == 0
            && (1950.0..2100.0).contains(&value)
            && !raw.contains(',')
        {
            // A year: dates are claims of their own.
            continue;
        }
        if matches!(dim, Dim::Months) && (1950.0..2100.0).contains(&value) {
            // 2023년 is a year, not 2023 years.
            continue;
        }
        let mut span_end = end + consumed;
        let mut bound = bound_before(&text[..m.start()]);
        let (dim, value, tolerance) = if after_top(&text[..m.start()]) {
            // "top 2%" is a share of the field; "top 10" a rank.
            bound = Bound::AtMost;
            match dim {
                Dim::Ratio => (Dim::TopShare, value, tolerance),
                Dim::Plain | Dim::Count(_) => (Dim::Rank, value, tolerance),
                other => (other, value, tolerance),
            }
        } else {
            (dim, value, tolerance)
        };
        let tail = &text[span_end..];
        if let Some(stripped) = tail.strip_prefix('+') {
            bound = Bound::AtLeast;
            span_end = text.len() - stripped.len();
        } else if ["이상", "넘게", "넘는", " or more", " and more"]
            .iter()
            .any(|w| tail.trim_start().starts_with(w))
        {
            bound = Bound::AtLeast;
        } else if ["이하", "미만", " or less", " or fewer"]
            .iter()
            .any(|w| tail.trim_start().starts_with(w))
        {
            bound = Bound::AtMost;
        } else if ["가량", "정도", "남짓", "여 ", "여개"]
            .iter()
            .any(|w| tail.trim_start().starts_with(w))
        {
            bound = Bound::About;
        }
        found.push(Quantity {
            value: value * scale,
            tolerance: tolerance * scale,
            dim,
            bound,
            span: m.start()..span_end,
            scale,
        });
    }
    found
}

fn unit_after(rest: &str) -> (Option<(Dim, f64)>, usize) {
    // "6-month", "5 ms", "5ms", "4배".
    let gap = if rest.starts_with('-') {
        1
    } else {
        rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len()
    };
    if rest[..gap].chars().count() > 1 {
        return (None, 0);
    }
    let text = &rest[gap..];
    for unit in UNITS {
        for word in unit.words {
            if let Some(len) = starts_with_word(text, word) {
                // A lone "x" or "us" only counts right after the number ("4x"); "90 s" and
                // "2 h" are units when nothing but punctuation follows.
                let ends_there = text[len..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if gap > 0
                    && (matches!(*word, "us" | "x" | "m" | "st" | "th" | "nd" | "rd")
                        || matches!(*word, "s" | "h") && !ends_there)
                {
                    continue;
                }
                if matches!(*word, "st" | "th" | "nd" | "rd") && gap > 0 {
                    continue;
                }
                return (Some(((unit.dim)(word), unit.scale)), gap + len);
            }
        }
    }
    // Any other word is the thing counted: "1,240 clips", "38,000 tracks".
    let word: String = text
        .chars()
        .take_while(|c| c.is_alphabetic() && !is_hangul(*c))
        .collect();
    if word.len() > 1 && !NOT_A_NOUN.contains(&word.to_lowercase().as_str()) {
        return (
            Some((Dim::Count(word.to_lowercase()), 1.0)),
            gap + word.len(),
        );
    }
    (None, 0)
}

fn after_top(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    lower.ends_with("top") || lower.ends_with("상위")
}

fn currency_before(before: &str) -> Option<&'static str> {
    let trimmed = before.trim_end();
    if trimmed.ends_with('$') || trimmed.ends_with("USD") {
        Some("usd")
    } else if trimmed.ends_with('₩') || trimmed.ends_with("KRW") {
        Some("krw")
    } else if trimmed.ends_with('€') {
        Some("eur")
    } else if trimmed.ends_with('£') {
        Some("gbp")
    } else {
        None
    }
}

fn bound_before(before: &str) -> Bound {
    let tail: String = before
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    let tail = tail.trim_end();
    let ends = |words: &[&str]| {
        words.iter().any(|w| {
            tail.ends_with(w)
                && tail[..tail.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    };
    if ends(&[
        "about",
        "around",
        "approximately",
        "approx.",
        "nearly",
        "almost",
        "roughly",
        "some",
        "약",
        "대략",
        "~",
        "≈",
    ]) {
        Bound::About
    } else if ends(&[
        "over",
        "more than",
        "above",
        "upwards of",
        "at least",
        "north of",
        "over a",
    ]) {
        Bound::AtLeast
    } else if ends(&[
        "under",
        "less than",
        "below",
        "within",
        "at most",
        "top",
        "상위",
    ]) {
        Bound::AtMost
    } else {
        Bound::Exact
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quantity {
        let found = scan(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn units_in_both_languages() {
        assert_eq!(one("cut latency to 21 ms").dim, Dim::Time);
        assert!((one("21 ms").value - 0.021).abs() < 1e-12);
        assert_eq!(one("모델 크기 4배 축소").dim, Dim::Factor);
        assert_eq!(one("정확도 12%p 향상").dim, Dim::Points);
        assert_eq!(one("218팀 중").dim, Dim::Count("팀".into()));
        assert_eq!(one("finished 10th").dim, Dim::Rank);
        assert_eq!(one("3위").dim, Dim::Rank);
        assert_eq!(
            one("38,000 labelled tracks").dim,
            Dim::Count("labelled".into())
        );
        assert_eq!(one("a six-month internship").dim, Dim::Months);
        assert_eq!(one("2년 경력").value, 24.0);
        assert_eq!(one("$1.2M in savings").dim, Dim::Money("usd"));
        assert!((one("$1.2M").value - 1.2e6).abs() < 1.0);
        assert_eq!(one("600+ problems").bound, Bound::AtLeast);
        assert_eq!(one("over 400 hours").bound, Bound::AtLeast);
        assert_eq!(one("약 30 FPS").bound, Bound::About);
    }

    #[test]
    fn names_versions_and_years_are_not_numbers() {
        assert!(scan("YOLOv8 and F1 on mAP@0.5 in 2023, version 1.2.3").is_empty());
        assert!(scan("a model with an idea").is_empty());
        assert!(scan("2023년 7월 15일").is_empty());
    }

    #[test]
    fn rounding_and_unit_changes_are_the_same_value() {
        let claim = one("83%");
        let fact = one("0.826");
        assert!(claim.supported_by(&fact));
        assert!(!one("85%").supported_by(&fact));
        assert!(one("0.09 s").supported_by(&one("90 ms")));
        assert!(one("1.5 minutes").supported_by(&one("90 seconds")));
        assert!(!one("80 ms").supported_by(&one("90 ms")));
        assert!(!one("21 ms").supported_by(&one("21 MB")));
        assert!(one("over 400 hours").supported_by(&one("420 hours")));
        assert!(!one("over 500 hours").supported_by(&one("420 hours")));
    }
}
