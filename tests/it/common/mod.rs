//! Test harness: real trytond servers (provisioned by scripts/tryton-server), stopped by PID when
//! the test binary exits (also after failed tests), the one fixture every area uses (`Home` in
//! `fixture`: a private home, its server, the CLI with a clean environment, run/JSON/error
//! helpers, party counting), the fault server and the pseudo-terminal.
// Some of the harness is there for tests to come (`Reply::Close`, `FaultServer::bodies`,
// `TrytonServer::pid` have no user today).
#![allow(dead_code)]

pub mod fault;
pub mod fixture;
pub mod pty;
pub mod server;

use std::path::PathBuf;

use assert_cmd::Command;

pub use fixture::{Home, requires_series};
pub use server::{TrytonServer, shared_server};

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The CLI with a clean environment: no TRYTON_*, proxy, SSL_CERT_* or COLUMNS variable and a private
/// HOME/XDG tree, so that the developer's own sessions, profiles and network set-up never leak
/// into a test.
pub fn cli(home: &std::path::Path) -> Command {
    Command::from_std(cli_std(home))
}

/// The same as [`cli`], as a std Command (for processes that run in the background).
pub fn cli_std(home: &std::path::Path) -> std::process::Command {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("tryton-cli"));
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().to_string();
        let proxy = key.to_ascii_lowercase().ends_with("_proxy");
        if key.starts_with("TRYTON")
            || key.starts_with("XDG_")
            || key.starts_with("SSL_CERT")
            || proxy
        {
            command.env_remove(&key);
        }
    }
    command
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("RUST_BACKTRACE", "1")
        // A loaded CI machine (two cores, servers of both series, tests in parallel) can take more
        // than the 10 s default to answer a login, which is no longer sent twice; the tests about
        // timeouts pass their own --timeout (a flag beats the environment).
        .env("TRYTON_TIMEOUT", "30")
        .env_remove("NO_COLOR")
        // A width the test's own terminal exported would change how tables are cut.
        .env_remove("COLUMNS");
    command
}

/// Log in as admin to `url` by flags (database "tryton", file store, password on stdin).
pub fn login(home: &std::path::Path, url: &str) {
    fixture::login_with_flags(home, url, server::ADMIN, &server::admin_password());
}

/// Assert that stderr is one line and shows no panic or Rust debug output.
pub fn assert_one_clean_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr).to_string();
    assert!(!text.contains("panicked"), "panic in stderr: {text}");
    assert!(
        !text.contains("RUST_BACKTRACE"),
        "backtrace hint in stderr: {text}"
    );
    assert_eq!(
        text.trim_end().lines().count(),
        1,
        "expected one line on stderr, got: {text}"
    );
    assert!(
        text.starts_with("tryton-cli: "),
        "unexpected stderr: {text}"
    );
    text
}

/// The error line of a batched command whose stderr is not a terminal: the lines before it are
/// the batches it committed (`records 1–3 (lines 2–4) imported`), the last one the error.
pub fn error_after_batch_lines(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr).to_string();
    assert!(!text.contains("panicked"), "panic in stderr: {text}");
    let lines: Vec<&str> = text.trim_end().lines().collect();
    let (last, before) = lines.split_last().expect("nothing on stderr");
    for line in before {
        assert!(
            line.starts_with("record")
                && (line.contains(" imported")
                    || line.contains(" created")
                    || line.contains(" written")
                    || line.contains(" deleted")),
            "unexpected line before the error: {line}\n{text}"
        );
    }
    assert!(
        last.starts_with("tryton-cli: "),
        "unexpected stderr: {text}"
    );
    last.to_string()
}

/// A name no other test (nor another run on the same server) uses.
pub fn unique(prefix: &str) -> String {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{prefix}-{}-{nanos}-{n}", std::process::id())
}

/// A home logged in as admin to `server` by flags (file store, password on stdin): commands run
/// with it need no flags (the login makes the current session).
pub fn logged_in(server: &TrytonServer) -> Home<'static> {
    let home = Home::new();
    login(home.path(), &server.url);
    home
}

/// Parties with the given names, created directly on the server, with codes of their own: the
/// party sequence is not safe from concurrent creations on SQLite (two tests creating at once
/// could draw the same code). Their ids.
pub fn create_parties<S: AsRef<str>>(server: &TrytonServer, names: &[S]) -> Vec<i64> {
    let values: Vec<serde_json::Value> = names
        .iter()
        .map(|name| serde_json::json!({"name": name.as_ref(), "code": unique("C")}))
        .collect();
    server
        .rpc("model.party.party.create", serde_json::json!([values, {}]))
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_i64().unwrap())
        .collect()
}
