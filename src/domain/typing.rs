//! The short form's values typed by their fields: text, exact numbers and decimals, booleans,
//! Tryton's tagged dates, times and durations, and a relation's id or name. Tagged values are
//! written by the codec's encoder, as trytond's own.

use serde_json::Value;

use super::ast::{Clause, Domain, FieldType, Item, Operand, Word};
use super::{DomainError, calendar};
use crate::rpc::codec::{Tagged, is_decimal};

impl Domain {
    pub(super) fn build(&self, type_of: impl Fn(&str) -> FieldType) -> Result<Value, DomainError> {
        let groups = match self {
            Domain::Json(value) => return Ok(value.clone()),
            Domain::Short(groups) => groups,
        };
        let mut built: Vec<Vec<Value>> = Vec::with_capacity(groups.len());
        for group in groups {
            let mut clauses = Vec::with_capacity(group.len());
            for clause in group {
                clauses.push(clause.typed(type_of(&clause.field))?);
            }
            built.push(clauses);
        }
        if built.len() <= 1 {
            return Ok(Value::Array(built.pop().unwrap_or_default()));
        }
        let mut domain = Vec::with_capacity(built.len() + 1);
        domain.push(Value::String("OR".into()));
        for mut group in built {
            domain.push(if group.len() == 1 {
                group.pop().expect("one clause")
            } else {
                Value::Array(group)
            });
        }
        Ok(Value::Array(domain))
    }
}

impl Clause {
    /// `[field, operator, value]`, the value typed by the field's type.
    fn typed(&self, field_type: FieldType) -> Result<Value, DomainError> {
        let clause = |field: String, value: Value| {
            Value::Array(vec![
                Value::String(field),
                Value::String(self.operator.clone()),
                value,
            ])
        };
        let tree = self.operator.ends_with("child_of") || self.operator.ends_with("parent_of");
        let pattern = self.operator.ends_with("like");
        let by_name = format!("{}.rec_name", self.field);
        match &self.operand {
            Operand::Json(value) => Ok(clause(self.field.clone(), value.clone())),
            Operand::Word(word) if field_type == FieldType::Relation => {
                if word.is_null() {
                    Ok(clause(self.field.clone(), Value::Null))
                } else if let Some(id) = word.id().filter(|_| !pattern) {
                    Ok(clause(self.field.clone(), Value::from(id)))
                } else if tree {
                    // Tryton looks a text up by name itself for child_of and parent_of.
                    Ok(clause(self.field.clone(), Value::String(word.text.clone())))
                } else {
                    Ok(clause(by_name, Value::String(word.text.clone())))
                }
            }
            Operand::Word(word) if pattern && field_type != FieldType::Untyped => {
                // like/ilike compare text, whatever the field.
                let value = if word.is_null() {
                    Value::Null
                } else {
                    Value::String(word.text.clone())
                };
                Ok(clause(self.field.clone(), value))
            }
            Operand::Word(word) => Ok(clause(self.field.clone(), self.value(field_type, word)?)),
            Operand::List(items) if field_type == FieldType::Relation => {
                let all_ids = items.iter().all(|item| match item {
                    Item::Word(word) => word.is_null() || word.id().is_some(),
                    Item::Json(_) => true,
                });
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(match item {
                        Item::Json(value) => value.clone(),
                        Item::Word(word) if word.is_null() => Value::Null,
                        Item::Word(word) => match word.id() {
                            Some(id) if all_ids => Value::from(id),
                            _ => Value::String(word.text.clone()),
                        },
                    });
                }
                let field = if all_ids || tree {
                    self.field.clone()
                } else {
                    by_name
                };
                Ok(clause(field, Value::Array(values)))
            }
            Operand::List(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(match item {
                        Item::Json(value) => value.clone(),
                        Item::Word(word) => self.value(field_type, word)?,
                    });
                }
                Ok(clause(self.field.clone(), Value::Array(values)))
            }
        }
    }

    /// One value for a field of this type.
    fn value(&self, field_type: FieldType, word: &Word) -> Result<Value, DomainError> {
        if word.is_null() {
            return Ok(Value::Null);
        }
        if field_type == FieldType::Untyped {
            return Ok(if word.quoted {
                Value::String(word.text.clone())
            } else {
                scalar(&word.text)
            });
        }
        coerce(field_type, &word.text).map_err(|expected| {
            DomainError::Value(format!(
                "'{} {} {}': {} is {}, and '{}' is not {expected}",
                self.field,
                self.operator,
                if word.quoted {
                    format!("'{}'", word.text)
                } else {
                    word.text.clone()
                },
                self.field,
                field_type.described(),
                word.text
            ))
        })
    }
}

/// A bare word as a JSON value: numbers (exact text), true/false/null, else the text.
fn scalar(text: &str) -> Value {
    match text {
        "true" => return Value::Bool(true),
        "false" => return Value::Bool(false),
        "null" => return Value::Null,
        _ => {}
    }
    let numeric = text.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'));
    if numeric && let Ok(number) = serde_json::from_str::<serde_json::Number>(text) {
        return Value::Number(number);
    }
    Value::String(text.to_string())
}

/// `text` as a value of `field_type` (not Relation or Untyped, which the clause handles); the
/// error says what was expected. Also how `create` and `write` type the values people write.
pub fn coerce(field_type: FieldType, text: &str) -> Result<Value, &'static str> {
    let trimmed = text.trim();
    match field_type {
        FieldType::Text | FieldType::Relation | FieldType::Untyped => {
            Ok(Value::String(text.to_string()))
        }
        FieldType::Number => number(trimmed).map(Value::Number).ok_or("a number"),
        FieldType::Numeric => {
            if is_decimal(trimmed) {
                Ok(Tagged::Decimal(trimmed.trim_start_matches('+').to_string()).encode())
            } else {
                Err("a decimal number (e.g. 12.50)")
            }
        }
        FieldType::Boolean => match trimmed.to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Ok(Value::Bool(true)),
            "false" | "0" | "no" => Ok(Value::Bool(false)),
            _ => Err("a boolean (true or false, 1 or 0, yes or no)"),
        },
        FieldType::Date => calendar::date(trimmed)
            .map(|date| date.encode())
            .ok_or("a date (YYYY-MM-DD)"),
        FieldType::DateTime => calendar::datetime(trimmed).map(|at| at.encode()).ok_or(
            "a datetime (YYYY-MM-DD, 'YYYY-MM-DD HH:MM[:SS]' or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]; UTC unless an offset is given)",
        ),
        FieldType::Time => calendar::time(trimmed)
            .map(|time| time.encode())
            .ok_or("a time (HH:MM[:SS[.ffffff]])"),
        FieldType::TimeDelta => duration_seconds(trimmed)
            .map(|seconds| {
                Tagged::TimeDelta {
                    seconds: seconds.to_string(),
                }
                .encode()
            })
            .ok_or("a duration (seconds, or e.g. 90m, 1h 30m, 2days)"),
    }
}

/// A JSON number from its text, kept exactly: `42`, `-7`, `1.50`, `1e3`; also `+5` and `007`.
fn number(text: &str) -> Option<serde_json::Number> {
    if let Ok(int) = text.parse::<i64>() {
        return Some(int.into());
    }
    if !is_decimal(text) {
        return None;
    }
    serde_json::from_str(text.trim_start_matches('+')).ok()
}

/// Seconds as a JSON number: plain seconds (`90`, `1.5`, exact text) or a duration (`90m`,
/// `1h 30m`, `2days`).
fn duration_seconds(text: &str) -> Option<serde_json::Number> {
    if let Some(number) = number(text) {
        return Some(number);
    }
    let duration = humantime::parse_duration(text).ok()?;
    let seconds = duration.as_secs();
    let micros = duration.subsec_micros();
    let text = if micros == 0 {
        seconds.to_string()
    } else {
        format!("{seconds}.{micros:06}")
    };
    serde_json::from_str(&text).ok()
}

#[cfg(test)]
mod typed {
    use super::*;
    use crate::domain::parse_domain;
    use serde_json::json;

    /// The domain typed with these field types (any other field is Untyped).
    fn typed(words: &[&str], types: &[(&str, FieldType)]) -> Result<Value, String> {
        let args: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let domain = parse_domain(&args).map_err(|err| err.to_string())?;
        domain
            .typed(|field| {
                types
                    .iter()
                    .find(|(name, _)| *name == field)
                    .map_or(FieldType::Untyped, |(_, t)| *t)
            })
            .map_err(|err| err.to_string())
    }

    fn value(field_type: FieldType, word: &str) -> Value {
        typed(&["f", "=", word], &[("f", field_type)]).unwrap()[0][2].clone()
    }

    fn value_error(field_type: FieldType, word: &str) -> String {
        typed(&["f", "=", word], &[("f", field_type)]).unwrap_err()
    }

    #[test]
    fn text_fields_get_text_whatever_the_spelling() {
        for (written, sent) in [
            ("3", "3"),
            ("1e3", "1e3"),
            ("true", "true"),
            ("007", "007"),
            ("-1.50", "-1.50"),
            ("'x y'", "x y"),
        ] {
            assert_eq!(value(FieldType::Text, written), json!(sent), "{written}");
        }
        assert_eq!(value(FieldType::Text, "null"), Value::Null);
        assert_eq!(value(FieldType::Text, "'null'"), json!("null"));
        assert_eq!(
            typed(&["code in (1, 2, x)"], &[("code", FieldType::Text)]).unwrap(),
            json!([["code", "in", ["1", "2", "x"]]])
        );
        assert_eq!(
            typed(&["code in [1, 2]"], &[("code", FieldType::Text)]).unwrap(),
            json!([["code", "in", ["1", "2"]]])
        );
    }

    #[test]
    fn numbers_keep_their_exact_text() {
        assert_eq!(value(FieldType::Number, "42"), json!(42));
        assert_eq!(value(FieldType::Number, "'42'"), json!(42));
        assert_eq!(value(FieldType::Number, "+5"), json!(5));
        assert_eq!(value(FieldType::Number, "1.50").to_string(), "1.50");
        assert_eq!(
            value(FieldType::Number, "123456789012345678901234567890").to_string(),
            "123456789012345678901234567890"
        );
        let message = value_error(FieldType::Number, "abc");
        assert_eq!(
            message,
            "'f = abc': f is a number field, and 'abc' is not a number"
        );
    }

    #[test]
    fn decimals_are_tagged_from_the_exact_text() {
        assert_eq!(
            value(FieldType::Numeric, "0.10"),
            json!({"__class__": "Decimal", "decimal": "0.10"})
        );
        assert_eq!(
            value(FieldType::Numeric, "12345678901234567890.123456789"),
            json!({"__class__": "Decimal", "decimal": "12345678901234567890.123456789"})
        );
        assert_eq!(
            value(FieldType::Numeric, "-1e3"),
            json!({"__class__": "Decimal", "decimal": "-1e3"})
        );
        for bad in ["1.2.3", "1,5", "e3", ".", "1e", "abc"] {
            assert!(
                value_error(FieldType::Numeric, bad).contains("not a decimal number"),
                "{bad}"
            );
        }
    }

    #[test]
    fn booleans_from_the_usual_words() {
        for (written, sent) in [
            ("true", true),
            ("TRUE", true),
            ("1", true),
            ("yes", true),
            ("false", false),
            ("0", false),
            ("No", false),
        ] {
            assert_eq!(value(FieldType::Boolean, written), json!(sent), "{written}");
        }
        assert!(value_error(FieldType::Boolean, "maybe").contains("not a boolean"));
    }

    #[test]
    fn dates_and_datetimes_are_tagged() {
        assert_eq!(
            value(FieldType::Date, "2026-01-02"),
            json!({"__class__": "date", "year": 2026, "month": 1, "day": 2})
        );
        for bad in ["2026-02-30", "2026-1-2", "02/01/2026", "2026-13-01"] {
            assert!(
                value_error(FieldType::Date, bad).contains("not a date (YYYY-MM-DD)"),
                "{bad}"
            );
        }
        let at = |h: u32, m: u32, s: u32, us: u32| {
            json!({"__class__": "datetime", "year": 2026, "month": 1, "day": 2,
                "hour": h, "minute": m, "second": s, "microsecond": us})
        };
        assert_eq!(value(FieldType::DateTime, "2026-01-02"), at(0, 0, 0, 0));
        assert_eq!(
            value(FieldType::DateTime, "2026-01-02 10:00:00"),
            at(10, 0, 0, 0)
        );
        assert_eq!(
            value(FieldType::DateTime, "2026-01-02T10:00"),
            at(10, 0, 0, 0)
        );
        assert_eq!(
            value(FieldType::DateTime, "2026-01-02T10:00:05.25Z"),
            at(10, 0, 5, 250_000)
        );
        assert_eq!(
            value(FieldType::DateTime, "2026-01-02T12:30:00+02:30"),
            at(10, 0, 0, 0)
        );
        // An offset that crosses midnight, and a year boundary.
        assert_eq!(
            value(FieldType::DateTime, "2026-01-01T01:00:00+02:00"),
            json!({"__class__": "datetime", "year": 2025, "month": 12, "day": 31,
                "hour": 23, "minute": 0, "second": 0, "microsecond": 0})
        );
        assert_eq!(
            value(FieldType::DateTime, "2024-02-28T23:00:00-01:00"),
            json!({"__class__": "datetime", "year": 2024, "month": 2, "day": 29,
                "hour": 0, "minute": 0, "second": 0, "microsecond": 0})
        );
        assert!(value_error(FieldType::DateTime, "2026-01-02 25:00").contains("not a datetime"));
        assert_eq!(
            value(FieldType::Time, "08:30"),
            json!({"__class__": "time", "hour": 8, "minute": 30, "second": 0, "microsecond": 0})
        );
        assert_eq!(
            value(FieldType::TimeDelta, "90m"),
            json!({"__class__": "timedelta", "seconds": 5400})
        );
        assert_eq!(
            value(FieldType::TimeDelta, "1.5"),
            json!({"__class__": "timedelta", "seconds": 1.5})
        );
        // A tagged value written as JSON passes through.
        let tagged = json!({"__class__": "date", "year": 2026, "month": 1, "day": 2});
        assert_eq!(value(FieldType::Date, &tagged.to_string()), tagged);
    }

    #[test]
    fn relations_take_an_id_or_a_name() {
        let types = [
            ("party", FieldType::Relation),
            ("party.name", FieldType::Text),
        ];
        let cases: &[(&[&str], Value)] = &[
            (&["party = 7"], json!([["party", "=", 7]])),
            (&["party = ACME"], json!([["party.rec_name", "=", "ACME"]])),
            (&["party = '7'"], json!([["party.rec_name", "=", "7"]])),
            (
                &["party", "=", "ACME Corp"],
                json!([["party.rec_name", "=", "ACME Corp"]]),
            ),
            (&["party != null"], json!([["party", "!=", null]])),
            (
                &["party ilike %ac%"],
                json!([["party.rec_name", "ilike", "%ac%"]]),
            ),
            (&["party in (1, 2)"], json!([["party", "in", [1, 2]]])),
            (&["party in (1, null)"], json!([["party", "in", [1, null]]])),
            (
                &["party in (ACME, 2)"],
                json!([["party.rec_name", "in", ["ACME", "2"]]]),
            ),
            (&["party child_of 3"], json!([["party", "child_of", 3]])),
            (
                &["party child_of ACME"],
                json!([["party", "child_of", "ACME"]]),
            ),
            (&["party.name = 123"], json!([["party.name", "=", "123"]])),
            (
                &[r#"party where [["name", "=", 1]]"#],
                json!([["party", "where", [["name", "=", 1]]]]),
            ),
        ];
        for (words, expected) in cases {
            assert_eq!(&typed(words, &types).unwrap(), expected, "{words:?}");
        }
    }

    #[test]
    fn json_domains_and_untyped_fields_are_sent_as_written() {
        let json_domain = r#"[["code","=",3],["amount",">",1.5]]"#;
        let typed_json = typed(&[json_domain], &[("code", FieldType::Text)]).unwrap();
        assert_eq!(typed_json.to_string(), json_domain);
        // A field of unknown type (binary, dict...) is typed by spelling, as before.
        assert_eq!(
            typed(&["attributes.size = 3"], &[]).unwrap(),
            json!([["attributes.size", "=", 3]])
        );
    }

    #[test]
    fn groups_keep_their_shape() {
        let types = [("code", FieldType::Text), ("id", FieldType::Number)];
        assert_eq!(
            typed(&["code = 1 or id = 2 and code = 3"], &types).unwrap(),
            json!([
                "OR",
                ["code", "=", "1"],
                [["id", "=", 2], ["code", "=", "3"]]
            ])
        );
    }
}
