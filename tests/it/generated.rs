//! The checked-in completions and man page are what the current clap definitions generate.

use crate::common;
use crate::common::Home;

#[test]
fn checked_in_completions_and_man_page_are_current() {
    let root = common::repo_root();
    let home = Home::new();
    for (what, file) in [
        ("bash", "completions/tryton-cli.bash"),
        ("zsh", "completions/_tryton-cli"),
        ("fish", "completions/tryton-cli.fish"),
        ("powershell", "completions/_tryton-cli.ps1"),
        ("elvish", "completions/tryton-cli.elv"),
        ("man", "man/tryton-cli.1"),
    ] {
        let out = home.cli().args(["--generate", what]).output().unwrap();
        assert!(out.status.success(), "--generate {what} failed");
        let checked_in = std::fs::read(root.join(file)).unwrap_or_default();
        assert!(
            checked_in == out.stdout,
            "{file} is out of date: run scripts/generate-docs and commit the result"
        );
    }
}

#[test]
fn completions_do_not_offer_the_hidden_generate_flag() {
    let bash =
        std::fs::read_to_string(common::repo_root().join("completions/tryton-cli.bash")).unwrap();
    assert!(bash.contains("--url"));
    // The script calls `--generate profile-names` itself, but never offers the flag.
    let offered: Vec<&str> = bash
        .lines()
        .filter(|line| line.trim_start().starts_with("opts=") || line.contains("compgen -W \"-"))
        .collect();
    assert!(!offered.is_empty());
    assert!(offered.iter().all(|line| !line.contains("--generate")));
}
