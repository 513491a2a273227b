//! `tryton-cli import`: a CSV file into a model with trytond's own `import_data` — the format
//! `export` writes and the desktop client reads: a header of field paths (`name`,
//! `addresses/city`; `.` works too, and so do the labels `export --header labels` writes), an
//! `id` column to update instead of create, relations matched by name, and x2many values on
//! continuation rows (`rows.rs`).
//!
//! Records go in batches of `--batch-size` records, cut at record boundaries, one
//! `import_data` call (one transaction) each, or the whole file in one call with `--atomic` (as
//! the desktop client does). The file is read as it is sent, so memory stays flat for any size.
//! What the server holds is always said (`batch.rs`): a refused batch is narrowed to the record
//! that fails, named by its lines; a lost answer names the records in doubt and both ways on;
//! Ctrl-C or SIGTERM stops after the batch in flight; without a terminal, each committed batch
//! is logged on stderr, so a log tells the truth even after `kill -9`.

mod columns;
mod rows;

use std::io::Read;

use serde_json::json;

use crate::batch::{Halt, Sender, Stderr, Stop, is_too_large};
use crate::cli::ImportArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::interrupt;
use crate::output::Output;
use crate::progress::{Progress, Total};
use crate::resume::{command_skipping, shell_word};
use crate::rpc::{self, Fault};
use crate::session::{Authenticated, Sessions};
use columns::{Column, check, refuse_repeated, resolve_columns};
use rows::{Record, Records, describe_lines, lines_of};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &ImportArgs,
) -> anyhow::Result<ExitCode> {
    let (name, input, size) = open(args)?;
    let (mut reader, newlines) = rows::reader(input, args.csv.delimiter, args.csv.encoding);
    let mut header = csv::StringRecord::new();
    match reader.read_record(&mut header) {
        Ok(true) => {}
        Ok(false) => {
            return Err(Failure::usage(format!(
                "{name} is empty: it needs a header row of field paths (as export writes it)"
            ))
            .into());
        }
        Err(err) => return Err(rows::read_error(&name, &err, &newlines).into()),
    }
    refuse_another_delimiter(&header, args.csv.delimiter, &name)?;
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let columns = resolve_columns(&mut session, &args.model, &header, &name)?;
    refuse_repeated(&columns, &name)?;
    let mut records = Records {
        reader,
        newlines,
        name: name.clone(),
        width: columns.len(),
        top_level: (0..columns.len())
            .filter(|&i| columns[i].top_level)
            .collect(),
        lookahead: None,
        empty_lines: Vec::new(),
    };
    if args.check {
        return check(&args.model, &name, &columns, &mut records);
    }
    let progress = Progress::new(
        out,
        settings.quiet,
        size.map_or(Total::Unknown, Total::Bytes),
    );
    let mut import = Import {
        args,
        name,
        columns: &columns,
        session,
        progress,
        stderr: Stderr {
            terminal: out.term().stderr,
        },
        skipped: 0,
        imported: 0,
        imported_lines: None,
    };
    let result = import.run(&mut records);
    import.progress.clear();
    result?;
    if let Some(warning) = records.empty_rows_warning() {
        log::warn!("{warning}");
    }
    log::info!(
        "Imported {} record(s) into {} from {}",
        import.imported,
        args.model,
        import.name
    );
    Ok(ExitCode::Success)
}

/// A header that is one column holding another delimiter: the file was saved with that one
/// (spreadsheets set to a language with decimal commas write `;`).
fn refuse_another_delimiter(
    header: &csv::StringRecord,
    delimiter: u8,
    name: &str,
) -> anyhow::Result<()> {
    if header.len() != 1 {
        return Ok(());
    }
    let cell = &header[0];
    let found = [(';', "';'"), ('\t', "tab"), ('|', "'|'"), (',', "','")]
        .into_iter()
        .find(|(c, _)| *c as u8 != delimiter && cell.contains(*c));
    match found {
        Some((_, flag)) => Err(Failure::usage(format!(
            "{name}: the header is one column holding {flag}: the file separates its columns with {flag}; pass --delimiter {flag}"
        ))
        .into()),
        None => Ok(()),
    }
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

/// One import run: what it has skipped and imported so far.
struct Import<'a> {
    args: &'a ImportArgs,
    name: String,
    columns: &'a [Column],
    session: Authenticated<'a>,
    progress: Progress,
    /// Without a terminal on stderr, each committed batch gets a line there.
    stderr: Stderr,
    /// Records skipped (`--skip-records`).
    skipped: u64,
    /// Records imported by this run: the file's records `skipped + 1 ..= skipped + imported`.
    imported: u64,
    /// The lines those records cover.
    imported_lines: Option<(u64, u64)>,
}

impl Import<'_> {
    fn run(&mut self, records: &mut Records) -> anyhow::Result<()> {
        let fields: Vec<&str> = self.columns.iter().map(|c| c.path.as_str()).collect();
        let method = format!("model.{}.import_data", self.args.model);
        let mut sender = Sender::new(self.args.batch_size as usize, self.args.atomic);
        let mut pending: Vec<Record> = Vec::new();
        let mut exhausted = false;
        interrupt::install(self.stderr.terminal);
        loop {
            if let Some(signal) = interrupt::requested() {
                self.progress.clear();
                interrupt::die(signal, &self.interrupted());
            }
            while !exhausted && pending.len() < sender.size.get() {
                match records.next_record()? {
                    Some(_) if self.skipped < self.args.skip_records => self.skipped += 1,
                    Some(record) => pending.push(record),
                    None => exhausted = true,
                }
            }
            if pending.is_empty() {
                break;
            }
            let position = records.position();
            let result = sender.send_all(&pending, &named_record, &mut |_, piece| {
                self.send(&method, &fields, piece, position)
            });
            match result {
                Ok(()) => pending.clear(),
                Err(stop) => {
                    self.progress.clear();
                    if let Halt::Interrupted(signal) = stop.halt {
                        interrupt::die(signal, &self.interrupted());
                    }
                    return Err(self.explain(stop, &pending, &fields));
                }
            }
        }
        if self.imported == 0 && self.args.skip_records > 0 {
            return Err(Failure::usage(format!(
                "{} has {} record(s): --skip-records {} leaves none to import",
                self.name, self.skipped, self.args.skip_records
            ))
            .into());
        }
        Ok(())
    }

    /// One `import_data` call of `piece`: one transaction. What it holds is noted while it is in
    /// flight (for a second Ctrl-C), and logged once committed.
    fn send(
        &mut self,
        method: &str,
        fields: &[&str],
        piece: &[Record],
        position: u64,
    ) -> anyhow::Result<()> {
        let rows: Vec<&Vec<String>> = piece.iter().flatten().map(|row| &row.cells).collect();
        let context = self.session.context().clone();
        let what = self.describe(self.imported, piece);
        interrupt::set_in_flight(Some(what.clone()));
        let result = self.session.call(method, &json!([fields, rows, context]));
        interrupt::set_in_flight(None);
        result?;
        let lines = lines_of(piece);
        self.imported += piece.len() as u64;
        self.imported_lines = Some(match self.imported_lines {
            Some((first, _)) => (first, lines.1),
            None => lines,
        });
        if self.stderr.logs_batches() {
            log::info!("{what} imported");
        }
        self.progress.advance(self.imported, Some(position));
        Ok(())
    }

    /// "records 1001–2000 (lines 1002–2001)": the file's records after `done` of this run.
    fn describe(&self, done: u64, piece: &[Record]) -> String {
        let first = self.skipped + done + 1;
        let last = first + piece.len() as u64 - 1;
        let numbers = if first == last {
            format!("record {first}")
        } else {
            format!("records {first}–{last}")
        };
        format!("{numbers} ({})", describe_lines(lines_of(piece)))
    }

    /// What this run imported: "1500 record(s) (records 1–1500, lines 2–1501)".
    fn so_far(&self) -> String {
        match self.imported_lines {
            None => "no record".to_string(),
            Some(lines) => format!(
                "{} record(s) (records {}–{}, {})",
                self.imported,
                self.skipped + 1,
                self.skipped + self.imported,
                describe_lines(lines)
            ),
        }
    }

    fn go_on(&self, skip: u64) -> String {
        let command = command_skipping(skip);
        if self.args.file.as_os_str() == "-" {
            format!("{command} (with the same standard input)")
        } else {
            command
        }
    }

    fn interrupted(&self) -> String {
        format!(
            "interrupted: {} imported by this run; the server holds them, nothing after them was sent. To go on: {}",
            self.so_far(),
            self.go_on(self.skipped + self.imported)
        )
    }

    /// The stop of a run as one line: where in the file, what the server said, what it holds,
    /// and how to go on.
    fn explain(&self, stop: Stop, pending: &[Record], fields: &[&str]) -> anyhow::Error {
        let Stop { committed, halt } = stop;
        // `self.imported` already counts the `committed` records of `pending`.
        let done = self.skipped + self.imported;
        let before = format!("{} imported before", self.so_far());
        match halt {
            Halt::Refused {
                culprit: Some(index),
                error,
            } => {
                let record = &pending[index..=index];
                let lines = describe_lines(lines_of(record));
                let place = match server_row_and_column(&error)
                    .and_then(|(_, column)| column)
                    .and_then(|column| self.columns.get(column.wrapping_sub(1)))
                {
                    Some(column) => format!("{} {lines}, column '{}'", self.name, column.header),
                    None => format!("{} {lines}", self.name),
                };
                let outcome = if self.args.atomic {
                    "--atomic: the file is one transaction, so nothing was imported".to_string()
                } else {
                    format!("nothing from {lines} on was imported; {before}")
                };
                self.failure(
                    &error,
                    format!(
                        "{place}: {}; {outcome}. To go on once it is fixed: {}",
                        server_message(&error),
                        self.go_on(done)
                    ),
                )
            }
            Halt::Refused {
                culprit: None,
                error,
            } => {
                let outcome = if self.args.atomic {
                    "--atomic: the file is one transaction, so nothing was imported".to_string()
                } else {
                    format!(
                        "nothing of {} was imported; {before}",
                        self.describe(self.imported, &pending[committed..])
                    )
                };
                self.failure(
                    &error,
                    format!(
                        "{}: {}; {outcome}. To go on once it is fixed: {}",
                        self.name,
                        server_message(&error),
                        self.go_on(done)
                    ),
                )
            }
            Halt::InDoubt { records, error } => {
                let doubtful = &pending[records];
                let what = self.describe(self.imported, doubtful);
                let find_out = self.find_out(doubtful);
                self.failure(
                    &error,
                    format!(
                        "{}; the server may or may not have imported {what}: no answer came back, so they were not sent again; {before}. {find_out}If they were imported, go on with: {}; if not: {}",
                        rpc::one_line(&format!("{error:#}")),
                        self.go_on(done + doubtful.len() as u64),
                        self.go_on(done)
                    ),
                )
            }
            Halt::NotApplied { records, error } if self.args.atomic && is_too_large(&error) => {
                let body = json!([fields, rows_of(&pending[records]), {}])
                    .to_string()
                    .len();
                self.failure(
                    &error,
                    format!(
                        "{}: the server or a proxy refuses the whole file as too large (HTTP 413 for a request of {}); --atomic never splits it, so nothing was imported. Raise the limit (the proxy's body size limit, trytond's [request] records_limit), or import without --atomic (in batches, each its own transaction)",
                        self.name,
                        crate::rpc::format_size(body as u64)
                    ),
                )
            }
            Halt::NotApplied { records, error } => {
                let what = self.describe(self.imported, &pending[records]);
                self.failure(
                    &error,
                    format!(
                        "{}; {what} not imported; {before}. To go on: {}",
                        rpc::one_line(&format!("{error:#}")),
                        self.go_on(done)
                    ),
                )
            }
            Halt::Interrupted(_) => Failure::new(ExitCode::ServerError, self.interrupted()).into(),
        }
    }

    /// How to tell whether records in doubt reached the server: a search for the last one by
    /// its first column, when that is a field of the model's own.
    fn find_out(&self, doubtful: &[Record]) -> String {
        let column = &self.columns[0];
        let value = doubtful.last().and_then(|r| r.first()).map(|r| &r.cells[0]);
        match value {
            Some(value) if column.top_level && column.path != "id" && !value.is_empty() => {
                let domain = json!([[column.path, "=", value]]).to_string();
                format!(
                    "Find out with: tryton-cli search {} {} --count. ",
                    self.args.model,
                    shell_word(&domain)
                )
            }
            _ => "Check on the server before going on. ".to_string(),
        }
    }

    /// The error as a one-line failure that keeps the code of its cause and, for `-v`, the
    /// server's traceback.
    fn failure(&self, error: &anyhow::Error, message: String) -> anyhow::Error {
        Failure::retelling(error, message).into()
    }
}

fn rows_of(records: &[Record]) -> Vec<&Vec<String>> {
    records.iter().flatten().map(|row| &row.cells).collect()
}

/// The record of `piece` that trytond's import error names: its row number (within the call)
/// falls among that record's rows.
fn named_record(err: &anyhow::Error, piece: &[Record]) -> Option<usize> {
    let (row, _) = server_row_and_column(err)?;
    let mut rows_before = 0;
    for (index, record) in piece.iter().enumerate() {
        rows_before += record.len();
        if row >= 1 && row <= rows_before {
            return Some(index);
        }
    }
    None
}

/// The server's message without its own "at row N and column M" (numbered within one call,
/// which means nothing to the reader of the file: the line is named instead).
fn server_message(err: &anyhow::Error) -> String {
    let message = match err
        .chain()
        .find_map(|cause| cause.downcast_ref::<rpc::Error>())
    {
        Some(rpc::Error::Fault(Fault::UserError { message, .. })) => message.clone(),
        _ => format!("{err:#}"),
    };
    let message = rpc::one_line(&message);
    let trimmed = match message.rfind(" at row ") {
        Some(at)
            if message[at + 8..]
                .chars()
                .all(|c| c.is_ascii_digit() || " andcolumn.".contains(c)) =>
        {
            &message[..at]
        }
        _ => &message,
    };
    trimmed.trim_end_matches(['.', ';', ' ']).to_string()
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
    if !(tail.contains("row") || tail.contains("ligne") || tail.contains("Zeile")) {
        return None;
    }
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
        let constraint = user_error("The code on party must be unique.");
        assert_eq!(server_row_and_column(&constraint), None);
    }

    #[test]
    fn the_servers_row_within_the_call_is_left_out_of_its_message() {
        let err = user_error(
            "Could not find relation for 'Lang 42' in \"Language\" at row 3 and column 2.",
        );
        assert_eq!(
            server_message(&err),
            "Could not find relation for 'Lang 42' in \"Language\""
        );
        let err = user_error("The code on party must be unique.");
        assert_eq!(server_message(&err), "The code on party must be unique");
    }
}
