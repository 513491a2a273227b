//! `-o vertical`: one block per record, as psql's expanded display (`\x`), for records too wide
//! for a table:
//!
//! ```text
//! -[ RECORD 1 ]--+------------
//! id             | 12
//! name           | ACME
//! addresses.city | Paris, Lyon
//! -[ RECORD 2 ]--+------------
//! ```
//!
//! Field names are padded to the longest, then ` | ` and the value as in a table cell (dates ISO
//! 8601, exact decimals, `[N ids]`, control characters escaped); a value with line breaks goes on
//! under its ` | `. The header line runs to the widest line of its block, with a `+` above the
//! `|`, as psql draws it. On a terminal, long values are cut with `…` to at most
//! [`TERMINAL_LINES`] screen lines (the terminal's width, or 80 columns when it is unknown), so
//! one long text cannot fill the screen; elsewhere every character is kept. Records are written
//! as they come: nothing is held. No records at all prints `(no records)`.

use std::io::{self, Write};

use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::Options;
use super::paths::resolve;
use super::table::{TERMINAL_LINES, printable, table_cell};

/// The width assumed for a terminal that does not say.
const UNKNOWN_WIDTH: usize = 80;

#[derive(Default)]
pub struct Vertical {
    count: u64,
}

impl Vertical {
    pub fn write<W: Write>(
        &mut self,
        out: &mut W,
        columns: &[String],
        options: &Options,
        record: &Value,
    ) -> io::Result<()> {
        self.count += 1;
        let labels: Vec<String> = columns.iter().map(|c| printable(c)).collect();
        let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
        let terminal_width = options.width.map_or(UNKNOWN_WIDTH, usize::from);
        let room = terminal_width.saturating_sub(label_width + 3).max(10);
        let values: Vec<String> = columns
            .iter()
            .map(|column| {
                let text = table_cell(&resolve(record, column));
                if options.terminal {
                    cut(&text, room, TERMINAL_LINES)
                } else {
                    text
                }
            })
            .collect();
        let value_width = values
            .iter()
            .flat_map(|v| v.split('\n'))
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(0);

        let mut header = format!("-[ RECORD {} ]", self.count);
        let bar = label_width + 1;
        let mut width = label_width + 3 + value_width;
        if options.terminal {
            width = width.min(terminal_width);
        }
        while header.chars().count() < width.max(bar + 1) {
            header.push(if header.chars().count() == bar {
                '+'
            } else {
                '-'
            });
        }
        writeln!(out, "{header}")?;
        for (label, value) in labels.iter().zip(&values) {
            let pad = " ".repeat(label_width - label.width());
            let shown = if options.color {
                format!("\u{1b}[1;36m{label}\u{1b}[0m{pad}")
            } else {
                format!("{label}{pad}")
            };
            let mut lines = value.split('\n');
            let first = lines.next().unwrap_or_default();
            writeln!(out, "{}", format!("{shown} | {first}").trim_end())?;
            for line in lines {
                let blank = " ".repeat(label_width);
                writeln!(out, "{}", format!("{blank} | {line}").trim_end())?;
            }
        }
        out.flush()
    }

    pub fn finish<W: Write>(self, out: &mut W) -> io::Result<()> {
        if self.count == 0 {
            writeln!(out, "(no records)")?;
        }
        out.flush()
    }
}

/// `text` cut to at most `lines` screen lines of `width` columns (a line of the text that is
/// wider takes several), ending in `…` when something was left out.
pub fn cut(text: &str, width: usize, lines: usize) -> String {
    let width = width.max(1);
    let mut out = String::new();
    let mut used = 0;
    for (index, line) in text.split('\n').enumerate() {
        let needs = line.width().div_ceil(width).max(1);
        if index > 0 {
            if used >= lines {
                out.push('…');
                return out;
            }
            out.push('\n');
        }
        if used + needs <= lines {
            out.push_str(line);
            used += needs;
            continue;
        }
        let room = (lines - used) * width - 1;
        let mut taken = 0;
        for c in line.chars() {
            let w = c.width().unwrap_or(0);
            if taken + w > room {
                break;
            }
            out.push(c);
            taken += w;
        }
        out.push('…');
        return out;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn columns(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn write(options: &Options, names: &[&str], records: &[Value]) -> String {
        let mut out = Vec::new();
        let mut vertical = Vertical::default();
        for record in records {
            vertical
                .write(&mut out, &columns(names), options, record)
                .unwrap();
        }
        vertical.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_block_per_record_as_psql() {
        let records = [
            json!({"id": 12, "name": "ACME", "addresses.": [{"city": "Paris", "id": 1}, {"city": "Lyon", "id": 2}]}),
            json!({"id": 13, "name": "Two\nlines", "addresses.": []}),
        ];
        let text = write(
            &Options::default(),
            &["id", "name", "addresses.city"],
            &records,
        );
        assert_eq!(
            text,
            "-[ RECORD 1 ]--+------------\n\
             id             | 12\n\
             name           | ACME\n\
             addresses.city | Paris, Lyon\n\
             -[ RECORD 2 ]--+------\n\
             id             | 13\n\
             name           | Two\n\
             \x20              | lines\n\
             addresses.city |\n"
        );
        assert_eq!(write(&Options::default(), &["id"], &[]), "(no records)\n");
    }

    #[test]
    fn long_values_are_cut_on_a_terminal_only() {
        let long = "x".repeat(5000);
        let record = json!({"id": 1, "name": long});
        let terminal = Options {
            terminal: true,
            width: Some(40),
            ..Options::default()
        };
        let text = write(&terminal, &["id", "name"], std::slice::from_ref(&record));
        assert!(text.lines().count() <= 2 + TERMINAL_LINES, "{text}");
        assert!(text.contains('…'), "{text}");
        let text = write(&Options::default(), &["id", "name"], &[record]);
        assert!(text.contains(&long));
    }

    #[test]
    fn cut_counts_screen_lines() {
        assert_eq!(cut("short", 10, 2), "short");
        assert_eq!(cut("abcdefghijkl", 5, 2), "abcdefghi…");
        assert_eq!(cut("a\nb\nc", 5, 2), "a\nb…");
        assert_eq!(cut("株式会社", 4, 1), "株…");
    }
}
