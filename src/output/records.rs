//! Record writers for `search`, `read`, `models`, `fields` and `call -o table|vertical`, fed one
//! server page at a time.
//!
//! Columns are the field paths asked for (`name`, `party.rec_name`, `addresses.country.code`),
//! found in each record as [`paths`](super::paths) explains: a Many2One path gives its value, a
//! path through a One2Many or Many2Many gives a list with one value per related record. With no
//! columns given (`call -o table` on a method whose fields are unknown), they are the first
//! record's keys with its nested relations expanded ([`columns_of`]).
//!
//! Formats:
//! - `json`: one JSON array, streamed (`[` with the first batch, `]` at the end; no records is
//!   `[]`), compact (one line) or pretty. Each record is an object keyed by the columns, in their
//!   order (`{"name": "ACME", "addresses.city": ["Paris", "Lyon"]}`), not the server's nesting
//!   (`"addresses.": [{"id": 1, "city": "Paris"}, …]`); without given columns, the record whole.
//!   Values are plain JSON ([`plain`](super::plain): ISO 8601 dates, exact decimal numbers,
//!   durations in seconds, bytes base64) unless `tagged` keeps Tryton's wire form.
//! - `ndjson`: the same objects, one compact object per line, flushed after each batch; no
//!   records is no output at all.
//! - `csv`: RFC 4180 (CRLF line ends, fields quoted when they hold a comma, a quote or a line
//!   break), a header row with the column names, then one row per record. No records is the
//!   header row alone. With `csv_safe`, a cell that starts with `=`, `+`, `-`, `@`, a tab or a
//!   carriage return gets a `'` in front (OWASP's advice against CSV injection), so that a
//!   spreadsheet shows it as text instead of running it as a formula; cells that are plain
//!   numbers (`-12.50`) are left as they are, since no spreadsheet reads them as formulas.
//! - `table`: a table for people, drawn in chunks of bounded size ([`table`](super::table)),
//!   long cells cut with `…` on a terminal. No records is the header alone.
//! - `vertical`: one block per record, `field | value` lines, as psql's `\x`
//!   ([`vertical`](super::vertical)).
//!
//! Cells in `csv`, `table` and `vertical` are rendered with [`render`]: null is empty, dates and
//! times are ISO 8601 (datetimes in UTC with `Z`), decimals their exact text, numbers as sent
//! (the commands that know field types turn SQLite's `1`/`0` booleans into booleans first,
//! [`type_booleans`](super::plain::type_booleans)). Durations are seconds in CSV and `1d 02:03:04` for
//! people; bytes are base64 in CSV and `<N bytes>` for people. Lists (One2Many/Many2Many ids,
//! the values of a dotted path through one, MultiSelection values) are their items joined by
//! `", "`, in full in CSV; for people a list of more than 3 integers is shortened to `[N ids]`.
//! Control characters other than line breaks are shown escaped for people (`\t`, `\u{1b}`), so
//! data cannot move the cursor or change colours; so is CSV written to a terminal, while CSV to a
//! pipe or a file keeps every character.

use std::io::{self, Write};
use std::rc::Rc;

use serde_json::{Map, Value};

use super::paths::{columns_of, resolve};
use super::plain::{is_json_number, make_plain};
use super::render::{Flavor, render};
use super::table::{ChunkedTable, printable, table_cell};
use super::terminal::escape_for_terminal;
use super::vertical::Vertical;
use super::{Format, Jq, Options};

enum Sink<W: Write> {
    Json {
        out: W,
        count: u64,
    },
    Ndjson {
        out: W,
    },
    Csv {
        out: Box<csv::Writer<W>>,
        header: bool,
    },
    Table {
        out: W,
        table: ChunkedTable,
    },
    Vertical {
        out: W,
        vertical: Vertical,
    },
    /// `--jq`: each JSON row through the program, or (`whole`) all the rows at the end.
    Jq {
        out: W,
        jq: Rc<Jq>,
        whole: Option<Vec<Value>>,
    },
}

pub struct RecordWriter<W: Write> {
    sink: Sink<W>,
    columns: Vec<String>,
    /// The columns were given, so JSON rows are keyed by them (otherwise records go whole).
    given: bool,
    options: Options,
}

impl<W: Write> RecordWriter<W> {
    /// Nothing is written before the first batch (or [`RecordWriter::finish`]).
    pub fn new(out: W, format: Format, columns: &[String], options: Options) -> Self {
        let sink = match format {
            Format::Json => Sink::Json { out, count: 0 },
            Format::Ndjson => Sink::Ndjson { out },
            Format::Csv => Sink::Csv {
                out: Box::new(
                    csv::WriterBuilder::new()
                        .terminator(csv::Terminator::CRLF)
                        .from_writer(out),
                ),
                header: false,
            },
            Format::Table => Sink::Table {
                out,
                table: ChunkedTable::default(),
            },
            Format::Vertical => Sink::Vertical {
                out,
                vertical: Vertical::default(),
            },
        };
        RecordWriter {
            sink,
            columns: columns.to_vec(),
            given: !columns.is_empty(),
            options,
        }
    }

    /// The same writer with its JSON rows run through `jq` instead of printed: each row, or
    /// with `whole` the list of them once at the end.
    pub fn through_jq(self, jq: Rc<Jq>, whole: bool) -> Self {
        let out = match self.sink {
            Sink::Json { out, .. } | Sink::Ndjson { out } | Sink::Table { out, .. } => out,
            Sink::Vertical { out, .. } | Sink::Jq { out, .. } => out,
            Sink::Csv { out, .. } => match out.into_inner() {
                Ok(out) => out,
                Err(err) => err
                    .into_inner()
                    .into_inner()
                    .unwrap_or_else(|_| unreachable!()),
            },
        };
        RecordWriter {
            sink: Sink::Jq {
                out,
                jq,
                whole: whole.then(Vec::new),
            },
            ..self
        }
    }

    /// Writes one page of records (a table draws them in chunks of bounded size).
    pub fn write_batch(&mut self, records: &[Value]) -> io::Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        if self.columns.is_empty()
            && let Some(Value::Object(first)) = records.first()
        {
            self.columns = columns_of(first);
        }
        let RecordWriter {
            sink,
            columns,
            given,
            options,
        } = self;
        match sink {
            Sink::Json { out, count } => {
                for record in records {
                    out.write_all(match (*count, options.pretty) {
                        (0, false) => b"[",
                        (0, true) => b"[\n",
                        (_, false) => b",",
                        (_, true) => b",\n",
                    })?;
                    let row = json_row(record, columns, *given, options);
                    if options.pretty {
                        write_indented(out, &row, options)?;
                    } else {
                        write_json(out, &row, options)?;
                    }
                    *count += 1;
                }
                out.flush()
            }
            Sink::Ndjson { out } => {
                for record in records {
                    write_json(out, &json_row(record, columns, *given, options), options)?;
                    out.write_all(b"\n")?;
                }
                out.flush()
            }
            Sink::Csv { out, header } => {
                if !*header && !columns.is_empty() {
                    out.write_record(columns.iter().map(|c| for_stdout(c.clone(), options)))?;
                    *header = true;
                }
                for record in records {
                    out.write_record(
                        columns
                            .iter()
                            .map(|column| csv_cell(&resolve(record, column), options)),
                    )?;
                }
                out.flush()
            }
            Sink::Table { out, table } => {
                for record in records {
                    let cells = columns
                        .iter()
                        .map(|column| table_cell(&resolve(record, column)))
                        .collect();
                    table.push(out, columns, options, cells)?;
                }
                table.flush(out, columns, options)
            }
            Sink::Vertical { out, vertical } => {
                for record in records {
                    vertical.write(out, columns, options, record)?;
                }
                Ok(())
            }
            Sink::Jq { out, jq, whole } => {
                for record in records {
                    let row = json_row(record, columns, *given, options);
                    match whole {
                        Some(rows) => rows.push(row),
                        None => jq.write(&row, out)?,
                    }
                }
                out.flush()
            }
        }
    }

    /// Closes the JSON array, writes the CSV header or the table if no batch did, and flushes.
    pub fn finish(self) -> io::Result<()> {
        match self.sink {
            Sink::Json { mut out, count } => {
                out.write_all(match (count, self.options.pretty) {
                    (0, _) => b"[]\n",
                    (_, false) => b"]\n",
                    (_, true) => b"\n]\n",
                })?;
                out.flush()
            }
            Sink::Ndjson { mut out } => out.flush(),
            Sink::Csv { mut out, header } => {
                if !header && !self.columns.is_empty() {
                    let options = &self.options;
                    out.write_record(self.columns.iter().map(|c| for_stdout(c.clone(), options)))?;
                }
                out.flush()?;
                let mut out = (*out).into_inner().map_err(|err| err.into_error())?;
                out.flush()
            }
            Sink::Table { mut out, table } => table.finish(&mut out, &self.columns, &self.options),
            Sink::Vertical { mut out, vertical } => vertical.finish(&mut out),
            Sink::Jq { mut out, jq, whole } => {
                if let Some(rows) = whole {
                    jq.write(&Value::Array(rows), &mut out)?;
                }
                out.flush()
            }
        }
    }
}

/// One record as a JSON row: keyed by the given columns (or whole), plain unless `tagged`.
fn json_row(record: &Value, columns: &[String], given: bool, options: &Options) -> Value {
    let mut row = if given {
        Value::Object(
            columns
                .iter()
                .map(|column| (column.clone(), resolve(record, column)))
                .collect::<Map<String, Value>>(),
        )
    } else {
        record.clone()
    };
    if !options.tagged {
        make_plain(&mut row);
    }
    row
}

/// A CSV field; with `csv_safe`, text a spreadsheet would run as a formula gets a `'` in front.
fn csv_cell(value: &Value, options: &Options) -> String {
    let text = render(value, Flavor::Csv);
    let text = if options.csv_safe {
        neutralise_formula(text)
    } else {
        text
    };
    for_stdout(text, options)
}

/// CSV read on a terminal by a person gets its control characters shown escaped, as a table
/// does: a value (or a server's answer) cannot retitle the window or write the clipboard. A pipe
/// or a file gets every byte.
fn for_stdout(text: String, options: &Options) -> String {
    if options.terminal {
        printable(&text)
    } else {
        text
    }
}

/// `--csv-safe`: a cell a spreadsheet would run as a formula gets a `'` in front (a number such
/// as -12.50 stays as it is).
pub fn neutralise_formula(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_json_number(&text) {
        format!("'{text}")
    } else {
        text
    }
}

/// Compact JSON; on a terminal with the C1 and bidi controls serde_json leaves as they are
/// escaped (`\u009b`), the same JSON value.
fn write_json<W: Write>(out: &mut W, row: &Value, options: &Options) -> io::Result<()> {
    if options.terminal {
        let text = serde_json::to_string(row)?;
        out.write_all(escape_for_terminal(&text).as_bytes())
    } else {
        serde_json::to_writer(&mut *out, row).map_err(io::Error::from)
    }
}

/// Pretty JSON for one array element: indented by two more spaces than the array.
fn write_indented<W: Write>(out: &mut W, record: &Value, options: &Options) -> io::Result<()> {
    let text = serde_json::to_string_pretty(record)?;
    let text = if options.terminal {
        escape_for_terminal(&text).into_owned()
    } else {
        text
    };
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

    /// What the JSON formats write for `records()` with `NAMES`, plain.
    fn plain_rows() -> Vec<Value> {
        let first: Value = serde_json::from_str(&format!(
            r#"{{"id":1,"name":"ACME, \"Corp\"\nline 2","party.rec_name":"{TRICKY}",
                "create_date":"2026-01-02T03:04:05Z","amount":{BIG},"lines":[1,2,3,4,5],"active":1}}"#
        ))
        .unwrap();
        let second = json!({"id": 2, "name": TRICKY, "party.rec_name": null,
            "create_date": null, "amount": null, "lines": [8, 9], "active": 0});
        vec![first, second]
    }

    #[test]
    fn formats_are_named_as_the_help_says() {
        use clap::ValueEnum;
        let names: Vec<_> = Format::value_variants()
            .iter()
            .map(|f| f.to_possible_value().unwrap().get_name().to_string())
            .collect();
        assert_eq!(names, ["table", "vertical", "json", "ndjson", "csv"]);
    }

    #[test]
    fn json_streams_one_array_of_rows_keyed_by_the_columns() {
        let all = records();
        let batches = vec![all[..1].to_vec(), Vec::new(), all[1..].to_vec()];
        for pretty in [false, true] {
            let options = Options {
                pretty,
                ..Options::default()
            };
            let text = write(Format::Json, NAMES, options, &batches);
            let parsed: Value = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(parsed, Value::Array(plain_rows()), "pretty={pretty}");
            assert!(text.ends_with("]\n"));
            assert_eq!(text.lines().count() == 1, !pretty, "{text}");
            // Plain values, the decimal an exact number.
            assert!(!text.contains(r#""__class__":"#), "{text}");
            assert!(text.contains(&format!(": {BIG},")) || text.contains(&format!(":{BIG},")));
        }
        let compact = write(Format::Json, NAMES, Options::default(), &[records()]);
        assert!(
            compact.starts_with(r#"[{"id":1,"name":"ACME, \"Corp\"\nline 2","party.rec_name":"#),
            "{compact}"
        );
    }

    #[test]
    fn tagged_json_keeps_the_wire_values() {
        let options = Options {
            tagged: true,
            ..Options::default()
        };
        let text = write(
            Format::Json,
            &["amount", "create_date"],
            options,
            &[records()],
        );
        let parsed: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed[0]["amount"], records()[0]["amount"]);
        assert_eq!(parsed[0]["create_date"], records()[0]["create_date"]);
        assert_eq!(
            parsed[0].as_object().unwrap().keys().collect::<Vec<_>>(),
            ["amount", "create_date"]
        );
    }

    #[test]
    fn rows_follow_the_asked_order_and_paths() {
        let record = json!({"id": 1, "name": "P1",
            "addresses.": [{"city": "Paris", "id": 1}, {"city": "Lyon", "id": 2}],
            "create_uid.": {"id": 1, "rec_name": "admin"}});
        let text = write(
            Format::Ndjson,
            &["create_uid.rec_name", "addresses.city", "name"],
            Options::default(),
            &[vec![record]],
        );
        assert_eq!(
            text,
            r#"{"create_uid.rec_name":"admin","addresses.city":["Paris","Lyon"],"name":"P1"}"#
                .to_string()
                + "\n"
        );
    }

    #[test]
    fn without_given_columns_json_records_go_whole() {
        let record = json!({"id": 1, "when": {"__class__":"date","year":2026,"month":1,"day":2}});
        let text = write(Format::Ndjson, &[], Options::default(), &[vec![record]]);
        assert_eq!(text, "{\"id\":1,\"when\":\"2026-01-02\"}\n");
    }

    #[test]
    fn pretty_json_is_indented_inside_the_array() {
        let options = Options {
            pretty: true,
            ..Options::default()
        };
        let text = write(
            Format::Json,
            &["id", "l"],
            options,
            &[vec![
                json!({"id": 1, "l": null}),
                json!({"id": 2, "l": [1]}),
            ]],
        );
        assert_eq!(
            text,
            "[\n  {\n    \"id\": 1,\n    \"l\": null\n  },\n  {\n    \"id\": 2,\n    \"l\": [\n      1\n    ]\n  }\n]\n"
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
        for (line, row) in lines.iter().zip(&plain_rows()) {
            let parsed: Value = serde_json::from_str(line).expect("each line is JSON");
            assert_eq!(&parsed, row);
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
                "2026-01-02T03:04:05Z",
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
    fn csv_decimal_bytes_and_durations() {
        let value: Value = serde_json::from_str(&format!(
            r#"{{"amount":{{"__class__":"Decimal","decimal":"{BIG}"}},"raw":{BIG},
                "data":{{"__class__":"bytes","base64":"aGVsbG8gd29ybGQ=\n"}},
                "delay":{{"__class__":"timedelta","seconds":86403.5}}}}"#
        ))
        .unwrap();
        let text = write(
            Format::Csv,
            &["amount", "raw", "data", "delay"],
            Options::default(),
            &[vec![value]],
        );
        assert_eq!(
            read_csv(&text)[1],
            [BIG, BIG, "aGVsbG8gd29ybGQ=", "86403.5"],
            "{text}"
        );
        assert!(text.contains(&format!("{BIG},{BIG},")), "{text}");
    }

    #[test]
    fn csv_on_a_terminal_shows_control_characters_escaped_and_a_pipe_gets_the_bytes() {
        let hostile = "\u{1b}]0;owned\u{7}\u{9b}31m\u{202e}cba";
        let record = json!({"name": hostile});
        let piped = write(
            Format::Csv,
            &["name"],
            Options::default(),
            &[vec![record.clone()]],
        );
        assert_eq!(read_csv(&piped)[1][0], hostile);
        let options = Options {
            terminal: true,
            ..Options::default()
        };
        let shown = write(Format::Csv, &["name"], options, &[vec![record]]);
        assert!(
            !shown.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "{shown:?}"
        );
        assert_eq!(
            read_csv(&shown)[1][0],
            "\\u{1b}]0;owned\\u{7}\\u{9b}31m\\u{202e}cba"
        );
    }

    #[test]
    fn csv_safe_neutralises_formulas_only_when_asked() {
        let record = json!({"a": "=HYPERLINK(\"http://x\")", "b": "+1+1", "c": "-2+3",
            "d": "@SUM(A1)", "e": "\tx", "f": "\rx", "g": "-12.50", "h": "ok", "i": -3});
        let names = &["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        let unsafe_rows = read_csv(&write(
            Format::Csv,
            names,
            Options::default(),
            &[vec![record.clone()]],
        ));
        assert_eq!(unsafe_rows[1][0], "=HYPERLINK(\"http://x\")");
        let options = Options {
            csv_safe: true,
            ..Options::default()
        };
        let safe_rows = read_csv(&write(Format::Csv, names, options, &[vec![record]]));
        assert_eq!(
            safe_rows[1],
            [
                "'=HYPERLINK(\"http://x\")",
                "'+1+1",
                "'-2+3",
                "'@SUM(A1)",
                "'\tx",
                "'\rx",
                "-12.50",
                "ok",
                "-3"
            ]
        );
        assert_eq!(safe_rows[0], columns(names));
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
            assert_eq!(
                write(Format::Vertical, names, Options::default(), batches),
                "(no records)\n"
            );
        }
        // No columns and no records: nothing to show.
        assert_eq!(write(Format::Table, &[], Options::default(), &[]), "");
        assert_eq!(write(Format::Csv, &[], Options::default(), &[]), "");
    }

    #[test]
    fn dotted_columns_in_flat_formats() {
        let record = json!({
            "id": 1,
            "party": 7,
            "party.": {"rec_name": "ACME", "id": 7,
                       "address.": {"city": "Liège"}, "address": 3},
            "parent": null,
            "parent.": null,
            "addresses.": [{"city": "Paris", "id": 1, "country.": {"code": "FR", "id": 1}},
                           {"city": "Lyon", "id": 2, "country.": null}],
        });
        let names = &[
            "id",
            "party.rec_name",
            "party.address.city",
            "parent.rec_name",
            "addresses.city",
            "addresses.country.code",
        ];
        let text = write(
            Format::Csv,
            names,
            Options::default(),
            &[vec![record.clone()]],
        );
        assert_eq!(
            read_csv(&text)[1],
            ["1", "ACME", "Liège", "", "Paris, Lyon", "FR"]
        );
        let table = write(Format::Table, names, Options::default(), &[vec![record]]);
        assert!(table.contains("Paris, Lyon"), "{table}");
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
                "party.rec_name",
                "create_date",
                "amount",
                "lines",
                "active"
            ]
        );
        assert_eq!(rows[1][3], TRICKY);
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
        unicode_width::UnicodeWidthStr::width(line)
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
        assert!(
            !text.contains('…'),
            "nothing is cut off a terminal:\n{text}"
        );

        // Unknown width: nothing wraps, the long name stays on one line.
        let text = write(Format::Table, names, Options::default(), &[batch]);
        assert!(text.contains(long.trim_end()), "{text}");
        assert!(text.lines().any(|line| width(line) > 60));
    }

    #[test]
    fn long_cells_are_cut_on_a_terminal() {
        let long = "x".repeat(5000);
        let batch = vec![json!({"id": 1, "name": long.clone()})];
        for width_known in [Some(40), None] {
            let options = Options {
                terminal: true,
                width: width_known,
                ..Options::default()
            };
            let text = write(
                Format::Table,
                &["id", "name"],
                options,
                std::slice::from_ref(&batch),
            );
            // Borders, header and separator, and at most four lines for the cell.
            assert!(text.lines().count() <= 4 + 4, "{width_known:?}:\n{text}");
            assert!(text.contains('…'), "{text}");
            let widest = text.lines().map(width).max().unwrap();
            let bound = width_known.map_or(90, usize::from);
            assert!(widest <= bound, "{width_known:?}: {widest}\n{text}");
        }
        // Off a terminal every character stays.
        let text = write(Format::Table, &["id", "name"], Options::default(), &[batch]);
        assert!(text.contains(&long));
    }

    #[test]
    fn table_header_is_styled_with_colour() {
        let all = records();
        let options = Options {
            color: true,
            width: Some(100),
            ..Options::default()
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

    /// Rows numbered `n0000`, `n0001`…, all as wide.
    fn numbered(rows: usize) -> Vec<Value> {
        (0..rows)
            .map(|i| json!({"id": i % 10, "name": format!("n{i:04}")}))
            .collect()
    }

    #[test]
    fn a_long_table_is_drawn_in_chunks_as_one_table() {
        use super::super::table::CHUNK_ROWS;
        let rows = CHUNK_ROWS * 2 + 7;
        let batch = numbered(rows);
        // A page of 50 rows, then one of all the rest.
        let batches = vec![batch[..50].to_vec(), batch[50..].to_vec()];
        let text = write(Format::Table, &["id", "name"], Options::default(), &batches);
        let lines: Vec<&str> = text.lines().collect();
        // One top border, one header and its separator, a line per row, one bottom border.
        assert_eq!(lines.len(), 3 + rows + 1, "{text}");
        assert!(lines[0].starts_with('┌') && lines[rows + 3].starts_with('└'));
        assert_eq!(lines.iter().filter(|l| l.starts_with('╞')).count(), 1);
        // Every line as wide as the first: the widths of the first chunk hold throughout.
        let first = width(lines[0]);
        assert!(lines.iter().all(|l| width(l) == first), "{text}");
        for i in [0, 49, 50, CHUNK_ROWS, rows - 1] {
            assert!(
                lines[3 + i].contains(&format!(" n{i:04} ")),
                "row {i}:\n{text}"
            );
        }
    }

    #[test]
    fn wider_values_in_a_later_chunk_start_a_new_table() {
        use super::super::table::CHUNK_ROWS;
        let mut batch = numbered(CHUNK_ROWS + 10);
        let long = "a much longer name than any before";
        batch[CHUNK_ROWS + 3]["name"] = json!(long);
        let text = write(Format::Table, &["id", "name"], Options::default(), &[batch]);
        let lines: Vec<&str> = text.lines().collect();
        // Two tables, each with its header; no value wrapped.
        assert_eq!(lines.iter().filter(|l| l.starts_with('╞')).count(), 2);
        assert_eq!(lines.iter().filter(|l| l.starts_with('┌')).count(), 2);
        assert_eq!(lines.iter().filter(|l| l.starts_with('└')).count(), 2);
        assert_eq!(lines.len(), 2 * 4 + CHUNK_ROWS + 10, "{text}");
        assert!(text.contains(long), "{text}");
    }

    #[test]
    fn a_table_that_fills_the_terminal_goes_on_and_wraps() {
        use super::super::table::CHUNK_ROWS;
        let options = Options {
            width: Some(30),
            ..Options::default()
        };
        let mut batch: Vec<Value> = (0..CHUNK_ROWS + 10)
            .map(|i| json!({"id": i % 10, "name": format!("{i:04} a name that is wide")}))
            .collect();
        batch[CHUNK_ROWS + 3]["name"] = json!("a much longer name than any before it");
        let text = write(Format::Table, &["id", "name"], options, &[batch]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines.iter().filter(|l| l.starts_with('╞')).count(),
            1,
            "{text}"
        );
        assert!(lines.iter().all(|l| width(l) <= 30), "{text}");
        assert!(text.contains("before"), "{text}");
    }

    #[test]
    fn vertical_blocks_from_records() {
        let all = records();
        let text = write(
            Format::Vertical,
            &["id", "party.rec_name", "amount"],
            Options::default(),
            std::slice::from_ref(&all),
        );
        assert!(text.starts_with("-[ RECORD 1 ]"), "{text}");
        assert!(
            text.contains(&format!("party.rec_name | {TRICKY}")),
            "{text}"
        );
        assert!(text.contains(&format!("amount         | {BIG}")), "{text}");
        assert!(text.contains("-[ RECORD 2 ]"), "{text}");
    }
}
