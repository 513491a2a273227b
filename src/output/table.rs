//! Tables for people: comfy-table with the terminal's width, a styled header with colour, cells
//! that cannot drive the terminal, long cells cut on a terminal, and rows drawn in chunks.
//!
//! **Memory.** A table holds at most [`CHUNK_ROWS`] rows, however many records are written
//! (a table of every row kept until the end took 79 MB for 5 000 rows, where NDJSON took 8 MB).
//! Rows are drawn a chunk at a time — every `CHUNK_ROWS` rows, and at the end of each page of
//! records, so that rows show as they arrive — and the bottom border is held back until the end.
//! The first chunk is laid out by comfy-table (fitted to the terminal width when it is known, at
//! its natural width otherwise); its column widths are read back from its top border. A later
//! chunk whose values fit those widths is drawn with exactly them, without header or top border,
//! so the output reads as one table; so is one on a terminal whose width the table already fills
//! (its long values wrap, as in the first chunk). A later chunk with wider values (ids that grew
//! from 3 to 4 digits, a longer name) starts a new table, with its header and its own widths,
//! rather than wrap or cut values a wider column would show whole. Chunks rather than a cap on
//! rows, because a cap would drop (or refuse) rows where the other formats stream any number; the
//! price is a header repeated when the values get wider.
//!
//! **Long cells on a terminal** are cut with `…`: at most [`TERMINAL_LINES`] lines per cell, and
//! where the terminal width is unknown (0 columns, `script`, some CI ptys) at most
//! [`TERMINAL_COLUMN`] columns per column. Tables that go to a pipe or a file keep every
//! character (long cells wrap only where a width is known); CSV and JSON are never cut.

use std::io::{self, Write};

use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Row, Table, Width, presets,
};
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use super::Options;
use super::render::{Flavor, render};

/// Rows drawn at a time: the most a table holds in memory.
pub const CHUNK_ROWS: usize = 200;
/// On a terminal, the most lines a cell takes.
pub const TERMINAL_LINES: usize = 4;
/// On a terminal of unknown width, the widest a column gets (its padding included).
pub const TERMINAL_COLUMN: u16 = 80;

/// A table drawn chunk by chunk (see the module documentation).
#[derive(Default)]
pub struct ChunkedTable {
    rows: Vec<Vec<String>>,
    /// The column widths of the first chunk (padding included), once it is drawn.
    widths: Option<Vec<u16>>,
    /// The bottom border, held back while more rows may come.
    bottom: Option<String>,
    drawn: bool,
}

impl ChunkedTable {
    /// Adds a row; draws the chunk when it is full.
    pub fn push<W: Write>(
        &mut self,
        out: &mut W,
        columns: &[String],
        options: &Options,
        row: Vec<String>,
    ) -> io::Result<()> {
        self.rows.push(row);
        if self.rows.len() >= CHUNK_ROWS {
            self.draw(out, columns, options)?;
        }
        Ok(())
    }

    /// Draws the rows held so far (at the end of each page, so rows show as they arrive).
    pub fn flush<W: Write>(
        &mut self,
        out: &mut W,
        columns: &[String],
        options: &Options,
    ) -> io::Result<()> {
        if !self.rows.is_empty() {
            self.draw(out, columns, options)?;
        }
        out.flush()
    }

    /// Draws what is left (the header alone when there were no rows) and the bottom border.
    pub fn finish<W: Write>(
        mut self,
        out: &mut W,
        columns: &[String],
        options: &Options,
    ) -> io::Result<()> {
        if columns.is_empty() {
            return out.flush();
        }
        if !self.rows.is_empty() || !self.drawn {
            self.draw(out, columns, options)?;
        }
        if let Some(bottom) = self.bottom.take() {
            writeln!(out, "{bottom}")?;
        }
        out.flush()
    }

    fn draw<W: Write>(
        &mut self,
        out: &mut W,
        columns: &[String],
        options: &Options,
    ) -> io::Result<()> {
        let continued = self
            .widths
            .as_ref()
            .is_some_and(|widths| self.fits(widths, options));
        let mut table = if continued {
            let mut table = base_table(options);
            table.set_content_arrangement(ContentArrangement::Disabled);
            table
        } else {
            // The table drawn so far, if any, is closed before a new one starts.
            if let Some(bottom) = self.bottom.take() {
                writeln!(out, "{bottom}")?;
            }
            self.widths = None;
            new_table(columns, options)
        };
        for cells in self.rows.drain(..) {
            let mut row = Row::from(cells);
            if options.terminal {
                row.max_height(TERMINAL_LINES);
            }
            table.add_row(row);
        }
        if continued && let Some(widths) = &self.widths {
            // Constraints apply to existing columns only: set once the rows made them.
            table.set_constraints(
                widths
                    .iter()
                    .map(|width| ColumnConstraint::Absolute(Width::Fixed(*width))),
            );
        }
        let mut lines: Vec<String> = table
            .lines()
            .map(|line| line.trim_end().to_string())
            .collect();
        if !continued {
            self.widths = border_widths(lines.first().map(String::as_str), columns.len());
        }
        self.bottom = lines.pop();
        // A continued chunk has the same top border as the table it continues: left out.
        for line in lines.iter().skip(usize::from(continued)) {
            writeln!(out, "{line}")?;
        }
        self.drawn = true;
        Ok(())
    }
}

impl ChunkedTable {
    /// Whether the rows held can go on in a table of these column widths: each value fits its
    /// column, or the table already fills the terminal (long values wrap there anyway).
    fn fits(&self, widths: &[u16], options: &Options) -> bool {
        let total = widths.iter().map(|w| usize::from(*w)).sum::<usize>() + widths.len() + 1;
        if options
            .width
            .is_some_and(|width| total + 2 >= usize::from(width))
        {
            return true;
        }
        // With an unknown width on a terminal a new table would cap its columns all the same.
        let cap = (options.terminal && options.width.is_none()).then_some(TERMINAL_COLUMN);
        self.rows.iter().all(|row| {
            row.iter().zip(widths).all(|(cell, width)| {
                let needed = cell.split('\n').map(|line| line.width()).max().unwrap_or(0) + 2;
                let needed = cap.map_or(needed, |cap| needed.min(usize::from(cap)));
                needed <= usize::from(*width)
            })
        })
    }
}

fn base_table(options: &Options) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_truncation_indicator("…")
        // The width comes from the options, and styling from `color`, never from probing stdout
        // (the writer may not be stdout).
        .force_no_tty();
    if options.color {
        table.enforce_styling();
    }
    table
}

/// The first chunk's table: the header, laid out by comfy-table.
pub fn new_table(columns: &[String], options: &Options) -> Table {
    let mut table = base_table(options);
    match options.width {
        Some(width) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table.set_header(columns.iter().map(|name| {
        let cell = Cell::new(printable(name));
        if options.color {
            cell.add_attribute(Attribute::Bold).fg(Color::Cyan)
        } else {
            cell
        }
    }));
    if options.terminal && options.width.is_none() {
        table.set_constraints(
            columns
                .iter()
                .map(|_| ColumnConstraint::UpperBoundary(Width::Fixed(TERMINAL_COLUMN))),
        );
    }
    table
}

/// The column widths (padding included) in a top border such as `┌────┬──────┐`; `None` when
/// the line is not one, or has another number of columns.
fn border_widths(top: Option<&str>, columns: usize) -> Option<Vec<u16>> {
    let inner = top?.strip_prefix('┌')?.strip_suffix('┐')?;
    let widths: Vec<u16> = inner
        .split('┬')
        .map(|segment| {
            segment
                .chars()
                .all(|c| c == '─')
                .then(|| segment.chars().count() as u16)
        })
        .collect::<Option<_>>()?;
    (widths.len() == columns && widths.iter().all(|w| *w > 0)).then_some(widths)
}

/// A value as a table cell: long lists of ids shortened, control characters made visible.
pub fn table_cell(value: &Value) -> String {
    if let Value::Array(items) = value
        && items.len() > 3
        && items.iter().all(|item| item.is_i64() || item.is_u64())
    {
        return format!("[{} ids]", items.len());
    }
    printable(&render(value, Flavor::Human))
}

/// Escapes control characters (line breaks excepted) so cells cannot drive the terminal, and
/// the bidi controls (U+202E…) so they cannot make a cell read as something else.
pub fn printable(text: &str) -> String {
    if !text.chars().any(escaped) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

fn escaped(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c as u32, 0x200e | 0x200f | 0x061c | 0x202a..=0x202e | 0x2066..=0x2069)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn table_cells() {
        assert_eq!(table_cell(&json!([1, 2, 3])), "1, 2, 3");
        assert_eq!(table_cell(&json!([1, 2, 3, 4])), "[4 ids]");
        assert_eq!(table_cell(&json!([])), "");
        assert_eq!(table_cell(&json!(["a", "b", "c", "d"])), "a, b, c, d");
        assert_eq!(
            table_cell(&json!("a\tb\u{1b}[31m\nc")),
            "a\\tb\\u{1b}[31m\nc"
        );
        assert_eq!(table_cell(&json!("\u{202e}gpj.exe")), "\\u{202e}gpj.exe");
        assert_eq!(
            table_cell(&json!({"__class__":"bytes","base64":"aGVsbG8gd29ybGQ=\n"})),
            "<11 bytes>"
        );
        assert_eq!(table_cell(&json!(1)), "1");
    }

    #[test]
    fn widths_are_read_from_the_top_border() {
        assert_eq!(border_widths(Some("┌────┬──┐"), 2), Some(vec![4, 2]));
        assert_eq!(border_widths(Some("┌────┬──┐"), 3), None);
        assert_eq!(border_widths(Some("│ id │"), 1), None);
        assert_eq!(border_widths(None, 1), None);
    }
}
