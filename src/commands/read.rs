//! `tryton-cli read`: records by id.

use serde_json::{Value, json};

use crate::cache::Cache;
use crate::cli::ReadArgs;
use crate::config::Settings;
use crate::exit::ExitCode;
use crate::field_types::Booleans;
use crate::output::{Output, fields_or_default};
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &ReadArgs,
) -> anyhow::Result<ExitCode> {
    let method = format!("model.{}.read", args.model);
    let cache = Cache::for_method(args.cache.cache, args.cache.refresh, &method)?;
    let fields = fields_or_default(&args.fields)?;
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let params = json!([args.ids, fields, session.context()]);
    let mut records = session.call_cached(cache.as_ref(), &method, &params)?;
    let output = &args.output;
    if !output.tagged
        && let Value::Array(records) = &mut records
    {
        Booleans::new(&args.model, &fields).apply(&mut session, records);
    }
    out.records(output.output, &fields, output.style(), &records)?;
    Ok(ExitCode::Success)
}
