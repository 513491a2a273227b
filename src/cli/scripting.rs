//! The arguments of the scripting and monitoring commands: `cron` and `wait`.

use std::time::Duration;

use clap::Args;

use super::{OutputArgs, parse_seconds};

/// `cron`'s long help: what `cron --help` says after the one-line summary.
pub const CRON_ABOUT: &str =
    "List the scheduled actions (ir.cron): id, name (the method's label), \
method, whether active, interval, next call (UTC, as trytond keeps it), and where the server \
exposes them (8.x) whether it is running and when it last ran. Inactive jobs are listed too. \
The fields are read from the server's fields_get, so 7.0 and 8.x both work.

--check is a health check for the cron worker: an active job due for more than --late \
(default 1h) means that no worker is running, or that it is stuck. Each late \
job is one line on stdout ('late: ...'), and the exit code is 1; otherwise one 'ok: ...' line \
(nothing with -q) and exit 0. A job never run yet (no next call) is due since it was last \
written, and late once that is more than --late ago. \
--json prints one object instead, for monitoring systems.";

/// `cron --help`'s closing lines: examples (and exit codes where they differ).
pub const CRON_EXAMPLES: &str = "Examples:
  tryton-cli cron
  tryton-cli cron --check --late 30m || alert 'Tryton cron worker is down'
  tryton-cli cron --check --json
  tryton-cli cron --jq 'select(.active) | .name'

Exit codes (--check): 0 no active job is late; 1 a job is late (or the server answered an \
error); 2 no answer (also a proxy's 502/503/504: the jobs could not be asked about); 3 bad flag; \
4 authentication needed.";

#[derive(Debug, Args)]
pub struct CronArgs {
    /// Health check: exit 1 when an active job's next call is more than --late in the past (the
    /// cron worker is dead or stuck), 0 otherwise; one line per late job on stdout
    #[arg(long)]
    pub check: bool,

    /// With --check: how far in the past a next call may be before its job counts as late
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds, default_value = "1h", requires = "check")]
    pub late: Duration,

    /// JSON for monitoring systems: the jobs as one JSON array, or with --check one object
    /// ({"status": "ok"|"late", "late": [...], ...})
    #[arg(long, conflicts_with = "output")]
    pub json: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// `wait`'s long help: what `wait --help` says after the one-line summary.
pub const WAIT_ABOUT: &str = "Wait until the records a domain matches meet a condition, as 'kubectl \
wait --for': counts them with search_count every --interval until the condition holds (exit 0, \
the count printed on stdout) or --max-wait passes (exit 1, with the last count). The domain is \
written as for search. Conditions: exists (the default: at least one), gone (none left), \
count>=N, count>N, count=N, count!=N, count<=N, count<N.

The session is the stored one (logged in again once if the server forgot it). A server that \
does not answer (refused, timeout, a proxy's 502/503/504: restarting) does not end the wait: it is asked again until \
the deadline (-v says so); if it never answered, the exit code is 2. Errors the server answers \
(unknown model or field) end it at once.";

/// `wait --help`'s closing lines: examples (and exit codes where they differ).
pub const WAIT_EXAMPLES: &str = "Examples:
  tryton-cli wait sale.sale 'reference = SO-1042 and state = done' --max-wait 10m
  tryton-cli wait sale.sale 'state = processing' --for gone --interval 5s
  tryton-cli wait party.party 'name ilike test-%' --for 'count>=100'

Exit codes: 0 the condition holds; 1 --max-wait passed (the last count on stderr), or the \
server answered an error; 2 the server never answered; 3 bad flag, domain or condition; 4 \
authentication needed.";

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Model name, e.g. party.party
    pub model: String,

    /// Domain as JSON, or the short form, as for search: state = done, name ilike %acme%
    #[arg(allow_negative_numbers = true)]
    pub domain: Vec<String>,

    /// The condition on how many records match: exists (count>=1), gone (count=0), or
    /// count>=N, count>N, count=N, count!=N, count<=N, count<N
    #[arg(long = "for", value_name = "CONDITION", default_value = "exists", value_parser = parse_condition)]
    pub condition: Condition,

    /// Give up after this long (exit 1, with the last count); the global --timeout is for each request
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds, default_value = "60s")]
    pub max_wait: Duration,

    /// Time between two counts
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds, default_value = "2s")]
    pub interval: Duration,

    /// JSON object merged over the user's context, e.g. '{"company": 1}'
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_context)]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `--for`: a comparison of the number of matching records with a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    pub op: Comparison,
    pub value: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    Ge,
    Gt,
    Eq,
    Ne,
    Le,
    Lt,
}

impl Condition {
    pub fn holds(&self, count: u64) -> bool {
        match self.op {
            Comparison::Ge => count >= self.value,
            Comparison::Gt => count > self.value,
            Comparison::Eq => count == self.value,
            Comparison::Ne => count != self.value,
            Comparison::Le => count <= self.value,
            Comparison::Lt => count < self.value,
        }
    }
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let op = match self.op {
            Comparison::Ge => ">=",
            Comparison::Gt => ">",
            Comparison::Eq => "=",
            Comparison::Ne => "!=",
            Comparison::Le => "<=",
            Comparison::Lt => "<",
        };
        write!(f, "count{op}{}", self.value)
    }
}

pub fn parse_condition(text: &str) -> Result<Condition, String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    match compact.to_ascii_lowercase().as_str() {
        "exists" => {
            return Ok(Condition {
                op: Comparison::Ge,
                value: 1,
            });
        }
        "gone" => {
            return Ok(Condition {
                op: Comparison::Eq,
                value: 0,
            });
        }
        _ => {}
    }
    let bad = || {
        format!("'{text}' is not a condition; write exists, gone, or count>=N (>, =, !=, <=, <)")
    };
    let rest = compact.strip_prefix("count").ok_or_else(bad)?;
    let (op, number) = [
        (">=", Comparison::Ge),
        ("<=", Comparison::Le),
        ("!=", Comparison::Ne),
        ("==", Comparison::Eq),
        (">", Comparison::Gt),
        ("<", Comparison::Lt),
        ("=", Comparison::Eq),
    ]
    .into_iter()
    .find_map(|(symbol, op)| rest.strip_prefix(symbol).map(|number| (op, number)))
    .ok_or_else(bad)?;
    let value = number.parse::<u64>().map_err(|_| bad())?;
    Ok(Condition { op, value })
}

/// `--watch`, for search, call (read methods) and status.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Run again every DURATION until Ctrl-C (exit 0): redrawn on a terminal (as the watch command);
    /// each result after a '--- <UTC time>' line when piped
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds)]
    pub watch: Option<Duration>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_are_parsed_as_kubectl_wait_for_would_say_them() {
        let c = |t: &str| parse_condition(t).unwrap();
        assert!(c("exists").holds(1) && !c("exists").holds(0));
        assert!(c("gone").holds(0) && !c("gone").holds(2));
        assert!(c("count>=3").holds(3) && !c("count>=3").holds(2));
        assert!(c("count > 3").holds(4) && !c("count>3").holds(3));
        assert!(c("count=2").holds(2) && c("count==2").holds(2));
        assert!(c("count!=2").holds(1));
        assert!(c("count<=0").holds(0) && c("count<1").holds(0));
        assert_eq!(c("count>=10").to_string(), "count>=10");
        for bad in ["", "count", "count>=", "count>=-1", "number>=1", "count~1"] {
            assert!(parse_condition(bad).is_err(), "{bad}");
        }
    }
}
