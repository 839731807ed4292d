//! The look of a resume: theme, paper, margins, type sizes, font families, accent colour, date
//! format and the GitHub line, from the profile's `design` object and the command line, checked
//! once into plain settings the view hands to the templates.

use serde::{Deserialize, Serialize};

/// The built-in themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Serif body, ruled section headings, dates on the right: the default.
    Classic,
    /// Classic's layout in smaller type and tighter spacing: fits more on a page.
    Compact,
    /// Two columns: contact, skills, languages and education beside the experience.
    Sidebar,
    /// For applicant-tracking systems: one column, standard headings, no rules or colour,
    /// text in reading order.
    Ats,
}

impl Theme {
    /// Every theme, in the order `storyfolio themes` lists them.
    pub const ALL: [Theme; 4] = [Theme::Classic, Theme::Compact, Theme::Sidebar, Theme::Ats];

    /// The name used on the command line and in the profile.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Classic => "classic",
            Theme::Compact => "compact",
            Theme::Sidebar => "sidebar",
            Theme::Ats => "ats",
        }
    }

    /// One line on what the theme is for.
    pub fn description(self) -> &'static str {
        match self {
            Theme::Classic => "serif body, ruled headings, dates on the right (default)",
            Theme::Compact => "the classic layout in smaller type and tighter spacing",
            Theme::Sidebar => "two columns: contact, skills, languages and education in a sidebar",
            Theme::Ats => "one column, standard headings, no rules or colour, for tracking systems",
        }
    }

    /// Whether the PDF text reads in document order (one column).
    pub fn single_column(self) -> bool {
        !matches!(self, Theme::Sidebar)
    }

    fn parse(name: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The theme's own defaults: margin, base size, line spacing.
    fn defaults(self) -> (Length, f64, f64) {
        match self {
            Theme::Classic => (Length::cm(1.6), 10.0, 0.52),
            Theme::Compact => (Length::cm(1.2), 9.0, 0.42),
            Theme::Sidebar => (Length::cm(1.3), 9.5, 0.5),
            Theme::Ats => (Length::cm(1.5), 10.0, 0.5),
        }
    }
}

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    /// ISO A4, 210 x 297 mm.
    A4,
    /// US Letter, 8.5 x 11 in.
    #[value(alias = "letter")]
    UsLetter,
}

impl Paper {
    /// The name Typst's `page(paper:)` takes.
    pub fn typst(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::UsLetter => "us-letter",
        }
    }

    /// The CSS `@page { size: }` keyword.
    pub fn css(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::UsLetter => "letter",
        }
    }

    fn parse(name: &str) -> Option<Paper> {
        match name
            .trim()
            .to_ascii_lowercase()
            .replace(['_', ' '], "-")
            .as_str()
        {
            "a4" => Some(Paper::A4),
            "us-letter" | "letter" | "usletter" => Some(Paper::UsLetter),
            _ => None,
        }
    }

    /// US Letter where it is the norm (United States, Canada and a few others), A4 elsewhere.
    pub fn for_country(country_code: Option<&str>) -> Paper {
        let letter = ["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR"];
        match country_code.map(|c| c.trim().to_ascii_uppercase()) {
            Some(c) if letter.contains(&c.as_str()) => Paper::UsLetter,
            _ => Paper::A4,
        }
    }
}

/// A non-negative length in a unit Typst and CSS both understand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Length {
    value: f64,
    unit: &'static str,
}

impl Length {
    fn cm(value: f64) -> Length {
        Length { value, unit: "cm" }
    }

    /// The length in points (1 in = 72 pt), rounded to 0.01 pt.
    fn points(&self) -> f64 {
        let points = match self.unit {
            "mm" => self.value / 25.4 * 72.0,
            "cm" => self.value / 2.54 * 72.0,
            "in" => self.value * 72.0,
            _ => self.value,
        };
        (points * 100.0).round() / 100.0
    }

    /// "1.6cm", "18mm", "0.75in", "54pt".
    pub fn text(&self) -> String {
        format!("{}{}", trim_float(self.value), self.unit)
    }

    fn parse(text: &str) -> Result<Length, LengthProblem> {
        let text = text.trim();
        let split = text
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(text.len());
        let (number, unit) = text.split_at(split);
        let value: f64 = number
            .trim()
            .parse()
            .map_err(|_| LengthProblem::NotALength)?;
        if !value.is_finite() {
            return Err(LengthProblem::NotALength);
        }
        if value < 0.0 {
            return Err(LengthProblem::Negative);
        }
        let unit = match unit.trim() {
            "cm" => "cm",
            "mm" => "mm",
            "in" => "in",
            "pt" => "pt",
            _ => return Err(LengthProblem::NotALength),
        };
        let in_cm = match unit {
            "mm" => value / 10.0,
            "in" => value * 2.54,
            "pt" => value * 2.54 / 72.0,
            _ => value,
        };
        // A margin past 5 cm leaves no page to write on.
        if in_cm > 5.0 {
            return Err(LengthProblem::TooLarge);
        }
        Ok(Length { value, unit })
    }
}

enum LengthProblem {
    NotALength,
    Negative,
    TooLarge,
}

fn trim_float(value: f64) -> String {
    let text = format!("{value:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The profile's `design` object, as written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DesignInput {
    pub theme: Option<String>,
    pub paper: Option<String>,
    pub margin: Option<String>,
    pub font_size: Option<f64>,
    pub body_font: Option<String>,
    pub heading_font: Option<String>,
    pub accent_color: Option<String>,
    pub date_format: Option<String>,
    pub show_github_stats: Option<bool>,
}

/// Command-line overrides of the profile's design; set fields win.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DesignOverrides {
    pub theme: Option<Theme>,
    pub paper: Option<Paper>,
    pub margin: Option<String>,
    pub font_size: Option<f64>,
    pub body_font: Option<String>,
    pub heading_font: Option<String>,
    pub accent_color: Option<String>,
    pub date_format: Option<String>,
    pub show_github_stats: Option<bool>,
}

/// A design value that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{path}`: {message}")]
pub struct DesignError {
    /// `design.accentColor` in the profile, or `--accent-color` on the command line.
    pub path: String,
    pub message: String,
}

/// The checked settings the templates see.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Design {
    pub theme: Theme,
    pub theme_name: &'static str,
    pub paper: Paper,
    /// Typst's paper name.
    pub paper_typst: &'static str,
    /// CSS `@page` size.
    pub paper_css: &'static str,
    /// "1.6cm".
    pub margin: String,
    /// The margin in points, for the templates' arithmetic.
    pub margin_pt: f64,
    /// Base size in points.
    pub font_size: f64,
    /// Section heading size in points.
    pub heading_size: f64,
    /// Name size in points.
    pub name_size: f64,
    /// Small print (tags, statistics) in points.
    pub small_size: f64,
    /// The header's contact line in points.
    pub contact_size: f64,
    /// Line spacing (Typst `par(leading:)`, in em).
    pub leading: f64,
    /// Space between list items, in em.
    pub list_spacing: f64,
    /// The user's body font, put before the language's own.
    pub body_font: Option<String>,
    /// The user's heading font.
    pub heading_font: Option<String>,
    /// "#1f4e8c": links and headings; plain black in the ATS theme.
    pub accent: String,
    /// The section headings' colour: the accent darkened (a dark slate with the default one).
    pub heading_color: String,
    /// A date pattern (`{year}`, `{month}`, `{month2}`, `{monthShort}`, `{monthLong}`) that
    /// replaces the language's own.
    pub date_format: Option<String>,
    pub show_github_stats: bool,
}

const DEFAULT_ACCENT: &str = "#1f4e8c";

impl Design {
    /// Checks the profile's `design` with the command line's overrides on top. `country_code`
    /// (the profile's `basics.location.countryCode`) picks the paper when neither says.
    pub fn resolve(
        input: Option<&DesignInput>,
        overrides: &DesignOverrides,
        country_code: Option<&str>,
    ) -> Result<Design, DesignError> {
        let empty = DesignInput::default();
        let input = input.unwrap_or(&empty);
        let profile = |field: &str| format!("design.{field}");

        let theme = match (overrides.theme, &input.theme) {
            (Some(t), _) => t,
            (None, Some(name)) => Theme::parse(name).ok_or_else(|| DesignError {
                path: profile("theme"),
                message: format!(
                    "unknown theme \"{name}\": storyfolio has {}",
                    Theme::ALL.map(Theme::name).join(", ")
                ),
            })?,
            (None, None) => Theme::Classic,
        };
        let paper = match (overrides.paper, &input.paper) {
            (Some(p), _) => p,
            (None, Some(name)) => Paper::parse(name).ok_or_else(|| DesignError {
                path: profile("paper"),
                message: format!("unknown paper size \"{name}\": use a4 or us-letter"),
            })?,
            (None, None) => Paper::for_country(country_code),
        };
        let (theme_margin, theme_size, leading) = theme.defaults();
        let margin = match (&overrides.margin, &input.margin) {
            (Some(m), _) => length(m, "--margin")?,
            (None, Some(m)) => length(m, &profile("margin"))?,
            (None, None) => theme_margin,
        };
        let font_size = match (overrides.font_size, input.font_size) {
            (Some(s), _) => size(s, "--font-size")?,
            (None, Some(s)) => size(s, &profile("fontSize"))?,
            (None, None) => theme_size,
        };
        let accent = match (&overrides.accent_color, &input.accent_color) {
            (Some(c), _) => colour(c, "--accent-color")?,
            (None, Some(c)) => colour(c, &profile("accentColor"))?,
            (None, None) if theme == Theme::Ats => "#000000".to_string(),
            (None, None) => DEFAULT_ACCENT.to_string(),
        };
        let date_format = match (&overrides.date_format, &input.date_format) {
            (Some(f), _) => Some(date_format(f, "--date-format")?),
            (None, Some(f)) => Some(date_format(f, &profile("dateFormat"))?),
            (None, None) => None,
        };
        let font = |cli: &Option<String>, own: &Option<String>, path: &str| match cli
            .as_ref()
            .or(own.as_ref())
            .map(|f| f.trim().to_string())
        {
            Some(f) if f.is_empty() => Err(DesignError {
                path: path.to_string(),
                message: "empty font name: name a font family, e.g. \"Noto Serif\"".into(),
            }),
            other => Ok(other),
        };
        let body_font = font(&overrides.body_font, &input.body_font, &profile("bodyFont"))?;
        let heading_font = font(
            &overrides.heading_font,
            &input.heading_font,
            &profile("headingFont"),
        )?;
        Ok(Design {
            theme,
            theme_name: theme.name(),
            paper,
            paper_typst: paper.typst(),
            paper_css: paper.css(),
            margin: margin.text(),
            margin_pt: margin.points(),
            font_size,
            heading_size: round(font_size * 1.1),
            name_size: round(font_size * 1.9),
            small_size: round(font_size * 0.85),
            contact_size: round(font_size * 0.9),
            leading,
            list_spacing: (leading * 70.0).round() / 100.0,
            body_font,
            heading_font,
            heading_color: heading_color(&accent),
            accent,
            date_format,
            show_github_stats: overrides
                .show_github_stats
                .or(input.show_github_stats)
                .unwrap_or(true),
        })
    }

    /// The font families this design asks for by name (the user's own), to check they exist.
    pub fn requested_fonts(&self) -> Vec<(&'static str, &str)> {
        let mut fonts = Vec::new();
        if let Some(f) = &self.body_font {
            fonts.push(("bodyFont", f.as_str()));
        }
        if let Some(f) = &self.heading_font {
            fonts.push(("headingFont", f.as_str()));
        }
        fonts
    }
}

impl Default for Design {
    fn default() -> Self {
        // The defaults are valid by construction.
        Design::resolve(None, &DesignOverrides::default(), None)
            .unwrap_or_else(|e| unreachable!("default design is valid: {e}"))
    }
}

/// The headings' colour for `accent` ("#rrggbb"): a dark slate for the default accent, else
/// the accent at 70% of its brightness so headings stay darker than links.
fn heading_color(accent: &str) -> String {
    if accent == DEFAULT_ACCENT {
        return "#1f2d3d".to_string();
    }
    let channel =
        |i: usize| u8::from_str_radix(accent.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    let dark = |c: u8| (f64::from(c) * 0.7).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        dark(channel(1)),
        dark(channel(3)),
        dark(channel(5))
    )
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

fn length(text: &str, path: &str) -> Result<Length, DesignError> {
    Length::parse(text).map_err(|problem| DesignError {
        path: path.to_string(),
        message: match problem {
            LengthProblem::Negative => format!(
                "negative margin \"{text}\": a margin is 0 or more, e.g. \"1.6cm\", \"18mm\", \"0.7in\" or \"50pt\""
            ),
            LengthProblem::TooLarge => {
                format!("margin \"{text}\" is larger than 5 cm: nothing would fit on the page")
            }
            LengthProblem::NotALength => format!(
                "\"{text}\" is not a length: write a number and one of cm, mm, in, pt, e.g. \"1.6cm\""
            ),
        },
    })
}

fn size(points: f64, path: &str) -> Result<f64, DesignError> {
    if points.is_finite() && (6.0..=16.0).contains(&points) {
        Ok(points)
    } else {
        Err(DesignError {
            path: path.to_string(),
            message: format!("font size {points} is outside 6 to 16 (points)"),
        })
    }
}

/// "#rgb" or "#rrggbb", returned as "#rrggbb" in lower case.
fn colour(text: &str, path: &str) -> Result<String, DesignError> {
    let hex = text.trim().strip_prefix('#').unwrap_or("");
    let valid = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    if !valid {
        return Err(DesignError {
            path: path.to_string(),
            message: format!(
                "\"{text}\" is not a colour: write #rgb or #rrggbb, e.g. \"{DEFAULT_ACCENT}\""
            ),
        });
    }
    let hex = hex.to_ascii_lowercase();
    Ok(if hex.len() == 3 {
        let mut long = String::from("#");
        for c in hex.chars() {
            long.push(c);
            long.push(c);
        }
        long
    } else {
        format!("#{hex}")
    })
}

const DATE_FIELDS: [&str; 5] = ["year", "month", "month2", "monthShort", "monthLong"];

fn date_format(pattern: &str, path: &str) -> Result<String, DesignError> {
    let mut rest = pattern;
    let mut has_year = false;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !DATE_FIELDS.contains(&name) {
            return Err(DesignError {
                path: path.to_string(),
                message: format!(
                    "unknown date field {{{name}}} in \"{pattern}\": use {}",
                    DATE_FIELDS.map(|f| format!("{{{f}}}")).join(", ")
                ),
            });
        }
        has_year |= name == "year";
        rest = &after[close + 1..];
    }
    if !has_year {
        return Err(DesignError {
            path: path.to_string(),
            message: format!(
                "date format \"{pattern}\" has no {{year}}: e.g. \"{{month2}}/{{year}}\" or \"{{monthShort}} {{year}}\""
            ),
        });
    }
    Ok(pattern.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(input: DesignInput) -> Result<Design, DesignError> {
        Design::resolve(Some(&input), &DesignOverrides::default(), None)
    }

    #[test]
    fn defaults_follow_the_country() {
        let none = DesignOverrides::default();
        let us = Design::resolve(None, &none, Some("us")).expect("valid");
        assert_eq!(us.paper, Paper::UsLetter);
        assert_eq!(us.paper_typst, "us-letter");
        assert_eq!(
            Design::resolve(None, &none, Some("CA"))
                .expect("valid")
                .paper,
            Paper::UsLetter
        );
        assert_eq!(
            Design::resolve(None, &none, Some("KR"))
                .expect("valid")
                .paper,
            Paper::A4
        );
        let default = Design::default();
        assert_eq!(default.paper, Paper::A4);
        assert_eq!(default.theme, Theme::Classic);
        assert_eq!(default.margin, "1.6cm");
        assert_eq!(default.font_size, 10.0);
        assert!(default.show_github_stats);
    }

    #[test]
    fn command_line_wins_over_the_profile() {
        let input = DesignInput {
            theme: Some("compact".into()),
            paper: Some("a4".into()),
            accent_color: Some("#ABC".into()),
            ..DesignInput::default()
        };
        let overrides = DesignOverrides {
            paper: Some(Paper::UsLetter),
            ..DesignOverrides::default()
        };
        let design = Design::resolve(Some(&input), &overrides, None).expect("valid");
        assert_eq!(design.theme, Theme::Compact);
        assert_eq!(design.font_size, 9.0);
        assert_eq!(design.paper, Paper::UsLetter);
        assert_eq!(design.accent, "#aabbcc");
    }

    #[test]
    fn bad_values_name_the_path_and_the_allowed_values() {
        let error = |input: DesignInput| from(input).expect_err("invalid").to_string();
        assert_eq!(
            error(DesignInput { accent_color: Some("#12345".into()), ..DesignInput::default() }),
            "`design.accentColor`: \"#12345\" is not a colour: write #rgb or #rrggbb, e.g. \"#1f4e8c\""
        );
        assert_eq!(
            error(DesignInput { margin: Some("-1cm".into()), ..DesignInput::default() }),
            "`design.margin`: negative margin \"-1cm\": a margin is 0 or more, e.g. \"1.6cm\", \"18mm\", \"0.7in\" or \"50pt\""
        );
        assert_eq!(
            error(DesignInput {
                paper: Some("a5x".into()),
                ..DesignInput::default()
            }),
            "`design.paper`: unknown paper size \"a5x\": use a4 or us-letter"
        );
        assert_eq!(
            error(DesignInput { theme: Some("fancy".into()), ..DesignInput::default() }),
            "`design.theme`: unknown theme \"fancy\": storyfolio has classic, compact, sidebar, ats"
        );
        assert_eq!(
            error(DesignInput { margin: Some("2 furlongs".into()), ..DesignInput::default() }),
            "`design.margin`: \"2 furlongs\" is not a length: write a number and one of cm, mm, in, pt, e.g. \"1.6cm\""
        );
        assert_eq!(
            error(DesignInput {
                font_size: Some(40.0),
                ..DesignInput::default()
            }),
            "`design.fontSize`: font size 40 is outside 6 to 16 (points)"
        );
        assert_eq!(
            error(DesignInput { date_format: Some("{month}/{yy}".into()), ..DesignInput::default() }),
            "`design.dateFormat`: unknown date field {yy} in \"{month}/{yy}\": use {year}, {month}, {month2}, {monthShort}, {monthLong}"
        );
        let cli = Design::resolve(
            None,
            &DesignOverrides {
                margin: Some("-3mm".into()),
                ..DesignOverrides::default()
            },
            None,
        )
        .expect_err("invalid")
        .to_string();
        assert!(
            cli.starts_with("`--margin`: negative margin \"-3mm\""),
            "{cli}"
        );
    }

    #[test]
    fn lengths_in_every_unit() {
        for (text, shown) in [
            ("18mm", "18mm"),
            ("0.75in", "0.75in"),
            ("54pt", "54pt"),
            (" 2 cm", "2cm"),
            ("0cm", "0cm"),
        ] {
            let design = from(DesignInput {
                margin: Some(text.into()),
                ..DesignInput::default()
            })
            .expect("valid");
            assert_eq!(design.margin, shown);
        }
        assert!(from(DesignInput {
            margin: Some("6cm".into()),
            ..DesignInput::default()
        })
        .is_err());
    }

    #[test]
    fn ats_is_black_and_single_column() {
        let ats = from(DesignInput {
            theme: Some("ATS".into()),
            ..DesignInput::default()
        })
        .expect("valid");
        assert_eq!(ats.accent, "#000000");
        assert!(ats.theme.single_column());
        assert!(!Theme::Sidebar.single_column());
    }
}
