//! Bulk data and writes (issue 14) against a real trytond: export and import with Tryton's own
//! semantics, create/write/delete, server warnings, and the server's records limit.

use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{TrytonServer, assert_one_clean_line, cli, shared_server};
use serde_json::{Value, json};

/// A logged-in home for `server` (file store); commands then need no flags.
fn logged_in(server: &TrytonServer) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    cli(home.path())
        .args(["login", "--url", &server.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "file", "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .assert()
        .code(0);
    home
}

fn unique(tag: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!(
        "{tag}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// Two parties with different names, and the `party.replace` wizard's `execute` call that
/// replaces the first by the second — which trytond guards with a UserWarning.
fn replace_call(server: &TrytonServer) -> (i64, Vec<String>) {
    let ids = server.rpc(
        "model.party.party.create",
        json!([[{"name": unique("Warned A"), "code": unique("WA")},
                {"name": unique("Warned B"), "code": unique("WB")}], {}]),
    );
    let (a, b) = (ids[0].as_i64().unwrap(), ids[1].as_i64().unwrap());
    let session = server.rpc("wizard.party.replace.create", json!([{}]));
    let session = session[0].as_i64().unwrap();
    let args = vec![
        "call".to_string(),
        "wizard.party.replace".into(),
        "execute".into(),
        session.to_string(),
        json!({"ask": {"source": a, "destination": b}}).to_string(),
        "\"replace\"".into(),
        "--context".into(),
        json!({"active_model": "party.party", "active_id": a, "active_ids": [a]}).to_string(),
    ];
    (a, args)
}

fn active(server: &TrytonServer, id: i64) -> bool {
    let rows = server.rpc("model.party.party.read", json!([[id], ["active"], {}]));
    matches!(rows[0]["active"], Value::Bool(true)) || rows[0]["active"] == json!(1)
}

#[test]
fn a_server_warning_is_refused_without_a_terminal_and_accepted_with_yes() {
    let server = shared_server();
    let home = logged_in(server);
    let (source, args) = replace_call(server);
    let out = cli(home.path()).args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("different names")
            && err.contains("--yes")
            && err.contains("nothing was changed"),
        "{err}"
    );
    assert!(active(server, source), "refused: the party stays");
    let out = cli(home.path()).arg("--yes").args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!active(server, source), "accepted: the party was replaced");
}

/// Parties with the given names; their ids.
fn parties(server: &TrytonServer, names: &[String]) -> Vec<i64> {
    let values: Vec<Value> = names
        .iter()
        .map(|name| json!({"name": name, "code": unique("C")}))
        .collect();
    let ids = server.rpc("model.party.party.create", json!([values, {}]));
    ids.as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_i64().unwrap())
        .collect()
}

fn count(server: &TrytonServer, domain: Value) -> i64 {
    let context = json!({"active_test": false});
    server
        .rpc("model.party.party.search_count", json!([domain, context]))
        .as_i64()
        .unwrap()
}

#[test]
fn delete_where_without_a_terminal_needs_yes_and_changes_nothing_without_it() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("del");
    parties(server, &[format!("{tag} one"), format!("{tag} two")]);
    let like = json!([["name", "like", format!("{tag}%")]]);
    let out = cli(home.path())
        .args(["delete", "party.party", "--where"])
        .arg(format!("name like '{tag}%'"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2 record(s) of party.party match"), "{err}");
    assert!(
        err.contains("--yes") && err.contains("nothing was changed"),
        "{err}"
    );
    assert_eq!(count(server, like.clone()), 2);
    let out = cli(home.path())
        .args(["delete", "party.party", "--yes", "--where"])
        .arg(format!("name like '{tag}%'"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Deleted 2 record(s)"));
    assert_eq!(count(server, like), 0);
}

#[test]
fn delete_by_ids_in_batches_smaller_than_the_server_limit() {
    let server = TrytonServer::start(&[("TRYTOND_REQUEST__RECORDS_LIMIT", "3")]);
    let home = logged_in(&server);
    let tag = unique("lim");
    let names: Vec<String> = (0..7).map(|i| format!("{tag} {i}")).collect();
    let ids = parties(&server, &names[..3]);
    let more = parties(&server, &names[3..6]);
    let last = parties(&server, &names[6..]);
    let all: Vec<String> = ids
        .iter()
        .chain(&more)
        .chain(&last)
        .map(i64::to_string)
        .collect();
    let out = cli(home.path())
        .args(["-v", "delete", "party.party", &all.join(","), "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let trace = String::from_utf8_lossy(&out.stderr);
    assert!(
        trace.contains("HTTP 413"),
        "the limit was met and worked around: {trace}"
    );
    assert_eq!(
        count(&server, json!([["name", "like", format!("{tag}%")]])),
        0
    );
}
