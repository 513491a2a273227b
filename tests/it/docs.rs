//! docs/RELIABILITY.md names the tests behind each claim: they must exist.

use crate::common;

#[test]
fn every_test_named_in_the_reliability_report_exists() {
    let root = common::repo_root();
    let report = std::fs::read_to_string(root.join("docs/RELIABILITY.md")).unwrap();
    let mut sources = String::new();
    read_sources(&root.join("tests"), &mut sources);
    assert!(
        sources.contains("fn every_test_named_in_the_reliability_report_exists("),
        "the test sources were not found below tests/"
    );
    let mut named = 0;
    for name in report.split('`').skip(1).step_by(2) {
        let is_test_name = name.contains('_')
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if is_test_name && name.len() > 20 {
            named += 1;
            assert!(
                sources.contains(&format!("fn {name}(")),
                "docs/RELIABILITY.md names a missing test: {name}"
            );
        }
    }
    assert!(named > 20, "only {named} tests named");
}

/// The text of every `.rs` file below `dir` (the test modules live in `tests/it/`).
fn read_sources(dir: &std::path::Path, sources: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_sources(&path, sources);
        } else if path.extension().is_some_and(|e| e == "rs") {
            sources.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
}
