//! `export` pages on the records the server sent, never on what their cells hold (issue 20): a
//! sparse column, x2many continuation rows across pages, a 502 on one page (re-sent like a
//! search page) and a failure that stops the export with the command that appends the rest.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::common::fault::{FaultServer, Reply};
use crate::common::{
    Home, TrytonServer, assert_one_clean_line, logged_in, login, shared_server, unique,
};
use serde_json::{Value, json};

/// `count` parties named "`tag` NNN" with codes of their own; one in 12 (0, 12, 24…) has an
/// e-mail (a contact mechanism of type email, what party.party's `email` exports; '' for the
/// others). The e-mails, in name order.
fn sparse_parties(server: &TrytonServer, tag: &str, count: usize) -> Vec<Option<String>> {
    let mut emails = Vec::new();
    let values: Vec<Value> = (0..count)
        .map(|i| {
            let email = (i % 12 == 0).then(|| format!("p{i}@{}.example.com", i + 1));
            emails.push(email.clone());
            let mut party = json!({"name": format!("{tag} {i:03}"), "code": unique("C")});
            if let Some(email) = email {
                party["contact_mechanisms"] =
                    json!([["create", [{"type": "email", "value": email}]]]);
            }
            party
        })
        .collect();
    server.rpc("model.party.party.create", json!([values, {}]));
    emails
}

fn domain(tag: &str) -> String {
    format!("name like '{tag} %'")
}

/// Exit code, stdout and stderr of an export.
fn export(home: &Home, args: &[&str]) -> (Option<i32>, String, String) {
    let out = home.cli().arg("export").args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn export_ok(home: &Home, args: &[&str]) -> String {
    let (code, stdout, stderr) = export(home, args);
    assert_eq!(code, Some(0), "{stderr}");
    stdout
}

#[test]
fn a_sparse_column_exports_every_record_in_csv_and_ndjson() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("sparse");
    let emails = sparse_parties(server, &tag, 30);
    let domain = domain(&tag);
    let base = ["party.party", &domain, "-f", "email", "--order", "name"];

    let csv = export_ok(&home, &[&base[..], &["--batch-size", "5"]].concat());
    let mut expected = String::from("email\r\n");
    for email in &emails {
        expected.push_str(email.as_deref().unwrap_or("\"\""));
        expected.push_str("\r\n");
    }
    assert_eq!(csv, expected);

    let ndjson = export_ok(
        &home,
        &[&base[..], &["--batch-size", "5", "-o", "ndjson"]].concat(),
    );
    let rows: Vec<Value> = ndjson
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let expected: Vec<Value> = emails
        .iter()
        // An empty value is null in JSON (trytond exports it as '').
        .map(|email| json!({"email": email}))
        .collect();
    assert_eq!(rows, expected, "every record, and no id column");

    let json = export_ok(
        &home,
        &[&base[..], &["--batch-size", "5", "-o", "json"]].concat(),
    );
    assert_eq!(
        serde_json::from_str::<Value>(&json).unwrap(),
        json!(expected)
    );
    let jq = export_ok(
        &home,
        &[
            &base[..],
            &["--batch-size", "5", "-o", "json", "--jq", "map(.email)"],
        ]
        .concat(),
    );
    assert_eq!(serde_json::from_str::<Value>(&jq).unwrap(), json!(emails));
}

#[test]
fn x2many_continuation_rows_across_pages_lose_no_record_and_repeat_none() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("rows");
    // 1, 2 or 3 addresses a party: pages of 2 records end on records of several rows.
    let parties: Vec<Value> = (0..7)
        .map(|i| {
            let addresses: Vec<Value> = (0..i % 3 + 1)
                .map(|a| json!({"city": format!("City {i}-{a}")}))
                .collect();
            json!({"name": format!("{tag} {i:03}"), "code": unique("C"),
                   "addresses": [["create", addresses]]})
        })
        .collect();
    server.rpc("model.party.party.create", json!([parties, {}]));
    let domain = domain(&tag);
    let base = ["party.party", &domain, "-f", "name,addresses/city"];

    let paged = export_ok(&home, &[&base[..], &["--batch-size", "2"]].concat());
    let mut expected = String::from("name,addresses/city\r\n");
    for i in 0..7 {
        for a in 0..i % 3 + 1 {
            let name = if a == 0 {
                format!("{tag} {i:03}")
            } else {
                String::new()
            };
            expected.push_str(&format!("{name},City {i}-{a}\r\n"));
        }
    }
    assert_eq!(paged, expected);
    assert_eq!(export_ok(&home, &base), paged, "one page: the same");
    // Pages asked for three at a time: written in the same order.
    for jobs in ["2", "3"] {
        assert_eq!(
            export_ok(
                &home,
                &[&base[..], &["--batch-size", "2", "--jobs", jobs]].concat()
            ),
            paged,
            "--jobs {jobs}"
        );
    }

    let labelled = export_ok(
        &home,
        &[&base[..], &["--batch-size", "2", "--header", "labels"]].concat(),
    );
    let (labels, rows) = labelled.split_once("\r\n").unwrap();
    assert_eq!(
        labels.split(',').count(),
        2,
        "no label for the id: {labels}"
    );
    assert!(labels.starts_with("Name,"), "{labels}");
    let parallel = export_ok(
        &home,
        &[
            &base[..],
            &["--batch-size", "2", "--header", "labels", "--jobs", "3"],
        ]
        .concat(),
    );
    assert_eq!(parallel, labelled, "labels once, from the first page");
    assert_eq!(rows, expected.split_once("\r\n").unwrap().1);
}

/// Whether a request body is a page of `export_data_domain`; its offset.
fn export_offset(body: &str) -> Option<u64> {
    let request: Value = serde_json::from_str(body).ok()?;
    if !request["method"].as_str()?.ends_with(".export_data_domain") {
        return None;
    }
    request["params"][2].as_u64()
}

fn bad_gateway() -> Reply {
    Reply::html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>")
}

#[test]
fn a_502_on_one_export_page_is_sent_again_and_the_export_completes() {
    let server = shared_server();
    let tag = unique("flaky");
    sparse_parties(server, &tag, 30);
    let upstream = server.port;
    let pages = Arc::new(AtomicUsize::new(0));
    let seen = pages.clone();
    let proxy = FaultServer::start(move |_, _, body| {
        if export_offset(body).is_some() && seen.fetch_add(1, Ordering::SeqCst) == 2 {
            return bad_gateway();
        }
        Reply::Forward {
            port: upstream,
            lose_answer: false,
        }
    });
    let home = Home::new();
    login(home.path(), &proxy.url);
    let domain = domain(&tag);
    let args = [
        "party.party",
        &domain,
        "-f",
        "name,email",
        "--batch-size",
        "5",
    ];

    let exported = export_ok(&home, &args);
    let clean = export_ok(&logged_in(server), &args);
    assert_eq!(exported, clean);
    assert_eq!(exported.lines().count(), 31, "header and 30 records");
    // Seven pages (the last one empty), the third sent twice.
    assert_eq!(pages.load(Ordering::SeqCst), 8);
}

/// The page size asked by an `export_data_domain` request.
fn export_limit(body: &str) -> Option<u64> {
    export_offset(body)?;
    let request: Value = serde_json::from_str(body).ok()?;
    request["params"][3].as_u64()
}

#[test]
fn a_504_on_an_export_page_halves_the_page_and_the_export_completes() {
    let server = shared_server();
    let tag = unique("slow");
    sparse_parties(server, &tag, 30);
    let upstream = server.port;
    let big_pages = Arc::new(AtomicUsize::new(0));
    let seen = big_pages.clone();
    // The proxy gives up on any page of more than 5 records, as nginx does after its
    // proxy_read_timeout on a page too heavy for it.
    let proxy = FaultServer::start(move |_, _, body| {
        if export_limit(body).is_some_and(|limit| limit > 5) {
            seen.fetch_add(1, Ordering::SeqCst);
            return Reply::html(
                504,
                "<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>",
            );
        }
        Reply::Forward {
            port: upstream,
            lose_answer: false,
        }
    });
    let home = Home::new();
    login(home.path(), &proxy.url);
    let domain = domain(&tag);
    let args = [
        "-v",
        "party.party",
        &domain,
        "-f",
        "name,email",
        "--batch-size",
        "20",
    ];
    let (code, exported, stderr) = export(&home, &args);
    assert_eq!(code, Some(0), "{stderr}");
    let clean = export_ok(&logged_in(server), &args[1..]);
    assert_eq!(exported, clean);
    assert!(
        stderr.contains("(HTTP 504); 10 records per request from now on")
            && stderr.contains("(HTTP 504); 5 records per request from now on"),
        "{stderr}"
    );
    assert_eq!(
        big_pages.load(Ordering::SeqCst),
        2,
        "20, then 10: each once"
    );
}

/// The words of a command line as a POSIX shell splits them (single quotes and backslashes).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' => words.extend(word.take()),
            '\'' => {
                let word = word.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    word.push(c);
                }
            }
            '\\' => word.get_or_insert_with(String::new).extend(chars.next()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

#[test]
fn an_export_that_stops_says_how_to_append_the_rest_and_that_command_completes_it() {
    let server = shared_server();
    let tag = unique("broken");
    sparse_parties(server, &tag, 30);
    let upstream = server.port;
    let broken = Arc::new(AtomicBool::new(true));
    let failing = broken.clone();
    let proxy = FaultServer::start(move |_, _, body| {
        if failing.load(Ordering::SeqCst) && export_offset(body).is_some_and(|offset| offset >= 15)
        {
            return Reply::html(500, "<html><body><p>upstream trouble</p></body></html>");
        }
        Reply::Forward {
            port: upstream,
            lose_answer: false,
        }
    });
    let home = Home::new();
    login(home.path(), &proxy.url);
    let domain = domain(&tag);
    let args = [
        "party.party",
        &domain,
        "-f",
        "name,email",
        "--batch-size",
        "5",
    ];

    let (code, mut file, stderr) = export(&home, &args);
    assert_eq!(code, Some(1), "HTTP 500: the server side failed");
    let line = assert_one_clean_line(stderr.as_bytes());
    assert!(line.contains("500"), "{line}");
    assert!(line.contains("15 record(s) were written"), "{line}");
    assert_eq!(file.lines().count(), 16, "header and 15 records");
    let command = line
        .split_once("appending to the same file: ")
        .and_then(|(_, command)| command.trim_end().strip_suffix(" >> FILE"))
        .unwrap_or_else(|| panic!("no resume command in: {line}"));
    let words = shell_words(command);
    assert_eq!(words[..2], ["tryton-cli", "export"], "{command}");
    assert!(command.contains("--offset 15 --header none"), "{command}");
    assert!(!command.contains("retry-writes"), "{command}");

    broken.store(false, Ordering::SeqCst);
    let rest = home.cli().args(&words[1..]).output().unwrap();
    assert_eq!(
        rest.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&rest.stderr)
    );
    file.push_str(&String::from_utf8(rest.stdout).unwrap());
    let clean = export_ok(&logged_in(server), &args);
    assert_eq!(file, clean);
}
