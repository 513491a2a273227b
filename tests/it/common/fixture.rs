//! The one test fixture: a private home directory, the server it is aimed at (the shared one, one
//! of its own, or none), the CLI with a clean environment, and the helpers every area needs to
//! run it and read what it printed.
//!
//! ```ignore
//! let home = Home::logged_in(shared_server());       // login done, later runs need no flags
//! let rows = home.run_json(&["search", "party.party", "-o", "json"]);
//! let (code, line) = home.failure(&["call", "nope.model", "read", "[1]"]);
//! assert_eq!(home.parties_named("ACME"), 0);
//! ```

use std::path::Path;

use serde_json::{Value, json};

use super::server::{ADMIN, DATABASE, TrytonServer, admin_password};
use super::{assert_one_clean_line, cli_std, shared_server};

/// A temporary home (HOME and the XDG directories below it) and, when aimed, the server its
/// commands talk to through `TRYTON_URL`/`TRYTON_DATABASE` and the session store they use.
pub struct Home<'s> {
    dir: tempfile::TempDir,
    server: Option<&'s TrytonServer>,
    store: Option<&'static str>,
}

impl Home<'static> {
    /// An empty home aimed at nothing: commands get their URL from their own flags.
    pub fn new() -> Home<'static> {
        Home {
            dir: tempfile::tempdir().unwrap(),
            server: None,
            store: None,
        }
    }

    /// Logged in to the shared server.
    pub fn shared() -> Home<'static> {
        Home::logged_in(shared_server())
    }

    /// Logged in to a server of its own (for tests that count what the server receives or stop
    /// it); the server is stopped when the test binary exits.
    pub fn on_own_server() -> Home<'static> {
        Home::logged_in(Box::leak(Box::new(TrytonServer::start(&[]))))
    }
}

impl<'s> Home<'s> {
    /// A home aimed at `server` (URL, database, file store in the environment), not logged in.
    pub fn aimed_at(server: &'s TrytonServer) -> Home<'s> {
        Home {
            server: Some(server),
            store: Some("file"),
            ..Home::new()
        }
    }

    /// Aimed at `server` with `TRYTON_SESSION_STORE` left to the command line (keyring tests).
    pub fn aimed_without_store(server: &'s TrytonServer) -> Home<'s> {
        Home {
            server: Some(server),
            ..Home::new()
        }
    }

    /// A home logged in as admin to `server` (file store, password on stdin).
    pub fn logged_in(server: &'s TrytonServer) -> Home<'s> {
        let home = Home::aimed_at(server);
        home.login_as(ADMIN, &admin_password());
        home
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The server this home is aimed at.
    pub fn server(&self) -> &'s TrytonServer {
        self.server.expect("this home is aimed at no server")
    }

    /// `login --url URL -d tryton -u USER --session-store file --password-stdin`, nothing from
    /// the environment; the session becomes the current one.
    pub fn login_with_flags(&self, url: &str, user: &str, password: &str) {
        login_with_flags(self.path(), url, user, password);
    }

    /// `login -u USER --password-stdin` with this home's environment.
    pub fn login_as(&self, user: &str, password: &str) {
        self.cli()
            .args(["login", "-u", user, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .assert()
            .code(0);
    }

    /// The CLI as a std Command (for background processes and pseudo-terminals), with the clean
    /// environment of [`super::cli_std`] and this home's server settings.
    pub fn cli_std(&self) -> std::process::Command {
        let mut command = cli_std(self.path());
        if let Some(server) = self.server {
            command
                .env("TRYTON_URL", &server.url)
                .env("TRYTON_DATABASE", DATABASE);
        }
        if let Some(store) = self.store {
            command.env("TRYTON_SESSION_STORE", store);
        }
        command
    }

    /// The CLI with this home's environment.
    pub fn cli(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.cli_std())
    }

    /// Run `args`, expect exit 0; stdout as text.
    pub fn run_ok(&self, args: &[&str]) -> String {
        run_ok(self.cli().args(args))
    }

    /// Run `args`, expect exit 0; stdout parsed as one JSON value.
    pub fn run_json(&self, args: &[&str]) -> Value {
        let text = self.run_ok(args);
        serde_json::from_str(&text).unwrap_or_else(|err| panic!("{args:?}: {err}: {text}"))
    }

    /// Run `args`, expect a failure with one clean line on stderr: the exit code and the line.
    pub fn failure(&self, args: &[&str]) -> (i32, String) {
        let out = self.cli().args(args).output().unwrap();
        assert!(!out.status.success(), "{args:?} succeeded");
        (out.status.code().unwrap(), stderr_line(&out))
    }

    /// JSON-RPC straight to the server, past the CLI.
    pub fn rpc(&self, method: &str, params: Value) -> Value {
        self.server().rpc(method, params)
    }

    /// Parties created directly on the server, each with a code of its own; their ids.
    pub fn create_parties<S: AsRef<str>>(&self, names: &[S]) -> Vec<i64> {
        super::create_parties(self.server(), names)
    }

    /// How many parties are named exactly `name`, inactive ones included.
    pub fn parties_named(&self, name: &str) -> i64 {
        parties_named(self.server(), name)
    }
}

impl Default for Home<'static> {
    fn default() -> Home<'static> {
        Home::new()
    }
}

/// `login --url URL -d tryton -u USER --session-store file --password-stdin` in `home`.
pub fn login_with_flags(home: &Path, url: &str, user: &str, password: &str) {
    super::cli(home)
        .args(["login", "--url", url, "-d", DATABASE, "-u", user])
        .args(["--session-store", "file", "--password-stdin"])
        .write_stdin(format!("{password}\n"))
        .assert()
        .code(0);
}

/// The stored session's `Authorization` header (file store).
pub fn stored_session_header(home: &std::path::Path) -> String {
    let (key, token) = stored_secret(home);
    assert!(key.starts_with("admin@"), "{key}");
    use base64::Engine;
    format!(
        "Session {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{ADMIN}:1:{token}"))
    )
}

/// The one session in the file store of `home`: its key (`user@url/database`) and token.
pub fn stored_secret(home: &std::path::Path) -> (String, String) {
    let secrets: Value = serde_json::from_str(
        &std::fs::read_to_string(home.join("state/tryton-cli/secrets.json")).unwrap(),
    )
    .unwrap();
    let (key, token) = secrets.as_object().unwrap().iter().next().unwrap();
    (key.clone(), token.as_str().unwrap().to_string())
}

/// The stored session token (file store), to look for it where it must not be.
pub fn stored_token(home: &std::path::Path) -> String {
    stored_secret(home).1
}

/// End the stored session on the server as another client would (common.db.logout).
pub fn revoke_stored_session(home: &std::path::Path, server: &TrytonServer) {
    let header = stored_session_header(home);
    let (status, body) = server.raw(
        &server.database_path(),
        r#"{"id":1,"method":"common.db.logout","params":[]}"#,
        Some(&header),
    );
    assert_eq!(status, 200, "{body}");
}

/// The files in the state directory of `home`.
pub fn state_files(home: &std::path::Path) -> Vec<std::path::PathBuf> {
    let dir = home.join("state/tryton-cli");
    std::fs::read_dir(&dir)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

/// Exit 0 expected (stderr shown otherwise); stdout as text.
pub fn run_ok(command: &mut assert_cmd::Command) -> String {
    let out = command.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The one clean error line of a finished run.
pub fn stderr_line(out: &std::process::Output) -> String {
    assert_one_clean_line(&out.stderr)
}

/// `search_count` of `model` for `domain`, inactive records included.
pub fn count(server: &TrytonServer, model: &str, domain: Value) -> i64 {
    server
        .rpc(
            &format!("model.{model}.search_count"),
            json!([domain, {"active_test": false}]),
        )
        .as_i64()
        .unwrap()
}

/// The ids of `model` matching `domain`, inactive ones included, in ascending order.
pub fn ids(server: &TrytonServer, model: &str, domain: Value) -> Vec<i64> {
    server
        .rpc(
            &format!("model.{model}.search"),
            json!([domain, 0, null, [["id", "ASC"]], {"active_test": false}]),
        )
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_i64().unwrap())
        .collect()
}

/// How many parties are named exactly `name`, inactive ones included.
pub fn parties_named(server: &TrytonServer, name: &str) -> i64 {
    count(server, "party.party", json!([["name", "=", name]]))
}

/// How many parties have a name starting with `tag`, inactive ones included.
pub fn parties_tagged(server: &TrytonServer, tag: &str) -> i64 {
    count(
        server,
        "party.party",
        json!([["name", "like", format!("{tag}%")]]),
    )
}

/// Run a test only on the series it is written for. A test that returned early would pass
/// without proving anything, so it says on stderr that it was skipped and why; use it only where
/// the other series cannot run the test at all (a feature that series lacks).
pub fn requires_series(prefix: &str, why: &str) -> bool {
    let series = super::server::series();
    if series.starts_with(prefix) {
        return true;
    }
    skipped(&format!(
        "needs Tryton {prefix}, this run is {series}: {why}"
    ));
    false
}

/// Whether a Secret Service is there to test against (scripts/with-secret-service, which CI
/// uses, says so with TRYTON_TEST_SECRET_SERVICE=1). Without one the test says on stderr that it
/// was skipped rather than passing in silence.
pub fn requires_secret_service() -> bool {
    if std::env::var("TRYTON_TEST_SECRET_SERVICE").as_deref() == Ok("1") {
        return true;
    }
    skipped("run under scripts/with-secret-service for the Secret Service tests");
    false
}

/// Say on the real stderr that (part of) a test did not run. Written past libtest's capture
/// (which holds `eprintln!` of passing tests back), so the line shows in every run.
pub fn skipped(why: &str) {
    use std::io::Write;
    let name = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let _ = writeln!(std::io::stderr(), "skipped: {name}: {why}");
}

/// Every cron job of `server` that has never run gets its next call a day from now, as a worker
/// would set it after a run. The template database's jobs never run (tests start no worker) and
/// date from when the template was made, so by `cron --check`'s rule (a never-run job is due
/// since it was created or written) they are late once that is longer ago than `--late`; tests
/// that expect a healthy schedule call this first.
pub fn schedule_cron_jobs(server: &TrytonServer) {
    let ids = server.rpc(
        "model.ir.cron.search",
        json!([[["next_call", "=", null]], 0, null, null, {"active_test": false}]),
    );
    if ids.as_array().is_none_or(Vec::is_empty) {
        return;
    }
    let tomorrow = std::time::SystemTime::now() + std::time::Duration::from_secs(86_400);
    server.rpc(
        "model.ir.cron.write",
        json!([ids, {"next_call": wire_datetime(tomorrow)}, {}]),
    );
}

/// A time as trytond takes a datetime over the wire (naive UTC, whole seconds).
pub fn wire_datetime(when: std::time::SystemTime) -> Value {
    let text = humantime::format_rfc3339_seconds(when).to_string();
    let (date, time) = text.trim_end_matches('Z').split_once('T').unwrap();
    let d: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let t: Vec<i64> = time.split(':').map(|p| p.parse().unwrap()).collect();
    json!({"__class__": "datetime", "year": d[0], "month": d[1], "day": d[2],
           "hour": t[0], "minute": t[1], "second": t[2], "microsecond": 0})
}
