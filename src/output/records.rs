//! Record writers for `search`, `read`, `models`, `fields` and `call -o table`, fed one server page
//! at a time.
//!
//! Formats:
//! - `json`: one JSON array, streamed (`[` with the first batch, `]` at the end; no records is
//!   `[]`). Records are written whole, exactly as the server sent them, tagged `__class__` values
//!   included, so the output can be fed back to `call`. Compact (one line) or pretty.
//! - `ndjson`: one compact JSON object per line, flushed after each batch; no records is no
//!   output at all. Records are written whole, as for `json`.
//! - `csv`: RFC 4180 (CRLF line ends, fields quoted when they hold a comma, a quote or a line
//!   break), a header row with the column names, then one row per record holding the columns
//!   only. No records is the header row alone.
//! - `table`: a table for people, its header the column names, fitted to the terminal width when
//!   that is known (long cells wrap) and left at its natural width otherwise. Rows are kept until
//!   the end, so the caller caps how many there are. No records is the header alone.
//!
//! Columns are the field names asked for. A dotted column `a.b` reads the nested object Tryton
//! 7/8 `search_read` returns for it, `record["a."]["b"]` (`a.b.c` is `record["a."]["b."]["c"]`);
//! a null along the way gives an empty cell, and a record with a literal key `"a.b"` gives that
//! value. An empty column list means the keys of the first record (minus the `"a."` objects).
//!
//! Cells in `csv` and `table` are rendered with [`render`]: null is empty, dates and times
//! are ISO 8601, decimals their exact text, numbers as sent (SQLite's `1`/`0` booleans stay
//! numbers; nothing here knows field types). Bytes are base64 in CSV and `<N bytes>` in tables.
//! Lists (One2Many/Many2Many ids, MultiSelection values) are their items joined by `", "`, in
//! full in CSV; in a table a list of more than 3 integers is shortened to `[N ids]`. Control
//! characters other than line breaks are shown escaped in tables (`\t`, `\u{1b}`), so data
//! cannot move the cursor or change colours; CSV keeps every character.

use std::io::{self, Write};

use comfy_table::{Cell, Table};
use serde_json::{Map, Value};

use super::render::{BytesAs, render};
use super::table::{new_table, table_cell};
use super::{Format, Options};

enum Sink<W: Write> {
    Json { out: W, pretty: bool, count: u64 },
    Ndjson { out: W },
    Csv { out: csv::Writer<W>, header: bool },
    Table { out: W, table: Option<Table> },
}

pub struct RecordWriter<W: Write> {
    sink: Sink<W>,
    columns: Vec<String>,
    options: Options,
}

impl<W: Write> RecordWriter<W> {
    /// Nothing is written before the first batch (or [`RecordWriter::finish`]).
    pub fn new(out: W, format: Format, columns: &[String], options: Options) -> Self {
        let sink = match format {
            Format::Json => Sink::Json {
                out,
                pretty: options.pretty,
                count: 0,
            },
            Format::Ndjson => Sink::Ndjson { out },
            Format::Csv => Sink::Csv {
                out: csv::WriterBuilder::new()
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(out),
                header: false,
            },
            Format::Table => Sink::Table { out, table: None },
        };
        RecordWriter {
            sink,
            columns: columns.to_vec(),
            options,
        }
    }

    /// Writes one page of records (a table only keeps them until [`RecordWriter::finish`]).
    pub fn write_batch(&mut self, records: &[Value]) -> io::Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        if self.columns.is_empty()
            && let Some(Value::Object(first)) = records.first()
        {
            self.columns = columns_of(first);
        }
        match &mut self.sink {
            Sink::Json { out, pretty, count } => {
                for record in records {
                    out.write_all(match (*count, *pretty) {
                        (0, false) => b"[",
                        (0, true) => b"[\n",
                        (_, false) => b",",
                        (_, true) => b",\n",
                    })?;
                    if *pretty {
                        write_indented(out, record)?;
                    } else {
                        serde_json::to_writer(&mut *out, record)?;
                    }
                    *count += 1;
                }
                out.flush()
            }
            Sink::Ndjson { out } => {
                for record in records {
                    serde_json::to_writer(&mut *out, record)?;
                    out.write_all(b"\n")?;
                }
                out.flush()
            }
            Sink::Csv { out, header } => {
                if !*header && !self.columns.is_empty() {
                    out.write_record(&self.columns)?;
                    *header = true;
                }
                for record in records {
                    out.write_record(
                        self.columns
                            .iter()
                            .map(|column| render(lookup(record, column), BytesAs::Base64)),
                    )?;
                }
                out.flush()
            }
            Sink::Table { table, .. } => {
                let table = table.get_or_insert_with(|| new_table(&self.columns, &self.options));
                for record in records {
                    table.add_row(
                        self.columns
                            .iter()
                            .map(|column| Cell::new(table_cell(lookup(record, column))))
                            .collect::<Vec<_>>(),
                    );
                }
                Ok(())
            }
        }
    }

    /// Closes the JSON array, writes the CSV header or the table if no batch did, and flushes.
    pub fn finish(self) -> io::Result<()> {
        match self.sink {
            Sink::Json {
                mut out,
                pretty,
                count,
            } => {
                out.write_all(match (count, pretty) {
                    (0, _) => b"[]\n",
                    (_, false) => b"]\n",
                    (_, true) => b"\n]\n",
                })?;
                out.flush()
            }
            Sink::Ndjson { mut out } => out.flush(),
            Sink::Csv { mut out, header } => {
                if !header && !self.columns.is_empty() {
                    out.write_record(&self.columns)?;
                }
                out.flush()?;
                let mut out = out.into_inner().map_err(|err| err.into_error())?;
                out.flush()
            }
            Sink::Table { mut out, table } => {
                if self.columns.is_empty() {
                    return out.flush();
                }
                let table = table.unwrap_or_else(|| new_table(&self.columns, &self.options));
                for line in table.lines() {
                    out.write_all(line.trim_end().as_bytes())?;
                    out.write_all(b"\n")?;
                }
                out.flush()
            }
        }
    }
}

/// The keys of a record, without the `"a."` objects that hold dotted fields.
fn columns_of(record: &Map<String, Value>) -> Vec<String> {
    record
        .keys()
        .filter(|key| !key.ends_with('.'))
        .cloned()
        .collect()
}

/// The value of a column in a record; null when it is missing.
pub fn lookup<'a>(record: &'a Value, column: &str) -> &'a Value {
    static NULL: Value = Value::Null;
    if let Some(value) = record.get(column) {
        return value;
    }
    let mut current = record;
    let mut parts = column.split('.').peekable();
    while let Some(part) = parts.next() {
        if current.is_null() {
            return &NULL;
        }
        let key = if parts.peek().is_some() {
            format!("{part}.")
        } else {
            part.to_string()
        };
        match current.get(&key) {
            Some(value) => current = value,
            None => return &NULL,
        }
    }
    current
}

/// Pretty JSON for one array element: indented by two more spaces than the array.
fn write_indented<W: Write>(out: &mut W, record: &Value) -> io::Result<()> {
    let text = serde_json::to_string_pretty(record)?;
    // Line breaks inside JSON text only come from the formatter (strings escape theirs).
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(b"  ")?;
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const TRICKY: &str = "Zoë Ünïcødé 株式会社 🚀";
    const BIG: &str = "12345678901234567890.123456789";

    fn columns(names: &[&str]) -> Vec<String> {
        names.iter().map(|name| name.to_string()).collect()
    }

    /// Runs the writer over the batches and returns what it wrote.
    fn write(format: Format, names: &[&str], options: Options, batches: &[Vec<Value>]) -> String {
        let mut out = Vec::new();
        let mut writer = RecordWriter::new(&mut out, format, &columns(names), options);
        for batch in batches {
            writer.write_batch(batch).expect("write");
        }
        writer.finish().expect("finish");
        String::from_utf8(out).expect("UTF-8")
    }

    fn records() -> Vec<Value> {
        let decimal = format!(r#"{{"__class__":"Decimal","decimal":"{BIG}"}}"#);
        let first: Value = serde_json::from_str(&format!(
            r#"{{"id":1,"name":"ACME, \"Corp\"\nline 2","party":7,
                "party.":{{"rec_name":"{TRICKY}","id":7}},
                "create_date":{{"__class__":"datetime","year":2026,"month":1,"day":2,
                    "hour":3,"minute":4,"second":5,"microsecond":0}},
                "amount":{decimal},"lines":[1,2,3,4,5],"active":1}}"#
        ))
        .unwrap();
        let second = json!({"id": 2, "name": TRICKY, "party": null, "party.": null,
            "create_date": null, "amount": null, "lines": [8, 9], "active": 0});
        vec![first, second]
    }

    const NAMES: &[&str] = &[
        "id",
        "name",
        "party.rec_name",
        "create_date",
        "amount",
        "lines",
        "active",
    ];

    #[test]
    fn formats_are_named_as_the_help_says() {
        use clap::ValueEnum;
        let names: Vec<_> = Format::value_variants()
            .iter()
            .map(|f| f.to_possible_value().unwrap().get_name().to_string())
            .collect();
        assert_eq!(names, ["table", "json", "ndjson", "csv"]);
    }

    #[test]
    fn json_streams_one_array_of_raw_records() {
        let all = records();
        let batches = vec![all[..1].to_vec(), Vec::new(), all[1..].to_vec()];
        for pretty in [false, true] {
            let options = Options {
                pretty,
                ..Options::default()
            };
            let text = write(Format::Json, NAMES, options, &batches);
            let parsed: Value = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(parsed, Value::Array(all.clone()), "pretty={pretty}");
            assert!(text.ends_with("]\n"));
            assert_eq!(text.lines().count() == 1, !pretty, "{text}");
            // Tagged values and the exact decimal text are kept.
            assert!(text.contains(r#""__class__":"#), "{text}");
            assert!(text.contains(&format!("\"{BIG}\"")), "{text}");
        }
        let compact = write(Format::Json, NAMES, Options::default(), &[records()]);
        assert!(compact.starts_with(r#"[{"id":1,"name":"#), "{compact}");
    }

    #[test]
    fn pretty_json_is_indented_inside_the_array() {
        let options = Options {
            pretty: true,
            ..Options::default()
        };
        let text = write(
            Format::Json,
            &["id"],
            options,
            &[vec![json!({"id": 1}), json!({"id": 2, "l": [1]})]],
        );
        assert_eq!(
            text,
            "[\n  {\n    \"id\": 1\n  },\n  {\n    \"id\": 2,\n    \"l\": [\n      1\n    ]\n  }\n]\n"
        );
    }

    #[test]
    fn ndjson_is_one_record_per_line() {
        let all = records();
        let text = write(
            Format::Ndjson,
            NAMES,
            Options::default(),
            &[all[..1].to_vec(), all[1..].to_vec()],
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        for (line, record) in lines.iter().zip(&all) {
            let parsed: Value = serde_json::from_str(line).expect("each line is JSON");
            assert_eq!(&parsed, record);
        }
        assert!(text.ends_with('\n'));
    }

    fn read_csv(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|row| row.expect("valid CSV").iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn csv_round_trips_tricky_values() {
        let all = records();
        let text = write(
            Format::Csv,
            NAMES,
            Options::default(),
            &[all[..1].to_vec(), all[1..].to_vec()],
        );
        assert!(text.contains("\r\n"), "RFC 4180 line ends");
        let rows = read_csv(&text);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], columns(NAMES));
        assert_eq!(
            rows[1],
            [
                "1",
                "ACME, \"Corp\"\nline 2",
                TRICKY,
                "2026-01-02T03:04:05",
                BIG,
                "1, 2, 3, 4, 5",
                "1"
            ]
        );
        assert_eq!(rows[2], ["2", TRICKY, "", "", "", "8, 9", "0"]);
    }

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let text = write(
            Format::Csv,
            &["a", "b", "c", "d"],
            Options::default(),
            &[vec![
                json!({"a": "x,y", "b": "say \"hi\"", "c": "plain", "d": "two\nlines"}),
            ]],
        );
        assert_eq!(
            text,
            "a,b,c,d\r\n\"x,y\",\"say \"\"hi\"\"\",plain,\"two\nlines\"\r\n"
        );
    }

    #[test]
    fn csv_decimal_and_bytes() {
        let value: Value = serde_json::from_str(&format!(
            r#"{{"amount":{{"__class__":"Decimal","decimal":"{BIG}"}},"raw":{BIG},
                "data":{{"__class__":"bytes","base64":"aGVsbG8gd29ybGQ=\n"}}}}"#
        ))
        .unwrap();
        let text = write(
            Format::Csv,
            &["amount", "raw", "data"],
            Options::default(),
            &[vec![value]],
        );
        assert_eq!(read_csv(&text)[1], [BIG, BIG, "aGVsbG8gd29ybGQ="], "{text}");
        assert!(text.contains(&format!("{BIG},{BIG},")), "{text}");
    }

    #[test]
    fn empty_results() {
        let names = &["id", "name"];
        let none: &[Vec<Value>] = &[];
        let empty_batch: &[Vec<Value>] = &[Vec::new()];
        for batches in [none, empty_batch] {
            assert_eq!(
                write(Format::Json, names, Options::default(), batches),
                "[]\n"
            );
            let pretty = Options {
                pretty: true,
                ..Options::default()
            };
            assert_eq!(write(Format::Json, names, pretty, batches), "[]\n");
            assert_eq!(
                write(Format::Ndjson, names, Options::default(), batches),
                ""
            );
            assert_eq!(
                write(Format::Csv, names, Options::default(), batches),
                "id,name\r\n"
            );
            let table = write(Format::Table, names, Options::default(), batches);
            assert_eq!(table.lines().count(), 4, "{table}");
            assert!(table.contains("id") && table.contains("name"), "{table}");
        }
        // No columns and no records: nothing to show.
        assert_eq!(write(Format::Table, &[], Options::default(), &[]), "");
        assert_eq!(write(Format::Csv, &[], Options::default(), &[]), "");
    }

    #[test]
    fn dotted_columns() {
        let record = json!({
            "id": 1,
            "party": 7,
            "party.": {"rec_name": "ACME", "id": 7,
                       "address.": {"city": "Liège"}, "address": 3},
            "parent": null,
            "parent.": null,
            "odd.key": "literal",
        });
        assert_eq!(lookup(&record, "party"), &json!(7));
        assert_eq!(lookup(&record, "party.rec_name"), &json!("ACME"));
        assert_eq!(lookup(&record, "party.id"), &json!(7));
        assert_eq!(lookup(&record, "party.address.city"), &json!("Liège"));
        assert_eq!(lookup(&record, "parent.rec_name"), &Value::Null);
        assert_eq!(lookup(&record, "odd.key"), &json!("literal"));
        assert_eq!(lookup(&record, "missing"), &Value::Null);
        assert_eq!(lookup(&record, "party.missing"), &Value::Null);
        assert_eq!(lookup(&record, "id.x"), &Value::Null);

        let text = write(
            Format::Csv,
            &[
                "id",
                "party.rec_name",
                "party.address.city",
                "parent.rec_name",
            ],
            Options::default(),
            &[vec![record]],
        );
        assert_eq!(read_csv(&text)[1], ["1", "ACME", "Liège", ""]);
    }

    #[test]
    fn columns_default_to_the_first_records_keys() {
        let text = write(Format::Csv, &[], Options::default(), &[records()]);
        let rows = read_csv(&text);
        assert_eq!(
            rows[0],
            [
                "id",
                "name",
                "party",
                "create_date",
                "amount",
                "lines",
                "active"
            ]
        );
        assert_eq!(rows[2][2], "");
        // An empty first page does not fix the columns too early.
        let text = write(
            Format::Table,
            &[],
            Options::default(),
            &[Vec::new(), records()],
        );
        let header = text.lines().nth(1).expect("header line");
        assert!(header.contains("id") && header.contains("active"), "{text}");
    }

    fn width(line: &str) -> usize {
        // Every character used in these tests is one column wide, except the CJK ones and the
        // emoji, which are two.
        line.chars()
            .map(|c| {
                if ('\u{3000}'..='\u{9fff}').contains(&c) || c == '🚀' {
                    2
                } else {
                    1
                }
            })
            .sum()
    }

    #[test]
    fn table_fits_the_width() {
        let options = Options {
            width: Some(60),
            ..Options::default()
        };
        let names = &["id", "name", "party.rec_name", "create_date", "lines"];
        let mut batch = records();
        let long = "a rather long name ".repeat(8);
        batch.push(json!({"id": 3, "name": long, "lines": []}));
        let text = write(Format::Table, names, options, std::slice::from_ref(&batch));
        for line in text.lines() {
            assert!(width(line) <= 60, "{} columns: {line}\n{text}", width(line));
        }
        assert!(text.lines().count() > 10, "long cells wrap:\n{text}");
        for expected in ["[5 ids]", "8, 9", "株式会社", "🚀", "create_date"] {
            assert!(text.contains(expected), "{expected} missing:\n{text}");
        }
        assert!(!text.contains('\u{1b}'), "no styling without colour");

        // Unknown width: nothing wraps, the long name stays on one line.
        let text = write(Format::Table, names, Options::default(), &[batch]);
        assert!(text.contains(long.trim_end()), "{text}");
        assert!(text.lines().any(|line| width(line) > 60));
    }

    #[test]
    fn table_buffers_batches_and_styles_the_header_with_colour() {
        let all = records();
        let options = Options {
            color: true,
            width: Some(100),
            pretty: false,
        };
        let text = write(
            Format::Table,
            &["id", "name"],
            options,
            &[all[..1].to_vec(), all[1..].to_vec()],
        );
        assert!(text.contains('\u{1b}'), "styled header:\n{text}");
        let first = text.find("ACME").expect("row 1");
        let second = text.find(TRICKY).expect("row 2");
        assert!(first < second);
    }
}
