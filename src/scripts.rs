//! The writing systems a document uses (Han, kana, Hangul, Cyrillic, Arabic, Hebrew, emoji),
//! where each first appears, and which installed font family prints it.
//!
//! Pure: the caller lists the installed families once (`typst fonts`) and passes them in.

use serde_json::Value;

/// A writing system that needs a font beyond the Latin ones every document uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    /// Chinese characters (also used in Japanese and, rarely, Korean).
    Han,
    /// Japanese hiragana and katakana.
    Kana,
    Hangul,
    Cyrillic,
    Arabic,
    Hebrew,
    Emoji,
}

/// Which regional form of the CJK characters a document wants (the glyphs of 骨, 直, 写 differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CjkVariant {
    /// Simplified Chinese (mainland China, Singapore).
    Simplified,
    /// Traditional Chinese (Taiwan, Hong Kong).
    Traditional,
    Japanese,
    Korean,
}

impl CjkVariant {
    /// Typst's `text(lang:, region:)` for these glyphs.
    pub fn lang_region(self) -> (&'static str, &'static str) {
        match self {
            CjkVariant::Simplified => ("zh", "CN"),
            CjkVariant::Traditional => ("zh", "TW"),
            CjkVariant::Japanese => ("ja", "JP"),
            CjkVariant::Korean => ("ko", "KR"),
        }
    }

    /// Families that draw this variant, best first.
    fn families(self) -> &'static [&'static str] {
        match self {
            CjkVariant::Simplified => &[
                "Noto Serif CJK SC",
                "Noto Sans CJK SC",
                "Source Han Serif SC",
                "Source Han Sans SC",
                "Noto Sans SC",
                "Noto Serif SC",
                "WenQuanYi Zen Hei",
                "WenQuanYi Micro Hei",
                "AR PL UMing CN",
                "Microsoft YaHei",
                "PingFang SC",
                "SimSun",
            ],
            CjkVariant::Traditional => &[
                "Noto Serif CJK TC",
                "Noto Sans CJK TC",
                "Noto Serif CJK HK",
                "Noto Sans CJK HK",
                "Source Han Serif TC",
                "Source Han Sans TC",
                "Noto Sans TC",
                "AR PL UMing TW",
                "Microsoft JhengHei",
                "PingFang TC",
            ],
            CjkVariant::Japanese => JAPANESE_FAMILIES,
            CjkVariant::Korean => HANGUL_FAMILIES,
        }
    }
}

/// Font families known to cover Hangul, in order of preference.
const HANGUL_FAMILIES: &[&str] = &[
    "Noto Sans CJK KR",
    "Noto Serif CJK KR",
    "Noto Sans KR",
    "Noto Serif KR",
    "NanumGothic",
    "NanumMyeongjo",
    "NanumBarunGothic",
    "NanumSquare",
    "Source Han Sans K",
    "Source Han Sans KR",
    "Source Han Serif K",
    "Pretendard",
    "Spoqa Han Sans Neo",
    "IBM Plex Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "AppleGothic",
    "UnDotum",
    "UnBatang",
    "Baekmuk Gulim",
    "Baekmuk Dotum",
];

/// Every Noto CJK family covers Han, kana and Hangul alike (in its own regional glyphs).
const PAN_CJK: &[&str] = &[
    "Noto Serif CJK SC",
    "Noto Sans CJK SC",
    "Noto Serif CJK TC",
    "Noto Sans CJK TC",
    "Noto Serif CJK JP",
    "Noto Sans CJK JP",
    "Noto Serif CJK KR",
    "Noto Sans CJK KR",
    "Noto Sans CJK HK",
    "Source Han Sans",
    "Source Han Serif",
];

/// Japanese families, best first; all but the first four are Japanese-only fonts.
const JAPANESE_FAMILIES: &[&str] = &[
    "Noto Serif CJK JP",
    "Noto Sans CJK JP",
    "Source Han Serif",
    "Source Han Sans",
    "Noto Sans JP",
    "Noto Serif JP",
    "IPAexMincho",
    "IPAMincho",
    "IPAexGothic",
    "IPAGothic",
    "TakaoMincho",
    "Hiragino Mincho ProN",
    "Yu Mincho",
    "MS Mincho",
];

/// Families with Cyrillic beyond the embedded Libertinus Serif and New Computer Modern,
/// which typst always has and which cover it already.
const CYRILLIC_FAMILIES: &[&str] = &[
    "Libertinus Serif",
    "New Computer Modern",
    "DejaVu Serif",
    "DejaVu Sans",
    "Noto Serif",
    "Noto Sans",
    "PT Serif",
    "Liberation Serif",
];

const ARABIC_FAMILIES: &[&str] = &[
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "Noto Kufi Arabic",
    "Amiri",
    "Scheherazade New",
    "Vazirmatn",
    "KacstOne",
    "DejaVu Sans",
    "Arial",
];

const HEBREW_FAMILIES: &[&str] = &[
    "Noto Serif Hebrew",
    "Noto Sans Hebrew",
    "Libertinus Serif",
    "Frank Ruehl CLM",
    "David CLM",
    "Culmus",
    "DejaVu Sans",
    "Arial",
];

const EMOJI_FAMILIES: &[&str] = &[
    "Noto Color Emoji",
    "Twemoji",
    "Twitter Color Emoji",
    "OpenMoji",
    "JoyPixels",
    "Apple Color Emoji",
    "Segoe UI Emoji",
    "Noto Emoji",
    "Symbola",
];

impl Script {
    /// Every script, in the order warnings and font lists use.
    pub const ALL: [Script; 7] = [
        Script::Han,
        Script::Kana,
        Script::Hangul,
        Script::Cyrillic,
        Script::Arabic,
        Script::Hebrew,
        Script::Emoji,
    ];

    /// The script's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Script::Han => "Chinese characters (Han)",
            Script::Kana => "Japanese kana",
            Script::Hangul => "Hangul",
            Script::Cyrillic => "Cyrillic",
            Script::Arabic => "Arabic",
            Script::Hebrew => "Hebrew",
            Script::Emoji => "emoji",
        }
    }

    /// The Debian package that installs a font for it.
    pub fn package(self) -> &'static str {
        match self {
            Script::Han | Script::Kana => "fonts-noto-cjk",
            Script::Hangul => "fonts-noto-cjk` or `fonts-nanum",
            Script::Cyrillic => "fonts-dejavu",
            Script::Arabic => "fonts-noto-core",
            Script::Hebrew => "fonts-noto-core",
            Script::Emoji => "fonts-noto-color-emoji",
        }
    }

    /// Families known to cover the script (for Han, kana and Hangul: after the regional
    /// ones `choose` prefers).
    fn families(self) -> Vec<&'static str> {
        match self {
            Script::Han => [PAN_CJK, JAPANESE_FAMILIES]
                .concat()
                .into_iter()
                .chain(CjkVariant::Simplified.families().iter().copied())
                .chain(CjkVariant::Traditional.families().iter().copied())
                .collect(),
            Script::Kana => [PAN_CJK, JAPANESE_FAMILIES].concat(),
            Script::Hangul => [HANGUL_FAMILIES, PAN_CJK].concat(),
            Script::Cyrillic => CYRILLIC_FAMILIES.to_vec(),
            Script::Arabic => ARABIC_FAMILIES.to_vec(),
            Script::Hebrew => HEBREW_FAMILIES.to_vec(),
            Script::Emoji => EMOJI_FAMILIES.to_vec(),
        }
    }
}

/// The script of `c`, or `None` for Latin, digits, punctuation and anything the Latin
/// fonts print.
pub fn script_of(c: char) -> Option<Script> {
    Some(match c {
        c if crate::korean::is_hangul(c) => Script::Hangul,
        '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => Script::Kana,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF65}' => Script::Han,
        '\u{0400}'..='\u{052F}' => Script::Cyrillic,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Script::Arabic,
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => Script::Hebrew,
        // Pictographs, and the few older symbols drawn as emoji (☕ ✅ ❌ ⭐); the other
        // dingbats (★ ✓ ☎) are in ordinary text fonts.
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2615}'
        | '\u{2705}'
        | '\u{274C}'
        | '\u{2728}'
        | '\u{2B50}'
        | '\u{2B55}' => Script::Emoji,
        _ => return None,
    })
}

/// `text` without its emoji (with their joiners, variation selectors and keycaps), spaces
/// folded: the name a letter is signed with. Text that is nothing but emoji is kept whole.
pub fn without_emoji(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| match c {
            '\u{200D}' | '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' => ' ',
            c if script_of(c) == Some(Script::Emoji) => ' ',
            c => c,
        })
        .collect();
    let folded = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.is_empty() {
        text.to_string()
    } else {
        folded
    }
}

/// The first character of a script found in a document, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sample {
    pub script: Script,
    pub example: char,
    /// The JSON path of the value holding it (`basics.name`), or empty when the document's
    /// own words (its Korean headings) need the script.
    pub path: String,
}

/// What a document's text needs: one sample per script, and counts that tell the CJK
/// variant apart.
#[derive(Debug, Clone, Default)]
pub struct Usage {
    pub samples: Vec<Sample>,
    simplified: usize,
    traditional: usize,
}

/// Characters whose simplified and traditional forms differ, frequent in resumes.
const SIMPLIFIED_ONLY: &str = "们这说时会为对经业与实进过动长开关门问间东车书电网数级项务专员发学国历师产处构设计软应语总认识验责负优质层级区华务术视频图开";
const TRADITIONAL_ONLY: &str = "們這說時會為對經業與實進過動長開關門問間東車書電網數級項務專員發學國歷師產處構設計軟應語總認識驗責負優質層級區華務術視頻圖開";

impl Usage {
    /// Scans every string of `doc`; paths start with `prefix` (`""` for a profile).
    pub fn scan(&mut self, doc: &Value, prefix: &str) {
        let mut path = prefix.to_string();
        self.walk(doc, &mut path);
    }

    /// Records the scripts of `text` found at `path`.
    pub fn add_text(&mut self, text: &str, path: &str) {
        for c in text.chars() {
            let Some(script) = script_of(c) else { continue };
            if script == Script::Han {
                let simplified = SIMPLIFIED_ONLY.contains(c);
                let traditional = TRADITIONAL_ONLY.contains(c);
                // A character in both lists is the same in both forms (开 is listed once).
                if simplified != traditional {
                    self.simplified += usize::from(simplified);
                    self.traditional += usize::from(traditional);
                }
            }
            if !self.uses(script) {
                self.samples.push(Sample {
                    script,
                    example: c,
                    path: path.to_string(),
                });
            }
        }
    }

    fn walk(&mut self, value: &Value, path: &mut String) {
        match value {
            Value::String(s) => self.add_text(s, path),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    self.walk(item, path);
                    path.truncate(len);
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                    self.walk(item, path);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// Whether the document uses `script`.
    pub fn uses(&self, script: Script) -> bool {
        self.samples.iter().any(|s| s.script == script)
    }

    /// Which CJK glyphs the document wants: Japanese with kana, Korean with Hangul,
    /// otherwise Chinese, traditional when its characters say so (or `region_hint` is
    /// TW, HK or MO); `None` without CJK text.
    pub fn cjk_variant(&self, region_hint: Option<&str>) -> Option<CjkVariant> {
        if self.uses(Script::Kana) {
            return Some(CjkVariant::Japanese);
        }
        if self.uses(Script::Hangul) {
            return Some(CjkVariant::Korean);
        }
        if !self.uses(Script::Han) {
            return None;
        }
        let traditional_region = region_hint
            .is_some_and(|r| ["TW", "HK", "MO"].iter().any(|t| t.eq_ignore_ascii_case(r)));
        Some(
            if self.traditional > self.simplified
                || (self.traditional == self.simplified && traditional_region)
            {
                CjkVariant::Traditional
            } else {
                CjkVariant::Simplified
            },
        )
    }
}

/// The fonts chosen for a document: the families per script in fallback order, and the
/// scripts no installed font covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// Families for the non-Latin scripts other than emoji, regional CJK first.
    pub families: Vec<String>,
    /// The emoji family: last in any fallback list, since it also draws digits and `#`.
    pub emoji: Option<String>,
    /// The CJK glyph variant, when the document has CJK text.
    pub cjk: Option<CjkVariant>,
    /// Scripts that would print as boxes.
    pub missing: Vec<Sample>,
}

impl Choice {
    /// The warning for each script without a font.
    pub fn warnings(&self) -> Vec<String> {
        self.missing.iter().map(missing_font_warning).collect()
    }

    /// Puts the families of `preferred` (a document language's own fonts) that are installed
    /// and are not the Latin defaults first, in their order: a Japanese resume takes its
    /// Japanese font even for the characters another would cover.
    pub fn prefer(&mut self, preferred: &[String], installed: &[String]) {
        let latin = ["Libertinus Serif", "New Computer Modern"];
        let mut first: Vec<String> = preferred
            .iter()
            .filter(|f| !latin.iter().any(|l| l.eq_ignore_ascii_case(f)))
            .filter_map(|f| installed.iter().find(|i| i.eq_ignore_ascii_case(f)))
            .cloned()
            .collect();
        if first.is_empty() {
            return;
        }
        first.append(&mut self.families);
        let mut seen: Vec<String> = Vec::new();
        first.retain(|f| {
            let fresh = !seen.contains(f);
            seen.push(f.clone());
            fresh
        });
        self.families = first;
    }

    /// The family chosen for `script`'s samples, if any (used by `doctor`).
    pub fn covers(&self, script: Script) -> bool {
        !self.missing.iter().any(|m| m.script == script)
    }
}

/// "warning: Chinese characters (Han) such as `张` (at `basics.name`) would print as boxes:
/// typst finds no font for them; install ..."
pub fn missing_font_warning(sample: &Sample) -> String {
    let place = if sample.path.is_empty() {
        "in the document's headings".to_string()
    } else {
        format!("at `{}`", sample.path)
    };
    format!(
        "warning: {} such as `{}` ({place}) would print as boxes: typst finds no font for them; install one (Debian: `apt-get install {}`) or pass `--font-path DIR` with such a font",
        sample.script.name(),
        sample.example,
        sample.script.package()
    )
}

/// Picks an installed family (from `installed`, as `typst fonts` lists them) for every
/// script `usage` has.
pub fn choose(usage: &Usage, installed: &[String], region_hint: Option<&str>) -> Choice {
    let has = |family: &str| {
        installed
            .iter()
            .find(|f| f.eq_ignore_ascii_case(family))
            .cloned()
    };
    let cjk = usage.cjk_variant(region_hint);
    let mut choice = Choice {
        cjk,
        ..Choice::default()
    };
    let mut samples: Vec<&Sample> = usage.samples.iter().collect();
    samples.sort_by_key(|s| s.script);
    for sample in samples {
        let script = sample.script;
        // The regional family first, so shared characters take the document's glyphs.
        let regional: &[&str] = match (script, cjk) {
            (Script::Han | Script::Kana | Script::Hangul, Some(v)) => v.families(),
            _ => &[],
        };
        // Hangul needs a Korean family even in a Chinese document (other families may
        // lack it); the same for kana.
        let own = script.families();
        let found = regional
            .iter()
            .copied()
            .filter(|f| script != Script::Hangul || own.contains(f))
            .chain(own.iter().copied())
            .find_map(has);
        match found {
            Some(family) if script == Script::Emoji => choice.emoji = Some(family),
            Some(family) if !choice.families.contains(&family) => choice.families.push(family),
            Some(_) => {}
            None => choice.missing.push(sample.clone()),
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(doc: Value) -> Usage {
        let mut usage = Usage::default();
        usage.scan(&doc, "");
        usage
    }

    fn installed(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn scripts_are_told_apart() {
        assert_eq!(script_of('张'), Some(Script::Han));
        assert_eq!(script_of('の'), Some(Script::Kana));
        assert_eq!(script_of('カ'), Some(Script::Kana));
        assert_eq!(script_of('김'), Some(Script::Hangul));
        assert_eq!(script_of('Ж'), Some(Script::Cyrillic));
        assert_eq!(script_of('ع'), Some(Script::Arabic));
        assert_eq!(script_of('ש'), Some(Script::Hebrew));
        assert_eq!(script_of('😀'), Some(Script::Emoji));
        assert_eq!(script_of('é'), None);
        assert_eq!(script_of('–'), None);
    }

    #[test]
    fn the_first_sample_names_its_json_path() {
        let found = usage(serde_json::json!({
            "basics": {"name": "Ann 😀", "summary": "x"},
            "work": [{"name": "Acme"}, {"name": "阿里巴巴集团"}]
        }));
        assert_eq!(
            found.samples,
            [
                Sample {
                    script: Script::Emoji,
                    example: '😀',
                    path: "basics.name".into()
                },
                Sample {
                    script: Script::Han,
                    example: '阿',
                    path: "work[1].name".into()
                }
            ]
        );
    }

    #[test]
    fn cjk_variant_follows_the_text() {
        let simplified = usage(serde_json::json!({"a": "负责数据平台的设计"}));
        assert_eq!(simplified.cjk_variant(None), Some(CjkVariant::Simplified));
        let traditional = usage(serde_json::json!({"a": "負責數據平台的設計"}));
        assert_eq!(traditional.cjk_variant(None), Some(CjkVariant::Traditional));
        let ambiguous = usage(serde_json::json!({"a": "王小明"}));
        assert_eq!(
            ambiguous.cjk_variant(Some("tw")),
            Some(CjkVariant::Traditional)
        );
        assert_eq!(ambiguous.cjk_variant(None), Some(CjkVariant::Simplified));
        let japanese = usage(serde_json::json!({"a": "東京大学で機械学習を研究"}));
        assert_eq!(japanese.cjk_variant(None), Some(CjkVariant::Japanese));
        let korean = usage(serde_json::json!({"a": "김지우 金志宇"}));
        assert_eq!(korean.cjk_variant(None), Some(CjkVariant::Korean));
        assert_eq!(
            usage(serde_json::json!({"a": "Ann"})).cjk_variant(None),
            None
        );
    }

    #[test]
    fn regional_families_come_first() {
        let all = installed(&[
            "Libertinus Serif",
            "NanumGothic",
            "Noto Sans CJK JP",
            "Noto Serif CJK SC",
            "Noto Serif CJK JP",
            "Noto Color Emoji",
        ]);
        let japanese = usage(serde_json::json!({"a": "機械学習の研究 😀"}));
        let choice = choose(&japanese, &all, None);
        assert_eq!(choice.families, ["Noto Serif CJK JP"]);
        assert_eq!(choice.emoji.as_deref(), Some("Noto Color Emoji"));
        assert_eq!(choice.cjk, Some(CjkVariant::Japanese));
        assert!(choice.missing.is_empty());
        let chinese = usage(serde_json::json!({"a": "机器学习"}));
        assert_eq!(choose(&chinese, &all, None).families, ["Noto Serif CJK SC"]);
        // Hangul in a Chinese document still gets a Korean family.
        let mixed = usage(serde_json::json!({"a": "数据", "b": "김"}));
        let choice = choose(&mixed, &all, None);
        assert_eq!(choice.families, ["NanumGothic"]);
        assert_eq!(choice.cjk, Some(CjkVariant::Korean));
    }

    #[test]
    fn missing_fonts_are_named_with_an_example_and_a_package() {
        let doc = usage(serde_json::json!({"basics": {"name": "张伟"}, "x": "Ж"}));
        let choice = choose(&doc, &installed(&["Libertinus Serif"]), None);
        assert_eq!(choice.families, ["Libertinus Serif"]);
        assert_eq!(
            choice.warnings(),
            ["warning: Chinese characters (Han) such as `张` (at `basics.name`) would print as boxes: typst finds no font for them; install one (Debian: `apt-get install fonts-noto-cjk`) or pass `--font-path DIR` with such a font"]
        );
    }

    #[test]
    fn a_signature_leaves_emoji_out() {
        assert_eq!(without_emoji("Sam Lindqvist 🚀"), "Sam Lindqvist");
        assert_eq!(without_emoji("✨ Kim 👩\u{200D}💻 Minji"), "Kim Minji");
        assert_eq!(without_emoji("김민지"), "김민지");
        assert_eq!(without_emoji("Ana ★ Souza"), "Ana ★ Souza");
        assert_eq!(without_emoji("🚀"), "🚀");
    }
}
