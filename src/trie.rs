//! A byte trie of terms, searched from every character of a text: every occurrence of every
//! term (the knowledge base's vocabulary), or the leftmost-longest ones (deployment signals).
//!
//! It replaces Aho-Corasick automata because these indexes are built on every run for a few
//! short texts: the automaton's failure links and match lists cost more to build (6M
//! instructions for the built-in knowledge base, measured with callgrind) than walking a
//! trie from each character costs on a profile and a posting together.

/// No term ends at this node.
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone)]
struct Node {
    byte: u8,
    /// The term that ends here, by the id `insert` returned.
    term: u32,
    first_child: u32,
    next_sibling: u32,
}

/// The trie. Children are linked lists (few nodes have more than a handful); the root's
/// children are a table by first byte, where most texts' bytes find nothing.
#[derive(Debug, Clone)]
pub struct Trie {
    nodes: Vec<Node>,
    roots: [u32; 256],
    terms: u32,
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            nodes: Vec::new(),
            roots: [NONE; 256],
            terms: 0,
        }
    }
}

impl Trie {
    /// An empty trie with room for `nodes` nodes (at most one per byte inserted).
    pub fn with_capacity(nodes: usize) -> Trie {
        Trie {
            nodes: Vec::with_capacity(nodes),
            ..Trie::default()
        }
    }

    /// Adds `text` (not empty) and returns its term id, and whether it is new: ids count up
    /// from 0 in the order texts were first inserted.
    pub fn insert(&mut self, text: &str) -> (usize, bool) {
        let bytes = text.as_bytes();
        let Some((&first, rest)) = bytes.split_first() else {
            // An empty text matches nowhere; the callers skip it.
            return (usize::MAX, false);
        };
        let mut node = match self.roots[first as usize] {
            NONE => {
                let id = self.push(first);
                self.roots[first as usize] = id;
                id
            }
            id => id,
        };
        for &byte in rest {
            node = self.child_or_insert(node, byte);
        }
        let slot = &mut self.nodes[node as usize].term;
        if *slot == NONE {
            *slot = self.terms;
            self.terms += 1;
            (*slot as usize, true)
        } else {
            (*slot as usize, false)
        }
    }

    fn push(&mut self, byte: u8) -> u32 {
        self.nodes.push(Node {
            byte,
            term: NONE,
            first_child: NONE,
            next_sibling: NONE,
        });
        // A knowledge base has thousands of nodes, far below u32::MAX.
        (self.nodes.len() - 1) as u32
    }

    fn child(&self, node: u32, byte: u8) -> u32 {
        let mut child = self.nodes[node as usize].first_child;
        while child != NONE {
            let n = &self.nodes[child as usize];
            if n.byte == byte {
                return child;
            }
            child = n.next_sibling;
        }
        NONE
    }

    fn child_or_insert(&mut self, node: u32, byte: u8) -> u32 {
        match self.child(node, byte) {
            NONE => {
                let id = self.push(byte);
                let first = self.nodes[node as usize].first_child;
                self.nodes[id as usize].next_sibling = first;
                self.nodes[node as usize].first_child = id;
                id
            }
            id => id,
        }
    }

    /// Calls `found(end, term)` for every term that starts at `bytes[start]`, shortest
    /// first.
    fn terms_at(&self, bytes: &[u8], start: usize, mut found: impl FnMut(usize, usize)) {
        // Terms are whole strings: one never starts inside a character, and there the table
        // finds nothing (no term's first byte is a continuation byte).
        let mut node = self.roots[bytes[start] as usize];
        let mut end = start + 1;
        while node != NONE {
            let n = &self.nodes[node as usize];
            if n.term != NONE {
                found(end, n.term as usize);
            }
            let Some(&byte) = bytes.get(end) else {
                break;
            };
            node = self.child(node, byte);
            end += 1;
        }
    }

    /// Calls `found(start, end, term)` for every occurrence of every term in `text` that
    /// starts where `may_start(start)` allows, by start and then by length.
    pub fn for_each_match(
        &self,
        text: &str,
        may_start: impl Fn(usize) -> bool,
        mut found: impl FnMut(usize, usize, usize),
    ) {
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            if may_start(start) {
                self.terms_at(bytes, start, |end, term| found(start, end, term));
            }
        }
    }

    /// The terms in `text` as a reader scanning left to right finds them: at each place the
    /// longest term that starts there, then on after its end (none overlap).
    pub fn leftmost_longest(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut start = 0;
        while start < bytes.len() {
            let mut longest = None;
            self.terms_at(bytes, start, |end, term| longest = Some((end, term)));
            match longest {
                Some((end, term)) => {
                    found.push((start, end, term));
                    start = end;
                }
                None => start += 1,
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(trie: &Trie, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        trie.for_each_match(text, |_| true, |s, e, t| out.push((s, e, t)));
        out
    }

    #[test]
    fn every_occurrence_overlapping_ones_included() {
        let mut trie = Trie::default();
        assert_eq!(trie.insert("he"), (0, true));
        assert_eq!(trie.insert("hers"), (1, true));
        assert_eq!(trie.insert("she"), (2, true));
        assert_eq!(trie.insert("he"), (0, false));
        assert_eq!(
            matches(&trie, "ushers he"),
            [(1, 4, 2), (2, 4, 0), (2, 6, 1), (7, 9, 0)]
        );
        let mut from_two = Vec::new();
        trie.for_each_match("ushers he", |s| s >= 2, |s, e, t| from_two.push((s, e, t)));
        assert_eq!(from_two, [(2, 4, 0), (2, 6, 1), (7, 9, 0)]);
    }

    #[test]
    fn korean_terms_match_inside_words_and_never_split_a_character() {
        let mut trie = Trie::default();
        trie.insert("경량화");
        trie.insert("화");
        let found = matches(&trie, "모델 경량화를");
        let words: Vec<&str> = found
            .iter()
            .map(|&(s, e, _)| &"모델 경량화를"[s..e])
            .collect();
        assert_eq!(words, ["경량화", "화"]);
        assert!(matches(&Trie::default(), "text").is_empty());
        assert_eq!(trie.insert(""), (usize::MAX, false));
    }

    #[test]
    fn leftmost_longest_takes_the_longest_term_at_each_place_and_skips_past_it() {
        let mut trie = Trie::default();
        trie.insert("a/b");
        trie.insert("a/b test");
        trie.insert("test");
        trie.insert("b test");
        // "a/b test" wins at 0; "b test" inside it is never seen; "test" later is.
        assert_eq!(
            trie.leftmost_longest("an a/b test, test"),
            [(3, 11, 1), (13, 17, 2)]
        );
    }
}
