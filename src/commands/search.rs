//! `tryton-cli search`: query a model and stream the records as a table, JSON, NDJSON or CSV,
//! paging through large results with `search_read` over one connection.

use serde_json::{Value, json};

use crate::batch::BatchSize;
use crate::cache::Cache;
use crate::cli::SearchArgs;
use crate::config::Settings;
use crate::domain::parse_domain;
use crate::exit::{ExitCode, Failure};
use crate::field_types::{Booleans, typed_domain};
use crate::output::{Format, Output, fields_or_default};
use crate::session::{Authenticated, Sessions};

/// How many rows a terminal gets when no --limit is given.
const TERMINAL_CAP: u64 = 100;

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &SearchArgs,
) -> anyhow::Result<ExitCode> {
    let domain = parse_domain(&args.domain).map_err(|err| Failure::usage(err.to_string()))?;
    let columns = fields_or_default(&args.fields)?;
    let order = match &args.order {
        Some(order) => order.0.clone(),
        None => Value::Null,
    };
    let extra_context = args.context.clone().unwrap_or_default();
    let method = format!("model.{}.search_read", args.model);
    let cache = Cache::for_method(args.cache.cache, args.cache.refresh, &method)?;
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let context = session.context_with(extra_context);
    let model = &args.model;
    let domain = typed_domain(&domain, &mut session, model)?;

    if args.count {
        // search_count(domain, offset, limit): the records after the first --offset ones.
        let reply = session.call(
            &format!("model.{model}.search_count"),
            &json!([domain, args.offset, null, context]),
        )?;
        let count = reply.value;
        let output = &args.output;
        match output.output {
            None => out.json_line(&count)?,
            Some(Format::Json) => out.json(&json!({ "count": count }), output.pretty, true)?,
            Some(format) => out.records(
                Some(format),
                &["count".to_string()],
                output.style(),
                &json!([{ "count": count }]),
            )?,
        }
        return Ok(ExitCode::Success);
    }

    let cap = match (args.limit, out.term().stdout && !args.all) {
        (Some(limit), _) => Some(limit),
        (None, true) => Some(TERMINAL_CAP),
        (None, false) => None,
    };
    let capped_by_us = args.limit.is_none() && cap.is_some();
    let mut writer = out.records_writer(args.output.output, &columns, args.output.style());
    let mut booleans = (!args.output.tagged).then(|| Booleans::new(model, &columns));
    let mut offset = args.offset;
    let mut remaining = cap;
    let mut more_exist = false;
    let mut batch = BatchSize::new(args.batch_size as usize);
    loop {
        let size = batch.get() as u64;
        let want = remaining.map_or(size, |r| r.min(size));
        if want == 0 {
            break;
        }
        // One row more than wanted tells whether another page (or a hidden rest) exists, so a
        // result that fills its last page exactly needs no empty request to find its end.
        let page = json!([domain, offset, want + 1, order, columns, context]);
        let answer = match session.call_cached(cache.as_ref(), &method, &page) {
            Ok(answer) => answer,
            Err(err) => {
                batch.shrink_after(err, "record")?;
                continue;
            }
        };
        let Value::Array(mut records) = answer else {
            return Err(Failure::new(
                ExitCode::ServerError,
                format!("{method} did not answer a list"),
            )
            .into());
        };
        let has_more = records.len() as u64 > want;
        records.truncate(want as usize);
        if let Some(booleans) = &mut booleans {
            booleans.apply(&mut session, &mut records);
        }
        writer.write_batch(&records)?;
        if !has_more {
            break;
        }
        offset += want;
        remaining = remaining.map(|r| r - want);
        if remaining == Some(0) {
            more_exist = capped_by_us;
            break;
        }
    }
    writer.finish()?;
    if more_exist {
        log::warn!(
            "showing the first {} records; use --limit N or --all for more",
            cap.unwrap_or_default()
        );
    }
    Ok(ExitCode::Success)
}
