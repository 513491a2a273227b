//! No way around the guards (issue 20): `button` presses only the buttons a model declares (not
//! `delete`, `copy` or any other method of the model), a button with a confirm text is asked like
//! `delete`, and `delete`/`write` by ids refuse ids that do not exist unless told to leave them
//! out — each checked in the server's own records.

use serde_json::{Value, json};

use crate::common::fixture::{self, parties_named};
use crate::common::pty::Pty;
use crate::common::server::DATABASE;
use crate::common::{
    Home, TrytonServer, assert_one_clean_line, create_parties, logged_in, shared_server, unique,
};

/// An id no record of the shared server has.
const MISSING: i64 = 987_654_321;

/// The ids of `model` among `ids`, inactive records included, in ascending order.
fn existing(server: &TrytonServer, model: &str, ids: &[i64]) -> Vec<i64> {
    fixture::ids(server, model, json!([["id", "in", ids]]))
}

fn party_name(server: &TrytonServer, id: i64) -> String {
    let rows = server.rpc("model.party.party.read", json!([[id], ["name"], {}]));
    rows[0]["name"].as_str().unwrap().to_string()
}

fn truthy(value: &Value) -> bool {
    matches!(value, Value::Bool(true)) || *value == json!(1)
}

/// A language of its own: no translations exist for its code, so loading them is instant.
fn new_language(server: &TrytonServer) -> i64 {
    let code = unique("x-guards");
    let created = server.rpc(
        "model.ir.lang.create",
        json!([[{"name": code, "code": code}], {}]),
    );
    created[0].as_i64().unwrap()
}

/// Whether the language is translatable, which `load_translations` turns on.
fn translatable(server: &TrytonServer, id: i64) -> bool {
    let rows = server.rpc("model.ir.lang.read", json!([[id], ["translatable"], {}]));
    truthy(&rows[0]["translatable"])
}

#[test]
fn button_refuses_delete_and_copy_even_with_yes_and_lists_the_models_buttons() {
    let server = shared_server();
    let home = logged_in(server);
    let name = unique("Guarded");
    let id = create_parties(server, &[&name])[0].to_string();
    for method in ["delete", "copy"] {
        let out = home
            .cli()
            .args(["--yes", "button", "party.party", method, &id])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{method}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(
            err.contains(&format!(
                "party.party has no button '{method}' (it declares none)"
            )),
            "{err}"
        );
        assert!(out.stdout.is_empty(), "{out:?}");
    }
    assert_eq!(
        parties_named(server, &name),
        1,
        "neither deleted nor copied"
    );

    // A model with buttons lists them; write is refused the same way.
    let cron = server.rpc("model.ir.cron.search", json!([[], 0, 1, null, {}]));
    let cron = cron[0].as_i64().unwrap().to_string();
    for (method, hint) in [
        ("copy", ""),
        (
            "write",
            "; to change records: tryton-cli write ir.cron IDS VALUES",
        ),
    ] {
        let out = home
            .cli()
            .args(["button", "ir.cron", method, &cron])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert_eq!(
            err.trim_end(),
            format!("tryton-cli: ir.cron has no button '{method}' (its buttons: run_once){hint}")
        );
    }
}

#[test]
fn a_button_with_a_confirm_text_needs_yes_without_a_terminal() {
    let server = shared_server();
    let home = logged_in(server);
    let language = new_language(server);
    let id = language.to_string();
    let out = home
        .cli()
        .args(["button", "ir.lang", "load_translations", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains(
            "pressing load_translations on 1 record(s) of ir.lang asks \"Are you sure you want to load languages' translations?\": pass --yes"
        ),
        "{err}"
    );
    assert!(err.contains("nothing was sent"), "{err}");
    assert!(!translatable(server, language), "nothing was done");

    let out = home
        .cli()
        .args(["--yes", "button", "ir.lang", "load_translations", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("Pressed load_translations on 1 record(s) of ir.lang"),
        "{out:?}"
    );
    assert!(translatable(server, language), "pressed");
    server.rpc("model.ir.lang.delete", json!([[language], {}]));
}

#[test]
fn a_button_with_a_confirm_text_asks_the_servers_question_on_a_terminal() {
    let server = shared_server();
    let home = logged_in(server);
    let language = new_language(server);
    let mut command = home.cli_std();
    command.args([
        "button",
        "ir.lang",
        "load_translations",
        &language.to_string(),
    ]);
    let mut terminal = Pty::spawn(command);
    terminal.expect("Are you sure you want to load languages' translations? [y/N] ");
    terminal.type_line("n");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 3, "{screen}");
    assert!(
        screen.contains("not confirmed; nothing was sent"),
        "{screen}"
    );
    assert!(!translatable(server, language), "nothing was done");
    server.rpc("model.ir.lang.delete", json!([[language], {}]));
}

#[test]
fn a_user_without_groups_is_guarded_the_same() {
    let server = shared_server();
    let login = format!("guards{}", std::process::id());
    let password = "Guards-User-Pw-1";
    let known = server.rpc(
        "model.res.user.search",
        json!([[["login", "=", login]], 0, null, null, {}]),
    );
    if known.as_array().is_none_or(Vec::is_empty) {
        server.rpc(
            "model.res.user.create",
            json!([[{"name": "Guards", "login": login, "password": password}], {}]),
        );
    }
    let home = Home::new();
    home.cli()
        .args(["login", "--url", &server.url, "-d", DATABASE, "-u", &login])
        .args(["--session-store", "file", "--password-stdin"])
        .write_stdin(format!("{password}\n"))
        .assert()
        .code(0);
    let language = new_language(server);
    for (args, code, says) in [
        (
            vec!["button", "ir.cron", "copy", "1"],
            1,
            "ir.cron has no button 'copy' (its buttons: run_once)".to_string(),
        ),
        (
            vec![
                "button",
                "ir.lang",
                "load_translations",
                &language.to_string(),
            ],
            3,
            "asks \"Are you sure you want to load languages' translations?\"".to_string(),
        ),
    ] {
        let out = home.cli().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(err.contains(&says), "{args:?}: {err}");
    }
    assert!(!translatable(server, language), "nothing was done");
    server.rpc("model.ir.lang.delete", json!([[language], {}]));
}

#[test]
fn delete_refuses_missing_ids_and_changes_nothing_unless_told_to_leave_them_out() {
    let server = shared_server();
    let home = logged_in(server);
    let ids = create_parties(server, &[unique("Kept"), unique("Inactive")]);
    // An inactive record exists all the same.
    server.rpc(
        "model.party.party.write",
        json!([[ids[1]], {"active": false}, {}]),
    );
    let given = format!("{},{MISSING},{}", ids[0], ids[1]);
    let out = home
        .cli()
        .args(["--yes", "delete", "party.party", &given])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert_eq!(
        err.trim_end(),
        format!(
            "tryton-cli: not found: party.party record(s) {MISSING}; nothing was changed (--ignore-missing goes on with the 2 that exist)"
        )
    );
    assert_eq!(
        existing(server, "party.party", &ids),
        ids,
        "nothing deleted"
    );

    let out = home
        .cli()
        .args(["--yes", "delete", "party.party", &given, "--ignore-missing"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!(
            "1 record(s) of party.party not found, left out: {MISSING}"
        )),
        "{said}"
    );
    assert!(
        said.contains("Deleted 2 record(s) of party.party"),
        "{said}"
    );
    assert!(existing(server, "party.party", &ids).is_empty(), "deleted");

    // Nothing left to do is no error.
    let out = home
        .cli()
        .args(["--yes", "delete", "party.party", &given, "--ignore-missing"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("3 record(s) of party.party not found"),
        "{out:?}"
    );
}

#[test]
fn write_refuses_missing_ids_and_changes_nothing_unless_told_to_leave_them_out() {
    let server = shared_server();
    let home = logged_in(server);
    let before = unique("Unwritten");
    let id = create_parties(server, &[&before])[0];
    let after = unique("Written");
    let values = json!({"name": after}).to_string();
    let given = format!("{id},{MISSING}");
    let out = home
        .cli()
        .args(["write", "party.party", &given, &values])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains(&format!(
            "not found: party.party record(s) {MISSING}; nothing was changed"
        )),
        "{err}"
    );
    assert_eq!(party_name(server, id), before, "nothing written");

    let out = home
        .cli()
        .args(["write", "party.party", &given, &values, "--ignore-missing"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("1 record(s) of party.party not found, left out")
            && said.contains("Wrote 1 record(s) of party.party"),
        "{said}"
    );
    assert_eq!(party_name(server, id), after, "written");

    // --ignore-missing goes with ids, not with --where.
    let out = home
        .cli()
        .args(["write", "party.party", "--where", "name = x", &values])
        .arg("--ignore-missing")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(assert_one_clean_line(&out.stderr).contains("--ignore-missing"));
}
