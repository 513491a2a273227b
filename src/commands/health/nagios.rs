//! `-o nagios`: one plugin line, `TRYTON STATE - summary | perfdata`, and the plugin exit codes
//! (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN): CRITICAL when a target is down or not a usable
//! Tryton server, WARNING when one is unhealthy (late cron, open errors above --max-errors, its
//! database not listed).

use super::checks::{Limits, Report, Status};
use crate::exit::ExitCode;

pub fn render(reports: &[Report], limits: Limits) -> (String, ExitCode) {
    let worst = reports
        .iter()
        .map(Report::status)
        .max()
        .unwrap_or(Status::Healthy);
    // The plugin codes coincide with the CLI's by number: WARNING 1, CRITICAL 2, UNKNOWN 3.
    let (state, code) = match worst {
        Status::Healthy => ("OK", ExitCode::Success),
        Status::Unhealthy => ("WARNING", ExitCode::ServerError),
        Status::Unusable | Status::NoAnswer => ("CRITICAL", ExitCode::NoAnswer),
    };
    let healthy = reports
        .iter()
        .filter(|r| r.status() == Status::Healthy)
        .count();
    let mut summary = vec![format!("{healthy} of {} target(s) healthy", reports.len())];
    for report in reports {
        match (&report.down, report.problems.is_empty()) {
            (Some(down), _) => summary.push(format!("{}: {}", report.target, down.reason)),
            (None, false) => {
                summary.push(format!("{}: {}", report.target, report.problems.join(", ")))
            }
            (None, true) => {}
        }
    }
    let mut perfdata = Vec::new();
    for report in reports {
        let label = |metric: &str| {
            // Perfdata labels are quoted; a quote inside is doubled.
            format!("'{} {metric}'", report.target.replace('\'', "''"))
        };
        perfdata.push(format!("{}={};;1:;0;1", label("up"), u8::from(report.up())));
        if let Some(rtt) = report.rpc_seconds {
            perfdata.push(format!("{}={rtt:.6}s;;;0", label("rpc")));
        }
        if let Ok(cron) = &report.cron {
            perfdata.push(format!("{}={};0;;0", label("cron_late"), cron.late.len()));
        }
        if let Ok(errors) = report.errors_open {
            perfdata.push(format!(
                "{}={errors};{};;0",
                label("errors_open"),
                limits.max_errors
            ));
        }
        if let Ok(sessions) = report.sessions_active {
            perfdata.push(format!("{}={sessions};;;0", label("sessions")));
        }
    }
    // One line: a plugin's first line is what the monitoring system shows.
    let summary = summary.join("; ").replace(['\n', '|'], " ");
    (
        format!("TRYTON {state} - {summary} | {}", perfdata.join(" ")),
        code,
    )
}
