//! English sentences: one function per beat kind, whole sentences in the first person.

use super::{english_clause as clause, join_and, join_then, Facts};
use crate::profile::Lang;

/// "mAP went from 0.61 to 0.83" or "mAP reached 0.83".
fn change(f: &Facts, out: &mut String) {
    out.push_str(f.text("metric"));
    match f.get("baseline") {
        Some(baseline) => {
            out.push_str(" went from ");
            out.push_str(baseline);
            out.push_str(" to ");
        }
        None => out.push_str(" reached "),
    }
    out.push_str(f.text("value"));
}

/// " I reproduced OSNet." after a sentence, when the fact is there.
fn clause_sentence(text: Option<&str>, out: &mut String) {
    if let Some(text) = text {
        out.push(' ');
        out.push_str(&clause(text));
        out.push('.');
    }
}

/// " (ECCV 2024)" after a paper, when the venue is known.
fn venue(f: &Facts, out: &mut String) {
    if let Some(venue) = f.get("venue") {
        out.push_str(" (");
        out.push_str(venue);
        out.push(')');
    }
}

/// " Summary." after a sentence, when the fact is there.
fn sentence(text: Option<&str>, out: &mut String) {
    if let Some(text) = text {
        out.push(' ');
        out.push_str(text);
        out.push('.');
    }
}

/// "At Employer: I did X." or "In Project: I did X."
fn where_highlight(f: &Facts, out: &mut String) {
    match f.get("employer") {
        Some(employer) => {
            out.push_str("At ");
            out.push_str(employer);
        }
        None => {
            out.push_str("In ");
            out.push_str(f.text("project"));
        }
    }
    out.push_str(": ");
    out.push_str(&clause(f.text("highlight")));
    out.push('.');
}

pub(super) fn frame(f: &Facts, out: &mut String) {
    let company = f.text("company");
    match f.variant {
        "opening" => {
            out.push_str("I am writing to apply for ");
            match f.get("role") {
                Some(role) => {
                    out.push_str("the ");
                    out.push_str(role);
                    out.push_str(" position");
                }
                None => out.push_str("a position"),
            }
            out.push_str(" at ");
            out.push_str(company);
            out.push('.');
        }
        "closing" => match f.get("opportunity") {
            Some(opportunity) => {
                out.push_str("I would welcome the chance to show ");
                out.push_str(company);
                out.push_str(" what I could build, starting with ");
                out.push_str(opportunity);
                out.push('.');
            }
            None => {
                out.push_str("I would welcome the chance to discuss what I could build at ");
                out.push_str(company);
                out.push('.');
            }
        },
        "claim" => {
            out.push_str(f.get("place").unwrap_or("In"));
            out.push(' ');
            out.push_str(f.text("project"));
            out.push_str(", ");
            change(f, out);
            out.push('.');
            clause_sentence(f.get("description"), out);
            for highlight in f.list("highlights") {
                clause_sentence(Some(highlight), out);
            }
        }
        _ => {}
    }
}

pub(super) fn data_first(f: &Facts, out: &mut String) {
    if f.variant == "match" {
        match f.get("company") {
            Some(company) => {
                out.push_str(company);
                out.push_str(" works with ");
            }
            None => out.push_str("You work with "),
        }
        out.push_str(f.text("data"));
        out.push_str("; ");
        match f.get("employer") {
            Some(employer) => {
                out.push_str("my work at ");
                out.push_str(employer);
            }
            None => {
                out.push_str("my closest project, ");
                out.push_str(f.text("project"));
                out.push(',');
            }
        }
        out.push_str(" was built on the same kind of data.");
    } else {
        out.push_str("The project closest to your work is ");
        out.push_str(f.text("project"));
        out.push('.');
    }
    clause_sentence(f.get("description"), out);
    if f.get("metric").is_some() {
        out.push_str(" There, ");
        change(f, out);
        out.push('.');
    }
}

pub(super) fn domain_fit(f: &Facts, out: &mut String) {
    out.push_str("I already know the ");
    out.push_str(f.text("domain"));
    out.push_str(" domain from my own work: ");
    out.push_str(&join_and(f.list("projects"), Lang::En));
    out.push('.');
}

pub(super) fn one_story(f: &Facts, out: &mut String) {
    out.push_str("My work has followed one track, ");
    out.push_str(f.text("track"));
    out.push_str(": ");
    out.push_str(&join_then(f.list("steps"), Lang::En));
    out.push('.');
}

pub(super) fn reproduce_then_build(f: &Facts, out: &mut String) {
    out.push_str("I learn a new model by reproducing it first and then building on it. ");
    where_highlight(f, out);
}

pub(super) fn role_emphasis(f: &Facts, out: &mut String) {
    match f.variant {
        "research" => {
            out.push_str("My research is meant to be used: ");
            out.push_str(f.text("paper"));
            venue(f, out);
            out.push('.');
            sentence(f.get("summary"), out);
        }
        "engineering" => {
            out.push_str("I care about models that reach users, not only benchmarks. ");
            where_highlight(f, out);
        }
        "ml-engineering" => {
            out.push_str("I also see my models through until they are used in production. ");
            where_highlight(f, out);
        }
        _ => {}
    }
}

pub(super) fn bring_research(f: &Facts, out: &mut String) {
    out.push_str("My paper, ");
    out.push_str(f.text("paper"));
    venue(f, out);
    out.push_str(", is work I would bring to ");
    out.push_str(f.get("product").unwrap_or("your products"));
    out.push('.');
    sentence(f.get("summary"), out);
}

pub(super) fn compression_value(f: &Facts, out: &mut String) {
    out.push_str("Lightweighting is, in the end, about speed and cost. In ");
    out.push_str(f.text("project"));
    out.push_str(": ");
    out.push_str(&join_and(f.list("metrics"), Lang::En));
    out.push('.');
}

pub(super) fn competition_retro(f: &Facts, out: &mut String) {
    match f.get("rank") {
        Some(rank) => {
            out.push_str("In ");
            if let Some(platform) = f.get("platform") {
                out.push_str("the ");
                out.push_str(platform);
                out.push_str(" competition ");
            }
            out.push_str(f.text("competition"));
            out.push_str(", I placed ");
            out.push_str(rank);
            if let Some(teams) = f.get("teams") {
                out.push_str(" of ");
                out.push_str(teams);
                out.push_str(" teams");
            }
            out.push('.');
        }
        None => {
            out.push_str("I took part in ");
            out.push_str(f.text("competition"));
            out.push('.');
        }
    }
    if let Some(winner) = f.get("winner") {
        out.push_str(" Comparing my solution with the winners taught me more than the rank: ");
        out.push_str(winner);
        out.push('.');
    }
}

pub(super) fn github_growth(f: &Facts, out: &mut String) {
    out.push_str("My code has grown, too. Looking back at ");
    out.push_str(f.text("project"));
    out.push_str(": ");
    if let Some(before) = f.get("before") {
        out.push_str(before);
        out.push_str(". ");
    }
    if let Some(after) = f.get("after") {
        out.push_str(after);
        out.push('.');
    }
    if let Some(repo) = f.get("repo") {
        out.push_str(" The code is public at github.com/");
        out.push_str(repo);
        if let Some(stars) = f.get("stars") {
            out.push_str(", with ");
            out.push_str(stars);
            out.push_str(" stars");
        }
        if let Some(commits) = f.get("commits") {
            out.push_str(" and ");
            out.push_str(commits);
            out.push_str(" commits");
        }
        if let Some(pushed) = f.get("pushed") {
            out.push_str(", last updated ");
            out.push_str(pushed);
        }
        out.push('.');
    }
}

pub(super) fn ai_opportunity(f: &Facts, out: &mut String) {
    if f.variant == "more" {
        out.push_str("Another is ");
    } else {
        out.push_str("One place where I think AI could do more");
        if let Some(company) = f.get("company") {
            out.push_str(" at ");
            out.push_str(company);
        }
        out.push_str(": ");
    }
    out.push_str(f.text("opportunity"));
    out.push_str(". It is close to what I did in ");
    out.push_str(f.text("project"));
    if f.get("metric").is_some() {
        out.push_str(", where ");
        change(f, out);
    }
    out.push('.');
}

pub(super) fn trend(f: &Facts, out: &mut String) {
    out.push_str("I have also applied LLMs in practice. ");
    where_highlight(f, out);
}

pub(super) fn core_skills(f: &Facts, out: &mut String) {
    out.push_str("The tools I work with: ");
    out.push_str(&join_and(f.list("skills"), Lang::En));
    out.push('.');
}

pub(super) fn coding_proof(f: &Facts, out: &mut String) {
    out.push_str("My coding-test level is ");
    out.push_str(f.text("level"));
    if let Some(platform) = f.get("platform") {
        out.push_str(" on ");
        out.push_str(platform);
    }
    out.push('.');
}

pub(super) fn deliverables(f: &Facts, out: &mut String) {
    out.push_str("Every result here can be checked: ");
    out.push_str(&join_and(f.list("deliverables"), Lang::En));
    out.push('.');
}

pub(super) fn no_data_answer(f: &Facts, out: &mut String) {
    out.push_str("I would start with data engineering, as I have before.");
    let projects = f.list("projects");
    for (i, highlight) in f.list("highlights").iter().enumerate() {
        out.push_str(" In ");
        out.push_str(projects.get(i).map(String::as_str).unwrap_or_default());
        out.push_str(": ");
        out.push_str(&clause(highlight));
        out.push('.');
    }
    out.push_str(" Augmentation and domain adaptation come next, and when the budget allows, buying labelled data is often the best value.");
}

/// Appends an interview question of the kind `f.variant` to `out`.
pub(super) fn question(f: &Facts, out: &mut String) {
    match f.variant {
        "hire-you" => {
            out.push_str("Why should ");
            out.push_str(f.get("company").unwrap_or("we"));
            out.push_str(" hire you?");
        }
        "why-domain" => {
            out.push_str("Why ");
            out.push_str(f.get("company").unwrap_or("us"));
            out.push_str(", and what do you know about our domain?");
        }
        "no-data" => out.push_str("What would you do if we had no data to train on?"),
        "claim" => {
            out.push_str(f.get("place").unwrap_or("In"));
            out.push(' ');
            out.push_str(f.text("project"));
            out.push_str(", ");
            change(f, out);
            out.push_str(". How did you get there, and how did you measure it?");
        }
        "compression" => {
            out.push_str("Why does making models lighter matter for a product like ours?")
        }
        "competition" => {
            out.push_str("What did you learn from ");
            out.push_str(f.text("competition"));
            out.push('?');
        }
        "code" => {
            out.push_str("Walk us through your code for ");
            out.push_str(f.text("project"));
            out.push_str(". What would you do differently now?");
        }
        "llm" => out.push_str("Have you applied LLMs in practice?"),
        "coding-test" => out.push_str(
            "How strong is your coding? Could you write a layer or a preprocessing step from scratch?",
        ),
        _ => {}
    }
}
