//! The CSV file as `import_data` groups it: rows (a quoted cell may span lines) grouped into
//! records (a row whose top-level columns are all empty continues the record above; trytond's
//! own rule), each row with the exact lines it covers in the file.
//!
//! Line numbers are counted here rather than taken from the CSV reader's positions: the reader
//! ends a record at the `\r` of a CRLF line break and counts lines by `\n`, so its start line of
//! every record after the first is one too low in a CRLF file — what `export` itself, Python's
//! csv module and spreadsheets write.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::Read;
use std::rc::Rc;

use crate::exit::Failure;

/// One row of the file: its cells and the lines it covers.
pub struct Row {
    pub line: u64,
    pub last_line: u64,
    pub cells: Vec<String>,
}

/// One record: its first row and its continuation rows.
pub type Record = Vec<Row>;

/// The first and last line of some records (records never empty).
pub fn lines_of(records: &[Record]) -> (u64, u64) {
    let first = records
        .first()
        .and_then(|r| r.first())
        .map_or(0, |r| r.line);
    let last = records
        .last()
        .and_then(|r| r.last())
        .map_or(first, |r| r.last_line);
    (first, last)
}

/// "line 5" or "lines 5–7".
pub fn describe_lines((first, last): (u64, u64)) -> String {
    if first == last {
        format!("line {first}")
    } else {
        format!("lines {first}–{last}")
    }
}

/// The offsets of the line breaks the CSV reader has been given, kept only until the reader
/// has passed them (so memory stays flat for any file size).
#[derive(Default)]
pub struct Newlines {
    pending: VecDeque<u64>,
    passed: u64,
    read: u64,
}

impl Newlines {
    /// How many `\n` come before byte `offset` (offsets asked for never go down).
    fn before(&mut self, offset: u64) -> u64 {
        while self.pending.front().is_some_and(|&at| at < offset) {
            self.pending.pop_front();
            self.passed += 1;
        }
        self.passed
    }
}

/// The input, counting its line breaks on the way to the CSV reader.
pub struct Counting {
    inner: Box<dyn Read>,
    newlines: Rc<RefCell<Newlines>>,
}

impl Counting {
    pub fn new(inner: Box<dyn Read>) -> (Counting, Rc<RefCell<Newlines>>) {
        let newlines = Rc::new(RefCell::new(Newlines::default()));
        let counting = Counting {
            inner,
            newlines: newlines.clone(),
        };
        (counting, newlines)
    }
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut newlines = self.newlines.borrow_mut();
        let start = newlines.read;
        for (i, byte) in buf[..n].iter().enumerate() {
            if *byte == b'\n' {
                newlines.pending.push_back(start + i as u64);
            }
        }
        newlines.read += n as u64;
        Ok(n)
    }
}

/// The file's rows grouped into records as `import_data` groups them.
pub struct Records {
    pub reader: csv::Reader<Counting>,
    pub newlines: Rc<RefCell<Newlines>>,
    pub name: String,
    pub width: usize,
    /// The columns of the model's own fields: a row with all of them empty continues a record.
    pub top_level: Vec<usize>,
    pub lookahead: Option<Row>,
    /// Lines whose every cell is empty: trytond reads such a row as part of the record above,
    /// where it adds nothing (a record of a sparse export with no value in any column).
    pub empty_lines: Vec<u64>,
}

impl Records {
    /// The next row, with its lines: the last one is the line of the byte before the row's
    /// terminator (the reader's position after the row), the first one that less the line
    /// breaks inside its quoted cells.
    pub fn next_row(&mut self) -> anyhow::Result<Option<Row>> {
        let mut record = csv::StringRecord::new();
        let more = self
            .reader
            .read_record(&mut record)
            .map_err(|err| read_error(&self.name, &err, &self.newlines))?;
        if !more {
            return Ok(None);
        }
        let end = self.reader.position().byte();
        let last_line = 1 + self.newlines.borrow_mut().before(end.saturating_sub(1));
        let inside: u64 = record
            .iter()
            .map(|cell| cell.bytes().filter(|b| *b == b'\n').count() as u64)
            .sum();
        let line = last_line.saturating_sub(inside).max(1);
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
            last_line,
            cells: record.iter().map(str::to_string).collect(),
        }))
    }

    fn continues(&self, row: &Row) -> bool {
        !self.top_level.is_empty() && self.top_level.iter().all(|&i| row.cells[i].is_empty())
    }

    pub fn next_record(&mut self) -> anyhow::Result<Option<Record>> {
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
                if row.cells.iter().all(String::is_empty) {
                    self.empty_lines.push(row.line);
                }
                record.push(row);
            } else {
                self.lookahead = Some(row);
                break;
            }
        }
        Ok(Some(record))
    }

    /// A warning for the rows that add nothing, if there were any.
    pub fn empty_rows_warning(&self) -> Option<String> {
        let lines = &self.empty_lines;
        let first = lines.first()?;
        let listed: Vec<String> = lines.iter().take(5).map(u64::to_string).collect();
        let more = if lines.len() > 5 { ", …" } else { "" };
        Some(format!(
            "{} line(s) of {} have every cell empty (line{} {}{more}): trytond reads each as part of the record above, where it adds nothing — a record needs a value in one of its own columns (export with a column every record has, e.g. name or code){}",
            lines.len(),
            self.name,
            if lines.len() > 1 { "s" } else { "" },
            listed.join(", "),
            if *first == 2 {
                "; the first record of the file has none either"
            } else {
                ""
            },
        ))
    }

    /// How far the file has been read, in bytes.
    pub fn position(&self) -> u64 {
        self.reader.position().byte()
    }
}

/// A CSV reader over `input` that counts lines for [`Records`]: `delimiter` between cells, the
/// bytes decoded from `encoding` (UTF-8 is read as it is, so that a byte that is not UTF-8 is an
/// error naming `--encoding` rather than a replacement character in the data).
pub fn reader(
    input: Box<dyn Read>,
    delimiter: u8,
    encoding: &'static encoding_rs::Encoding,
) -> (csv::Reader<Counting>, Rc<RefCell<Newlines>>) {
    let input: Box<dyn Read> = if encoding == encoding_rs::UTF_8 {
        input
    } else {
        Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding))
                .build(input),
        )
    };
    let (counting, newlines) = Counting::new(input);
    let reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(counting);
    (reader, newlines)
}

/// A CSV reading error in words that say what to do: bytes that are not UTF-8 name
/// `--encoding`.
pub fn read_error(name: &str, err: &csv::Error, newlines: &RefCell<Newlines>) -> Failure {
    if let csv::ErrorKind::Utf8 { pos, .. } = err.kind() {
        let line = pos
            .as_ref()
            .map_or(0, |pos| 1 + newlines.borrow_mut().before(pos.byte() + 1));
        return Failure::usage(format!(
            "{name} line {line} is not UTF-8 text: give the file's encoding, e.g. --encoding windows-1252 (what spreadsheets on Windows save as CSV) or --encoding latin1"
        ));
    }
    Failure::usage(format!("{name}: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(u64, u64)> {
        let input = Box::new(std::io::Cursor::new(text.to_string()));
        let (mut reader, newlines) = reader(input, b',', encoding_rs::UTF_8);
        let mut header = csv::StringRecord::new();
        reader.read_record(&mut header).unwrap();
        let mut records = Records {
            reader,
            newlines,
            name: "f".into(),
            width: header.len(),
            top_level: vec![0],
            lookahead: None,
            empty_lines: Vec::new(),
        };
        let mut found = Vec::new();
        while let Some(row) = records.next_row().unwrap() {
            found.push((row.line, row.last_line));
        }
        found
    }

    #[test]
    fn rows_know_their_lines_in_lf_and_crlf_files() {
        let lf = "name,code\na,1\nb,2\n\"c\nc\",3\nd,4\n";
        assert_eq!(lines(lf), [(2, 2), (3, 3), (4, 5), (6, 6)]);
        let crlf = lf.replace('\n', "\r\n");
        assert_eq!(lines(&crlf), [(2, 2), (3, 3), (4, 5), (6, 6)]);
        let no_final_break = "name,code\r\na,1\r\nb,2";
        assert_eq!(lines(no_final_break), [(2, 2), (3, 3)]);
        let with_bom = "\u{feff}name,code\r\na,1\r\nb,2\r\n";
        assert_eq!(lines(with_bom), [(2, 2), (3, 3)]);
        let blank_lines = "name,code\n\na,1\n\n\nb,2\n";
        assert_eq!(lines(blank_lines), [(3, 3), (6, 6)]);
    }
}
