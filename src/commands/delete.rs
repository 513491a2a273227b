//! `tryton-cli delete`: delete records by id or by domain, after confirmation.

use serde_json::json;

use crate::batch::{Change, Sender, Stderr, change_ids};
use crate::cli::DeleteArgs;
use crate::config::Settings;
use crate::confirm::confirm;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::progress::{Progress, Total};
use crate::selection::records_to_change;
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &DeleteArgs,
) -> anyhow::Result<ExitCode> {
    if args.ids.is_none() && args.where_.is_none() {
        return Err(Failure::usage(format!(
            "say which records to delete: tryton-cli delete {0} IDS, or tryton-cli delete {0} --where DOMAIN",
            args.model
        ))
        .into());
    }
    let can_prompt = out.term().can_prompt;
    let mut session = Authenticated::open(settings, sessions, can_prompt)?;
    let ids = records_to_change(
        &mut session,
        &args.model,
        args.ids.as_ref().map(|ids| ids.0.as_slice()),
        args.where_.as_deref(),
        args.ignore_missing,
    )?;
    if ids.is_empty() {
        log::info!("No record to delete");
        return Ok(ExitCode::Success);
    }
    confirm(
        &format!("delete {} record(s) of {}", ids.len(), args.model),
        settings.assume_yes,
        can_prompt,
    )?;
    let method = format!("model.{}.delete", args.model);
    let mut sender = Sender::new(args.batch_size as usize, false);
    let go_on = if args.where_.is_some() {
        "the same command again (it deletes what still matches)"
    } else {
        "the same command again with --ignore-missing"
    };
    let stderr = Stderr {
        terminal: out.term().stderr,
    };
    let progress = Progress::new(out, settings.quiet, Total::Records(ids.len() as u64));
    let change = Change {
        model: &args.model,
        verb: "deleted",
        go_on,
    };
    let done = change_ids(&ids, &mut sender, change, stderr, &progress, &mut |piece| {
        let context = session.context().clone();
        session.call(&method, &json!([piece, context])).map(drop)
    })?;
    log::info!("Deleted {done} record(s) of {}", args.model);
    Ok(ExitCode::Success)
}
