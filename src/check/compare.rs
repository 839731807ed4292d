//! Whether a number the profile states supports a number a document claims. The numbers are
//! read by the facts stage (`facts::quantity`); what is added here is how a claim may be
//! written: rounded ("83%" for 0.826), in another unit (0.09 s for 90 ms), without its
//! unit ("38,000" for "38,000 tracks"), or bounded ("over 400 hours", "약 30", "top 10").
//! Anything else is a different value.

use crate::facts::quantity::{Bound, Dimension, Quantity};

/// Whether `fact` (plus `slack` in base units, for facts computed from dates) states the
/// value `claim` claims.
pub fn supports(claim: &Quantity, fact: &Quantity, slack: f64) -> bool {
    let Some((c, c_tol, f, f_tol)) = comparable(claim, fact) else {
        return false;
    };
    // The slack is in the fact's base unit; a bare claim is compared with the number as
    // written ("6" against a job of 6 months).
    let slack = if claim.dimension == Dimension::Plain && fact.dimension != Dimension::Plain {
        let base = fact.base_value();
        if base == 0.0 {
            0.0
        } else {
            slack * fact.number / base
        }
    } else {
        slack
    };
    let tolerance = c_tol.max(f_tol) + slack + 1e-9 * c.abs().max(1.0);
    within(claim.bound, c, f, tolerance)
}

/// Whether `fact` has the number `claim` has, whatever either measures: the field size
/// and the place of "10th of 412" against a competition's rank and teams.
pub fn same_number(claim: &Quantity, fact: &Quantity) -> bool {
    let tolerance = |q: &Quantity| 0.5 * 10f64.powi(-(q.decimals as i32));
    let slack = tolerance(claim).max(tolerance(fact)) + 1e-9;
    within(claim.bound, claim.number, fact.number, slack)
}

fn within(bound: Bound, claim: f64, fact: f64, tolerance: f64) -> bool {
    match bound {
        Bound::Exact => (claim - fact).abs() <= tolerance,
        Bound::About => (claim - fact).abs() <= tolerance.max(claim.abs() * 0.1),
        Bound::AtLeast => fact + tolerance >= claim,
        Bound::AtMost => fact - tolerance <= claim,
    }
}

/// A bare decimal up to 1 written with decimals may be a share (0.826 = 82.6%).
fn as_percent(q: &Quantity) -> Option<(f64, f64)> {
    match q.dimension {
        Dimension::Percent => Some((q.base_value(), q.tolerance())),
        Dimension::Plain if q.number.abs() <= 1.0 && q.decimals > 0 => {
            Some((q.number * 100.0, q.tolerance() * 100.0))
        }
        _ => None,
    }
}

/// The claim's and the fact's values (with their tolerances) in one unit, when they can
/// state the same thing at all.
fn comparable(claim: &Quantity, fact: &Quantity) -> Option<(f64, f64, f64, f64)> {
    let percent = |q: &Quantity| q.dimension == Dimension::Percent;
    if percent(claim) || percent(fact) {
        // A percentage is a share, never a bare count ("90%" is not "1").
        let (c, ct) = as_percent(claim)?;
        let (f, ft) = as_percent(fact)?;
        return Some((c, ct, f, ft));
    }
    let value = |q: &Quantity| (q.base_value(), q.tolerance());
    match (claim.dimension, fact.dimension) {
        // A bare number may leave out the unit the profile wrote ("cut it to 21").
        (Dimension::Plain, _) => {
            let (c, ct) = value(claim);
            // "2 million" for "2M", or "21" for "21 ms".
            if fact.dimension != Dimension::Plain
                && (c - fact.base_value()).abs() <= ct.max(fact.tolerance())
            {
                return Some((c, ct, fact.base_value(), fact.tolerance()));
            }
            let f = if fact.dimension == Dimension::Plain {
                fact.base_value()
            } else {
                fact.number
            };
            Some((c, ct, f, 0.5 * 10f64.powi(-(fact.decimals as i32))))
        }
        (a, b) if a == b => {
            if a == Dimension::Money && claim.currency != fact.currency {
                return None;
            }
            let (c, ct) = value(claim);
            let (f, ft) = value(fact);
            Some((c, ct, f, ft))
        }
        _ => None,
    }
}

/// Whether `claim` could be a different value of what `fact` measures (to name it as the
/// closest fact): the same dimension, or a share against a share.
pub fn same_kind(claim: &Quantity, fact: &Quantity) -> bool {
    claim.dimension == fact.dimension || comparable(claim, fact).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::quantity::claimed_quantities;

    fn one(text: &str) -> Quantity {
        let found = claimed_quantities(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn ok(claim: &str, fact: &str) -> bool {
        supports(&one(claim), &one(fact), 0.0)
    }

    #[test]
    fn rounding_and_unit_changes_are_the_same_value() {
        assert!(ok("83%", "0.826"));
        assert!(!ok("85%", "0.826"));
        assert!(ok("0.09 s", "90 ms"));
        assert!(ok("1.5 minutes", "90 seconds"));
        assert!(!ok("80 ms", "90 ms"));
        assert!(!ok("21 ms", "21 MB"));
        assert!(ok("over 400 hours", "420 hours"));
        assert!(!ok("over 500 hours", "420 hours"));
        assert!(ok("38,000 tracks", "38,000 labelled pedestrian tracks"));
        assert!(ok("약 30 FPS", "31 FPS"));
        assert!(!ok("90%", "1"));
        assert!(ok("2년", "24 months"));
        assert!(!ok("$1.2M", "₩1.2M"));
    }

    #[test]
    fn a_bare_number_may_drop_its_unit() {
        assert!(ok("cut it to 21", "21 ms"));
        assert!(ok("2 million phones", "2M phones"));
        assert!(!ok("cut it to 12", "21 ms"));
        // A job of 84 months counted from its dates (+- a month) is not "6".
        let job = Quantity::computed(84.0, "months", Dimension::Duration);
        let month = crate::facts::quantity::MONTH_MS;
        assert!(!supports(&one("a team of 6 engineers"), &job, month));
        assert!(supports(&one("83 of them"), &job, month));
    }
}
