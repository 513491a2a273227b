//! `-o json`: one object per target, in a list; a metric that could not be measured is null and
//! `absent` says why.

use serde_json::{Map, Value, json};

use super::checks::Report;

pub fn render(reports: &[Report]) -> Value {
    Value::Array(reports.iter().map(object).collect())
}

fn object(report: &Report) -> Value {
    let ok = |measure: Option<Value>| measure.unwrap_or(Value::Null);
    let cron = report.cron.as_ref().ok();
    let mut object = json!({
        "target": report.target,
        "url": report.url,
        "database": report.database,
        "status": report.status().name(),
        "up": report.up(),
        "error": report.down.as_ref().map(|d| d.reason.clone()),
        "series": report.series,
        "version": report.version,
        "rpc_seconds": report.rpc_seconds.map(|s| (s * 1e6).round() / 1e6),
        "database_listed": report.database_listed.as_ref().ok(),
        "cron_late_jobs": ok(cron.map(|c| json!(c.late.len()))),
        "cron_never_run_jobs": ok(cron.map(|c| json!(c.never_run))),
        "cron_running_jobs": ok(cron.and_then(|c| c.running).map(Value::from)),
        "late_jobs": ok(cron.map(|c| {
            c.late
                .iter()
                .map(|job| json!({
                    "id": job.id,
                    "method": job.method,
                    "next_call": job.next_call,
                    "late_seconds": job.late_seconds,
                }))
                .collect()
        })),
        "errors_open": report.errors_open.as_ref().ok(),
        "sessions_active": report.sessions_active.as_ref().ok(),
        "modules": ok(report.modules.as_ref().ok().map(|modules| {
            Value::Object(
                modules
                    .iter()
                    .map(|(name, version)| (name.clone(), json!(version)))
                    .collect(),
            )
        })),
        "problems": report.problems,
        "check_seconds": (report.elapsed.as_secs_f64() * 1e3).round() / 1e3,
    });
    let absent: Map<String, Value> = report
        .absent()
        .into_iter()
        .map(|(name, why)| (name.to_string(), json!(why)))
        .collect();
    object["absent"] = Value::Object(absent);
    object
}
