//! `tryton-cli search`: query a model and stream the records as a table, JSON, NDJSON or CSV,
//! paging through large results with `search_read` over one connection.

use std::io::{IsTerminal, Write};

use serde_json::{Map, Value, json};

use crate::cache::Cache;
use crate::cli::SearchArgs;
use crate::config::Settings;
use crate::domain::parse_domain;
use crate::exit::{ExitCode, Failure};
use crate::output::{Format, Options, RecordWriter, use_color};
use crate::session::login::Authenticated;

/// How many rows a terminal gets when no --limit is given.
const TERMINAL_CAP: u64 = 100;

pub fn run(settings: &Settings, args: &SearchArgs) -> anyhow::Result<ExitCode> {
    let domain = parse_domain(&args.domain).map_err(|err| Failure::usage(err.to_string()))?;
    let order = match &args.order {
        Some(text) => parse_order(text)?,
        None => Value::Null,
    };
    let extra_context = parse_context(args.context.as_deref())?;
    let mut session = Authenticated::open(settings)?;
    let mut context = session.context().as_object().cloned().unwrap_or_default();
    context.extend(extra_context);
    let context = Value::Object(context);
    let model = &args.model;

    if args.count {
        let reply = session.call(
            &format!("model.{model}.search_count"),
            &json!([domain, context]),
        )?;
        println!("{}", reply.value);
        return Ok(ExitCode::Success);
    }

    let terminal = std::io::stdout().is_terminal();
    let format = args.output.unwrap_or_else(|| Format::default_for(terminal));
    let columns: Vec<String> = if args.fields.is_empty() {
        vec!["id".into(), "rec_name".into()]
    } else {
        args.fields
            .iter()
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
            .collect()
    };
    let cap = match (args.limit, terminal && !args.all) {
        (Some(limit), _) => Some(limit),
        (None, true) => Some(TERMINAL_CAP),
        (None, false) => None,
    };
    let capped_by_us = args.limit.is_none() && cap.is_some();
    let options = stdout_options(terminal, args.pretty);
    let stdout = std::io::stdout().lock();
    let mut writer = RecordWriter::new(std::io::BufWriter::new(stdout), format, &columns, options);
    let method = format!("model.{model}.search_read");
    let cache = Cache::for_method(args.cache.cache, args.cache.refresh, &method)?;
    let mut offset = args.offset;
    let mut remaining = cap;
    let mut more_exist = false;
    loop {
        let want = remaining.map_or(args.batch_size, |r| r.min(args.batch_size));
        if want == 0 {
            break;
        }
        // One row more than wanted tells whether another page (or a hidden rest) exists, so a
        // result that fills its last page exactly needs no empty request to find its end.
        let page = json!([domain, offset, want + 1, order, columns, context]);
        let Value::Array(mut records) = session.call_cached(cache.as_ref(), &method, &page)? else {
            return Err(Failure::new(
                ExitCode::ServerError,
                format!("{method} did not answer a list"),
            )
            .into());
        };
        let has_more = records.len() as u64 > want;
        records.truncate(want as usize);
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
    if more_exist && !settings.quiet {
        eprintln!(
            "tryton-cli: showing the first {} records; use --limit N or --all for more",
            cap.unwrap_or_default()
        );
    }
    Ok(ExitCode::Success)
}

/// `name, create_date desc` → `[["name","ASC"],["create_date","DESC"]]`.
fn parse_order(text: &str) -> anyhow::Result<Value> {
    let mut order = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let mut words = part.split_whitespace();
        let field = words.next().unwrap_or_default();
        let direction = match words.next().map(str::to_ascii_uppercase).as_deref() {
            None | Some("ASC") => "ASC",
            Some("DESC") => "DESC",
            Some(other) => {
                return Err(Failure::usage(format!(
                    "--order: '{other}' after '{field}' is not asc or desc"
                ))
                .into());
            }
        };
        let mut direction = direction.to_string();
        let rest: Vec<String> = words.map(str::to_ascii_uppercase).collect();
        match rest.join(" ").as_str() {
            "" => {}
            nulls @ ("NULLS FIRST" | "NULLS LAST") => {
                direction.push(' ');
                direction.push_str(nulls);
            }
            other => {
                return Err(Failure::usage(format!(
                    "--order: unexpected '{other}' in '{part}'; write e.g. 'name desc nulls last'"
                ))
                .into());
            }
        }
        order.push(json!([field, direction]));
    }
    if order.is_empty() {
        return Err(Failure::usage("--order is empty; write e.g. 'name' or 'id desc'").into());
    }
    Ok(Value::Array(order))
}

pub fn parse_context(text: Option<&str>) -> anyhow::Result<Map<String, Value>> {
    match text {
        None => Ok(Map::new()),
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => Ok(map),
            _ => Err(Failure::usage(format!(
                "--context must be a JSON object, e.g. '{{\"language\": \"fr\"}}'; got: {text}"
            ))
            .into()),
        },
    }
}

/// How records look on stdout: colour and the terminal's width only on a terminal.
fn stdout_options(terminal: bool, pretty: bool) -> Options {
    Options {
        color: use_color(terminal, std::env::var_os("NO_COLOR").as_deref()),
        width: if terminal { terminal_width() } else { None },
        pretty,
    }
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
}

/// One answer's list of records in the asked format (or the default for where stdout goes).
pub fn write_records(
    format: Option<Format>,
    columns: &[String],
    records: &Value,
) -> anyhow::Result<()> {
    let Value::Array(records) = records else {
        return Err(Failure::new(
            ExitCode::ServerError,
            "the server did not answer a list of records",
        )
        .into());
    };
    let terminal = std::io::stdout().is_terminal();
    let format = format.unwrap_or_else(|| Format::default_for(terminal));
    let options = stdout_options(terminal, false);
    let stdout = std::io::stdout().lock();
    let mut writer = RecordWriter::new(std::io::BufWriter::new(stdout), format, columns, options);
    writer.write_batch(records)?;
    Ok(writer.finish()?)
}

/// `call -o table`: a list of records (objects) as a table; anything else is refused.
pub fn print_records_table(value: &Value, out: &mut dyn Write) -> anyhow::Result<()> {
    let records = match value {
        Value::Array(items) if items.iter().all(Value::is_object) => items.as_slice(),
        Value::Object(_) => std::slice::from_ref(value),
        _ => {
            return Err(Failure::usage(
                "-o table needs a list of records (e.g. from read or search_read); this result is not one",
            )
            .into());
        }
    };
    let terminal = std::io::stdout().is_terminal();
    let options = stdout_options(terminal, false);
    let mut writer = RecordWriter::new(out, Format::Table, &[], options);
    writer.write_batch(records)?;
    writer.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_parsed_into_tryton_pairs() {
        assert_eq!(
            parse_order("name, create_date desc,id DESC nulls last").unwrap(),
            json!([
                ["name", "ASC"],
                ["create_date", "DESC"],
                ["id", "DESC NULLS LAST"]
            ])
        );
        assert!(parse_order("name sideways").is_err());
        assert!(parse_order(" , ").is_err());
    }
}
