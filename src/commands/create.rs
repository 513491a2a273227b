//! `tryton-cli create`: records from NDJSON or a JSON array, created in batches; prints the new
//! ids, one a line.

use std::io::{BufRead, BufReader, Read};

use serde_json::{Map, Value, json};

use crate::batch::{BatchSize, send_in_batches};
use crate::cli::CreateArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::session::Authenticated;
use crate::values::Coercer;

pub fn run(settings: &Settings, out: &Output, args: &CreateArgs) -> anyhow::Result<ExitCode> {
    let source = match &args.file {
        Some(path) if path.as_os_str() != "-" => path.display().to_string(),
        _ => "standard input".to_string(),
    };
    let records = read_records(args)?;
    if records.is_empty() {
        return Err(Failure::usage(format!("no record in {source}")).into());
    }
    let mut session = Authenticated::open(settings, out.term().can_prompt)?;
    let mut coercer = Coercer::new(settings.verbosity > 0);
    let records = records
        .into_iter()
        .map(|(line, record)| {
            coercer
                .record(&mut session, &args.model, record)
                .map_err(|err| err.context(format!("{source}, record at line {line}")))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let method = format!("model.{}.create", args.model);
    let mut batch = BatchSize::new(args.batch_size as usize, settings.verbosity > 0);
    // The new ids are printed as each batch is created: after a failure, they say what exists.
    let done = send_in_batches(
        &records,
        &mut batch,
        "created (their ids are printed)",
        |piece| {
            let context = session.context().clone();
            let reply = session.call(&method, &json!([piece, context]))?;
            for id in reply.value.as_array().into_iter().flatten() {
                out.line(id)?;
            }
            Ok(())
        },
    )?;
    if !settings.quiet {
        eprintln!("Created {done} record(s) of {}", args.model);
    }
    Ok(ExitCode::Success)
}

/// The records of the input with the line each starts on: a JSON array, or NDJSON.
fn read_records(args: &CreateArgs) -> anyhow::Result<Vec<(usize, Map<String, Value>)>> {
    let reader: Box<dyn Read> = match &args.file {
        Some(path) if path.as_os_str() != "-" => Box::new(
            std::fs::File::open(path)
                .map_err(|err| Failure::usage(format!("cannot read {}: {err}", path.display())))?,
        ),
        _ => Box::new(std::io::stdin()),
    };
    let mut text = String::new();
    BufReader::new(reader)
        .read_to_string(&mut text)
        .map_err(|err| Failure::usage(format!("cannot read the records: {err}")))?;
    let object = |line: usize, value: Value| match value {
        Value::Object(record) => Ok((line, record)),
        other => Err(Failure::usage(format!(
            "line {line}: a record must be a JSON object, not {other}"
        ))),
    };
    if text.trim_start().starts_with('[') {
        let values: Vec<Value> = serde_json::from_str(&text)
            .map_err(|err| Failure::usage(format!("the input is not a JSON array: {err}")))?;
        return values
            .into_iter()
            .map(|value| object(1, value).map_err(Into::into))
            .collect();
    }
    let mut records = Vec::new();
    for (index, line) in text.as_bytes().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(&line).map_err(|err| {
            Failure::usage(format!("line {}: not a JSON object: {err}", index + 1))
        })?;
        records.push(object(index + 1, value)?);
    }
    Ok(records)
}
