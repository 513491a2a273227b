//! Login, stored sessions, re-login, logout and status against a real trytond.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;

use crate::common::fixture::{revoke_stored_session, state_files, stored_session_header};
use crate::common::server::{ADMIN, admin_password};
use crate::common::{Home, TrytonServer, assert_one_clean_line, shared_server};
use serde_json::Value;

#[test]
fn login_from_stdin_then_a_second_process_calls_without_a_password() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    let out = home
        .cli()
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("Logged in to") && said.contains("secrets.json"),
        "{said}"
    );

    let out = home
        .cli()
        .args(["call", "common.server.version"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = home
        .cli()
        .args(["call", "party.party", "search_count", "[]"])
        .env_remove("TRYTON_PASSWORD")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let count: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(count.as_u64().is_some(), "{count}");
}

#[test]
fn session_files_are_private_and_hold_no_password() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    home.login_as(ADMIN, &admin_password());
    let dir = home.path().join("state/tryton-cli");
    assert_eq!(
        std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    let files = state_files(home.path());
    assert!(
        files.iter().any(|f| f.ends_with("sessions.json")),
        "{files:?}"
    );
    for file in files {
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600,
            "{}",
            file.display()
        );
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains(&admin_password()),
            "password in {}",
            file.display()
        );
    }
}

#[test]
fn login_takes_the_password_from_the_environment_or_a_private_file() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    home.cli()
        .args(["login", "-u", ADMIN])
        .env("TRYTON_PASSWORD", admin_password())
        .assert()
        .code(0);

    let file = home.path().join("pw");
    std::fs::write(&file, format!("{}\n", admin_password())).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    home.cli()
        .args(["login", "-u", ADMIN, "--password-file"])
        .arg(&file)
        .assert()
        .code(0);

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = home
        .cli()
        .args(["login", "-u", ADMIN])
        .env("TRYTON_PASSWORD_FILE", &file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("readable by others") && err.contains("chmod 600"),
        "{err}"
    );
}

#[test]
fn wrong_password_exits_4_and_stores_nothing() {
    // A user of its own, so that the server's login throttle does not touch admin.
    let server = shared_server();
    let home = Home::aimed_at(server);
    let out = home
        .cli()
        .args(["login", "-u", "nobody-here", "--password-stdin"])
        .write_stdin("wrong\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("wrong user name or password"), "{err}");
    assert!(!err.contains("wrong\n"));
    let index = home.path().join("state/tryton-cli/sessions.json");
    let stored = std::fs::read_to_string(index).unwrap_or_default();
    assert!(!stored.contains("nobody-here"), "{stored}");
}

#[test]
fn unknown_database_is_named() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    let out = home
        .cli()
        .args(["login", "-u", ADMIN, "-d", "no_such_db", "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("database 'no_such_db' not found") && err.contains("it lists: tryton"),
        "{err}"
    );
}

#[test]
fn without_a_session_or_password_call_says_to_log_in() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    let out = home
        .cli()
        .args(["call", "party.party", "search", "[]"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("tryton-cli login"), "{err}");
}

#[test]
fn with_store_none_each_run_logs_in_from_the_environment() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    home.cli()
        .args(["-u", ADMIN, "call", "party.party", "search_count", "[]"])
        .env("TRYTON_SESSION_STORE", "none")
        .env("TRYTON_PASSWORD", admin_password())
        .assert()
        .code(0);
    assert!(
        !home.path().join("state/tryton-cli/sessions.json").exists()
            || !std::fs::read_to_string(home.path().join("state/tryton-cli/sessions.json"))
                .unwrap()
                .contains(ADMIN)
    );
}

#[test]
fn logout_ends_the_session_on_the_server() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    home.login_as(ADMIN, &admin_password());
    let header = stored_session_header(home.path());
    home.cli().arg("logout").assert().code(0);
    // The old token no longer works on the server.
    let (status, _) = server.raw(
        &server.database_path(),
        r#"{"id":1,"method":"model.party.party.search_count","params":[[],{}]}"#,
        Some(&header),
    );
    assert_eq!(status, 401);
    // And it is gone locally.
    let out = home.cli().args(["status", "--offline"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stdout).contains("No stored sessions"));
}

#[test]
fn status_checks_the_session_with_the_server() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    home.login_as(ADMIN, &admin_password());
    let out = home.cli().args(["status", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["status"], "accepted by the server");
    assert_eq!(list[0]["store"], "file");
    assert_eq!(list[0]["user"], ADMIN);
}

#[test]
fn a_revoked_session_is_renewed_with_the_env_password_or_reported() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    home.login_as(ADMIN, &admin_password());
    // Revoke the session on the server, behind the CLI's back.
    revoke_stored_session(home.path(), server);

    let out = home
        .cli()
        .args(["call", "party.party", "search_count", "[]"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("tryton-cli login"), "{err}");

    home.login_as(ADMIN, &admin_password());
    revoke_stored_session(home.path(), server);
    let out = home
        .cli()
        .args([
            "-u",
            ADMIN,
            "-v",
            "call",
            "party.party",
            "search_count",
            "[]",
        ])
        .env("TRYTON_PASSWORD", admin_password())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let trace = String::from_utf8_lossy(&out.stderr);
    assert!(trace.contains("logging in"), "{trace}");
    assert!(!trace.contains(&admin_password()), "password in the trace");
}

#[test]
fn an_expired_session_is_renewed_by_one_login_for_many_parallel_calls() {
    let server = TrytonServer::start(&[("TRYTOND_SESSION__MAX_AGE", "3")]);
    let home = Home::aimed_at(&server);
    home.login_as(ADMIN, &admin_password());
    std::thread::sleep(std::time::Duration::from_secs(4));
    let children: Vec<_> = (0..20)
        .map(|_| {
            let mut command = home.cli_std();
            command
                .env("TRYTON_USER", ADMIN)
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
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let logins = server.logins();
    // The first login, then one renewal: the lock makes the others reuse the new session.
    assert_eq!(logins, 2, "{logins} logins for 20 calls");
    let index: Value = serde_json::from_str(
        &std::fs::read_to_string(home.path().join("state/tryton-cli/sessions.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(index.as_object().unwrap().len(), 1);
}

#[test]
fn a_corrupt_session_index_is_reported_and_replaced() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    let dir = home.path().join("state/tryton-cli");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let index = dir.join("sessions.json");
    std::fs::File::create(&index)
        .unwrap()
        .write_all(b"{\"truncated")
        .unwrap();
    std::fs::set_permissions(&index, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = home
        .cli()
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ignoring"));
    let text = std::fs::read_to_string(&index).unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_ok(), "{text}");
}

#[test]
fn login_asks_for_a_second_factor_and_accepts_it() {
    let (server, sms) = TrytonServer::start_with_sms_login();
    let home = Home::aimed_at(&server);
    let out = home
        .cli()
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("sms_code") && err.contains("--login-param"),
        "{err}"
    );

    let text = std::fs::read_to_string(&sms).expect("the server sent an SMS");
    let code: String = text
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>();
    let code = &code[code.len() - 6..];
    let out = home
        .cli()
        .args(["login", "-u", ADMIN, "--password-stdin", "--login-param"])
        .arg(format!("sms_code={code}"))
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    home.cli()
        .args(["call", "party.party", "search_count", "[]"])
        .assert()
        .code(0);
}

#[test]
fn a_failed_login_keeps_the_session_already_stored() {
    // A server of its own: the failed attempt would slow admin's later logins elsewhere.
    let server = TrytonServer::start(&[]);
    let home = Home::aimed_at(&server);
    home.login_as(ADMIN, &admin_password());
    let out = home
        .cli()
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .write_stdin("not-the-password\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    home.cli()
        .args(["call", "party.party", "search_count", "[]"])
        .write_stdin("")
        .assert()
        .code(0);
}

#[test]
fn logout_forgets_the_session_even_when_the_server_is_down() {
    let server = TrytonServer::start(&[]);
    let home = Home::aimed_at(&server);
    home.login_as(ADMIN, &admin_password());
    server.stop();
    let out = home
        .cli()
        .args(["--retries", "0", "logout"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("the server was not told") && said.contains("connection refused"),
        "{said}"
    );
    let out = home.cli().args(["status", "--offline"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
}
