//! A write is never abandoned while the server works on it (issue 20): `--timeout` bounds
//! connecting and reads, a write waits for its answer unless `--write-timeout` bounds it, and a
//! write cut short says the server may have applied it. The slow server is a real trytond behind
//! the fault server, which holds the chosen method back before passing it on.

use std::process::Output;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::fault::{FaultServer, Reply};
use crate::common::fixture::ids;
use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{Home, TrytonServer, assert_one_clean_line, logged_in, shared_server, unique};

const CREATE: &str = "model.party.party.create";
const SEARCH_READ: &str = "model.party.party.search_read";

/// A proxy to `server` that holds every request for `method` back for `delay` before passing it
/// on: a server busy with it for that long.
pub(crate) fn slow_for(
    server: &TrytonServer,
    method: &'static str,
    delay: Duration,
) -> FaultServer {
    let upstream = server.port;
    FaultServer::start(move |_, _, body| {
        let forward = Reply::Forward {
            port: upstream,
            lose_answer: false,
        };
        let named = serde_json::from_str::<Value>(body)
            .ok()
            .is_some_and(|request| request["method"] == method);
        if named {
            Reply::Delay(delay, Box::new(forward))
        } else {
            forward
        }
    })
}

/// The CLI through `proxy`, logging in from TRYTON_PASSWORD (no stored session), with `stdin`.
fn through(proxy: &FaultServer, args: &[&str], stdin: &str) -> Output {
    let home = Home::new();
    home.cli()
        .args(["--url", &proxy.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "none"])
        .args(args)
        .env("TRYTON_PASSWORD", admin_password())
        .write_stdin(stdin)
        .output()
        .unwrap()
}

/// The parties whose code is `code`, inactive ones included.
fn parties_with_code(server: &TrytonServer, code: &str) -> Vec<i64> {
    ids(server, "party.party", json!([["code", "=", code]]))
}

#[test]
fn a_create_answered_after_the_timeout_completes_and_prints_its_id() {
    let server = shared_server();
    let proxy = slow_for(server, CREATE, Duration::from_secs(2));
    let code = unique("slow-create");
    let record = json!({"name": code, "code": code}).to_string();
    let out = through(
        &proxy,
        &["--timeout", "1", "create", "party.party"],
        &record,
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let ids = parties_with_code(server, &code);
    assert_eq!(ids.len(), 1, "created once: {ids:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        ids[0].to_string()
    );
    assert_eq!(proxy.calls_of(CREATE), 1);
}

#[test]
fn a_search_answered_after_the_timeout_is_no_answer() {
    let server = shared_server();
    let proxy = slow_for(server, SEARCH_READ, Duration::from_secs(2));
    let out = through(&proxy, &["--timeout", "1", "search", "party.party"], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("within 1s"), "{err}");
    assert!(proxy.calls_of(SEARCH_READ) >= 1);
}

#[test]
fn a_write_timeout_bounds_a_write_and_says_it_may_have_been_applied() {
    let server = shared_server();
    let proxy = slow_for(server, CREATE, Duration::from_secs(2));
    let code = unique("bounded-create");
    let record = json!({"name": code, "code": code}).to_string();
    let out = through(
        &proxy,
        &["--write-timeout", "1", "create", "party.party"],
        &record,
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("within 1s (waiting for the answer: --write-timeout)")
            && err.contains("may have applied"),
        "{err}"
    );
    assert!(
        !err.contains("--retry-writes"),
        "a flag create does not have: {err}"
    );
    assert_eq!(proxy.calls_of(CREATE), 1, "a write was sent twice");
    // And so it was: the server ran it once the proxy let it through.
    let deadline = Instant::now() + Duration::from_secs(20);
    while parties_with_code(server, &code).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(parties_with_code(server, &code).len(), 1);
}

#[test]
fn call_of_a_write_whose_answer_is_lost_names_retry_writes() {
    let server = shared_server();
    let upstream = server.port;
    let proxy = FaultServer::start(move |_, _, body| Reply::Forward {
        port: upstream,
        lose_answer: body.contains(CREATE),
    });
    let code = unique("lost-create");
    let records = json!([{"name": code, "code": code}]).to_string();
    let out = through(&proxy, &["call", "party.party", "create", &records], "");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("may have applied") && err.contains("--retry-writes"),
        "{err}"
    );
    assert_eq!(proxy.calls_of(CREATE), 1);
    assert_eq!(parties_with_code(server, &code).len(), 1);
}

#[test]
fn a_timeout_of_0_is_no_limit() {
    let server = shared_server();
    let home = logged_in(server);
    let out = home
        .cli()
        .args(["--timeout", "0", "ping"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let code = unique("no-limit");
    crate::common::create_parties(server, &[&code]);
    let out = home
        .cli()
        .args(["--timeout", "0", "--write-timeout", "0"])
        .args(["search", "party.party", &format!("name = {code}")])
        .args(["-f", "name", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        json!({"name": code}).to_string()
    );
}

#[test]
fn an_import_of_2000_parties_with_addresses_in_one_batch_completes_with_the_defaults() {
    // A server of its own: on SQLite the 20 s transaction holds the database's write lock, and
    // the shared server's other tests would wait for it (a login past their 10 s timeout).
    let server = &TrytonServer::start(&[]);
    let home = logged_in(server);
    let tag = unique("bulk");
    let mut csv = String::from("name,code,addresses/street,addresses/city\n");
    for i in 0..2000 {
        csv.push_str(&format!(
            "{tag} {i},{tag}-{i},{i} Main Street,Springfield\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("parties.csv");
    std::fs::write(&file, csv).unwrap();
    let out = home
        .cli()
        .args(["import", "party.party"])
        .arg(&file)
        .args(["--batch-size", "2000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let count = |model: &str, field: &str| {
        server.rpc(
            &format!("model.{model}.search_count"),
            json!([[[field, "like", format!("{tag}%")]], {"active_test": false}]),
        )
    };
    assert_eq!(count("party.party", "code"), json!(2000));
    assert_eq!(count("party.address", "party.code"), json!(2000));
}
