//! The transport rules, proved with the real binary: which failures are re-sent (reads yes, writes
//! only when they provably never left), Retry-After, bodies that are not JSON-RPC, size caps,
//! gzip, timeouts, TLS (a real trytond over HTTPS), proxies from the environment, and `-v` traces
//! that never show a secret. Faults come from `common::fault`, which counts what it receives.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::common::cli;
use crate::common::fault::{FaultServer, Reply};
use crate::common::fixture::stored_token;
use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{Home, TrytonServer, assert_one_clean_line, shared_server};
use serde_json::Value;

const SEARCH: &str = "model.party.party.search";
const CREATE: &str = "model.party.party.create";
const LOGIN: &str = "common.db.login";
const VERSION: &str = "common.server.version";

/// The CLI aimed at a fake Tryton for database methods: every run logs in with the password from
/// the environment (`common.db.login`, then `get_preferences`), and stores nothing.
fn against(home: &Home, server: &FaultServer) -> assert_cmd::Command {
    let mut command = home.cli();
    command
        .env("TRYTON_URL", &server.url)
        .env("TRYTON_DATABASE", "db")
        .env("TRYTON_USER", "admin")
        .env("TRYTON_PASSWORD", "not-a-real-password")
        .env("TRYTON_SESSION_STORE", "none");
    command
}

/// What a healthy trytond answers to each method these tests send.
fn healthy(method: &str) -> Reply {
    match method {
        LOGIN => Reply::json(r#"{"id":1,"result":[1,"0123456789abcdef",null]}"#),
        "model.res.user.get_preferences" => {
            Reply::json(r#"{"id":2,"result":{"language":"en","company":1}}"#)
        }
        SEARCH => Reply::json(r#"{"id":3,"result":[1,2]}"#),
        CREATE => Reply::json(r#"{"id":3,"result":[7]}"#),
        VERSION => Reply::json(r#"{"id":1,"result":"8.2.1"}"#),
        _ => Reply::json(r#"{"id":3,"result":null}"#),
    }
}

/// A fake Tryton: `answer(method, n)` replies to the n-th request (0-based) for that method.
fn fake_tryton(answer: impl Fn(&str, usize) -> Reply + Send + Sync + 'static) -> FaultServer {
    let seen: Mutex<HashMap<String, usize>> = Mutex::new(HashMap::new());
    FaultServer::start(move |_, _, body| {
        let method = serde_json::from_str::<Value>(body)
            .ok()
            .and_then(|v| v["method"].as_str().map(str::to_string))
            .unwrap_or_default();
        let n = {
            let mut seen = seen.lock().unwrap();
            let count = seen.entry(method.clone()).or_default();
            *count += 1;
            *count - 1
        };
        answer(&method, n)
    })
}

fn page(status: u16) -> Reply {
    Reply::html(
        status,
        &format!(
            "<!doctype html>\n<title>{status}</title>\n<h1>Oops</h1>\n<p>upstream trouble</p>\n"
        ),
    )
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

/// The last stderr line (the error) of a `-v` run, checked for the `tryton-cli:` prefix.
fn last_line(out: &std::process::Output) -> String {
    let text = stderr_of(out);
    assert!(!text.contains("panicked"), "{text}");
    let line = text
        .trim_end()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(line.starts_with("tryton-cli: "), "{text}");
    line
}

// ---------------------------------------------------------------------------------------------
// Retries

#[test]
fn a_read_reset_after_it_was_sent_is_sent_again() {
    let server = fake_tryton(|method, n| match method {
        SEARCH if n == 0 => Reply::Reset,
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(result, serde_json::json!([1, 2]));
    assert_eq!(server.calls_of(SEARCH), 2);
    assert_eq!(server.calls_of(LOGIN), 1);
}

#[test]
fn a_write_reset_after_it_was_sent_is_not_sent_again_unless_asked() {
    let server = fake_tryton(|method, _| match method {
        CREATE => Reply::Reset,
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["call", "party.party", "create", r#"[{"name":"x"}]"#])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("closed before the answer was complete"),
        "{err}"
    );
    assert!(
        err.contains("may have applied") && err.contains("--retry-writes"),
        "{err}"
    );
    assert_eq!(server.calls_of(CREATE), 1, "a write was sent twice");

    let server = fake_tryton(|method, n| match method {
        CREATE if n == 0 => Reply::Reset,
        other => healthy(other),
    });
    let out = against(&home, &server)
        .args([
            "call",
            "party.party",
            "create",
            r#"[{"name":"x"}]"#,
            "--retry-writes",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[7]");
    assert_eq!(server.calls_of(CREATE), 2);
}

#[test]
fn a_503_is_retried_for_a_read() {
    let server = fake_tryton(|method, n| match method {
        SEARCH if n == 0 => page(503),
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(server.calls_of(SEARCH), 2);
}

#[test]
fn a_502_page_is_retried_for_a_read_up_to_the_limit_and_never_for_a_write() {
    let server = fake_tryton(|method, n| match method {
        SEARCH if n < 2 => page(502),
        CREATE => page(502),
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["--retries", "1", "call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        server.calls_of(SEARCH),
        3,
        "a gateway's answer is retried over a time budget, not --retries' count"
    );

    let out = against(&home, &server)
        .args([
            "--retries",
            "2",
            "call",
            "party.party",
            "create",
            r#"[{"name":"x"}]"#,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("HTTP 502")
            && err.contains("no answer from the application")
            && err.contains("may have applied model.party.party.create: not sent again"),
        "{err}"
    );
    assert_eq!(server.calls_of(CREATE), 1);
}

#[test]
fn a_read_rides_out_a_proxy_502_longer_than_a_worker_restart() {
    let started = Instant::now();
    let server = fake_tryton(move |method, _| match method {
        SEARCH if started.elapsed() < Duration::from_secs(4) => page(502),
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["-v", "call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(started.elapsed() >= Duration::from_secs(4));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[1,2]");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a gateway's answer: retried for up to 30 s"),
        "{stderr}"
    );

    // --retries 0 still means never: one request, exit 2 (no answer from the application).
    let always = fake_tryton(|method, _| match method {
        SEARCH => page(502),
        other => healthy(other),
    });
    let out = against(&home, &always)
        .args(["--retries", "0", "call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(always.calls_of(SEARCH), 1);
}

#[test]
fn a_gateway_timeout_on_a_read_is_not_sent_again_and_is_no_answer() {
    let server = fake_tryton(|method, _| match method {
        SEARCH => Reply::Answer(
            504,
            "application/json",
            vec![],
            br#"{"error": "upstream timed out"}"#.to_vec(),
        ),
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("HTTP 504") && err.contains("did not answer in time"),
        "{err}"
    );
    assert_eq!(
        server.calls_of(SEARCH),
        1,
        "the same heavy request is not re-sent"
    );
}

#[test]
fn a_503_with_retry_after_is_waited_for_as_long_as_it_says() {
    let server = fake_tryton(|method, n| match method {
        SEARCH if n < 2 => Reply::Answer(
            503,
            "text/html",
            vec![("Retry-After".into(), "2".into())],
            b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>".to_vec(),
        ),
        other => healthy(other),
    });
    let home = Home::new();
    let started = Instant::now();
    let out = against(&home, &server)
        .args(["--retries", "1", "call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        started.elapsed() >= Duration::from_secs(4),
        "two waits of 2 s"
    );
    assert_eq!(server.calls_of(SEARCH), 3);
}

#[test]
fn cron_check_and_wait_treat_a_proxy_502_as_no_answer() {
    let started = Instant::now();
    let server = fake_tryton(move |method, _| match method {
        "model.ir.cron.fields_get" => page(502),
        "model.party.party.search_count" if started.elapsed() < Duration::from_secs(3) => page(502),
        "model.party.party.search_count" => Reply::json(r#"{"id":3,"result":0}"#),
        VERSION if started.elapsed() < Duration::from_secs(3) => page(502),
        other => healthy(other),
    });
    let home = Home::new();
    // cron --check: exit 1 means "a job is late"; an outage must not say so.
    let out = against(&home, &server)
        .args(["--retries", "0", "cron", "--check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("HTTP 502"), "{err}");

    // wait keeps asking through the 502s (its own loop: no client retries here).
    let out = against(&home, &server)
        .args(["--retries", "0", "-v", "wait", "party.party"])
        .args([
            "--for",
            "count=0",
            "--max-wait",
            "20s",
            "--interval",
            "500ms",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("asking again until the deadline"),
        "{stderr}"
    );

    // ping --wait too.
    let out = against(&home, &server)
        .env_remove("TRYTON_DATABASE")
        .args(["--retries", "0", "ping", "--wait", "20s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn retry_after_is_waited_for_and_one_over_the_cap_ends_the_retries() {
    let server = fake_tryton(|method, n| match method {
        SEARCH if n == 0 => Reply::Answer(
            429,
            "text/plain",
            vec![("Retry-After".into(), "1".into())],
            b"Too Many Requests".to_vec(),
        ),
        other => healthy(other),
    });
    let home = Home::new();
    let started = Instant::now();
    let out = against(&home, &server)
        .args(["call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(server.calls_of(SEARCH), 2);
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "did not wait for Retry-After: {:?}",
        started.elapsed()
    );

    let server = fake_tryton(|method, _| match method {
        SEARCH => Reply::Answer(
            429,
            "text/plain",
            vec![("Retry-After".into(), "3600".into())],
            b"Too Many Requests".to_vec(),
        ),
        other => healthy(other),
    });
    let started = Instant::now();
    let out = against(&home, &server)
        .args(["call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("HTTP 429") && err.contains("retry after 3600 s"),
        "{err}"
    );
    assert_eq!(server.calls_of(SEARCH), 1);
    // A deadline, not a speed: it did not wait the hour it was told to.
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn a_write_that_meets_a_closed_port_is_sent_again_as_it_never_left() {
    // The fake server stops listening once the login is done: the write meets a closed port.
    let server = fake_tryton(|method, _| match method {
        "model.res.user.get_preferences" => Reply::Last(Box::new(healthy(method))),
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["-v", "call", "party.party", "create", r#"[{"name":"x"}]"#])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = last_line(&out);
    assert!(err.contains("connection refused"), "{err}");
    assert!(!err.contains("not sent again"), "{err}");
    let trace = stderr_of(&out);
    let retries: Vec<&str> = trace
        .lines()
        .filter(|l| l.contains("retry ") && l.contains(CREATE))
        .collect();
    assert_eq!(retries.len(), 3, "{trace}");
    assert!(retries[2].contains("retry 3/3"), "{trace}");
    assert_eq!(server.calls_of(CREATE), 0);
}

#[test]
fn a_400_is_not_retried() {
    let server = fake_tryton(|method, _| match method {
        SEARCH => page(400),
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("HTTP 400"), "{err}");
    assert_eq!(server.calls_of(SEARCH), 1);
}

#[test]
fn a_login_is_retried_at_most_once() {
    let server = fake_tryton(|method, _| match method {
        LOGIN => page(503),
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["--retries", "5", "call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("HTTP 503"), "{err}");
    assert_eq!(server.calls_of(LOGIN), 2);
    assert_eq!(server.calls_of(SEARCH), 0);
}

// ---------------------------------------------------------------------------------------------
// Bodies

#[test]
fn an_html_page_or_an_empty_body_with_200_is_not_json_rpc() {
    let home = Home::new();
    for (reply, expected) in [
        (
            Reply::html(200, "<!doctype html><p>Welcome to nginx</p>"),
            "an HTML page",
        ),
        (Reply::json(""), "an empty body"),
    ] {
        let reply = std::sync::Arc::new(Mutex::new(Some(reply)));
        let server = FaultServer::start(move |_, _, _| {
            reply
                .lock()
                .unwrap()
                .take()
                .unwrap_or_else(|| Reply::json("{}"))
        });
        let out = home
            .cli()
            .args(["call", VERSION, "--url", &server.url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(expected) && err.contains("HTTP 200"), "{err}");
        assert_eq!(server.hits(), 1, "an answer is not worth sending again");
    }
}

#[test]
fn a_truncated_body_is_no_answer_and_a_read_is_sent_again() {
    let answer = br#"{"id":1,"result":"8.2.1","padding":"................................"}"#;
    let server = FaultServer::start(move |n, _, _| match n {
        0 => Reply::Truncate(200, answer.to_vec(), 20),
        _ => Reply::json(r#"{"id":1,"result":"8.2.1"}"#),
    });
    let home = Home::new();
    let out = home
        .cli()
        .args(["call", VERSION, "--url", &server.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), r#""8.2.1""#);
    assert_eq!(server.hits(), 2);

    let server = FaultServer::start(move |_, _, _| Reply::Truncate(200, answer.to_vec(), 20));
    let out = home
        .cli()
        .args(["--retries", "1", "call", VERSION, "--url", &server.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("closed before the answer was complete"),
        "{err}"
    );
    assert_eq!(server.hits(), 2);
}

#[test]
fn a_body_over_the_size_cap_is_refused() {
    let big = format!(r#"{{"id":1,"result":"{}"}}"#, "x".repeat(10 * 1024));
    let server = {
        let big = big.clone();
        FaultServer::start(move |_, _, _| Reply::json(&big))
    };
    let home = Home::new();
    let out = home
        .cli()
        .args([
            "--max-response-size",
            "1KiB",
            "call",
            VERSION,
            "--url",
            &server.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("larger than 1 KiB"), "{err}");
    assert_eq!(server.hits(), 1);

    // The same from the environment; and a large enough cap lets it through.
    let out = home
        .cli()
        .env("TRYTON_MAX_RESPONSE_SIZE", "2048")
        .args(["call", VERSION, "--url", &server.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("larger than 2 KiB"), "{err}");
    let out = home
        .cli()
        .args([
            "--max-response-size",
            "11KiB",
            "call",
            VERSION,
            "--url",
            &server.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");

    // A small gzip body that would expand far over the cap is stopped while it expands.
    let bomb =
        gzip(format!(r#"{{"id":1,"result":"{}"}}"#, " ".repeat(16 * 1024 * 1024)).as_bytes());
    assert!(bomb.len() < 256 * 1024);
    let server = FaultServer::start(move |_, _, _| {
        Reply::Answer(
            200,
            "application/json",
            vec![("Content-Encoding".into(), "gzip".into())],
            bomb.clone(),
        )
    });
    let out = home
        .cli()
        .args([
            "--max-response-size",
            "1MiB",
            "call",
            VERSION,
            "--url",
            &server.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("larger than 1 MiB"), "{err}");

    let out = home
        .cli()
        .args(["--max-response-size", "lots", "call", VERSION])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert_one_clean_line(&out.stderr);
}

#[test]
fn gzip_bodies_are_decoded_even_when_the_label_is_wrong() {
    let answer = format!(r#"{{"id":1,"result":"{}"}}"#, "8.2.1 ".repeat(400));
    let compressed = gzip(answer.as_bytes());
    let plain = answer.clone().into_bytes();
    // Request 0: gzip, labelled so; request 1: a plain body labelled gzip (as trytond 8.2 does
    // without Accept-Encoding).
    let server = FaultServer::start(move |n, _, _| {
        let body = if n == 0 {
            compressed.clone()
        } else {
            plain.clone()
        };
        Reply::Answer(
            200,
            "application/json",
            vec![("Content-Encoding".into(), "gzip".into())],
            body,
        )
    });
    let home = Home::new();
    for _ in 0..2 {
        let out = home
            .cli()
            .args(["call", VERSION, "--url", &server.url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let value: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(value.as_str().unwrap().len(), 6 * 400);
    }
    for request in server.requests() {
        assert_eq!(request.header("accept-encoding"), Some("gzip"));
    }
}

#[test]
fn a_body_that_trickles_past_the_timeout_is_cut() {
    let server = FaultServer::start(|_, _, _| {
        Reply::Trickle(
            format!(r#"{{"id":1,"result":"{}"}}"#, "x".repeat(200)).into_bytes(),
            Duration::from_millis(50),
        )
    });
    let home = Home::new();
    let started = Instant::now();
    let out = home
        .cli()
        .args([
            "--timeout",
            "1",
            "--retries",
            "0",
            "call",
            VERSION,
            "--url",
            &server.url,
        ])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("within 1s"), "{err}");
    // A deadline, not a speed: cut well before the ~11 s the trickle would last.
    assert!(took < Duration::from_secs(6), "took {took:?}");
}

#[test]
fn a_write_to_a_server_that_never_answers_times_out_once() {
    let server = fake_tryton(|method, _| match method {
        CREATE => Reply::Silence,
        other => healthy(other),
    });
    let home = Home::new();
    let started = Instant::now();
    let out = against(&home, &server)
        .args([
            "--write-timeout",
            "1",
            "call",
            "party.party",
            "create",
            r#"[{"name":"x"}]"#,
        ])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("within 1s") && err.contains("not sent again"),
        "{err}"
    );
    assert_eq!(server.calls_of(CREATE), 1);
    // A deadline, not a speed: the server never answers, so only the 1 s bound ended the run.
    assert!(took < Duration::from_secs(8), "took {took:?}");
}

// ---------------------------------------------------------------------------------------------
// Errors from a real trytond

#[test]
fn a_database_method_on_an_unknown_database_is_a_clear_404() {
    let server = shared_server();
    let home = Home::new();
    let out = home
        .cli()
        .env("TRYTON_URL", &server.url)
        .env("TRYTON_SESSION_STORE", "none")
        .env("TRYTON_PASSWORD", admin_password())
        .args([
            "-u",
            ADMIN,
            "-d",
            "no_such_db",
            "call",
            "party.party",
            "search",
            "[]",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("HTTP 404") && err.contains("check the database name"),
        "{err}"
    );
    assert!(err.contains("/no_such_db/"), "{err}");
}

#[test]
fn a_tampered_session_token_is_refused_with_exit_4() {
    let server = shared_server();
    let home = Home::logged_in(server);
    let secrets = home.path().join("state/tryton-cli/secrets.json");
    let mut stored: Value =
        serde_json::from_str(&std::fs::read_to_string(&secrets).unwrap()).unwrap();
    for token in stored.as_object_mut().unwrap().values_mut() {
        let forged = "0".repeat(token.as_str().unwrap().len());
        *token = Value::String(forged);
    }
    std::fs::write(&secrets, stored.to_string()).unwrap();
    let out = home
        .cli()
        .args(["call", "party.party", "search_count", "[]"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("run 'tryton-cli login'"), "{err}");
}

#[test]
fn a_session_refused_right_after_login_is_exit_4_without_a_loop() {
    // A session bound to another address (a proxy that changes the client IP) is refused at once.
    let server = fake_tryton(|method, _| match method {
        SEARCH => Reply::Answer(
            401,
            "text/html",
            vec![("WWW-Authenticate".into(), "Basic realm=\"Tryton\"".into())],
            vec![],
        ),
        other => healthy(other),
    });
    let home = Home::new();
    let out = against(&home, &server)
        .args(["call", "party.party", "search", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("HTTP 401") && err.contains("session was refused"),
        "{err}"
    );
    assert!(server.calls_of(LOGIN) <= 2 && server.calls_of(SEARCH) <= 2);
}

// ---------------------------------------------------------------------------------------------
// TLS

struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    /// A private CA and a certificate for 127.0.0.1 that it signed.
    fn new() -> Pki {
        use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair, KeyUsagePurpose};
        let dir = tempfile::tempdir().unwrap();
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        ca.distinguished_name
            .push(rcgen::DnType::CommonName, "tryton-cli test CA");
        let ca_cert = ca.self_signed(&ca_key).unwrap();
        let issuer = Issuer::new(ca, ca_key);
        let server_key = KeyPair::generate().unwrap();
        let mut leaf = CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap();
        leaf.distinguished_name
            .push(rcgen::DnType::CommonName, "127.0.0.1");
        let leaf_cert = leaf.signed_by(&server_key, &issuer).unwrap();
        std::fs::write(dir.path().join("ca.pem"), ca_cert.pem()).unwrap();
        std::fs::write(dir.path().join("server.pem"), leaf_cert.pem()).unwrap();
        std::fs::write(dir.path().join("server.key"), server_key.serialize_pem()).unwrap();
        Pki { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).to_string_lossy().to_string()
    }
}

#[test]
fn https_needs_a_trusted_certificate() {
    let pki = Pki::new();
    let server = TrytonServer::start(&[
        ("TRYTOND_SSL__CERTIFICATE", &pki.path("server.pem")),
        ("TRYTOND_SSL__PRIVATEKEY", &pki.path("server.key")),
    ]);
    let url = format!("https://127.0.0.1:{}", server.port);
    assert_eq!(server.url, url);
    let home = Home::new();

    let out = home.cli().args(["ping", "--url", &url]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("certificate") && err.contains("--cacert"),
        "{err}"
    );

    let out = home
        .cli()
        .args(["ping", "--url", &url, "--cacert", &pki.path("ca.pem")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok "));
    assert!(out.stderr.is_empty(), "{out:?}");

    let out = home
        .cli()
        .args(["ping", "--url", &url, "--insecure"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let warning = assert_one_clean_line(&out.stderr);
    assert!(
        warning.contains("warning") && warning.contains("not verified"),
        "{warning}"
    );

    // The system trust store as rustls-native-certs reads it on Linux (also SSL_CERT_DIR).
    let out = home
        .cli()
        .env("SSL_CERT_FILE", pki.path("ca.pem"))
        .args(["ping", "--url", &url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");

    // A database method over TLS, logging in on the way.
    let out = home
        .cli()
        .env("TRYTON_SESSION_STORE", "none")
        .env("TRYTON_PASSWORD", admin_password())
        .args([
            "--url",
            &url,
            "--cacert",
            &pki.path("ca.pem"),
            "-d",
            DATABASE,
            "-u",
            ADMIN,
            "call",
            "party.party",
            "search_count",
            "[]",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn https_to_a_plain_http_server_says_so_without_retrying() {
    let plain = FaultServer::start(|_, _, _| Reply::json(r#"{"id":1,"result":"8.2.1"}"#));
    let home = Home::new();
    let out = home
        .cli()
        .args([
            "call",
            VERSION,
            "--url",
            &format!("https://127.0.0.1:{}", plain.port),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("TLS failure") && err.contains("http://?"),
        "{err}"
    );
    assert_eq!(plain.hits(), 0);
}

// ---------------------------------------------------------------------------------------------
// Proxies

#[test]
fn the_proxy_from_the_environment_is_used_unless_no_proxy_matches() {
    let proxy = FaultServer::start(|_, _, _| Reply::json(r#"{"id":1,"result":"via proxy"}"#));
    let origin = FaultServer::start(|_, _, _| Reply::json(r#"{"id":1,"result":"direct"}"#));
    let home = Home::new();
    let out = home
        .cli()
        .env("HTTP_PROXY", &proxy.url)
        .args(["call", VERSION, "--url", &origin.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        r#""via proxy""#
    );
    assert_eq!(origin.hits(), 0);
    // ureq tunnels even plain http through the proxy with CONNECT.
    assert_eq!(proxy.connects(), [format!("127.0.0.1:{}", origin.port)]);
    let requests = proxy.requests();
    assert_eq!(requests.len(), 1);
    assert!(
        requests[0].line.starts_with("POST /rpc/ "),
        "{}",
        requests[0].line
    );

    let out = home
        .cli()
        .env("HTTP_PROXY", &proxy.url)
        .env("NO_PROXY", "127.0.0.1")
        .args(["call", VERSION, "--url", &origin.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), r#""direct""#);
    assert_eq!(origin.hits(), 1);
    assert_eq!(proxy.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// Traces and headers

#[test]
fn verbose_traces_show_method_url_status_size_and_time() {
    let server = FaultServer::start(|_, _, _| Reply::json(r#"{"id":1,"result":"8.2.1"}"#));
    let home = Home::new();
    let out = home
        .cli()
        .args(["-v", "call", VERSION, "--url", &server.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let trace = stderr_of(&out);
    let request = format!("POST {}/rpc/ {VERSION}", server.url);
    assert!(trace.contains(&request), "{trace}");
    let answer = trace
        .lines()
        .find(|l| l.starts_with("* < 200 "))
        .unwrap_or_else(|| panic!("no status line: {trace}"));
    assert!(
        answer.contains(" bytes in ") && answer.ends_with(" ms"),
        "{answer}"
    );
    assert!(!trace.contains("8.2.1"), "-v shows no bodies: {trace}");

    let out = home
        .cli()
        .args(["-vv", "call", VERSION, "--url", &server.url])
        .output()
        .unwrap();
    let trace = stderr_of(&out);
    assert!(
        trace.contains(r#""method":"common.server.version""#),
        "{trace}"
    );
    assert!(trace.contains(r#""result":"8.2.1""#), "{trace}");
}

#[test]
fn traces_never_show_the_password_or_the_session() {
    let server = shared_server();
    let home = Home::new();
    let tryton_file = || {
        let mut command = home.cli();
        command
            .env("TRYTON_URL", &server.url)
            .env("TRYTON_DATABASE", DATABASE)
            .env("TRYTON_SESSION_STORE", "file");
        command
    };
    let out = tryton_file()
        .args(["-vv", "login", "-u", ADMIN, "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let login_trace = stderr_of(&out);
    assert!(login_trace.contains(LOGIN), "{login_trace}");

    let out = tryton_file()
        .args(["-vv", "call", "party.party", "search_count", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let call_trace = stderr_of(&out);
    assert!(call_trace.contains("search_count"), "{call_trace}");

    let token = stored_token(home.path());
    assert!(token.len() >= 32);
    use base64::Engine;
    let header = base64::engine::general_purpose::STANDARD.encode(format!("{ADMIN}:1:{token}"));
    for trace in [&login_trace, &call_trace] {
        assert!(!trace.contains(&admin_password()), "password: {trace}");
        assert!(!trace.contains(&token), "session token: {trace}");
        assert!(!trace.contains(&header), "session header: {trace}");
        assert!(
            !trace.to_ascii_lowercase().contains("authorization"),
            "{trace}"
        );
    }
}

#[test]
fn the_user_agent_names_the_cli_and_its_version() {
    let server = FaultServer::start(|_, _, _| Reply::json(r#"{"id":1,"result":"8.2.1"}"#));
    let home = Home::new();
    home.cli()
        .args(["call", VERSION, "--url", &server.url])
        .assert()
        .code(0);
    let requests = server.requests();
    assert_eq!(
        requests[0].header("user-agent"),
        Some(concat!("tryton-cli/", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(requests[0].header("content-type"), Some("application/json"));
}

// ---------------------------------------------------------------------------------------------
// Request bodies gzipped when large and authenticated

#[test]
fn a_large_body_with_a_session_goes_gzipped_and_trytond_takes_it() {
    let server = shared_server();
    let upstream = server.port;
    let proxy = FaultServer::start(move |_, _, _| Reply::Forward {
        port: upstream,
        lose_answer: false,
    });
    let home = Home::new();
    crate::common::login(home.path(), &proxy.url);
    let tag = crate::common::unique("gz");
    let name = format!("{tag} {}", "y".repeat(200_000));
    let out = cli(home.path())
        .args(["-v", "create", "party.party"])
        .write_stdin(format!("{{\"name\": \"{name}\"}}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("> gzip: "), "{stderr}");
    let create = proxy
        .requests()
        .into_iter()
        .find(|r| r.method().as_deref() == Some(CREATE))
        .expect("the create went through the proxy");
    assert_eq!(create.header("content-encoding"), Some("gzip"));
    assert!(create.sent_bytes < 10_000, "{} bytes", create.sent_bytes);
    // Small or anonymous bodies go as they are (trytond answers 415 to an anonymous gzip).
    for request in proxy.requests() {
        if request.method().as_deref() != Some(CREATE) {
            assert_eq!(request.header("content-encoding"), None, "{request:?}");
        }
    }

    let out = cli(home.path())
        .args(["search", "party.party", &format!("name like '{tag} %'")])
        .args(["-f", "name", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let record: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["name"].as_str(), Some(name.as_str()));
}

#[test]
fn a_415_to_a_gzipped_body_sends_it_again_as_it_is_and_no_longer_compresses() {
    let server = fake_tryton(|method, n| match method {
        CREATE if n == 0 => Reply::html(415, "<p>Unsupported Media Type</p>"),
        "model.party.party.fields_get" => {
            Reply::json(r#"{"id":3,"result":{"name":{"type":"char","string":"Name"}}}"#)
        }
        other => healthy(other),
    });
    let home = Home::new();
    let big = "z".repeat(100_000);
    let out = against(&home, &server)
        .args(["create", "party.party", "--batch-size", "1"])
        .write_stdin(format!(
            "{{\"name\": \"{big}\"}}\n{{\"name\": \"{big}\"}}\n"
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let encodings: Vec<Option<String>> = server
        .requests()
        .into_iter()
        .filter(|r| r.method().as_deref() == Some(CREATE))
        .map(|r| r.header("content-encoding").map(str::to_string))
        .collect();
    assert_eq!(encodings, [Some("gzip".to_string()), None, None]);
}

#[test]
fn plain_http_to_a_tls_port_says_to_use_https() {
    let nginx = FaultServer::start(|_, _, _| {
        Reply::html(
            400,
            "<html>\r\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>The plain HTTP request was sent to HTTPS port</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        )
    });
    let home = Home::new();
    let out = home
        .cli()
        .args(["ping", "--url", &nginx.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("use an https:// URL"), "{err}");
    assert_eq!(nginx.hits(), 1, "not sent again");
}

#[test]
fn wait_does_not_outlast_its_deadline_while_a_proxy_answers_502() {
    let server = fake_tryton(|method, _| match method {
        "model.party.party.search_count" => page(502),
        other => healthy(other),
    });
    let home = Home::new();
    let started = Instant::now();
    let out = against(&home, &server)
        .args(["--timeout", "2", "wait", "party.party", "--max-wait", "3s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("HTTP 502"), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}: --max-wait 3s and --timeout 2s, not the 30 s a read gets",
        started.elapsed()
    );
}
