//! Administration over RPC (issue 24) against a real trytond: modules activated with a plan,
//! a guard and a check (authentication_sms is on disk but not activated in the test database),
//! pending operations cancelled, users added, disabled and given passwords that never show, and
//! languages loaded. Each test that changes modules has a server of its own.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::server::DATABASE;
use crate::common::{TrytonServer, assert_one_clean_line, cli, logged_in};

const MODULE: &str = "authentication_sms";
/// A model only that module brings.
const MODULE_MODEL: &str = "res.user.login.sms_code";

fn state_of(server: &TrytonServer, name: &str) -> String {
    let rows = server.rpc(
        "model.ir.module.search_read",
        json!([[["name", "=", name]], 0, null, null, ["state"], {}]),
    );
    rows[0]["state"].as_str().unwrap().to_string()
}

/// The wizard sessions in the server's database (no RPC reads ir.session.wizard).
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

fn models(home: &Path) -> String {
    let out = cli(home).args(["models", "-o", "ndjson"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn module_activate_plans_guards_activates_and_is_a_no_op_the_second_time() {
    let server = TrytonServer::start(&[]);
    let home = logged_in(&server);
    assert_eq!(state_of(&server, MODULE), "not activated");

    let listed = cli(home.path())
        .args(["module", "list", "sms", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(listed.status.code(), Some(0), "{listed:?}");
    let rows: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows[0]["name"], MODULE);
    assert_eq!(rows[0]["state"], "not activated");
    assert!(
        rows[0]["depends"]
            .as_array()
            .unwrap()
            .contains(&json!("res"))
    );

    let dry = cli(home.path())
        .args(["module", "activate", MODULE, "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(dry.status.code(), Some(0), "{dry:?}");
    let plan = String::from_utf8_lossy(&dry.stdout);
    assert!(
        plan.contains(&format!("activate {MODULE}: not activated -> activated")),
        "{plan}"
    );
    assert!(String::from_utf8_lossy(&dry.stderr).contains("nothing was changed"));
    assert_eq!(state_of(&server, MODULE), "not activated");

    // No terminal, no --yes: refused before anything is sent.
    let guarded = cli(home.path())
        .args(["module", "activate", MODULE])
        .output()
        .unwrap();
    assert_eq!(guarded.status.code(), Some(3), "{guarded:?}");
    let line = assert_one_clean_line(&guarded.stderr);
    assert!(line.contains("--yes"), "{line}");
    assert_eq!(state_of(&server, MODULE), "not activated");
    assert!(!models(home.path()).contains(MODULE_MODEL));

    let started = std::time::Instant::now();
    let run = cli(home.path())
        .args(["module", "activate", MODULE, "--yes"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    eprintln!("activated in {:?}", started.elapsed());
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("1 module(s) activated"),
        "{run:?}"
    );
    assert_eq!(state_of(&server, MODULE), "activated");
    assert!(models(home.path()).contains(MODULE_MODEL));
    assert_eq!(wizard_sessions(&server), 0, "the wizard session is deleted");

    let again = cli(home.path())
        .args(["module", "activate", MODULE, "--yes"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(0), "{again:?}");
    assert!(again.stdout.is_empty(), "{again:?}");
    let said = String::from_utf8_lossy(&again.stderr);
    assert!(
        said.contains("already activated") && said.contains("Nothing to do"),
        "{said}"
    );
}

#[test]
fn an_unknown_module_is_exit_1_with_the_update_modules_list_hint() {
    let server = crate::common::shared_server();
    let home = logged_in(server);
    let out = cli(home.path())
        .args(["module", "activate", "no_such_module", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let line = assert_one_clean_line(&out.stderr);
    assert!(line.contains("unknown module(s): no_such_module"), "{line}");
    assert!(
        line.contains("trytond-admin --update-modules-list"),
        "{line}"
    );
}

#[test]
fn a_pending_operation_is_refused_by_preflight_and_cleared_by_module_cancel() {
    let server = TrytonServer::start(&[]);
    let home = logged_in(&server);
    // A failed run: the module button pressed, the wizard that applies it never run.
    let id = server.rpc(
        "model.ir.module.search",
        json!([[["name", "=", MODULE]], 0, null, null, {}]),
    )[0]
    .as_i64()
    .unwrap();
    server.rpc("model.ir.module.activate", json!([[id], {}]));
    assert_eq!(state_of(&server, MODULE), "to activate");

    let refused = cli(home.path())
        .args(["module", "upgrade", "party", "--yes"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1), "{refused:?}");
    let line = assert_one_clean_line(&refused.stderr);
    assert!(
        line.contains(&format!("pending: {MODULE} (to activate)"))
            && line.contains("tryton-cli module cancel"),
        "{line}"
    );

    let cancel = cli(home.path())
        .args(["module", "cancel", MODULE])
        .output()
        .unwrap();
    assert_eq!(cancel.status.code(), Some(0), "{cancel:?}");
    assert_eq!(state_of(&server, MODULE), "not activated");
    let nothing = cli(home.path())
        .args(["module", "cancel"])
        .output()
        .unwrap();
    assert_eq!(nothing.status.code(), Some(0), "{nothing:?}");
    assert!(String::from_utf8_lossy(&nothing.stderr).contains("Nothing to cancel"));

    // Nothing pending now: the upgrade goes through (party and the modules on it).
    let upgrade = cli(home.path())
        .args(["module", "upgrade", "party", "--yes"])
        .output()
        .unwrap();
    assert_eq!(upgrade.status.code(), Some(0), "{upgrade:?}");
    assert!(
        String::from_utf8_lossy(&upgrade.stdout).contains("upgrade party: activated -> activated")
    );
    assert_eq!(state_of(&server, "party"), "activated");
    assert_eq!(wizard_sessions(&server), 0);
}
