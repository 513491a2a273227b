//! Security hardening, the rest (issue 27) against a real trytond 8.2: what the server sends
//! cannot drive the operator's terminal, sessions the client drops are ended on the server, the
//! caches are private and purged, traces never show a login's password.

use serde_json::json;

use crate::common::fixture::stored_session_header;
use crate::common::pty::Pty;
use crate::common::server::{ADMIN, admin_password};
use crate::common::{Home, TrytonServer, shared_server, unique};

/// OSC 0 (retitle the window), a C1 CSI and a right-to-left override.
fn hostile(prefix: &str) -> String {
    format!(
        "{}\u{1b}]0;owned\u{7} \u{9b}2J \u{202e}txt.exe",
        unique(prefix)
    )
}

/// Runs the CLI on a real terminal, answering `answer` to whatever it asks; exit code and screen.
fn on_a_terminal(home: &Home, args: &[&str], answer: Option<&str>) -> (i32, String) {
    let mut command = home.cli_std();
    command.args(args);
    let mut terminal = Pty::spawn_sized(command, 200, 50);
    if let Some(answer) = answer {
        terminal.expect("Do you want to proceed?");
        terminal.type_line(answer);
    }
    terminal.finish()
}

/// Nothing on the screen could drive the terminal: the sequences are there, shown escaped.
fn assert_escaped(screen: &str, what: &str) {
    for raw in ["\u{1b}]0;owned", "\u{7}", "\u{9b}", "\u{202e}"] {
        assert!(
            !screen.contains(raw),
            "{what}: {raw:?} reached the terminal: {screen:?}"
        );
    }
    assert!(
        screen.contains("\\u{1b}]0;owned") || screen.contains("\\x1b]0;owned"),
        "{what}: the name is shown, escaped: {screen:?}"
    );
    assert!(
        screen.contains("\\u{202e}txt.exe"),
        "{what}: the bidi override is shown escaped: {screen:?}"
    );
}

#[test]
fn server_text_reaches_a_terminal_escaped_in_every_output_path_and_a_pipe_gets_the_bytes() {
    let home = Home::shared();
    let name = hostile("Evil");
    let other = hostile("Other");
    let ids = home.create_parties(&[&name, &other]);
    let domain = json!([["id", "=", ids[0]]]).to_string();
    let search = |format: &str| {
        let args = ["search", "party.party", &domain, "-f", "name", "-o", format];
        args.map(str::to_string)
    };

    for format in ["table", "vertical", "csv"] {
        let args = search(format);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, screen) = on_a_terminal(&home, &args, None);
        assert_eq!(code, 0, "{screen}");
        assert_escaped(&screen, format);
    }

    // -vv: the answer's body as traced on stderr; JSON on stdout, where serde_json leaves C1
    // and bidi controls as they are.
    let args = search("json");
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
    args.insert(0, "-vv");
    let (code, screen) = on_a_terminal(&home, &args, None);
    assert_eq!(code, 0, "{screen}");
    assert!(
        !screen.contains("\u{1b}]0;owned") && !screen.contains(['\u{202e}', '\u{9b}']),
        "-vv: {screen:?}"
    );
    assert!(
        screen.contains("* < {") && screen.contains("\\u009b2J \\u202etxt.exe"),
        "-vv: {screen:?}"
    );

    // A server error quoting the name: trytond's recursion error on a category made its own parent.
    let category = home.server().rpc(
        "model.party.category.create",
        json!([[{"name": hostile("Category")}], {}]),
    )[0]
    .as_i64()
    .unwrap();
    let values = json!({"parent": category}).to_string();
    let (code, screen) = on_a_terminal(
        &home,
        &["write", "party.category", &category.to_string(), &values],
        None,
    );
    assert_eq!(code, 1, "{screen}");
    assert!(screen.contains("Recursion error"), "{screen}");
    assert_escaped(&screen, "error");

    // A server warning (and its prompt) quoting both names: party.replace's "different names".
    let session = home
        .server()
        .rpc("wizard.party.replace.create", json!([{}]))[0]
        .as_i64()
        .unwrap();
    let ask = json!({"ask": {"source": ids[0], "destination": ids[1]}}).to_string();
    let context =
        json!({"active_model": "party.party", "active_id": ids[0], "active_ids": [ids[0]]})
            .to_string();
    let session = session.to_string();
    let (code, screen) = on_a_terminal(
        &home,
        &[
            "call",
            "wizard.party.replace",
            "execute",
            &session,
            &ask,
            "\"replace\"",
            "--context",
            &context,
        ],
        Some("n"),
    );
    assert_ne!(code, 0, "{screen}");
    assert!(screen.contains("different names"), "{screen}");
    assert_escaped(&screen, "warning");

    // A pipe keeps every byte, in CSV as in JSON.
    let args = search("csv");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let piped = home.run_ok(&args);
    assert!(piped.contains(&name), "{piped:?}");
    let args = search("ndjson");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let row: serde_json::Value = serde_json::from_str(home.run_ok(&args).trim()).unwrap();
    assert_eq!(row["name"], json!(name));
}

/// Whether the server still takes a session, asked past the CLI.
fn server_takes(server: &TrytonServer, header: &str) -> bool {
    let (status, body) = server.raw(
        &server.database_path(),
        r#"{"id":1,"method":"model.res.user.get_preferences","params":[true,{}]}"#,
        Some(header),
    );
    match status {
        200 => true,
        401 | 403 => false,
        other => panic!("unexpected {other}: {body}"),
    }
}

#[test]
fn a_session_dropped_for_its_local_expiry_or_replaced_by_a_login_is_ended_on_the_server() {
    let server = shared_server();
    let home = Home::aimed_at(server);
    // A lifetime of a millisecond: the session has expired here by the next run.
    home.cli()
        .env("TRYTON_SESSION_TTL", "1ms")
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .assert()
        .code(0);
    let expired = stored_session_header(home.path());
    assert!(
        server_takes(server, &expired),
        "valid on the server at first"
    );

    // The next command logs in again; the session it drops is ended on the server.
    home.cli()
        .env("TRYTON_PASSWORD", admin_password())
        .args(["call", "party.party", "search_count", "[]"])
        .assert()
        .code(0);
    let renewed = stored_session_header(home.path());
    assert_ne!(renewed, expired);
    assert!(
        !server_takes(server, &expired),
        "the expired session was ended"
    );
    assert!(server_takes(server, &renewed));

    // Two logins in a row leave one live session.
    home.login_as(ADMIN, &admin_password());
    assert!(
        !server_takes(server, &renewed),
        "the replaced session was ended"
    );
    let last = stored_session_header(home.path());
    assert!(server_takes(server, &last));

    // logout of a session expired here still ends it on the server.
    home.cli()
        .env("TRYTON_SESSION_TTL", "1ms")
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .write_stdin(format!("{}\n", admin_password()))
        .assert()
        .code(0);
    assert!(!server_takes(server, &last), "replaced by the login");
    let expired = stored_session_header(home.path());
    let out = home.cli().arg("logout").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Logged out of"),
        "{out:?}"
    );
    assert!(!server_takes(server, &expired), "ended at logout");
}

#[test]
fn sessions_in_a_secrets_file_others_could_read_are_ended_on_the_server_and_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let server = shared_server();
    let home = Home::logged_in(server);
    let leaked = stored_session_header(home.path());
    let secrets = home.path().join("state/tryton-cli/secrets.json");
    std::fs::set_permissions(&secrets, std::fs::Permissions::from_mode(0o644)).unwrap();

    let out = home
        .cli()
        .env("TRYTON_PASSWORD", admin_password())
        .args(["call", "party.party", "search_count", "[]"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("secrets.json was readable by others (mode 644)")
            && said.contains("1 were ended on the server"),
        "{said}"
    );
    assert!(
        !server_takes(server, &leaked),
        "the leaked session was ended"
    );
    let mode = std::fs::metadata(&secrets).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let renewed = stored_session_header(home.path());
    assert!(server_takes(server, &renewed), "logged in again, privately");
}

/// The read cache's answer files (not the field types kept beside them).
fn cached_answers(home: &Home) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(home.path().join("cache/tryton-cli"))
        .map(|entries| {
            entries
                .map(|entry| entry.unwrap().path())
                .filter(|path| {
                    let name = path.file_name().unwrap().to_string_lossy().to_string();
                    path.is_file() && !name.starts_with("fields-")
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_cache_file_others_could_write_is_not_shown_and_logout_purges_the_read_cache() {
    use std::os::unix::fs::PermissionsExt;
    let home = Home::shared();
    let name = unique("Cached");
    let ids = home.create_parties(&[&name]);
    let domain = json!([["id", "=", ids[0]]]).to_string();
    let args = [
        "search",
        "party.party",
        &domain,
        "-f",
        "name",
        "-o",
        "ndjson",
    ];
    let cached = [&args[..], &["--cache", "1h"]].concat();
    assert!(home.run_ok(&cached).contains(&name));
    let files = cached_answers(&home);
    assert_eq!(files.len(), 1, "{files:?}");

    // Planted: the same file with other records, writable by others.
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains(&name), "the cache holds record data: {text}");
    std::fs::write(&files[0], text.replace(&name, "PLANTED")).unwrap();
    std::fs::set_permissions(&files[0], std::fs::Permissions::from_mode(0o666)).unwrap();
    let shown = home.run_ok(&cached);
    assert!(
        shown.contains(&name) && !shown.contains("PLANTED"),
        "{shown}"
    );

    let out = home.cli().arg("logout").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(cached_answers(&home), Vec::<std::path::PathBuf>::new());
}

#[test]
fn a_mis_shaped_login_call_is_traced_without_its_password() {
    let home = Home::shared();
    for params in [
        r#"["admin", "hunter2-secret", "en"]"#,
        r#"["admin", {"passwd": "hunter2-secret"}, "en"]"#,
        r#"["admin", [{"password": "hunter2-secret"}], "en"]"#,
    ] {
        let params: serde_json::Value = serde_json::from_str(params).unwrap();
        let mut args = vec!["-vv".to_string(), "call".into(), "common.db.login".into()];
        args.extend(
            params
                .as_array()
                .unwrap()
                .iter()
                .map(|value| value.to_string()),
        );
        let out = home.cli().args(&args).output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            said.contains("* > {\"method\":\"common.db.login\""),
            "traced: {said}"
        );
        assert!(!said.contains("hunter2-secret"), "{params}: {said}");
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("hunter2-secret"),
            "{out:?}"
        );
    }
}

/// The last SMS code trytond's authentication_sms "sent" (to the file the test server names).
fn last_sms_code(sms: &std::path::Path) -> String {
    let text = std::fs::read_to_string(sms).expect("the server sent an SMS");
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len() - 6..].to_string()
}

#[test]
fn a_login_factor_comes_from_stdin_or_a_private_file_never_from_argv() {
    use std::os::unix::fs::PermissionsExt;
    let (server, sms) = TrytonServer::start_with_sms_login();
    let home = Home::aimed_at(&server);
    let ask_for_a_code = || {
        let out = home
            .cli()
            .args(["login", "-u", ADMIN, "--password-stdin"])
            .write_stdin(format!("{}\n", admin_password()))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{out:?}");
        last_sms_code(&sms)
    };

    // NAME=-: the line after the password's.
    let code = ask_for_a_code();
    let out = home
        .cli()
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .args(["--login-param", "sms_code=-"])
        .write_stdin(format!("{}\n{code}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");

    // NAME=-, and stdin ends after the password: said, exit 3.
    let out = home
        .cli()
        .args(["login", "-u", ADMIN, "--password-stdin"])
        .args(["--login-param", "sms_code=-"])
        .write_stdin(format!("{}\n", admin_password()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = crate::common::assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("sms_code=-: standard input gave no value"),
        "{err}"
    );

    // NAME=@FILE: a file only its owner can read; one others can read is refused.
    let code = ask_for_a_code();
    let file = home.path().join("code.txt");
    std::fs::write(&file, format!("{code}\n")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let param = format!("sms_code=@{}", file.display());
    let login_with_file = || {
        home.cli()
            .args([
                "login",
                "-u",
                ADMIN,
                "--password-stdin",
                "--login-param",
                &param,
            ])
            .write_stdin(format!("{}\n", admin_password()))
            .output()
            .unwrap()
    };
    let out = login_with_file();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = crate::common::assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("readable by others") && err.contains("chmod 600"),
        "{err}"
    );
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = login_with_file();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    home.cli()
        .args(["call", "party.party", "search_count", "[]"])
        .assert()
        .code(0);
}

/// Keyring parts: run under scripts/with-secret-service (`cargo test --test it -- keyring::`).
mod keyring {
    use std::collections::HashMap;

    use super::server_takes;
    use crate::common::fixture::requires_secret_service;
    use crate::common::server::{ADMIN, admin_password};
    use crate::common::{Home, TrytonServer};

    /// A session opened past the CLI: its token and its `Authorization` header.
    fn fresh_session(server: &TrytonServer) -> (String, String) {
        use base64::Engine;
        let header = server.session_header();
        let encoded = header.trim_start_matches("Session ");
        let raw = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .unwrap();
        let raw = String::from_utf8(raw).unwrap();
        (raw.rsplit(':').next().unwrap().to_string(), header)
    }

    fn items(ss: &dbus_secret_service::SecretService, account: &str) -> usize {
        let found = ss
            .search_items(HashMap::from([
                ("service", "tryton-cli"),
                ("username", account),
            ]))
            .unwrap();
        found.unlocked.len() + found.locked.len()
    }

    #[test]
    fn logout_of_an_ambiguous_keyring_entry_ends_each_of_our_sessions_and_leaves_foreign_items() {
        if !requires_secret_service() {
            return;
        }
        // A server of its own: the account (user@url/database) is this test's alone in the
        // keyring the other keyring tests share.
        let server = &TrytonServer::start(&[]);
        let home = Home::aimed_without_store(server);
        let out = home
            .cli()
            .args(["login", "-u", ADMIN, "--password-stdin"])
            .args(["--session-store", "keyring"])
            .write_stdin(format!("{}\n", admin_password()))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let index: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(home.path().join("state/tryton-cli/sessions.json")).unwrap(),
        )
        .unwrap();
        let account = index.as_object().unwrap().keys().next().unwrap().clone();

        // A second item of ours for the account (as an earlier version would have left), and
        // another program's item with the same service and username.
        let ss =
            dbus_secret_service::SecretService::connect(dbus_secret_service::EncryptionType::Plain)
                .unwrap();
        let collection = ss.get_default_collection().unwrap();
        let (second, second_header) = fresh_session(server);
        let (foreign, foreign_header) = fresh_session(server);
        let label = format!("keyring:{account}@tryton-cli");
        let attributes = HashMap::from([("service", "tryton-cli"), ("username", &account)]);
        collection
            .create_item(
                &label,
                attributes.clone(),
                second.as_bytes(),
                false,
                "text/plain",
            )
            .unwrap();
        let mut other = attributes.clone();
        other.insert("application", "another-program");
        collection
            .create_item("theirs", other, foreign.as_bytes(), false, "text/plain")
            .unwrap();
        assert_eq!(items(&ss, &account), 3);

        let out = home.cli().args(["-v", "logout"]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("Logged out of"),
            "{out:?}"
        );
        assert!(!server_takes(server, &second_header), "ended on the server");
        assert_eq!(items(&ss, &account), 1, "the foreign item stays");
        assert!(server_takes(server, &foreign_header), "not ours: not ended");
        let found = ss
            .search_items(HashMap::from([("username", account.as_str())]))
            .unwrap();
        for item in found.unlocked.iter().chain(found.locked.iter()) {
            item.delete().unwrap();
        }
    }
}

/// What `--jq` prints and what `plan` shows reach a terminal escaped too: a record's name from
/// the server is shown, never run; `plan`'s own colours stay.
#[test]
fn jq_output_and_plan_lines_reach_a_terminal_escaped() {
    let home = Home::shared();
    let name = hostile("Jq");
    let ids = home.create_parties(&[&name]);
    let domain = json!([["id", "=", ids[0]]]).to_string();
    let (code, screen) = on_a_terminal(
        &home,
        &[
            "search",
            "party.party",
            &domain,
            "-f",
            "name",
            "--jq",
            ".name",
        ],
        None,
    );
    assert_eq!(code, 0, "{screen}");
    for raw in ["\u{1b}]0;owned", "\u{7}", "\u{9b}", "\u{202e}"] {
        assert!(
            !screen.contains(raw),
            "--jq: {raw:?} reached the terminal: {screen:?}"
        );
    }
    assert!(screen.contains("\\u001b]0;owned"), "--jq: {screen:?}");

    // A plan naming the record (a change to its name's party code) on a terminal.
    let file = home.path().join("hostile.yaml");
    let yaml = format!(
        "version: 1\nrecords:\n  - model: party.party\n    items:\n      - {{name: {}, code: {}}}\n",
        serde_json::to_string(&name).unwrap(),
        unique("code")
    );
    std::fs::write(&file, yaml).unwrap();
    let (code, screen) = on_a_terminal(&home, &["plan", file.to_str().unwrap()], None);
    assert_eq!(code, 0, "{screen}");
    for raw in ["\u{1b}]0;owned", "\u{7}", "\u{9b}", "\u{202e}"] {
        assert!(
            !screen.contains(raw),
            "plan: {raw:?} reached the terminal: {screen:?}"
        );
    }
    assert!(screen.contains("~ party.party"), "plan: {screen:?}");
    assert!(
        screen.contains("\u{1b}[33m~ party.party"),
        "plan keeps its colour: {screen:?}"
    );
}
