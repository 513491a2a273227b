//! Profiles and precedence: flag > environment > profile > default.

use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{Home, assert_one_clean_line, shared_server};

fn closed_port_url() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    format!("http://127.0.0.1:{port}")
}

fn write_config(home: &std::path::Path, text: &str) -> std::path::PathBuf {
    let dir = home.join("config/tryton-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn login_saves_a_profile_that_later_commands_use() {
    let server = shared_server();
    let home = Home::new();
    home.cli()
        .args([
            "--url",
            &server.url,
            "-d",
            DATABASE,
            "-u",
            ADMIN,
            "--session-store",
            "file",
        ])
        .args(["login", "--password-stdin", "--save-profile", "local"])
        .write_stdin(format!("{}\n", admin_password()))
        .assert()
        .code(0);
    let text = std::fs::read_to_string(home.path().join("config/tryton-cli/config.toml")).unwrap();
    assert!(text.contains("default_profile = \"local\""), "{text}");
    assert!(
        text.contains(&format!("url = \"{}\"", server.url)),
        "{text}"
    );
    assert!(!text.contains(&admin_password()), "{text}");
    // No flags, no environment: the default profile says where and who.
    home.cli()
        .args(["call", "party.party", "search_count", "[]"])
        .env("TRYTON_SESSION_STORE", "file")
        .assert()
        .code(0);
    home.cli()
        .args(["--profile", "local", "ping"])
        .assert()
        .code(0);
}

#[test]
fn flags_beat_the_environment_which_beats_the_profile() {
    let server = shared_server();
    let home = Home::new();
    write_config(
        home.path(),
        &format!(
            "default_profile = \"p\"\n[profiles.p]\nurl = \"{}\"\ntimeout = \"2s\"\n",
            closed_port_url()
        ),
    );
    // Profile only: the closed port.
    home.cli().arg("ping").assert().code(2);
    // Environment over the profile.
    home.cli()
        .arg("ping")
        .env("TRYTON_URL", &server.url)
        .assert()
        .code(0);
    home.cli()
        .arg("ping")
        .env("TRYTON_RPC_URL", &server.url)
        .assert()
        .code(0);
    // The flag over the environment.
    home.cli()
        .args(["ping", "--url", &closed_port_url()])
        .env("TRYTON_URL", &server.url)
        .assert()
        .code(2);
}

#[test]
fn bad_configuration_is_one_line_and_exit_3() {
    let home = Home::new();
    let cases = [
        (
            "[profiles.p\nurl = 1",
            &["--profile", "p", "ping"][..],
            "not valid TOML",
        ),
        (
            "[profiles.p]\nurl = 1\n",
            &["--profile", "p", "ping"][..],
            "'profiles.p.url' must be a string",
        ),
        (
            "[profiles.p]\nretries = -1\n",
            &["--profile", "p", "ping"][..],
            "'profiles.p.retries' must be a whole number",
        ),
        (
            "[profiles.p]\npassword = \"x\"\n",
            &["--profile", "p", "ping"][..],
            "takes no password",
        ),
        (
            "[profiles.p]\n",
            &["--profile", "nope", "ping"][..],
            "unknown profile 'nope'",
        ),
        (
            "[profiles.p]\nsession_store = \"cloud\"\n",
            &["--profile", "p", "ping"][..],
            "auto, keyring, file or none",
        ),
        (
            "[profiles.p]\nurll = \"http://127.0.0.1:8000\"\n",
            &["--profile", "p", "ping"][..],
            "unknown key 'urll' in [profiles.p]",
        ),
        (
            "default_profil = \"p\"\n[profiles.p]\n",
            &["ping"][..],
            "unknown key 'default_profil'",
        ),
        (
            "[profiles.p]\nsession_ttl = 0\n",
            &["--profile", "p", "ping"][..],
            "'profiles.p.session_ttl' must be more than 0",
        ),
    ];
    for (text, args, expected) in cases {
        let path = write_config(home.path(), text);
        let out = home.cli().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{text}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(expected), "{text}: {err}");
        assert!(
            err.contains(path.to_str().unwrap()) || expected.starts_with("unknown"),
            "{err}"
        );
    }
    let out = home
        .cli()
        .args(["--profile", "x", "ping"])
        .env("XDG_CONFIG_HOME", home.path().join("none"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(assert_one_clean_line(&out.stderr).contains("no config file"));
}
