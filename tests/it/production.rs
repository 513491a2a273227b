//! Against a production-shaped deployment: nginx (TLS from a private CA, the `/erp/` prefix,
//! `client_max_body_size 1m`) -> gunicorn workers -> trytond 8.2 -> PostgreSQL, as
//! `scripts/production-server start` sets it up. `scripts/test` starts it and runs this module
//! with its `export` lines in the environment (TRYTON_PRODUCTION_URL, TRYTON_PRODUCTION_CACERT,
//! ...). Without them each test says so on stderr and passes without asking anything: the
//! module is part of every `cargo test`, and only `scripts/test` provisions PostgreSQL and nginx.
//!
//! The tests take turns (`SERIAL`): some restart the application under the others' feet.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::common::{assert_one_clean_line, cli, unique};

static SERIAL: Mutex<()> = Mutex::new(());

struct Production {
    url: String,
    database: String,
    cacert: PathBuf,
    password_file: PathBuf,
    dir: PathBuf,
    script: PathBuf,
}

/// The deployment `scripts/production-server start` announced. These tests are `#[ignore]`d in a
/// plain `cargo test` (the listing says so); `scripts/test` starts the server and runs them with
/// `--ignored`, where a missing deployment fails instead of passing.
fn production(test: &str) -> Option<Production> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let url = var("TRYTON_PRODUCTION_URL").unwrap_or_else(|| {
        panic!(
            "production::{test}: TRYTON_PRODUCTION_URL is not set: run it through scripts/test, which starts the production-shaped server (or eval \"$(scripts/production-server start DIR)\")"
        )
    });
    let path = |name: &str| {
        PathBuf::from(
            var(name).unwrap_or_else(|| panic!("{name} is not set beside TRYTON_PRODUCTION_URL")),
        )
    };
    Some(Production {
        url,
        database: var("TRYTON_PRODUCTION_DATABASE").unwrap_or_else(|| "tryton".into()),
        cacert: path("TRYTON_PRODUCTION_CACERT"),
        password_file: path("TRYTON_PRODUCTION_PASSWORD_FILE"),
        dir: path("TRYTON_PRODUCTION_DIR"),
        script: path("TRYTON_PRODUCTION_SCRIPT"),
    })
}

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Production {
    /// The CLI aimed at the deployment, with no CA given: the stored session's is used.
    fn cli(&self, home: &Path) -> assert_cmd::Command {
        let mut command = cli(home);
        command.args(["--url", &self.url, "-d", &self.database]);
        command
    }

    /// A home with a stored session (file store), logged in with the CA from TRYTON_CACERT.
    fn logged_in(&self) -> tempfile::TempDir {
        let home = tempfile::tempdir().unwrap();
        self.login(home.path());
        home
    }

    fn login(&self, home: &Path) {
        let out = self
            .cli(home)
            .env("TRYTON_CACERT", &self.cacert)
            .env("TRYTON_PASSWORD_FILE", &self.password_file)
            .args(["-u", "admin", "--session-store", "file", "login"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
    }

    fn count(&self, home: &Path, domain: &str) -> u64 {
        let out = self
            .cli(home)
            .args(["search", "party.party", domain, "--count"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
    }

    fn import(&self, home: &Path, file: &Path, extra: &[&str]) -> Output {
        self.cli(home)
            .args(["import", "party.party"])
            .arg(file)
            .args(extra)
            .output()
            .unwrap()
    }

    /// Restart gunicorn in the background: stopped by PID, `gap` with nothing listening behind
    /// nginx (502), then started again (its workers load the database first).
    fn restart_app(&self, gap: Duration) -> std::thread::JoinHandle<()> {
        let script = self.script.clone();
        let dir = self.dir.clone();
        std::thread::spawn(move || {
            let out = std::process::Command::new(script)
                .arg("restart-app")
                .arg(&dir)
                .arg(format!("{:.1}", gap.as_secs_f64()))
                .output()
                .unwrap();
            assert!(out.status.success(), "restart-app failed: {out:?}");
        })
    }

    /// Until the application is down (its PID file gone), so that what follows meets the gap.
    fn wait_until_down(&self) {
        let started = Instant::now();
        while self.dir.join("gunicorn.pid").exists() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "gunicorn did not stop"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn write_csv(dir: &Path, name: &str, rows: &[String]) -> PathBuf {
    let path = dir.join(name);
    let mut text = String::from("name\r\n");
    for row in rows {
        text.push_str(row);
        text.push_str("\r\n");
    }
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
#[ignore = "needs the production-shaped server: scripts/test starts it and runs production:: with --ignored"]
fn login_trusts_the_ca_from_the_environment_and_the_session_remembers_it() {
    let Some(p) =
        production("login_trusts_the_ca_from_the_environment_and_the_session_remembers_it")
    else {
        return;
    };
    let _turn = serial();
    // Without the CA: a TLS failure that says what to do, exit 2.
    let bare = tempfile::tempdir().unwrap();
    let out = p.cli(bare.path()).arg("ping").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("--cacert"), "{err}");

    // http:// to nginx's TLS port: said so.
    let out = cli(bare.path())
        .args(["ping", "--url", &p.url.replacen("https://", "http://", 1)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("use an https:// URL"), "{err}");

    let home = p.logged_in();
    // Later commands, status and the dry run use the CA stored with the session.
    let out = p.cli(home.path()).arg("status").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("accepted by the server"),
        "{out:?}"
    );
    let out = p
        .cli(home.path())
        .args(["call", "party.party", "search_count", "[]", "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let ca = std::fs::canonicalize(&p.cacert).unwrap();
    assert!(
        stdout.contains(&format!("--cacert '{}'", ca.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{}{}/rpc/", p.url, p.database)),
        "{stdout}"
    );

    // logout ends the session on the server (it can reach it), then forgets it.
    let out = p.cli(home.path()).arg("logout").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Logged out"),
        "{out:?}"
    );
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("could not"),
        "{out:?}"
    );

    // A profile's cacert key.
    let config = bare.path().join("config/tryton-cli");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        format!(
            "[profiles.prod]\nurl = \"{}\"\ndatabase = \"{}\"\ncacert = \"{}\"\n",
            p.url,
            p.database,
            p.cacert.display()
        ),
    )
    .unwrap();
    let out = cli(bare.path())
        .args(["--profile", "prod", "ping"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
#[ignore = "needs the production-shaped server: scripts/test starts it and runs production:: with --ignored"]
fn search_export_and_import_round_trip_through_the_prefix() {
    let Some(p) = production("search_export_and_import_round_trip_through_the_prefix") else {
        return;
    };
    let _turn = serial();
    let home = p.logged_in();
    let tag = unique("round");
    let rows: Vec<String> = (0..120).map(|i| format!("{tag} {i:03} é\"q\"")).collect();
    let quoted: Vec<String> = rows
        .iter()
        .map(|row| format!("\"{}\"", row.replace('"', "\"\"")))
        .collect();
    let file = write_csv(home.path(), "in.csv", &quoted);
    let out = p.import(home.path(), &file, &["--batch-size", "50"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");

    let domain = format!("name like '{tag} %'");
    assert_eq!(p.count(home.path(), &domain), 120);
    let out = p
        .cli(home.path())
        .args([
            "export",
            "party.party",
            &domain,
            "-f",
            "name",
            "--batch-size",
            "25",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        std::fs::read_to_string(&file).unwrap(),
        "the export is the file imported, byte for byte"
    );
    // Pages asked for two at a time, from two workers: the same bytes.
    let out = p
        .cli(home.path())
        .args(["export", "party.party", &domain, "-f", "name"])
        .args(["--batch-size", "25", "--jobs", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        std::fs::read_to_string(&file).unwrap(),
        "--jobs 2"
    );
}

#[test]
#[ignore = "needs the production-shaped server: scripts/test starts it and runs production:: with --ignored"]
fn atomic_import_through_the_body_limit_is_whole_or_nothing() {
    let Some(p) = production("atomic_import_through_the_body_limit_is_whole_or_nothing") else {
        return;
    };
    let _turn = serial();
    let home = p.logged_in();
    let tag = unique("big");
    // 3 MB of names that gzip only halves: over nginx's client_max_body_size 1m even gzipped.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut noise = |len: usize| {
        (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                char::from_digit((state % 16) as u32, 16).unwrap()
            })
            .collect::<String>()
    };
    let rows: Vec<String> = (0..1500)
        .map(|i| format!("{tag} {i:04} {}", noise(2000)))
        .collect();
    let file = write_csv(home.path(), "big.csv", &rows);
    let domain = format!("name like '{tag} %'");

    let out = p.import(home.path(), &file, &["--atomic"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("HTTP 413") && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(p.count(home.path(), &domain), 0, "nothing");

    let out = p.import(home.path(), &file, &["-v"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("HTTP 413"),
        "the batch was halved: {out:?}"
    );
    assert_eq!(p.count(home.path(), &domain), 1500, "whole");

    // 1.6 MB that compresses well goes through the 1 MB limit in one request, gzipped.
    let tag = unique("squeezed");
    let rows: Vec<String> = (0..1500)
        .map(|i| format!("{tag} {i:04} {}", "x".repeat(1100)))
        .collect();
    let file = write_csv(home.path(), "squeezed.csv", &rows);
    let out = p.import(home.path(), &file, &["--atomic", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("> gzip: "),
        "{out:?}"
    );
    assert_eq!(p.count(home.path(), &format!("name like '{tag} %'")), 1500);
}

#[test]
#[ignore = "needs the production-shaped server: scripts/test starts it and runs production:: with --ignored"]
fn reads_complete_and_writes_are_never_doubled_across_an_application_restart() {
    let Some(p) =
        production("reads_complete_and_writes_are_never_doubled_across_an_application_restart")
    else {
        return;
    };
    let _turn = serial();
    let home = p.logged_in();
    let tag = unique("restart");
    let domain = format!("name like '{tag} %'");
    let mut restart = None;
    let mut created = Vec::new();
    let mut in_doubt = Vec::new();
    let mut reads_retried = 0;
    for i in 0..50 {
        if i == 10 {
            restart = Some(p.restart_app(Duration::from_secs(2)));
            p.wait_until_down();
        }
        // A read: completes whatever the proxy answers meanwhile.
        let out = p
            .cli(home.path())
            .args(["-v", "search", "party.party", &domain, "--count"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "read {i}: {out:?}");
        if String::from_utf8_lossy(&out.stderr).contains("a gateway's answer") {
            reads_retried += 1;
        }
        // A write: applied once, or refused as possibly applied and not sent again.
        let name = format!("{tag} {i:02}");
        let out = p
            .cli(home.path())
            .args(["create", "party.party", "-"])
            .write_stdin(format!("{{\"name\": \"{name}\"}}\n"))
            .output()
            .unwrap();
        match out.status.code() {
            Some(0) => created.push(name),
            Some(2) => {
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(
                    err.contains("HTTP 502") || err.contains("not sent again"),
                    "{err}"
                );
                in_doubt.push(name);
            }
            other => panic!("write {i}: exit {other:?}: {out:?}"),
        }
    }
    restart.unwrap().join().unwrap();
    assert!(reads_retried >= 1, "a read met the restart");
    for name in &created {
        assert_eq!(
            p.count(home.path(), &format!("name = '{name}'")),
            1,
            "{name}"
        );
    }
    for name in &in_doubt {
        assert!(
            p.count(home.path(), &format!("name = '{name}'")) <= 1,
            "{name}"
        );
    }
    assert!(
        created.len() >= 40,
        "created {}: {in_doubt:?}",
        created.len()
    );
}

#[test]
#[ignore = "needs the production-shaped server: scripts/test starts it and runs production:: with --ignored"]
fn an_export_rides_out_an_application_restart() {
    let Some(p) = production("an_export_rides_out_an_application_restart") else {
        return;
    };
    let _turn = serial();
    let home = p.logged_in();
    let tag = unique("ride");
    let rows: Vec<String> = (0..200).map(|i| format!("{tag} {i:03}")).collect();
    let file = write_csv(home.path(), "in.csv", &rows);
    assert_eq!(p.import(home.path(), &file, &[]).status.code(), Some(0));
    let domain = format!("name like '{tag} %'");
    let export = || {
        p.cli(home.path())
            .args([
                "-v",
                "export",
                "party.party",
                &domain,
                "-f",
                "name",
                "--batch-size",
                "10",
            ])
            .output()
            .unwrap()
    };
    let restart = p.restart_app(Duration::from_secs(2));
    p.wait_until_down();
    let started = Instant::now();
    let out = export();
    restart.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("HTTP 502") && stderr.contains("a gateway's answer"),
        "the export met the restart: {stderr}"
    );
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        std::fs::read_to_string(&file).unwrap()
    );
}

#[test]
#[ignore = "needs the production-shaped server: scripts/test starts it and runs production:: with --ignored"]
fn wait_and_cron_check_while_the_proxy_answers_502() {
    let Some(p) = production("wait_and_cron_check_while_the_proxy_answers_502") else {
        return;
    };
    let _turn = serial();
    let home = p.logged_in();
    let tag = unique("waited");
    let file = write_csv(home.path(), "one.csv", &[format!("{tag} 1")]);
    assert_eq!(p.import(home.path(), &file, &[]).status.code(), Some(0));

    let restart = p.restart_app(Duration::from_secs(3));
    p.wait_until_down();
    // cron --check cannot ask: exit 2, not 1 (which would say a job is late).
    let out = p
        .cli(home.path())
        .args(["--retries", "0", "cron", "--check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(err.contains("HTTP 502"), "{err}");
    // wait keeps asking until the application answers again.
    let out = p
        .cli(home.path())
        .args(["--retries", "0", "-v", "wait", "party.party"])
        .arg(format!("name = '{tag} 1'"))
        .args([
            "--for",
            "count=1",
            "--max-wait",
            "60s",
            "--interval",
            "500ms",
        ])
        .output()
        .unwrap();
    restart.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("HTTP 502") && stderr.contains("asking again until the deadline"),
        "{stderr}"
    );
    // And once it is back, cron --check answers.
    let out = p
        .cli(home.path())
        .args(["cron", "--check"])
        .output()
        .unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
}

#[test]
#[ignore = "needs the production-shaped server: scripts/test starts it and runs production:: with --ignored"]
fn a_new_login_ends_the_session_it_replaces_on_the_server() {
    let Some(p) = production("a_new_login_ends_the_session_it_replaces_on_the_server") else {
        return;
    };
    let _turn = serial();
    let home = p.logged_in();
    // A copy of the stored session, to try it once it has been replaced.
    let copy = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("cp")
        .arg("-a")
        .arg(home.path().join("state"))
        .arg(copy.path())
        .status()
        .unwrap();
    assert!(status.success());
    let out = p.cli(copy.path()).arg("status").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "the copy works: {out:?}");

    p.login(home.path());
    let out = p.cli(copy.path()).arg("status").output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(4),
        "the replaced session was ended: {out:?}"
    );
    let out = p.cli(home.path()).arg("status").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "the new one works: {out:?}");
}

#[test]
#[ignore = "needs the production-shaped server: scripts/test starts it and runs production:: with --ignored"]
fn a_configuration_file_applies_through_the_prefix_and_plans_empty_on_postgresql() {
    let Some(p) =
        production("a_configuration_file_applies_through_the_prefix_and_plans_empty_on_postgresql")
    else {
        return;
    };
    let _turn = serial();
    let home = p.logged_in();
    let tag = unique("cac");
    let mut yaml = format!(
        "version: 1\nrecords:\n  - model: party.category\n    items:\n      - name: {tag} root\n      - name: {tag} leaf\n        parent: {tag} root\n  - model: party.party\n    items:\n"
    );
    for i in 0..40 {
        yaml.push_str(&format!(
            "      - name: {tag} party {i:02}\n        lang: en\n        categories: [{{name: {tag} leaf}}]\n        addresses: [{{street: {i} Main Street, city: Paris}}]\n"
        ));
    }
    let file = home.path().join("setup.yaml");
    std::fs::write(&file, yaml).unwrap();
    let file = file.to_str().unwrap();
    let plan = |home: &Path| {
        p.cli(home)
            .args(["plan", file, "--detailed-exitcode"])
            .output()
            .unwrap()
    };

    let out = p
        .cli(home.path())
        .args(["apply", file, "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Apply complete: 82 created, 0 changed, 0 deleted."
    );
    let out = plan(home.path());
    assert_eq!(out.status.code(), Some(0), "{out:?}");

    // One change on the server: exactly one `~` and exit 5; applied again (the write carries
    // PostgreSQL's _timestamp text as it was read), then nothing to do.
    let out = p
        .cli(home.path())
        .args(["write", "party.party", "--where"])
        .arg(format!("name = '{tag} party 07'"))
        .args([r#"{"lang": null}"#, "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = plan(home.path());
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let changed: Vec<&str> = text.lines().filter(|l| l.starts_with("~ ")).collect();
    assert_eq!(changed.len(), 1, "{text}");
    assert!(changed[0].contains("party 07"), "{text}");
    let out = p
        .cli(home.path())
        .args(["apply", file, "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Apply complete: 0 created, 1 changed, 0 deleted."
    );
    assert_eq!(plan(home.path()).status.code(), Some(0));
}
