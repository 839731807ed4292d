//! Dates in prose ("March 2023", "2023.07", "2023년 7월", "2024") and in profile fields
//! ("2023-07"), as months that can be compared.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

/// A year and, when written, a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ym {
    pub year: i32,
    pub month: Option<u32>,
}

impl Ym {
    /// Months since year 0, the first month of the year when none is written.
    pub fn first_month(self) -> i32 {
        self.year * 12 + self.month.map_or(0, |m| m as i32 - 1)
    }

    /// The last month this date can mean.
    pub fn last_month(self) -> i32 {
        self.year * 12 + self.month.map_or(11, |m| m as i32 - 1)
    }
}

impl std::fmt::Display for Ym {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.month {
            Some(m) => write!(f, "{}-{m:02}", self.year),
            None => write!(f, "{}", self.year),
        }
    }
}

/// A profile date: `2023`, `2023-07`, `2023-07-15`, or the loose `2023.07` / `2023/07`.
pub fn parse_field(text: &str) -> Option<Ym> {
    let text = text.trim();
    let mut parts = text.split(['-', '.', '/']);
    let year: i32 = parts.next()?.trim().parse().ok()?;
    if !(1900..2200).contains(&year) {
        return None;
    }
    let month = parts
        .next()
        .and_then(|m| m.trim().parse::<u32>().ok())
        .filter(|m| (1..=12).contains(m));
    Some(Ym { year, month })
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn date_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?ix)
            \b(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},\s*)?(?P<y1>(?:19|20)\d\d)\b
            | \b(?P<y2>(?:19|20)\d\d)\s*[-./]\s*(?P<m2>0?[1-9]|1[0-2])\b(?:[-./]\d{1,2}\b)?
            | (?P<y3>(?:19|20)\d\d)\s*년(?:\s*(?P<m3>0?[1-9]|1[0-2])\s*월)?
            | \b(?P<y4>(?:19|20)\d\d)\b",
        )
        .expect("valid regex")
    })
}

/// Every date in `text`, with its byte range.
pub fn find(text: &str) -> Vec<(Range<usize>, Ym)> {
    let mut out = Vec::new();
    for c in date_regex().captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        let year_of = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
        let ym = if let Some(year) = year_of("y1") {
            let mon = c.name("mon").map(|m| m.as_str().to_lowercase());
            let month = mon
                .and_then(|m| MONTHS.iter().position(|p| m.starts_with(p)))
                .map(|i| i as u32 + 1);
            Ym { year, month }
        } else if let Some(year) = year_of("y2") {
            let month = c.name("m2").and_then(|m| m.as_str().parse().ok());
            Ym { year, month }
        } else if let Some(year) = year_of("y3") {
            let month = c.name("m3").and_then(|m| m.as_str().parse().ok());
            Ym { year, month }
        } else if let Some(year) = year_of("y4") {
            // A bare year glued to a number ("2024-25", "1,2024") is not a date.
            let after = &text[whole.end()..];
            if after.starts_with(|c: char| c == ',' || c.is_ascii_digit()) {
                continue;
            }
            Ym { year, month: None }
        } else {
            continue;
        };
        out.push((whole.range(), ym));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        let found: Vec<String> = find("From March 2023 to 2023.12, then 2024년 2월, in 2021")
            .into_iter()
            .map(|(_, d)| d.to_string())
            .collect();
        assert_eq!(found, ["2023-03", "2023-12", "2024-02", "2021"]);
        assert_eq!(
            parse_field("2023-07"),
            Some(Ym {
                year: 2023,
                month: Some(7)
            })
        );
        assert_eq!(parse_field("present"), None);
    }
}
