//! The one place that knows what stdout is. Commands get an [`Output`] (built once per run from
//! the [`Terminal`] facts) and print through it: lines, JSON values, and record streams in the
//! asked format (table, vertical, JSON, NDJSON, CSV) or the default for where stdout goes.
//!
//! - `terminal`: tty or not, prompts allowed, table width, colour — decided once;
//! - `records`: the streaming record writers; `paths`: dotted field paths, checked and resolved
//!   in the nested records trytond answers; `table`: comfy-table set-up, chunks of bounded size,
//!   safe and cut cells; `vertical`: psql-like blocks;
//! - `render`: values (Tryton's tagged dates, decimals, bytes…) as text for cells; `plain`: the
//!   same values as plain JSON (the default for record outputs, `call --plain`).

mod encoded;
mod export;
mod jq;
mod paths;
mod plain;
mod records;
mod render;
mod table;
mod terminal;
mod vertical;

use std::fmt::Display;
use std::io::{self, BufWriter, StdoutLock, Write};
use std::rc::Rc;

use serde_json::Value;

use crate::exit::{ExitCode, Failure};
pub use encoded::Encoded;
pub use export::{CsvStyle, ExportFormat, ExportWriter};
pub use jq::Jq;
pub use paths::{fields_or_default, for_each_at};
pub use plain::{boolean, plain, type_booleans};
pub use records::{RecordWriter, neutralise_formula};
pub use render::{Flavor, render};
pub use terminal::Terminal;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table; long cells are cut on a terminal
    Table,
    /// One block per record, a 'field | value' line per field (as psql's \x)
    Vertical,
    /// One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates,
    /// exact decimal numbers, durations in seconds, bytes base64) unless --tagged
    Json,
    /// One JSON object per line, as for json
    Ndjson,
    /// RFC 4180 with a header row
    Csv,
}

/// How records look, as the user asked (the record commands' output flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    /// Indented JSON (the `json` format only).
    pub pretty: bool,
    /// Tryton's tagged values in JSON, as on the wire; plain JSON otherwise.
    pub tagged: bool,
    /// CSV cells that a spreadsheet would run as formulas get a `'` in front.
    pub csv_safe: bool,
}

/// How a record writer styles what it writes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Styling in tables (a bold header).
    pub color: bool,
    /// The terminal width the table should fit, when known.
    pub width: Option<u16>,
    /// Standard output is a terminal: long cells are cut (tables, vertical).
    pub terminal: bool,
    /// Indented JSON (the `json` format only).
    pub pretty: bool,
    /// Tryton's tagged values in JSON (`--tagged`); plain JSON otherwise.
    pub tagged: bool,
    /// Neutralise CSV cells that start like a formula (`--csv-safe`).
    pub csv_safe: bool,
}

/// Standard output, as this run found it.
#[derive(Clone, Debug)]
pub struct Output {
    term: Terminal,
    /// `--jq`: the program every JSON value goes through before it is printed.
    jq: Option<Rc<Jq>>,
}

/// A record writer on standard output.
pub type StdoutRecords = RecordWriter<BufWriter<StdoutLock<'static>>>;

/// `export`'s writer on standard output, in the file encoding asked for.
pub type StdoutExport = ExportWriter<Encoded<BufWriter<StdoutLock<'static>>>>;

impl Output {
    pub fn new(term: Terminal) -> Output {
        Output { term, jq: None }
    }

    /// The same output with every JSON value run through `jq` (`--jq`).
    pub fn with_jq(self, jq: Option<Jq>) -> Output {
        let terminal = self.term.stdout;
        Output {
            jq: jq.map(|jq| Rc::new(jq.for_terminal(terminal))),
            ..self
        }
    }

    /// The `--jq` program, if one was given.
    pub fn jq(&self) -> Option<Rc<Jq>> {
        self.jq.clone()
    }

    pub fn term(&self) -> &Terminal {
        &self.term
    }

    /// The asked format, or a table on a terminal and NDJSON in a pipe.
    pub fn format(&self, asked: Option<Format>) -> Format {
        asked.unwrap_or_else(|| self.term.default_format())
    }

    /// One line of text; on a terminal, what could drive it is shown escaped.
    pub fn line(&self, text: impl Display) -> io::Result<()> {
        if self.term.stdout {
            let text = text.to_string();
            writeln!(
                io::stdout().lock(),
                "{}",
                terminal::escape_for_terminal(&text)
            )
        } else {
            writeln!(io::stdout().lock(), "{text}")
        }
    }

    /// A line for a terminal that carries this program's own colours: the caller has escaped
    /// everything else in it (`logger::printable`), so it is written as it is.
    pub fn styled_line(&self, text: &str) -> io::Result<()> {
        writeln!(io::stdout().lock(), "{text}")
    }

    /// Clears the terminal and draws `header` at the top (`--watch` on a terminal, as watch(1)).
    pub fn redraw(&self, header: &str) -> io::Result<()> {
        let mut stdout = io::stdout().lock();
        write!(stdout, "\x1b[H\x1b[2J{header}\n\n")?;
        stdout.flush()
    }

    /// One JSON value: indented on a terminal (or with `pretty`), compact in a pipe (or with
    /// `compact`).
    pub fn json(&self, value: &Value, pretty: bool, compact: bool) -> anyhow::Result<()> {
        if let Some(jq) = &self.jq {
            return Ok(jq.print(value)?);
        }
        let pretty = pretty || (!compact && self.term.stdout);
        if !self.term.stdout {
            // Written as it is encoded: a large answer is not held twice, as a tree and a text.
            let mut stdout = io::BufWriter::new(io::stdout().lock());
            if pretty {
                serde_json::to_writer_pretty(&mut stdout, value)?;
            } else {
                serde_json::to_writer(&mut stdout, value)?;
            }
            stdout.write_all(b"\n")?;
            return Ok(stdout.flush()?);
        }
        let text = if pretty {
            serde_json::to_string_pretty(value)?
        } else {
            value.to_string()
        };
        Ok(self.line(text)?)
    }

    /// One JSON value on one line (compact), or through `--jq`.
    pub fn json_line(&self, value: &Value) -> anyhow::Result<()> {
        match &self.jq {
            Some(jq) => Ok(jq.print(value)?),
            None => Ok(self.line(value)?),
        }
    }

    /// A writer for a stream of records; nothing is written before the first batch. With
    /// `--jq`, each record (a JSON row) goes through the program; with `-o json` the program
    /// gets the whole list once at the end.
    pub fn records_writer(
        &self,
        format: Option<Format>,
        columns: &[String],
        style: Style,
    ) -> StdoutRecords {
        let options = Options {
            color: self.term.color,
            width: self.term.width,
            terminal: self.term.stdout,
            pretty: style.pretty,
            tagged: style.tagged,
            csv_safe: style.csv_safe,
        };
        let stdout = io::stdout().lock();
        let writer = RecordWriter::new(
            BufWriter::new(stdout),
            self.format(format),
            columns,
            options,
        );
        match &self.jq {
            Some(jq) => writer.through_jq(Rc::clone(jq), format == Some(Format::Json)),
            None => writer,
        }
    }

    /// `export`'s rows on stdout: CSV in `encoding` (as `import` reads it back), NDJSON or one
    /// JSON list; with `--jq`, each row through the program (`-o json`: the list once at the end).
    pub fn export_writer(
        &self,
        format: ExportFormat,
        csv: CsvStyle,
        encoding: &'static encoding_rs::Encoding,
    ) -> StdoutExport {
        let stdout = Encoded::new(BufWriter::new(io::stdout().lock()), encoding);
        ExportWriter::new(stdout, format, self.jq(), csv)
    }

    /// Bytes as they are (a report's document, a generated script), flushed.
    pub fn bytes(&self, bytes: &[u8]) -> io::Result<()> {
        let mut stdout = io::stdout().lock();
        stdout.write_all(bytes)?;
        stdout.flush()
    }

    /// One answer's list of records in the asked format (or the default for where stdout goes).
    pub fn records(
        &self,
        format: Option<Format>,
        columns: &[String],
        style: Style,
        records: &Value,
    ) -> anyhow::Result<()> {
        let Value::Array(records) = records else {
            return Err(Failure::new(
                ExitCode::ServerError,
                "the server did not answer a list of records",
            )
            .into());
        };
        let mut writer = self.records_writer(format, columns, style);
        writer.write_batch(records)?;
        Ok(writer.finish()?)
    }

    /// `call -o table|vertical`: a list of records (objects), or one record, shown with these
    /// columns (the fields the call asked for; empty: the first record's); anything else is
    /// refused.
    pub fn call_records(
        &self,
        format: Format,
        columns: &[String],
        value: &Value,
    ) -> anyhow::Result<()> {
        let records = match value {
            Value::Array(items) if items.iter().all(Value::is_object) => items.as_slice(),
            Value::Object(_) => std::slice::from_ref(value),
            _ => {
                return Err(Failure::usage(
                    "-o table and -o vertical need a list of records (e.g. from read or search_read); this result is not one",
                )
                .into());
            }
        };
        let mut writer = self.records_writer(Some(format), columns, Style::default());
        writer.write_batch(records)?;
        Ok(writer.finish()?)
    }
}
