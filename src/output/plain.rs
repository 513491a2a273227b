//! Plain JSON: Tryton's tagged values (`rpc::codec`) as the values jq and other JSON tools know.
//! The default for record outputs (search, read, models, fields) and `call --plain`; `--tagged`
//! (and `call` by default) keeps the wire form.
//!
//! | Tryton value | plain JSON |
//! |---|---|
//! | `datetime` | `"2026-11-26T01:13:59.327893Z"` (RFC 3339: trytond stores and sends naive UTC) |
//! | `date` | `"2026-11-26"` |
//! | `time` | `"23:05:00"`, `"23:05:00.000010"` |
//! | `timedelta` | a number of seconds, `86403.5` |
//! | `Decimal` | a JSON number with the same digits, `1234.5600` (never through a float) |
//! | `bytes` | standard base64 text, without line breaks |
//!
//! Booleans are `true`/`false` also where SQLite sends `1`/`0`: the commands that know the
//! fields (`search`, `read`, `export`, `call --plain` on `read`/`search_read`) name the boolean
//! columns ([`type_booleans`]); `--tagged` keeps the wire.
//!
//! Decimals that JSON cannot write as numbers (`NaN`, `Infinity`) become text; a malformed tagged
//! value is left as it came.

use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Number, Value};

use super::render::human;
use crate::rpc::codec::Tagged;

/// Replaces every tagged value inside `value` by its plain form.
pub fn make_plain(value: &mut Value) {
    if let Some(Ok(tagged)) = Tagged::decode(value) {
        *value = plain_of(tagged);
        return;
    }
    match value {
        Value::Array(items) => items.iter_mut().for_each(make_plain),
        Value::Object(map) => map.values_mut().for_each(make_plain),
        _ => {}
    }
}

/// `value` with every tagged value in its plain form.
pub fn plain(mut value: Value) -> Value {
    make_plain(&mut value);
    value
}

/// SQLite's `1`/`0` as the booleans they are, at each of `columns` (the boolean fields' paths)
/// of each record as trytond answers it (nested relations included).
pub fn type_booleans(records: &mut [Value], columns: &[String]) {
    for record in records {
        for column in columns {
            super::paths::for_each_at(record, column, &mut boolean);
        }
    }
}

/// A boolean field's value as a boolean: `1`/`0` become `true`/`false`, anything else stays.
pub fn boolean(value: &mut Value) {
    if let Some(number) = value.as_u64().filter(|n| *n <= 1) {
        *value = Value::Bool(number == 1);
    }
}

fn plain_of(tagged: Tagged) -> Value {
    match tagged {
        Tagged::DateTime { .. } | Tagged::Date { .. } | Tagged::Time { .. } => {
            Value::String(human(&tagged))
        }
        Tagged::TimeDelta { seconds } => number(&seconds),
        Tagged::Decimal(text) => number(&text),
        Tagged::Bytes(data) => Value::String(STANDARD.encode(data)),
    }
}

/// A JSON number with exactly these digits (serde_json's `arbitrary_precision` keeps them; only
/// an exponent is written `1e+2` for `1E+2`), or the text itself when JSON has no such number
/// (`NaN`, `Infinity`).
fn number(text: &str) -> Value {
    let text = text.strip_prefix('+').unwrap_or(text);
    if is_json_number(text)
        && let Ok(number) = Number::from_str(text)
    {
        return Value::Number(number);
    }
    Value::String(text.to_string())
}

/// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
pub(super) fn is_json_number(text: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let body = text.strip_prefix('-').unwrap_or(text);
    let (mantissa, exponent) = match body.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    digits(int)
        && (int == "0" || !int.starts_with('0'))
        && frac.is_none_or(digits)
        && exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn wire(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn tagged_values_become_plain_json() {
        let record = wire(
            r#"{"id": 1,
            "create_date": {"__class__":"datetime","year":2026,"month":11,"day":26,"hour":1,"minute":13,"second":59,"microsecond":327893},
            "date": {"__class__":"date","year":2026,"month":1,"day":2},
            "at": {"__class__":"time","hour":23,"minute":5,"second":0,"microsecond":0},
            "delay": {"__class__":"timedelta","seconds":86403.5},
            "rate": {"__class__":"Decimal","decimal":"1234.5600"},
            "big": {"__class__":"Decimal","decimal":"12345678901234567890.123456789"},
            "data": {"__class__":"bytes","base64":"aGVsbG8gd29ybGQ=\n"},
            "lines": [{"amount": {"__class__":"Decimal","decimal":"-0.10"}}],
            "name": "ACME"}"#,
        );
        let text = plain(record).to_string();
        assert_eq!(
            text,
            concat!(
                r#"{"id":1,"create_date":"2026-11-26T01:13:59.327893Z","date":"2026-01-02","#,
                r#""at":"23:05:00","delay":86403.5,"rate":1234.5600,"#,
                r#""big":12345678901234567890.123456789,"data":"aGVsbG8gd29ybGQ=","#,
                r#""lines":[{"amount":-0.10}],"name":"ACME"}"#
            )
        );
    }

    #[test]
    fn sqlite_booleans_become_booleans_at_the_boolean_columns_only() {
        let mut records = vec![json!({"id": 1, "active": 1, "count": 1,
            "party.": {"id": 2, "active": 0}, "lines.": [{"done": 1}, {"done": 0}, {"done": null}]})];
        let columns = ["active", "party.active", "lines.done"].map(String::from);
        type_booleans(&mut records, &columns);
        assert_eq!(
            records[0],
            json!({"id": 1, "active": true, "count": 1,
                "party.": {"id": 2, "active": false},
                "lines.": [{"done": true}, {"done": false}, {"done": null}]})
        );
    }

    #[test]
    fn decimals_keep_their_digits_or_become_text() {
        let decimal = |text: &str| plain(json!({"__class__": "Decimal", "decimal": text}));
        assert_eq!(decimal("0.10").to_string(), "0.10");
        assert_eq!(decimal("1E+2").to_string(), "1e+2");
        assert_eq!(decimal("-1.50E-7").to_string(), "-1.50e-7");
        assert_eq!(decimal("+5").to_string(), "5");
        assert_eq!(decimal("NaN"), json!("NaN"));
        assert_eq!(decimal("-Infinity"), json!("-Infinity"));
        assert_eq!(decimal(".5"), json!(".5"));
        assert_eq!(decimal("007"), json!("007"));
    }

    #[test]
    fn malformed_and_foreign_objects_are_left_alone() {
        let value = json!({"a": {"__class__": "date", "year": 2026, "month": 13, "day": 1},
            "b": {"__class__": "Eval", "v": 1}});
        assert_eq!(plain(value.clone()), value);
    }
}
