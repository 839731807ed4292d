//! The resume's header and sections, in the order and selection the story chose.

use std::collections::HashSet;

use crate::display::metric_line;
use crate::github::refs::Refs;
use crate::github::{RepoStats, StatsCache};
use crate::load::lenient::links::is_email;
use crate::locale::Locale;
use crate::profile::{DeliverableKind, Profile};
use crate::story::{EvidenceKind, Story};

use super::{Contact, Entry, Link, Person, Section};

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
pub fn person(profile: &Profile, github: Option<&StatsCache>, locale: &Locale) -> Person {
    let labels = &locale.labels;
    let b = &profile.basics;
    let mut links = Vec::new();
    if let Some(url) = text(&b.url) {
        links.extend(Link::new(display_url(&url), &url));
    }
    let mut unlinked = Vec::new();
    for p in &b.profiles {
        let mut label = match (text(&p.network), text(&p.username)) {
            (Some(n), Some(u)) => format!("{n}: {u}"),
            (Some(n), None) => n,
            (None, Some(u)) => u,
            (None, None) => text(&p.url).map(|u| display_url(&u)).unwrap_or_default(),
        };
        // The GitHub link carries the fetched account statistics.
        if let Some(user) = github.and_then(StatsCache::user_stats) {
            let is_github = text(&p.network).is_some_and(|n| n.eq_ignore_ascii_case("github"));
            let same = text(&p.username).is_none_or(|u| u.eq_ignore_ascii_case(&user.login));
            if is_github && same {
                label = format!(
                    "{label} ({}, {})",
                    locale.count(user.public_repos, &labels.repos),
                    locale.count(user.followers, &labels.followers)
                );
            }
        }
        // A profile without a usable link (`"url": ""`, a username only) is still shown, as text.
        match text(&p.url).and_then(|url| Link::new(label.clone(), &url)) {
            Some(link) => links.push(link),
            None if !label.is_empty() => unlinked.push(label),
            None => {}
        }
    }
    let location = b.location.as_ref().and_then(|l| {
        let parts: Vec<String> = [&l.city, &l.region, &l.country_code]
            .into_iter()
            .filter_map(text)
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    });
    // Only an email address becomes a mailto link; "kim(at)example.com" is shown as written.
    let written_email = text(&b.email);
    let email = written_email
        .as_deref()
        .filter(|e| is_email(e))
        .and_then(|e| Link::new(e, &format!("mailto:{e}")));
    let email_text = written_email.filter(|_| email.is_none());
    let phone = text(&b.phone);
    let mut contacts: Vec<Contact> = Vec::new();
    contacts.extend(email.iter().map(|l| Contact {
        label: l.label.clone(),
        url: Some(l.url.clone()),
        web: false,
    }));
    let texts = email_text
        .iter()
        .chain(&phone)
        .chain(&location)
        .chain(&unlinked);
    contacts.extend(texts.map(|t| Contact {
        label: t.clone(),
        url: None,
        web: false,
    }));
    contacts.extend(links.iter().map(|l| Contact {
        label: l.label.clone(),
        url: Some(l.url.clone()),
        web: true,
    }));
    let name = text(&b.name).unwrap_or_default();
    Person {
        signature: crate::scripts::without_emoji(&name),
        name,
        label: text(&b.label),
        email,
        phone,
        location,
        links,
        contacts,
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

/// What a deliverable is called in the resume's language: "Paper", "Code", "데모", ...
pub fn deliverable_label(kind: DeliverableKind, locale: &Locale) -> &str {
    use DeliverableKind as D;
    let words = &locale.labels;
    match kind {
        D::Paper => &words.paper,
        D::Competition => &words.competition,
        D::Repo => &words.code,
        D::Demo => &words.demo,
        D::Model => &words.model,
        D::Dataset => &words.dataset,
        D::Post => &words.write_up,
        D::Patent => &words.patent,
        D::Talk => &words.talk,
    }
}

/// "jiwoo/fallnet: 42 stars · 3 forks · Python 78%, C++ 15% · 310 commits · last push May 2024".
fn repo_line(stats: &RepoStats, locale: &Locale) -> String {
    let labels = &locale.labels;
    let mut parts: Vec<String> = Vec::new();
    let count = |n: u64, word: &str| locale.count(n, word);
    parts.push(count(stats.stars, &labels.stars));
    if stats.forks > 0 {
        parts.push(count(stats.forks, &labels.forks));
    }
    let languages: Vec<String> = stats
        .languages
        .iter()
        .filter(|l| l.percent >= 1.0)
        .take(3)
        .map(|l| format!("{} {:.0}%", l.name, l.percent))
        .collect();
    if !languages.is_empty() {
        parts.push(languages.join(", "));
    }
    if let Some(commits) = stats.commits {
        parts.push(count(commits, &labels.commits));
    }
    if let Some(releases) = stats.releases.filter(|r| *r > 0) {
        parts.push(count(releases, &labels.releases));
    }
    if let Some(pushed) = &stats.pushed_at {
        parts.push(format!(
            "{} {}",
            labels.last_push,
            locale.date(pushed.get(..10).unwrap_or(pushed))
        ));
    }
    if !stats.topics.is_empty() {
        parts.push(
            stats
                .topics
                .iter()
                .take(4)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if stats.archived {
        parts.push(labels.archived.clone());
    }
    format!("GitHub {}: {}", stats.full_name, parts.join(" · "))
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

/// Projects and competitions in the order the page budget drops them: off-track first, then
/// the weakest. Jobs and papers are never dropped, and the two strongest projects always stay.
pub fn drop_order(story: &Story) -> Vec<(EvidenceKind, usize, &str)> {
    let strongest: Vec<&str> = story
        .evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Project)
        .take(2)
        .map(|e| e.path.as_str())
        .collect();
    let mut candidates: Vec<_> = story
        .evidence
        .iter()
        .filter(|e| {
            matches!(e.kind, EvidenceKind::Project | EvidenceKind::Competition)
                && !strongest.contains(&e.path.as_str())
        })
        .collect();
    candidates.sort_by_key(|e| (e.on_track, e.score));
    // The strongest competition goes last, so that a resume keeps its competition section
    // (a retrospective the notes make a key story) for as long as a project can go instead.
    if let Some(at) = candidates
        .iter()
        .rposition(|e| e.kind == EvidenceKind::Competition)
    {
        let strongest_competition = candidates.remove(at);
        candidates.push(strongest_competition);
    }
    candidates
        .into_iter()
        .map(|e| (e.kind, e.index, e.path.as_str()))
        .collect()
}

/// The name of a droppable item as the profile gives it.
fn item_name(profile: &Profile, kind: EvidenceKind, index: usize) -> String {
    let name = match kind {
        EvidenceKind::Project => profile.projects.get(index).and_then(|p| text(&p.name)),
        EvidenceKind::Competition => profile
            .competitions
            .get(index)
            .map(|c| c.name.trim().to_string()),
        _ => None,
    };
    name.unwrap_or_default()
}

/// The items of `left_out` as a reader finds them: `"Old demo" (projects[4])`.
pub fn named_items(profile: &Profile, left_out: &[(EvidenceKind, usize, &str)]) -> Vec<String> {
    left_out
        .iter()
        .map(
            |(kind, index, path)| match item_name(profile, *kind, *index) {
                name if name.is_empty() => path.to_string(),
                name => format!("\"{name}\" ({path})"),
            },
        )
        .collect()
}

/// The one line a render prints about what the page budget left out:
/// `to fit --pages 1, the resume leaves out 2 items: "Old demo" (projects[4]), "Kaggle X" (competitions[1])`.
pub fn left_out_line(
    profile: &Profile,
    left_out: &[(EvidenceKind, usize, &str)],
    budget: usize,
) -> String {
    let items = named_items(profile, left_out);
    format!(
        "to fit --pages {budget}, the resume leaves out {} item{}: {}",
        items.len(),
        if items.len() == 1 { "" } else { "s" },
        items.join(", ")
    )
}

fn weakest(story: &Story, count: usize) -> HashSet<(EvidenceKind, usize)> {
    drop_order(story)
        .into_iter()
        .take(count)
        .map(|(kind, index, _)| (kind, index))
        .collect()
}

/// How many items the page budget may drop at most.
pub fn droppable(story: &Story) -> usize {
    drop_order(story).len()
}

/// The fetched statistics of the repository the item at `item` names, by whichever field
/// (the same list `refresh` fetched).
fn repo_stats<'a>(github: Option<(&'a StatsCache, &Refs)>, item: &str) -> Option<&'a RepoStats> {
    let (cache, refs) = github?;
    cache.repo(&refs.repo_of(item)?.owner_name)
}

/// The resume's sections in reading order.
pub fn sections(
    profile: &Profile,
    story: &Story,
    locale: &Locale,
    sidebar: bool,
    drop: usize,
    github: Option<&StatsCache>,
) -> Vec<Section> {
    let labels = &locale.labels;
    let refs = github.map(|_| crate::github::refs::extract(profile));
    let github = github.zip(refs.as_ref());
    let dropped = weakest(story, drop);
    let mut work = Vec::new();
    for (i, w) in profile.work.iter().enumerate() {
        if dropped.contains(&(EvidenceKind::Work, i)) {
            continue;
        }
        let bullets = non_empty(&w.highlights);
        work.push(Entry {
            title: text(&w.position)
                .or_else(|| text(&w.name))
                .unwrap_or_default(),
            subtitle: text(&w.position).and(text(&w.name)),
            date: locale.range(w.start_date.as_deref(), w.end_date.as_deref()),
            location: text(&w.location),
            link: text(&w.url).and_then(|u| Link::new(text(&w.name).unwrap_or_default(), &u)),
            summary: text(&w.summary),
            bullets,
            results: w.metrics.iter().map(metric_line).collect(),
            github: repo_stats(github, &format!("work[{i}]")).map(|stats| repo_line(stats, locale)),
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
        let bullets = non_empty(&p.highlights);
        let links = p
            .deliverables
            .iter()
            .filter_map(|d| {
                Link::new(
                    text(&d.title).unwrap_or_else(|| deliverable_label(d.kind, locale).to_string()),
                    &d.url,
                )
            })
            .collect();
        Entry {
            title: text(&p.name).unwrap_or_default(),
            subtitle: text(&p.entity)
                .or_else(|| (!p.roles.is_empty()).then(|| non_empty(&p.roles).join(", "))),
            date: locale.range(p.start_date.as_deref(), p.end_date.as_deref()),
            link: text(&p.url).and_then(|u| Link::new(display_url(&u), &u)),
            summary: text(&p.description),
            bullets,
            results: p.metrics.iter().map(metric_line).collect(),
            github: repo_stats(github, &format!("projects[{i}]"))
                .map(|stats| repo_line(stats, locale)),
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
        let result = locale.rank(c.rank, c.teams);
        let subtitle = match (text(&c.platform), result) {
            (Some(p), Some(r)) => Some(format!("{p} · {r}")),
            (p, r) => p.or(r),
        };
        Entry {
            title: c.name.trim().to_string(),
            subtitle,
            date: c.date.as_deref().map(|d| locale.date(d)),
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
            date: p.release_date.as_deref().map(|d| locale.date(d)),
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
            let degree = locale.degree(e.study_type.as_deref(), e.area.as_deref());
            let subtitle = match (degree, text(&e.score)) {
                (Some(d), Some(score)) => Some(format!("{d} · {score}")),
                (d, score) => d.or(score),
            };
            Entry {
                title: text(&e.institution).unwrap_or_default(),
                subtitle,
                date: locale.range(e.start_date.as_deref(), e.end_date.as_deref()),
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
            title: labels.coding_test.clone(),
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
            date: a.date.as_deref().map(|d| locale.date(d)),
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
            summary: [text(&c.issuer), c.date.as_deref().map(|d| locale.date(d))]
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
            date: locale.range(v.start_date.as_deref(), v.end_date.as_deref()),
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

    // Short lists read best on one line: "Korean: Native · English: Professional".
    let section = |id, title: &String, compact, entries| Section {
        id,
        title: title.clone(),
        compact,
        // The sidebar theme puts the short lists and education beside the experience.
        side: sidebar
            && matches!(
                id,
                "education" | "skills" | "certificates" | "languages" | "interests"
            ),
        inline: matches!(id, "languages" | "certificates" | "interests"),
        entries,
    };
    let mut all = vec![
        section("education", &labels.education, false, education),
        section("experience", &labels.experience, false, work),
        section("projects", &labels.projects, false, projects),
        section("publications", &labels.publications, false, publications),
        section("competitions", &labels.competitions, false, competitions),
        section("skills", &labels.skills, true, skills),
        section("awards", &labels.awards, false, awards),
        section("certificates", &labels.certificates, true, certificates),
        section("languages", &labels.languages, true, languages),
        section("volunteer", &labels.volunteer, false, volunteer),
        section("interests", &labels.interests, true, interests),
        section("references", &labels.references, false, references),
    ];
    // Korean, Japanese and Chinese resumes open with education; the others with experience.
    if !locale.education_first {
        let education = all.remove(0);
        all.insert(4, education);
    }
    all.retain(|s| !s.entries.is_empty());
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Evidence;

    fn evidence(kind: EvidenceKind, index: usize, score: u32) -> Evidence {
        let list = match kind {
            EvidenceKind::Competition => "competitions",
            _ => "projects",
        };
        Evidence {
            kind,
            index,
            path: format!("{list}[{index}]"),
            title: String::new(),
            score,
            reasons: Vec::new(),
            on_track: true,
            item: 0,
            facts: Default::default(),
        }
    }

    #[test]
    fn the_strongest_competition_goes_last_so_its_section_stays() {
        let story = Story {
            evidence: vec![
                evidence(EvidenceKind::Project, 0, 150),
                evidence(EvidenceKind::Project, 1, 140),
                evidence(EvidenceKind::Project, 3, 76),
                evidence(EvidenceKind::Competition, 0, 73),
                evidence(EvidenceKind::Competition, 1, 70),
                evidence(EvidenceKind::Project, 2, 19),
            ],
            ..Story::default()
        };
        let order: Vec<&str> = drop_order(&story).iter().map(|(_, _, p)| *p).collect();
        assert_eq!(
            order,
            [
                "projects[2]",
                "competitions[1]",
                "projects[3]",
                "competitions[0]"
            ]
        );
    }
}
