//! `tryton-cli import`: a CSV file into a model with trytond's own `import_data` — the format
//! `export` writes and the desktop client reads: a header of field paths (`name`,
//! `addresses/city`; `.` works too, and so do the labels `export --header labels` writes), an
//! `id` column to update instead of create, relations matched by name, and x2many values on
//! continuation rows (rows whose top-level columns are all empty belong to the record above;
//! trytond's own rule).
//!
//! Records go in batches of `--batch-size` records, cut at record boundaries, one
//! `import_data` call (one transaction) each, or the whole file in one call with `--atomic` (as
//! the desktop client does). The file is read as it is sent, so memory stays flat for any size.
//! A failed batch leaves nothing behind; the error names the file's line and column, how many
//! records the earlier batches imported, and the `--skip-records` that continues after them.

use std::io::Read;

use serde_json::json;

use crate::batch::BatchSize;
use crate::cli::ImportArgs;
use crate::config::Settings;
use crate::domain::{FieldType, coerce};
use crate::error_reporting::exit_code_of;
use crate::exit::{ExitCode, Failure};
use crate::field_types::FieldTypes;
use crate::output::Output;
use crate::progress::{Progress, Total};
use crate::rpc::{self, Fault};
use crate::session::Authenticated;

/// One row of the file: its cells and the line it starts on (a quoted cell may span lines).
struct Row {
    line: u64,
    cells: Vec<String>,
}

/// One record: its first row and its continuation rows.
type Record = Vec<Row>;

/// A header cell resolved against the model: the path `import_data` takes, and the type of the
/// field at its end (for `--check`).
struct Column {
    header: String,
    path: String,
    kind: String,
    top_level: bool,
}

pub fn run(settings: &Settings, out: &Output, args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let (name, input, size) = open(args)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut header = csv::StringRecord::new();
    match reader.read_record(&mut header) {
        Ok(true) => {}
        Ok(false) => {
            return Err(Failure::usage(format!(
                "{name} is empty: it needs a header row of field paths (as export writes it)"
            ))
            .into());
        }
        Err(err) => return Err(Failure::usage(format!("{name}: {err}")).into()),
    }
    let mut session = Authenticated::open(settings, out.term().can_prompt)?;
    let columns = resolve_columns(
        &mut session,
        &args.model,
        &header,
        &name,
        settings.verbosity > 0,
    )?;
    let mut records = Records {
        reader,
        name: name.clone(),
        width: columns.len(),
        top_level: (0..columns.len())
            .filter(|&i| columns[i].top_level)
            .collect(),
        lookahead: None,
    };
    if args.check {
        return check(settings, &args.model, &name, &columns, &mut records);
    }

    let total = size.map_or(Total::Unknown, Total::Bytes);
    let progress = Progress::new(out, settings.quiet, total);
    let fields: Vec<&str> = columns.iter().map(|c| c.path.as_str()).collect();
    let method = format!("model.{}.import_data", args.model);
    let size = if args.atomic {
        usize::MAX
    } else {
        args.batch_size as usize
    };
    let mut batch = BatchSize::new(size, settings.verbosity > 0);
    let mut skipped = 0;
    let mut imported = 0;
    let mut pending: Vec<Record> = Vec::new();
    let mut exhausted = false;
    loop {
        while !exhausted && pending.len() < batch.get() {
            match records.next_record()? {
                Some(_) if skipped < args.skip_records => skipped += 1,
                Some(record) => pending.push(record),
                None => exhausted = true,
            }
        }
        if pending.is_empty() {
            break;
        }
        let take = pending.len().min(batch.get());
        let rows: Vec<&Vec<String>> = pending[..take]
            .iter()
            .flatten()
            .map(|row| &row.cells)
            .collect();
        let context = session.context().clone();
        match session.call(&method, &json!([fields, rows, context])) {
            Ok(_) => {
                imported += take as u64;
                pending.drain(..take);
                progress.advance(take as u64, imported, records.position());
            }
            Err(err) => {
                if let Err(err) = batch.shrink_after(err, "record") {
                    progress.clear();
                    let failed = FailedBatch {
                        args,
                        name: &name,
                        columns: &columns,
                        records: &pending[..take],
                        first: args.skip_records + imported,
                        imported,
                    };
                    return Err(failed.explain(err));
                }
            }
        }
    }
    progress.clear();
    if !settings.quiet {
        eprintln!(
            "Imported {imported} record(s) into {} from {name}",
            args.model
        );
    }
    Ok(ExitCode::Success)
}

fn open(args: &ImportArgs) -> anyhow::Result<(String, Box<dyn Read>, Option<u64>)> {
    if args.file.as_os_str() == "-" {
        return Ok(("standard input".into(), Box::new(std::io::stdin()), None));
    }
    let path = &args.file;
    let file = std::fs::File::open(path)
        .map_err(|err| Failure::usage(format!("cannot read {}: {err}", path.display())))?;
    let size = file.metadata().ok().map(|m| m.len());
    Ok((path.display().to_string(), Box::new(file), size))
}

/// Each header cell as a field path of `model`, through relations: field names (`/` or `.`
/// between them) or labels; `name:lang=fr` (a translation) is kept as written.
fn resolve_columns(
    session: &mut Authenticated,
    model: &str,
    header: &csv::StringRecord,
    name: &str,
    verbose: bool,
) -> anyhow::Result<Vec<Column>> {
    let mut types = FieldTypes::new(verbose);
    let mut columns = Vec::new();
    for (index, cell) in header.iter().enumerate() {
        let text = cell.trim();
        if text.is_empty() {
            return Err(Failure::usage(format!(
                "{name}: column {} of the header is empty; every column needs a field path",
                index + 1
            ))
            .into());
        }
        let separator = if text.contains('/') { '/' } else { '.' };
        let segments: Vec<&str> = text.split(separator).map(str::trim).collect();
        let mut current = model.to_string();
        let mut path = Vec::new();
        let mut kind = String::new();
        for (depth, segment) in segments.iter().enumerate() {
            let (base, language) = match segment.split_once(":lang=") {
                Some((base, language)) => (base, Some(language)),
                None => (*segment, None),
            };
            let (field, definition) = match types.definition(session, &current, base) {
                Ok(definition) => (base.to_string(), definition),
                Err(unknown) => match types.field_by_label(session, &current, base)? {
                    Some(found) => found,
                    None => {
                        return Err(
                            unknown.context(format!("{name}: column {} ('{text}')", index + 1))
                        );
                    }
                },
            };
            path.push(match language {
                Some(language) => format!("{field}:lang={language}"),
                None => field,
            });
            kind = definition.kind.clone();
            if depth + 1 < segments.len() {
                match definition.relation {
                    Some(relation) => current = relation,
                    None => {
                        return Err(Failure::usage(format!(
                            "{name}: column {} ('{text}'): {base} is not a relation of {current}, so nothing can follow it",
                            index + 1
                        ))
                        .into());
                    }
                }
            }
        }
        columns.push(Column {
            header: text.to_string(),
            path: path.join("/"),
            kind,
            top_level: segments.len() == 1,
        });
    }
    Ok(columns)
}

/// The file's rows grouped into records as `import_data` groups them.
struct Records {
    reader: csv::Reader<Box<dyn Read>>,
    name: String,
    width: usize,
    /// The columns of the model's own fields: a row with all of them empty continues a record.
    top_level: Vec<usize>,
    lookahead: Option<Row>,
}

impl Records {
    fn next_row(&mut self) -> anyhow::Result<Option<Row>> {
        let mut record = csv::StringRecord::new();
        let more = self
            .reader
            .read_record(&mut record)
            .map_err(|err| Failure::usage(format!("{}: {err}", self.name)))?;
        if !more {
            return Ok(None);
        }
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != self.width {
            return Err(Failure::usage(format!(
                "{} line {line}: {} values where the header has {} columns",
                self.name,
                record.len(),
                self.width
            ))
            .into());
        }
        Ok(Some(Row {
            line,
            cells: record.iter().map(str::to_string).collect(),
        }))
    }

    fn continues(&self, row: &Row) -> bool {
        !self.top_level.is_empty() && self.top_level.iter().all(|&i| row.cells[i].is_empty())
    }

    fn next_record(&mut self) -> anyhow::Result<Option<Record>> {
        let first = match self.lookahead.take() {
            Some(row) => row,
            None => match self.next_row()? {
                Some(row) => row,
                None => return Ok(None),
            },
        };
        let mut record = vec![first];
        while let Some(row) = self.next_row()? {
            if self.continues(&row) {
                record.push(row);
            } else {
                self.lookahead = Some(row);
                break;
            }
        }
        Ok(Some(record))
    }

    /// How far the file has been read, in bytes.
    fn position(&self) -> Option<u64> {
        Some(self.reader.position().byte())
    }
}

/// `--check`: every row read and every value checked against its field's type, nothing sent.
fn check(
    settings: &Settings,
    model: &str,
    name: &str,
    columns: &[Column],
    records: &mut Records,
) -> anyhow::Result<ExitCode> {
    let mut count = 0;
    while let Some(record) = records.next_record()? {
        count += 1;
        for row in &record {
            for (column, value) in columns.iter().zip(&row.cells) {
                if let Err(expected) = check_value(&column.kind, value) {
                    return Err(Failure::usage(format!(
                        "{name} line {}, column '{}': '{value}' is not {expected}",
                        row.line, column.header
                    ))
                    .into());
                }
            }
        }
    }
    if !settings.quiet {
        eprintln!(
            "{name}: {count} record(s) whose columns and values fit {model}; nothing was sent"
        );
    }
    Ok(ExitCode::Success)
}

/// Whether trytond's import reads `value` for a field of this type (its own conversions:
/// `trytond/model/modelstorage.py`, `import_data`). Relations are matched by name on the server.
fn check_value(kind: &str, value: &str) -> Result<(), &'static str> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    match kind {
        "boolean" => match value.to_ascii_lowercase().as_str() {
            "true" | "false" => Ok(()),
            other if other.parse::<i64>().is_ok() => Ok(()),
            _ => Err("a boolean (true, false, 1 or 0)"),
        },
        "integer" | "biginteger" => value.parse::<i64>().map(drop).map_err(|_| "an integer"),
        "float" => value.parse::<f64>().map(drop).map_err(|_| "a number"),
        "numeric" => coerce(FieldType::Numeric, value).map(drop),
        "date" => coerce(FieldType::Date, value).map(drop),
        "datetime" | "timestamp" => {
            // trytond reads exactly '%Y-%m-%d %H:%M:%S'.
            let ok = value.len() == 19
                && value.as_bytes()[10] == b' '
                && coerce(FieldType::Date, &value[..10]).is_ok()
                && coerce(FieldType::Time, &value[11..]).is_ok();
            if ok {
                Ok(())
            } else {
                Err("a datetime (YYYY-MM-DD HH:MM:SS)")
            }
        }
        "timedelta" => {
            if value.parse::<f64>().is_ok()
                || value
                    .split(':')
                    .all(|part| part.trim().parse::<f64>().is_ok())
            {
                Ok(())
            } else {
                Err("a duration (seconds, or H:M:S)")
            }
        }
        _ => Ok(()),
    }
}

/// A batch `import_data` refused: where in the file, what the server said, and how to go on.
struct FailedBatch<'a> {
    args: &'a ImportArgs,
    name: &'a str,
    columns: &'a [Column],
    records: &'a [Record],
    /// The file's records before this batch (skipped and imported).
    first: u64,
    imported: u64,
}

impl FailedBatch<'_> {
    fn explain(&self, err: anyhow::Error) -> anyhow::Error {
        let code = exit_code_of(&err);
        let rows: Vec<&Row> = self.records.iter().flatten().collect();
        let (first_line, last_line) = (
            rows.first().map_or(0, |r| r.line),
            rows.last().map_or(0, |r| r.line),
        );
        let message = rpc::one_line(&format!("{err:#}"));
        let place = match server_row_and_column(&err) {
            Some((row, column)) if row >= 1 && row <= rows.len() => {
                let line = rows[row - 1].line;
                match column.and_then(|c| self.columns.get(c.wrapping_sub(1))) {
                    Some(column) => {
                        format!("{} line {line}, column '{}'", self.name, column.header)
                    }
                    None => format!("{} line {line}", self.name),
                }
            }
            _ => format!("{} lines {first_line}–{last_line}", self.name),
        };
        let outcome = if matches!(
            err.chain()
                .find_map(|cause| cause.downcast_ref::<rpc::Error>()),
            Some(rpc::Error::NotResent { .. })
        ) {
            "the server may or may not have applied this batch: check before going on"
        } else {
            "nothing of this batch was imported"
        };
        let skip = self.first;
        let file = self.args.file.display();
        Failure::new(
            code,
            format!(
                "{place}: {message}; {outcome} (records {}–{}); {} record(s) imported before it — to go on from this batch once it is fixed: tryton-cli import {} {file} --skip-records {skip}",
                skip + 1,
                skip + self.records.len() as u64,
                self.imported,
                self.args.model,
            ),
        )
        .into()
    }
}

/// The row and column trytond's import error names (1-based, within the call): the last two
/// numbers of its message ("… at row 3 and column 2."), or the last one for a missing column.
fn server_row_and_column(err: &anyhow::Error) -> Option<(usize, Option<usize>)> {
    let message = err.chain().find_map(|cause| match cause.downcast_ref() {
        Some(rpc::Error::Fault(Fault::UserError { message, .. })) => Some(message.clone()),
        _ => None,
    })?;
    // Numbers in the value (%r, quoted) come before; the message ends with row and column.
    let tail = message.rsplit(['\'', '"']).next().unwrap_or(&message);
    let numbers: Vec<usize> = tail
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|part| part.parse().ok())
        .collect();
    match numbers.as_slice() {
        [.., row, column] if tail.contains("column") || tail.contains("colonne") => {
            Some((*row, Some(*column)))
        }
        [.., row] => Some((*row, None)),
        [] => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user_error(message: &str) -> anyhow::Error {
        rpc::Error::Fault(Fault::UserError {
            message: message.into(),
            description: String::new(),
        })
        .into()
    }

    #[test]
    fn the_server_row_and_column_are_read_from_its_message() {
        let err = user_error(
            "Could not find relation for 'Lang 42' in \"Language\" at row 3 and column 2.",
        );
        assert_eq!(server_row_and_column(&err), Some((3, Some(2))));
        let err = user_error("Missing values for last column at row 7.");
        assert_eq!(server_row_and_column(&err), Some((7, None)));
        assert_eq!(server_row_and_column(&anyhow::anyhow!("other")), None);
    }

    #[test]
    fn values_are_checked_as_trytond_imports_them() {
        assert!(check_value("date", "2026-01-02").is_ok());
        assert!(check_value("date", "02/01/2026").is_err());
        assert!(check_value("datetime", "2026-01-02 10:00:00").is_ok());
        assert!(check_value("datetime", "2026-01-02T10:00:00").is_err());
        assert!(check_value("numeric", "12.50").is_ok());
        assert!(check_value("numeric", "12,50").is_err());
        assert!(check_value("boolean", "TRUE").is_ok());
        assert!(check_value("boolean", "yes").is_err());
        assert!(check_value("integer", "x").is_err());
        assert!(check_value("many2one", "anything").is_ok());
        assert!(check_value("date", "").is_ok());
    }
}
