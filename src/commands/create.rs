//! `tryton-cli create`: records from NDJSON or a JSON array, created in batches (one transaction
//! each); prints the new ids, one a line, as each batch is created. A refused batch is narrowed
//! to the record that fails (`batch.rs`), named by its line; a failed or interrupted run says
//! what was created and the `--skip-records` that goes on from there.

use std::io::{BufRead, BufReader, Read};

use serde_json::{Map, Value, json};

use crate::batch::{Halt, Sender, Stderr, Stop, server_text};
use crate::cli::CreateArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::interrupt;
use crate::output::Output;
use crate::progress::{Progress, Total};
use crate::resume::command_skipping;
use crate::rpc;
use crate::session::{Authenticated, Sessions};
use crate::values::Coercer;

/// Where a record is in the input: an NDJSON line, or the position in a JSON array.
#[derive(Clone, Copy)]
enum Place {
    Line(usize),
    Item(usize),
}

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &CreateArgs,
) -> anyhow::Result<ExitCode> {
    let source = match &args.file {
        Some(path) if path.as_os_str() != "-" => path.display().to_string(),
        _ => "standard input".to_string(),
    };
    let all = read_records(args)?;
    if all.is_empty() {
        return Err(Failure::usage(format!("no record in {source}")).into());
    }
    let skip = args.skip_records as usize;
    if skip >= all.len() {
        return Err(Failure::usage(format!(
            "{source} has {} record(s): --skip-records {skip} leaves none to create",
            all.len()
        ))
        .into());
    }
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let mut coercer = Coercer::new();
    let places: Vec<Place> = all[skip..].iter().map(|(place, _)| *place).collect();
    let records = all
        .into_iter()
        .skip(skip)
        .map(|(place, record)| {
            coercer
                .record(&mut session, &args.model, record)
                .map_err(|err| err.context(format!("{source} {}", describe(place))))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let method = format!("model.{}.create", args.model);
    let mut sender = Sender::new(args.batch_size as usize, false);
    let log = Stderr {
        terminal: out.term().stderr,
    }
    .logs_batches();
    let span = |from: usize, to: usize| {
        let numbers = if to == from + 1 {
            format!("record {}", skip + from + 1)
        } else {
            format!("records {}–{}", skip + from + 1, skip + to)
        };
        format!(
            "{numbers} ({})",
            describe_span(places[from], places[to - 1])
        )
    };
    interrupt::install(out.term().stderr);
    let progress = Progress::new(out, settings.quiet, Total::Records(records.len() as u64));
    // The new ids are printed as each batch is created: after a failure, they say what exists.
    let result = sender.send_all(&records, &|_, _| None, &mut |offset, piece| {
        let what = span(offset, offset + piece.len());
        interrupt::set_in_flight(Some(what.clone()));
        let context = session.context().clone();
        let reply = session.call(&method, &json!([piece, context]));
        interrupt::set_in_flight(None);
        let reply = reply?;
        progress.suspend(|| -> anyhow::Result<()> {
            for id in reply.value.as_array().into_iter().flatten() {
                out.line(id)?;
            }
            Ok(())
        })?;
        if log {
            log::info!("{what} created");
        }
        progress.advance((offset + piece.len()) as u64, None);
        Ok(())
    });
    progress.clear();
    let Err(Stop { committed, halt }) = result else {
        log::info!("Created {} record(s) of {}", records.len(), args.model);
        return Ok(ExitCode::Success);
    };
    let before = if committed == 0 {
        "no record was created before it".to_string()
    } else {
        format!(
            "{} created before it (their ids are printed)",
            span(0, committed)
        )
    };
    let go_on = |from: usize| {
        let command = command_skipping((skip + from) as u64);
        match &args.file {
            Some(path) if path.as_os_str() != "-" => command,
            _ => format!("{command} (with the same standard input)"),
        }
    };
    let (error, message) = match halt {
        Halt::Interrupted(signal) => interrupt::die(
            signal,
            &format!(
                "interrupted: {}; the server holds them, nothing after them was sent. To go on: {}",
                if committed == 0 {
                    "no record created".to_string()
                } else {
                    format!("{} created", span(0, committed))
                },
                go_on(committed)
            ),
        ),
        Halt::Refused { culprit, error } => {
            let at = culprit.unwrap_or(committed);
            let message = format!(
                "{source} {}: {}; nothing from it on was created; {before}. To go on once it is fixed: {}",
                describe(places[at]),
                rpc::one_line(&server_text(&error)),
                go_on(committed)
            );
            (error, message)
        }
        Halt::InDoubt { records, error } => {
            let message = format!(
                "{}; the server may or may not have created {}: no answer came back, so they were not sent again; {before}. If they were created, go on with: {}; if not: {}",
                rpc::one_line(&format!("{error:#}")),
                span(records.start, records.end),
                go_on(records.end),
                go_on(records.start)
            );
            (error, message)
        }
        Halt::NotApplied { records, error } => {
            let message = format!(
                "{}; {} not created; {before}. To go on: {}",
                rpc::one_line(&format!("{error:#}")),
                span(records.start, records.end),
                go_on(records.start)
            );
            (error, message)
        }
    };
    Err(Failure::retelling(&error, message).into())
}

fn describe(place: Place) -> String {
    match place {
        Place::Line(line) => format!("line {line}"),
        Place::Item(item) => format!("record {item} of the array"),
    }
}

fn describe_span(first: Place, last: Place) -> String {
    match (first, last) {
        (Place::Line(a), Place::Line(b)) if a == b => format!("line {a}"),
        (Place::Line(a), Place::Line(b)) => format!("lines {a}–{b}"),
        (first, _) => describe(first),
    }
}

/// The records of the input with the place each starts at: a JSON array, or NDJSON.
fn read_records(args: &CreateArgs) -> anyhow::Result<Vec<(Place, Map<String, Value>)>> {
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
    let object = |place: Place, value: Value| match value {
        Value::Object(record) => Ok((place, record)),
        other => Err(Failure::usage(format!(
            "{}: a record must be a JSON object, not {other}",
            describe(place)
        ))),
    };
    if text.trim_start().starts_with('[') {
        let values: Vec<Value> = serde_json::from_str(&text)
            .map_err(|err| Failure::usage(format!("the input is not a JSON array: {err}")))?;
        return values
            .into_iter()
            .enumerate()
            .map(|(index, value)| object(Place::Item(index + 1), value).map_err(Into::into))
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
        records.push(object(Place::Line(index + 1), value)?);
    }
    Ok(records)
}
