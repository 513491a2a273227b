//! Values as text for people and flat formats (table cells, vertical blocks, CSV fields): Tryton's
//! tagged values (`rpc::codec`) shown as ISO 8601 dates and times and exact decimals; durations
//! as the Tryton client shows them for people and as seconds in CSV (as in plain JSON); bytes as
//! a size for people and base64 in CSV.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use crate::rpc::codec::Tagged;

/// Who reads the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// A person (tables, vertical blocks): `1d 00:00:03.5`, `<11 bytes>`.
    Human,
    /// A program (CSV): durations in seconds (`86403.5`), bytes in base64.
    Csv,
    /// trytond's `import_data` (export's CSV): as `Csv`, and datetimes `YYYY-MM-DD HH:MM:SS`, the
    /// one form it reads.
    Import,
}

/// One value as text for a table cell or a CSV field: tagged values as [`Flavor`] says, strings
/// as they are, lists as their items joined by `", "` (null items left out: an empty relation
/// inside a dotted One2Many path), anything else as JSON.
pub fn render(value: &Value, flavor: Flavor) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Object(_) => match Tagged::decode(value) {
            Some(Ok(Tagged::Bytes(data))) if flavor != Flavor::Human => STANDARD.encode(data),
            Some(Ok(Tagged::TimeDelta { seconds })) if flavor != Flavor::Human => seconds,
            Some(Ok(tagged @ Tagged::DateTime { .. })) if flavor == Flavor::Import => {
                let text = human(&tagged);
                text.trim_end_matches('Z').replacen('T', " ", 1)
            }
            Some(Ok(tagged)) => human(&tagged),
            _ => value.to_string(),
        },
        Value::Array(items) => items
            .iter()
            .filter(|item| !item.is_null())
            .map(|item| render(item, flavor))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// ISO 8601 for dates and times (datetimes in UTC with `Z`, RFC 3339: trytond sends naive UTC),
/// the exact text for decimals, `[Nd ]HH:MM:SS[.ffffff]` for
/// durations (as the Tryton client shows them) and a size for bytes.
pub fn human(tagged: &Tagged) -> String {
    match tagged {
        Tagged::DateTime {
            year,
            month,
            day,
            hour,
            minute,
            second,
            microsecond,
        } => format!(
            "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{}Z",
            fraction(*microsecond)
        ),
        Tagged::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
        Tagged::Time {
            hour,
            minute,
            second,
            microsecond,
        } => format!(
            "{hour:02}:{minute:02}:{second:02}{}",
            fraction(*microsecond)
        ),
        Tagged::TimeDelta { seconds } => human_duration(seconds),
        Tagged::Decimal(text) => text.clone(),
        Tagged::Bytes(data) => format!("<{} bytes>", data.len()),
    }
}

fn fraction(microsecond: u32) -> String {
    if microsecond == 0 {
        String::new()
    } else {
        format!(".{microsecond:06}")
    }
}

fn human_duration(seconds: &str) -> String {
    let (negative, digits) = match seconds.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, seconds),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let Ok(total) = whole.parse::<u64>() else {
        return format!("{seconds} s");
    };
    let frac = frac.trim_end_matches('0');
    let (days, rest) = (total / 86_400, total % 86_400);
    let mut text = String::new();
    if negative {
        text.push('-');
    }
    if days > 0 {
        text.push_str(&format!("{days}d "));
    }
    text.push_str(&format!(
        "{:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    ));
    if !frac.is_empty() {
        text.push('.');
        text.push_str(frac);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn shown(value: Value) -> String {
        render(&value, Flavor::Human)
    }

    #[test]
    fn dates_and_times_render_as_iso_8601() {
        assert_eq!(
            shown(
                json!({"__class__":"datetime","year":2026,"month":11,"day":26,
                "hour":1,"minute":13,"second":59,"microsecond":327893})
            ),
            "2026-11-26T01:13:59.327893Z"
        );
        assert_eq!(
            shown(json!({"__class__":"datetime","year":2026,"month":1,"day":2,
                "hour":3,"minute":4,"second":5,"microsecond":0})),
            "2026-01-02T03:04:05Z"
        );
        assert_eq!(
            shown(json!({"__class__":"date","year":2026,"month":11,"day":26})),
            "2026-11-26"
        );
        assert_eq!(
            shown(json!({"__class__":"time","hour":23,"minute":5,"second":0,"microsecond":10})),
            "23:05:00.000010"
        );
    }

    #[test]
    fn datetimes_for_import_are_the_form_import_data_reads() {
        let at = json!({"__class__":"datetime","year":2026,"month":11,"day":30,
            "hour":8,"minute":0,"second":0,"microsecond":0});
        assert_eq!(render(&at, Flavor::Import), "2026-11-30 08:00:00");
        assert_eq!(render(&at, Flavor::Csv), "2026-11-30T08:00:00Z");
    }

    #[test]
    fn durations_render_as_the_tryton_client_shows_them() {
        let delta: Value =
            serde_json::from_str(r#"{"__class__":"timedelta","seconds":86403.5}"#).unwrap();
        assert_eq!(shown(delta), "1d 00:00:03.5");
        let negative: Value =
            serde_json::from_str(r#"{"__class__":"timedelta","seconds":-90}"#).unwrap();
        assert_eq!(shown(negative.clone()), "-00:01:30");
        assert_eq!(render(&negative, Flavor::Csv), "-90");
        let delta: Value =
            serde_json::from_str(r#"{"__class__":"timedelta","seconds":86403.5}"#).unwrap();
        assert_eq!(render(&delta, Flavor::Csv), "86403.5");
    }

    #[test]
    fn decimals_keep_their_exact_text_and_bytes_their_size() {
        let text = "12345678901234567890.123456789";
        assert_eq!(shown(json!({"__class__":"Decimal","decimal":text})), text);
        let data = json!({"__class__":"bytes","base64":"aGVsbG8gd29ybGQ=\n"});
        assert_eq!(render(&data, Flavor::Human), "<11 bytes>");
        assert_eq!(render(&data, Flavor::Csv), "aGVsbG8gd29ybGQ=");
    }

    #[test]
    fn renders_cells_for_humans() {
        let row = json!([{"__class__":"Decimal","decimal":"1.50"}, null, "ACME", [1, 2], true,
            ["FR", null, "BE"]]);
        let cells: Vec<String> = row
            .as_array()
            .unwrap()
            .iter()
            .map(|v| render(v, Flavor::Human))
            .collect();
        assert_eq!(cells, ["1.50", "", "ACME", "1, 2", "true", "FR, BE"]);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn rendering_any_json_never_panics(text in "\\PC{0,64}") {
                if let Ok(value) = serde_json::from_str::<Value>(&text) {
                    let _ = render(&value, Flavor::Human);
                    let _ = render(&value, Flavor::Csv);
                }
            }
        }
    }
}
