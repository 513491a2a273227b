//! Bulk data and writes (issue 14) against a real trytond: export and import with Tryton's own
//! semantics, create/write/delete, server warnings, and the server's records limit.

use crate::common::fixture::{count, run_ok};
use crate::common::{
    Home, TrytonServer, assert_one_clean_line, create_parties, error_after_batch_lines, logged_in,
    shared_server, unique,
};
use serde_json::{Value, json};

/// Two parties with different names, and the `party.replace` wizard's `execute` call that
/// replaces the first by the second — which trytond guards with a UserWarning. (The wizard
/// session is left for the server to expire: this drives `call`, not the `wizard` command.)
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
    let out = home.cli().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("different names")
            && err.contains("--yes")
            && err.contains("nothing was changed"),
        "{err}"
    );
    assert!(active(server, source), "refused: the party stays");
    let out = home.cli().arg("--yes").args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!active(server, source), "accepted: the party was replaced");
}

#[test]
fn delete_where_without_a_terminal_needs_yes_and_changes_nothing_without_it() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("del");
    create_parties(server, &[format!("{tag} one"), format!("{tag} two")]);
    let like = json!([["name", "like", format!("{tag}%")]]);
    let out = home
        .cli()
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
    assert_eq!(count(server, "party.party", like.clone()), 2);
    let out = home
        .cli()
        .args(["delete", "party.party", "--yes", "--where"])
        .arg(format!("name like '{tag}%'"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Deleted 2 record(s)"));
    assert_eq!(count(server, "party.party", like), 0);
}

#[test]
fn delete_by_ids_in_batches_smaller_than_the_server_limit() {
    let server = TrytonServer::start(&[("TRYTOND_REQUEST__RECORDS_LIMIT", "3")]);
    let home = logged_in(&server);
    let tag = unique("lim");
    let names: Vec<String> = (0..7).map(|i| format!("{tag} {i}")).collect();
    let ids = create_parties(&server, &names[..3]);
    let more = create_parties(&server, &names[3..6]);
    let last = create_parties(&server, &names[6..]);
    let all: Vec<String> = ids
        .iter()
        .chain(&more)
        .chain(&last)
        .map(i64::to_string)
        .collect();
    let out = home
        .cli()
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
        count(
            &server,
            "party.party",
            json!([["name", "like", format!("{tag}%")]])
        ),
        0
    );
}

/// A currency of the tests' own, on a server, by the same name everywhere.
fn test_currency(server: &TrytonServer) -> i64 {
    let ids = server.rpc(
        "model.currency.currency.create",
        json!([[{"name": "Testcoin", "code": "TSC", "symbol": "T", "rounding": {"__class__": "Decimal", "decimal": "0.01"}, "digits": 2}], {}]),
    );
    ids[0].as_i64().unwrap()
}

/// A party as (name, language, sorted (city, street) pairs).
type PartySummary = (String, Value, Vec<(Value, Value)>);

/// Parties as [`PartySummary`], read directly from a server.
fn party_summary(server: &TrytonServer, names: &[&str]) -> Vec<PartySummary> {
    let mut summary = Vec::new();
    for name in names {
        let parties = server.rpc(
            "model.party.party.search_read",
            json!([
                [["name", "=", name]],
                0,
                null,
                null,
                ["name", "lang.name", "addresses"],
                {}
            ]),
        );
        let parties = parties.as_array().unwrap();
        assert_eq!(parties.len(), 1, "{name}: {parties:?}");
        let party = &parties[0];
        let addresses = server.rpc(
            "model.party.address.read",
            json!([party["addresses"], ["city", "street"], {}]),
        );
        let mut pairs: Vec<(Value, Value)> = addresses
            .as_array()
            .unwrap()
            .iter()
            .map(|a| (a["city"].clone(), a["street"].clone()))
            .collect();
        pairs.sort_by_key(|pair| pair.0.to_string());
        let lang = party["lang."]["name"].clone();
        summary.push((party["name"].as_str().unwrap().to_string(), lang, pairs));
    }
    summary
}

#[test]
fn export_then_import_into_a_fresh_database_reproduces_the_records() {
    let source = TrytonServer::start(&[]);
    let target = TrytonServer::start(&[]);
    let names = ["Zoë Ünïcødé 株式会社", "ACME, \"Corp\"", "Plain Party"];
    for name in names {
        source.rpc(
            "model.party.party.create",
            json!([[{"name": name, "lang": 1, "addresses": [["create", [
                {"city": format!("{name} City"), "street": "1 rue de la Paix\nBâtiment B"},
                {"city": "Lyon", "street": "2, \"quai\""}]]]}], {}]),
        );
    }
    let currency = test_currency(&source);
    test_currency(&target);
    source.rpc(
        "model.currency.currency.rate.create",
        json!([[{"currency": currency, "date": {"__class__": "date", "year": 2026, "month": 1, "day": 2},
                 "rate": {"__class__": "Decimal", "decimal": "1.234567"}},
                {"currency": currency, "date": {"__class__": "date", "year": 2026, "month": 2, "day": 3},
                 "rate": {"__class__": "Decimal", "decimal": "0.000001"}}], {}]),
    );
    let from = logged_in(&source);
    let to = logged_in(&target);
    let dir = tempfile::tempdir().unwrap();

    let parties = dir.path().join("parties.csv");
    let csv = run_ok(
        from.cli()
            .args(["export", "party.party", "name", "in"])
            .arg(format!(
                "({})",
                names
                    .map(|n| format!("'{}'", n.replace('\'', "\\'")))
                    .join(", ")
            ))
            .args([
                "-f",
                "name,lang,addresses/city,addresses/street",
                "--batch-size",
                "2",
            ]),
    );
    assert!(
        csv.starts_with("name,lang,addresses/city,addresses/street\r\n"),
        "{csv}"
    );
    std::fs::write(&parties, &csv).unwrap();
    run_ok(
        to.cli()
            .args(["import", "party.party"])
            .arg(&parties)
            .args(["--batch-size", "2"]),
    );
    assert_eq!(
        party_summary(&target, &names),
        party_summary(&source, &names)
    );
    assert_eq!(
        party_summary(&target, &names)[0].2.len(),
        2,
        "two addresses each"
    );

    let rates = dir.path().join("rates.csv");
    let csv = run_ok(
        from.cli()
            .args(["export", "currency.currency.rate", "currency.code = TSC"])
            .args(["-f", "currency,date,rate", "--order", "date"]),
    );
    assert_eq!(
        csv,
        "currency,date,rate\r\nTestcoin,2026-01-02,1.234567\r\nTestcoin,2026-02-03,0.000001\r\n"
    );
    std::fs::write(&rates, &csv).unwrap();
    run_ok(
        to.cli()
            .args(["import", "currency.currency.rate"])
            .arg(&rates),
    );
    let imported = target.rpc(
        "model.currency.currency.rate.search_read",
        json!([[], 0, null, [["date", "ASC"]], ["date", "rate"], {}]),
    );
    assert_eq!(
        imported[0]["rate"],
        json!({"__class__": "Decimal", "decimal": "1.234567"})
    );
    assert_eq!(
        imported[1]["rate"],
        json!({"__class__": "Decimal", "decimal": "0.000001"})
    );
    assert_eq!(
        imported[1]["date"],
        json!({"__class__": "date", "year": 2026, "month": 2, "day": 3})
    );
}

#[test]
fn a_bad_row_in_a_later_batch_names_its_line_and_the_continue_command_finishes() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("batch");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("parties.csv");
    let write_file = |lang_of_fifth: &str| {
        let mut text = String::from("name,lang,addresses/street\n");
        for i in 1..=7 {
            let lang = if i == 5 { lang_of_fifth } else { "English" };
            // Each street spans two lines; record 2 has a second address on a continuation row.
            text.push_str(&format!("\"{tag} {i}\",{lang},\"Street\n{i}\"\n"));
            if i == 2 {
                text.push_str(",,Second street\n");
            }
        }
        std::fs::write(&file, text).unwrap();
    };
    write_file("Nope");
    let out = home
        .cli()
        .args(["import", "party.party"])
        .arg(&file)
        .args(["--batch-size", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = error_after_batch_lines(&out.stderr);
    // Header line 1; records take two lines each (the newline in the city), record 2 three.
    let line_of_fifth = 1 + 2 * 4 + 1 + 1;
    let lines_of_fifth = format!("lines {line_of_fifth}–{}, column 'lang'", line_of_fifth + 1);
    assert!(
        err.contains(&lines_of_fifth) && err.contains("Nope"),
        "{err}"
    );
    // The server named the row: the record before it in the batch went in on its own.
    assert!(
        err.contains("4 record(s) (records 1–4, lines 2–10) imported before"),
        "{err}"
    );
    let continue_with = err.split("once it is fixed: ").nth(1).unwrap().trim();
    assert!(
        continue_with.ends_with("--skip-records 4"),
        "{continue_with}"
    );
    let like = |i: u32| json!([["name", "=", format!("{tag} {i}")]]);
    for i in 1..=4 {
        assert_eq!(
            count(server, "party.party", like(i)),
            1,
            "record {i} is there"
        );
    }
    for i in 5..=7 {
        assert_eq!(
            count(server, "party.party", like(i)),
            0,
            "record {i} was not imported"
        );
    }
    write_file("English");
    let words: Vec<&str> = continue_with.split_whitespace().skip(1).collect();
    let mut command = home.cli();
    command.args(&words);
    run_ok(&mut command);
    for i in 1..=7 {
        assert_eq!(
            count(server, "party.party", like(i)),
            1,
            "record {i} exactly once"
        );
    }
    let second = server.rpc(
        "model.party.party.search_read",
        json!([like(2), 0, null, null, ["addresses"], {}]),
    );
    assert_eq!(second[0]["addresses"].as_array().unwrap().len(), 2);
}

#[test]
fn import_check_names_a_bad_value_and_sends_nothing() {
    let server = shared_server();
    let home = logged_in(server);
    let out = home
        .cli()
        .args(["import", "currency.currency.rate", "-", "--check"])
        .write_stdin("currency,date,rate\nTestcoin,2026-01-02,1.5\nTestcoin,02/01/2026,1.5\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("line 3, column 'date'") && err.contains("not a date"),
        "{err}"
    );
    let out = home
        .cli()
        .args(["import", "party.party", "-", "--check"])
        .write_stdin("name,nmae\nx,y\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(assert_one_clean_line(&out.stderr).contains("unknown field 'nmae'"));
}

#[test]
fn a_server_records_limit_is_met_with_smaller_batches_for_import_search_and_export() {
    let server = TrytonServer::start(&[("TRYTOND_REQUEST__RECORDS_LIMIT", "100")]);
    let home = logged_in(&server);
    let tag = unique("many");
    let mut csv = String::from("name\n");
    for i in 0..1000 {
        csv.push_str(&format!("{tag} {i:04}\n"));
    }
    run_ok(
        home.cli()
            .args(["import", "party.party", "-"])
            .write_stdin(csv),
    );
    let domain = format!("name like '{tag}%'");
    let found =
        run_ok(
            home.cli()
                .args(["search", "party.party", &domain, "-f", "name", "-o", "csv"]),
        );
    assert_eq!(found.lines().count(), 1001, "header and 1000 rows");
    let exported = run_ok(home.cli().args([
        "export",
        "party.party",
        &domain,
        "-f",
        "name",
        "--header",
        "none",
    ]));
    assert_eq!(exported.lines().count(), 1000);
    assert!(
        exported.starts_with(&format!("{tag} 0000\r\n")),
        "{}",
        &exported[..40]
    );
}

/// The CLI on a pseudo-terminal for `home`.
fn on_a_terminal(home: &Home, args: &[String]) -> crate::common::pty::Pty {
    let mut command = home.cli_std();
    command.args(args);
    crate::common::pty::Pty::spawn(command)
}

#[test]
fn delete_on_a_terminal_asks_and_does_nothing_unless_answered_yes() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("ask");
    create_parties(server, &[format!("{tag} one"), format!("{tag} two")]);
    let like = json!([["name", "like", format!("{tag}%")]]);
    let args: Vec<String> = ["delete", "party.party", "--where"]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("name like '{tag}%'")])
        .collect();
    let mut terminal = on_a_terminal(&home, &args);
    terminal.expect("delete 2 record(s) of party.party? [y/N]");
    terminal.type_line("n");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 3, "{screen}");
    assert_eq!(count(server, "party.party", like.clone()), 2);
    let mut terminal = on_a_terminal(&home, &args);
    terminal.expect("[y/N]");
    terminal.type_line("y");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert_eq!(count(server, "party.party", like), 0);
}

#[test]
fn a_server_warning_is_asked_on_a_terminal() {
    let server = shared_server();
    let home = logged_in(server);
    let (source, args) = replace_call(server);
    let mut terminal = on_a_terminal(&home, &args);
    terminal.expect("different names");
    terminal.expect("Do you want to proceed?");
    terminal.type_line("n");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 1, "{screen}");
    assert!(
        active(server, source),
        "refused at the prompt: nothing changed"
    );
    let mut terminal = on_a_terminal(&home, &args);
    terminal.expect("Do you want to proceed?");
    terminal.type_line("y");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(!active(server, source), "accepted at the prompt");
}

#[test]
fn create_takes_plain_json_typed_by_field_and_write_where_changes_what_it_counted() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("create");
    let input = format!(
        "{{\"name\": \"{tag} a\", \"lang\": \"English\", \"addresses\": [{{\"city\": \"Paris\"}}, {{\"city\": \"Lyon\"}}]}}\n{{\"name\": \"{tag} b\", \"code\": 42}}\n"
    );
    let ids = run_ok(
        home.cli()
            .args(["create", "party.party"])
            .write_stdin(input),
    );
    let ids: Vec<i64> = ids.lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(ids.len(), 2);
    let read = server.rpc(
        "model.party.party.read",
        json!([ids, ["name", "lang", "code", "addresses"], {}]),
    );
    assert_eq!(read[0]["lang"], json!(1), "a many2one by name");
    assert_eq!(read[0]["addresses"].as_array().unwrap().len(), 2);
    assert_eq!(
        read[1]["code"],
        json!("42"),
        "a number for a char field is text"
    );
    let out = home
        .cli()
        .args(["write", "party.party", "--where"])
        .arg(format!("name like '{tag}%'"))
        .args([r#"{"active": false}"#, "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("2 record(s) of party.party match") && said.contains("Wrote 2"),
        "{said}"
    );
    assert!(!active(server, ids[0]) && !active(server, ids[1]));
    // A name that names nothing is refused before anything is written: the server's data
    // decided, so exit 1 (as import).
    let out = home
        .cli()
        .args([
            "write",
            "party.party",
            &ids[0].to_string(),
            r#"{"lang": "Klingon"}"#,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(assert_one_clean_line(&out.stderr).contains("no ir.lang is named 'Klingon'"));
}

#[test]
fn a_binary_value_is_base64_text_sent_as_trytond_encodes_bytes_and_bad_base64_is_refused() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("binary");
    let party = server.rpc(
        "model.party.party.create",
        json!([[{"name": tag, "code": unique("code")}], {}]),
    )[0]
    .as_i64()
    .unwrap();
    // Line breaks, as base64 tools wrap long text, are allowed.
    let input = json!({"name": format!("{tag}.txt"), "resource": format!("party.party,{party}"),
        "data": "aGVsbG8g\nd29ybGQ="});
    let ids = run_ok(
        home.cli()
            .args(["create", "ir.attachment"])
            .write_stdin(format!("{input}\n")),
    );
    let id: i64 = ids.trim().parse().unwrap();
    let read = server.rpc("model.ir.attachment.read", json!([[id], ["data"], {}]));
    assert_eq!(
        read[0]["data"],
        json!({"__class__": "bytes", "base64": "aGVsbG8gd29ybGQ=\n"})
    );
    let out = home
        .cli()
        .args(["write", "ir.attachment", &id.to_string()])
        .arg(r#"{"data": "not base64!"}"#)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(
        assert_one_clean_line(&out.stderr)
            .contains(r#"ir.attachment.data: "not base64!" is not base64 text"#)
    );
    let read = server.rpc("model.ir.attachment.read", json!([[id], ["data"], {}]));
    assert_eq!(read[0]["data"]["base64"], json!("aGVsbG8gd29ybGQ=\n"));
}
