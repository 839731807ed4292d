//! Numbers as people write them in career prose ("0.61", "4,358", "120ms", "30 FPS", "4배",
//! "+3.1%p"), read with their unit, told apart from what only looks like a measurement
//! (dates, versions, phone numbers, times of day), and compared with rounding and unit
//! tolerance ("0.826" ~ "83%", "1.2 s" ~ "1200 ms").

use std::ops::Range;

use serde::Serialize;

use crate::knowledge::vocabulary::is_word_char;

/// What a unit measures; only quantities of the same dimension compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    /// A bare number (a score such as 0.83, a count).
    Plain,
    Percent,
    /// Percentage points (%p, pp, "points").
    PercentPoints,
    /// A duration, in milliseconds.
    Duration,
    /// Frames, queries, requests or tokens per second.
    Rate,
    /// A factor: 4x, 4×, 4배.
    Factor,
    /// A size in bytes.
    Size,
    /// A count of parameters (7B, 110M params).
    Parameters,
    /// Money.
    Money,
}

/// A number read from text, with its unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The number as written, without grouping commas ("4358", "0.61").
    pub number: f64,
    /// The unit as the text writes it ("ms", "FPS", "배", "%"), empty when none.
    pub unit: String,
    pub dimension: Dimension,
    /// Digits after the decimal point as written: the precision the writer claimed.
    pub decimals: u32,
    /// Whether the text wrote an explicit plus sign ("+3.1%p").
    #[serde(skip)]
    pub plus: bool,
    /// The byte range of the number and its unit in the text it was read from.
    #[serde(skip)]
    pub span: Range<usize>,
}

impl Quantity {
    /// The value in the dimension's base unit (milliseconds, bytes, parameters; a plain
    /// number stays as is).
    pub fn base_value(&self) -> f64 {
        self.number * unit_scale(&self.unit.to_lowercase())
    }

    /// How the text writes it: "120 ms", "4배", "0.83".
    pub fn display(&self) -> String {
        let sign = if self.plus { "+" } else { "" };
        let number = format!("{sign}{}", format_number(self.number, self.decimals));
        if self.unit.is_empty() {
            number
        } else if self.unit.starts_with('%')
            || matches!(self.unit.as_str(), "x" | "×" | "배" | "k" | "K" | "M" | "B")
            || self.unit.chars().all(|c| !c.is_ascii())
        {
            format!("{number}{}", self.unit)
        } else {
            format!("{number} {}", self.unit)
        }
    }

    /// Whether `self` and `other` state the same value, allowing for rounding (each side
    /// is read as exact to the digits written), a fraction written as a percentage
    /// ("0.826" ~ "83%"), and unit changes within a dimension ("1.2 s" ~ "1200 ms").
    /// A different dimension never matches ("30 ms" is not "30%").
    pub fn same_value(&self, other: &Quantity) -> bool {
        let (a, b) = match (self.dimension, other.dimension) {
            (x, y) if x == y => (self.clone(), other.clone()),
            (Dimension::Plain, Dimension::Percent) if self.number <= 1.0 => {
                (self.as_percent(), other.clone())
            }
            (Dimension::Percent, Dimension::Plain) if other.number <= 1.0 => {
                (self.clone(), other.as_percent())
            }
            _ => return false,
        };
        let tolerance = |q: &Quantity| {
            0.5 * 10f64.powi(-(q.decimals as i32)) * unit_scale(&q.unit.to_lowercase())
        };
        let slack = tolerance(&a).max(tolerance(&b)) + 1e-9 * a.base_value().abs().max(1.0);
        (a.base_value() - b.base_value()).abs() <= slack
    }

    fn as_percent(&self) -> Quantity {
        Quantity {
            number: self.number * 100.0,
            unit: "%".into(),
            dimension: Dimension::Percent,
            decimals: self.decimals.saturating_sub(2),
            plus: self.plus,
            span: self.span.clone(),
        }
    }
}

fn format_number(n: f64, decimals: u32) -> String {
    format!("{n:.*}", decimals as usize)
}

/// The factor from a unit to its dimension's base unit.
fn unit_scale(unit: &str) -> f64 {
    match unit {
        "us" | "µs" | "μs" => 0.001,
        "s" | "sec" | "secs" | "second" | "seconds" | "초" => 1_000.0,
        "min" | "mins" | "minute" | "minutes" | "분" => 60_000.0,
        "h" | "hr" | "hrs" | "hour" | "hours" | "시간" => 3_600_000.0,
        "day" | "days" | "일" => 86_400_000.0,
        "kb" => 1e3,
        "mb" => 1e6,
        "gb" => 1e9,
        "tb" => 1e12,
        "k" | "천" => 1e3,
        "m" | "백만" => 1e6,
        "b" => 1e9,
        "만" => 1e4,
        "억" => 1e8,
        _ => 1.0,
    }
}

/// Units, longest spelling first where one is a prefix of another, with their dimension.
/// Latin units must end at a word boundary ("ms" is not the start of "msec..." unless listed).
const UNITS: &[(&str, Dimension)] = &[
    ("%p", Dimension::PercentPoints),
    ("%pt", Dimension::PercentPoints),
    ("%", Dimension::Percent),
    ("pp", Dimension::PercentPoints),
    ("percentage points", Dimension::PercentPoints),
    ("percentage point", Dimension::PercentPoints),
    ("percent", Dimension::Percent),
    ("퍼센트", Dimension::Percent),
    ("포인트", Dimension::PercentPoints),
    ("ms", Dimension::Duration),
    ("msec", Dimension::Duration),
    ("milliseconds", Dimension::Duration),
    ("us", Dimension::Duration),
    ("µs", Dimension::Duration),
    ("μs", Dimension::Duration),
    ("seconds", Dimension::Duration),
    ("second", Dimension::Duration),
    ("secs", Dimension::Duration),
    ("sec", Dimension::Duration),
    ("s", Dimension::Duration),
    ("minutes", Dimension::Duration),
    ("minute", Dimension::Duration),
    ("mins", Dimension::Duration),
    ("min", Dimension::Duration),
    ("hours", Dimension::Duration),
    ("hour", Dimension::Duration),
    ("hrs", Dimension::Duration),
    ("hr", Dimension::Duration),
    ("h", Dimension::Duration),
    ("days", Dimension::Duration),
    ("day", Dimension::Duration),
    ("초", Dimension::Duration),
    ("분", Dimension::Duration),
    ("시간", Dimension::Duration),
    ("일", Dimension::Duration),
    ("fps", Dimension::Rate),
    ("qps", Dimension::Rate),
    ("rps", Dimension::Rate),
    ("tps", Dimension::Rate),
    ("req/s", Dimension::Rate),
    ("tokens/s", Dimension::Rate),
    ("images/s", Dimension::Rate),
    ("it/s", Dimension::Rate),
    ("x", Dimension::Factor),
    ("×", Dimension::Factor),
    ("배", Dimension::Factor),
    ("times", Dimension::Factor),
    ("kb", Dimension::Size),
    ("mb", Dimension::Size),
    ("gb", Dimension::Size),
    ("tb", Dimension::Size),
    ("params", Dimension::Parameters),
    ("parameters", Dimension::Parameters),
    ("k", Dimension::Plain),
    ("m", Dimension::Parameters),
    ("b", Dimension::Parameters),
    ("만", Dimension::Plain),
    ("천", Dimension::Plain),
    ("억", Dimension::Plain),
    ("원", Dimension::Money),
    ("usd", Dimension::Money),
    ("krw", Dimension::Money),
];

/// Every number of `text` that reads as a quantity, in order. Left out: numbers inside
/// words and identifiers ("YOLOv8", "p95", "v2.1", "3D", "mAP@0.5"), versions and dotted
/// dates ("3.11.2", "2023.06"), numbers joined by hyphens or slashes (phone numbers,
/// "2023-06-01", "4/5"), times of day ("09:30"), and bare years ("2019").
pub fn quantities(text: &str) -> Vec<Quantity> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        // The number: digits, grouping commas before three digits, one decimal point.
        let mut end = i;
        let mut decimals = 0u32;
        let mut seen_point = false;
        let mut grouped = false;
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii_digit() {
                if seen_point {
                    decimals += 1;
                }
                end += 1;
            } else if b == b','
                && !seen_point
                && end + 3 < bytes.len() + 1
                && bytes
                    .get(end + 1..end + 4)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !bytes.get(end + 4).is_some_and(u8::is_ascii_digit)
            {
                grouped = true;
                end += 1;
            } else if b == b'.' && !seen_point && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            {
                seen_point = true;
                end += 1;
            } else {
                break;
            }
        }
        i = end;
        let written = &text[start..end];
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let after2 = text[end..].chars().nth(1);
        // Inside a word or an identifier: v2.1, p95, YOLOv8, mAP@0.5, top-1, R@10.
        if before.is_some_and(|c| is_word_char(c) || matches!(c, '@' | '_' | '#' | '.' | '/')) {
            continue;
        }
        if before == Some('-')
            && text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric())
        {
            continue;
        }
        // Versions and dotted dates (3.11.2, 2023.06.01), hyphen or slash groups (phone
        // numbers, ISO dates, fractions), times of day.
        let joined = matches!(after, Some('.' | '-' | '/' | ':' | '–'))
            && after2.is_some_and(|c| c.is_ascii_digit());
        if joined {
            // Skip the whole group so its later parts are not read alone.
            while i < bytes.len()
                && (bytes[i].is_ascii_digit() || matches!(bytes[i], b'.' | b'-' | b'/' | b':'))
            {
                i += 1;
            }
            continue;
        }
        // "Python 3.11", "CUDA 12": a version right after the name of a tool.
        if after.is_none_or(|c| !c.is_alphanumeric() && c != '%')
            && follows_versioned_name(&text[..start])
        {
            continue;
        }
        let number: f64 = match written.replace(',', "").parse() {
            Ok(n) => n,
            Err(_) => continue,
        };
        // Negative and explicitly positive changes: "+3.1%p", "−12%".
        let start = match before {
            Some('+' | '-' | '−') => start - before.map_or(0, char::len_utf8),
            _ => start,
        };
        let (unit, dimension, unit_end) = unit_after(text, end);
        // A number glued to letters that are not a unit is part of a word ("3D", "5G", "2nd"
        // is read by the rank scanner).
        if unit.is_empty() && after.is_some_and(is_word_char) {
            continue;
        }
        // A bare four-digit year is a date, not a measurement.
        let year_like = unit.is_empty()
            && !grouped
            && !seen_point
            && written.len() == 4
            && (1900.0..=2099.0).contains(&number);
        // "2023.06": a year and a month.
        let dotted_date = seen_point
            && decimals == 2
            && written.len() == 7
            && (1900.0..2100.0).contains(&number.trunc())
            && (1..=12).contains(&((number.fract() * 100.0).round() as u32));
        if dotted_date {
            continue;
        }
        // "+82 10-...": a country calling code.
        let calling_code = before == Some('+')
            && unit.is_empty()
            && text[end..].starts_with(' ')
            && text[end + 1..].starts_with(|c: char| c.is_ascii_digit());
        // Korean dates: 2021년 3월 1일.
        let korean_date = (unit.is_empty()
            && (text[end..].starts_with('년') || text[end..].starts_with('월')))
            || (unit == "일" && text[..start].trim_end().ends_with('월'));
        if calling_code || year_like || korean_date {
            continue;
        }
        out.push(Quantity {
            number: if before == Some('-') || before == Some('−') {
                -number
            } else {
                number
            },
            unit: unit.to_string(),
            dimension,
            decimals,
            plus: before == Some('+'),
            span: start..unit_end,
        });
    }
    out
}

/// Names that a bare number after them versions rather than measures.
const VERSIONED: &[&str] = &[
    "python",
    "java",
    "cuda",
    "cudnn",
    "pytorch",
    "torch",
    "tensorflow",
    "tf",
    "ubuntu",
    "ios",
    "android",
    "node",
    "gpt",
    "llama",
    "qwen",
    "mistral",
    "gemma",
    "yolo",
    "bert",
    "opencv",
    "windows",
    "macos",
    "spark",
    "django",
    "react",
    "vue",
    "angular",
    "php",
    "scala",
    "swift",
    "kotlin",
    "rust",
    "go",
    "postgresql",
    "postgres",
    "mysql",
    "redis",
    "elasticsearch",
    "jdk",
    "sdk",
    "version",
    "ver",
    "v",
    "release",
    "버전",
    "iphone",
    "galaxy",
    "es",
    "html",
    "css",
    "c++",
    "keras",
    "transformers",
    "stable",
    "diffusion",
    "whisper",
    "sam",
    "detr",
    "t5",
    "top",
    "tips",
    "no",
    "number",
    "page",
    "chapter",
    "week",
    "day",
    "lesson",
    "step",
    "level",
    "lv",
    "phase",
    "gen",
    "generation",
    "season",
    "vol",
    "part",
    "section",
    "room",
    "rank",
];

fn follows_versioned_name(before: &str) -> bool {
    let word: String = before
        .trim_end_matches(' ')
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '+' | '.'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    before.ends_with(' ') && VERSIONED.contains(&word.to_lowercase().as_str())
}

/// The unit right after a number at `end` (one optional space), if any.
fn unit_after(text: &str, end: usize) -> (&str, Dimension, usize) {
    let rest = &text[end..];
    let (gap, rest) = match rest.strip_prefix(' ') {
        Some(r) => (1, r),
        None => (0, rest),
    };
    let lower = rest.to_lowercase();
    for (unit, dimension) in UNITS {
        if !lower.starts_with(unit) {
            continue;
        }
        let len = unit.len();
        // `to_lowercase` keeps byte lengths for the ASCII and Hangul units listed.
        if !rest.is_char_boundary(len) {
            continue;
        }
        let next = rest[len..].chars().next();
        let latin = unit.is_ascii();
        if latin && unit.chars().all(|c| c.is_ascii_alphabetic()) && next.is_some_and(is_word_char)
        {
            continue;
        }
        // "4x faster" and "4×" are factors; "4 x 4" and "1x1 conv" are not.
        if (*unit == "x" || *unit == "×")
            && rest[len..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        // Single-letter units glued only: "5 s" is fine, "5 h" too, but "3 m" (metres?) and
        // "10 k" stay ambiguous and are read only when glued.
        if matches!(*unit, "m" | "b" | "k") && gap == 1 {
            continue;
        }
        return (&rest[..len], *dimension, end + gap + len);
    }
    ("", Dimension::Plain, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        quantities(text).iter().map(Quantity::display).collect()
    }

    #[test]
    fn numbers_with_units_in_both_languages() {
        assert_eq!(read("recall@10 rose from 0.61 to 0.83"), ["0.61", "0.83"]);
        assert_eq!(read("p95 820 -> 140 ms"), ["820", "140 ms"]);
        assert_eq!(read("API 120ms -> 35ms"), ["120 ms", "35 ms"]);
        assert_eq!(
            read("Jetson Orin에서 30 FPS, 모델 크기 4배 축소"),
            ["30 FPS", "4배"]
        );
        assert_eq!(read("23rd of 4,358 teams"), ["4358"]);
        assert_eq!(read("CTR +3.1%p, 2.5x faster"), ["+3.1%p", "2.5x"]);
        assert_eq!(read("7B params, 110M"), ["7B", "110M"]);
    }

    #[test]
    fn near_misses_are_not_quantities() {
        for text in [
            "Python 3.11",
            "upgraded to v2.1",
            "YOLOv8 and ResNet50",
            "call 010-1234-5678",
            "+82 10-4821-7730",
            "from 2019 to 2021",
            "2023.06 - 2024.02",
            "2023-06-01",
            "meetings at 09:30",
            "mAP@0.5",
            "3D point clouds on 5G",
            "2021년 3월",
            "Python 3.11.4",
            "Top 10 tips",
            "CUDA 12 and PyTorch 2",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
        // A bare number stays a number: whether it is a measurement is `metric`'s call.
        assert_eq!(read("trained 12 models"), ["12"]);
    }

    #[test]
    fn values_compare_with_rounding_and_units() {
        let q = |t: &str| quantities(t).remove(0);
        assert!(q("0.826").same_value(&q("83%")));
        assert!(q("83%").same_value(&q("0.826")));
        assert!(!q("0.81").same_value(&q("83%")));
        assert!(q("1.2 s").same_value(&q("1200 ms")));
        assert!(q("4x").same_value(&q("4배")));
        assert!(!q("30 ms").same_value(&q("30%")));
        assert!(q("140 ms").same_value(&q("140ms")));
        assert!(!q("140 ms").same_value(&q("145 ms")));
        assert!(q("11 MB").same_value(&q("11MB")));
    }
}
