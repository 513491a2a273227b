//! Restarts, concurrency and where secrets go, against real trytond servers.

use crate::common;

use std::process::{Output, Stdio};
use std::time::Duration;

use crate::common::fixture::stored_token;
use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{Home, TrytonServer, login, shared_server};
use serde_json::Value;

fn run(home: &Home, url: &str, args: &[&str]) -> Output {
    home.cli_std()
        .args(["--url", url, "-d", DATABASE, "--session-store", "file"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn calls_survive_a_server_restart_with_the_same_session() {
    let server = TrytonServer::start(&[]);
    let home = Home::new();
    login(home.path(), &server.url);
    let url = server.url.clone();
    let restarter = std::thread::spawn(move || {
        let mut server = server;
        std::thread::sleep(Duration::from_millis(800));
        server.stop();
        std::thread::sleep(Duration::from_millis(1500));
        server.restart(&[]);
        server
    });
    let mut codes = Vec::new();
    for _ in 0..50 {
        let out = run(&home, &url, &["call", "party.party", "search_count", "[]"]);
        let code = out.status.code().unwrap();
        assert!(
            code == 0 || code == 2,
            "exit {code}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if code == 2 {
            assert!(String::from_utf8_lossy(&out.stderr).contains("no answer"));
        }
        codes.push(code);
        std::thread::sleep(Duration::from_millis(40));
    }
    let server = restarter.join().unwrap();
    assert_eq!(*codes.last().unwrap(), 0, "{codes:?}");
    // trytond keeps sessions in its database: the stored one still works, no new login.
    assert_eq!(
        server.logins(),
        0,
        "the session did not survive the restart"
    );
    assert_eq!(run(&home, &url, &["status"]).status.code(), Some(0));
}

#[test]
fn fifty_parallel_invocations_share_one_file_store() {
    let server = shared_server();
    let home = Home::new();
    login(home.path(), &server.url);
    let commands: [&[&str]; 3] = [
        &["ping"],
        &["call", "party.party", "search_count", "[]"],
        &[
            "search",
            "party.party",
            "-f",
            "name",
            "--limit",
            "5",
            "-o",
            "ndjson",
        ],
    ];
    let children: Vec<_> = (0..50)
        .map(|i| {
            home.cli_std()
                .args([
                    "--url",
                    &server.url,
                    "-d",
                    DATABASE,
                    "--session-store",
                    "file",
                ])
                .args(commands[i % 3])
                .stdin(Stdio::null())
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
    let dir = home.path().join("state/tryton-cli");
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("sessions.json")).unwrap()).unwrap();
    assert_eq!(index.as_object().unwrap().len(), 1);
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_session_is_only_sent_to_the_server_that_issued_it() {
    let a = shared_server();
    let b = TrytonServer::start(&[]);
    let home = Home::new();
    login(home.path(), &a.url);
    // Same database name and user on another server: no session there, and none is sent.
    let out = run(
        &home,
        &b.url,
        &["-v", "call", "party.party", "search_count", "[]"],
    );
    assert_eq!(out.status.code(), Some(4));
    let trace = String::from_utf8_lossy(&out.stderr);
    assert!(!trace.contains("> POST"), "a request went out: {trace}");
    assert_eq!(b.calls_of("party.party.search_count"), 0);

    login(home.path(), &b.url);
    let index: Value = serde_json::from_str(
        &std::fs::read_to_string(home.path().join("state/tryton-cli/sessions.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(index.as_object().unwrap().len(), 2, "{index}");
    // Logging out of B leaves A's session working.
    assert_eq!(run(&home, &b.url, &["logout"]).status.code(), Some(0));
    assert_eq!(
        run(
            &home,
            &a.url,
            &["call", "party.party", "search_count", "[]"]
        )
        .status
        .code(),
        Some(0)
    );
}

#[test]
fn secrets_stay_out_of_argv_traces_and_the_cache() {
    let server = shared_server();
    let home = Home::new();
    login(home.path(), &server.url);
    let token = stored_token(home.path());
    let password = admin_password();

    // While calls run, no process's argv holds the password or the token.
    let mut children: Vec<_> = (0..4)
        .map(|_| {
            home.cli_std()
                .args([
                    "--url",
                    &server.url,
                    "-d",
                    DATABASE,
                    "--session-store",
                    "file",
                    "-u",
                    ADMIN,
                ])
                .args([
                    "search",
                    "party.party",
                    "-o",
                    "ndjson",
                    "--batch-size",
                    "1",
                    "--limit",
                    "40",
                ])
                .env("TRYTON_PASSWORD", &password)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut scans = 0;
    while children.iter_mut().any(|c| c.try_wait().unwrap().is_none()) && scans < 200 {
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            if let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) {
                let text = String::from_utf8_lossy(&cmdline);
                assert!(!text.contains(&password), "password in argv: {text}");
                assert!(!text.contains(&token), "session token in argv: {text}");
            }
        }
        scans += 1;
    }
    for mut child in children {
        child.wait().unwrap();
    }

    // -vv traces show bodies, but neither the password nor the token (nor the Authorization).
    let out = home
        .cli_std()
        .args([
            "--url",
            &server.url,
            "-d",
            DATABASE,
            "--session-store",
            "none",
            "-u",
            ADMIN,
            "-vv",
        ])
        .args(["call", "party.party", "search_count", "[]"])
        .env("TRYTON_PASSWORD", &password)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let trace = String::from_utf8_lossy(&out.stderr);
    assert!(
        trace.contains("common.db.login") && trace.contains("(redacted)"),
        "{trace}"
    );
    assert!(!trace.contains(&password), "password in the trace");
    assert!(!trace.contains("Session "), "Authorization in the trace");
    let login_answer = trace
        .lines()
        .find(|l| l.starts_with("* < {") && l.contains("result"))
        .unwrap();
    assert!(
        !login_answer
            .split(|c: char| !c.is_ascii_hexdigit())
            .any(|w| w.len() == 64),
        "{login_answer}"
    );

    // The read cache holds results, never the token or the password.
    assert_eq!(
        run(
            &home,
            &server.url,
            &["search", "party.party", "--cache", "1m", "-o", "json"]
        )
        .status
        .code(),
        Some(0)
    );
    for entry in std::fs::read_dir(home.path().join("cache/tryton-cli"))
        .unwrap()
        .flatten()
    {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        assert!(!text.contains(&token) && !text.contains(&password));
    }
}

/// A proxy in front of the real trytond that loses the answer to the first request of `method`.
fn lossy_proxy(server: &TrytonServer, method: &'static str) -> common::fault::FaultServer {
    use common::fault::{FaultServer, Reply};
    let upstream = server.port;
    let lost = std::sync::atomic::AtomicBool::new(false);
    FaultServer::start(move |_, _, body| {
        let first = body.contains(&format!("\"{method}\""))
            && !lost.swap(true, std::sync::atomic::Ordering::SeqCst);
        Reply::Forward {
            port: upstream,
            lose_answer: first,
        }
    })
}

/// `call` through the proxy, logging in from TRYTON_PASSWORD (no stored session).
fn call_through(proxy: &common::fault::FaultServer, args: &[&str]) -> Output {
    let home = Home::new();
    home.cli_std()
        .args([
            "--url",
            &proxy.url,
            "-d",
            DATABASE,
            "-u",
            ADMIN,
            "--session-store",
            "none",
        ])
        .arg("call")
        .args(args)
        .env("TRYTON_PASSWORD", admin_password())
        .output()
        .unwrap()
}

#[test]
fn a_create_whose_answer_is_lost_is_applied_exactly_once() {
    let server = shared_server();
    let proxy = lossy_proxy(server, "model.party.party.create");
    let name = format!("lost-answer-{}", std::process::id());
    // An explicit code: trytond's party sequence on SQLite races with parallel tests.
    let records = format!(r#"[{{"name": "{name}", "code": "{name}"}}]"#);
    let out = call_through(&proxy, &["party.party", "create", &records]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not sent again"), "{err}");
    // The server did create it — once.
    let count = server.rpc(
        "model.party.party.search_count",
        serde_json::json!([[["name", "=", name]], {}]),
    );
    assert_eq!(count, serde_json::json!(1));
}

#[test]
fn a_search_whose_answer_is_lost_is_asked_again() {
    let server = shared_server();
    let proxy = lossy_proxy(server, "model.party.party.search_count");
    let out = call_through(&proxy, &["party.party", "search_count", "[]"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(proxy.calls_of("model.party.party.search_count"), 2);
}
