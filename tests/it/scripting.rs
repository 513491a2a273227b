//! Scripting and monitoring (issue 16) against a real trytond: --jq on the JSON outputs, `wait`
//! for a data condition, `cron` and its health check, and `--watch`.

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

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn parties(server: &TrytonServer, names: &[&str]) -> Vec<i64> {
    let values: Vec<Value> = names.iter().map(|name| json!({ "name": name })).collect();
    server
        .rpc("model.party.party.create", json!([values, {}]))
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_i64().unwrap())
        .collect()
}

#[test]
fn jq_prints_raw_strings_one_per_record() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("jq");
    let names = [format!("{tag}-b"), format!("{tag}-a")];
    parties(server, &[&names[0], &names[1]]);
    let output = cli(home.path())
        .args(["search", "party.party", &format!("name ilike {tag}-%")])
        .args(["-f", "name", "--order", "name", "--jq", ".name"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(stdout_of(&output), format!("{tag}-a\n{tag}-b\n"));

    // -o json: the program sees the whole list once.
    let output = cli(home.path())
        .args(["search", "party.party", &format!("name ilike {tag}-%")])
        .args([
            "-f",
            "name",
            "-o",
            "json",
            "--jq",
            "map(.name) | sort | join(\",\")",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), format!("{tag}-a,{tag}-b\n"));

    // read, and non-string outputs as compact JSON.
    let ids = parties(server, &[&format!("{tag}-c")]);
    let output = cli(home.path())
        .args(["read", "party.party", &ids[0].to_string(), "-f", "id,name"])
        .args(["--jq", "{id, n: (.name | length)}"])
        .output()
        .unwrap();
    let expected = json!({"id": ids[0], "n": tag.len() + 2}).to_string();
    assert_eq!(stdout_of(&output), format!("{expected}\n"));
}

#[test]
fn jq_on_call_status_ping_count_and_export() {
    let server = shared_server();
    let home = logged_in(server);
    let count = server.rpc("model.party.party.search_count", json!([[], {}]));
    let count = count.as_i64().unwrap();
    let output = cli(home.path())
        .args(["call", "party.party", "search_count", "[]", "--jq", ". + 1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let printed: i64 = stdout_of(&output).trim().parse().unwrap();
    assert!(printed > count, "{printed} vs {count}");

    let output = cli(home.path())
        .args(["search", "party.party", "--count", "--jq", ". * 0"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), "0\n");

    let output = cli(home.path())
        .args(["ping", "--jq", ".status"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), "ok\n");

    let output = cli(home.path())
        .args(["status", "--jq", ".[0].user"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), format!("{ADMIN}\n"));

    let tag = unique("jqexport");
    parties(server, &[&tag]);
    let output = cli(home.path())
        .args([
            "export",
            "party.party",
            &format!("name = {tag}"),
            "-f",
            "name",
        ])
        .args(["-o", "ndjson", "--jq", ".name | ascii_upcase"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), format!("{}\n", tag.to_uppercase()));
}

#[test]
fn a_bad_jq_program_is_exit_3_before_anything_is_sent() {
    let home = tempfile::tempdir().unwrap();
    // Nothing listens on port 9 (discard): had a request been tried, the exit would be 2.
    for args in [
        vec!["search", "party.party", "-f", "name"],
        vec!["call", "party.party", "search_count", "[]"],
        vec!["ping"],
    ] {
        let output = cli(home.path())
            .args(["--url", "http://127.0.0.1:9", "-d", "x", "-u", "admin"])
            .args(&args)
            .args(["--jq", ".["])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(3), "{args:?} {output:?}");
        let line = assert_one_clean_line(&output.stderr);
        assert!(line.contains("--jq"), "{line}");
        assert!(output.stdout.is_empty());
    }
    // A format --jq cannot read, and a command that prints no JSON: exit 3 too.
    for args in [
        vec!["search", "party.party", "-o", "csv"],
        vec!["export", "party.party", "-f", "name"],
        vec!["delete", "party.party", "1"],
    ] {
        let output = cli(home.path())
            .args(["--url", "http://127.0.0.1:9", "-d", "x", "-u", "admin"])
            .args(&args)
            .args(["--jq", "."])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(3), "{args:?} {output:?}");
        assert_one_clean_line(&output.stderr);
    }
}

#[test]
fn a_jq_runtime_error_is_one_line_and_exit_3() {
    let server = shared_server();
    let home = logged_in(server);
    let output = cli(home.path())
        .args(["call", "party.party", "search_count", "[]", "--jq", ".name"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let line = assert_one_clean_line(&output.stderr);
    assert!(line.contains("--jq"), "{line}");
}
