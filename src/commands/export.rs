//! `tryton-cli export`: records with trytond's own `export_data_domain`, as the desktop client
//! exports them — field paths with `/` (`addresses/city`, `party/code`), a many2one as its
//! record name, one2many/many2many values on continuation rows (the first row holds the
//! record, the next rows leave the main columns empty) — paged (`--batch-size` records per
//! request) and streamed, so memory stays flat for any number of records. CSV cells are written
//! the way `import` (trytond's `import_data`) reads them back: ISO dates, `YYYY-MM-DD HH:MM:SS`
//! datetimes, exact decimals, durations in seconds, bytes in base64.

use std::io::{BufWriter, Write};
use std::rc::Rc;

use serde_json::{Map, Value, json};

use crate::batch::BatchSize;
use crate::cli::{ExportArgs, ExportFormat, Header};
use crate::config::Settings;
use crate::domain::parse_domain;
use crate::exit::{ExitCode, Failure};
use crate::field_types::{FieldTypes, typed_domain};
use crate::output::{Flavor, Jq, Output, plain, render};
use crate::progress::{Progress, Total};
use crate::session::Authenticated;

pub fn run(settings: &Settings, out: &Output, args: &ExportArgs) -> anyhow::Result<ExitCode> {
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
    let order = match &args.order {
        Some(text) => super::search::parse_order(text)?,
        // A stable order, so that pages neither skip nor repeat records.
        None => json!([["id", "ASC"]]),
    };
    let verbose = settings.verbosity > 0;
    let mut session = Authenticated::open(settings, out.term().can_prompt)?;
    let dotted: Vec<String> = paths.iter().map(|p| p.replace('/', ".")).collect();
    let dotted: Vec<&str> = dotted.iter().map(String::as_str).collect();
    // Unknown fields are refused before anything is exported.
    FieldTypes::new(verbose).resolve(&mut session, &args.model, &dotted)?;
    let domain = typed_domain(&domain, &mut session, &args.model, verbose)?;
    let context = session.context().clone();

    let shows_progress = !settings.quiet && out.term().stderr;
    let total = if shows_progress {
        let count = session.call(
            &format!("model.{}.search_count", args.model),
            &json!([domain, context]),
        )?;
        count.value.as_u64().map_or(Total::Unknown, Total::Records)
    } else {
        Total::Unknown
    };
    let progress = Progress::new(out, settings.quiet, total);

    let stdout = std::io::stdout().lock();
    let mut sink = Sink::new(BufWriter::new(stdout), args.output, out.jq());
    if args.header == Header::Names {
        sink.header(&paths)?;
    }
    let method = format!("model.{}.export_data_domain", args.model);
    let mut batch = BatchSize::new(args.batch_size as usize, verbose);
    let mut offset = 0;
    let mut first = true;
    loop {
        let labels = first && args.header == Header::Labels;
        let page = json!([domain, paths, offset, batch.get(), order, labels, context]);
        let rows = match session.call(&method, &page) {
            Ok(reply) => reply.value,
            Err(err) => {
                batch.shrink_after(err, "record")?;
                continue;
            }
        };
        let Value::Array(mut rows) = rows else {
            return Err(Failure::new(
                ExitCode::ServerError,
                format!("{method} did not answer a list of rows"),
            )
            .into());
        };
        if labels && !rows.is_empty() {
            let header = rows.remove(0);
            let labels: Vec<String> = header
                .as_array()
                .into_iter()
                .flatten()
                .map(|label| label.as_str().unwrap_or_default().to_string())
                .collect();
            sink.header(&labels)?;
        }
        first = false;
        if rows.is_empty() {
            break;
        }
        let records = rows.iter().filter(|row| starts_record(row, &paths)).count();
        for row in &rows {
            sink.row(&paths, row)?;
        }
        sink.flush()?;
        offset += batch.get();
        progress.advance(records as u64, offset as u64, None);
        // Fewer records than asked for: the last page (when records can be counted).
        if paths.iter().any(|p| !p.contains('/')) && records < batch.get() {
            break;
        }
    }
    sink.finish()?;
    progress.clear();
    Ok(ExitCode::Success)
}

/// Whether an exported row starts a record (rather than continuing one with x2many values): a
/// top-level column holds something. For the progress count only.
fn starts_record(row: &Value, paths: &[String]) -> bool {
    let cells = row.as_array().map(Vec::as_slice).unwrap_or_default();
    paths
        .iter()
        .zip(cells)
        .any(|(path, cell)| !path.contains('/') && !matches!(cell, Value::Null) && cell != "")
}

enum Sink<W: Write> {
    Csv(Box<csv::Writer<W>>),
    Ndjson(W),
    Json {
        out: W,
        count: u64,
    },
    /// `--jq`: each row through the program, or (`-o json`) the list of them at the end.
    Jq {
        out: W,
        jq: Rc<Jq>,
        whole: Option<Vec<Value>>,
    },
}

impl<W: Write> Sink<W> {
    fn new(out: W, format: ExportFormat, jq: Option<Rc<Jq>>) -> Sink<W> {
        if let Some(jq) = jq {
            let whole = (format == ExportFormat::Json).then(Vec::new);
            return Sink::Jq { out, jq, whole };
        }
        match format {
            ExportFormat::Csv => Sink::Csv(Box::new(
                csv::WriterBuilder::new()
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(out),
            )),
            ExportFormat::Ndjson => Sink::Ndjson(out),
            ExportFormat::Json => Sink::Json { out, count: 0 },
        }
    }

    /// The header row (CSV only: JSON rows are keyed by path).
    fn header(&mut self, names: &[String]) -> anyhow::Result<()> {
        if let Sink::Csv(out) = self {
            out.write_record(names)?;
        }
        Ok(())
    }

    fn row(&mut self, paths: &[String], row: &Value) -> anyhow::Result<()> {
        let cells = row.as_array().map(Vec::as_slice).unwrap_or_default();
        match self {
            Sink::Csv(out) => {
                out.write_record(cells.iter().map(|cell| render(cell, Flavor::Import)))?
            }
            Sink::Ndjson(out) => {
                serde_json::to_writer(&mut *out, &keyed(paths, cells))?;
                out.write_all(b"\n")?;
            }
            Sink::Json { out, count } => {
                out.write_all(if *count == 0 { b"[" } else { b"," })?;
                serde_json::to_writer(&mut *out, &keyed(paths, cells))?;
                *count += 1;
            }
            Sink::Jq {
                whole: Some(rows), ..
            } => rows.push(keyed(paths, cells)),
            Sink::Jq { out, jq, .. } => jq.write(&keyed(paths, cells), out)?,
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        match self {
            Sink::Csv(out) => out.flush()?,
            Sink::Ndjson(out) | Sink::Json { out, .. } | Sink::Jq { out, .. } => out.flush()?,
        }
        Ok(())
    }

    fn finish(self) -> anyhow::Result<()> {
        match self {
            Sink::Csv(mut out) => out.flush()?,
            Sink::Ndjson(mut out) => out.flush()?,
            Sink::Json { mut out, count } => {
                out.write_all(if count == 0 { b"[]\n" } else { b"]\n" })?;
                out.flush()?;
            }
            Sink::Jq { mut out, jq, whole } => {
                if let Some(rows) = whole {
                    jq.write(&Value::Array(rows), &mut out)?;
                }
                out.flush()?;
            }
        }
        Ok(())
    }
}

/// A row as one JSON object keyed by field path, with plain values.
fn keyed(paths: &[String], cells: &[Value]) -> Value {
    let mut object = Map::new();
    for (path, cell) in paths.iter().zip(cells) {
        object.insert(path.clone(), plain(cell.clone()));
    }
    Value::Object(object)
}
