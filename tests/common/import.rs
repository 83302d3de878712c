//! What the import's native tests share: a file read or refused, and its
//! problems as lines.

use cluster_atlas::core::dataset::import::{Imported, Report, load};
use cluster_atlas::core::dataset::problem::Problem;

/// The file `name` holding `text`, read; its problems listed if it is not.
pub fn imported(name: &str, text: &str) -> Imported {
    match load(name, text.to_string()) {
        Ok(imported) => imported,
        Err(report) => panic!("{name} was not read:\n{}", lines(&report.problems)),
    }
}

/// The report of the file `name` holding `text`, which must be refused.
pub fn report(name: &str, text: &str) -> Report {
    match load(name, text.to_string()) {
        Ok(_) => panic!("{name} was read, but problems were expected"),
        Err(report) => report,
    }
}

/// The problems, one a line.
pub fn lines(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Fails unless `problems` has one that reads `expected`.
pub fn has(problems: &[Problem], expected: &str) {
    assert!(
        problems.iter().any(|p| p.to_string() == expected),
        "expected\n  {expected}\nfound\n  {}",
        lines(problems).replace('\n', "\n  ")
    );
}
