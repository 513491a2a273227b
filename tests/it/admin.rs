//! Administration over RPC (issue 24) against a real trytond: modules activated with a plan,
//! a guard and a check (authentication_sms is on disk but not activated in the test database),
//! pending operations cancelled, users added, disabled and given passwords that never show, and
//! languages loaded. Each test that changes modules has a server of its own.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::server::DATABASE;
use crate::common::{TrytonServer, assert_one_clean_line, cli, logged_in, shared_server, unique};

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

/// A 0600 file holding `password`.
fn password_file(dir: &Path, password: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(unique("pw"));
    std::fs::write(&path, format!("{password}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path
}

/// `login` as `user` with the password in `file`, in a fresh home: its exit code and stderr.
fn login_as(server: &TrytonServer, user: &str, file: &Path) -> (Option<i32>, String) {
    let home = tempfile::tempdir().unwrap();
    let out = cli(home.path())
        .args(["login", "--url", &server.url, "-d", DATABASE, "-u", user])
        .args(["--session-store", "file", "--password-file"])
        .arg(file)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn user_add_with_a_password_file_can_log_in_and_user_disable_makes_its_login_exit_4() {
    let server = shared_server();
    let home = logged_in(server);
    let login = unique("ci");
    let password = format!("Pw-{}", unique("s3cret"));
    let file = password_file(home.path(), &password);

    let add = cli(home.path())
        .args(["-vv", "user", "add", &login, "--name", "CI bot"])
        .args(["--group", "Party Administration", "--new-password-file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(add.status.code(), Some(0), "{add:?}");
    let trace = String::from_utf8_lossy(&add.stderr);
    assert!(trace.contains("model.res.user.create"), "{trace}");
    assert!(
        !trace.contains(&password),
        "the password is in the -vv trace"
    );
    assert!(trace.contains("\"password\":\"(redacted)\""), "{trace}");
    assert_eq!(login_as(server, &login, &file).0, Some(0));

    let listed = cli(home.path())
        .args(["user", "list", &login, "-o", "json"])
        .output()
        .unwrap();
    let rows: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows[0]["login"], json!(login));
    assert_eq!(rows[0]["active"], json!(true));
    assert_eq!(rows[0]["groups.name"], json!(["Party Administration"]));

    // Disabling asks first: no terminal and no --yes is exit 3 with nothing changed.
    let guarded = cli(home.path())
        .args(["user", "disable", &login])
        .output()
        .unwrap();
    assert_eq!(guarded.status.code(), Some(3), "{guarded:?}");
    assert!(assert_one_clean_line(&guarded.stderr).contains("--yes"));
    assert_eq!(login_as(server, &login, &file).0, Some(0));

    let disable = cli(home.path())
        .args(["user", "disable", &login, "--yes"])
        .output()
        .unwrap();
    assert_eq!(disable.status.code(), Some(0), "{disable:?}");
    let (code, said) = login_as(server, &login, &file);
    assert_eq!(code, Some(4), "{said}");
    assert!(!said.contains(&password), "{said}");

    let enable = cli(home.path())
        .args(["user", "enable", &login])
        .output()
        .unwrap();
    assert_eq!(enable.status.code(), Some(0), "{enable:?}");
    assert_eq!(login_as(server, &login, &file).0, Some(0));
}

#[test]
fn a_password_rejected_by_the_server_is_not_in_the_error_and_none_is_taken_from_argv() {
    let server = shared_server();
    let home = logged_in(server);
    let login = unique("short");
    let out = cli(home.path())
        .args(["user", "add", &login, "--password-stdin"])
        .write_stdin("Xy1\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let line = assert_one_clean_line(&out.stderr);
    assert!(line.contains("at least"), "{line}");
    assert!(!line.contains("Xy1"), "{line}");

    // No password source and no terminal: refused before anything is sent.
    let none = cli(home.path())
        .args(["user", "add", &login])
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(3), "{none:?}");
    assert!(assert_one_clean_line(&none.stderr).contains("--new-password-file"));
    // A password is no argument: there is no flag that takes one.
    let argv = cli(home.path())
        .args(["user", "add", &login, "--password", "Secret-123456"])
        .output()
        .unwrap();
    assert_eq!(argv.status.code(), Some(3), "{argv:?}");
}

#[test]
fn changing_your_own_password_keeps_your_session_working() {
    let server = shared_server();
    let admin = logged_in(server);
    let login = unique("self");
    let first = format!("Pw-{}", unique("first"));
    let file = password_file(admin.path(), &first);
    let add = cli(admin.path())
        .args(["user", "add", &login, "--new-password-file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(add.status.code(), Some(0), "{add:?}");

    let home = tempfile::tempdir().unwrap();
    cli(home.path())
        .args(["login", "--url", &server.url, "-d", DATABASE, "-u", &login])
        .args(["--session-store", "file", "--password-file"])
        .arg(&file)
        .assert()
        .code(0);
    let second = format!("Pw-{}", unique("second"));
    let passwd = cli(home.path())
        .args(["user", "passwd", "--password-stdin"])
        .write_stdin(format!("{second}\n"))
        .output()
        .unwrap();
    assert_eq!(passwd.status.code(), Some(0), "{passwd:?}");
    assert!(String::from_utf8_lossy(&passwd.stderr).contains("session was renewed"));
    // The stored session still works (the server ended the old one).
    let after = cli(home.path())
        .args(["search", "party.party", "--count"])
        .output()
        .unwrap();
    assert_eq!(after.status.code(), Some(0), "{after:?}");
    assert_eq!(login_as(server, &login, &file).0, Some(4));
    let new_file = password_file(admin.path(), &second);
    assert_eq!(login_as(server, &login, &new_file).0, Some(0));
}

#[test]
fn lang_load_fr_gives_french_labels_in_a_french_context() {
    let server = TrytonServer::start(&[]);
    let home = logged_in(&server);
    let label = |home: &Path| {
        let out = cli(home)
            .args(["call", "model.party.party.fields_get", "[\"name\"]"])
            .args([
                "--context",
                "{\"language\": \"fr\"}",
                "--jq",
                ".name.string",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    assert_eq!(label(home.path()), "Name");
    let started = std::time::Instant::now();
    let load = cli(home.path())
        .args(["lang", "load", "fr"])
        .output()
        .unwrap();
    assert_eq!(load.status.code(), Some(0), "{load:?}");
    eprintln!("fr loaded in {:?}", started.elapsed());
    assert_eq!(label(home.path()), "Nom");
    let listed = cli(home.path())
        .args(["lang", "list", "fr", "-o", "json"])
        .output()
        .unwrap();
    let rows: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows[0]["translatable"], json!(true), "{rows}");

    let unknown = cli(home.path())
        .args(["lang", "load", "xx"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(1), "{unknown:?}");
    assert!(assert_one_clean_line(&unknown.stderr).contains("no language with code 'xx'"));
}

/// The candidates the binary offers for the last word of `line` (clap_complete's protocol, as
/// the bash registration calls it), and how long that took.
fn completions(home: &Path, line: &str) -> (Vec<String>, std::time::Duration) {
    let words: Vec<&str> = line.split(' ').collect();
    let started = std::time::Instant::now();
    let out = cli(home)
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_IFS", "\n")
        .args(["--", "tryton-cli"])
        .args(&words)
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    (text.lines().map(String::from).collect(), elapsed)
}

#[test]
fn module_names_user_logins_and_language_codes_complete_from_the_stored_session() {
    let server = shared_server();
    let home = logged_in(server);
    for (line, expected) in [
        ("module activate authentication_", "authentication_sms"),
        ("module cancel par", "party"),
        ("user disable adm", "admin"),
        ("user groups adm", "admin"),
        ("lang load f", "fr"),
        ("lang unload fr", "fr"),
    ] {
        let (candidates, elapsed) = completions(home.path(), line);
        assert!(
            candidates.iter().any(|c| c == expected),
            "{line}: {candidates:?}"
        );
        let last = line.rsplit(' ').next().unwrap();
        assert!(
            candidates.iter().all(|c| c.starts_with(last)),
            "{line}: {candidates:?}"
        );
        assert!(
            elapsed < std::time::Duration::from_secs(2),
            "{line}: {elapsed:?}"
        );
    }
}

#[test]
fn the_module_update_is_sent_once_even_when_its_answer_is_lost() {
    use crate::common::fault::{FaultServer, Reply};
    let server = TrytonServer::start(&[]);
    let port: u16 = server.url.rsplit(':').next().unwrap().parse().unwrap();
    // The proxy loses the answer of the request that runs the update (the server applies it).
    let proxy = FaultServer::start(move |_, _, body| Reply::Forward {
        port,
        lose_answer: body.contains("activate_upgrade.execute") && body.contains("\"upgrade\""),
    });
    let home = tempfile::tempdir().unwrap();
    cli(home.path())
        .args(["login", "--url", &proxy.url, "-d", DATABASE, "-u", "admin"])
        .args(["--session-store", "file", "--password-stdin"])
        .write_stdin(format!("{}\n", crate::common::server::admin_password()))
        .assert()
        .code(0);
    let out = cli(home.path())
        .args(["module", "activate", MODULE, "--yes", "--retries", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    let last = said.trim_end().lines().last().unwrap();
    assert!(
        last.contains("may still be applying it") && last.contains("tryton-cli module list"),
        "{said}"
    );
    let updates = proxy
        .bodies()
        .iter()
        .filter(|b| b.contains("activate_upgrade.execute") && b.contains(",\"upgrade\","))
        .count();
    assert_eq!(updates, 1, "the update was sent again: {said}");
    assert_eq!(proxy.calls_of("model.ir.module.activate"), 1);
    // The server did apply it, and the wizard session was still deleted.
    assert_eq!(state_of(&server, MODULE), "activated");
    assert_eq!(
        proxy.calls_of("wizard.ir.module.activate_upgrade.delete"),
        1
    );
    assert_eq!(wizard_sessions(&server), 0);
}
