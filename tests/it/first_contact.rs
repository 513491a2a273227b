//! The first five minutes (issue 12): a login that sticks (the current session, `switch`), every
//! `call` form, URLs that fail clearly, and sessions that behave on awkward file systems — each
//! against a real trytond.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Stdio;

use crate::common::cli;
use crate::common::fixture::login_with_flags;
use crate::common::fixture::revoke_stored_session;
use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{Home, TrytonServer, assert_one_clean_line, shared_server};
use serde_json::{Value, json};

fn stdout_of(out: &std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A user of the shared server other than admin, made once per test run.
fn second_user(server: &TrytonServer) -> (String, String) {
    let login = format!("fc{}", std::process::id());
    let password = "Second-User-Pw-1".to_string();
    let existing = server.rpc(
        "model.res.user.search",
        json!([[["login", "=", login]], 0, null, null, {}]),
    );
    if existing.as_array().is_none_or(Vec::is_empty) {
        server.rpc(
            "model.res.user.create",
            json!([[{"name": "Second", "login": login, "password": password}], {}]),
        );
    }
    (login, password)
}

#[test]
fn login_makes_its_session_current_and_later_commands_need_no_flags() {
    let server = shared_server();
    let home = Home::new();
    home.login_with_flags(&server.url, ADMIN, &admin_password());
    // No URL, database or user: the current session.
    let out = home
        .cli()
        .args(["call", "party.party", "search_count", "[]"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).parse::<u64>().is_ok());
    // The URL alone (written differently) is the current session's server: its database too.
    let out = home
        .cli()
        .args(["--url", &format!("{}/", server.url)])
        .args(["search", "party.party", "--count"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).parse::<u64>().is_ok());
    // Flags and environment still win: another URL is not the current session's.
    let out = home
        .cli()
        .env("TRYTON_URL", "http://127.0.0.1:1")
        .args(["search", "party.party", "--count"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(assert_one_clean_line(&out.stderr).contains("no database"));
    // status marks it.
    let out = home.cli().args(["status", "--offline"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(
        text.starts_with("* ") && text.contains("as admin"),
        "{text}"
    );
}

#[test]
fn switch_picks_another_session_and_logout_of_the_current_one_clears_it() {
    let server = shared_server();
    let (user, password) = second_user(server);
    let home = Home::new();
    home.login_with_flags(&server.url, ADMIN, &admin_password());
    home.login_with_flags(&server.url, &user, &password);
    // Who the server thinks we are: the user's name ("Second"; admin has none).
    let whoami = |home: &Home| -> String {
        let out = home
            .cli()
            .args(["call", "model.res.user.get_preferences", "false"])
            .output()
            .unwrap();
        let prefs: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
        match prefs["name"].as_str() {
            Some("Second") => "second".into(),
            _ => ADMIN.into(),
        }
    };
    assert_eq!(whoami(&home), "second", "the last login is current");
    // Two sessions: `switch` alone goes to the other one.
    let out = home.cli().arg("switch").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("as admin"));
    assert_eq!(whoami(&home), ADMIN);
    let out = home
        .cli()
        .args(["status", "--offline", "--json"])
        .output()
        .unwrap();
    let list: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let current: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["current"] == true)
        .map(|s| s["user"].as_str().unwrap())
        .collect();
    assert_eq!(current, [ADMIN]);
    // By a part of its name.
    home.cli().args(["switch", &user]).assert().code(0);
    assert_eq!(whoami(&home), "second");
    let out = home.cli().args(["switch", "nobody-here"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(assert_one_clean_line(&out.stderr).contains("no stored session matches"));
    // Logging out of the current session clears it; the one session left becomes current (as
    // gh switches to the remaining account), and with none left there is no implicit server.
    home.cli().arg("logout").assert().code(0);
    assert_eq!(whoami(&home), ADMIN);
    home.cli().arg("logout").assert().code(0);
    let out = home
        .cli()
        .args(["call", "party.party", "search_count", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("no server URL") && err.contains("login"),
        "{err}"
    );
}

#[test]
fn call_short_form_combines_with_params_from_a_flag_or_stdin() {
    let server = shared_server();
    let home = Home::new();
    home.login_with_flags(&server.url, ADMIN, &admin_password());
    // ir.model: a count no other test changes meanwhile.
    let expected = server.rpc("model.ir.model.search_count", json!([[], {}]));
    let out = home
        .cli()
        .args(["call", "ir.model", "search_count", "--params", "[[]]"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out), expected.to_string());
    let out = home
        .cli()
        .args(["call", "ir.model", "search_count", "--params", "-"])
        .write_stdin("[[]]")
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out), expected.to_string());
    let out = home
        .cli()
        .args([
            "call",
            "party.party",
            "search_count",
            "[]",
            "--params",
            "[[]]",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(assert_one_clean_line(&out.stderr).contains("not both"));
}

#[test]
fn call_short_form_names_reports_and_wizards() {
    let server = shared_server();
    let home = Home::new();
    home.login_with_flags(&server.url, ADMIN, &admin_password());
    let created = server.rpc(
        "model.party.party.create",
        json!([[{"name": "Label me", "code": format!("FC-{}", std::process::id())}], {}]),
    );
    let id = created[0].as_i64().unwrap();
    let data = json!({"model": "party.party", "id": id, "ids": [id]}).to_string();
    let out = home
        .cli()
        .args(["call", "report.party.label", "execute"])
        .args([&format!("[{id}]"), &data])
        .output()
        .unwrap();
    let report: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(report[0], "odt", "{report}");
    let out = home
        .cli()
        .args(["call", "wizard.party.replace", "create"])
        .output()
        .unwrap();
    let wizard: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let session_id = wizard[0].as_i64().expect("a wizard session id");
    assert_eq!(wizard[1], "ask", "{wizard}");
    home.cli()
        .args(["call", "wizard.party.replace", "delete"])
        .arg(session_id.to_string())
        .assert()
        .code(0);
}

#[test]
fn missing_arguments_are_named_in_the_error() {
    let home = Home::new();
    for (args, named) in [
        (&["call"][..], "<METHOD>"),
        (&["search"][..], "<MODEL>"),
        (&["read", "party.party"][..], "<IDS>"),
        (&["call", "x", "--refresh"][..], "--cache"),
    ] {
        let out = home.cli().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(
            err.contains(&format!("not provided: {named}")),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn dry_run_prints_the_stored_context_and_the_url_the_real_request_uses() {
    let server = shared_server();
    let home = Home::new();
    home.login_with_flags(&server.url, ADMIN, &admin_password());
    let out = home
        .cli()
        .args(["call", "party.party", "search_count", "[]", "--dry-run"])
        .args(["--context", r#"{"active_test": false}"#])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    let mut lines = text.lines();
    let request: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    let mut context = server.rpc("model.res.user.get_preferences", json!([true, {}]));
    context["active_test"] = json!(false);
    assert_eq!(request["params"], json!([[], context]));
    let curl = lines.next().unwrap();
    let endpoint = format!("'{}{}'", server.url, server.database_path());
    assert!(curl.ends_with(&endpoint), "{curl} (expected {endpoint})");
    // The real request goes to the same place (trace of a real run).
    let out = home
        .cli()
        .args(["-v", "call", "party.party", "search_count", "[]"])
        .output()
        .unwrap();
    let trace = String::from_utf8_lossy(&out.stderr);
    assert!(
        trace.contains(&format!("POST {}{}", server.url, server.database_path())),
        "{trace}"
    );
}

#[test]
fn dry_run_picks_the_session_a_real_run_would_and_asks_for_a_user_among_several() {
    let server = shared_server();
    let (user, password) = second_user(server);
    let home = Home::new();
    login_with_flags(home.path(), &server.url, ADMIN, &admin_password());
    login_with_flags(home.path(), &server.url, &user, &password);
    // As sessions stored by an earlier version: none is the current one.
    std::fs::remove_file(home.path().join("state/tryton-cli/current")).unwrap();
    let call = |extra: &[&str], dry_run: bool| {
        let mut command = cli(home.path());
        command
            .args(["--url", &server.url, "-d", DATABASE])
            .args(extra)
            .args(["call", "party.party", "search_count", "[]"]);
        if dry_run {
            command.arg("--dry-run");
        }
        command.output().unwrap()
    };
    // Two users on the server and database named, none given: the real run and the dry run
    // both ask which (the dry run used to show the first one's context).
    let expected = format!(
        "tryton-cli: several sessions for {} database {DATABASE} (",
        server.url
    );
    for dry_run in [false, true] {
        let out = call(&[], dry_run);
        assert_eq!(out.status.code(), Some(3), "{out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.starts_with(&expected), "{err}");
        assert!(err.trim_end().ends_with("): pass -u USER"), "{err}");
        assert!(out.stdout.is_empty(), "{out:?}");
    }
    // Naming the user picks that session, in both.
    for dry_run in [false, true] {
        let out = call(&["-u", &user], dry_run);
        let text = stdout_of(&out);
        if dry_run {
            assert!(text.contains("curl "), "{text}");
        } else {
            assert!(text.parse::<u64>().is_ok(), "{text}");
        }
    }
}

#[test]
fn ping_of_a_url_that_is_not_the_server_root_exits_1_not_4() {
    let server = shared_server();
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--url", &format!("{}/tryton/", server.url)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("did not answer with Tryton JSON-RPC"), "{err}");
    assert!(!err.contains("tryton-cli login"), "{err}");
}

#[test]
fn a_url_ending_in_rpc_is_refused_with_the_url_to_use() {
    let server = shared_server();
    let home = Home::new();
    for suffix in ["/rpc", "/rpc/"] {
        for args in [&["ping"][..], &["login", "-d", DATABASE, "-u", ADMIN]] {
            let out = home
                .cli()
                .args(args)
                .args(["--url", &format!("{}{suffix}", server.url)])
                .write_stdin("")
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(3), "{args:?} {out:?}");
            let err = assert_one_clean_line(&out.stderr);
            assert!(err.ends_with(&format!("use {}\n", server.url)), "{err}");
        }
    }
}

/// Log in to a server of one series, then serve the same URL with the other series: the stored
/// layout is found again instead of HTTP 405 for ever.
fn session_outlives_a_change_of_series(first: &str, second: &str) {
    let old = TrytonServer::start(&[("TRYTON_SERIES", first)]);
    let home = Home::new();
    home.login_with_flags(&old.url, ADMIN, &admin_password());
    let call = |password: Option<String>| {
        let mut command = home.cli();
        if let Some(password) = password {
            command.env("TRYTON_PASSWORD", password);
        }
        command
            .args(["call", "party.party", "search_count", "[]"])
            .output()
            .unwrap()
    };
    assert!(stdout_of(&call(None)).parse::<u64>().is_ok());
    let port = old.port;
    old.stop();
    drop(old);
    let new = TrytonServer::start_on(Some(port), &[("TRYTON_SERIES", second)]);
    // The new server does not know the session: log in again (exit 4), not 405.
    let out = call(None);
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    assert!(assert_one_clean_line(&out.stderr).contains("tryton-cli login"));
    // With a password source, one transparent login, and the new layout is remembered.
    assert!(
        stdout_of(&call(Some(admin_password())))
            .parse::<u64>()
            .is_ok()
    );
    let index =
        std::fs::read_to_string(home.path().join("state/tryton-cli/sessions.json")).unwrap();
    let wanted = if second.starts_with('7') {
        "7.x"
    } else {
        "8.x"
    };
    assert!(
        index.contains(&format!("\"layout\": \"{wanted}\"")),
        "{index}"
    );
    assert!(stdout_of(&call(None)).parse::<u64>().is_ok());
    drop(new);
}

#[test]
fn a_session_follows_an_upgrade_from_7_0_to_8_2() {
    session_outlives_a_change_of_series("7.0", "8.2");
}

#[test]
fn a_session_follows_a_downgrade_from_8_2_to_7_0() {
    session_outlives_a_change_of_series("8.2", "7.0");
}

/// Run the CLI where it cannot write its state directory: as an unprivileged user when the
/// tests run as root (root writes anywhere), with the directory made read-only.
fn read_only_state(home: &Path) -> impl Fn(&mut std::process::Command) {
    let state = home.join("state/tryton-cli");
    std::fs::create_dir_all(&state).unwrap();
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        chown_tree(home, 65534);
    }
    std::fs::set_permissions(&state, std::fs::Permissions::from_mode(0o500)).unwrap();
    move |command: &mut std::process::Command| {
        if root {
            command.uid(65534).gid(65534);
        }
    }
}

fn chown_tree(path: &Path, uid: u32) {
    std::os::unix::fs::lchown(path, Some(uid), Some(uid)).unwrap();
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            chown_tree(&entry.unwrap().path(), uid);
        }
    }
}

fn run(mut command: std::process::Command) -> std::process::Output {
    command.stdin(Stdio::null()).output().unwrap()
}

#[test]
fn session_store_none_never_touches_the_state_directory() {
    let server = shared_server();
    let home = Home::new();
    let as_user = read_only_state(home.path());
    let mut command = home.cli_std();
    as_user(&mut command);
    command
        .env("TRYTON_PASSWORD", admin_password())
        .args(["--url", &server.url, "-d", DATABASE, "-u", ADMIN])
        .args([
            "--session-store",
            "none",
            "call",
            "party.party",
            "search_count",
            "[]",
        ]);
    let out = run(command);
    assert!(stdout_of(&out).parse::<u64>().is_ok());
    assert_eq!(
        std::fs::read_dir(home.path().join("state/tryton-cli"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn a_store_that_cannot_take_the_session_is_found_before_logging_in() {
    let server = TrytonServer::start(&[]);
    let home = Home::new();
    let as_user = read_only_state(home.path());
    // A read-only state directory.
    let mut command = home.cli_std();
    as_user(&mut command);
    command
        .env("TRYTON_PASSWORD", admin_password())
        .args(["--url", &server.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "file", "login"]);
    let out = run(command);
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("cannot") && err.contains("state/tryton-cli"),
        "{err}"
    );
    // No keyring at all, with --session-store keyring.
    let other = Home::new();
    let out = other
        .cli()
        .env("TRYTON_PASSWORD", admin_password())
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args(["--url", &server.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "keyring", "login"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("no keyring (no D-Bus session bus)"), "{err}");
    assert_eq!(server.logins(), 0, "no login reached the server");
}

#[test]
fn logout_with_a_read_only_state_directory_says_what_could_not_be_written() {
    let server = shared_server();
    let home = Home::new();
    home.login_with_flags(&server.url, ADMIN, &admin_password());
    let as_user = read_only_state(home.path());
    let mut command = home.cli_std();
    as_user(&mut command);
    command.arg("logout");
    let out = run(command);
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("ended the session on the server")
            && err.contains("cannot write")
            && err.contains("sessions.json")
            && !err.contains(".tmp-"),
        "{err}"
    );
}

#[test]
fn save_profile_into_a_read_only_config_directory_exits_3() {
    let server = shared_server();
    let home = Home::new();
    let config = home.path().join("config/tryton-cli");
    std::fs::create_dir_all(&config).unwrap();
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        chown_tree(home.path(), 65534);
    }
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o500)).unwrap();
    let mut command = home.cli_std();
    if root {
        command.uid(65534).gid(65534);
    }
    command
        .env("TRYTON_PASSWORD", admin_password())
        .args(["--url", &server.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "file", "login", "--save-profile", "p"]);
    let out = run(command);
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("cannot write") && err.contains("config.toml"),
        "{err}"
    );
}

#[test]
fn session_ttl_of_zero_is_refused() {
    let home = Home::new();
    let out = home
        .cli()
        .env("TRYTON_SESSION_TTL", "0")
        .args(["--url", "http://127.0.0.1:1", "-d", "x", "-u", "y", "login"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(assert_one_clean_line(&out.stderr).contains("more than 0"));
}

#[test]
fn a_session_revoked_right_after_login_is_renewed_by_one_login_for_parallel_runs() {
    let server = TrytonServer::start(&[]);
    let home = Home::new();
    home.login_with_flags(&server.url, ADMIN, &admin_password());
    // End it on the server at once: every run gets 401 with a session under a second old.
    revoke_stored_session(home.path(), &server);
    parallel_calls(&home, 5);
    assert_eq!(server.logins(), 2, "one login, then one renewal for 5 runs");
}

#[test]
fn runs_after_the_local_lifetime_share_one_new_login() {
    let server = TrytonServer::start(&[]);
    let home = Home::new();
    home.cli()
        // A lifetime of a millisecond is over before the next run starts: no sleep needed.
        .env("TRYTON_SESSION_TTL", "1ms")
        .args(["login", "--url", &server.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "file", "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .assert()
        .code(0);
    parallel_calls(&home, 5);
    assert_eq!(server.logins(), 2, "one login, then one renewal for 5 runs");
}

fn parallel_calls(home: &Home, count: usize) {
    let children: Vec<_> = (0..count)
        .map(|_| {
            let mut command = home.cli_std();
            command
                .env("TRYTON_PASSWORD", admin_password())
                .args(["call", "party.party", "search_count", "[]"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        stdout_of(&out);
    }
}

#[test]
fn logout_all_removes_tokens_left_behind_by_a_corrupt_index() {
    let server = shared_server();
    let home = Home::new();
    home.login_with_flags(&server.url, ADMIN, &admin_password());
    let state = home.path().join("state/tryton-cli");
    std::fs::write(state.join("sessions.json"), b"{\"truncated").unwrap();
    let out = home.cli().args(["logout", "--all"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Removed 1 stored session token"));
    let secrets: Value =
        serde_json::from_str(&std::fs::read_to_string(state.join("secrets.json")).unwrap())
            .unwrap();
    assert_eq!(secrets, json!({}));
}

#[test]
fn status_of_an_expired_session_says_so_once() {
    let server = shared_server();
    let home = Home::new();
    home.cli()
        // A lifetime of a millisecond is over before the next run starts: no sleep needed.
        .env("TRYTON_SESSION_TTL", "1ms")
        .args(["login", "--url", &server.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "file", "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .assert()
        .code(0);
    let out = home.cli().arg("status").output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("expired (log in again)"), "{text}");
    assert!(!text.contains("expired: expired"), "{text}");
}

#[test]
fn login_to_an_unknown_database_lists_the_databases() {
    let server = shared_server();
    let home = Home::new();
    let out = home
        .cli()
        .env("TRYTON_PASSWORD", admin_password())
        .args(["--url", &server.url, "-d", "nosuch", "-u", ADMIN])
        .args(["--session-store", "file", "login"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("database 'nosuch' not found") && err.contains("it lists: tryton"),
        "{err}"
    );
}
