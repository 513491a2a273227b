//! The checked-in bash completion, sourced in a real bash and driven as bash drives it on TAB
//! (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT): subcommand flags and their values complete,
//! and `--profile` offers the config file's profiles, not file names.

use std::path::Path;
use std::process::Command;

use crate::common;
use crate::common::Home;

/// What the completion function answers for `line` (the cursor at its end), one word a line.
/// `config` is the config file's text, if any; the binary is found on PATH, as in a shell.
fn complete(line: &str, config: Option<&str>) -> Vec<String> {
    let home = Home::new();
    let bin_dir = home.path().join("bin");
    std::fs::create_dir_all(&bin_dir).unwrap();
    std::os::unix::fs::symlink(
        assert_cmd::cargo::cargo_bin("tryton-cli"),
        bin_dir.join("tryton-cli"),
    )
    .unwrap();
    let config_dir = home.path().join("config");
    if let Some(text) = config {
        std::fs::create_dir_all(config_dir.join("tryton-cli")).unwrap();
        std::fs::write(config_dir.join("tryton-cli/config.toml"), text).unwrap();
    }
    let script = common::repo_root().join("completions/tryton-cli.bash");
    let driver = r#"
source "$SCRIPT" || exit 9
COMP_LINE="$LINE"
COMP_POINT=${#COMP_LINE}
read -ra COMP_WORDS <<<"$COMP_LINE"
[[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
prev=""
(( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
COMPREPLY=()
# As bash calls it: the command, the word being completed, the word before it.
_tryton__cli "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "$prev"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", driver])
        .env_clear()
        .env("PATH", path_with(&bin_dir))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", &config_dir)
        .env("SCRIPT", &script)
        .env("LINE", line)
        .current_dir(home.path())
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "{line}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn path_with(dir: &Path) -> String {
    format!("{}:/usr/local/bin:/usr/bin:/bin", dir.display())
}

#[test]
fn bash_completes_subcommand_flags_and_their_values() {
    assert_eq!(complete("tryton-cli search --li", None), ["--limit"]);
    assert_eq!(
        complete("tryton-cli search party.party --ord", None),
        ["--order"]
    );
    let formats = complete("tryton-cli search -o ", None);
    for format in ["table", "json", "ndjson", "csv"] {
        assert!(formats.iter().any(|f| f == format), "{formats:?}");
    }
    assert_eq!(
        complete("tryton-cli read party.party 1 --output c", None),
        ["csv"]
    );
    assert_eq!(
        complete("tryton-cli login --session-store k", None),
        ["keyring"]
    );
    // Global flags after the command, and the top level, still complete.
    assert_eq!(complete("tryton-cli call --datab", None), ["--database"]);
    assert_eq!(complete("tryton-cli sea", None), ["search"]);
}

#[test]
fn bash_completes_profile_names_from_the_config_file() {
    let config = "default_profile = \"prod\"\n\n[profiles.prod]\nurl = \"https://erp.example.com\"\n\n[profiles.staging]\nurl = \"https://staging.example.com\"\n";
    assert_eq!(
        complete("tryton-cli --profile ", Some(config)),
        ["prod", "staging"]
    );
    assert_eq!(
        complete("tryton-cli search --profile st", Some(config)),
        ["staging"]
    );
    // No config file: nothing to offer, and not the files of the current directory.
    assert_eq!(
        complete("tryton-cli --profile ", None),
        Vec::<String>::new()
    );
}

#[test]
fn bash_offers_file_names_only_for_values_that_are_files() {
    // The home (the current directory) holds bin/ and config/: a value with no file behind it
    // gets none of them.
    for line in [
        "tryton-cli --url ",
        "tryton-cli search party.party --timeout ",
        "tryton-cli search party.party --limit ",
        "tryton-cli call party.party search --params ",
    ] {
        let offered = complete(line, None);
        assert!(
            offered.iter().all(|word| !word.starts_with("bin")),
            "{line}: {offered:?}"
        );
    }
    for line in [
        "tryton-cli report party.label 1 -O b",
        "tryton-cli --cacert b",
    ] {
        let offered = complete(line, None);
        assert!(
            offered.iter().any(|word| word.starts_with("bin")),
            "{line}: {offered:?}"
        );
    }
}
