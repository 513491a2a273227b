//! Dynamic completion (`source <(COMPLETE=bash tryton-cli)`), driven in a real bash as bash drives
//! it on TAB: the registered function runs the binary, which offers the server's model names and a
//! model's fields from the stored session, caches them per server and database, never logs in, and
//! falls back to the static candidates at once when there is no session or no server.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common::{self, Home, TrytonServer, shared_server};

/// A deadline, not a speed: a completion that answers within this did not hang on the server.
/// How fast it is (the completer's budget is under a second) is for a benchmark, not a test.
const NO_HANG: Duration = Duration::from_secs(5);

/// What bash's completion answers for `line` (the cursor at its end) after sourcing the dynamic
/// registration, one candidate a line, and how long it took. The binary is found on PATH, as in
/// a shell; `home` holds its state, cache and config (as `common::cli` lays them out).
fn complete(home: &Path, line: &str, env: &[(&str, &str)]) -> (Vec<String>, Duration) {
    let bin_dir = home.join("bin");
    if !bin_dir.exists() {
        std::fs::create_dir_all(&bin_dir).unwrap();
        std::os::unix::fs::symlink(
            assert_cmd::cargo::cargo_bin("tryton-cli"),
            bin_dir.join("tryton-cli"),
        )
        .unwrap();
    }
    let driver = r#"
source <(COMPLETE=bash tryton-cli) || exit 9
complete -p tryton-cli >/dev/null || exit 8
COMP_LINE="$LINE"
COMP_POINT=${#COMP_LINE}
read -ra COMP_WORDS <<<"$COMP_LINE"
[[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_TYPE=9
prev=""
(( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
COMPREPLY=()
started=$EPOCHREALTIME
# As bash calls it: the command, the word being completed, the word before it.
_clap_complete_tryton_cli "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "$prev"
ended=$EPOCHREALTIME
printf 'elapsed %s\n' "$(( (${ended/./} - ${started/./}) / 1000 ))"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let mut command = Command::new("bash");
    command
        .args(["--norc", "--noprofile", "-c", driver])
        .env_clear()
        .env(
            "PATH",
            format!("{}:/usr/local/bin:/usr/bin:/bin", bin_dir.display()),
        )
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("LINE", line)
        .current_dir(home);
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().expect("run bash");
    assert!(
        out.status.success(),
        "{line}: exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{line}: completion wrote to the terminal: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut lines = stdout.lines();
    let elapsed: u64 = lines
        .next()
        .and_then(|l| l.strip_prefix("elapsed "))
        .and_then(|ms| ms.parse().ok())
        .unwrap_or_else(|| panic!("{line}: no timing in {stdout}"));
    let candidates = lines.filter(|l| !l.is_empty()).map(String::from).collect();
    (candidates, Duration::from_millis(elapsed))
}

fn cache_files(home: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(home.join("cache/tryton-cli/completion"))
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

#[test]
fn tab_after_search_offers_the_servers_model_names() {
    let home = common::logged_in(shared_server());
    let (models, _) = complete(home.path(), "tryton-cli search par", &[]);
    for model in ["party.party", "party.address", "party.contact_mechanism"] {
        assert!(models.iter().any(|m| m == model), "{model} in {models:?}");
    }
    assert!(models.iter().all(|m| m.starts_with("par")), "{models:?}");

    // The other commands that take a MODEL complete it the same way.
    for line in ["tryton-cli read party.addr", "tryton-cli fields party.addr"] {
        let (models, _) = complete(home.path(), line, &[]);
        assert!(
            models.iter().any(|m| m == "party.address"),
            "{line}: {models:?}"
        );
    }
}

#[test]
fn tab_after_dash_f_offers_the_models_fields_and_follows_relations() {
    let home = common::logged_in(shared_server());
    let (fields, _) = complete(home.path(), "tryton-cli search party.party -f ", &[]);
    for field in ["name", "code", "addresses", "rec_name", "id"] {
        assert!(fields.iter().any(|f| f == field), "{field} in {fields:?}");
    }
    assert!(!fields.iter().any(|f| f == "city"), "{fields:?}");

    let (fields, _) = complete(home.path(), "tryton-cli search party.party -f id,na", &[]);
    assert_eq!(fields, ["id,name"]);
    let (fields, _) = complete(
        home.path(),
        "tryton-cli read party.party 1 -f addresses.ci",
        &[],
    );
    assert_eq!(fields, ["addresses.city"]);
    let (fields, _) = complete(
        home.path(),
        "tryton-cli export party.party -f name,addresses/ci",
        &[],
    );
    assert_eq!(fields, ["name,addresses/city"]);
    // The model of the command line, not of the session or another command.
    let (fields, _) = complete(home.path(), "tryton-cli search party.address -f ci", &[]);
    assert_eq!(fields, ["city"]);
}

#[test]
fn names_are_cached_per_server_and_database_and_used_when_the_server_is_gone() {
    let server = TrytonServer::start(&[]);
    let home = common::logged_in(&server);
    let (models, _) = complete(home.path(), "tryton-cli search party.pa", &[]);
    assert!(models.iter().any(|m| m == "party.party"), "{models:?}");
    let (fields, _) = complete(home.path(), "tryton-cli search party.party -f na", &[]);
    assert_eq!(fields, ["name"]);

    // One file for this server and database, private to the user.
    let files = cache_files(home.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let mode = std::os::unix::fs::PermissionsExt::mode(&files[0].metadata().unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("\"party.party\""), "{text}");
    let secrets: serde_json::Value = serde_json::from_slice(
        &std::fs::read(home.path().join("state/tryton-cli/secrets.json")).unwrap(),
    )
    .unwrap();
    let tokens = secrets.as_object().unwrap();
    assert_eq!(tokens.len(), 1);
    for token in tokens.values() {
        let token = token.as_str().unwrap();
        assert!(
            token.len() > 10 && !text.contains(token),
            "the token is in the cache"
        );
    }

    // Asked again: answered from the cache, no request.
    let asked = server.calls_of("ir.model.search_read");
    assert_eq!(asked, 1, "{}", server.log());
    complete(home.path(), "tryton-cli search part", &[]);
    complete(home.path(), "tryton-cli search party.party -f co", &[]);
    assert_eq!(server.calls_of("ir.model.search_read"), 1);
    assert_eq!(server.calls_of("party.party.fields_get"), 1);

    server.stop();
    let (models, took) = complete(home.path(), "tryton-cli search party.pa", &[]);
    assert!(models.iter().any(|m| m == "party.party"), "{models:?}");
    assert!(took < NO_HANG, "{took:?}");
}

#[test]
fn with_the_server_down_completion_is_quick_and_static() {
    let server = TrytonServer::start(&[]);
    let home = common::logged_in(&server);
    server.stop();
    let (models, took) = complete(home.path(), "tryton-cli search par", &[]);
    assert!(models.is_empty(), "{models:?}");
    assert!(took < NO_HANG, "{took:?}");
    // The static candidates are all there, as quickly.
    let (flags, took) = complete(home.path(), "tryton-cli search --li", &[]);
    assert_eq!(flags, ["--limit"]);
    assert!(took < NO_HANG, "{took:?}");
    let (flags, _) = complete(home.path(), "tryton-cli search party.party ", &[]);
    for flag in ["--fields", "--limit", "--output", "--url"] {
        assert!(flags.iter().any(|f| f == flag), "{flag} in {flags:?}");
    }
    let (commands, _) = complete(home.path(), "tryton-cli se", &[]);
    assert_eq!(commands, ["search"]);
    let (formats, _) = complete(home.path(), "tryton-cli search party.party -o n", &[]);
    assert_eq!(formats, ["ndjson"]);
    assert!(cache_files(home.path()).is_empty());
}

#[test]
fn completion_never_logs_in_without_a_stored_session() {
    let server = TrytonServer::start(&[]);
    let home = Home::new();
    let password = common::server::admin_password();
    let env = [
        ("TRYTON_URL", server.url.as_str()),
        ("TRYTON_DATABASE", common::server::DATABASE),
        ("TRYTON_USER", common::server::ADMIN),
        ("TRYTON_PASSWORD", password.as_str()),
        ("TRYTON_SESSION_STORE", "file"),
    ];
    let (models, took) = complete(home.path(), "tryton-cli search par", &env);
    assert!(models.is_empty(), "{models:?}");
    assert!(took < NO_HANG, "{took:?}");
    assert_eq!(server.logins(), 0, "{}", server.log());
    assert!(!home.path().join("state/tryton-cli/sessions.json").exists());
}

#[test]
fn the_profile_flag_completes_the_config_files_profiles() {
    let home = Home::new();
    std::fs::create_dir_all(home.path().join("config/tryton-cli")).unwrap();
    std::fs::write(
        home.path().join("config/tryton-cli/config.toml"),
        "[profiles.prod]\nurl = \"https://erp.example.com\"\n[profiles.preprod]\nurl = \"https://pre.example.com\"\n[profiles.test]\n",
    )
    .unwrap();
    let (profiles, _) = complete(home.path(), "tryton-cli --profile pr", &[]);
    assert_eq!(profiles, ["preprod", "prod"]);
}

/// Sessions in the Secret Service (the default store where one answers) complete too. (That a
/// locked keyring is skipped at once, without a prompt, is tested in src/session/keyring.rs, on
/// a keyring of its own: locking this one would disturb the other tests.)
#[test]
fn a_session_in_the_keyring_completes_too() {
    if !crate::common::fixture::requires_secret_service() {
        return;
    }
    let server = shared_server();
    let home = Home::new();
    home.cli()
        .args(["--url", &server.url, "-d", common::server::DATABASE])
        .args(["-u", common::server::ADMIN, "--session-store", "keyring"])
        .args(["login", "--password-stdin"])
        .write_stdin(format!("{}\n", common::server::admin_password()))
        .assert()
        .code(0);
    let index =
        std::fs::read_to_string(home.path().join("state/tryton-cli/sessions.json")).unwrap();
    assert!(index.contains("\"store\": \"keyring\""), "{index}");
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS").unwrap();
    let (models, _) = complete(
        home.path(),
        "tryton-cli search party.par",
        &[("DBUS_SESSION_BUS_ADDRESS", &bus)],
    );
    assert!(models.iter().any(|m| m == "party.party"), "{models:?}");
    let (fields, _) = complete(
        home.path(),
        "tryton-cli search party.party -f na",
        &[("DBUS_SESSION_BUS_ADDRESS", &bus)],
    );
    assert_eq!(fields, ["name"]);
}

#[test]
fn relations_stop_without_a_space_and_wizard_report_button_and_call_complete_names() {
    let home = common::logged_in(shared_server());
    // A relation comes with its separator too: bash completes the common part, no space.
    let (fields, _) = complete(home.path(), "tryton-cli search party.party -f addr", &[]);
    assert_eq!(fields, ["addresses.", "addresses"]);
    let (fields, _) = complete(
        home.path(),
        "tryton-cli export party.party -f addresses/cou",
        &[],
    );
    assert_eq!(fields, ["addresses/country/", "addresses/country"]);
    let (fields, _) = complete(home.path(), "tryton-cli search party.party -f na", &[]);
    assert_eq!(
        fields,
        ["name"],
        "no separator after a field that is no relation"
    );

    let (names, _) = complete(home.path(), "tryton-cli wizard party.rep", &[]);
    assert!(names.iter().any(|n| n == "party.replace"), "{names:?}");
    let (names, _) = complete(home.path(), "tryton-cli report party.la", &[]);
    assert!(names.iter().any(|n| n == "party.label"), "{names:?}");
    let (names, _) = complete(home.path(), "tryton-cli button ir.cron run", &[]);
    assert_eq!(names, ["run_once"]);
    let (names, _) = complete(home.path(), "tryton-cli call party.par", &[]);
    assert!(names.iter().any(|n| n == "party.party"), "{names:?}");
}
