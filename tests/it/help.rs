//! `--help` and the man page: each command's own options before the global ones, and one man
//! page that holds everything it refers to.

use crate::common::Home;

fn stdout(args: &[&str]) -> String {
    let home = Home::new();
    let out = home.cli().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The command names listed under "Commands:" in `tryton-cli --help`.
fn commands() -> Vec<String> {
    let help = stdout(&["--help"]);
    let list = help.split("Commands:\n").nth(1).expect("a Commands: list");
    let names: Vec<String> = list
        .lines()
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(String::from)
        .collect();
    assert!(names.len() >= 9, "{names:?}");
    names
}

#[test]
fn every_command_lists_its_own_options_before_the_global_ones() {
    let global = [
        "--url <URL>",
        "-d, --database <NAME>",
        "--timeout <DURATION>",
        "-u, --user <LOGIN>",
        "--profile <NAME>",
        "--session-store <STORE>",
        "--cacert <FILE>",
        "-v, --verbose",
        "-q, --quiet",
    ];
    for command in commands() {
        for flag in ["-h", "--help"] {
            let help = stdout(&[&command, flag]);
            let own_at = help
                .find("\nOptions:\n")
                .unwrap_or_else(|| panic!("{command} {flag}: no Options heading:\n{help}"));
            let global_at = help
                .find("\nGlobal options:\n")
                .unwrap_or_else(|| panic!("{command} {flag}: no Global options heading:\n{help}"));
            assert!(own_at < global_at, "{command} {flag}:\n{help}");
            let (own, globals) = help.split_at(global_at);
            for option in global {
                assert!(
                    globals.contains(option) && !own.contains(option),
                    "{command} {flag}: {option} is not under Global options only:\n{help}"
                );
            }
            assert!(own[own_at..].contains("-h, --help"), "{command} {flag}");
        }
    }
    // The command's own options stay in its own list.
    let help = stdout(&["search", "--help"]);
    let own = help.split("\nGlobal options:\n").next().unwrap();
    for option in [
        "--limit <N>",
        "--offset <N>",
        "--count",
        "-o, --output <FORMAT>",
    ] {
        assert!(own.contains(option), "{option}:\n{help}");
    }
}

#[test]
fn the_man_page_is_one_complete_page() {
    let page = stdout(&["--generate", "man"]);
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH DESCRIPTION",
        ".SH COMMANDS",
        ".SH \"GLOBAL OPTIONS\"",
        ".SH \"DOMAIN SYNTAX\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH \"EXIT STATUS\"",
    ] {
        assert!(page.contains(section), "no {section} in the man page");
    }
    // It refers to no page that is not shipped (it used to name tryton-cli-call(1) and others).
    assert!(
        !page.contains("tryton\\-cli\\-") && !page.contains("tryton-cli-"),
        "refers to another page"
    );
    assert_eq!(page.matches("(1)").count(), 0, "refers to another page");
    // Every command with its own options, examples included.
    for command in commands() {
        assert!(
            page.contains(&format!(".SS \"tryton-cli {command}\"")),
            "no section for {command}"
        );
    }
    for text in [
        "\\fB\\-\\-batch\\-size\\fR",
        "\\fB\\-\\-password\\-stdin\\fR",
        "tryton\\-cli search party.party \\*(Aqid in (1, 2, 3)\\*(Aq",
        "\\fBTRYTON_URL\\fR",
        "\\fBTRYTON_PASSWORD\\fR",
        "\\fBTRYTON_SESSION_TTL\\fR",
        "\\fB~/.config/tryton\\-cli/config.toml\\fR",
        "party.rec_name",
        "authentication needed or refused",
    ] {
        assert!(page.contains(text), "the man page lacks {text}");
    }
    for code in 0..=4 {
        assert!(
            page.contains(&format!(".TP\n\\fB{code}\\fR\n")),
            "exit status {code}"
        );
    }
    // groff reads it without a warning.
    let Ok(groff) = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    else {
        crate::common::fixture::skipped("the groff check of the man page (no groff here)");
        return;
    };
    use std::io::Write;
    let mut groff = groff;
    groff
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let out = groff.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "groff warnings");
}
