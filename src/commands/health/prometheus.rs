//! `-o prometheus`: the text exposition format (version 0.0.4), every series labelled by
//! target, for node_exporter's textfile collector or a scrape through a script exporter. A
//! metric that could not be measured has no sample (the table and JSON say why).

use std::fmt::Write;

use super::checks::Report;

/// Labels beyond `target`: name and value.
type Labels = Vec<(&'static str, String)>;

/// A metric family: name, help, and its samples (target, other labels, value).
struct Family {
    name: &'static str,
    help: &'static str,
    samples: Vec<(String, Labels, String)>,
}

impl Family {
    fn new(name: &'static str, help: &'static str) -> Family {
        Family {
            name,
            help,
            samples: Vec::new(),
        }
    }

    fn add(&mut self, target: &str, labels: Labels, value: impl ToString) {
        self.samples
            .push((target.to_string(), labels, value.to_string()));
    }
}

pub fn render(reports: &[Report]) -> String {
    let mut up = Family::new(
        "tryton_up",
        "Whether the target answered Tryton JSON-RPC (common.server.version).",
    );
    let mut info = Family::new(
        "tryton_info",
        "The series and version the target reports (7.0: the full version; 8.x: the series).",
    );
    let mut rpc = Family::new(
        "tryton_rpc_seconds",
        "Round trip of common.server.version, in seconds.",
    );
    let mut check = Family::new(
        "tryton_check_seconds",
        "How long every check of the target took, in seconds.",
    );
    let mut listed = Family::new(
        "tryton_database_listed",
        "Whether the target's database is in its common.db.list.",
    );
    let mut late = Family::new(
        "tryton_cron_late_jobs",
        "Active cron jobs due for more than --late: since their next call, or, never run, since they were last written.",
    );
    let mut never_run = Family::new(
        "tryton_cron_never_run_jobs",
        "Active cron jobs never run yet (no next call): due since they were written.",
    );
    let mut running = Family::new("tryton_cron_running_jobs", "Cron jobs running now (8.x).");
    let mut errors = Family::new(
        "tryton_errors_open",
        "Open ir.error records (failed cron runs and queue tasks).",
    );
    let mut sessions = Family::new(
        "tryton_sessions_active",
        "Active sessions of all users (res.user sessions).",
    );
    let mut modules = Family::new(
        "tryton_module_info",
        "Activated modules and their versions (core modules of 8.x report none).",
    );
    for report in reports {
        let target = report.target.as_str();
        up.add(target, vec![], u8::from(report.up()));
        check.add(target, vec![], seconds(report.elapsed.as_secs_f64()));
        if let (Some(series), Some(version)) = (&report.series, &report.version) {
            info.add(
                target,
                vec![("series", series.clone()), ("version", version.clone())],
                1,
            );
        }
        if let Some(rtt) = report.rpc_seconds {
            rpc.add(target, vec![], seconds(rtt));
        }
        if let (Some(database), Ok(is_listed)) = (&report.database, &report.database_listed) {
            listed.add(
                target,
                vec![("database", database.clone())],
                u8::from(*is_listed),
            );
        }
        if let Ok(cron) = &report.cron {
            late.add(target, vec![], cron.late.len());
            never_run.add(target, vec![], cron.never_run);
            if let Some(count) = cron.running {
                running.add(target, vec![], count);
            }
        }
        if let Ok(count) = report.errors_open {
            errors.add(target, vec![], count);
        }
        if let Ok(count) = report.sessions_active {
            sessions.add(target, vec![], count);
        }
        if let Ok(list) = &report.modules {
            for (name, version) in list {
                modules.add(
                    target,
                    vec![("module", name.clone()), ("version", version.clone())],
                    1,
                );
            }
        }
    }
    let mut text = String::new();
    for family in [
        up, info, rpc, check, listed, late, never_run, running, errors, sessions, modules,
    ] {
        if family.samples.is_empty() {
            continue;
        }
        let _ = writeln!(text, "# HELP {} {}", family.name, family.help);
        let _ = writeln!(text, "# TYPE {} gauge", family.name);
        for (target, labels, value) in &family.samples {
            let mut rendered = format!("target=\"{}\"", escape(target));
            for (name, value) in labels {
                let _ = write!(rendered, ",{name}=\"{}\"", escape(value));
            }
            let _ = writeln!(text, "{}{{{rendered}}} {value}", family.name);
        }
    }
    text
}

fn seconds(value: f64) -> String {
    format!("{value:.6}")
}

/// A label value as the exposition format writes it: backslash, double quote and line feed
/// escaped.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped_as_the_exposition_format_says() {
        assert_eq!(escape(r#"a\b"c"#), r#"a\\b\"c"#);
        assert_eq!(escape("x\ny"), "x\\ny");
    }
}
