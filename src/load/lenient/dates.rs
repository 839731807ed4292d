//! Reading the dates people really write ("03/2020", "Mar 2020", "2020년 3월", "至今") as
//! JSON Resume's ISO 8601 subset (YYYY, YYYY-MM, YYYY-MM-DD).

/// What a date field holds, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateRead {
    /// Already YYYY, YYYY-MM or YYYY-MM-DD: nothing to do.
    Exact,
    /// A word for "until now" ("present", "현재", "至今", ...), or an empty string.
    Ongoing,
    /// A date in another form, read as this ISO date.
    Date(String),
    /// Only the year is certain (the rest is a season, a quarter or an unclear day/month order).
    Year(String),
    /// No year can be found.
    Unreadable,
}

/// Words people write for an open end date, compared lowercase without a trailing dot.
const ONGOING: &[&str] = &[
    "present",
    "current",
    "currently",
    "now",
    "today",
    "ongoing",
    "till now",
    "till date",
    "to date",
    "to present",
    "until now",
    "still",
    "현재",
    "재직중",
    "재직 중",
    "재학중",
    "재학 중",
    "진행중",
    "진행 중",
    "至今",
    "现在",
    "現在",
    "目前",
    "今",
    "在職中",
    "在职",
    "heute",
    "aktuell",
    "jetzt",
    "bis heute",
    "actualidad",
    "actual",
    "presente",
    "hoy",
    "aujourd'hui",
    "actuel",
    "en cours",
    "atual",
    "atualmente",
    "oggi",
    "attuale",
    "heden",
    "nu",
];

/// Month names and abbreviations (English, German, Spanish, French) with their number.
const MONTHS: &[(&str, u32)] = &[
    ("jan", 1),
    ("january", 1),
    ("januar", 1),
    ("janvier", 1),
    ("enero", 1),
    ("ene", 1),
    ("feb", 2),
    ("february", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("mar", 3),
    ("march", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("apr", 4),
    ("april", 4),
    ("avril", 4),
    ("abril", 4),
    ("abr", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("jun", 6),
    ("june", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("jul", 7),
    ("july", 7),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("aug", 8),
    ("august", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("ago", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("oct", 10),
    ("october", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("okt", 10),
    ("nov", 11),
    ("november", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("dec", 12),
    ("december", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dez", 12),
    ("dic", 12),
];

/// Whether `text` is already one of JSON Resume's date forms (the official schema's pattern:
/// `[1-2]YYY`, optionally `-[0-1]M`, optionally `-[0-3]D`).
pub fn is_exact(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let year = b.len() >= 4 && matches!(b[0], b'1' | b'2') && (1..4).all(digit);
    let month = || b[4] == b'-' && matches!(b[5], b'0' | b'1') && digit(6);
    let day = || b[7] == b'-' && matches!(b[8], b'0'..=b'3') && digit(9);
    match b.len() {
        4 => year,
        7 => year && month(),
        10 => year && month() && day(),
        _ => false,
    }
}

/// Reads a date as people write it.
pub fn read(text: &str) -> DateRead {
    if is_exact(text) {
        return DateRead::Exact;
    }
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return DateRead::Ongoing;
    }
    if is_exact(trimmed) {
        return DateRead::Date(trimmed.to_string());
    }
    let lower = trimmed.to_lowercase();
    let word = lower.trim_end_matches('.').trim();
    if ONGOING.contains(&word) {
        return DateRead::Ongoing;
    }
    // An ISO datetime: 2019-06-01T00:00:00.000Z, 2019-06-01 09:00.
    if let (Some(day), Some(sep)) = (trimmed.get(..10), trimmed.as_bytes().get(10)) {
        if is_exact(day) && matches!(sep, b'T' | b't' | b' ') {
            return DateRead::Date(day.to_string());
        }
    }
    from_parts(&lower)
}

/// The numbers and words of a date, in order, and the separator between the numbers.
fn from_parts(lower: &str) -> DateRead {
    let mut numbers: Vec<&str> = Vec::new();
    let mut month_word: Option<u32> = None;
    let mut other_words = false;
    let mut separators = String::new();
    let mut rest = lower;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            numbers.push(&rest[..end]);
            rest = &rest[end..];
        } else if c.is_alphabetic() && !is_cjk_date_marker(c) {
            let end = rest
                .find(|c: char| !c.is_alphabetic() || is_cjk_date_marker(c))
                .unwrap_or(rest.len());
            let word = &rest[..end];
            match MONTHS.iter().find(|(name, _)| *name == word) {
                Some((_, m)) if month_word.is_none() => month_word = Some(*m),
                _ => other_words = true,
            }
            rest = &rest[end..];
        } else {
            if matches!(c, '/' | '.' | '-') {
                separators.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    let years: Vec<usize> = numbers
        .iter()
        .enumerate()
        .filter(|(_, n)| n.len() == 4 && matches!(n.as_bytes()[0], b'1' | b'2'))
        .map(|(i, _)| i)
        .collect();
    let [year_at] = years[..] else {
        return DateRead::Unreadable;
    };
    let year = numbers[year_at];
    let others: Vec<u32> = numbers
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != year_at)
        .filter_map(|(_, n)| (n.len() <= 2).then(|| n.parse().ok()).flatten())
        .collect();
    if others.len() + 1 != numbers.len() {
        return DateRead::Year(year.to_string());
    }
    let month = |m: u32| (1..=12).contains(&m).then(|| format!("{year}-{m:02}"));
    let full = |m: u32, d: u32| {
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{year}-{m:02}-{d:02}"))
    };
    let read = match (month_word, others.as_slice()) {
        (Some(m), &[]) if !other_words => month(m),
        (Some(m), &[d]) if !other_words => full(m, d).or_else(|| month(m)),
        (None, &[]) if !other_words => Some(year.to_string()),
        (None, &[m]) if !other_words => month(m),
        // YYYY-MM-DD in another spelling: 2020/03/01, 2020.03.01, 2020年3月1日.
        (None, &[m, d]) if !other_words && year_at == 0 => full(m, d),
        // D.M.YYYY is unambiguous with dots (German, Korean forms never put the year last).
        (None, &[d, m]) if !other_words && separators.starts_with('.') => full(m, d),
        // A/B/YYYY: only when one of the two cannot be a month.
        (None, &[a, b]) if !other_words && a > 12 => full(b, a),
        (None, &[a, b]) if !other_words && b > 12 => full(a, b),
        _ => None,
    };
    match read {
        Some(date) => DateRead::Date(date),
        None => DateRead::Year(year.to_string()),
    }
}

/// 년/월/일 and 年/月/日 separate the parts of a date; they are not words.
fn is_cjk_date_marker(c: char) -> bool {
    matches!(c, '년' | '월' | '일' | '年' | '月' | '日')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> DateRead {
        read(text)
    }

    fn iso(text: &str) -> DateRead {
        DateRead::Date(text.to_string())
    }

    #[test]
    fn the_official_forms_are_exact() {
        for text in ["2020", "2020-03", "2020-03-01", "1999-12-31"] {
            assert_eq!(date(text), DateRead::Exact, "{text}");
        }
        assert_eq!(date(" 2020-03 "), iso("2020-03"));
        assert!(!is_exact("2013-12-021"));
        assert!(!is_exact("3020-01"));
    }

    #[test]
    fn words_for_now_and_empty_strings_are_ongoing() {
        for text in [
            "",
            " ",
            "present",
            "Present",
            "PRESENT",
            "current",
            "now",
            "Now.",
            "현재",
            "재직중",
            "재직 중",
            "至今",
            "現在",
            "现在",
            "heute",
            "actualidad",
            "aujourd'hui",
        ] {
            assert_eq!(date(text), DateRead::Ongoing, "{text:?}");
        }
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(date("03/2020"), iso("2020-03"));
        assert_eq!(date("3/2020"), iso("2020-03"));
        assert_eq!(date("2020/03"), iso("2020-03"));
        assert_eq!(date("2020.03"), iso("2020-03"));
        assert_eq!(date("2020. 3."), iso("2020-03"));
        assert_eq!(date("04.2021"), iso("2021-04"));
        assert_eq!(date("2020-3"), iso("2020-03"));
        assert_eq!(date("2020/03/01"), iso("2020-03-01"));
        assert_eq!(date("01.03.2020"), iso("2020-03-01"));
        assert_eq!(date("25/12/2020"), iso("2020-12-25"));
        assert_eq!(date("12/25/2020"), iso("2020-12-25"));
        // Day and month could be either way round: only the year is certain.
        assert_eq!(date("03/04/2020"), DateRead::Year("2020".into()));
    }

    #[test]
    fn month_names_in_several_languages() {
        assert_eq!(date("Mar 2020"), iso("2020-03"));
        assert_eq!(date("March 2020"), iso("2020-03"));
        assert_eq!(date("Sept 2017"), iso("2017-09"));
        assert_eq!(date("Mar. 2020"), iso("2020-03"));
        assert_eq!(date("2020 Mar"), iso("2020-03"));
        assert_eq!(date("March 5, 2020"), iso("2020-03-05"));
        assert_eq!(date("5 March 2020"), iso("2020-03-05"));
        assert_eq!(date("März 2021"), iso("2021-03"));
        assert_eq!(date("marzo 2019"), iso("2019-03"));
        assert_eq!(date("février 2018"), iso("2018-02"));
    }

    #[test]
    fn korean_chinese_and_japanese_forms() {
        assert_eq!(date("2020년 3월"), iso("2020-03"));
        assert_eq!(date("2020년3월1일"), iso("2020-03-01"));
        assert_eq!(date("2020年3月"), iso("2020-03"));
        assert_eq!(date("2020年3月15日"), iso("2020-03-15"));
        assert_eq!(date("2020년"), iso("2020"));
    }

    #[test]
    fn datetimes_keep_their_day() {
        assert_eq!(date("2017-10-01T00:00:00.000Z"), iso("2017-10-01"));
        assert_eq!(date("2021-01-04T09:00"), iso("2021-01-04"));
        assert_eq!(date("2021-01-04 09:00:00"), iso("2021-01-04"));
    }

    #[test]
    fn only_the_year_when_the_rest_is_unclear() {
        assert_eq!(date("Spring 2019"), DateRead::Year("2019".into()));
        assert_eq!(date("Q3 2020"), DateRead::Year("2020".into()));
        assert_eq!(date("2020/13"), DateRead::Year("2020".into()));
        assert_eq!(date("soon"), DateRead::Unreadable);
        assert_eq!(date("03/20"), DateRead::Unreadable);
        assert_eq!(date("2019-2020"), DateRead::Unreadable);
    }
}
