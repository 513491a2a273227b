//! Bulk data you can trust (issue 20) against a real trytond, 8.2 and 7.0: a refused batch names
//! the exact line and the continue command ends with exactly the file's records (LF and CRLF
//! files); SIGTERM or Ctrl-C in the middle of an import stops after the batch in flight with the
//! true count; repeated columns, a skip past the end and an `--atomic` import over the server's
//! limit are refused whole; `create` and `write` name the record the server refuses.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use serde_json::{Value, json};

use crate::common::cli_std;
use crate::common::fixture::{parties_named, parties_tagged};
use crate::common::{
    Home, TrytonServer, assert_one_clean_line, error_after_batch_lines, logged_in, requires_series,
    shared_server, unique,
};

/// The command after "once it is fixed: " / "To go on: " in an error line, as argv.
fn continue_command(err: &str, after: &str) -> Vec<String> {
    let command = err
        .split(after)
        .nth(1)
        .unwrap_or_else(|| panic!("no '{after}' in: {err}"))
        .trim();
    assert!(command.starts_with("tryton-cli "), "{command}");
    // The tests' file names and arguments need no quoting.
    assert!(!command.contains('\''), "{command}");
    command
        .split_whitespace()
        .skip(1)
        .map(str::to_string)
        .collect()
}

/// A file of `count` parties (`{tag} 1`…), with codes of their own, one line each.
fn parties_csv(tag: &str, count: usize, line_end: &str) -> String {
    let mut text = format!("name,code{line_end}");
    for i in 1..=count {
        text.push_str(&format!("{tag} {i},{tag}-C{i}{line_end}"));
    }
    text
}

fn a_duplicate_code_is_named_by_its_line_and_the_continue_command_completes_the_file(
    line_end: &str,
) {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("dup");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("parties.csv");
    // Line 5 (the fourth record) repeats the code of line 3: the unique constraint refuses it
    // when the batch is saved, and the server's error names no row.
    let bad = parties_csv(&tag, 6, line_end)
        .replace(&format!("{tag} 4,{tag}-C4"), &format!("{tag} 4,{tag}-C2"));
    std::fs::write(&file, &bad).unwrap();
    let out = home
        .cli()
        .args(["import", "party.party"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = error_after_batch_lines(&out.stderr);
    assert!(err.contains("parties.csv line 5: "), "{err}");
    assert!(
        err.contains("nothing from line 5 on was imported")
            && err.contains("3 record(s) (records 1–3, lines 2–4) imported before"),
        "{err}"
    );
    for i in 1..=3 {
        assert_eq!(parties_named(server, &format!("{tag} {i}")), 1, "{i}");
    }
    assert_eq!(parties_tagged(server, &tag), 3, "nothing after line 4");
    let command = continue_command(&err, "once it is fixed: ");
    assert_eq!(command.last().unwrap(), "3", "{command:?}");
    std::fs::write(&file, parties_csv(&tag, 6, line_end)).unwrap();
    let out = home.cli().args(&command).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    for i in 1..=6 {
        assert_eq!(parties_named(server, &format!("{tag} {i}")), 1, "{i}");
    }
    assert_eq!(parties_tagged(server, &tag), 6);
}

#[test]
fn a_duplicate_code_on_line_5_is_reported_as_line_5_and_the_continue_command_completes_the_file() {
    a_duplicate_code_is_named_by_its_line_and_the_continue_command_completes_the_file("\n");
}

#[test]
fn a_duplicate_code_on_line_5_of_a_crlf_file_is_reported_as_line_5_too() {
    a_duplicate_code_is_named_by_its_line_and_the_continue_command_completes_the_file("\r\n");
}

#[test]
fn check_names_the_line_of_a_bad_value_in_a_crlf_file() {
    let server = shared_server();
    let home = logged_in(server);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("flags.csv");
    std::fs::write(
        &file,
        "name,active\r\nA,true\r\n\"B\r\nb\",false\r\nC,yes\r\n",
    )
    .unwrap();
    let out = home
        .cli()
        .args(["import", "party.party", "--check"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("flags.csv line 5, column 'active': 'yes' is not a boolean"),
        "{err}"
    );
}

#[test]
fn sigterm_halfway_through_a_piped_import_says_what_the_server_holds_and_how_to_go_on() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("term");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.csv");
    std::fs::write(&file, parties_csv(&tag, 300, "\n")).unwrap();
    let mut child = home
        .cli_std()
        .args(["import", "party.party"])
        .arg(&file)
        .args(["--batch-size", "10"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut lines = Vec::new();
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "records 1–10 (lines 2–11) imported", "{line}");
    lines.push(line.clone());
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    loop {
        line.clear();
        if stderr.read_line(&mut line).unwrap() == 0 {
            break;
        }
        lines.push(line.clone());
    }
    let status = child.wait().unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(libc::SIGTERM), "{lines:?}");
    let last = lines.last().unwrap().trim().to_string();
    assert!(last.starts_with("tryton-cli: interrupted: "), "{lines:?}");
    // Every batch line before it was committed; the count said is what the server holds.
    let imported: i64 = last
        .trim_start_matches("tryton-cli: interrupted: ")
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((10..300).contains(&imported), "{last}");
    let batches = lines.iter().filter(|l| l.starts_with("records ")).count();
    assert_eq!(
        batches as i64,
        imported / 10,
        "a line per committed batch: {lines:?}"
    );
    assert!(
        last.contains(&format!("(records 1–{imported}, lines 2–{})", imported + 1)),
        "{last}"
    );
    assert_eq!(parties_tagged(server, &tag), imported);
    let command = continue_command(&last, "To go on: ");
    assert_eq!(command.last().unwrap(), &imported.to_string());
    let out = home.cli().args(&command).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(parties_tagged(server, &tag), 300);
    for i in [1, imported, imported + 1, 300] {
        assert_eq!(parties_named(server, &format!("{tag} {i}")), 1, "{i}");
    }
}

#[test]
fn ctrl_c_on_a_terminal_stops_after_the_batch_in_flight_with_the_true_count() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("ctrlc");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.csv");
    std::fs::write(&file, parties_csv(&tag, 300, "\r\n")).unwrap();
    let mut command = home.cli_std();
    command
        .args(["import", "party.party"])
        .arg(&file)
        .args(["--batch-size", "10"]);
    let mut terminal = crate::common::pty::Pty::spawn(command);
    // The progress line counts imported records, with a rate once a batch went in.
    terminal.expect("0 records, ");
    terminal.type_bytes(b"\x03");
    let (code, screen) = terminal.finish();
    assert_eq!(code, -1, "ended by the signal: {screen}");
    let said = screen
        .lines()
        .find(|line| line.contains("tryton-cli: interrupted: "))
        .unwrap_or_else(|| panic!("{screen}"));
    let imported: i64 = said
        .split("interrupted: ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((10..300).contains(&imported), "{said}");
    assert_eq!(parties_tagged(server, &tag), imported, "{said}");
    assert!(
        said.contains(&format!("--skip-records {imported}")),
        "{said}"
    );
}

#[test]
fn repeated_columns_and_a_skip_past_the_end_are_refused_before_anything_is_sent() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("refuse");
    let dir = tempfile::tempdir().unwrap();
    let twice = dir.path().join("twice.csv");
    std::fs::write(&twice, format!("name,code,name\n{tag} 1,{tag}-1,{tag} 2\n")).unwrap();
    for check in [true, false] {
        let mut command = home.cli();
        command.args(["import", "party.party"]).arg(&twice);
        if check {
            command.arg("--check");
        }
        let out = command.output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(
            err.contains("columns 1 ('name') and 3 ('name') are both name"),
            "{err}"
        );
    }
    let file = dir.path().join("two.csv");
    std::fs::write(&file, parties_csv(&tag, 2, "\n")).unwrap();
    for skip in ["2", "5"] {
        let out = home
            .cli()
            .args(["import", "party.party"])
            .arg(&file)
            .args(["--skip-records", skip])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(
            err.contains(&format!(
                "two.csv has 2 record(s): --skip-records {skip} leaves none to import"
            )),
            "{err}"
        );
    }
    assert_eq!(parties_tagged(server, &tag), 0);
}

#[test]
fn an_atomic_import_over_the_servers_limit_fails_whole_and_says_both_ways_out() {
    if !requires_series(
        "8",
        "trytond 7.0 has no [request] records_limit: it never answers 413",
    ) {
        return;
    }
    let server = TrytonServer::start(&[("TRYTOND_REQUEST__RECORDS_LIMIT", "3")]);
    let home = logged_in(&server);
    let tag = unique("atomic");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("five.csv");
    std::fs::write(&file, parties_csv(&tag, 5, "\n")).unwrap();
    let out = home
        .cli()
        .args(["import", "party.party", "--atomic"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("HTTP 413 for a request of")
            && err.contains("--atomic never splits it, so nothing was imported")
            && err.contains("Raise the limit")
            && err.contains("import without --atomic"),
        "{err}"
    );
    assert_eq!(server.calls_of("party.party.import_data"), 1, "never split");
    assert_eq!(parties_tagged(&server, &tag), 0);
}

#[test]
fn create_names_the_line_the_server_refuses_and_its_continue_command_creates_exactly_the_rest() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("mk");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("parties.ndjson");
    let lines = |fourth_code: &str| -> String {
        (1..=6)
            .map(|i| {
                let code = if i == 4 {
                    fourth_code.to_string()
                } else {
                    format!("{tag}-{i}")
                };
                json!({"name": format!("{tag} {i}"), "code": code}).to_string() + "\n"
            })
            .collect()
    };
    std::fs::write(&file, lines(&format!("{tag}-2"))).unwrap();
    let out = home
        .cli()
        .args(["create", "party.party"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = error_after_batch_lines(&out.stderr);
    assert!(
        err.contains("parties.ndjson line 4: ")
            && err.contains("nothing from it on was created")
            && err.contains("records 1–3 (lines 1–3) created before it"),
        "{err}"
    );
    let ids = String::from_utf8(out.stdout).unwrap();
    assert_eq!(ids.lines().count(), 3, "the ids of what was created: {ids}");
    assert_eq!(parties_tagged(server, &tag), 3);
    std::fs::write(&file, lines(&format!("{tag}-4"))).unwrap();
    let command = continue_command(&err, "once it is fixed: ");
    assert_eq!(command.last().unwrap(), "3");
    let out = home.cli().args(&command).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 3);
    for i in 1..=6 {
        assert_eq!(parties_named(server, &format!("{tag} {i}")), 1, "{i}");
    }
}

#[test]
fn a_write_the_server_refuses_for_one_record_names_it_and_applies_the_ones_before() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("wr");
    let create = |name: &str, parent: Option<i64>| -> i64 {
        let ids = server.rpc(
            "model.party.category.create",
            json!([[{"name": format!("{tag} {name}"), "parent": parent}], {}]),
        );
        ids[0].as_i64().unwrap()
    };
    let x = create("x", None);
    create("same", Some(x));
    let a = create("same", None);
    let c = create("c", None);
    let d = create("d", None);
    // Under x: fine for c and d; a would be a second "same" under x, which the server refuses.
    let list = format!("{c},{a},{d}");
    let values = json!({"parent": x}).to_string();
    let out = home
        .cli()
        .args(["write", "party.category", &list, &values])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = error_after_batch_lines(&out.stderr);
    assert!(
        err.contains(&format!("record {a} of party.category: "))
            && err.contains("nothing from it on was written")
            && err.contains("1 of 3 record(s) were written before it"),
        "{err}"
    );
    let rows = server.rpc(
        "model.party.category.read",
        json!([[c, a, d], ["parent"], {}]),
    );
    let parent_of = |id: i64| -> Value {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|row| row["id"] == json!(id))
            .map(|row| row["parent"].clone())
            .unwrap()
    };
    assert_eq!(parent_of(c), json!(x), "written before the refused one");
    assert_eq!(parent_of(a), Value::Null, "refused");
    assert_eq!(parent_of(d), Value::Null, "never sent");
}

#[test]
fn a_second_signal_stops_at_once_and_names_the_batch_that_may_have_been_applied() {
    use crate::common::server::{ADMIN, DATABASE, admin_password};
    let server = shared_server();
    let import = "model.party.party.import_data";
    let proxy = crate::write_timeouts::slow_for(server, import, std::time::Duration::from_secs(2));
    let tag = unique("twice");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("thirty.csv");
    std::fs::write(&file, parties_csv(&tag, 30, "\n")).unwrap();
    let home = Home::new();
    let mut child = home
        .cli_std()
        .args(["--url", &proxy.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "none", "import", "party.party"])
        .arg(&file)
        .args(["--batch-size", "10"])
        .env("TRYTON_PASSWORD", admin_password())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut read_line = || {
        let mut line = String::new();
        while line.trim().is_empty() {
            line.clear();
            if stderr.read_line(&mut line).unwrap() == 0 {
                break;
            }
        }
        line.trim().to_string()
    };
    assert_eq!(read_line(), "records 1–10 (lines 2–11) imported");
    // The second batch is on its way: the server holds it back for 2 s.
    std::thread::sleep(std::time::Duration::from_millis(300));
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(
        read_line(),
        "tryton-cli: stopping once the server has answered for records 11–20 (lines 12–21) (interrupt again to stop at once)"
    );
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(
        read_line(),
        "tryton-cli: stopped at once: the server may or may not have applied records 11–20 (lines 12–21); check before going on"
    );
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(child.wait().unwrap().signal(), Some(libc::SIGTERM));
}

#[test]
fn progress_on_a_terminal_turns_before_the_first_batch_and_then_shows_rate_and_time_left() {
    use crate::common::server::{ADMIN, DATABASE, admin_password};
    let server = shared_server();
    let import = "model.party.party.import_data";
    let proxy = crate::write_timeouts::slow_for(server, import, std::time::Duration::from_secs(1));
    let tag = unique("progress");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("thirty.csv");
    std::fs::write(&file, parties_csv(&tag, 30, "\n")).unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut command = cli_std(home.path());
    command
        .args(["--url", &proxy.url, "-d", DATABASE, "-u", ADMIN])
        .args(["--session-store", "none", "import", "party.party"])
        .arg(&file)
        .args(["--batch-size", "10"])
        .env("TRYTON_PASSWORD", admin_password());
    let mut terminal = crate::common::pty::Pty::spawn(command);
    // Drawn while the first batch is held back by the proxy: nothing done yet.
    terminal.expect(" 0 records");
    terminal.expect("10 records, ");
    terminal.expect(" left");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("/s, "), "a rate: {screen}");
    assert!(screen.contains("Imported 30 record(s)"), "{screen}");
    assert_eq!(parties_tagged(server, &tag), 30);
}
