//! `export`'s writer: the rows trytond's `export_data_domain` answers, as CSV that `import`
//! (trytond's `import_data`) reads back — ISO dates, `YYYY-MM-DD HH:MM:SS` datetimes, exact
//! decimals, durations in seconds, bytes in base64, `--delimiter`, `--csv-safe`, in the
//! `--encoding` asked for — or as one JSON object a row keyed by field path (NDJSON, a JSON list,
//! or through `--jq`).

use std::io::Write;
use std::rc::Rc;

use serde_json::{Map, Value};

use super::{Flavor, Jq, neutralise_formula, plain, render};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Ndjson,
    Json,
}

/// How CSV cells are written: the delimiter, and `--csv-safe`.
#[derive(Clone, Copy)]
pub struct CsvStyle {
    pub delimiter: u8,
    pub safe: bool,
}

/// Rows on their way to stdout, in the export format asked for.
pub enum ExportWriter<W: Write> {
    Csv(Box<csv::Writer<W>>, bool),
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

impl<W: Write> ExportWriter<W> {
    pub(super) fn new(
        out: W,
        format: ExportFormat,
        jq: Option<Rc<Jq>>,
        csv: CsvStyle,
    ) -> ExportWriter<W> {
        if let Some(jq) = jq {
            let whole = (format == ExportFormat::Json).then(Vec::new);
            return ExportWriter::Jq { out, jq, whole };
        }
        match format {
            ExportFormat::Csv => ExportWriter::Csv(
                Box::new(
                    csv::WriterBuilder::new()
                        .terminator(csv::Terminator::CRLF)
                        .delimiter(csv.delimiter)
                        .from_writer(out),
                ),
                csv.safe,
            ),
            ExportFormat::Ndjson => ExportWriter::Ndjson(out),
            ExportFormat::Json => ExportWriter::Json { out, count: 0 },
        }
    }

    /// Whether rows reach stdout as they come (not kept for one `--jq` run over the whole list).
    pub fn streams(&self) -> bool {
        !matches!(self, ExportWriter::Jq { whole: Some(_), .. })
    }

    /// Whether the output is one JSON list (`-o json`): a second part cannot be appended to it.
    pub fn is_one_list(&self) -> bool {
        matches!(
            self,
            ExportWriter::Json { .. } | ExportWriter::Jq { whole: Some(_), .. }
        )
    }

    /// The header row (CSV only: JSON rows are keyed by path).
    pub fn header(&mut self, names: &[String]) -> anyhow::Result<()> {
        if let ExportWriter::Csv(out, _) = self {
            out.write_record(names)?;
        }
        Ok(())
    }

    pub fn row(&mut self, paths: &[String], row: &Value) -> anyhow::Result<()> {
        let cells = row.as_array().map(Vec::as_slice).unwrap_or_default();
        match self {
            ExportWriter::Csv(out, safe) => out.write_record(cells.iter().map(|cell| {
                let text = render(cell, Flavor::Import);
                if *safe {
                    neutralise_formula(text)
                } else {
                    text
                }
            }))?,
            ExportWriter::Ndjson(out) => {
                serde_json::to_writer(&mut *out, &keyed(paths, cells))?;
                out.write_all(b"\n")?;
            }
            ExportWriter::Json { out, count } => {
                out.write_all(if *count == 0 { b"[" } else { b"," })?;
                serde_json::to_writer(&mut *out, &keyed(paths, cells))?;
                *count += 1;
            }
            ExportWriter::Jq {
                whole: Some(rows), ..
            } => rows.push(keyed(paths, cells)),
            ExportWriter::Jq { out, jq, .. } => jq.write(&keyed(paths, cells), out)?,
        }
        Ok(())
    }

    pub fn flush(&mut self) -> anyhow::Result<()> {
        match self {
            ExportWriter::Csv(out, _) => out.flush()?,
            ExportWriter::Ndjson(out)
            | ExportWriter::Json { out, .. }
            | ExportWriter::Jq { out, .. } => out.flush()?,
        }
        Ok(())
    }

    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            ExportWriter::Csv(mut out, _) => out.flush()?,
            ExportWriter::Ndjson(mut out) => out.flush()?,
            ExportWriter::Json { mut out, count } => {
                out.write_all(if count == 0 { b"[]\n" } else { b"]\n" })?;
                out.flush()?;
            }
            ExportWriter::Jq { mut out, jq, whole } => {
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
