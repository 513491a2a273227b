//! Reports, wizards and buttons (issue 15) against a real trytond with the party module: the
//! documents written, wizards run end to end with their sessions deleted (after success, errors
//! and Ctrl-C — counted in the server's own database), model buttons, and their errors.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::pty::Pty;
use crate::common::server::DATABASE;
use crate::common::{
    TrytonServer, assert_one_clean_line, create_parties, logged_in, shared_server, unique,
};

fn active(server: &TrytonServer, id: i64) -> bool {
    let rows = server.rpc("model.party.party.read", json!([[id], ["active"], {}]));
    matches!(rows[0]["active"], Value::Bool(true)) || rows[0]["active"] == json!(1)
}

/// The wizard sessions in the server's database. trytond offers no RPC on ir.session.wizard
/// (403), so they are counted in its SQLite file.
fn wizard_sessions(server: &TrytonServer) -> i64 {
    let database = server
        .dir
        .path()
        .join("db")
        .join(format!("{DATABASE}.sqlite"));
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from ir_session_wizard').fetchone()[0])",
        ])
        .arg(&database)
        .output()
        .expect("python3");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

/// (name, CRC-32, size) of each entry of a zip, from its central directory.
fn zip_entries(bytes: &[u8]) -> Vec<(String, u32, u32)> {
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
    let end = (0..bytes.len() - 21)
        .rev()
        .find(|&at| bytes[at..at + 4] == *b"PK\x05\x06")
        .expect("an end of central directory");
    let count = u16_at(end + 10);
    let mut at = u32_at(end + 16) as usize;
    let mut entries = Vec::new();
    for _ in 0..count {
        assert_eq!(
            &bytes[at..at + 4],
            b"PK\x01\x02",
            "a central directory entry"
        );
        let name_length = u16_at(at + 28);
        let name = String::from_utf8_lossy(&bytes[at + 46..at + 46 + name_length]).to_string();
        entries.push((name, u32_at(at + 16), u32_at(at + 24)));
        at += 46 + name_length + u16_at(at + 30) + u16_at(at + 32);
    }
    entries
}

/// An OpenDocument file: a zip whose first entry is `mimetype`, stored, naming an ODF type.
fn assert_opendocument(bytes: &[u8]) {
    assert_eq!(&bytes[..4], b"PK\x03\x04", "a zip");
    let name_length = u16::from_le_bytes([bytes[26], bytes[27]]) as usize;
    let extra_length = u16::from_le_bytes([bytes[28], bytes[29]]) as usize;
    assert_eq!(&bytes[30..30 + name_length], b"mimetype");
    let content = &bytes[30 + name_length + extra_length..];
    assert!(
        content.starts_with(b"application/vnd.oasis"),
        "{:?}",
        String::from_utf8_lossy(&content[..40])
    );
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn report_writes_the_odt_the_server_makes_and_streams_the_same_document() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("Label");
    // A record name with a path separator: the file stays here.
    let ids = create_parties(server, &[&format!("{tag}/A"), &format!("{tag} B")]);
    let ids = format!("{},{}", ids[0], ids[1]);
    let work = tempfile::tempdir().unwrap();
    let out = home
        .cli()
        .current_dir(work.path())
        .args(["report", "party.label", &ids])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stdout.is_empty(), "nothing on stdout: {out:?}");
    let files = files_in(work.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let name = &files[0];
    assert_eq!(name, &format!("Labels-{tag}_A-{tag} B.odt"));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(&format!("Wrote {name}")), "{said}");
    let written = std::fs::read(work.path().join(name)).unwrap();
    assert_opendocument(&written);

    let out = home
        .cli()
        .current_dir(work.path())
        .args(["report", "party.label", &ids, "-O", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stderr.is_empty(), "{out:?}");
    assert_opendocument(&out.stdout);
    // The same document: the same entries with the same contents (the zip's own timestamps
    // may differ between two runs).
    assert_eq!(zip_entries(&out.stdout), zip_entries(&written));
    assert_eq!(files_in(work.path()).len(), 1, "-O - wrote no file");

    // -O FILE names the file, and replaces it.
    let chosen = work.path().join("labels.odt");
    std::fs::write(&chosen, b"old").unwrap();
    let out = home
        .cli()
        .args(["-q", "report", "party.label", &ids, "-O"])
        .arg(&chosen)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stderr.is_empty(), "-q: {out:?}");
    assert_eq!(
        zip_entries(&std::fs::read(&chosen).unwrap()),
        zip_entries(&written)
    );
}

#[test]
fn report_never_replaces_a_file_it_names_itself_without_force() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("Kept");
    let id = create_parties(server, &[&tag])[0].to_string();
    let work = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        home.cli()
            .current_dir(work.path())
            .args(["report", "party.label", &id])
            .args(extra)
            .output()
            .unwrap()
    };
    assert_eq!(run(&[]).status.code(), Some(0));
    let name = format!("Labels-{tag}.odt");
    assert_eq!(files_in(work.path()), vec![name.clone()]);
    std::fs::write(work.path().join(&name), b"mine").unwrap();
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains(&format!("{name} exists")) && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read(work.path().join(&name)).unwrap(), b"mine");
    // Into a directory, under the server's name: the same rule.
    let out = home
        .cli()
        .args(["report", "party.label", &id, "-O"])
        .arg(work.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert_eq!(std::fs::read(work.path().join(&name)).unwrap(), b"mine");
    let out = run(&["--force"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_opendocument(&std::fs::read(work.path().join(&name)).unwrap());
    assert_eq!(files_in(work.path()), vec![name], "no temporary file left");
}

#[test]
fn report_errors_are_one_line() {
    let server = shared_server();
    let home = logged_in(server);
    let work = tempfile::tempdir().unwrap();
    for (args, code, says) in [
        (
            vec!["report", "no.such.report", "1"],
            1,
            "no report named 'no.such.report'",
        ),
        (vec!["report", "party.label", "999999"], 1, "999999"),
        (
            vec!["report", "party.label", "1", "--model", "res.user"],
            3,
            "prints records of party.party",
        ),
        (
            vec!["report", "party.label", "1", "--data", "[1]"],
            3,
            "--data must be a JSON object",
        ),
        (vec!["report", "party.label", "x"], 3, "not a record id"),
    ] {
        let out = home
            .cli()
            .current_dir(work.path())
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(files_in(work.path()).is_empty());
    // The bytes of a report are not for a terminal.
    let mut command = home.cli_std();
    command.args(["report", "party.label", "1", "-O", "-"]);
    let (code, screen) = Pty::spawn(command).finish();
    assert_eq!(code, 3, "{screen}");
    assert!(screen.contains("terminal"), "{screen}");
}

/// `wizard party.replace` replacing `source` by `destination`.
fn replace_args(source: i64, destination: i64) -> Vec<String> {
    vec![
        "wizard".into(),
        "party.replace".into(),
        "--model".into(),
        "party.party".into(),
        "--ids".into(),
        source.to_string(),
        "--data".into(),
        json!({"ask": {"source": source, "destination": destination}}).to_string(),
        "--state".into(),
        "replace".into(),
    ]
}

#[test]
fn wizard_replaces_a_party_asks_about_different_names_and_leaves_no_session() {
    let server = TrytonServer::start(&[]);
    let home = logged_in(&server);
    let before = wizard_sessions(&server);
    let same = unique("Same");
    let ids = create_parties(&server, &[&same, &same, "Different one", "Different two"]);

    let out = home
        .cli()
        .args(replace_args(ids[0], ids[1]))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!active(&server, ids[0]), "replaced: the party is inactive");
    assert!(active(&server, ids[1]));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("Wizard party.replace done (pressed replace)"),
        "{said}"
    );
    assert_eq!(wizard_sessions(&server), before, "after success");

    // Different names: trytond's UserWarning, refused without a terminal or --yes.
    let out = home
        .cli()
        .args(replace_args(ids[2], ids[3]))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("different names") && err.contains("--yes"),
        "{err}"
    );
    assert!(active(&server, ids[2]), "refused: nothing changed");
    assert_eq!(wizard_sessions(&server), before, "after the refusal");

    let out = home
        .cli()
        .arg("--yes")
        .args(replace_args(ids[2], ids[3]))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!active(&server, ids[2]), "accepted with --yes: replaced");
    assert_eq!(wizard_sessions(&server), before, "after --yes");
}

#[test]
fn wizard_errors_are_one_line_and_leave_no_session() {
    let server = TrytonServer::start(&[]);
    let home = logged_in(&server);
    let before = wizard_sessions(&server);
    let ids = create_parties(&server, &["Errors A", "Errors B"]);
    let (a, b) = (ids[0].to_string(), ids[1].to_string());
    let ask = |values: Value| json!({ "ask": values }).to_string();
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        // The server's error (records that do not exist), after the session was created.
        (replace_args(999_999, ids[1]), 1, "999999"),
        // A required field of the view left empty: named, nothing sent for the button.
        (
            vec!["wizard", "party.replace", "--ids", &a, "--state", "replace"]
                .into_iter()
                .map(String::from)
                .collect(),
            3,
            "needs destination (Destination, many2one party.party, required)",
        ),
        // No --state for the view: what it asks for and its buttons.
        (
            vec!["wizard", "party.replace", "--ids", &a]
                .into_iter()
                .map(String::from)
                .collect(),
            3,
            "replace (Replace)",
        ),
        (
            vec!["wizard", "party.replace", "--ids", &a, "--state", "nosuch"]
                .into_iter()
                .map(String::from)
                .collect(),
            3,
            "has no button 'nosuch'",
        ),
        (
            vec![
                "wizard".to_string(),
                "party.replace".into(),
                "--ids".into(),
                a.clone(),
                "--data".into(),
                ask(json!({"destination": b, "colour": 1})),
                "--state".into(),
                "replace".into(),
            ],
            3,
            "unknown field 'colour' on party.replace.ask",
        ),
        (
            vec!["wizard", "no.such.wizard"]
                .into_iter()
                .map(String::from)
                .collect(),
            1,
            "no wizard named 'no.such.wizard'",
        ),
    ];
    for (args, code, says) in cases {
        let out = home.cli().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(
            wizard_sessions(&server),
            before,
            "{args:?}: a session was left"
        );
    }
    assert!(active(&server, ids[0]), "nothing was replaced");
    // A name typed for a many2one is the record of that name.
    let name = unique("By name");
    let target = create_parties(&server, &[&name])[0];
    let out = home
        .cli()
        .args([
            "--yes",
            "wizard",
            "party.replace",
            "--ids",
            &a,
            "--state",
            "replace",
        ])
        .args(["--data", &ask(json!({"destination": name}))])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!active(&server, ids[0]) && active(&server, target));
    assert_eq!(wizard_sessions(&server), before);
}

#[test]
fn wizard_on_a_terminal_asks_for_the_button_and_the_missing_field() {
    let server = shared_server();
    let home = logged_in(server);
    let same = unique("Asked");
    let ids = create_parties(server, &[&same, &same]);
    let mut command = home.cli_std();
    command.args(["wizard", "party.replace", "--ids", &ids[0].to_string()]);
    let mut terminal = Pty::spawn(command);
    terminal.expect("Buttons: end (Cancel), replace (Replace, default)");
    terminal.expect("Button to press [replace]: ");
    terminal.type_line("");
    terminal.expect("destination (Destination, many2one party.party, required): ");
    terminal.type_line(&ids[1].to_string());
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains(&format!(
            "source (Source, many2one party.party, required) = {}",
            ids[0]
        )),
        "{screen}"
    );
    assert!(!active(server, ids[0]), "replaced: {screen}");
}

#[test]
fn wizard_interrupted_at_a_prompt_deletes_its_session() {
    let server = TrytonServer::start(&[]);
    let home = logged_in(&server);
    let before = wizard_sessions(&server);
    let ids = create_parties(&server, &["Interrupted one", "Interrupted two"]);
    let mut command = home.cli_std();
    command.args(replace_args(ids[0], ids[1]));
    let mut terminal = Pty::spawn(command);
    terminal.expect("different names");
    terminal.expect("Do you want to proceed?");
    // Ctrl-C, as typed: the terminal sends SIGINT to the CLI.
    terminal.type_line("\u{3}");
    let (code, screen) = terminal.finish();
    assert_eq!(code, -1, "ended by the signal: {screen}");
    assert!(
        screen.contains("interrupted; the wizard session was deleted"),
        "{screen}"
    );
    assert_eq!(wizard_sessions(&server), before, "the session was deleted");
    assert!(active(&server, ids[0]), "nothing was replaced");
}

#[test]
fn button_runs_a_cron_once_and_prints_what_a_button_returns() {
    let server = shared_server();
    let home = logged_in(server);
    let cron = server.rpc(
        "model.ir.cron.search",
        json!([[["method", "=", "ir.error|clean"]], 0, 1, null, {}]),
    );
    let cron = cron[0]
        .as_i64()
        .expect("the ir.error clean-up cron")
        .to_string();
    let out = home
        .cli()
        .args(["button", "ir.cron", "run_once", &cron])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stdout.is_empty(), "run_once returns nothing: {out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("Pressed run_once on 1 record(s) of ir.cron"),
        "{said}"
    );

    // ir.ui.view's "Show" button returns the action that shows the view.
    let view = server.rpc(
        "model.ir.ui.view.search",
        json!([
            [["model", "=", "party.party"], ["type", "=", "form"]],
            0,
            1,
            null,
            {}
        ]),
    );
    let view = view[0].as_i64().unwrap().to_string();
    let out = home
        .cli()
        .args(["-q", "button", "ir.ui.view", "show", &view])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(shown.is_i64(), "{shown}");
    assert!(out.stderr.is_empty(), "-q: {out:?}");
}

#[test]
fn button_errors_are_one_line() {
    let server = shared_server();
    let home = logged_in(server);
    for (args, code, says) in [
        (
            ["button", "ir.cron", "no_such_button", "1"],
            1,
            "ir.cron has no button 'no_such_button'",
        ),
        (
            ["button", "no.such.model", "run_once", "1"],
            1,
            "no model named 'no.such.model'",
        ),
        (["button", "ir.cron", "run_once", "999999"], 1, "999999"),
        (
            ["button", "ir.cron", "run once", "1"],
            3,
            "not a button name",
        ),
        (["button", "ir.cron", "run_once", ""], 3, "give the ids"),
    ] {
        let out = home.cli().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
}
