//! Display formatting the story shares with the views: dates in a story language ("Mar 2021",
//! "2021년 3월", from the built-in language files), ordinals and metric lines.

use crate::profile::Lang;

/// One JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) for display in a story language:
/// "Mar 2021", "2021년 3월".
pub fn date(text: &str, lang: Lang) -> String {
    story_locale(lang).date(text)
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ...
pub fn ordinal(n: u32) -> String {
    crate::locale::english_ordinal(n)
}

/// The built-in resume language of a story language: one source of month names and formats.
fn story_locale(lang: Lang) -> &'static crate::locale::Locale {
    let locales = crate::locale::builtin();
    locales
        .get(lang.code())
        .unwrap_or_else(|_| locales.english())
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
        assert_eq!(date("2021-03", Lang::Ko), "2021년 3월");
        assert_eq!(date("2021", Lang::Ko), "2021");
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
