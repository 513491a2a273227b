//! Bad input for every subcommand: one clear line on stderr, the documented exit code, no panic
//! (RUST_BACKTRACE=1 is set by `common::cli`), nothing written.

use crate::common;

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{Home, assert_one_clean_line, shared_server};

struct Case {
    args: Vec<OsString>,
    stdin: Option<&'static str>,
    code: i32,
    says: &'static str,
}

fn case(args: &[&str], code: i32, says: &'static str) -> Case {
    Case {
        args: args.iter().map(OsString::from).collect(),
        stdin: None,
        code,
        says,
    }
}

fn run_cases(home: &Home, url: &str, cases: Vec<Case>) {
    for case in cases {
        let mut command = home.cli();
        command
            .env("TRYTON_URL", url)
            .env("TRYTON_DATABASE", DATABASE)
            .env("TRYTON_SESSION_STORE", "file")
            .args(&case.args);
        command.write_stdin(case.stdin.unwrap_or(""));
        let out = command.output().unwrap();
        let shown = format!("{:?}", case.args);
        assert_eq!(out.status.code(), Some(case.code), "{shown}: {out:?}");
        let err = assert_one_clean_line(&out.stderr);
        assert!(
            err.contains(case.says),
            "{shown}: expected '{}' in: {err}",
            case.says
        );
        assert!(
            !err.contains(&admin_password()),
            "{shown}: password in: {err}"
        );
    }
}

#[test]
fn usage_errors_exit_3_with_one_line() {
    let server = shared_server();
    let home = Home::new();
    // Just under the kernel's 128 KiB limit for one argument.
    let huge = format!("[{}]", vec!["1"; 60_000].join(","));
    let cases = vec![
        case(&["frobnicate"], 3, "unrecognized subcommand"),
        case(&["ping", "--no-such-flag"], 3, "unexpected argument"),
        case(&["--timeout=-5", "ping"], 3, "positive number of seconds"),
        case(&["--timeout", "soon", "ping"], 3, "not a duration"),
        case(&["--retries", "many", "ping"], 3, "invalid digit"),
        case(
            &["--url", "ftp://example.com", "ping"],
            3,
            "only http:// and https://",
        ),
        case(
            &[
                "--url",
                "http://admin:hunter2@example.com",
                "call",
                "common.db.list",
            ],
            3,
            "credentials do not belong",
        ),
        case(&["--url", "http://example.com:99999", "ping"], 3, "port"),
        case(
            &["--profile", "nowhere", "ping"],
            3,
            "unknown profile 'nowhere'",
        ),
        case(
            &["--session-store", "cloud", "status"],
            3,
            "invalid value 'cloud'",
        ),
        case(&["call"], 3, "required"),
        case(
            &["call", "party.party", "search", "{not json"],
            3,
            "is not JSON",
        ),
        case(&["call", "party.party", "search", "acme"], 3, r#"'"acme"'"#),
        case(&["call", "version"], 3, "is not a method"),
        case(
            &["call", "common.db.list", "--params", "{}"],
            3,
            "must be a JSON array",
        ),
        case(
            &["call", "party.party", "search", "[]", "--context", "[1]"],
            3,
            "must be a JSON object",
        ),
        case(
            &["call", "party.party", "create", "[{}]", "--cache", "5m"],
            3,
            "only for read methods",
        ),
        case(&["search"], 3, "required"),
        case(
            &["search", "party.party", "name", "ilike"],
            3,
            "a value is missing",
        ),
        case(
            &["search", "party.party", "name", "~", "x"],
            3,
            "unknown operator",
        ),
        case(
            &["search", "party.party", "[[\"name\", \"=\""],
            3,
            "invalid JSON domain",
        ),
        case(
            &["search", "party.party", "--limit", "-1"],
            3,
            "invalid value '-1'",
        ),
        case(
            &["search", "party.party", "--order", "name sideways"],
            3,
            "not asc or desc",
        ),
        case(
            &["search", "party.party", "-o", "xml"],
            3,
            "invalid value 'xml'",
        ),
        case(&["read", "party.party", "1,x"], 3, "'x' is not a record id"),
        case(&["login", "--login-param", "novalue"], 3, "NAME=VALUE"),
        case(&["--generate", "tcsh"], 3, "--generate takes one of"),
        Case {
            args: vec![
                "call".into(),
                "party.party".into(),
                "search".into(),
                huge.into(),
            ],
            stdin: None,
            code: 4,
            says: "tryton-cli login",
        },
        Case {
            args: vec![
                "login".into(),
                "-u".into(),
                ADMIN.into(),
                "--password-stdin".into(),
            ],
            stdin: Some(""),
            code: 3,
            says: "gave no password",
        },
        Case {
            args: vec!["login".into(), "-u".into(), ADMIN.into()],
            stdin: None,
            code: 4,
            says: "no password",
        },
        Case {
            args: vec![
                "call".into(),
                "common.db.list".into(),
                "--params".into(),
                "-".into(),
            ],
            stdin: Some("[1"),
            code: 3,
            says: "--params is not JSON",
        },
        Case {
            args: vec![
                "ping".into(),
                "--url".into(),
                OsString::from_vec(vec![b'h', 0xff, 0xfe]),
            ],
            stdin: None,
            code: 3,
            says: "invalid UTF-8",
        },
    ];
    run_cases(&home, &server.url, cases);
}

#[test]
fn a_config_path_that_cannot_be_read_is_a_usage_error() {
    let home = Home::new();
    // A directory where the file should be: unreadable as a file even for root.
    std::fs::create_dir_all(home.path().join("config/tryton-cli/config.toml")).unwrap();
    let out = home.cli().args(["ping"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(assert_one_clean_line(&out.stderr).contains("cannot read the config file"));
}

#[test]
fn a_domain_of_ten_thousand_clauses_is_parsed_and_sent() {
    let server = shared_server();
    let home = Home::new();
    common::login(home.path(), &server.url);
    // As separate words (one argument may not exceed 128 KiB): id != N id != N+1 ...
    let words: Vec<String> = (0..10_000)
        .flat_map(|i| {
            [
                "id".to_string(),
                "!=".to_string(),
                (1_000_000 + i).to_string(),
            ]
        })
        .collect();
    let out = home
        .cli()
        .args([
            "--url",
            &server.url,
            "-d",
            DATABASE,
            "--session-store",
            "file",
        ])
        // SQLite refuses so deep an expression (trytond answers 503 after ~6 s): no retries here.
        // A generous timeout: under load the server takes longer than the default 10 s to fail.
        .args([
            "--retries",
            "0",
            "--timeout",
            "60",
            "search",
            "party.party",
            "--count",
        ])
        .args(&words)
        .output()
        .unwrap();
    // Whatever the server makes of it, the CLI answers cleanly: a count, or one error line.
    match out.status.code() {
        Some(0) => assert!(
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse::<u64>()
                .is_ok()
        ),
        // 503 (trytond's answer to a database error) is exit 2, as from a proxy.
        Some(1 | 2) => {
            assert_one_clean_line(&out.stderr);
        }
        other => panic!("unexpected exit {other:?}: {out:?}"),
    }
}
