//! `tryton-cli write`: write values to records by id or by domain (`--where` asks first).

use serde_json::{Value, json};

use crate::batch::{Change, Sender, Stderr, change_ids};
use crate::cli::{WriteArgs, parse_ids};
use crate::config::Settings;
use crate::confirm::confirm;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::progress::{Progress, Total};
use crate::selection::records_to_change;
use crate::session::{Authenticated, Sessions};
use crate::values::Coercer;

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &WriteArgs,
) -> anyhow::Result<ExitCode> {
    let (ids, values) = match (args.where_.is_some(), args.args.as_slice()) {
        (true, [values]) => (None, values),
        (false, [ids, values]) => (Some(parse_ids(ids).map_err(Failure::usage)?.0), values),
        (true, _) => {
            return Err(Failure::usage(
                "with --where, give only the values: write MODEL --where DOMAIN VALUES",
            )
            .into());
        }
        (false, _) => {
            return Err(
                Failure::usage("give the ids and the values: write MODEL IDS VALUES").into(),
            );
        }
    };
    let values = match serde_json::from_str::<Value>(values) {
        Ok(Value::Object(values)) => values,
        _ => {
            return Err(Failure::usage(format!(
                "VALUES must be a JSON object, e.g. '{{\"name\": \"ACME\"}}'; got: {values}"
            ))
            .into());
        }
    };
    let can_prompt = out.term().can_prompt;
    let mut session = Authenticated::open(settings, sessions, can_prompt)?;
    let values = Coercer::new().record(&mut session, &args.model, values)?;
    let ids = records_to_change(
        &mut session,
        &args.model,
        ids.as_deref(),
        args.where_.as_deref(),
        args.ignore_missing,
    )?;
    if ids.is_empty() {
        log::info!("No record to write to");
        return Ok(ExitCode::Success);
    }
    if args.where_.is_some() {
        confirm(
            &format!("write to {} record(s) of {}", ids.len(), args.model),
            settings.assume_yes,
            can_prompt,
        )?;
    }
    let method = format!("model.{}.write", args.model);
    let mut sender = Sender::new(args.batch_size as usize, false);
    let go_on = if args.where_.is_some() {
        "the same command again (it writes to what still matches)"
    } else {
        "the same command again (writing the same values twice changes nothing)"
    };
    let stderr = Stderr {
        terminal: out.term().stderr,
    };
    let progress = Progress::new(out, settings.quiet, Total::Records(ids.len() as u64));
    let change = Change {
        model: &args.model,
        verb: "written",
        go_on,
    };
    let done = change_ids(&ids, &mut sender, change, stderr, &progress, &mut |piece| {
        let context = session.context().clone();
        session
            .call(&method, &json!([piece, values, context]))
            .map(drop)
    })?;
    log::info!("Wrote {done} record(s) of {}", args.model);
    Ok(ExitCode::Success)
}
