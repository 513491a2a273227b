//! The default output: one row per target, then a line for each target that is not healthy or
//! whose metrics are partly absent, saying why.

use serde_json::{Value, json};

use super::checks::Report;
use crate::output::{Format, Output, Style};

const COLUMNS: [&str; 12] = [
    "target",
    "status",
    "version",
    "rpc_ms",
    "database",
    "cron_late",
    "never_run",
    "running",
    "errors",
    "sessions",
    "modules",
    "checked_ms",
];

pub fn print(out: &Output, reports: &[Report]) -> anyhow::Result<()> {
    let rows: Vec<Value> = reports.iter().map(row).collect();
    let columns: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    out.records(
        Some(Format::Table),
        &columns,
        Style::default(),
        &Value::Array(rows),
    )?;
    for report in reports {
        for line in notes(report) {
            out.line(format!("{}: {line}", report.target))?;
        }
    }
    Ok(())
}

fn row(report: &Report) -> Value {
    let cron = report.cron.as_ref().ok();
    let database = match (&report.database, &report.database_listed) {
        (None, _) => Value::Null,
        (Some(_), _) if report.down.is_some() => Value::Null,
        (Some(name), Ok(true)) => json!(format!("{name} listed")),
        (Some(name), Ok(false)) => json!(format!("{name} NOT listed")),
        (Some(name), Err(_)) => json!(format!("{name} unchecked")),
    };
    json!({
        "target": report.target,
        "status": report.status().name(),
        "version": report.version,
        "rpc_ms": report.rpc_seconds.map(|s| format!("{:.1}", s * 1e3)),
        "database": database,
        "cron_late": cron.map(|c| c.late.len()),
        "never_run": cron.map(|c| c.never_run),
        "running": cron.and_then(|c| c.running),
        "errors": report.errors_open.as_ref().ok(),
        "sessions": report.sessions_active.as_ref().ok(),
        "modules": report.modules.as_ref().ok().map(Vec::len),
        "checked_ms": (report.elapsed.as_secs_f64() * 1e3).round() as u64,
    })
}

/// Why a target is down or unhealthy, and why metrics are missing (one reason once).
fn notes(report: &Report) -> Vec<String> {
    if let Some(down) = &report.down {
        return vec![format!("{}: {}", report.status().name(), down.reason)];
    }
    let mut notes: Vec<String> = report
        .problems
        .iter()
        .map(|p| format!("unhealthy: {p}"))
        .collect();
    if let Some(why) = report.session_note() {
        notes.push(format!("no cron, errors, modules or sessions: {why}"));
        if let Err(why) = &report.database_listed
            && report.database.is_some()
        {
            notes.push(format!("database unchecked: {why}"));
        }
        return notes;
    }
    for (name, why) in report.absent() {
        if name == "database_listed" && report.database.is_none() {
            continue;
        }
        notes.push(format!("no {}: {why}", name.replace('_', " ")));
    }
    notes
}
