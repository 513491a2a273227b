//! `tryton-cli wait MODEL DOMAIN --for CONDITION`: polls `search_count` until the number of
//! matching records meets the condition (exit 0) or `--max-wait` passes (exit 1), as
//! `kubectl wait --for`. No answer from the server (it is restarting) keeps the wait going.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::cli::WaitArgs;
use crate::config::Settings;
use crate::domain::parse_domain;
use crate::exit::{ExitCode, Failure, exit_code_of};
use crate::field_types::typed_domain;
use crate::output::Output;
use crate::rpc;
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &WaitArgs,
) -> anyhow::Result<ExitCode> {
    if args.interval.is_zero() {
        return Err(Failure::usage("--interval must be more than 0").into());
    }
    let domain = parse_domain(&args.domain).map_err(|err| Failure::usage(err.to_string()))?;
    let extra_context = args.context.clone().unwrap_or_default();
    let deadline = Instant::now() + args.max_wait;
    let model = &args.model;
    let method = format!("model.{model}.search_count");
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    // No request (with the retries a proxy's 502 gets) runs past the deadline by more than one
    // --timeout, which the last count after the deadline may take.
    let grace = if settings.timeout.is_zero() {
        Duration::from_secs(10)
    } else {
        settings.timeout
    };
    session.client.set_deadline(Some(deadline + grace));
    let context = session.context_with(extra_context);
    let mut typed: Option<Value> = None;
    let mut last_count: Option<u64> = None;
    let mut last_error: Option<anyhow::Error>;
    loop {
        let attempt = (|| -> anyhow::Result<u64> {
            if typed.is_none() {
                typed = Some(typed_domain(&domain, &mut session, model)?);
            }
            let reply = session.call(&method, &json!([typed, context]))?;
            reply.value.as_u64().ok_or_else(|| {
                Failure::new(
                    ExitCode::ServerError,
                    format!("{method} did not answer a number"),
                )
                .into()
            })
        })();
        match attempt {
            Ok(count) => {
                last_error = None;
                last_count = Some(count);
                if args.condition.holds(count) {
                    log::debug!("* {count} record(s): {} holds", args.condition);
                    if !settings.quiet || out.jq().is_some() {
                        out.json_line(&json!(count))?;
                    }
                    return Ok(ExitCode::Success);
                }
                log::debug!(
                    "* {count} record(s): not yet {}; counting again in {}",
                    args.condition,
                    humantime::format_duration(args.interval)
                );
            }
            Err(err) if exit_code_of(&err) == ExitCode::NoAnswer => {
                log::debug!(
                    "* no answer ({}); asking again until the deadline",
                    rpc::one_line(&format!("{err:#}"))
                );
                last_error = Some(err);
            }
            Err(err) => return Err(err),
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        // The last sleep ends at the deadline, and one last count follows.
        std::thread::sleep(args.interval.min(deadline - now));
    }
    let waited = humantime::format_duration(Duration::from_secs(args.max_wait.as_secs()));
    match (last_count, last_error) {
        (None, Some(err)) => Err(err.context(format!(
            "no answer from the server in {waited} of waiting for {} on {model}",
            args.condition
        ))),
        (count, _) => Err(Failure::new(
            ExitCode::ServerError,
            format!(
                "gave up after {waited}: {} on {model} does not hold (last count: {})",
                args.condition,
                count.map_or("none".to_string(), |c| c.to_string())
            ),
        )
        .into()),
    }
}
