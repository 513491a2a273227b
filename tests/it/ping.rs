//! `tryton-cli ping` against a real trytond, and against a fault server for what trytond cannot do.

use crate::common;

use std::time::{Duration, Instant};

use crate::common::fault::{FaultServer, Reply};
use crate::common::{Home, TrytonServer, assert_one_clean_line, shared_server};
use serde_json::Value;

#[test]
fn ping_prints_the_version_the_server_reports() {
    let server = shared_server();
    let (_, body) = server.raw(
        server.root_path(),
        r#"{"id":1,"method":"common.server.version","params":[]}"#,
        None,
    );
    let expected: Value = serde_json::from_str(&body).unwrap();
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--url", &server.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let line = String::from_utf8(out.stdout).unwrap();
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        words[..4],
        [
            "ok",
            server.url.as_str(),
            "tryton",
            expected["result"].as_str().unwrap()
        ]
    );
    assert_eq!(words[5], "ms", "{line}");
    assert!(words[4].parse::<f64>().unwrap() > 0.0, "{line}");
    assert!(out.stderr.is_empty());
}

#[test]
fn ping_json_is_one_object_with_status_url_version_latency() {
    let server = shared_server();
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--json"])
        .env("TRYTON_URL", &server.url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let object: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(object["status"], "ok");
    assert_eq!(object["url"], server.url.as_str());
    assert!(
        object["version"]
            .as_str()
            .unwrap()
            .starts_with(&server.series),
        "{object}"
    );
    assert!(object["latency_ms"].as_f64().unwrap() > 0.0);
}

#[test]
fn ping_accepts_the_portal_url_variable() {
    let server = shared_server();
    let home = Home::new();
    home.cli()
        .arg("ping")
        .env("TRYTON_RPC_URL", format!("{}/", server.url))
        .assert()
        .code(0);
}

#[test]
fn ping_with_a_database_checks_that_it_exists() {
    let server = shared_server();
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--url", &server.url, "-d", common::server::DATABASE])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.trim_end().ends_with("database tryton found"), "{line}");

    let out = home
        .cli()
        .args(["ping", "--url", &server.url, "-d", "no_such_db"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("database 'no_such_db' not found"), "{err}");
}

#[test]
fn ping_says_when_the_database_cannot_be_checked() {
    let server = TrytonServer::start(&[("TRYTOND_DATABASE__LIST", "False")]);
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--json", "--url", &server.url, "-d", "anything"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let object: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(object["database"]["status"], "unchecked", "{object}");
    assert!(
        object["database"]["reason"]
            .as_str()
            .unwrap()
            .contains("does not list")
    );
}

#[test]
fn ping_exits_2_on_a_closed_port() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--url", &format!("http://127.0.0.1:{port}")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("connection refused"), "{err}");
}

#[test]
fn ping_exits_2_within_the_timeout_when_nothing_answers() {
    let silent = FaultServer::start(|_, _, _| Reply::Silence);
    let home = Home::new();
    let started = Instant::now();
    let out = home
        .cli()
        .args(["ping", "--timeout", "1", "--url", &silent.url])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(2));
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("within 1s"), "{err}");
    // A deadline, not a speed: well over the 1 s asked for, well under the 10 s default.
    assert!(took < Duration::from_secs(8), "took {took:?}");
    assert_eq!(silent.hits(), 1, "ping must not retry on its own");
}

#[test]
fn ping_exits_1_when_html_or_a_server_error_answers() {
    let html =
        FaultServer::start(|_, _, _| Reply::html(200, "<!doctype html><p>Welcome to nginx</p>"));
    let broken = FaultServer::start(|_, _, _| Reply::html(500, "<p>Internal Server Error</p>"));
    let home = Home::new();
    for (server, expected) in [(&html, "HTML"), (&broken, "HTTP 500")] {
        let out = home
            .cli()
            .args(["ping", "--url", &server.url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(expected), "{err}");
    }
}

#[test]
fn ping_accepts_a_bare_json_result() {
    let bare = FaultServer::start(|_, _, _| Reply::json(r#""8.2""#));
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--url", &bare.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("tryton 8.2"));
}

#[test]
fn ping_falls_back_to_the_7x_layout_on_401_at_rpc() {
    // What trytond 7.0 does: /rpc/ is read as a database named "rpc" (401), the root answers.
    let old = FaultServer::start(|_, path, _| match path {
        "/rpc/" => Reply::Answer(
            401,
            "text/plain",
            vec![("WWW-Authenticate".into(), "Basic realm=\"Tryton\"".into())],
            vec![],
        ),
        _ => Reply::json(r#"{"id":1,"result":"7.0.59"}"#),
    });
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--url", &old.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("tryton 7.0.59"));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("auth"));
}

#[test]
fn ping_quiet_prints_nothing_and_keeps_the_exit_code() {
    let server = shared_server();
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "-q", "--url", &server.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let out = home
        .cli()
        .args(["ping", "-q", "--url", "http://127.0.0.1:1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn ping_exits_3_without_a_usable_url() {
    let home = Home::new();
    for (args, expected) in [
        (vec!["ping"], "no server URL"),
        (vec!["ping", "--url", "ftp://x"], "only http"),
        (
            vec!["ping", "--url", "http://admin:hunter2@x"],
            "credentials",
        ),
        (vec!["ping", "--nope"], "unexpected argument"),
        (vec!["ping", "--wait", "soon"], "not a duration"),
    ] {
        let out = home.cli().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("hunter2"), "{err}");
    }
}

#[test]
fn ping_wait_succeeds_when_the_server_comes_up_later() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let home = Home::new();
    let mut waiting = home
        .cli_std()
        .args([
            "ping",
            "--wait",
            "60s",
            "--url",
            &format!("http://127.0.0.1:{port}"),
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        waiting.try_wait().unwrap().is_none(),
        "ping gave up before the server started"
    );
    let _server = TrytonServer::start_on(Some(port), &[]);
    let out = waiting.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok "));
}

#[test]
fn ping_count_prints_one_line_per_round() {
    let server = shared_server();
    let home = Home::new();
    let out = home
        .cli()
        .args([
            "ping",
            "--count",
            "3",
            "--interval",
            "10ms",
            "--url",
            &server.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().filter(|l| l.starts_with("ok ")).count(),
        3,
        "{text}"
    );
}
