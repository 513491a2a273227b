//! `tryton-cli export`: records with trytond's own `export_data_domain`, as the desktop client
//! exports them — field paths with `/` (`addresses/city`, `party/code`), a many2one as its
//! record name, one2many/many2many values on continuation rows (the first row holds the
//! record, the next rows leave the main columns empty) — paged (`--batch-size` records per
//! request) and streamed, so memory stays flat for any number of records. A page with fewer
//! records than asked for is the last; a page that fails (after the retries reads get) ends the
//! export with the command that appends the rest (`--offset`). The rows reach stdout through
//! `output::ExportWriter`: CSV cells the way `import` (trytond's `import_data`) reads them back,
//! or JSON rows keyed by path.

use std::io::Write;

use serde_json::{Value, json};

use crate::batch::BatchSize;
use crate::cli::{ExportArgs, Header};
use crate::config::Settings;
use crate::domain::FieldType;
use crate::domain::parse_domain;
use crate::exit::{ExitCode, Failure};
use crate::field_types::{FieldTypes, typed_domain};
use crate::output::{CsvStyle, ExportFormat, ExportWriter, Output, boolean};
use crate::progress::{Progress, Total};
use crate::rpc;
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &ExportArgs,
) -> anyhow::Result<ExitCode> {
    let csv_options =
        args.csv.delimiter != b',' || args.csv.encoding != encoding_rs::UTF_8 || args.csv_safe;
    if args.output != ExportFormat::Csv && csv_options {
        return Err(Failure::usage(
            "--delimiter, --encoding and --csv-safe shape CSV; -o ndjson and -o json are UTF-8 JSON",
        )
        .into());
    }
    if args.output != ExportFormat::Csv && args.header == Header::Labels {
        return Err(Failure::usage(
            "--header labels names CSV columns; JSON rows are keyed by field path (use -o csv, or --jq to rename keys)",
        )
        .into());
    }
    let paths: Vec<String> = args
        .fields
        .iter()
        .map(|f| f.trim().replace('.', "/"))
        .filter(|f| !f.is_empty())
        .collect();
    if let Some(bad) = paths
        .iter()
        .find(|p| p.split('/').any(|segment| segment.trim().is_empty()))
    {
        return Err(Failure::usage(format!(
            "-f: '{bad}' has an empty step; write paths as name or addresses/city"
        ))
        .into());
    }
    let domain = parse_domain(&args.domain).map_err(|err| Failure::usage(err.to_string()))?;
    let mut order = match &args.order {
        Some(order) => order.0.clone(),
        None => json!([]),
    };
    // Offsets page over one fixed sequence only when no two records tie: ties are broken by id.
    if let Value::Array(items) = &mut order
        && !items.iter().any(|item| item[0] == "id")
    {
        items.push(json!(["id", "ASC"]));
    }
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let dotted: Vec<String> = paths.iter().map(|p| p.replace('/', ".")).collect();
    let dotted: Vec<&str> = dotted.iter().map(String::as_str).collect();
    // Unknown fields are refused before anything is exported.
    let types = FieldTypes::new().resolve(&mut session, &args.model, &dotted)?;
    let booleans: Vec<bool> = dotted
        .iter()
        .map(|path| types.get(*path) == Some(&FieldType::Boolean))
        .collect();
    let domain = typed_domain(&domain, &mut session, &args.model)?;
    let context = session.context().clone();

    // Pages are counted in the records the server sent, never by what their cells hold: trytond
    // (`ModelStorage.__export_row`, 8.2 and 7.0) exports a top-level `id` on the first row of each
    // record and leaves it '' on the x2many continuation rows. So `id` is asked for as an extra
    // first path (unless it is asked for already) and left out of the output.
    let (asked, id_at) = match paths.iter().position(|p| p == "id") {
        Some(at) => (paths.clone(), at),
        None => (
            std::iter::once("id".to_string())
                .chain(paths.iter().cloned())
                .collect(),
            0,
        ),
    };
    let added_id = asked.len() > paths.len();

    let shows_progress = !settings.quiet && out.term().stderr;
    let total = if shows_progress {
        let count = session.call(
            &format!("model.{}.search_count", args.model),
            &json!([domain, context]),
        )?;
        count.value.as_u64().map_or(Total::Unknown, |count| {
            Total::Records(count.saturating_sub(args.offset))
        })
    } else {
        Total::Unknown
    };
    let progress = Progress::new(out, settings.quiet, total);

    let csv = CsvStyle {
        delimiter: args.csv.delimiter,
        safe: args.csv_safe,
    };
    let mut sink = out.export_writer(args.output, csv, args.csv.encoding);
    if args.header == Header::Names {
        sink.header(&paths)?;
    }
    let method = format!("model.{}.export_data_domain", args.model);
    let mut batch = BatchSize::new(args.batch_size as usize);
    let mut offset = args.offset;
    // Records on stdout (whole pages, flushed): where a resumed export starts.
    let mut written: u64 = 0;
    let mut first = true;
    // --jobs: the pages after the first of each round go through clients of their own, on the
    // same session (a client is used by one thread at a time).
    let helpers: Vec<rpc::Client> = (1..args.jobs)
        .map(|_| session.another_client())
        .collect::<anyhow::Result<_>>()?;
    let mut helpers = helpers;
    let database = session.info.database.clone();
    'rounds: loop {
        let size = batch.get();
        let page = |i: usize, labels: bool| {
            json!([
                domain,
                asked,
                offset + (i * size) as u64,
                size,
                order,
                labels,
                context
            ])
        };
        let labels = first && args.header == Header::Labels;
        // One round: `jobs` consecutive pages at once, handled in order; memory holds at most
        // that many pages.
        let answers: Vec<anyhow::Result<Value>> = std::thread::scope(|scope| {
            let others: Vec<_> = helpers
                .iter_mut()
                .enumerate()
                .map(|(i, client)| {
                    let params = page(i + 1, false);
                    let (method, database) = (&method, &database);
                    scope.spawn(move || {
                        client
                            .call(rpc::Target::Database(database), method, &params)
                            .map(|reply| reply.value)
                            .map_err(anyhow::Error::from)
                    })
                })
                .collect();
            let mut answers = vec![session.call(&method, &page(0, labels)).map(|r| r.value)];
            answers.extend(others.into_iter().map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("a page request failed")))
            }));
            answers
        });
        for (i, answer) in answers.into_iter().enumerate() {
            let rows = match answer {
                Ok(rows) => rows,
                Err(err) => match batch.shrink_after(err, "record") {
                    // Smaller pages from this one on; the answers after it are dropped.
                    Ok(()) => continue 'rounds,
                    Err(err) => return Err(stopped(err, written, offset, &sink)),
                },
            };
            let Value::Array(mut rows) = rows else {
                let err = Failure::new(
                    ExitCode::ServerError,
                    format!("{method} did not answer a list of rows"),
                );
                return Err(stopped(err.into(), written, offset, &sink));
            };
            if labels && i == 0 && !rows.is_empty() {
                let header = rows.remove(0);
                let labels: Vec<String> = header
                    .as_array()
                    .into_iter()
                    .flatten()
                    .skip(usize::from(added_id))
                    .map(|label| label.as_str().unwrap_or_default().to_string())
                    .collect();
                sink.header(&labels)?;
            }
            first = false;
            let records = rows.iter().filter(|row| starts_record(row, id_at)).count();
            for row in &mut rows {
                if let Value::Array(cells) = row {
                    if added_id {
                        cells.remove(0);
                    }
                    typed_cells(cells, &booleans);
                }
                sink.row(&paths, row)?;
            }
            sink.flush()?;
            if sink.streams() {
                written += records as u64;
            }
            offset += records as u64;
            progress.advance(offset - args.offset, None);
            // Fewer records than asked for (none at all included): the server has no more.
            if records < size {
                break 'rounds;
            }
        }
    }
    sink.finish()?;
    progress.clear();
    Ok(ExitCode::Success)
}

/// Whether an exported row starts a record (rather than continuing one with x2many values): its
/// top-level `id` cell holds the record's id.
fn starts_record(row: &Value, id_at: usize) -> bool {
    match row.as_array().and_then(|cells| cells.get(id_at)) {
        Some(Value::Null) | None => false,
        Some(Value::String(text)) => !text.is_empty(),
        Some(_) => true,
    }
}

/// A row's cells typed by their fields: SQLite's `1`/`0` of boolean fields as `true`/`false`
/// (what import reads back too), and trytond's `''` for nothing as null (an empty CSV cell, `null`
/// in JSON).
fn typed_cells(cells: &mut [Value], booleans: &[bool]) {
    for (cell, is_boolean) in cells.iter_mut().zip(booleans) {
        if cell.as_str() == Some("") {
            *cell = Value::Null;
        } else if *is_boolean {
            boolean(cell);
        }
    }
}

/// A failed page, after `written` records reached stdout: the error, and the command that
/// exports the rest (from record `offset` on, counted from the first the domain matches).
fn stopped<W: Write>(
    err: anyhow::Error,
    written: u64,
    offset: u64,
    sink: &ExportWriter<W>,
) -> anyhow::Error {
    if written == 0 {
        return err;
    }
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let command = resume_command(&args, offset);
    let message = rpc::one_line(&format!("{err:#}"));
    let rest = if sink.is_one_list() {
        format!(
            "{written} record(s) were written before it, in a JSON list left open; the rest, as a list of its own: {command}"
        )
    } else {
        format!(
            "{written} record(s) were written before it; to export the rest, appending to the same file: {command} >> FILE"
        )
    };
    Failure::retelling(&err, format!("{message}; {rest}")).into()
}

/// This command line as typed, with `--offset` and `--header` replaced: from record `offset` on,
/// with no header row (the first part has one).
fn resume_command(args: &[String], offset: u64) -> String {
    let mut words = vec!["tryton-cli".to_string()];
    let mut rest = args.iter();
    let mut after_dashes = Vec::new();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--" => {
                after_dashes.push(arg.clone());
                after_dashes.extend(rest.by_ref().cloned());
            }
            "--offset" | "--header" => {
                rest.next();
            }
            _ if arg.starts_with("--offset=") || arg.starts_with("--header=") => {}
            _ => words.push(arg.clone()),
        }
    }
    words.extend([
        "--offset".to_string(),
        offset.to_string(),
        "--header".to_string(),
        "none".to_string(),
    ]);
    words.extend(after_dashes);
    words
        .iter()
        .map(|word| shell_word(word))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word as a POSIX shell reads it back: quoted unless made only of characters no shell treats
/// specially.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./,:=@%+".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn the_resume_command_is_the_one_typed_from_the_offset_on_without_a_header() {
        assert_eq!(
            resume_command(
                &[
                    "--profile",
                    "prod",
                    "export",
                    "party.party",
                    "name",
                    "ilike",
                    "%a b%",
                    "-f",
                    "name,email",
                    "--header",
                    "labels",
                    "--offset=20",
                ]
                .map(str::to_string),
                3020
            ),
            "tryton-cli --profile prod export party.party name ilike '%a b%' -f name,email \
--offset 3020 --header none"
        );
        assert_eq!(
            resume_command(&words("export m --header=names -o ndjson -- -1"), 5),
            "tryton-cli export m -o ndjson --offset 5 --header none -- -1"
        );
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word(""), "''");
    }

    #[test]
    fn a_record_starts_where_its_id_is_and_continuation_rows_have_none() {
        assert!(starts_record(&json!([7, "", ""]), 0));
        assert!(!starts_record(&json!(["", "", "Lyon"]), 0));
        assert!(starts_record(&json!(["", "", 7]), 2));
        assert!(!starts_record(&json!([null]), 0));
    }
}
