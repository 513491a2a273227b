//! One target's checks: what any client may ask (the version, the round trip, the database
//! list), then, with the stored session for that target, what only Tryton knows (late cron jobs,
//! open errors, modules, sessions). The whole of it runs within one deadline (`--timeout`), and
//! nothing is retried: a health check answers for now.

use std::time::{Duration, Instant, SystemTime};

use serde_json::{Value, json};

use crate::commands::cron::{due_since, is_late, late_seconds, truthy};
use crate::exit::ExitCode;
use crate::exit::rpc_exit_code;
use crate::output::plain;
use crate::rpc::{self, Client, ClientOptions, Fault, ServerUrl, Target as RpcTarget, methods};
use crate::secret::SecretString;
use crate::session::SessionInfo;

/// A metric, or why it is absent (no session, access refused, not on this series...).
pub type Measure<T> = Result<T, String>;

/// A server to check, resolved before anything is sent.
pub struct Target {
    /// As given: a URL or a profile name (the `target` label).
    pub name: String,
    pub url: ServerUrl,
    pub database: Option<String>,
    /// The stored session for (url, database, user) and its token, or why there is none.
    pub session: Measure<(SessionInfo, SecretString)>,
}

/// What makes a target unhealthy.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub late: Duration,
    pub max_errors: u64,
}

/// Why a target is down.
#[derive(Debug)]
pub struct Down {
    /// Nothing answered (refused, DNS, timeout, TLS): exit 2. Otherwise something answered that
    /// is not a usable Tryton server (an HTML page, an HTTP error): exit 1.
    pub no_answer: bool,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Cron {
    /// Active jobs due for more than `--late`: since their next call, or, never run, since they
    /// were last written.
    pub late: Vec<LateJob>,
    /// Active jobs with no next call yet: due now for trytond's worker.
    pub never_run: u64,
    /// Jobs running now (8.x only: 7.0 has no `running` flag).
    pub running: Option<u64>,
}

#[derive(Debug)]
pub struct LateJob {
    pub id: Value,
    pub method: String,
    pub next_call: String,
    pub late_seconds: i64,
}

#[derive(Debug)]
pub struct Report {
    pub target: String,
    pub url: String,
    pub database: Option<String>,
    pub down: Option<Down>,
    /// As the server says it: 7.0 the full version, 8.x the series.
    pub version: Option<String>,
    pub series: Option<String>,
    pub rpc_seconds: Option<f64>,
    pub database_listed: Measure<bool>,
    pub cron: Measure<Cron>,
    pub errors_open: Measure<u64>,
    pub modules: Measure<Vec<(String, String)>>,
    pub sessions_active: Measure<u64>,
    /// Why the target is unhealthy (empty: healthy, or down).
    pub problems: Vec<String>,
    /// How long the whole check of this target took.
    pub elapsed: Duration,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Healthy,
    Unhealthy,
    /// Something answered, but not a usable Tryton server.
    Unusable,
    NoAnswer,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Healthy => "ok",
            Status::Unhealthy => "unhealthy",
            Status::Unusable => "unusable",
            Status::NoAnswer => "down",
        }
    }

    /// The exit code of every format but Nagios.
    pub fn exit_code(self) -> ExitCode {
        match self {
            Status::Healthy => ExitCode::Success,
            Status::Unhealthy | Status::Unusable => ExitCode::ServerError,
            Status::NoAnswer => ExitCode::NoAnswer,
        }
    }
}

impl Report {
    pub fn status(&self) -> Status {
        match &self.down {
            Some(down) if down.no_answer => Status::NoAnswer,
            Some(_) => Status::Unusable,
            None if self.problems.is_empty() => Status::Healthy,
            None => Status::Unhealthy,
        }
    }

    pub fn up(&self) -> bool {
        self.down.is_none()
    }

    /// Why the session metrics are absent, when they all are for one reason.
    pub fn session_note(&self) -> Option<&str> {
        match (
            &self.cron,
            &self.errors_open,
            &self.modules,
            &self.sessions_active,
        ) {
            (Err(a), Err(b), Err(c), Err(d)) if a == b && b == c && c == d => Some(a),
            _ => None,
        }
    }

    /// Every absent metric and why, for the outputs that list them.
    pub fn absent(&self) -> Vec<(&'static str, &str)> {
        let mut absent = Vec::new();
        if self.down.is_some() {
            return absent;
        }
        let reasons: [(&'static str, Option<&String>); 2] = [
            ("database_listed", self.database_listed.as_ref().err()),
            ("cron", self.cron.as_ref().err()),
        ];
        for (name, why) in reasons {
            if let Some(why) = why {
                absent.push((name, why.as_str()));
            }
        }
        if let Ok(cron) = &self.cron
            && cron.running.is_none()
        {
            absent.push(("cron_running_jobs", NO_RUNNING_FLAG));
        }
        let reasons: [(&'static str, Option<&String>); 3] = [
            ("errors_open", self.errors_open.as_ref().err()),
            ("modules", self.modules.as_ref().err()),
            ("sessions_active", self.sessions_active.as_ref().err()),
        ];
        for (name, why) in reasons {
            if let Some(why) = why {
                absent.push((name, why.as_str()));
            }
        }
        absent
    }
}

const NO_RUNNING_FLAG: &str = "this series has no running flag on ir.cron (8.x has)";

/// Check one target within `options.timeout` (zero: no limit).
pub fn check(target: &Target, options: &ClientOptions, limits: Limits) -> Report {
    let started = Instant::now();
    let deadline = (!options.timeout.is_zero()).then(|| started + options.timeout);
    let mut report = Report {
        target: target.name.clone(),
        url: target.url.to_string(),
        database: target.database.clone(),
        down: None,
        version: None,
        series: None,
        rpc_seconds: None,
        database_listed: Err("no database given (-d, or a profile that names one)".into()),
        cron: Err(String::new()),
        errors_open: Err(String::new()),
        modules: Err(String::new()),
        sessions_active: Err(String::new()),
        problems: Vec::new(),
        elapsed: Duration::ZERO,
    };
    let anonymous = match Client::new(target.url.clone(), options.clone()) {
        Ok(client) => client,
        Err(err) => {
            report.down = Some(down(&err, options.timeout));
            report.elapsed = started.elapsed();
            return report;
        }
    };
    anonymous.set_deadline(deadline);
    match anonymous.call(RpcTarget::Server, methods::SERVER_VERSION, &json!([])) {
        Ok(reply) => match reply.value.as_str() {
            Some(version) => {
                report.series = Some(series_of(version));
                report.version = Some(version.to_string());
                report.rpc_seconds = Some(reply.latency.as_secs_f64());
            }
            None => {
                report.down = Some(Down {
                    no_answer: false,
                    reason: format!(
                        "{} answered common.server.version with {}, not a version",
                        target.url, reply.value
                    ),
                });
            }
        },
        Err(err) => report.down = Some(down(&err, options.timeout)),
    }
    if report.down.is_some() {
        report.elapsed = started.elapsed();
        return report;
    }
    if let Some(database) = &target.database {
        report.database_listed = database_listed(&anonymous, database);
    }
    match &target.session {
        Err(why) => {
            for measure in [&mut report.errors_open, &mut report.sessions_active] {
                *measure = Err(why.clone());
            }
            report.cron = Err(why.clone());
            report.modules = Err(why.clone());
        }
        Ok((info, token)) => {
            let eight = report.series.as_deref().is_some_and(|s| major(s) >= 8);
            session_checks(&mut report, info, token, options, deadline, eight, limits);
        }
    }
    report.problems = problems(&report, limits);
    report.elapsed = started.elapsed();
    report
}

fn down(err: &rpc::Error, timeout: Duration) -> Down {
    let reason = match err {
        // The limit there is what was left of the target's deadline: name --timeout instead.
        rpc::Error::Timeout { url, phase, .. } => format!(
            "no answer from {url} within --timeout {} ({phase})",
            humantime::format_duration(timeout)
        ),
        _ => rpc::one_line(&err.to_string()),
    };
    Down {
        no_answer: rpc_exit_code(err) == ExitCode::NoAnswer,
        reason,
    }
}

/// `7.0.59` → `7.0`; `8.2` stays.
pub fn series_of(version: &str) -> String {
    version.split('.').take(2).collect::<Vec<_>>().join(".")
}

fn major(series: &str) -> u32 {
    series
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0)
}

fn database_listed(client: &Client, database: &str) -> Measure<bool> {
    match client.call(RpcTarget::Server, methods::DB_LIST, &json!([])) {
        Ok(reply) => Ok(reply
            .value
            .as_array()
            .is_some_and(|names| names.iter().any(|n| n.as_str() == Some(database)))),
        Err(rpc::Error::Http { status: 403, .. }) => {
            Err("the server does not list its databases ([database] list)".into())
        }
        Err(err) => Err(rpc::one_line(&err.to_string())),
    }
}

/// The metrics read with the stored session. A session the server no longer accepts leaves them
/// all out (no login here: a monitoring run must never prompt nor use a password).
fn session_checks(
    report: &mut Report,
    info: &SessionInfo,
    token: &SecretString,
    options: &ClientOptions,
    deadline: Option<Instant>,
    eight: bool,
    limits: Limits,
) {
    let client = match info.client(options.clone(), token) {
        Ok(client) => client,
        Err(err) => {
            let why = rpc::one_line(&format!("{err:#}"));
            report.cron = Err(why.clone());
            report.errors_open = Err(why.clone());
            report.modules = Err(why.clone());
            report.sessions_active = Err(why);
            return;
        }
    };
    client.set_deadline(deadline);
    let context = info.context.clone();
    let database = info.database.as_str();
    let call = |method: &str, params: Value| -> Result<Value, rpc::Error> {
        client
            .call(RpcTarget::Database(database), method, &params)
            .map(|reply| plain(reply.value))
    };

    let mut fields = vec!["method", "next_call", "create_date", "write_date"];
    if eight {
        fields.push("running");
    }
    // Active jobs only (the default active_test), as cron --check counts them.
    let cron = call(
        "model.ir.cron.search_read",
        json!([[], 0, null, [["id", "ASC"]], fields, context]),
    );
    if let Err(err) = &cron
        && session_refused(err)
    {
        let why = format!(
            "the stored session for {} is no longer accepted; log in again ('tryton-cli login --url {} -d {} -u {}')",
            info.key(),
            info.url,
            info.database,
            info.login
        );
        report.cron = Err(why.clone());
        report.errors_open = Err(why.clone());
        report.modules = Err(why.clone());
        report.sessions_active = Err(why);
        return;
    }
    report.cron = cron
        .map_err(|err| absent_because(&err))
        .and_then(|jobs| cron_of(&jobs, eight, limits.late, SystemTime::now()));

    report.errors_open = call(
        "model.ir.error.search_count",
        json!([[["state", "=", "open"]], context]),
    )
    .map_err(|err| absent_because(&err))
    .and_then(|count| count.as_u64().ok_or_else(|| not_a("count", &count)));

    report.modules = call(
        "model.ir.module.search_read",
        json!([
            [["state", "=", "activated"]],
            0,
            null,
            [["name", "ASC"]],
            ["name", "version"],
            context
        ]),
    )
    .map_err(|err| absent_because(&err))
    .and_then(|modules| {
        let modules = modules.as_array().ok_or_else(|| not_a("list", &modules))?;
        Ok(modules
            .iter()
            .filter_map(|m| {
                let name = m.get("name")?.as_str()?.to_string();
                let version = m.get("version").and_then(Value::as_str).unwrap_or_default();
                Some((name, version.to_string()))
            })
            .collect())
    });

    // Each user's sessions (a function field of res.user), summed over the active users.
    report.sessions_active = call(
        "model.res.user.search_read",
        json!([[], 0, null, null, ["sessions"], context]),
    )
    .map_err(|err| absent_because(&err))
    .and_then(|users| {
        let users = users.as_array().ok_or_else(|| not_a("list", &users))?;
        Ok(users
            .iter()
            .filter_map(|u| u.get("sessions").and_then(Value::as_u64))
            .sum())
    });
}

fn session_refused(err: &rpc::Error) -> bool {
    matches!(err.status(), Some(401)) || matches!(err, rpc::Error::Fault(Fault::LoginNeeded { .. }))
}

/// Why a metric is absent: the server's refusal (access rights), or no answer in time.
fn absent_because(err: &rpc::Error) -> String {
    let text = rpc::one_line(&err.to_string());
    match err {
        rpc::Error::Fault(_) => format!("refused: {text}"),
        _ => text,
    }
}

fn not_a(what: &str, value: &Value) -> String {
    let mut text = value.to_string();
    text.truncate(80);
    format!("the server did not answer a {what} ({text})")
}

/// The cron metrics from the active jobs, by `cron --check`'s rule.
fn cron_of(jobs: &Value, eight: bool, late_after: Duration, now: SystemTime) -> Measure<Cron> {
    let jobs = jobs.as_array().ok_or_else(|| not_a("list", jobs))?;
    let mut cron = Cron {
        running: eight.then_some(0),
        ..Cron::default()
    };
    for job in jobs {
        let next_call = job.get("next_call").and_then(Value::as_str);
        if next_call.is_none() {
            cron.never_run += 1;
        }
        let text = |key: &str| job.get(key).and_then(Value::as_str);
        let due = due_since(next_call, text("write_date"), text("create_date"));
        let late = late_seconds(true, due, now);
        if is_late(late, late_after) {
            cron.late.push(LateJob {
                id: job.get("id").cloned().unwrap_or(Value::Null),
                method: job
                    .get("method")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                next_call: next_call.unwrap_or_default().to_string(),
                late_seconds: late.unwrap_or_default(),
            });
        }
        if let Some(running) = &mut cron.running
            && truthy(job.get("running")) == Some(true)
        {
            *running += 1;
        }
    }
    Ok(cron)
}

/// Why an answering target is unhealthy.
fn problems(report: &Report, limits: Limits) -> Vec<String> {
    let mut problems = Vec::new();
    if report.database_listed == Ok(false) {
        problems.push(format!(
            "database {} not listed",
            report.database.as_deref().unwrap_or_default()
        ));
    }
    if let Ok(cron) = &report.cron
        && !cron.late.is_empty()
    {
        let names: Vec<&str> = cron.late.iter().map(|j| j.method.as_str()).collect();
        problems.push(format!(
            "{} cron job(s) more than {} late ({})",
            cron.late.len(),
            humantime::format_duration(limits.late),
            names.join(", ")
        ));
    }
    if let Ok(errors) = report.errors_open
        && errors > limits.max_errors
    {
        problems.push(format!(
            "{errors} open error(s) (ir.error), more than --max-errors {}",
            limits.max_errors
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_series_is_the_first_two_parts_of_the_version() {
        assert_eq!(series_of("7.0.59"), "7.0");
        assert_eq!(series_of("8.2"), "8.2");
        assert_eq!(major("8.2"), 8);
        assert_eq!(major("x"), 0);
    }

    #[test]
    fn cron_counts_late_never_run_and_running_jobs_by_the_rule_of_cron_check() {
        let now = humantime::parse_rfc3339("2026-11-27T12:00:00Z").unwrap();
        let jobs = json!([
            {"id": 1, "method": "a|b", "next_call": "2026-11-25T12:00:00", "running": false},
            {"id": 2, "method": "c|d", "next_call": null, "running": true,
                "create_date": "2026-11-27T11:45:00Z", "write_date": null},
            {"id": 5, "method": "i|j", "next_call": null, "running": false,
                "create_date": "2026-11-01T00:00:00Z", "write_date": "2026-11-26T12:00:00Z"},
            {"id": 3, "method": "e|f", "next_call": "2026-11-27T11:30:00", "running": 0},
            {"id": 4, "method": "g|h", "next_call": "2026-11-28T00:00:00", "running": 1},
        ]);
        let cron = cron_of(&jobs, true, Duration::from_secs(3600), now).unwrap();
        // A never-run job is late by the time since it was written (or created).
        assert_eq!(cron.late.len(), 2);
        assert_eq!(cron.late[0].method, "a|b");
        assert_eq!(cron.late[0].late_seconds, 2 * 86_400);
        assert_eq!(cron.late[1].method, "i|j");
        assert_eq!(cron.late[1].late_seconds, 86_400);
        assert_eq!(cron.never_run, 2);
        assert_eq!(cron.running, Some(2));
        // 7.0: no running flag, so no running count.
        let cron = cron_of(&jobs, false, Duration::from_secs(60), now).unwrap();
        assert_eq!(cron.late.len(), 4);
        assert_eq!(cron.running, None);
    }
}
