//! What a login that goes wrong in a production-shaped deployment says (issue 22): a server that
//! does not list its databases and is slow to refuse a mistyped one, and a WSGI worker that has
//! not loaded the database.

use serde_json::Value;

use crate::common::fault::{FaultServer, Reply};
use crate::common::{Home, assert_one_clean_line};

const LOGIN: &str = "common.db.login";

fn method_of(body: &str) -> String {
    serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| v["method"].as_str().map(str::to_string))
        .unwrap_or_default()
}

fn login_through(home: &Home, server: &FaultServer, extra: &[&str]) -> std::process::Output {
    home.cli()
        .env("TRYTON_URL", &server.url)
        .env("TRYTON_DATABASE", "prdo")
        .env("TRYTON_USER", "admin")
        .env("TRYTON_PASSWORD", "not-a-real-password")
        .env("TRYTON_SESSION_STORE", "none")
        .args(extra)
        .args(["call", "party.party", "search", "[]"])
        .output()
        .unwrap()
}

#[test]
fn a_login_that_times_out_is_sent_once_and_names_the_database_to_check() {
    let server = FaultServer::start(|_, _, body| match method_of(body).as_str() {
        LOGIN => Reply::Silence,
        _ => Reply::json(r#"{"id":1,"result":null}"#),
    });
    let home = Home::new();
    let out = login_through(&home, &server, &["--timeout", "1"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("within 1s")
            && err.contains("if 'prdo' is mistyped")
            && err.contains("check -d"),
        "{err}"
    );
    assert_eq!(
        server.calls_of(LOGIN),
        1,
        "a login past its timeout is not sent again"
    );
}

#[test]
fn a_worker_without_the_database_loaded_says_how_to_load_it_under_wsgi() {
    for answer in [
        r#"{"id":1,"error":["'res.user'",""]}"#,
        r#"{"id":1,"error":["unknown name 'ir.session'",""]}"#,
    ] {
        let server = FaultServer::start(move |_, _, body| match method_of(body).as_str() {
            LOGIN => Reply::json(answer),
            _ => Reply::json(r#"{"id":1,"result":null}"#),
        });
        let home = Home::new();
        let out = login_through(&home, &server, &[]);
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(
            err.contains("has not loaded database 'prdo'")
                && err.contains("TRYTOND_DATABASE_NAMES=prdo"),
            "{err}"
        );
    }
}
