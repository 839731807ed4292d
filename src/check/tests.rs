//! The checker on small documents against the bundled example profile.

use super::read::{parse, PdfReader};
use super::*;

fn example() -> Profile {
    serde_json::from_str(include_str!("../../profiles/example.json")).expect("example profile")
}

fn unsupported(doc: &str) -> Vec<(String, &'static str)> {
    let document = parse(doc.as_bytes(), "md", "t.md", PdfReader::Auto).expect("readable");
    let today = Ym {
        year: 2026,
        month: Some(11),
    };
    let report = check(&document, &example(), None, Knowledge::builtin(), today);
    report
        .unsupported()
        .map(|f| match &f.verdict {
            Verdict::Unsupported { why, .. } => (f.claim.text.clone(), why.id()),
            Verdict::Supported(_) => unreachable!(),
        })
        .collect()
}

#[test]
fn faithful_sentences_pass() {
    let doc = "I cut latency per frame from 84 ms to 21 ms, about 4x faster, and shrank the model from 43 MB to 11 MB.\n\n\
               At Hanul Mobility I was an AI research intern from July 2023 to December 2023.\n\n\
               I hold an M.S. from Korea University and finished 10th of 512 teams on DACON.\n\n\
               mAP stayed at 81% against 83% before; I used TensorRT, ONNX and PyTorch.";
    assert_eq!(unsupported(doc), Vec::<(String, &str)>::new());
}

#[test]
fn fabrications_are_reported_with_their_reason() {
    let found = unsupported(
        "I cut latency from 84 ms to 15 ms.\n\nI led the edge deployment of a person detector.\n\n\
         I deployed it on Kubernetes.\n\nAs a Senior Research Engineer at Hanul Mobility, I built the pipeline.\n\n\
         I hold a Ph.D. and worked at Samsung Research in 2014.",
    );
    let whys: Vec<&str> = found.iter().map(|(_, w)| *w).collect();
    for expected in [
        "different-value",
        "stronger-verb",
        "skill-not-in-profile",
        "bigger-role",
        "no-such-fact",
        "date-outside-range",
    ] {
        assert!(whys.contains(&expected), "{expected} missing in {found:?}");
    }
}

#[test]
fn rounding_names_and_units_are_tolerated() {
    assert!(names_match("Korea Univ.", "Korea University"));
    assert!(names_match("Hanul", "Hanul Mobility"));
    assert!(names_match("hanul mobility inc.", "Hanul Mobility"));
    assert!(!names_match("Hanul Robotics", "Hanul Mobility"));
    assert_eq!(
        unsupported("Latency fell to 0.021 s and mAP was 0.83 before."),
        Vec::<(String, &str)>::new()
    );
}
