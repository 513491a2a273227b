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

/// Every `tryton-cli …` line of a shell block in the README and the guide is one the CLI takes:
/// its subcommand and flags exist and their values parse (each is run with `--help` appended,
/// which clap answers only once everything before it was accepted).
#[test]
fn every_command_shown_in_the_readme_and_the_guide_is_one_the_cli_accepts() {
    let root = common::repo_root();
    let home = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for doc in ["README.md", "docs/GUIDE.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        let mut shell = false;
        let mut joined = String::new();
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.starts_with("```") {
                shell = trimmed == "```sh" || trimmed == "```bash";
                continue;
            }
            // Here-documents are left out; a line ending in \ goes on in the next one.
            if !shell || trimmed.contains("<<") {
                continue;
            }
            if let Some(start) = line.strip_suffix('\\') {
                joined.push_str(start);
                continue;
            }
            joined.push_str(line);
            let line = std::mem::take(&mut joined);
            let Some(words) = shlex::split(&line) else {
                panic!("{doc}:{}: not shell words: {line}", number + 1);
            };
            for command in commands_of(&words) {
                checked += 1;
                let mut run = common::cli(home.path());
                run.args(&command);
                // `--generate` is read before clap (it prints a file and exits 0).
                if command.first().map(String::as_str) != Some("--generate") {
                    run.arg("--help");
                }
                let out = run.output().unwrap();
                assert_eq!(
                    out.status.code(),
                    Some(0),
                    "{doc}:{}: `tryton-cli {}` is not accepted: {}",
                    number + 1,
                    command.join(" "),
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
    }
    assert!(checked > 60, "only {checked} command lines found");
}

/// The arguments of each `tryton-cli` command in a line's words: commands are cut at `|`, `&&`,
/// `||` and `;`, and redirections are left out.
fn commands_of(words: &[String]) -> Vec<Vec<String>> {
    let mut commands = Vec::new();
    let mut current: Option<Vec<String>> = None;
    let mut redirect = false;
    for word in words {
        if redirect {
            redirect = false;
            continue;
        }
        let (word, ends) = match word.strip_suffix(';') {
            Some(word) => (word, true),
            None => (word.as_str(), false),
        };
        if matches!(word, "|" | "&&" | "||" | ";") {
            commands.extend(current.take());
        } else if matches!(word, ">" | ">>" | "<" | "2>") {
            redirect = true;
        } else if word.starts_with('>') || word.starts_with("2>") || word.starts_with('<') {
        } else if word == "tryton-cli" && current.is_none() {
            current = Some(Vec::new());
        } else if let Some(args) = current.as_mut() {
            args.push(word.to_string());
        }
        if ends {
            commands.extend(current.take());
        }
    }
    commands.extend(current);
    commands
}
