//! Fitting the resume to its page budget: how few of its weakest items to leave out, found
//! in a handful of compiles rather than one compile per item.

/// The fewest of `droppable` items to leave out so that the document fits, when leaving
/// out none does not. `fits(drop)` compiles the document with `drop` items left out.
///
/// Leaving out more never makes the document longer, so the answer is found by search:
/// a first guess from the page count with nothing left out (`pages`, against `budget`),
/// then steps doubling away from the guess, then halving the gap. Leaving out every item
/// is taken to fit, since nothing more can be done.
pub fn fewest_drops<E>(
    droppable: usize,
    pages: usize,
    budget: usize,
    mut fits: impl FnMut(usize) -> Result<bool, E>,
) -> Result<usize, E> {
    if droppable == 0 {
        return Ok(0);
    }
    // Close to the budget, a drop or two usually does it; far over it, keep about as many
    // items as the budget holds in proportion (pages are coarse: only a first guess).
    let guess = if pages <= 2 * budget.max(1) {
        1
    } else {
        droppable - droppable * budget / pages.max(1)
    }
    .clamp(1, droppable);
    // `too_few` does not fit (none left out is known not to); `enough` fits.
    let (mut too_few, mut enough) = (0, droppable);
    let mut step = 1;
    if fits(guess)? {
        enough = guess;
        while enough - too_few > 1 {
            let drop = enough.saturating_sub(step).max(too_few + 1);
            if fits(drop)? {
                enough = drop;
                step *= 2;
            } else {
                too_few = drop;
                break;
            }
        }
    } else {
        too_few = guess;
        while enough - too_few > 1 {
            let drop = (too_few + step).min(enough - 1);
            if fits(drop)? {
                enough = drop;
                break;
            }
            too_few = drop;
            step *= 2;
        }
    }
    while enough - too_few > 1 {
        let mid = too_few + (enough - too_few) / 2;
        if fits(mid)? {
            enough = mid;
        } else {
            too_few = mid;
        }
    }
    Ok(enough)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the search against a document that fits from `needed` drops on, and returns the
    /// answer and how many compiles it took.
    fn search(droppable: usize, pages: usize, needed: usize) -> (usize, usize) {
        let mut compiles = 0;
        let found = fewest_drops::<()>(droppable, pages, 1, |drop| {
            compiles += 1;
            Ok(drop >= needed)
        })
        .unwrap();
        (found, compiles)
    }

    #[test]
    fn finds_the_fewest_drops_for_every_need() {
        for droppable in [1, 2, 3, 7, 20, 100] {
            for needed in 1..=droppable {
                for pages in [2, 3, 10, 100] {
                    assert_eq!(
                        search(droppable, pages, needed).0,
                        needed,
                        "{droppable} items, {pages} pages, {needed} needed"
                    );
                }
            }
        }
    }

    #[test]
    fn small_overflows_take_few_compiles_and_large_ones_stay_logarithmic() {
        assert_eq!(search(20, 2, 1), (1, 1));
        assert!(search(20, 2, 3).1 <= 4);
        // 10,000 projects on 700 pages, 14 of which fit on one.
        let (found, compiles) = search(10_000, 700, 9_986);
        assert_eq!(found, 9_986);
        assert!(compiles <= 16, "{compiles} compiles");
    }

    #[test]
    fn nothing_to_drop_or_nothing_fits() {
        assert_eq!(search(0, 5, 1).0, 0);
        assert_eq!(search(5, 9, 99).0, 5);
    }
}
