//! Scripting and monitoring (issue 16) against a real trytond: --jq on the JSON outputs, `wait`
//! for a data condition, `cron` and its health check, and `--watch`.

use crate::common::server::ADMIN;
use crate::common::{
    Home, TrytonServer, assert_one_clean_line, create_parties, logged_in, shared_server, unique,
};
use serde_json::{Value, json};

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn jq_prints_raw_strings_one_per_record() {
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("jq");
    let names = [format!("{tag}-b"), format!("{tag}-a")];
    create_parties(server, &[&names[0], &names[1]]);
    let output = home
        .cli()
        .args(["search", "party.party", &format!("name ilike {tag}-%")])
        .args(["-f", "name", "--order", "name", "--jq", ".name"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(stdout_of(&output), format!("{tag}-a\n{tag}-b\n"));

    // -o json: the program sees the whole list once.
    let output = home
        .cli()
        .args(["search", "party.party", &format!("name ilike {tag}-%")])
        .args([
            "-f",
            "name",
            "-o",
            "json",
            "--jq",
            "map(.name) | sort | join(\",\")",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), format!("{tag}-a,{tag}-b\n"));

    // read, and non-string outputs as compact JSON.
    let ids = create_parties(server, &[&format!("{tag}-c")]);
    let output = home
        .cli()
        .args(["read", "party.party", &ids[0].to_string(), "-f", "id,name"])
        .args(["--jq", "{id, n: (.name | length)}"])
        .output()
        .unwrap();
    let expected = json!({"id": ids[0], "n": tag.len() + 2}).to_string();
    assert_eq!(stdout_of(&output), format!("{expected}\n"));
}

#[test]
fn jq_on_call_status_ping_count_and_export() {
    let server = shared_server();
    let home = logged_in(server);
    let count = server.rpc("model.party.party.search_count", json!([[], {}]));
    let count = count.as_i64().unwrap();
    let output = home
        .cli()
        .args(["call", "party.party", "search_count", "[]", "--jq", ". + 1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let printed: i64 = stdout_of(&output).trim().parse().unwrap();
    assert!(printed > count, "{printed} vs {count}");

    let output = home
        .cli()
        .args(["search", "party.party", "--count", "--jq", ". * 0"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), "0\n");

    let output = home
        .cli()
        .args(["ping", "--jq", ".status"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), "ok\n");

    let output = home
        .cli()
        .args(["status", "--jq", ".[0].user"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), format!("{ADMIN}\n"));

    let tag = unique("jqexport");
    create_parties(server, &[&tag]);
    let output = home
        .cli()
        .args([
            "export",
            "party.party",
            &format!("name = {tag}"),
            "-f",
            "name",
        ])
        .args(["-o", "ndjson", "--jq", ".name | ascii_upcase"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&output), format!("{}\n", tag.to_uppercase()));
}

#[test]
fn a_bad_jq_program_is_exit_3_before_anything_is_sent() {
    let home = Home::new();
    // Nothing listens on port 9 (discard): had a request been tried, the exit would be 2.
    for args in [
        vec!["search", "party.party", "-f", "name"],
        vec!["call", "party.party", "search_count", "[]"],
        vec!["ping"],
    ] {
        let output = home
            .cli()
            .args(["--url", "http://127.0.0.1:9", "-d", "x", "-u", "admin"])
            .args(&args)
            .args(["--jq", ".["])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(3), "{args:?} {output:?}");
        let line = assert_one_clean_line(&output.stderr);
        assert!(line.contains("--jq"), "{line}");
        assert!(output.stdout.is_empty());
    }
    // A format --jq cannot read, and a command that prints no JSON: exit 3 too.
    for args in [
        vec!["search", "party.party", "-o", "csv"],
        vec!["export", "party.party", "-f", "name"],
        vec!["delete", "party.party", "1"],
    ] {
        let output = home
            .cli()
            .args(["--url", "http://127.0.0.1:9", "-d", "x", "-u", "admin"])
            .args(&args)
            .args(["--jq", "."])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(3), "{args:?} {output:?}");
        assert_one_clean_line(&output.stderr);
    }
}

#[test]
fn a_jq_runtime_error_is_one_line_and_exit_3() {
    let server = shared_server();
    let home = logged_in(server);
    let output = home
        .cli()
        .args(["call", "party.party", "search_count", "[]", "--jq", ".name"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let line = assert_one_clean_line(&output.stderr);
    assert!(line.contains("--jq"), "{line}");
}

/// `next_call` as trytond takes it over the wire (a naive UTC datetime).
fn wire_datetime(text: &str) -> Value {
    let (date, time) = text.split_once(' ').unwrap();
    let d: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let t: Vec<i64> = time.split(':').map(|p| p.parse().unwrap()).collect();
    json!({"__class__": "datetime", "year": d[0], "month": d[1], "day": d[2],
           "hour": t[0], "minute": t[1], "second": t[2], "microsecond": 0})
}

#[test]
fn cron_lists_the_jobs_and_checks_that_none_is_late() {
    let server = shared_server();
    let home = logged_in(server);
    let jobs = server.rpc(
        "model.ir.cron.search_read",
        json!([[], 0, null, [["id", "ASC"]], ["method"], {}]),
    );
    let jobs = jobs.as_array().unwrap();
    assert!(!jobs.is_empty());
    crate::common::fixture::schedule_cron_jobs(server);

    // The table lists the jobs of a fresh database, by their readable names.
    let output = home.cli().args(["cron", "-o", "csv"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let text = stdout_of(&output);
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    for column in ["id", "name", "method", "active", "interval", "next_call"] {
        assert!(header.split(',').any(|c| c == column), "{header}");
    }
    assert_eq!(lines.count(), jobs.len(), "{text}");
    assert!(text.contains("Run On Time Triggers"), "{text}");
    assert!(text.contains("ir.trigger|trigger_time"), "{text}");
    if crate::common::server::series().starts_with('8') {
        assert!(
            header.contains("last_started") && header.contains("running"),
            "{header}"
        );
    }

    // None late: exit 0, one ok line.
    let output = home
        .cli()
        .args(["cron", "--check", "--late", "1h"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(stdout_of(&output).starts_with("ok: "), "{output:?}");

    // One active job due two days ago: late by more than 1h, exit 1, one line naming it.
    let id = jobs[0]["id"].as_i64().unwrap();
    let method = jobs[0]["method"].as_str().unwrap().to_string();
    let past = humantime::format_rfc3339_seconds(
        std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 86_400),
    )
    .to_string()
    .replace('T', " ")
    .trim_end_matches('Z')
    .to_string();
    server.rpc(
        "model.ir.cron.write",
        json!([[id], {"next_call": wire_datetime(&past)}, {}]),
    );
    let late = home
        .cli()
        .args(["cron", "--check", "--late", "1h"])
        .output()
        .unwrap();
    let late_json = home
        .cli()
        .args(["cron", "--check", "--late", "1h", "--json"])
        .output()
        .unwrap();
    // Late, but not by more than 3 days.
    let lenient = home
        .cli()
        .args(["cron", "--check", "--late", "3d", "-q"])
        .output()
        .unwrap();
    // Back on schedule (null would be a job due since now, late for other tests in an hour).
    let tomorrow = std::time::SystemTime::now() + std::time::Duration::from_secs(86_400);
    server.rpc(
        "model.ir.cron.write",
        json!([[id], {"next_call": crate::common::fixture::wire_datetime(tomorrow)}, {}]),
    );

    assert_eq!(late.status.code(), Some(1), "{late:?}");
    let text = stdout_of(&late);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("late: ") && text.contains(&method),
        "{text}"
    );
    assert!(text.contains(&format!("ir.cron {id}")), "{text}");
    assert_eq!(late_json.status.code(), Some(1));
    let summary: Value = serde_json::from_slice(&late_json.stdout).unwrap();
    assert_eq!(summary["status"], "late");
    assert_eq!(summary["late"][0]["id"], json!(id));
    assert!(summary["late"][0]["late_seconds"].as_i64().unwrap() >= 2 * 86_400 - 60);
    assert_eq!(lenient.status.code(), Some(0), "{lenient:?}");
    assert!(lenient.stdout.is_empty());
}

#[test]
fn wait_returns_within_one_interval_of_a_record_appearing() {
    use std::time::{Duration, Instant};
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("wait");
    let mut child = home
        .cli_std()
        .args(["wait", "party.party", &format!("name = {tag}")])
        .args(["--interval", "2s", "--max-wait", "60s"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "wait ended before the record existed"
    );
    create_parties(server, &[&tag]);
    let created = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            created.elapsed() < Duration::from_secs(30),
            "wait did not end"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    let took = created.elapsed();
    assert_eq!(status.code(), Some(0));
    // One 2 s interval, plus a generous 2 s for one count on a busy machine: less than the two
    // intervals a missed poll would take.
    assert!(took < Duration::from_secs(2 + 2), "{took:?}");
    let mut stdout = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut stdout).unwrap();
    assert_eq!(stdout, "1\n");

    // --for gone: already true.
    let output = home
        .cli()
        .args([
            "wait",
            "party.party",
            &format!("name = {tag}-none"),
            "--for",
            "gone",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

#[test]
fn wait_gives_up_at_its_deadline_with_the_last_count() {
    use std::time::{Duration, Instant};
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("never");
    let started = Instant::now();
    let output = home
        .cli()
        .args(["wait", "party.party", &format!("name = {tag}")])
        .args(["--interval", "1s", "--max-wait", "3s"])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    // The deadline, with a margin for a busy machine: at 3 s, not one interval early.
    assert!(took >= Duration::from_secs(3), "{took:?}");
    assert!(took < Duration::from_secs(3 + 5), "{took:?}");
    let line = assert_one_clean_line(&output.stderr);
    assert!(line.contains("last count: 0"), "{line}");
    assert!(output.stdout.is_empty());

    // A bad condition: exit 3 before anything is sent.
    let output = home
        .cli()
        .args(["wait", "party.party", "--for", "count~1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    // An unknown field is the server's answer: exit at once, not at the deadline.
    let started = Instant::now();
    let output = home
        .cli()
        .args([
            "wait",
            "party.party",
            "no_such_field = 1",
            "--max-wait",
            "30s",
        ])
        .output()
        .unwrap();
    assert_ne!(output.status.code(), Some(0), "{output:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn wait_keeps_waiting_while_the_server_does_not_answer() {
    use std::time::{Duration, Instant};
    let mut server = TrytonServer::start(&[]);
    let home = logged_in(&server);
    server.stop();
    let started = Instant::now();
    let output = home
        .cli()
        .args([
            "-v",
            "wait",
            "party.party",
            "--max-wait",
            "3s",
            "--interval",
            "1s",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(started.elapsed() >= Duration::from_secs(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("asking again until the deadline"),
        "{stderr}"
    );
    // Back up during the wait: the wait succeeds (this fresh database has no party: count=0).
    let mut child = home
        .cli_std()
        .args(["wait", "party.party", "--for", "count=0"])
        .args(["--max-wait", "60s", "--interval", "1s"])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(2));
    server.restart(&[]);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn watch_redraws_on_a_terminal_until_ctrl_c() {
    use crate::common::pty::Pty;
    let server = shared_server();
    let home = logged_in(server);
    let tag = unique("watch");
    create_parties(server, &[&tag]);
    let mut command = home.cli_std();
    command.args([
        "search",
        "party.party",
        &format!("name = {tag}"),
        "-f",
        "name",
    ]);
    command.args(["--watch", "1s"]);
    let mut pty = Pty::spawn(command);
    // Two redraws: the screen cleared, the header, the table.
    pty.expect_times("\x1b[H\x1b[2JEvery 1s: tryton-cli search party.party", 2);
    pty.expect_times(&tag, 2);
    pty.type_bytes(b"\x03");
    let (code, screen) = pty.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("panicked"), "{screen}");

    // status --watch too.
    let mut command = home.cli_std();
    command.args(["status", "--watch", "1s"]);
    let mut pty = Pty::spawn(command);
    pty.expect_times("accepted by the server", 2);
    pty.type_bytes(b"\x03");
    let (code, screen) = pty.finish();
    assert_eq!(code, 0, "{screen}");
}

#[test]
fn watch_prints_timestamped_blocks_when_piped() {
    use std::time::Duration;
    let server = shared_server();
    let home = logged_in(server);
    let child = home
        .cli_std()
        .args(["call", "party.party", "search_count", "[]", "--watch", "1s"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(2600));
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let text = stdout_of(&output);
    let lines: Vec<&str> = text.lines().collect();
    let separators: Vec<&&str> = lines.iter().filter(|l| l.starts_with("--- ")).collect();
    assert!(separators.len() >= 2, "{text}");
    // Each block: '--- 2026-11-27T11:18:58Z', then the count.
    for pair in lines.chunks(2) {
        let stamp = pair[0].strip_prefix("--- ").unwrap();
        assert!(humantime::parse_rfc3339(stamp).is_ok(), "{text}");
        assert!(pair[1].parse::<u64>().is_ok(), "{text}");
    }

    // A write method is refused before anything is sent.
    let output = home
        .cli()
        .args(["call", "party.party", "create", "[{}]", "--watch", "1s"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    assert!(assert_one_clean_line(&output.stderr).contains("read methods only"));
}
