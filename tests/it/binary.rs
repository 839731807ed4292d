//! How the binary itself is linked: start-up costs that no test of the output would notice.

use crate::common::run::bin;

/// build.rs links the binary without PIE on Linux with glibc, so that the loader has no
/// relocations to write at each start (see `link_position_dependent` there). The ELF header's
/// `e_type` (bytes 16 and 17, little-endian) is 2 for such an executable, 3 for a PIE.
#[test]
fn the_binary_is_position_dependent() {
    let bytes = std::fs::read(bin()).unwrap();
    assert_eq!(&bytes[..4], b"\x7fELF");
    let e_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    assert_eq!(e_type, 2, "e_type {e_type}: the binary was linked as a PIE");
}
