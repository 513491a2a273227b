//! `ping`'s arguments.

use std::time::Duration;

use clap::Args;

use super::parse_seconds;

/// `ping`'s long help: what `ping --help` says after the one-line summary.
pub const PING_ABOUT: &str = "Check that the server answers JSON-RPC: sends common.server.version (no \
credentials needed) and prints the URL, the Tryton version and the round trip. With --database, also \
checks that the database exists where the server lists its databases.

Exit codes, as pg_isready: 0 the server answers JSON-RPC; 1 something answered but it is not a usable \
Tryton server (HTTP error, HTML, JSON-RPC error, unknown database); 2 no answer (refused, DNS, timeout, \
a proxy's 502/503/504); \
3 could not try (no or invalid URL, bad flag).";

/// `ping --help`'s closing lines: examples (and exit codes where they differ).
pub const PING_EXAMPLES: &str = "Examples:
  tryton-cli ping --url http://127.0.0.1:8000
  tryton-cli ping -q && deploy                # silent; the exit code decides
  tryton-cli ping --wait 60s                  # CI: wait for a server that is starting
  tryton-cli ping --json -d production        # one JSON object, database checked too
  tryton-cli ping --count 5 --interval 2s";

#[derive(Debug, Args)]
pub struct PingArgs {
    /// Print one JSON object instead of a line of text
    #[arg(long)]
    pub json: bool,

    /// Keep trying until the server answers or this much time has passed (e.g. 30s, 2m)
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds)]
    pub wait: Option<Duration>,

    /// Ping this many times, one line each
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub count: u32,

    /// Time between two pings with --count
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_seconds)]
    pub interval: Duration,
}
