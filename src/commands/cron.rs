//! `tryton-cli cron`: the scheduled actions (`ir.cron`) as records, and `--check`, the health
//! check of the cron worker: an active job whose next call is long past means no worker runs.
//! A job with no next call has never run: trytond's worker takes it as due now (`Coalesce(
//! next_call, now) <= now` in 8.x, `next_call = None` in 7.0), so it is due since it was created
//! or last written, and late by that as any other.
//!
//! The fields differ by version (8.x adds `running` and the `logs` of each run, 7.0 has
//! neither), so they are read from `fields_get` first and only those the server has are asked
//! for. trytond keeps naive UTC datetimes; they are compared with the clock here as UTC.

use std::time::{Duration, SystemTime};

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::cli::CronArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::{Format, Output, plain};
use crate::schema::{self, FieldDef};
use crate::session::{Authenticated, Sessions};

/// The fields asked for when the server has them, in this order.
const WANTED: [&str; 10] = [
    "name",
    "method",
    "active",
    "interval_number",
    "interval_type",
    "next_call",
    "running",
    "timezone",
    "create_date",
    "write_date",
];

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &CronArgs,
) -> anyhow::Result<ExitCode> {
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let context = session.context().clone();
    let definitions = schema::fields_get("ir.cron", &context, |method, params| {
        Ok(session.call(method, params)?.value)
    })?;
    let has = |name: &str| definitions.contains_key(name);
    if !has("next_call") {
        return Err(Failure::new(
            ExitCode::ServerError,
            "this server's ir.cron has no next_call field; cannot tell when jobs run",
        )
        .into());
    }
    let mut fields = vec!["id".to_string()];
    fields.extend(WANTED.iter().filter(|f| has(f)).map(|f| f.to_string()));
    let labels = definitions
        .get("method")
        .map(FieldDef::selection_labels)
        .unwrap_or_default();

    // Inactive jobs too (active_test false), in a stable order.
    let mut cron_context = context.clone();
    if let Value::Object(map) = &mut cron_context {
        map.insert("active_test".into(), Value::Bool(false));
    }
    let jobs = session
        .call(
            "model.ir.cron.search_read",
            &json!([[], 0, null, [["id", "ASC"]], fields, cron_context]),
        )?
        .value;
    let jobs: Vec<Job> = serde_json::from_value(plain(jobs)).map_err(|err| {
        Failure::new(
            ExitCode::ServerError,
            format!("ir.cron's search_read did not answer a list of jobs: {err}"),
        )
    })?;

    // 8.x logs each run (ir.cron.log): the last one's start and end.
    let logs = has("logs");
    let now = SystemTime::now();
    let mut rows = Vec::with_capacity(jobs.len());
    for job in &jobs {
        let mut row = Map::new();
        let id = job.id.clone();
        let method = job.method.as_deref().unwrap_or_default();
        let name = match job.name.as_deref() {
            Some(name) if !name.is_empty() => name.to_string(),
            _ => labels
                .get(method)
                .map_or(method, String::as_str)
                .to_string(),
        };
        let active = job
            .active
            .as_ref()
            .map_or(Some(true), |value| truthy(Some(value)))
            .unwrap_or(true);
        let next_call = job.next_call.clone();
        let due = due_since(
            next_call.as_str(),
            job.write_date.as_deref(),
            job.create_date.as_deref(),
        )
        .map(str::to_string);
        let late = late_seconds(active, due.as_deref(), now);
        row.insert("id".into(), id.clone());
        row.insert("name".into(), json!(name));
        row.insert("method".into(), json!(method));
        row.insert("active".into(), json!(active));
        row.insert("interval".into(), interval(job));
        row.insert("next_call".into(), next_call);
        row.insert("due_since".into(), json!(due));
        if has("running") {
            row.insert("running".into(), json!(truthy(job.running.as_ref())));
        }
        if logs {
            let (started, ended) = last_run(&mut session, &id, &context)?;
            row.insert("last_started".into(), started);
            row.insert("last_ended".into(), ended);
        }
        row.insert(
            "late_seconds".into(),
            late.map_or(Value::Null, |secs| json!(secs.max(0))),
        );
        rows.push(Value::Object(row));
    }

    if args.check {
        return check(settings, out, args, &rows);
    }
    let columns: Vec<String> = rows
        .first()
        .and_then(Value::as_object)
        .map(|row| row.keys().cloned().collect())
        .unwrap_or_else(|| vec!["id".into(), "name".into(), "next_call".into()]);
    let format = if args.json {
        Some(Format::Json)
    } else {
        args.output.output
    };
    out.records(format, &columns, args.output.style(), &Value::Array(rows))?;
    Ok(ExitCode::Success)
}

/// `--check`: the late jobs, one line each (or one JSON object); exit 1 when there is one.
fn check(
    settings: &Settings,
    out: &Output,
    args: &CronArgs,
    rows: &[Value],
) -> anyhow::Result<ExitCode> {
    let limit = args.late.as_secs() as i64;
    let active = rows
        .iter()
        .filter(|row| row["active"] == json!(true))
        .count();
    let late: Vec<&Value> = rows
        .iter()
        .filter(|row| is_late(row["late_seconds"].as_i64(), args.late))
        .collect();
    let code = if late.is_empty() {
        ExitCode::Success
    } else {
        ExitCode::ServerError
    };
    if args.json || out.jq().is_some() {
        let late_json: Vec<Value> = late
            .iter()
            .map(|row| {
                json!({
                    "id": row["id"],
                    "name": row["name"],
                    "method": row["method"],
                    "next_call": row["next_call"],
                    "due_since": row["due_since"],
                    "late_seconds": row["late_seconds"],
                })
            })
            .collect();
        let summary = json!({
            "status": if late.is_empty() { "ok" } else { "late" },
            "late_after_seconds": limit,
            "active_jobs": active,
            "late": late_json,
        });
        out.json(&summary, false, true)?;
        return Ok(code);
    }
    if settings.quiet {
        return Ok(code);
    }
    let limit_text = humantime::format_duration(Duration::from_secs(limit as u64));
    for row in &late {
        let secs = row["late_seconds"].as_u64().unwrap_or_default();
        let when = match row["next_call"].as_str() {
            Some(next_call) => format!("next call {next_call}"),
            None => format!(
                "never run, due since {}",
                row["due_since"].as_str().unwrap_or_default()
            ),
        };
        out.line(format!(
            "late: {} (ir.cron {}, {}): {when}, {} ago (more than {limit_text})",
            row["name"].as_str().unwrap_or_default(),
            row["id"],
            row["method"].as_str().unwrap_or_default(),
            humantime::format_duration(Duration::from_secs(secs)),
        ))?;
    }
    if late.is_empty() {
        out.line(format!(
            "ok: {active} active job(s), none more than {limit_text} late"
        ))?;
    }
    Ok(code)
}

/// A job as `search_read` answers it (plain JSON); what the server has not got is absent.
#[derive(Debug, Deserialize)]
struct Job {
    #[serde(default)]
    id: Value,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    method: Option<String>,
    #[serde(default, deserialize_with = "present")]
    active: Option<Value>,
    #[serde(default)]
    interval_number: Option<i64>,
    #[serde(default)]
    interval_type: Option<String>,
    #[serde(default)]
    next_call: Value,
    #[serde(default, deserialize_with = "present")]
    running: Option<Value>,
    #[serde(default)]
    create_date: Option<String>,
    #[serde(default)]
    write_date: Option<String>,
}

/// A value that was sent, null included (null is false; absent is not said).
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(deserializer).map(Some)
}

/// Since when a job is due (UTC): its next call, or, never scheduled (no next call, which
/// trytond's worker takes as due now), since it was last written or else created.
pub(crate) fn due_since<'a>(
    next_call: Option<&'a str>,
    write_date: Option<&'a str>,
    create_date: Option<&'a str>,
) -> Option<&'a str> {
    next_call.or(write_date).or(create_date)
}

/// How long an active job has been due ([`due_since`], UTC) before `now`; `None` for an
/// inactive job or when that time is unknown. The one rule of `cron --check` and `health`.
pub(crate) fn late_seconds(active: bool, due: Option<&str>, now: SystemTime) -> Option<i64> {
    due.and_then(|text| seconds_past(text, now))
        .filter(|_| active)
}

/// Whether a job that is `late_seconds` past its next call counts as late with `--late limit`.
pub(crate) fn is_late(late_seconds: Option<i64>, limit: Duration) -> bool {
    late_seconds.is_some_and(|secs| secs > limit.as_secs() as i64)
}

/// A boolean as trytond sends it (SQLite: 1/0).
pub(crate) fn truthy(value: Option<&Value>) -> Option<bool> {
    match value? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_f64() != Some(0.0)),
        Value::Null => Some(false),
        _ => None,
    }
}

/// `1 hours`, `5 minutes` (as trytond names them), or null.
fn interval(job: &Job) -> Value {
    match (job.interval_number, job.interval_type.as_deref()) {
        (Some(n), Some(unit)) => json!(format!("{n} {unit}")),
        _ => Value::Null,
    }
}

/// How many seconds `naive_utc` (ISO 8601, no offset) is before `now`; negative when it is
/// ahead.
fn seconds_past(naive_utc: &str, now: SystemTime) -> Option<i64> {
    let when = humantime::parse_rfc3339_weak(naive_utc).ok()?;
    Some(match now.duration_since(when) {
        Ok(past) => past.as_secs() as i64,
        Err(ahead) => -(ahead.duration().as_secs() as i64),
    })
}

/// The last run of a job from `ir.cron.log` (8.x): its start and end, or nulls.
fn last_run(
    session: &mut Authenticated,
    id: &Value,
    context: &Value,
) -> anyhow::Result<(Value, Value)> {
    let found = session
        .call(
            "model.ir.cron.log.search_read",
            &json!([
                [["cron", "=", id]],
                0,
                1,
                [["started", "DESC"]],
                ["started", "ended"],
                context
            ]),
        )?
        .value;
    let found = plain(found);
    let last = found.as_array().and_then(|logs| logs.first());
    Ok((
        last.and_then(|l| l.get("started"))
            .cloned()
            .unwrap_or(Value::Null),
        last.and_then(|l| l.get("ended"))
            .cloned()
            .unwrap_or(Value::Null),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn naive_utc_datetimes_are_compared_with_the_clock() {
        let now = humantime::parse_rfc3339("2026-11-27T12:00:00Z").unwrap();
        assert_eq!(seconds_past("2026-11-27T10:00:00", now), Some(7200));
        assert_eq!(seconds_past("2026-11-27T10:00:00.5", now), Some(7199));
        assert_eq!(seconds_past("2026-11-27T12:00:30", now), Some(-30));
        assert_eq!(seconds_past("not a date", now), None);
        assert_eq!(seconds_past("2026-11-27T10:00:00Z", now), Some(7200));
    }

    #[test]
    fn a_never_run_job_is_due_since_it_was_written_or_created() {
        let now = humantime::parse_rfc3339("2026-11-27T12:00:00Z").unwrap();
        let (created, written) = (Some("2026-11-27T09:00:00Z"), Some("2026-11-27T11:00:00Z"));
        assert_eq!(due_since(None, written, created), written);
        assert_eq!(due_since(None, None, created), created);
        let next = Some("2026-11-27T11:59:00Z");
        assert_eq!(due_since(next, written, created), next);
        assert_eq!(
            late_seconds(true, due_since(None, None, created), now),
            Some(10_800)
        );
        assert_eq!(
            late_seconds(false, due_since(None, None, created), now),
            None
        );
        assert!(is_late(
            late_seconds(true, due_since(None, written, created), now),
            Duration::from_secs(1800)
        ));
    }

    #[test]
    fn booleans_and_intervals_as_trytond_sends_them() {
        assert_eq!(truthy(Some(&json!(1))), Some(true));
        assert_eq!(truthy(Some(&json!(0))), Some(false));
        assert_eq!(truthy(Some(&json!(true))), Some(true));
        let job: Job = serde_json::from_value(
            json!({"id": 1, "interval_number": 5, "interval_type": "minutes", "running": null}),
        )
        .unwrap();
        assert_eq!(interval(&job), json!("5 minutes"));
        assert_eq!(job.next_call, Value::Null);
        assert_eq!(truthy(job.running.as_ref()), Some(false));
        assert_eq!(job.active, None, "absent: the job counts as active");
    }
}
