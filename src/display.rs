//! Display formatting shared by the story and the views: dates as a reader expects them
//! ("Mar 2021 – Feb 2023" in English, "2021.03 – 2023.02" in Korean) and ordinals.

use crate::profile::Lang;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// One JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) for display; the day is dropped.
pub fn date(text: &str, lang: Lang) -> String {
    let mut parts = text.split('-');
    let year = parts.next().unwrap_or_default();
    let month = parts
        .next()
        .and_then(|m| m.parse::<usize>().ok())
        .filter(|m| (1..=12).contains(m));
    match (lang, month) {
        // `m` was checked to be 1..=12 above.
        (Lang::En, Some(m)) => format!("{} {year}", MONTHS[m - 1]),
        (Lang::Ko, Some(m)) => format!("{year}.{m:02}"),
        (_, None) => year.to_string(),
    }
}

/// A range; an open end is "Present" / "현재" when a start is known.
pub fn range(start: Option<&str>, end: Option<&str>, present: &str, lang: Lang) -> Option<String> {
    match (
        start.filter(|s| !s.is_empty()),
        end.filter(|e| !e.is_empty()),
    ) {
        (Some(s), Some(e)) if s == e => Some(date(s, lang)),
        (Some(s), Some(e)) => Some(format!("{} – {}", date(s, lang), date(e, lang))),
        (Some(s), None) => Some(format!("{} – {present}", date(s, lang))),
        (None, Some(e)) => Some(date(e, lang)),
        (None, None) => None,
    }
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ...
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "mAP@0.5: 64.5% → 71.2%" or "latency: 38 ms".
pub fn metric_line(m: &crate::profile::Metric) -> String {
    match m
        .baseline
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty())
    {
        Some(b) => format!("{}: {b} → {}", m.name.trim(), m.value.trim()),
        None => format!("{}: {}", m.name.trim(), m.value.trim()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_per_language() {
        assert_eq!(date("2021-03-15", Lang::En), "Mar 2021");
        assert_eq!(date("2021-03", Lang::Ko), "2021.03");
        assert_eq!(date("2021", Lang::Ko), "2021");
        assert_eq!(
            range(Some("2021-03"), None, "현재", Lang::Ko).as_deref(),
            Some("2021.03 – 현재")
        );
        assert_eq!(
            range(Some("2020"), Some("2022-02"), "Present", Lang::En).as_deref(),
            Some("2020 – Feb 2022")
        );
        assert_eq!(range(None, None, "Present", Lang::En), None);
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }
}
