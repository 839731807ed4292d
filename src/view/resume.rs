//! The resume's header and sections, in the order and selection the story chose.

use std::collections::HashSet;

use crate::display::metric_line;
use crate::profile::{DeliverableKind, Lang, Profile};
use crate::story::{EvidenceKind, Story};

use super::{Entry, Labels, Link, Person, Section};
use crate::display::{ordinal, range};

fn text(value: &Option<String>) -> Option<String> {
    value
        .as_ref()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn non_empty(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The header: name, contact, links.
pub fn person(profile: &Profile) -> Person {
    let b = &profile.basics;
    let mut links = Vec::new();
    if let Some(url) = text(&b.url) {
        links.extend(Link::new(display_url(&url), &url));
    }
    for p in &b.profiles {
        let label = match (text(&p.network), text(&p.username)) {
            (Some(n), Some(u)) => format!("{n}: {u}"),
            (Some(n), None) => n,
            (None, Some(u)) => u,
            (None, None) => text(&p.url).map(|u| display_url(&u)).unwrap_or_default(),
        };
        if let Some(url) = text(&p.url) {
            links.extend(Link::new(label, &url));
        }
    }
    let location = b.location.as_ref().and_then(|l| {
        let parts: Vec<String> = [&l.city, &l.region, &l.country_code]
            .into_iter()
            .filter_map(text)
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    });
    Person {
        name: text(&b.name).unwrap_or_default(),
        label: text(&b.label),
        email: text(&b.email).and_then(|e| Link::new(e.clone(), &format!("mailto:{e}"))),
        phone: text(&b.phone),
        location,
        links,
    }
}

/// `https://www.example.com/x/` shown as `example.com/x`.
fn display_url(url: &str) -> String {
    let stripped = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    stripped.trim_end_matches('/').to_string()
}

fn deliverable_label(kind: DeliverableKind, lang: Lang) -> &'static str {
    use DeliverableKind as D;
    match (kind, lang) {
        (D::Paper, Lang::En) => "Paper",
        (D::Paper, Lang::Ko) => "논문",
        (D::Competition, Lang::En) => "Competition",
        (D::Competition, Lang::Ko) => "대회",
        (D::Repo, Lang::En) => "Code",
        (D::Repo, Lang::Ko) => "코드",
        (D::Demo, Lang::En) => "Demo",
        (D::Demo, Lang::Ko) => "데모",
        (D::Model, Lang::En) => "Model",
        (D::Model, Lang::Ko) => "모델",
        (D::Dataset, Lang::En) => "Dataset",
        (D::Dataset, Lang::Ko) => "데이터셋",
        (D::Post, Lang::En) => "Write-up",
        (D::Post, Lang::Ko) => "글",
        (D::Patent, Lang::En) => "Patent",
        (D::Patent, Lang::Ko) => "특허",
        (D::Talk, Lang::En) => "Talk",
        (D::Talk, Lang::Ko) => "발표",
    }
}

/// Order of `kind` items as the story ranked them, best first; unranked items keep their
/// profile order after the ranked ones. Items beyond `keep` are left out.
fn ranked_indices(
    story: &Story,
    kind: EvidenceKind,
    len: usize,
    dropped: &HashSet<(EvidenceKind, usize)>,
) -> Vec<usize> {
    // Linear, not quadratic: a profile may list thousands of projects.
    let mut seen = vec![false; len];
    let mut order: Vec<usize> = Vec::with_capacity(len);
    let ranked = story
        .evidence
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.index);
    for i in ranked.chain(0..len) {
        if let Some(slot) = seen.get_mut(i).filter(|s| !**s) {
            *slot = true;
            order.push(i);
        }
    }
    order.retain(|i| !dropped.contains(&(kind, *i)));
    order
}

/// The weakest `count` items, off-track first, never the only item of a kind.
fn weakest(story: &Story, count: usize) -> HashSet<(EvidenceKind, usize)> {
    let mut candidates: Vec<_> = story.evidence.iter().collect();
    candidates.sort_by_key(|e| (e.on_track, e.score));
    candidates
        .into_iter()
        .take(count)
        .map(|e| (e.kind, e.index))
        .collect()
}

/// The resume's sections in reading order.
pub fn sections(
    profile: &Profile,
    story: &Story,
    lang: Lang,
    labels: &Labels,
    drop: usize,
) -> Vec<Section> {
    let dropped = weakest(story, drop);
    let present = labels.present;
    let mut work = Vec::new();
    for (i, w) in profile.work.iter().enumerate() {
        if dropped.contains(&(EvidenceKind::Work, i)) {
            continue;
        }
        let mut bullets = non_empty(&w.highlights);
        bullets.extend(w.metrics.iter().map(metric_line));
        work.push(Entry {
            title: text(&w.position)
                .or_else(|| text(&w.name))
                .unwrap_or_default(),
            subtitle: text(&w.position).and(text(&w.name)),
            date: range(
                w.start_date.as_deref(),
                w.end_date.as_deref(),
                present,
                lang,
            ),
            location: text(&w.location),
            link: text(&w.url).and_then(|u| Link::new(text(&w.name).unwrap_or_default(), &u)),
            summary: text(&w.summary),
            bullets,
            tags: non_empty(&w.keywords),
            path: format!("work[{i}]"),
            ..Entry::default()
        });
    }
    let projects = ranked_indices(
        story,
        EvidenceKind::Project,
        profile.projects.len(),
        &dropped,
    )
    .into_iter()
    .map(|i| {
        // `ranked_indices` keeps only indices below `profile.projects.len()`.
        let p = &profile.projects[i];
        let mut bullets = non_empty(&p.highlights);
        bullets.extend(p.metrics.iter().map(metric_line));
        let links = p
            .deliverables
            .iter()
            .filter_map(|d| {
                Link::new(
                    text(&d.title).unwrap_or_else(|| deliverable_label(d.kind, lang).to_string()),
                    &d.url,
                )
            })
            .collect();
        Entry {
            title: text(&p.name).unwrap_or_default(),
            subtitle: text(&p.entity)
                .or_else(|| (!p.roles.is_empty()).then(|| non_empty(&p.roles).join(", "))),
            date: range(
                p.start_date.as_deref(),
                p.end_date.as_deref(),
                present,
                lang,
            ),
            link: text(&p.url).and_then(|u| Link::new(display_url(&u), &u)),
            summary: text(&p.description),
            bullets,
            tags: non_empty(&p.keywords),
            links,
            path: format!("projects[{i}]"),
            ..Entry::default()
        }
    })
    .collect();
    let competitions = ranked_indices(
        story,
        EvidenceKind::Competition,
        profile.competitions.len(),
        &dropped,
    )
    .into_iter()
    .map(|i| {
        // `ranked_indices` keeps only indices below `profile.competitions.len()`.
        let c = &profile.competitions[i];
        let result = match (c.rank, c.teams, lang) {
            (Some(r), Some(t), Lang::En) => Some(format!("{} of {t} teams", ordinal(r))),
            (Some(r), Some(t), Lang::Ko) => Some(format!("{t}팀 중 {r}위")),
            (Some(r), None, Lang::En) => Some(ordinal(r)),
            (Some(r), None, Lang::Ko) => Some(format!("{r}위")),
            (None, _, _) => None,
        };
        let subtitle = match (text(&c.platform), result) {
            (Some(p), Some(r)) => Some(format!("{p} · {r}")),
            (p, r) => p.or(r),
        };
        Entry {
            title: c.name.trim().to_string(),
            subtitle,
            date: c.date.as_deref().map(|d| crate::display::date(d, lang)),
            link: text(&c.url).and_then(|u| Link::new(display_url(&u), &u)),
            summary: text(&c.summary),
            tags: non_empty(&c.keywords),
            path: format!("competitions[{i}]"),
            ..Entry::default()
        }
    })
    .collect();
    let publications = ranked_indices(
        story,
        EvidenceKind::Publication,
        profile.publications.len(),
        &dropped,
    )
    .into_iter()
    .map(|i| {
        // `ranked_indices` keeps only indices below `profile.publications.len()`.
        let p = &profile.publications[i];
        Entry {
            title: text(&p.name).unwrap_or_default(),
            subtitle: text(&p.publisher),
            date: p
                .release_date
                .as_deref()
                .map(|d| crate::display::date(d, lang)),
            link: text(&p.url).and_then(|u| Link::new(display_url(&u), &u)),
            summary: text(&p.summary),
            path: format!("publications[{i}]"),
            ..Entry::default()
        }
    })
    .collect();
    let education = profile
        .education
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let degree = match (text(&e.study_type), text(&e.area), lang) {
                (Some(s), Some(a), Lang::En) => Some(format!("{s} in {a}")),
                (Some(s), Some(a), Lang::Ko) => Some(format!("{a} {s}")),
                (s, a, _) => s.or(a),
            };
            let mut bullets = Vec::new();
            if let Some(score) = text(&e.score) {
                bullets.push(score);
            }
            Entry {
                title: text(&e.institution).unwrap_or_default(),
                subtitle: degree,
                date: range(
                    e.start_date.as_deref(),
                    e.end_date.as_deref(),
                    present,
                    lang,
                ),
                link: text(&e.url)
                    .and_then(|u| Link::new(text(&e.institution).unwrap_or_default(), &u)),
                bullets,
                tags: non_empty(&e.courses),
                path: format!("education[{i}]"),
                ..Entry::default()
            }
        })
        .collect();
    let mut skills: Vec<Entry> = profile
        .skills
        .iter()
        .enumerate()
        .map(|(i, s)| Entry {
            title: text(&s.name).unwrap_or_default(),
            summary: Some(non_empty(&s.keywords).join(", "))
                .filter(|k| !k.is_empty())
                .or_else(|| text(&s.level)),
            path: format!("skills[{i}]"),
            ..Entry::default()
        })
        .collect();
    if let Some(test) = &profile.coding_test {
        let summary = match text(&test.platform) {
            Some(p) => format!("{p} {}", test.level.trim()),
            None => test.level.trim().to_string(),
        };
        skills.push(Entry {
            title: labels.coding_test.to_string(),
            summary: Some(summary),
            link: text(&test.url).and_then(|u| Link::new(display_url(&u), &u)),
            path: "codingTest".into(),
            ..Entry::default()
        });
    }
    let awards = profile
        .awards
        .iter()
        .enumerate()
        .map(|(i, a)| Entry {
            title: text(&a.title).unwrap_or_default(),
            subtitle: text(&a.awarder),
            date: a.date.as_deref().map(|d| crate::display::date(d, lang)),
            summary: text(&a.summary),
            path: format!("awards[{i}]"),
            ..Entry::default()
        })
        .collect();
    let certificates = profile
        .certificates
        .iter()
        .enumerate()
        .map(|(i, c)| Entry {
            title: text(&c.name).unwrap_or_default(),
            summary: [
                text(&c.issuer),
                c.date.as_deref().map(|d| crate::display::date(d, lang)),
            ]
            .into_iter()
            .flatten()
            .reduce(|a, b| format!("{a}, {b}")),
            link: text(&c.url).and_then(|u| Link::new(display_url(&u), &u)),
            path: format!("certificates[{i}]"),
            ..Entry::default()
        })
        .collect();
    let languages = profile
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| Entry {
            title: text(&l.language).unwrap_or_default(),
            summary: text(&l.fluency),
            path: format!("languages[{i}]"),
            ..Entry::default()
        })
        .collect();
    let volunteer = profile
        .volunteer
        .iter()
        .enumerate()
        .map(|(i, v)| Entry {
            title: text(&v.position)
                .or_else(|| text(&v.organization))
                .unwrap_or_default(),
            subtitle: text(&v.position).and(text(&v.organization)),
            date: range(
                v.start_date.as_deref(),
                v.end_date.as_deref(),
                present,
                lang,
            ),
            link: text(&v.url)
                .and_then(|u| Link::new(text(&v.organization).unwrap_or_default(), &u)),
            summary: text(&v.summary),
            bullets: non_empty(&v.highlights),
            path: format!("volunteer[{i}]"),
            ..Entry::default()
        })
        .collect();
    let interests = profile
        .interests
        .iter()
        .enumerate()
        .map(|(i, it)| Entry {
            title: text(&it.name).unwrap_or_default(),
            summary: Some(non_empty(&it.keywords).join(", ")).filter(|k| !k.is_empty()),
            path: format!("interests[{i}]"),
            ..Entry::default()
        })
        .collect();
    let references = profile
        .references
        .iter()
        .enumerate()
        .map(|(i, r)| Entry {
            title: text(&r.name).unwrap_or_default(),
            summary: text(&r.reference),
            path: format!("references[{i}]"),
            ..Entry::default()
        })
        .collect();

    let section = |id, title, compact, entries| Section {
        id,
        title,
        compact,
        entries,
    };
    let mut all = vec![
        section("education", labels.education, false, education),
        section("experience", labels.experience, false, work),
        section("projects", labels.projects, false, projects),
        section("publications", labels.publications, false, publications),
        section("competitions", labels.competitions, false, competitions),
        section("skills", labels.skills, true, skills),
        section("awards", labels.awards, false, awards),
        section("certificates", labels.certificates, true, certificates),
        section("languages", labels.languages, true, languages),
        section("volunteer", labels.volunteer, false, volunteer),
        section("interests", labels.interests, true, interests),
        section("references", labels.references, false, references),
    ];
    // Korean resumes open with education; English ones with experience.
    if lang == Lang::En {
        let education = all.remove(0);
        all.insert(4, education);
    }
    all.retain(|s| !s.entries.is_empty());
    all
}
