//! `health`'s arguments.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

use super::parse_seconds;

/// `health`'s long help: what `health --help` says after the one-line summary.
pub const HEALTH_ABOUT: &str =
    "Check one or many Tryton servers at once, in parallel (--parallel, 8 by \
default), each within --timeout, so the whole run takes about as long as the slowest server. \
TARGETs are URLs (the database from -d), profile names of the config file, the lines of \
--targets FILE, or every profile (--all-profiles); with none, the server the global flags, \
environment, profile or current session name.

Without credentials each target is asked whether it answers JSON-RPC (common.server.version: the \
series, and on 7.0 the full version), how long that took, and whether its database is listed. \
Where a stored session exists for the target's server, database and user, it is used as it is: \
never a prompt, never a login. It adds the cron jobs that are late (an active job whose next call \
is more than --late in the past, the rule of 'cron --check'), those never run yet (no next call: \
due now for trytond's worker, not counted late), those running (8.x), the open ir.error records \
(failed cron runs and queue tasks), the activated modules and their versions, and the active \
sessions. What cannot be measured (no session, no database, access refused) \
is left out and the output says why; that alone is no failure.

A target is unhealthy when a cron job is late, when it has more open errors than --max-errors, or \
when its database is not listed. -o prometheus prints the text exposition format (tryton_up, \
tryton_info, tryton_rpc_seconds, tryton_database_listed, tryton_cron_late_jobs, \
tryton_cron_never_run_jobs, tryton_cron_running_jobs, tryton_errors_open, tryton_sessions_active, \
tryton_module_info), every series labelled by target; with --output-file it goes to a temporary \
file renamed into place, for node_exporter's textfile collector. -o nagios prints one plugin \
line, 'TRYTON OK|WARNING|CRITICAL|UNKNOWN - ...' with perfdata after '|'.

Exit codes: 0 every target is healthy; 1 a target answered but is unhealthy (or is not a usable \
Tryton server); 2 a target did not answer; 3 bad flag, target or targets file. With -o nagios, \
the Nagios plugin codes instead: 0 OK; 1 WARNING (a target unhealthy); 2 CRITICAL (a target \
down or not a usable Tryton server); 3 UNKNOWN (nothing could be checked).";

/// `health --help`'s closing lines: examples (and exit codes where they differ).
pub const HEALTH_EXAMPLES: &str = "Examples:
  tryton-cli health                                   # the current server
  tryton-cli health http://erp1:8000 http://erp2:8000 -d prod
  tryton-cli health staging production --late 30m    # two profiles
  tryton-cli health --all-profiles -o json
  tryton-cli health --targets servers.txt -o prometheus \\
      --output-file /var/lib/prometheus/node-exporter/tryton.prom
  tryton-cli health production -o nagios --max-errors 5";

#[derive(Debug, Args)]
pub struct HealthArgs {
    /// Servers to check: URLs (with -d for the database) or profile names from the config file
    /// [default: the server the global flags, environment, profile or current session name]
    #[arg(value_name = "TARGET")]
    pub targets: Vec<String>,

    /// Read targets from this file: one a line, a URL (optionally followed by a database name)
    /// or a profile name; blank lines and lines starting with # are skipped
    #[arg(long = "targets", value_name = "FILE")]
    pub targets_file: Option<PathBuf>,

    /// Check every profile of the config file
    #[arg(long)]
    pub all_profiles: bool,

    /// Output format: a table, one JSON object per target, Prometheus text exposition format,
    /// or one Nagios plugin line (with the Nagios exit codes)
    #[arg(
        short,
        long,
        value_enum,
        value_name = "FORMAT",
        default_value = "table"
    )]
    pub output: HealthFormat,

    /// Write the output to this file instead of stdout (-o prometheus or -o json): written to a
    /// temporary file beside it, then renamed, so that node_exporter's textfile collector never
    /// reads half a file
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,

    /// How far in the past an active cron job's next call may be before the job counts as late
    /// (as cron --check)
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds, default_value = "1h")]
    pub late: Duration,

    /// How many open ir.error records (failed cron runs and queue tasks) a healthy server may
    /// have
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub max_errors: u64,

    /// How many targets are checked at once
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub parallel: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum HealthFormat {
    Table,
    Json,
    Prometheus,
    Nagios,
}
