//! English: typing a quoted text (noun phrase, past-tense verb phrase, third-person present,
//! clause) and the frames that take each type in its one grammatical way.

use super::{EnKind, EnPhrase};

/// Past-tense verbs that do not end in -ed but open resume bullets.
const IRREGULAR_PAST: &[&str] = &[
    "built", "wrote", "led", "ran", "made", "won", "taught", "cut", "set", "found", "brought",
    "drove", "took", "gave", "held", "kept", "sent", "spent", "grew", "began", "chose", "met",
    "paid", "sold", "split", "shipped", "rebuilt", "rewrote", "overtook", "beat", "put", "got",
];

/// Words ending in -ed that are not past-tense verbs.
const NOT_PAST: &[&str] = &[
    "speed", "seed", "need", "feed", "embed", "shed", "bed", "red", "hundred", "sacred", "naked",
];

/// Participles that open noun phrases ("Distributed training pipeline"); they are verbs
/// only when an article follows ("Automated the labelling").
const PARTICIPLE_ADJECTIVES: &[&str] = &[
    "distributed",
    "supervised",
    "unsupervised",
    "self-supervised",
    "semi-supervised",
    "federated",
    "pretrained",
    "pre-trained",
    "embedded",
    "integrated",
    "advanced",
    "automated",
    "accelerated",
    "multi-modal",
];

/// Verbs that open a third-person present phrase ("Ships as a FastAPI service").
const PRESENT_VERBS: &[&str] = &[
    "ships",
    "detects",
    "routes",
    "serves",
    "predicts",
    "classifies",
    "ranks",
    "recommends",
    "answers",
    "turns",
    "finds",
    "tracks",
    "reads",
    "uses",
    "lets",
    "helps",
    "powers",
    "handles",
    "generates",
    "supports",
    "provides",
    "combines",
    "extracts",
    "converts",
    "monitors",
    "estimates",
    "segments",
    "recognizes",
    "recognises",
    "translates",
    "summarizes",
    "summarises",
    "transcribes",
    "retrieves",
    "searches",
    "matches",
    "flags",
    "scores",
    "labels",
    "automates",
    "reduces",
    "cuts",
    "improves",
    "speeds",
    "measures",
    "forecasts",
    "lacks",
    "relies",
    "depends",
    "requires",
    "takes",
    "counts",
    "works",
    "keeps",
    "makes",
    "gives",
    "shows",
    "builds",
    "trains",
    "learns",
    "compresses",
    "quantizes",
    "deploys",
    "exposes",
    "checks",
    "catches",
    "spots",
    "alerts",
    "is",
    "has",
    "does",
];

/// Finite verbs that make a text a clause when they follow its subject.
const FINITE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "does",
    "do",
    "did",
    "can",
    "could",
    "will",
    "would",
    "should",
    "may",
    "might",
    "must",
    "went",
    "rose",
    "fell",
    "dropped",
    "improved",
    "increased",
    "decreased",
    "doubled",
    "halved",
    "tripled",
    "grew",
    "reached",
    "jumped",
    "climbed",
    "declined",
    "shrank",
    "became",
    "got",
    "outperformed",
    "beat",
    "remain",
    "remains",
    "stay",
    "stays",
    "lacks",
    "rely",
    "relies",
    "depend",
    "depends",
    "takes",
    "go",
    "goes",
    "come",
    "comes",
];

/// Present-tense verbs that are hardly ever plural nouns: after a subject they make a text
/// a clause ("Defect detector (YOLOv8 + tiling) catches 96.5% of scratches"). `PRESENT_VERBS`
/// also holds words like "alerts" or "labels", which follow a noun as often as a subject.
const CLAUSE_PRESENT: &[&str] = &[
    "catches",
    "detects",
    "serves",
    "predicts",
    "classifies",
    "recommends",
    "finds",
    "helps",
    "powers",
    "handles",
    "generates",
    "supports",
    "provides",
    "extracts",
    "converts",
    "recognizes",
    "recognises",
    "translates",
    "summarizes",
    "summarises",
    "transcribes",
    "retrieves",
    "automates",
    "reduces",
    "improves",
    "requires",
    "achieves",
    "delivers",
    "outperforms",
    "spots",
];

/// Present-tense verbs that are also plural nouns: a verb only with a number or a
/// determiner right after it ("Ticket triage classifier routes 71% of emails"), a noun in
/// "Demand forecasts for two local retailers".
const AMBIGUOUS_PRESENT: &[&str] = &[
    "routes",
    "ranks",
    "flags",
    "labels",
    "scores",
    "tags",
    "forecasts",
    "triages",
    "answers",
];

/// Words after which a finite verb belongs to a relative clause, not to the text's subject.
const CLAUSE_BREAKS: &[&str] = &[
    "that", "which", "who", "where", "when", "while", "whose", "because", "so", "if", "as",
];

/// Words that open a noun phrase needing no article.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "my", "our", "its", "their", "his", "her", "this", "that", "these", "those",
    "one", "two", "three", "each", "every", "some", "any", "no", "several", "many", "all", "both",
    "most",
];

/// Capitalised words that stay capitalised mid-sentence.
const PROPER: &[&str] = &[
    "I",
    "Python",
    "Kaggle",
    "Google",
    "Korean",
    "English",
    "Jetson",
    "Linux",
    "Docker",
    "Transformer",
    "Transformers",
    "Hangul",
    "Korea",
    "Seoul",
    "Rust",
    "Java",
    "Spark",
    "Kubernetes",
    "Triton",
    "Android",
    "Apple",
    "Amazon",
    "Microsoft",
    "Meta",
    "Naver",
    "Kakao",
];

/// Subject pronouns and openers that start a clause.
const SUBJECTS: &[&str] = &["i", "we", "it", "they", "he", "she", "you"];

fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .to_lowercase()
        })
        .collect()
}

fn is_past(word: &str) -> bool {
    IRREGULAR_PAST.contains(&word)
        || (word.len() > 3
            && word.ends_with("ed")
            && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !NOT_PAST.contains(&word))
}

/// Verbs that open a resume line in the first person present ("Serve the ETA models behind
/// one gateway", "Own the platform"): never the start of a noun phrase.
const FIRST_PERSON_VERBS: &[&str] = &["serve", "own", "maintain", "manage", "mentor", "operate"];

/// Verbs that open such a line only when a determiner follows ("Lead the team", "Run two
/// clusters"); without one they may start a noun phrase ("Lead engineer", "Design system").
const FIRST_PERSON_VERBS_DETERMINED: &[&str] = &[
    "lead", "run", "build", "design", "develop", "deploy", "train", "write", "support", "review",
];

/// A resume line in the first person present ("Serve the ETA models ...") with its subject:
/// "I serve the ETA models ...", a clause; `None` for any other text.
pub fn with_first_person(text: &str) -> Option<String> {
    let raw_first = text.split_whitespace().next()?;
    let capitalised_word = raw_first.starts_with(|c: char| c.is_ascii_uppercase())
        && raw_first.chars().skip(1).all(|c| c.is_ascii_lowercase());
    let ws = words(text);
    let first = ws.first()?.as_str();
    let second = ws.get(1).map(String::as_str).unwrap_or("");
    let verb = FIRST_PERSON_VERBS.contains(&first)
        || FIRST_PERSON_VERBS_DETERMINED.contains(&first) && DETERMINERS.contains(&second);
    (capitalised_word && verb && ws.len() > 1).then(|| format!("I {}", lc_first(text)))
}

/// The kind of an English text (trimmed, without its final full stop).
pub fn kind_of(text: &str) -> EnKind {
    let words = words(text);
    let Some(first) = words.first() else {
        return EnKind::Noun;
    };
    let second = words.get(1).map(String::as_str).unwrap_or("");
    let raw_first = text.split_whitespace().next().unwrap_or("");
    // A capitalised word with more capitals inside is a name (`ONNXed`, `PyTorch`), not a verb.
    let plain_word = raw_first
        .chars()
        .skip(1)
        .all(|c| !c.is_ascii_uppercase() && !c.is_ascii_digit());
    if plain_word && is_past(first) {
        let article_follows = DETERMINERS.contains(&second);
        if !PARTICIPLE_ADJECTIVES.contains(&first.as_str()) || article_follows {
            return EnKind::Past;
        }
        return EnKind::Noun;
    }
    if plain_word && PRESENT_VERBS.contains(&first.as_str()) && first != "is" && first != "has" {
        return EnKind::Present;
    }
    if SUBJECTS.contains(&first.as_str()) {
        return EnKind::Clause;
    }
    if finite_verb(&words, text).is_some() {
        EnKind::Clause
    } else {
        EnKind::Noun
    }
}

/// The index of a clause's finite verb in `words` (the words of `text`): the first after
/// the subject and before any relative word or comma. After a determiner, a past-tense verb
/// is finite too ("The winning team combined ..."); so is a past verb with an object that
/// moved a number ("Field-aware factorisation machines raised CTR AUC from 0.742 to
/// 0.768"), where "Model trained on 1M images" is not, nor the note "false accepts cut by
/// 38%" (nothing between). `None` for a text with no finite verb.
fn finite_verb(words: &[String], text: &str) -> Option<usize> {
    let determined = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "the" | "our" | "my" | "their" | "this"));
    for (i, (word, raw)) in words.iter().zip(text.split_whitespace()).enumerate() {
        if i > 0 && CLAUSE_BREAKS.contains(&word.as_str()) {
            break;
        }
        if i > 0 && (FINITE.contains(&word.as_str()) || CLAUSE_PRESENT.contains(&word.as_str())) {
            return Some(i);
        }
        let next = words.get(i + 1).map_or("", String::as_str);
        let determined_object = DETERMINERS.contains(&next);
        let counted_object = determined_object || next.starts_with(|c: char| c.is_ascii_digit());
        if i > 0 && AMBIGUOUS_PRESENT.contains(&word.as_str()) && counted_object {
            return Some(i);
        }
        // "Topic model over 1.2M call transcripts found the three delivery failures ...": a
        // past verb with a determined object after a subject ("Model trained on ..." has none).
        if (1..=6).contains(&i) && is_past(word) && determined_object {
            return Some(i);
        }
        if determined && (2..=4).contains(&i) && is_past(word) {
            return Some(i);
        }
        let object_follows = words
            .get(i + 1)
            .is_some_and(|next| !matches!(next.as_str(), "from" | "by" | "to"));
        if (1..=4).contains(&i)
            && is_past(word)
            && object_follows
            && moves_a_number(&words[i + 1..])
        {
            return Some(i);
        }
        if raw.ends_with([',', ';', ':']) {
            break;
        }
    }
    None
}

/// Whether `words` (after a verb) say a number changed: "from 0.742 to 0.768", "by 12%".
fn moves_a_number(words: &[String]) -> bool {
    let numeric = |w: &String| w.starts_with(|c: char| c.is_ascii_digit());
    words.windows(2).any(|pair| match pair {
        [from, n] if from == "from" => numeric(n),
        [by, n] if by == "by" => numeric(n),
        _ => false,
    }) && words.iter().any(|w| w == "to" || w == "by")
}

/// A clause whose subject is a bare singular noun phrase in sentence case ("Defect detector
/// (YOLOv8 + tiling) catches ...", as resume lines are written) with the article a sentence
/// needs: "The defect detector (YOLOv8 + tiling) catches ...". `None` for every other text:
/// a subject that is one word ("Recall rose"), a plural, a name, a pronoun or determined.
pub fn with_determined_subject(text: &str) -> Option<String> {
    let raw: Vec<&str> = text.split_whitespace().collect();
    let first = *raw.first()?;
    let mut letters = first.chars();
    let sentence_case = letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && letters.all(|c| c.is_ascii_lowercase() || c == '-');
    let lower = first.to_ascii_lowercase();
    if !sentence_case
        || PROPER.contains(&first)
        || DETERMINERS.contains(&lower.as_str())
        || SUBJECTS.contains(&lower.as_str())
    {
        return None;
    }
    // The subject's words before the verb, leaving out what is in parentheses.
    let words = words(text);
    let verb = finite_verb(&words, text)?;
    let mut subject: Vec<&String> = Vec::new();
    let mut depth = 0usize;
    for (word, token) in words.iter().zip(&raw).take(verb) {
        // The head comes before what qualifies it: "topic model" of "Topic model over 1.2M
        // call transcripts".
        if !subject.is_empty() && PREPOSITIONS.contains(&word.as_str()) {
            break;
        }
        let opens = token.matches('(').count();
        if depth == 0 && opens == 0 {
            subject.push(word);
        }
        depth = (depth + opens).saturating_sub(token.matches(')').count());
    }
    let head = subject.last()?;
    let plural = head.ends_with('s') && !head.ends_with("ss");
    (subject.len() >= 2 && !plural).then(|| format!("The {}", lc_first(text)))
}

/// `text` with its first letter in lower case, unless its first word is a name or an
/// acronym (`YOLOv8`, `PyTorch`, `Python`).
pub fn lc_first(text: &str) -> String {
    let first = text.split_whitespace().next().unwrap_or("");
    let word = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    let keep = PROPER.contains(&word)
        || word
            .chars()
            .skip(1)
            .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if keep {
        return text.to_string();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` with its first letter in upper case.
pub fn uc_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "a " or "an " for a title kept as written ("an ML Engineer"), or nothing when it needs none.
pub fn indefinite(noun: &str) -> &'static str {
    let with = with_article(noun);
    if with.starts_with("an ") {
        "an "
    } else if with.starts_with("a ") {
        "a "
    } else {
        ""
    }
}

/// A noun phrase ready for the middle of a sentence, with "a"/"an" when it needs one.
pub fn with_article(noun: &str) -> String {
    let np = lc_first(noun);
    let ws = words(&np);
    let first = ws.first().map(String::as_str).unwrap_or("");
    let raw_first = np.split_whitespace().next().unwrap_or("");

    let mass = matches!(
        first,
        "research" | "work" | "software" | "data" | "code" | "support" | "open-source"
    ) && ws.len() == 1;
    let head = head_noun(&np);
    let mass_head = head.ends_with("ics")
        || matches!(head.as_str(), "research" | "software" | "data" | "nlp")
        || MASS_TASKS.contains(&head.as_str())
        || (is_gerund(&head) && !COUNTABLE_ING.contains(&head.as_str()));
    let plural = plural_word(&head);
    if DETERMINERS.contains(&first)
        || plural
        || mass
        || mass_head
        || first.starts_with(|c: char| c.is_ascii_digit())
    {
        return np;
    }
    let acronym = raw_first.len() > 1
        && raw_first
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let an = if acronym {
        raw_first.starts_with(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X'])
    } else {
        first.starts_with(['a', 'e', 'i', 'o'])
            || (first.starts_with('u') && !first.starts_with("uni") && !first.starts_with("use"))
            || first.starts_with("hour")
    };
    format!("{} {np}", if an { "an" } else { "a" })
}

/// Prepositions: where a noun phrase's head has ended ("predictor from GPS pings") and what
/// a measure's name never holds ("Topic model over 1.2M transcripts").
const PREPOSITIONS: &[&str] = &[
    "of", "for", "with", "on", "in", "from", "to", "at", "by", "using", "across", "per", "via",
    "over", "under", "about",
];

/// Tasks named by a noun that takes no article ("I worked on visual inspection for ...",
/// not "a visual inspection").
const MASS_TASKS: &[&str] = &[
    "detection",
    "segmentation",
    "classification",
    "recognition",
    "inspection",
    "estimation",
    "generation",
    "translation",
    "transcription",
    "personalisation",
    "personalization",
    "optimisation",
    "optimization",
    "quantisation",
    "quantization",
    "compression",
    "prediction",
    "localisation",
    "localization",
    "annotation",
    "augmentation",
    "evaluation",
    "automation",
    "distillation",
    "summarisation",
    "summarization",
    "extraction",
    "moderation",
    "retrieval",
    "search",
];

/// Words in -ing that are countable things, not activities ("a building", "a job posting").
const COUNTABLE_ING: &[&str] = &[
    "building",
    "meeting",
    "posting",
    "listing",
    "setting",
    "painting",
    "recording",
    "filing",
    "offering",
    "opening",
    "saving",
    "warning",
    "drawing",
    "heading",
    "ending",
    "embedding",
];

/// The head noun of a noun phrase: its last word before a colon, comma, parenthesis or
/// preposition ("call-centre analytics: ...", "speech models for privacy", "predictor from
/// GPS pings").
fn head_noun(np: &str) -> String {
    words(np)
        .into_iter()
        .zip(np.split_whitespace())
        .take_while(|(w, raw)| {
            !raw.starts_with('(')
                && !PREPOSITIONS.contains(&w.as_str())
                && !matches!(w.as_str(), "that" | "which")
        })
        .scan(false, |stop, (w, raw)| {
            if *stop {
                return None;
            }
            *stop = raw.ends_with([':', ',', ';']);
            Some(w)
        })
        .last()
        .unwrap_or_default()
}

/// Whether a noun phrase is plural, by its head noun ("speech models for privacy"); one
/// opened by a gerund ("spotting near-misses") is singular.
fn is_plural(np: &str) -> bool {
    if words(np).first().is_some_and(|w| is_gerund(w)) {
        return false;
    }
    let head = head_noun(np);
    // analytics, logistics and the like are mass nouns.
    plural_word(&head) && !head.ends_with("ics")
}

/// Whether a noun is plural by its ending ("models", not "class", "corpus" or "analysis").
fn plural_word(noun: &str) -> bool {
    noun.len() > 3
        && !noun.contains('\'')
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && !noun.ends_with("us")
        && !noun.ends_with("is")
}

/// Whether `word` is a gerund ("detecting"), which opens a noun phrase without an article.
fn is_gerund(word: &str) -> bool {
    // "active-learning loop" is a noun phrase, not a gerund's.
    word.len() > 5
        && word.ends_with("ing")
        && !word.contains('-')
        && !matches!(
            word,
            "string" | "thing" | "spring" | "nothing" | "something" | "everything" | "during"
        )
}

/// Job names that say how the work was done, not for whom ("Freelance"): no one works
/// "at Freelance".
const FREELANCE: &[&str] = &[
    "freelance",
    "freelancer",
    "freelancing",
    "freelance work",
    "self-employed",
    "self employed",
    "independent",
    "independent consultant",
    "contractor",
];

/// Whether a job's name says it was freelance work, not an employer.
pub fn is_freelance(name: &str) -> bool {
    FREELANCE.contains(&name.trim().to_lowercase().as_str())
}

/// Where a job happened: "at Callwise", or "in my freelance work" for a job named
/// "Freelance".
pub fn at_employer(name: &str) -> String {
    if is_freelance(name) {
        "in my freelance work".to_string()
    } else if name.starts_with("University of ") {
        // "the University of Washington NLP Lab", as it is said.
        format!("at the {name}")
    } else {
        format!("at {name}")
    }
}

/// A project's name that describes it in sentence case ("Wafer map defect classifier",
/// "Edge deployment of a person detector on Jetson Orin Nano") as prose says it mid-sentence:
/// "my wafer map defect classifier". `None` for a name that is a name ("kws-bench",
/// "Google - Isolated Sign Language Recognition", "PyTorch Lightning port").
pub fn as_my_project(name: &str) -> Option<String> {
    let raw: Vec<&str> = name.split_whitespace().collect();
    let [first, second, third, ..] = raw.as_slice() else {
        return None;
    };
    let plain_capitalised = first.starts_with(|c: char| c.is_ascii_uppercase())
        && first
            .chars()
            .skip(1)
            .all(|c| c.is_ascii_lowercase() || c == '-')
        && !PROPER.contains(first);
    let lower = |w: &&str| w.starts_with(|c: char| c.is_ascii_lowercase());
    (plain_capitalised && lower(second) && lower(third)).then(|| format!("my {}", lc_first(name)))
}

/// Where a piece of work happened: a project by its name, or a job by its employer.
#[derive(Debug, Clone, Copy)]
pub enum Place<'a> {
    Project(&'a str),
    Employer(&'a str),
    /// A project whose name is not in the document's language, told without it:
    /// "one of my projects", "my construction-safety project".
    Unnamed(&'a str),
}

impl Place<'_> {
    /// "in X" or "at X".
    fn at(self) -> String {
        match self {
            Place::Project(name) | Place::Unnamed(name) => format!("in {name}"),
            Place::Employer(name) => at_employer(name),
        }
    }
}

/// The sentence that introduces a piece of work with its description.
/// Noun phrase: "I built X, an open-source classifier that ..."; past verb phrase: "In X, I
/// reproduced ..."; present: "X ships as ..."; clause: "In X, recall rose ...".
pub fn introduce(place: Place<'_>, p: &EnPhrase) -> String {
    let gerund = p.kind == EnKind::Noun && words(&p.text).first().is_some_and(|w| is_gerund(w));
    match (p.kind, place) {
        (EnKind::Noun, _) if gerund => {
            format!(
                "{}, I worked on {}.",
                uc_first(&place.at()),
                lc_first(&p.text)
            )
        }
        (EnKind::Noun, Place::Project(name)) => {
            format!("I built {name}, {}.", with_article(&p.text))
        }
        // "Grocery delivery in 40 cities; I lead the ML platform team": what the employer
        // does, then what I do there.
        (EnKind::Noun, Place::Employer(name))
            if p.text
                .split_once("; ")
                .is_some_and(|(_, rest)| kind_of(rest) == EnKind::Clause) =>
        {
            let (what, rest) = p.text.split_once("; ").unwrap_or((&p.text, ""));
            format!(
                "{} ({}), {}.",
                uc_first(&at_employer(name)),
                lc_first(what),
                lc_first(rest)
            )
        }
        (EnKind::Noun, Place::Employer(name)) => format!(
            "{}, I worked on {}.",
            uc_first(&at_employer(name)),
            with_article(&p.text)
        ),
        (EnKind::Noun, Place::Unnamed(name)) => {
            format!("In {name}, I built {}.", with_article(&p.text))
        }
        (EnKind::Past, _) => format!("{}, I {}.", uc_first(&place.at()), lc_first(&p.text)),
        (EnKind::Present, Place::Project(name)) if starts_upper(name) => {
            format!("{name} {}.", lc_first(&p.text))
        }
        (EnKind::Present, Place::Project(name)) if name.starts_with("my ") => {
            format!("{} {}.", uc_first(name), lc_first(&p.text))
        }
        (EnKind::Present, Place::Project(name)) => {
            format!("My project {name} {}.", lc_first(&p.text))
        }
        (EnKind::Present, Place::Employer(name)) => format!(
            "{}, my work {}.",
            uc_first(&at_employer(name)),
            lc_first(&p.text)
        ),
        (EnKind::Present, Place::Unnamed(name)) => {
            format!("{} {}.", uc_first(name), lc_first(&p.text))
        }
        // "Parcelly is a freight marketplace": the clause names the place itself.
        (EnKind::Clause, Place::Project(name) | Place::Employer(name))
            if p.text.starts_with(name) =>
        {
            format!("{}.", p.text)
        }
        (EnKind::Clause, _) => format!("{}, {}.", uc_first(&place.at()), lc_first(&p.text)),
    }
}

/// The possessive of a name: "Acme's", "Tandem Goods'".
pub fn possessive(name: &str) -> String {
    if name.ends_with('s') || name.ends_with('S') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

/// A further fact about the work just introduced: "I wrote ...", "It ships as ...",
/// "Recall rose ...", "It also includes a ...".
pub fn detail(p: &EnPhrase) -> String {
    match p.kind {
        EnKind::Past => format!("I {}.", lc_first(&p.text)),
        EnKind::Present => format!("It {}.", lc_first(&p.text)),
        EnKind::Clause => format!("{}.", uc_first(&p.text)),
        EnKind::Noun => {
            if words(&p.text).first().is_some_and(|w| w == "team") {
                // "Team of 5, reporting to the VP": who I worked with, not part of the work.
                format!("I worked in {}.", with_article(&lc_first(&p.text)))
            } else if let Some((name, value)) = measure_note(&p.text) {
                // "Median error 2.4 minutes on 14 routes": a measure the work reached.
                format!("Its {} was {value}.", lc_first(name))
            } else if let Some((name, change)) = change_note(&p.text) {
                // "Queue wait time down from 9 h to 2 h": a measure the work moved.
                format!("Its {} went {change}.", lc_first(name))
            } else {
                format!("The work also includes {}.", with_article(&p.text))
            }
        }
    }
}

/// A note of a measure ("Median error 2.4 minutes on 14 routes", "F1 0.91"): its name, one
/// to three common words, and the value from its number on. `None` for anything else,
/// such as a tool and its version ("PyTorch 2.1") or a count ("Team of 5").
fn measure_note(text: &str) -> Option<(&str, &str)> {
    let mut names = 0;
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start();
        let token = trimmed.split_whitespace().next()?;
        if token.starts_with(|c: char| c.is_ascii_digit()) {
            // A measured value: a decimal, a percentage or a number with its unit.
            let unit_follows = trimmed.split_whitespace().nth(1).is_some();
            let measured = token.contains(['.', '%']) || unit_follows;
            // "... over 1.2M transcripts found ...": a clause, not a note.
            // Past forms that are also nouns ("the test set") do not count.
            let verb = words(trimmed).iter().any(|w| {
                (is_past(w) && !matches!(w.as_str(), "set" | "cut" | "put" | "read" | "split"))
                    || FINITE.contains(&w.as_str())
            });
            let name = text[..text.len() - trimmed.len()].trim_end();
            return (names > 0 && measured && !verb).then_some((name, trimmed));
        }
        if names == 3 || !is_measure_word(token) || token.eq_ignore_ascii_case("top") {
            return None;
        }
        names += 1;
        rest = &trimmed[token.len()..];
    }
}

/// A note of a measure that moved ("Queue wait time down from 9 h to 2 h"): its name, one
/// to four common words, and the change ("down from 9 h to 2 h").
fn change_note(text: &str) -> Option<(&str, &str)> {
    let at = [" down from ", " up from ", " down by ", " up by "]
        .iter()
        .filter_map(|m| text.find(m))
        .min()?;
    let (name, change) = (&text[..at], text[at + 1..].trim_end());
    let words: Vec<&str> = name.split_whitespace().collect();
    ((1..=4).contains(&words.len()) && words.iter().all(|w| is_measure_word(w)))
        .then_some((name, change))
}

/// Whether `token` may be part of a measure's name ("median", "error", "F1", "recall@10"):
/// a common word or metric, not a name (`PyTorch`, `Python`), determiner or preposition.
fn is_measure_word(token: &str) -> bool {
    let word = token.to_lowercase();
    token.chars().skip(1).all(|c| !c.is_ascii_uppercase())
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '@')
        && !PROPER.contains(&token)
        && !DETERMINERS.contains(&word.as_str())
        && !PREPOSITIONS.contains(&word.as_str())
}

/// A gap the company has stated, as a sentence: "One place where AI could do more at X is
/// fall detection in ...", "I think AI could do more at X, where events are ..."; a second
/// gap is "another".
pub fn gap(company: &str, p: &EnPhrase, another: bool) -> String {
    if another {
        return match p.kind {
            EnKind::Noun => format!("Another is {}.", lc_first(&p.text)),
            EnKind::Clause => format!("Another is where {}.", lc_first(&p.text)),
            EnKind::Present | EnKind::Past => {
                format!("Another is that {company} {}.", lc_first(&p.text))
            }
        };
    }
    match p.kind {
        EnKind::Noun => format!(
            "One place where AI could do more at {company} is {}.",
            lc_first(&p.text)
        ),
        EnKind::Clause => format!(
            "I think AI could do more at {company}, where {}.",
            lc_first(&p.text)
        ),
        EnKind::Present => format!(
            "I think AI could do more at {company}, which {}.",
            lc_first(&p.text)
        ),
        EnKind::Past => format!(
            "I noticed that {company} {}, and I think AI could do more there.",
            lc_first(&p.text)
        ),
    }
}

/// An idea the company has not stated, as a question: "Could AI help X with ...?"
pub fn gap_question(company: &str, p: &EnPhrase) -> String {
    match p.kind {
        EnKind::Noun => format!("Could AI help {company} with {}?", lc_first(&p.text)),
        EnKind::Clause => format!("If {}, could AI help {company} there?", lc_first(&p.text)),
        EnKind::Present => format!("If {company} {}, could AI help there?", lc_first(&p.text)),
        EnKind::Past => format!("Since {company} {}, could AI help next?", lc_first(&p.text)),
    }
}

/// An idea the company already works on (the posting's own work), as the place the
/// candidate helps first: "On-device speech models for privacy and latency are where I can
/// help Hearth Audio first."; without work of mine behind it (`backed`), what I would most
/// like to work on there. Only a noun phrase takes this frame.
pub fn gap_owned(company: &str, p: &EnPhrase, backed: bool) -> Option<String> {
    if p.kind != EnKind::Noun {
        return None;
    }
    let verb = if is_plural(&p.text) { "are" } else { "is" };
    let what = uc_first(&p.text);
    Some(if backed {
        format!("{what} {verb} where I can help {company} first.")
    } else {
        format!("{what} {verb} what I would most like to work on at {company}.")
    })
}

/// "because ...": a clause as it is, the other kinds given their subject.
pub fn because(p: &EnPhrase) -> String {
    match p.kind {
        EnKind::Clause => format!("because {}", lc_first(&p.text)),
        EnKind::Past => format!("because I {}", lc_first(&p.text)),
        EnKind::Present => format!("because it {}", lc_first(&p.text)),
        EnKind::Noun => format!("because of {}", with_article(&p.text)),
    }
}

fn starts_upper(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// A past-tense action with a note-style result after "; " or ": " ("Distilled a reranker:
/// p95 latency from 820 ms to 140 ms", "Ran A/B tests; booked loads up 4.3%", "...; false
/// accepts cut by 38%") as one sentence: the result becomes a participle clause ("...,
/// taking p95 latency from 820 ms to 140 ms", "..., raising booked loads by 4.3%",
/// "..., cutting false accepts by 38%"). A result that is a clause of its own ("recall@50
/// went from ...") is kept.
pub fn with_result_clause(text: &str) -> String {
    let Some((at, sep)) = ["; ", ": "]
        .iter()
        .filter_map(|sep| text.find(sep).map(|i| (i, *sep)))
        .min_by_key(|(i, _)| *i)
    else {
        return text.to_string();
    };
    let (action, tail) = (&text[..at], &text[at + sep.len()..]);
    // "booked loads per search up 4.3%" reads as past tense to the typer: only the
    // "up"/"down" forms are taken from such a tail.
    let tail_kind = kind_of(tail);
    if !matches!(tail_kind, EnKind::Noun | EnKind::Past) || tail.contains("; ") {
        return text.to_string();
    }
    let percent_at = |word: &str| -> Option<usize> {
        tail.find(word).filter(|&i| {
            tail[i + word.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
    };
    if tail_kind == EnKind::Past {
        for (word, verb) in [(" up ", "raising"), (" down ", "lowering")] {
            if let Some(i) = percent_at(word) {
                let what = &tail[..i];
                let amount = &tail[i + word.len()..];
                return format!("{action}, {verb} {} by {amount}", lc_first(what));
            }
        }
        // "Co-authored a paper; released code and a dataset": two actions, one subject.
        if words(tail).first().is_some_and(|w| is_past(w)) {
            return format!("{action} and {}", lc_first(tail));
        }
        return text.to_string();
    }
    // "<what> A -> B ..." and "<what> from A to B ...": taken from one value to the other.
    for arrow in [" -> ", " → "] {
        if let Some(i) = tail.find(arrow) {
            let before = &tail[..i];
            let Some((what, from)) = before.rsplit_once(' ') else {
                continue;
            };
            if !from.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let after = &tail[i + arrow.len()..];
            return format!("{action}, taking {} from {from} to {after}", lc_first(what));
        }
    }
    if let Some(i) = tail.find(" from ") {
        let what = &tail[..i];
        let rest = &tail[i..];
        let verb = ["cut", "reduced", "down"]
            .iter()
            .find_map(|v| what.strip_suffix(&format!(" {v}")).map(|w| (w, "cutting")));
        let (what, verb) = verb.unwrap_or((what, "taking"));
        if rest.contains(" to ") && rest[6..].starts_with(|c: char| c.is_ascii_digit()) {
            return format!("{action}, {verb} {}{rest}", lc_first(what));
        }
    }
    for (word, verb) in [
        (" up ", "raising"),
        (" down ", "lowering"),
        (" cut by ", "cutting"),
        (" reduced by ", "cutting"),
    ] {
        if let Some(i) = percent_at(word) {
            let what = &tail[..i];
            let amount = &tail[i + word.len()..];
            return format!("{action}, {verb} {} by {amount}", lc_first(what));
        }
    }
    text.to_string()
}

/// A result written as a note on its own ("False-accept rate down 35% with hard-negative
/// mining", "Recall up 12 points"), as the action it reports: "Lowered the false-accept rate
/// by 35% with hard-negative mining". Told as a thing worked on, it read "I worked on a
/// false-accept rate down 35%". `None` for any other text.
pub fn result_note_as_action(text: &str) -> Option<String> {
    [
        (" up ", "Raised"),
        (" down ", "Lowered"),
        (" cut by ", "Cut"),
    ]
    .iter()
    .find_map(|(marker, verb)| {
        let at = text.find(marker)?;
        let (what, amount) = (&text[..at], &text[at + marker.len()..]);
        let measured = amount.starts_with(|c: char| c.is_ascii_digit());
        let short = (1..=4).contains(&what.split_whitespace().count());
        if !measured || !short || kind_of(what) != EnKind::Noun {
            return None;
        }
        // A rate, a time or a cost is one thing and takes "the"; recall, latency or
        // false accepts read better bare.
        let counted = matches!(
            head_noun(what).as_str(),
            "rate" | "time" | "cost" | "size" | "count"
        );
        let article = if counted { "the " } else { "" };
        Some(format!("{verb} {article}{} by {amount}", lc_first(what)))
    })
}

/// A competition's English name without the medal written into it, and the medal in lower
/// case: "Kaggle CommonLit Readability Prize - silver medal" -> ("Kaggle CommonLit
/// Readability Prize", "silver medal"); "Bronze medal, Kaggle Tabular Playground Series".
pub fn without_medal(title: &str) -> (String, Option<String>) {
    let lower = title.to_lowercase();
    for metal in ["gold", "silver", "bronze"] {
        let medal = format!("{metal} medal");
        let Some(at) = lower.find(&medal) else {
            continue;
        };
        let before = title[..at].trim_end_matches([' ', '-', ',', '(', '–']);
        let after = title[at + medal.len()..].trim_start_matches([' ', '-', ',', ')', '–']);
        let rest = match (before.is_empty(), after.is_empty()) {
            (false, false) => format!("{before} {after}"),
            (false, true) => before.to_string(),
            (true, _) => after.to_string(),
        };
        if rest.trim().is_empty() {
            return (title.to_string(), None);
        }
        return (rest.trim().to_string(), Some(medal));
    }
    (title.to_string(), None)
}

/// The track sentence: "My work has stayed in one field, X, from A to B."; when `own`, the
/// track is not the posting's field and is named as mine, not as why I fit: "My own field
/// so far has been X, from A to B."
pub fn one_story(track: &str, from: &str, to: &str, own: bool) -> String {
    if own {
        format!("My own field so far has been {track}, from {from} to {to}.")
    } else {
        format!("My work has stayed in one field, {track}, from {from} to {to}.")
    }
}

/// The track sentence when the places were named just before: "All of that work has
/// stayed in one field, X."; when `own`, "My own field so far has been X."
pub fn one_field(track: &str, own: bool) -> String {
    if own {
        format!("My own field so far has been {track}.")
    } else {
        format!("All of that work has stayed in one field, {track}.")
    }
}

/// Joins a list for prose: "A, B and C".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> EnPhrase {
        EnPhrase {
            text: text.into(),
            kind: kind_of(text),
        }
    }

    #[test]
    fn note_style_results_after_an_action_become_participle_clauses() {
        let cases = [
            (
                "Ran weekly A/B tests with the marketplace team; booked loads per search up 4.3%",
                "Ran weekly A/B tests with the marketplace team, raising booked loads per search by 4.3%",
            ),
            (
                "Shipped an on-device wake-word model (160 KB, int8) to 2M phones; false accepts cut by 38%",
                "Shipped an on-device wake-word model (160 KB, int8) to 2M phones, cutting false accepts by 38%",
            ),
            (
                "Distilled a cross-encoder reranker into a 6-layer model: p95 latency from 820 ms to 140 ms with nDCG@10 within 0.5 points",
                "Distilled a cross-encoder reranker into a 6-layer model, taking p95 latency from 820 ms to 140 ms with nDCG@10 within 0.5 points",
            ),
            (
                "Trained a streaming Conformer-Transducer for British and Irish accents: WER 12.4% -> 8.1% on our accented test set",
                "Trained a streaming Conformer-Transducer for British and Irish accents, taking WER from 12.4% to 8.1% on our accented test set",
            ),
            (
                "Moved 14 models to Kubeflow pipelines with MLflow tracking; deployment time cut from 2 days to 40 minutes",
                "Moved 14 models to Kubeflow pipelines with MLflow tracking, cutting deployment time from 2 days to 40 minutes",
            ),
            (
                "Replaced BM25-only retrieval with a hybrid retriever; recall@50 went from 0.71 to 0.88",
                "Replaced BM25-only retrieval with a hybrid retriever; recall@50 went from 0.71 to 0.88",
            ),
            ("Built the data pipeline", "Built the data pipeline"),
            (
                "Co-authored an EMNLP Findings paper; released code and a 30k-question dataset",
                "Co-authored an EMNLP Findings paper and released code and a 30k-question dataset",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(with_result_clause(text), expected, "{text}");
        }
    }

    #[test]
    fn a_field_named_by_its_acronym_takes_no_article() {
        assert_eq!(
            with_article("Clinical NLP on 30M de-identified notes"),
            "clinical NLP on 30M de-identified notes"
        );
        assert_eq!(
            with_article("NLP pipeline for triage"),
            "an NLP pipeline for triage"
        );
    }

    #[test]
    fn a_verb_after_a_bare_subject_is_found_by_its_object() {
        let routes = "Ticket triage classifier (DistilBERT) routes 71% of emails without a human";
        assert_eq!(kind_of(routes), EnKind::Clause);
        assert_eq!(
            with_determined_subject(routes).as_deref(),
            Some("The ticket triage classifier (DistilBERT) routes 71% of emails without a human")
        );
        assert_eq!(
            kind_of("Demand forecasts for two local retailers"),
            EnKind::Noun
        );
        let found = "Topic model over 1.2M call transcripts found the three delivery failures";
        assert_eq!(kind_of(found), EnKind::Clause);
        assert_eq!(
            with_determined_subject(found).as_deref(),
            Some("The topic model over 1.2M call transcripts found the three delivery failures")
        );
        assert_eq!(kind_of("Model trained on 1M images"), EnKind::Noun);
        assert_eq!(kind_of("Delivery routes for 40 cities"), EnKind::Noun);
    }

    #[test]
    fn a_result_note_on_its_own_is_told_as_the_action_it_reports() {
        assert_eq!(
            result_note_as_action("False-accept rate down 35% with hard-negative mining")
                .as_deref(),
            Some("Lowered the false-accept rate by 35% with hard-negative mining")
        );
        assert_eq!(
            result_note_as_action("Recall up 12 points on the held-out set").as_deref(),
            Some("Raised recall by 12 points on the held-out set")
        );
        // Not a note: a verb, no number after the marker, or a long subject.
        assert_eq!(result_note_as_action("Scaled the cluster up 3x"), None);
        assert_eq!(result_note_as_action("Latency down sharply"), None);
        assert_eq!(
            result_note_as_action("Streaming decoder in Rust with a 180 ms first-token latency"),
            None
        );
    }

    #[test]
    fn an_idea_the_posting_works_on_is_offered_help_with() {
        assert_eq!(
            gap_owned(
                "Hearth Audio",
                &p("on-device speech models for privacy and latency"),
                true
            )
            .as_deref(),
            Some("On-device speech models for privacy and latency are where I can help Hearth Audio first.")
        );
        assert_eq!(
            gap_owned(
                "Smartroad",
                &p("spotting near-misses between vehicles and pedestrians at intersections"),
                false
            )
            .as_deref(),
            Some("Spotting near-misses between vehicles and pedestrians at intersections is what I would most like to work on at Smartroad.")
        );
        assert_eq!(
            gap_owned("Acme", &p("Events are still found by staff"), true),
            None
        );
    }

    #[test]
    fn medals_are_what_was_won_not_part_of_the_name() {
        assert_eq!(
            without_medal("Kaggle CommonLit Readability Prize - silver medal"),
            (
                "Kaggle CommonLit Readability Prize".to_string(),
                Some("silver medal".to_string())
            )
        );
        assert_eq!(
            without_medal("Bronze medal, Kaggle Tabular Playground Series (top 9%)"),
            (
                "Kaggle Tabular Playground Series (top 9%)".to_string(),
                Some("bronze medal".to_string())
            )
        );
        assert_eq!(
            without_medal("Silver medal"),
            ("Silver medal".to_string(), None)
        );
        assert_eq!(
            without_medal("NeurIPS Challenge"),
            ("NeurIPS Challenge".to_string(), None)
        );
    }

    #[test]
    fn first_person_lines_get_their_subject() {
        assert_eq!(
            with_first_person("Serve the demand-forecast and ETA models behind one gRPC gateway")
                .as_deref(),
            Some("I serve the demand-forecast and ETA models behind one gRPC gateway")
        );
        assert_eq!(
            with_first_person("Lead the ML platform team").as_deref(),
            Some("I lead the ML platform team")
        );
        assert_eq!(with_first_person("Lead engineer for search"), None);
        assert_eq!(with_first_person("Design system for tickets"), None);
        assert_eq!(with_first_person("Served the models"), None);
        assert_eq!(kind_of("I serve the models"), EnKind::Clause);
    }

    #[test]
    fn descriptive_project_names_read_as_my_project() {
        assert_eq!(
            as_my_project("Wafer map defect classifier").as_deref(),
            Some("my wafer map defect classifier")
        );
        assert_eq!(
            as_my_project("Edge deployment of a person detector on Jetson Orin Nano").as_deref(),
            Some("my edge deployment of a person detector on Jetson Orin Nano")
        );
        for name in [
            "kws-bench",
            "Google - Isolated Sign Language Recognition",
            "Movie recommendations",
            "PyTorch port of a model",
            "Python tools for audio",
        ] {
            assert_eq!(as_my_project(name), None, "{name}");
        }
        let p = p("A CNN that classifies wafer-map failure patterns");
        assert_eq!(
            introduce(Place::Project("my wafer map defect classifier"), &p),
            "I built my wafer map defect classifier, a CNN that classifies wafer-map failure patterns."
        );
    }

    #[test]
    fn a_freelance_job_is_not_an_employer() {
        assert_eq!(at_employer("Freelance"), "in my freelance work");
        assert_eq!(at_employer("Callwise"), "at Callwise");
        assert_eq!(
            at_employer("University of Washington NLP Lab"),
            "at the University of Washington NLP Lab"
        );
        let p = p("Demand forecasts for two local retailers in Python");
        assert_eq!(
            introduce(Place::Employer("Freelance"), &p),
            "In my freelance work, I worked on demand forecasts for two local retailers in Python."
        );
    }

    #[test]
    fn texts_are_typed() {
        let cases = [
            ("Reproduced ST-GCN and PoseC3D on NTU RGB+D 60", EnKind::Past),
            ("Built a tool", EnKind::Past),
            ("Fine-tuned YOLOv5 on 7,000 images", EnKind::Past),
            ("Wrote the C++ inference pipeline", EnKind::Past),
            ("Automated the labelling pipeline", EnKind::Past),
            ("Distributed training pipeline for ASR", EnKind::Noun),
            ("Ships as a FastAPI service", EnKind::Present),
            ("Routes support tickets to 14 queues", EnKind::Present),
            ("Recall@10 rose from 0.61 to 0.83", EnKind::Clause),
            ("Answer suggestions are not checked for faithfulness", EnKind::Clause),
            ("Events are still found by staff watching screens", EnKind::Clause),
            ("We cut p95 latency by 80%", EnKind::Clause),
            ("Defect detector (YOLOv8 + tiling) catches 96.5% of scratches", EnKind::Clause),
            ("Drift alerts in Grafana", EnKind::Noun),
            (
                "Field-aware factorisation machines raised CTR AUC from 0.742 to 0.768",
                EnKind::Clause,
            ),
            ("Model trained on 1M images from 3 hospitals", EnKind::Noun),
            ("Open-source multi-label classifier that routes support tickets", EnKind::Noun),
            (
                "Fall and violence detection in care facilities, where events are still found by staff",
                EnKind::Noun,
            ),
            ("A temporal-attention head on pose keypoints that detects falls", EnKind::Noun),
            ("Master's thesis project", EnKind::Noun),
            ("Speed and cost of inference", EnKind::Noun),
            ("ONNXed it", EnKind::Noun),
        ];
        for (text, kind) in cases {
            assert_eq!(kind_of(text), kind, "{text}");
        }
    }

    /// Resume lines write a clause's subject without its article ("Defect detector
    /// catches ..."); a sentence gives it one, and only a bare singular noun phrase.
    #[test]
    fn a_bare_subject_gets_its_article() {
        assert_eq!(
            with_determined_subject("Defect detector (YOLOv8 + tiling) catches 96.5% of scratches")
                .as_deref(),
            Some("The defect detector (YOLOv8 + tiling) catches 96.5% of scratches")
        );
        assert_eq!(
            with_determined_subject("Model size shrank 4x").as_deref(),
            Some("The model size shrank 4x")
        );
        for kept in [
            "Recall rose from 0.61 to 0.83",
            "Answer suggestions are not checked for faithfulness",
            "Our detector catches 96.5% of scratches",
            "PyTorch model serves 2k requests a second",
            "We cut p95 latency by 80%",
            "Model that detects falls",
        ] {
            assert_eq!(with_determined_subject(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_hyphenated_ing_word_is_no_gerund_and_a_team_is_who_i_worked_with() {
        assert_eq!(
            introduce(
                Place::Employer("Forgeline"),
                &p("Active-learning loop for labelling")
            ),
            "At Forgeline, I worked on an active-learning loop for labelling."
        );
        assert_eq!(
            detail(&p("Team of 5, reporting to the VP of Engineering")),
            "I worked in a team of 5, reporting to the VP of Engineering."
        );
    }

    /// Tasks and activities take no article; a head noun is found before "from" too.
    #[test]
    fn tasks_and_activities_take_no_article() {
        for (noun, expected) in [
            (
                "Visual inspection for sheet-metal stamping",
                "visual inspection for sheet-metal stamping",
            ),
            (
                "Weekly retraining in Vertex AI pipelines",
                "weekly retraining in Vertex AI pipelines",
            ),
            (
                "Subscription-box personalisation for 80k customers",
                "subscription-box personalisation for 80k customers",
            ),
            (
                "Bus-arrival predictor from crowd-sourced GPS pings",
                "a bus-arrival predictor from crowd-sourced GPS pings",
            ),
            (
                "Wake-word model (depthwise CNN, 48 KB)",
                "a wake-word model (depthwise CNN, 48 KB)",
            ),
            ("Job posting parser", "a job posting parser"),
            ("Building for the lab", "a building for the lab"),
        ] {
            assert_eq!(with_article(noun), expected);
        }
    }

    /// A measure noted after the work is what the work reached; other notes with numbers
    /// are not measures.
    #[test]
    fn a_measure_note_is_told_as_the_works() {
        assert_eq!(
            detail(&p("Median error 2.4 minutes on 14 routes")),
            "Its median error was 2.4 minutes on 14 routes."
        );
        assert_eq!(
            detail(&p("F1 0.91 on the test set")),
            "Its F1 was 0.91 on the test set."
        );
        assert_eq!(
            detail(&p("Queue wait time down from 9 h to 2 h")),
            "Its queue wait time went down from 9 h to 2 h."
        );
        assert!(
            detail(&p("A two-tower model: swap rate down from 19% to 11%")).starts_with("The work")
        );
        for other in [
            "PyTorch 2.1 and ONNX",
            "Airflow 2",
            "Top 3 of 218 teams",
            "Topic model over 1.2M call transcripts found three failures",
        ] {
            assert!(
                !detail(&p(other)).starts_with("Its "),
                "{other}: {}",
                detail(&p(other))
            );
        }
    }

    #[test]
    fn articles_and_case() {
        assert_eq!(
            with_article("Open-source classifier"),
            "an open-source classifier"
        );
        assert_eq!(
            with_article("Master's thesis project"),
            "a master's thesis project"
        );
        assert_eq!(with_article("LLM assistant"), "an LLM assistant");
        assert_eq!(with_article("YOLOv8 detector"), "a YOLOv8 detector");
        assert_eq!(with_article("The first model"), "the first model");
        assert_eq!(with_article("Tools for labelling"), "tools for labelling");
        assert_eq!(with_article("user study"), "a user study");
        assert_eq!(
            with_article("Call-centre analytics: transcription and call summaries"),
            "call-centre analytics: transcription and call summaries"
        );
        assert_eq!(
            with_article("Logistics platform for ports"),
            "a logistics platform for ports"
        );
        assert_eq!(lc_first("Python scripts"), "Python scripts");
        assert_eq!(lc_first("PyTorch port"), "PyTorch port");
        assert_eq!(lc_first("Recall rose"), "recall rose");
    }

    /// Each type into each frame: every sentence starts with a capital (or a name), ends
    /// with its punctuation, and reads as the frame intends.
    #[test]
    fn each_type_into_each_frame() {
        let noun = p("Open-source multi-label classifier that routes support tickets");
        let past = p("Reproduced ST-GCN on NTU RGB+D 60");
        let present = p("Ships as a FastAPI service");
        let clause = p("Answer suggestions are not checked for faithfulness");
        let project = Place::Project("ticket-triage");
        let job = Place::Employer("Hanul Mobility");
        let expected = [
            (
                introduce(project, &noun),
                "I built ticket-triage, an open-source multi-label classifier that routes support tickets.",
            ),
            (
                introduce(project, &p("Detecting workers without safety gear")),
                "In ticket-triage, I worked on detecting workers without safety gear.",
            ),
            (
                introduce(job, &noun),
                "At Hanul Mobility, I worked on an open-source multi-label classifier that routes support tickets.",
            ),
            (
                introduce(project, &past),
                "In ticket-triage, I reproduced ST-GCN on NTU RGB+D 60.",
            ),
            (
                introduce(job, &past),
                "At Hanul Mobility, I reproduced ST-GCN on NTU RGB+D 60.",
            ),
            (
                introduce(project, &present),
                "My project ticket-triage ships as a FastAPI service.",
            ),
            (
                introduce(Place::Project("Triage"), &present),
                "Triage ships as a FastAPI service.",
            ),
            (
                introduce(job, &present),
                "At Hanul Mobility, my work ships as a FastAPI service.",
            ),
            (
                introduce(project, &clause),
                "In ticket-triage, answer suggestions are not checked for faithfulness.",
            ),
            (
                introduce(
                    Place::Employer("Parcelly"),
                    &p("Parcelly is a freight marketplace; I own the load-search ranking"),
                ),
                "Parcelly is a freight marketplace; I own the load-search ranking.",
            ),
            (
                introduce(
                    Place::Employer("Lieferfix"),
                    &p("Grocery delivery in 40 German cities; I lead the ML platform team of four"),
                ),
                "At Lieferfix (grocery delivery in 40 German cities), I lead the ML platform team of four.",
            ),
            (
                detail(&p("The winning team combined a 1D CNN with a Transformer")),
                "The winning team combined a 1D CNN with a Transformer.",
            ),
            (
                introduce(Place::Unnamed("one of my projects"), &noun),
                "In one of my projects, I built an open-source multi-label classifier that routes support tickets.",
            ),
            (
                introduce(Place::Unnamed("one of my projects"), &past),
                "In one of my projects, I reproduced ST-GCN on NTU RGB+D 60.",
            ),
            (
                introduce(Place::Unnamed("my logistics project"), &present),
                "My logistics project ships as a FastAPI service.",
            ),
            (
                introduce(Place::Unnamed("one of my projects"), &clause),
                "In one of my projects, answer suggestions are not checked for faithfulness.",
            ),
            (
                detail(&noun),
                "The work also includes an open-source multi-label classifier that routes support tickets.",
            ),
            (detail(&past), "I reproduced ST-GCN on NTU RGB+D 60."),
            (detail(&present), "It ships as a FastAPI service."),
            (
                detail(&clause),
                "Answer suggestions are not checked for faithfulness.",
            ),
            (
                gap("Acme", &noun, true),
                "Another is open-source multi-label classifier that routes support tickets.",
            ),
            (
                gap("Acme", &clause, true),
                "Another is where answer suggestions are not checked for faithfulness.",
            ),
            (
                gap("Acme", &present, true),
                "Another is that Acme ships as a FastAPI service.",
            ),
            (
                gap("Acme", &past, true),
                "Another is that Acme reproduced ST-GCN on NTU RGB+D 60.",
            ),
            (
                gap("Acme", &noun, false),
                "One place where AI could do more at Acme is open-source multi-label classifier that routes support tickets.",
            ),
            (
                gap("Acme", &clause, false),
                "I think AI could do more at Acme, where answer suggestions are not checked for faithfulness.",
            ),
            (
                gap("Acme", &present, false),
                "I think AI could do more at Acme, which ships as a FastAPI service.",
            ),
            (
                gap("Acme", &past, false),
                "I noticed that Acme reproduced ST-GCN on NTU RGB+D 60, and I think AI could do more there.",
            ),
            (
                gap_question("Acme", &noun),
                "Could AI help Acme with open-source multi-label classifier that routes support tickets?",
            ),
            (
                gap_question("Acme", &clause),
                "If answer suggestions are not checked for faithfulness, could AI help Acme there?",
            ),
            (
                gap_question("Acme", &present),
                "If Acme ships as a FastAPI service, could AI help there?",
            ),
            (
                gap_question("Acme", &past),
                "Since Acme reproduced ST-GCN on NTU RGB+D 60, could AI help next?",
            ),
            (
                because(&clause),
                "because answer suggestions are not checked for faithfulness",
            ),
            (because(&past), "because I reproduced ST-GCN on NTU RGB+D 60"),
            (because(&present), "because it ships as a FastAPI service"),
            (
                because(&noun),
                "because of an open-source multi-label classifier that routes support tickets",
            ),
        ];
        for (got, want) in expected {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn a_track_outside_the_posting_is_named_as_mine() {
        assert_eq!(
            one_story("video understanding", "Callwise", "fallnet", false),
            "My work has stayed in one field, video understanding, from Callwise to fallnet."
        );
        assert_eq!(
            one_story("video understanding", "Callwise", "fallnet", true),
            "My own field so far has been video understanding, from Callwise to fallnet."
        );
    }
}
