//! Proptest seeds for the property tests: a fixed seed by default, so CI generates the
//! same cases on every run and a failure there repeats locally. `SOPIR_PROPTEST_SEED`
//! explores others: a number is used as the seed, `random` draws a fresh one per test
//! binary (printed with every report, so a failing run can be repeated with that number).
#![allow(dead_code)]

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;

use proptest::test_runner::{Config, RngSeed};

/// The seed CI runs with.
pub const FIXED: u64 = 20_250_303;

/// The seed of this run: `SOPIR_PROPTEST_SEED` (a number or `random`), else `FIXED`.
pub fn seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| match std::env::var("SOPIR_PROPTEST_SEED") {
        Err(_) => FIXED,
        Ok(s) if s.trim().eq_ignore_ascii_case("random") => {
            RandomState::new().build_hasher().finish()
        }
        Ok(s) => s.trim().parse().unwrap_or_else(|_| {
            panic!("SOPIR_PROPTEST_SEED must be a number (u64) or 'random', not {s:?}")
        }),
    })
}

/// `config` with this run's seed and no failure persistence files (the seed repeats a run).
pub fn seeded(config: Config) -> Config {
    eprintln!(
        "proptest seed {} (SOPIR_PROPTEST_SEED={0} repeats this run)",
        seed()
    );
    Config {
        rng_seed: RngSeed::Fixed(seed()),
        failure_persistence: None,
        ..config
    }
}

/// `cases` generated cases with this run's seed; independent of `PROPTEST_CASES`.
pub fn config(cases: u32) -> Config {
    seeded(Config {
        cases,
        ..Config::default()
    })
}
