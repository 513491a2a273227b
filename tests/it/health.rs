//! `health`: many servers checked at once, against real trytond 8.2 and 7.0 servers, a dead port
//! and hung ones (the fault server's silence).

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::fault::{FaultServer, Reply};
use crate::common::server::{DATABASE, series};
use crate::common::{TrytonServer, cli, login, shared_server};

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// A port nothing listens on.
fn dead_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

/// `promtool check metrics` on the text: the Prometheus toolchain's own lint. Missing promtool
/// fails the test (scripts/install-deps installs it) rather than passing unchecked.
fn promtool_accepts(text: &str) {
    use std::io::Write;
    let mut child = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("promtool (Debian package prometheus; scripts/install-deps installs it)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "promtool refused the output: {}{}\n{text}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn one_run_reports_both_series_up_and_a_dead_port_down() {
    // The run's series is the shared server; the other series is started here.
    let other_series = if series().starts_with('7') {
        "8.2"
    } else {
        "7.0"
    };
    let other = TrytonServer::start(&[("TRYTON_SERIES", other_series)]);
    let shared = shared_server();
    let (eight, seven) = if other_series == "7.0" {
        (shared.url.clone(), other.url.clone())
    } else {
        (other.url.clone(), shared.url.clone())
    };
    let dead = dead_url();
    let home = tempfile::tempdir().unwrap();
    login(home.path(), &eight);
    login(home.path(), &seven);

    let started = Instant::now();
    let output = cli(home.path())
        .args([
            "health", &eight, &seven, &dead, "-d", DATABASE, "-o", "json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
    let reports: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    let reports = reports.as_array().unwrap();
    assert_eq!(reports.len(), 3);
    let up: Vec<&Value> = reports.iter().map(|r| &r["up"]).collect();
    assert_eq!(
        up,
        [&json!(true), &json!(true), &json!(false)],
        "{reports:?}"
    );
    assert_eq!(reports[0]["series"], "8.2");
    assert_eq!(reports[0]["version"], "8.2");
    assert_eq!(reports[1]["series"], "7.0");
    // 7.0 tells its whole version, 8.x only its series.
    assert!(
        reports[1]["version"].as_str().unwrap().starts_with("7.0."),
        "{reports:?}"
    );
    assert_eq!(reports[2]["status"], "down");
    assert!(
        reports[2]["error"].as_str().unwrap().contains("refused"),
        "{reports:?}"
    );
    for report in &reports[..2] {
        assert_eq!(report["database_listed"], true, "{report}");
        assert!(report["rpc_seconds"].as_f64().unwrap() > 0.0);
        // The stored sessions add what only Tryton knows.
        assert!(report["cron_late_jobs"].is_u64(), "{report}");
        assert!(report["cron_never_run_jobs"].is_u64(), "{report}");
        assert!(report["errors_open"].is_u64(), "{report}");
        assert!(report["sessions_active"].as_u64().unwrap() >= 1, "{report}");
        assert!(report["modules"]["party"].is_string(), "{report}");
        assert!(report["modules"]["ir"].is_string(), "{report}");
    }
    // Running jobs are an 8.x flag: 7.0 says why it has none.
    assert!(reports[0]["cron_running_jobs"].is_u64());
    assert!(reports[1]["cron_running_jobs"].is_null());
    assert!(
        reports[1]["absent"]["cron_running_jobs"]
            .as_str()
            .unwrap()
            .contains("running")
    );

    // The same run for Prometheus, through a file renamed into place.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tryton.prom");
    let output = cli(home.path())
        .args(["health", &eight, &seven, &dead, "-d", DATABASE])
        .args(["-o", "prometheus", "--output-file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
    let text = std::fs::read_to_string(&file).unwrap();
    for line in [
        format!("tryton_up{{target=\"{eight}\"}} 1"),
        format!("tryton_up{{target=\"{seven}\"}} 1"),
        format!("tryton_up{{target=\"{dead}\"}} 0"),
        format!("tryton_info{{target=\"{eight}\",series=\"8.2\",version=\"8.2\"}} 1"),
        format!("tryton_database_listed{{target=\"{seven}\",database=\"{DATABASE}\"}} 1"),
    ] {
        assert!(text.lines().any(|l| l == line), "{line} not in:\n{text}");
    }
    assert!(text.contains(&format!(
        "tryton_module_info{{target=\"{seven}\",module=\"party\""
    )));
    assert!(
        text.contains("# TYPE tryton_cron_late_jobs gauge"),
        "{text}"
    );
    // Nothing else in the directory: the temporary file was renamed, and readable by others.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o644);
    promtool_accepts(&text);

    // Without stored sessions the Tryton metrics are left out, the table says why, and that
    // alone is no failure.
    let fresh = tempfile::tempdir().unwrap();
    let output = cli(fresh.path())
        .args(["health", &eight, &seven, "-d", DATABASE])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let text = stdout_of(&output);
    assert!(
        text.contains(&format!(
            "{eight}: no cron, errors, modules or sessions: no stored session for database {DATABASE}"
        )),
        "{text}"
    );
}

#[test]
fn a_hung_target_costs_one_timeout_not_one_per_target() {
    let hung: Vec<FaultServer> = (0..3)
        .map(|_| FaultServer::start(|_, _, _| Reply::Silence))
        .collect();
    let server = shared_server();
    let home = tempfile::tempdir().unwrap();
    let timeout = Duration::from_secs(2);
    let started = Instant::now();
    let output = cli(home.path())
        .args(["health", "--timeout", "2s", "-o", "json", &server.url])
        .args(hung.iter().map(|h| h.url.as_str()))
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        elapsed < 3 * timeout,
        "4 targets, 3 of them hung, took {elapsed:?} with --timeout 2s"
    );
    let reports: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    let statuses: Vec<&str> = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["ok", "down", "down", "down"], "{reports}");
    assert!(
        reports[1]["error"]
            .as_str()
            .unwrap()
            .contains("within --timeout 2s"),
        "{reports}"
    );
}

/// `ir.cron` writes take trytond's wire form for datetimes.
fn wire_datetime(when: std::time::SystemTime) -> Value {
    let text = humantime::format_rfc3339_seconds(when).to_string();
    let (date, time) = text.trim_end_matches('Z').split_once('T').unwrap();
    let d: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let t: Vec<i64> = time.split(':').map(|p| p.parse().unwrap()).collect();
    json!({"__class__": "datetime", "year": d[0], "month": d[1], "day": d[2],
           "hour": t[0], "minute": t[1], "second": t[2], "microsecond": 0})
}

#[test]
fn a_cron_forced_late_makes_the_target_unhealthy_and_nagios_warn() {
    // A server of its own: the shared one's cron jobs are other tests' business.
    let server = TrytonServer::start(&[]);
    crate::common::fixture::schedule_cron_jobs(&server);
    let home = tempfile::tempdir().unwrap();
    login(home.path(), &server.url);
    let health = |extra: &[&str]| {
        cli(home.path())
            .args(["health", &server.url, "-d", DATABASE])
            .args(extra)
            .output()
            .unwrap()
    };
    let target = &server.url;
    let healthy = health(&["-o", "prometheus"]);
    assert_eq!(healthy.status.code(), Some(0), "{healthy:?}");
    let text = stdout_of(&healthy);
    assert!(
        text.contains(&format!("tryton_cron_late_jobs{{target=\"{target}\"}} 0")),
        "{text}"
    );
    let ok = health(&["-o", "nagios"]);
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    assert!(stdout_of(&ok).starts_with("TRYTON OK - 1 of 1 target(s) healthy | "));

    let jobs = server.rpc(
        "model.ir.cron.search_read",
        json!([[], 0, 1, [["id", "ASC"]], ["method"], {}]),
    );
    let id = jobs[0]["id"].as_i64().unwrap();
    let method = jobs[0]["method"].as_str().unwrap().to_string();
    let two_days_ago = std::time::SystemTime::now() - Duration::from_secs(2 * 86_400);
    server.rpc(
        "model.ir.cron.write",
        json!([[id], {"next_call": wire_datetime(two_days_ago)}, {}]),
    );

    let late = health(&["-o", "prometheus"]);
    assert_eq!(late.status.code(), Some(1), "{late:?}");
    let text = stdout_of(&late);
    assert!(
        text.lines()
            .any(|l| l == format!("tryton_cron_late_jobs{{target=\"{target}\"}} 1")),
        "{text}"
    );
    promtool_accepts(&text);

    // Late by two days, not by more than three.
    let lenient = health(&["--late", "3d", "-o", "json"]);
    assert_eq!(lenient.status.code(), Some(0), "{lenient:?}");

    let table = health(&[]);
    assert_eq!(table.status.code(), Some(1), "{table:?}");
    let text = stdout_of(&table);
    assert!(
        text.contains(&format!(
            "{target}: unhealthy: 1 cron job(s) more than 1h late ({method})"
        )),
        "{text}"
    );

    // Nagios: WARNING for an unhealthy target, CRITICAL once one does not answer.
    let warning = health(&["-o", "nagios"]);
    assert_eq!(warning.status.code(), Some(1), "{warning:?}");
    let line = stdout_of(&warning);
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(
        line.starts_with("TRYTON WARNING - 0 of 1 target(s) healthy; "),
        "{line}"
    );
    // '|' begins the perfdata: the job's method is written with a space there.
    assert!(line.contains(&method.replace('|', " ")), "{line}");
    assert!(
        line.contains(&format!("'{target} cron_late'=1;0;;0")),
        "{line}"
    );
    let dead = dead_url();
    let critical = health(&[&dead, "-o", "nagios"]);
    assert_eq!(critical.status.code(), Some(2), "{critical:?}");
    assert!(
        stdout_of(&critical).starts_with("TRYTON CRITICAL - 0 of 2 target(s) healthy; "),
        "{critical:?}"
    );
}

#[test]
fn a_bad_target_is_exit_3_before_anything_is_sent_and_nagios_says_unknown() {
    let home = tempfile::tempdir().unwrap();
    let output = cli(home.path())
        .args(["health", "nosuchprofile", "-o", "nagios"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    assert!(stdout_of(&output).starts_with("TRYTON UNKNOWN - target 'nosuchprofile' is not a URL"));
    crate::common::assert_one_clean_line(&output.stderr);

    let list = home.path().join("targets.txt");
    std::fs::write(&list, "# fleet\nhttp://127.0.0.1:1 tryton extra\n").unwrap();
    let output = cli(home.path())
        .args(["health", "--targets"])
        .arg(&list)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let line = crate::common::assert_one_clean_line(&output.stderr);
    assert!(line.contains("line 2"), "{line}");
}

#[test]
fn profiles_and_a_targets_file_name_the_targets_and_their_sessions() {
    let server = shared_server();
    crate::common::fixture::schedule_cron_jobs(server);
    let dead = dead_url();
    let home = tempfile::tempdir().unwrap();
    login(home.path(), &server.url);
    let config = home.path().join("config/tryton-cli");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        format!(
            "default_profile = \"prod\"\n\n[profiles.prod]\nurl = \"{}\"\ndatabase = \"{DATABASE}\"\nuser = \"admin\"\n\n[profiles.gone]\nurl = \"{dead}\"\n",
            server.url
        ),
    )
    .unwrap();

    let output = cli(home.path())
        .args(["health", "--all-profiles", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let reports: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    // The config file's order is by name: gone, then prod.
    assert_eq!(reports[0]["target"], "gone");
    assert_eq!(reports[0]["up"], false);
    assert_eq!(reports[1]["target"], "prod");
    assert_eq!(reports[1]["database_listed"], true);
    // The profile's server, database and user name the stored session.
    assert!(reports[1]["errors_open"].is_u64(), "{reports}");

    // A targets file: a URL with its database, a profile, comments and blank lines.
    let list = home.path().join("fleet.txt");
    std::fs::write(
        &list,
        format!("# the fleet\n\n{} {DATABASE}\nprod\n", server.url),
    )
    .unwrap();
    let output = cli(home.path())
        .args(["health", "--targets"])
        .arg(&list)
        .args(["-o", "prometheus"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let text = stdout_of(&output);
    for target in [server.url.as_str(), "prod"] {
        assert!(
            text.contains(&format!("tryton_errors_open{{target=\"{target}\"}} ")),
            "{target}:\n{text}"
        );
    }
    promtool_accepts(&text);
}

#[test]
fn with_no_target_the_current_session_is_checked() {
    let server = shared_server();
    crate::common::fixture::schedule_cron_jobs(server);
    let home = crate::common::logged_in(server);
    let output = cli(home.path())
        .args(["health", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let reports: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(reports.as_array().unwrap().len(), 1);
    assert_eq!(reports[0]["target"], server.url.as_str());
    assert_eq!(reports[0]["database"], DATABASE);
    assert!(
        reports[0]["sessions_active"].as_u64().unwrap() >= 1,
        "{reports}"
    );
}
