//! Sessions in the OS keyring (a real Secret Service: gnome-keyring under dbus-run-session, see
//! scripts/with-secret-service), and the fallback to a file where no keyring answers.

use crate::common;

use crate::common::fixture::requires_secret_service;
use crate::common::server::{ADMIN, admin_password};
use crate::common::{Home, shared_server};
use serde_json::Value;

/// Every file below the state dir, with its text.
fn state_texts(home: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let dir = home.join("state/tryton-cli");
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path())
                .map(|p| {
                    let text = std::fs::read_to_string(&p).unwrap_or_default();
                    (p, text)
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn login_keeps_the_session_in_the_secret_service_and_no_token_on_disk() {
    if !requires_secret_service() {
        return;
    }
    let home = Home::aimed_without_store(shared_server());
    let out = home
        .cli()
        .args([
            "login",
            "-u",
            ADMIN,
            "--password-stdin",
            "--session-store",
            "keyring",
        ])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("system keyring"));

    let index: Value = serde_json::from_str(
        &std::fs::read_to_string(home.path().join("state/tryton-cli/sessions.json")).unwrap(),
    )
    .unwrap();
    let entry = index.as_object().unwrap().values().next().unwrap();
    assert_eq!(entry["store"], "keyring");
    for (path, text) in state_texts(home.path()) {
        // A Tryton session token is 64 hex digits; none may be on disk.
        let has_token = text
            .split(|c: char| !c.is_ascii_hexdigit())
            .any(|word| word.len() == 64);
        assert!(!has_token, "a token in {}", path.display());
    }

    // Another process (auto store) finds the session through the index and the keyring.
    home.cli()
        .args(["call", "party.party", "search_count", "[]"])
        .assert()
        .code(0);
    home.cli().args(["status"]).assert().code(0);
    home.cli().args(["logout"]).assert().code(0);
    home.cli()
        .args(["call", "party.party", "search_count", "[]"])
        .write_stdin("")
        .assert()
        .code(4);
}

#[test]
fn auto_falls_back_to_a_private_file_when_no_keyring_answers() {
    let home = Home::aimed_without_store(shared_server());
    let out = home
        .cli()
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    // One short line: where the session went and the gist of why not in the keyring.
    assert_eq!(said.trim_end().lines().count(), 1, "{said}");
    assert!(
        said.contains("secrets.json (mode 0600) (no keyring: no D-Bus session bus)"),
        "{said}"
    );
    assert!(
        !said.contains("DBus error"),
        "the whole text only with -v: {said}"
    );
    let quiet = home
        .cli()
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args(["-q", "login", "-u", ADMIN, "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(0), "{quiet:?}");
    assert!(quiet.stderr.is_empty(), "-q says nothing: {quiet:?}");
    let out = home
        .cli()
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args(["call", "party.party", "search_count", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "a file session is used without asking the keyring: {out:?}"
    );
}

#[test]
fn keyring_store_without_a_keyring_is_a_clear_error() {
    let home = Home::aimed_without_store(shared_server());
    let out = home
        .cli()
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args([
            "login",
            "-u",
            ADMIN,
            "--password-stdin",
            "--session-store",
            "keyring",
        ])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = common::assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("no keyring (no D-Bus session bus)") && err.contains("--session-store file"),
        "{err}"
    );
}
