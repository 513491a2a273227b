//! Tables for people: comfy-table with the terminal's width, a styled header with colour, and
//! cells that cannot drive the terminal.

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};
use serde_json::Value;

use super::Options;
use super::render::{BytesAs, render};

pub fn new_table(columns: &[String], options: &Options) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        // The width comes from the options, and styling from `color`, never from probing stdout
        // (the writer may not be stdout).
        .force_no_tty();
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
    if options.color {
        table.enforce_styling();
    }
    table.set_header(columns.iter().map(|name| {
        let cell = Cell::new(printable(name));
        if options.color {
            cell.add_attribute(Attribute::Bold).fg(Color::Cyan)
        } else {
            cell
        }
    }));
    table
}

/// A value as a table cell: long lists of ids shortened, control characters made visible.
pub fn table_cell(value: &Value) -> String {
    if let Value::Array(items) = value
        && items.len() > 3
        && items.iter().all(|item| item.is_i64() || item.is_u64())
    {
        return format!("[{} ids]", items.len());
    }
    printable(&render(value, BytesAs::Size))
}

/// Escapes control characters (line breaks excepted) so cells cannot drive the terminal.
fn printable(text: &str) -> String {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
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
        assert_eq!(
            table_cell(&json!({"__class__":"bytes","base64":"aGVsbG8gd29ybGQ=\n"})),
            "<11 bytes>"
        );
        assert_eq!(table_cell(&json!(1)), "1");
    }
}
