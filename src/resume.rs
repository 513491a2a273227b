//! The command that goes on where a batched run stopped: the user's own command line (the same
//! flags, profile and batch size, as typed; no secret is ever an argument), with
//! `--skip-records N` in place of the one it had.

/// This run's command line with `--skip-records skip` (none when `skip` is 0).
pub fn command_skipping(skip: u64) -> String {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    with_skip(&argv, skip)
}

fn with_skip(argv: &[String], skip: u64) -> String {
    let mut words = vec!["tryton-cli".to_string()];
    let mut args = argv.iter();
    while let Some(arg) = args.next() {
        if arg == "--skip-records" {
            args.next();
            continue;
        }
        if arg.starts_with("--skip-records=") {
            continue;
        }
        words.push(shell_word(arg));
    }
    if skip > 0 {
        words.push(format!("--skip-records {skip}"));
    }
    words.join(" ")
}

/// `word` as a shell reads it back: as it is when it holds nothing special, else single-quoted.
pub fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,@%+".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_continue_command_is_the_users_own_with_the_new_skip() {
        let typed = argv(&["-d", "prod", "import", "party.party", "my file.csv"]);
        assert_eq!(
            with_skip(&typed, 1500),
            "tryton-cli -d prod import party.party 'my file.csv' --skip-records 1500"
        );
        let again = argv(&["import", "party.party", "f.csv", "--skip-records", "10"]);
        assert_eq!(
            with_skip(&again, 25),
            "tryton-cli import party.party f.csv --skip-records 25"
        );
        let equals = argv(&["import", "party.party", "f.csv", "--skip-records=10"]);
        assert_eq!(with_skip(&equals, 0), "tryton-cli import party.party f.csv");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
    }
}
