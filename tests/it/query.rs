//! `call` and `search` against a real trytond: results equal to direct JSON-RPC, every output
//! format parsed back, paging, the short domain form, Tryton types, and clear errors.

use crate::common::{Home, assert_one_clean_line, unique};
use serde_json::{Value, json};

#[test]
fn call_returns_what_a_direct_request_returns() {
    let session = Home::shared();
    let tag = unique("direct");
    session.create_parties(&[format!("{tag} a"), format!("{tag} b")]);
    let domain = json!([["name", "like", format!("{tag}%")]]);
    let direct = session.server().rpc(
        "model.party.party.search_read",
        json!([domain, 0, null, [["id", "ASC"]], ["name"], {}]),
    );
    let via_cli = session.run_json(&[
        "call",
        "party.party",
        "search_read",
        &domain.to_string(),
        "0",
        "null",
        r#"[["id","ASC"]]"#,
        r#"["name"]"#,
    ]);
    assert_eq!(via_cli, direct);
    assert_eq!(via_cli.as_array().unwrap().len(), 2);
}

#[test]
fn search_matches_the_server_in_every_format() {
    let session = Home::shared();
    let tag = unique("fmt");
    let tricky = [
        format!("{tag} Zoë Ünïcødé 株式会社 🚀"),
        format!("{tag} ACME, \"Quoted\" Inc."),
        format!("{tag} plain"),
    ];
    session.create_parties(&tricky);
    let domain = json!([["name", "like", format!("{tag}%")]]).to_string();
    let direct = session.server().rpc(
        "model.party.party.search_read",
        json!([
            serde_json::from_str::<Value>(&domain).unwrap(),
            0,
            null,
            [["id", "ASC"]],
            ["id", "name"],
            {}
        ]),
    );
    let base = [
        "search",
        "party.party",
        domain.as_str(),
        "-f",
        "id,name",
        "--order",
        "id",
    ];

    let json_out = session.run_json(&[&base[..], &["-o", "json"]].concat());
    assert_eq!(json_out, direct);

    let ndjson = session.run_ok(&[&base[..], &["-o", "ndjson"]].concat());
    let lines: Vec<Value> = ndjson
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(Value::Array(lines), direct);

    let csv_text = session.run_ok(&[&base[..], &["-o", "csv"]].concat());
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["id", "name"]
    );
    let rows: Vec<(String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect();
    let expected: Vec<(String, String)> = direct
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].to_string(), r["name"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(rows, expected);

    let table = session.run_ok(&[&base[..], &["-o", "table"]].concat());
    assert!(
        table.contains("株式会社") && table.contains("name"),
        "{table}"
    );
}

#[test]
fn search_pages_through_batches_and_counts() {
    let session = Home::shared();
    let tag = unique("page");
    let names: Vec<String> = (0..7).map(|i| format!("{tag} {i:02}")).collect();
    session.create_parties(&names);
    let domain = format!("name like {tag}%");
    let ndjson = session.run_ok(&[
        "search",
        "party.party",
        &domain,
        "-f",
        "name",
        "--order",
        "name",
        "--batch-size",
        "2",
        "-o",
        "ndjson",
    ]);
    let got: Vec<String> = ndjson
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["name"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(got, names);
    let limited = session.run_ok(&[
        "search",
        "party.party",
        &domain,
        "--batch-size",
        "2",
        "--limit",
        "5",
        "--offset",
        "1",
        "-o",
        "ndjson",
    ]);
    assert_eq!(limited.lines().count(), 5);
    let count = session.run_ok(&["search", "party.party", &domain, "--count"]);
    assert_eq!(count.trim(), "7");
}

#[test]
fn the_short_domain_form_equals_its_json_form() {
    let session = Home::shared();
    let tag = unique("short");
    let ids = session.create_parties(&[format!("{tag} one"), format!("{tag} two")]);
    let short = session.run_json(&[
        "search",
        "party.party",
        "name",
        "ilike",
        &format!("{tag}%"),
        "and",
        "id",
        ">",
        &(ids[0] - 1).to_string(),
        "-o",
        "json",
        "--order",
        "id",
    ]);
    let long = session.run_json(&[
        "search",
        "party.party",
        &json!([
            ["name", "ilike", format!("{tag}%")],
            ["id", ">", ids[0] - 1]
        ])
        .to_string(),
        "-o",
        "json",
        "--order",
        "id",
    ]);
    assert_eq!(short, long);
    assert_eq!(short.as_array().unwrap().len(), 2);
}

#[test]
fn tryton_types_survive_a_round_trip_through_the_server() {
    let session = Home::shared();
    // Currency codes are three letters: derive a rarely used one from the process id.
    let letter = |n: u32| char::from(b'A' + (n % 26) as u8);
    let pid = std::process::id();
    let code = format!("Q{}{}", letter(pid), letter(pid / 26));
    let currency = session.run_json(&[
        "call",
        "currency.currency",
        "create",
        &json!([{"name": format!("Test {code}"), "code": code, "symbol": "¤", "rounding": {"__class__": "Decimal", "decimal": "0.01"}, "digits": 2}]).to_string(),
    ]);
    let currency_id = currency[0].as_i64().unwrap();
    let rate = json!({"__class__": "Decimal", "decimal": "1234.567891"});
    let date = json!({"__class__": "date", "year": 2026, "month": 11, "day": 26});
    session.run_json(&[
        "call",
        "currency.currency.rate",
        "create",
        &json!([{"currency": currency_id, "rate": rate, "date": date}]).to_string(),
    ]);
    let rows = session.run_json(&[
        "search",
        "currency.currency.rate",
        &format!("currency = {currency_id}"),
        "-f",
        "rate,date,create_date",
        "-o",
        "json",
        "--tagged",
    ]);
    assert_eq!(
        rows[0]["rate"], rate,
        "Decimal kept exact and tagged in --tagged JSON"
    );
    assert_eq!(rows[0]["date"], date);
    assert_eq!(rows[0]["create_date"]["__class__"], "datetime");
    let csv_text = session.run_ok(&[
        "search",
        "currency.currency.rate",
        &format!("currency = {currency_id}"),
        "-f",
        "rate,date",
        "-o",
        "csv",
    ]);
    assert_eq!(csv_text.lines().nth(1).unwrap(), "1234.567891,2026-11-26");
    // The --tagged JSON output feeds back into call unchanged.
    let again = session.run_json(&[
        "call",
        "currency.currency.rate",
        "search_count",
        &json!([
            ["rate", "=", rows[0]["rate"]],
            ["date", "=", rows[0]["date"]]
        ])
        .to_string(),
    ]);
    assert_eq!(again, json!(1));
}

#[test]
fn server_errors_are_one_clear_line() {
    let session = Home::shared();
    let cases: [(&[&str], i32, &str); 6] = [
        (
            &["search", "no.such.model"],
            1,
            "unknown name 'no.such.model'",
        ),
        (
            &["search", "party.party", "-f", "nosuchfield"],
            1,
            "unknown name 'nosuchfield'",
        ),
        (
            &["search", "party.party", "name", "=>", "x"],
            3,
            "unknown operator '=>'",
        ),
        (
            &["call", "party.party", "nosuchmethod"],
            1,
            "is not a method the server exposes",
        ),
        (
            &["call", "party.party", "search", "oops"],
            3,
            r#"quote text for the shell as '"oops"'"#,
        ),
        (
            &["call", "party.party", "read", "[999999]", r#"["name"]"#],
            1,
            "don't exist",
        ),
    ];
    for (args, code, expected) in cases {
        let out = session.cli().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}

#[test]
fn a_user_error_reads_as_in_the_tryton_client() {
    let session = Home::shared();
    let tag = unique("dup");
    session.run_json(&[
        "call",
        "party.party",
        "create",
        &json!([{"name": tag, "code": tag}]).to_string(),
    ]);
    let out = session
        .cli()
        .args([
            "call",
            "party.party",
            "create",
            &json!([{"name": tag, "code": tag}]).to_string(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = assert_one_clean_line(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "tryton-cli: The code on party must be unique."
    );
}

#[test]
fn the_context_is_sent_and_can_be_overridden() {
    let session = Home::shared();
    let out = session
        .cli()
        .args([
            "-vv",
            "call",
            "party.party",
            "search_count",
            "[]",
            "--context",
            r#"{"active_test": false}"#,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let trace = String::from_utf8_lossy(&out.stderr);
    let request = trace.lines().find(|l| l.starts_with("* > {")).unwrap();
    assert!(request.contains(r#""language":"en""#), "{request}");
    assert!(request.contains(r#""active_test":false"#), "{request}");
    let out = session
        .cli()
        .args([
            "-vv",
            "call",
            "party.party",
            "search_count",
            "[]",
            "{}",
            "--no-context",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let trace = String::from_utf8_lossy(&out.stderr);
    assert!(trace.contains(r#""params":[[],{}]"#), "{trace}");
}

#[test]
fn dry_run_prints_the_request_and_a_curl_command_without_sending() {
    let home = Home::new();
    let out = home
        .cli()
        .args([
            "--url",
            "http://127.0.0.1:1",
            "-d",
            "prod",
            "call",
            "party.party",
            "search",
            "[]",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let request: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(request["method"], "model.party.party.search");
    assert_eq!(request["params"], json!([[], {}]));
    let curl = lines.next().unwrap();
    assert!(
        curl.starts_with("curl ") && curl.contains("http://127.0.0.1:1/prod/rpc/"),
        "{curl}"
    );
    assert!(curl.contains("Session (redacted)"), "{curl}");
}

#[test]
fn read_models_and_fields_show_what_the_server_has() {
    let session = Home::shared();
    let tag = unique("read");
    let ids = session.create_parties(&[format!("{tag} one"), format!("{tag} two")]);
    let id_list = format!("{},{}", ids[0], ids[1]);
    let rows = session.run_json(&[
        "read",
        "party.party",
        &id_list,
        "-f",
        "id,name",
        "-o",
        "json",
    ]);
    let direct = session.rpc("model.party.party.read", json!([ids, ["id", "name"], {}]));
    assert_eq!(rows, direct);

    let models = session.run_ok(&["models", "party.par", "-o", "csv"]);
    assert!(models.lines().any(|l| l == "party.party,Party"), "{models}");

    let fields = session.run_ok(&["fields", "party.party", "-o", "ndjson"]);
    let code: Value = fields
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|f| f["name"] == "addresses")
        .unwrap();
    assert_eq!(code["type"], "one2many");
    assert_eq!(code["relation"], "party.address");
}

#[test]
fn the_read_cache_answers_without_a_request_and_expires() {
    let session = Home::on_own_server();
    let args = [
        "search",
        "party.party",
        "-f",
        "name",
        "-o",
        "json",
        "--limit",
        "3",
    ];
    let before = session.server().calls_of("party.party.search_read");
    let first = session.run_ok(&[&args[..], &["--cache", "2s"]].concat());
    let after_first = session.server().calls_of("party.party.search_read");
    assert_eq!(after_first, before + 1);
    let second = session.run_ok(&[&args[..], &["--cache", "2s"]].concat());
    assert_eq!(second, first);
    assert_eq!(
        session.server().calls_of("party.party.search_read"),
        after_first,
        "a cache hit sends nothing"
    );
    session.run_ok(&[&args[..], &["--cache", "2s", "--refresh"]].concat());
    assert_eq!(
        session.server().calls_of("party.party.search_read"),
        after_first + 1
    );
    std::thread::sleep(std::time::Duration::from_millis(2100));
    session.run_ok(&[&args[..], &["--cache", "2s"]].concat());
    assert_eq!(
        session.server().calls_of("party.party.search_read"),
        after_first + 2,
        "an expired entry is fetched again"
    );

    for entry in std::fs::read_dir(session.path().join("cache/tryton-cli")).unwrap() {
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &entry.unwrap().metadata().unwrap().permissions(),
        );
        assert_eq!(mode & 0o777, 0o600);
    }
    let out = session
        .cli()
        .args(["call", "party.party", "create", "[{}]", "--cache", "1m"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(assert_one_clean_line(&out.stderr).contains("only for read methods"));
}

#[test]
fn paging_asks_for_each_page_once_and_no_empty_page_after_the_last() {
    let session = Home::on_own_server();
    let tag = unique("pages");
    let names: Vec<String> = (0..6).map(|i| format!("{tag} {i}")).collect();
    session.create_parties(&names);
    let before = session.server().calls_of("party.party.search_read");
    let out = session.run_ok(&[
        "search",
        "party.party",
        &format!("name like {tag}%"),
        "--batch-size",
        "2",
        "-o",
        "ndjson",
    ]);
    assert_eq!(out.lines().count(), 6);
    assert_eq!(
        session.server().calls_of("party.party.search_read") - before,
        3
    );
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    use std::io::BufRead;
    let session = Home::shared();
    let tag = unique("pipe");
    let names: Vec<String> = (0..30).map(|i| format!("{tag} {i}")).collect();
    session.create_parties(&names);
    for args in [
        vec!["search", "party.party", "--batch-size", "1", "-o", "ndjson"],
        vec!["ping", "--count", "3", "--interval", "300ms"],
    ] {
        let mut child = session
            .cli_std()
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("panicked") && !err.contains("Broken pipe"),
            "{args:?}: {err}"
        );
    }
}
