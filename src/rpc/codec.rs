//! Tryton's JSON extension: objects tagged with `"__class__"` for datetime, date, time, timedelta,
//! Decimal and bytes. Results stay `serde_json::Value` (so `--tagged` output keeps the wire form
//! and can be fed back into `call`); this module decodes them into typed values and encodes them
//! back exactly as trytond's own encoder does. Showing them to people is `output::render`'s job.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Number, Value, json};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tagged {
    DateTime {
        year: i64,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        microsecond: u32,
    },
    Date {
        year: i64,
        month: u8,
        day: u8,
    },
    Time {
        hour: u8,
        minute: u8,
        second: u8,
        microsecond: u32,
    },
    /// Total seconds, kept as the exact number text the server sent (it may have a fraction).
    TimeDelta {
        seconds: String,
    },
    /// The decimal text, never passed through a float.
    Decimal(String),
    Bytes(Vec<u8>),
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("malformed Tryton '{class}' value: {why}")]
pub struct CodecError {
    pub class: String,
    pub why: String,
}

impl Tagged {
    /// `None` when the value is not a tagged object (or its class is not one Tryton defines).
    pub fn decode(value: &Value) -> Option<Result<Tagged, CodecError>> {
        let object = value.as_object()?;
        let class = object.get("__class__")?.as_str()?;
        let fail = |why: String| CodecError {
            class: class.to_string(),
            why,
        };
        let int = |key: &str| -> Result<i64, CodecError> {
            object
                .get(key)
                .and_then(Value::as_i64)
                .ok_or_else(|| fail(format!("'{key}' is missing or not an integer")))
        };
        let ranged = |key: &str, max: i64| -> Result<i64, CodecError> {
            let v = int(key)?;
            if (0..=max).contains(&v) {
                Ok(v)
            } else {
                Err(fail(format!("'{key}' is {v}, outside 0..={max}")))
            }
        };
        let decoded = match class {
            "datetime" => (|| {
                Ok(Tagged::DateTime {
                    year: int("year")?,
                    month: ranged("month", 12)? as u8,
                    day: ranged("day", 31)? as u8,
                    hour: ranged("hour", 23)? as u8,
                    minute: ranged("minute", 59)? as u8,
                    second: ranged("second", 59)? as u8,
                    microsecond: ranged("microsecond", 999_999)? as u32,
                })
            })(),
            "date" => (|| {
                Ok(Tagged::Date {
                    year: int("year")?,
                    month: ranged("month", 12)? as u8,
                    day: ranged("day", 31)? as u8,
                })
            })(),
            "time" => (|| {
                Ok(Tagged::Time {
                    hour: ranged("hour", 23)? as u8,
                    minute: ranged("minute", 59)? as u8,
                    second: ranged("second", 59)? as u8,
                    microsecond: ranged("microsecond", 999_999)? as u32,
                })
            })(),
            "timedelta" => match object.get("seconds") {
                Some(Value::Number(n)) => Ok(Tagged::TimeDelta {
                    seconds: n.to_string(),
                }),
                _ => Err(fail("'seconds' is missing or not a number".into())),
            },
            "Decimal" => match object.get("decimal") {
                Some(Value::String(text)) if is_special_decimal(text) || is_decimal(text) => {
                    Ok(Tagged::Decimal(text.clone()))
                }
                _ => Err(fail("'decimal' is missing or not a decimal number".into())),
            },
            "bytes" => match object.get("base64") {
                Some(Value::String(text)) => {
                    Tagged::bytes(text).map_err(|err| fail(format!("bad base64: {err}")))
                }
                _ => Err(fail("'base64' is missing or not text".into())),
            },
            _ => return None,
        };
        Some(decoded)
    }

    /// Bytes from base64 text, line breaks allowed (as `base64.encodebytes` writes it).
    pub fn bytes(base64: &str) -> Result<Tagged, base64::DecodeError> {
        let compact: String = base64.split_ascii_whitespace().collect();
        STANDARD.decode(compact).map(Tagged::Bytes)
    }

    /// The tagged object as trytond's JSONEncoder writes it (same keys, same order): how domain
    /// values and `create`/`write` values are sent (received ones pass through as they came).
    pub fn encode(&self) -> Value {
        match self {
            Tagged::DateTime {
                year,
                month,
                day,
                hour,
                minute,
                second,
                microsecond,
            } => json!({"__class__": "datetime", "year": year, "month": month, "day": day,
                "hour": hour, "minute": minute, "second": second, "microsecond": microsecond}),
            Tagged::Date { year, month, day } => {
                json!({"__class__": "date", "year": year, "month": month, "day": day})
            }
            Tagged::Time {
                hour,
                minute,
                second,
                microsecond,
            } => json!({"__class__": "time", "hour": hour, "minute": minute, "second": second,
                "microsecond": microsecond}),
            Tagged::TimeDelta { seconds } => {
                let number: Number = seconds.parse().unwrap_or_else(|_| Number::from(0));
                let mut object = Map::new();
                object.insert("__class__".into(), "timedelta".into());
                object.insert("seconds".into(), Value::Number(number));
                Value::Object(object)
            }
            Tagged::Decimal(text) => json!({"__class__": "Decimal", "decimal": text}),
            Tagged::Bytes(data) => json!({"__class__": "bytes", "base64": encodebytes(data)}),
        }
    }
}

/// Python's `base64.encodebytes`: lines of 76 characters, each ending in a newline.
fn encodebytes(data: &[u8]) -> String {
    let encoded = STANDARD.encode(data);
    let mut out = String::with_capacity(encoded.len() + encoded.len() / 76 + 1);
    for chunk in encoded.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        out.push('\n');
    }
    out
}

/// NaN and the infinities as Python's `Decimal` writes them: a server may send them, people
/// typing values may not.
fn is_special_decimal(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    matches!(body, "NaN" | "Infinity" | "inf" | "sNaN")
}

/// `[+-]digits[.digits][e[+-]digits]` (also `.5` and `5.`): a finite number Python's `Decimal`
/// reads. The one check for decimal text, for what the server sends and what people write
/// (domain values, `create`/`write` values, `import --check`).
pub fn is_decimal(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match body.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    !(int.is_empty() && frac.is_empty())
        && digits(int)
        && digits(frac)
        && exponent.is_none_or(|e| {
            let e = e.strip_prefix(['-', '+']).unwrap_or(e);
            !e.is_empty() && digits(e)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(value: Value) -> Tagged {
        let tagged = Tagged::decode(&value).expect("tagged").expect("valid");
        assert_eq!(
            tagged.encode().to_string(),
            value.to_string(),
            "encode(decode(x)) != x"
        );
        tagged
    }

    #[test]
    fn datetime_round_trips() {
        round_trip(
            json!({"__class__":"datetime","year":2026,"month":11,"day":26,
            "hour":1,"minute":13,"second":59,"microsecond":327893}),
        );
        round_trip(json!({"__class__":"datetime","year":2026,"month":1,"day":2,
            "hour":3,"minute":4,"second":5,"microsecond":0}));
    }

    #[test]
    fn date_and_time_round_trip() {
        round_trip(json!({"__class__":"date","year":2026,"month":11,"day":26}));
        round_trip(json!({"__class__":"time","hour":23,"minute":5,"second":0,"microsecond":10}));
    }

    #[test]
    fn timedelta_keeps_the_exact_seconds() {
        let delta: Value =
            serde_json::from_str(r#"{"__class__":"timedelta","seconds":86403.5}"#).unwrap();
        assert_eq!(
            round_trip(delta),
            Tagged::TimeDelta {
                seconds: "86403.5".into()
            }
        );
        let negative: Value =
            serde_json::from_str(r#"{"__class__":"timedelta","seconds":-90}"#).unwrap();
        round_trip(negative);
    }

    #[test]
    fn decimal_never_goes_through_a_float() {
        let text = "12345678901234567890.123456789";
        let tagged = round_trip(json!({"__class__":"Decimal","decimal":text}));
        assert_eq!(tagged, Tagged::Decimal(text.into()));
        // A whole JSON document with a huge plain number survives a parse/print cycle too.
        let doc = r#"[12345678901234567890.123456789,{"__class__":"Decimal","decimal":"1.10"}]"#;
        let value: Value = serde_json::from_str(doc).unwrap();
        assert_eq!(value.to_string(), doc);
    }

    #[test]
    fn bytes_match_pythons_encodebytes() {
        let tagged = round_trip(json!({"__class__":"bytes","base64":"aGVsbG8gd29ybGQ=\n"}));
        assert_eq!(tagged, Tagged::Bytes(b"hello world".to_vec()));
        let long = Tagged::Bytes(vec![0u8; 100]).encode();
        let text = long["base64"].as_str().unwrap();
        assert_eq!(text.lines().next().unwrap().len(), 76);
        assert!(text.ends_with('\n'));
        assert_eq!(
            Tagged::decode(&long).unwrap().unwrap(),
            Tagged::Bytes(vec![0u8; 100])
        );
    }

    #[test]
    fn bytes_from_base64_with_line_breaks_encode_as_trytond_does() {
        let tagged = Tagged::bytes("aGVsbG8g\nd29ybGQ=").unwrap();
        assert_eq!(tagged, Tagged::Bytes(b"hello world".to_vec()));
        assert_eq!(
            tagged.encode(),
            json!({"__class__": "bytes", "base64": "aGVsbG8gd29ybGQ=\n"})
        );
        assert!(Tagged::bytes("not base64!").is_err());
    }

    #[test]
    fn one_decimal_check_for_what_is_sent_and_received() {
        for good in ["1", "-1.50", "+5", ".5", "5.", "1e3", "1E-3"] {
            assert!(is_decimal(good), "{good}");
        }
        for bad in ["", ".", "1.2.3", "1,5", "e3", "1e", "NaN", "Infinity"] {
            assert!(!is_decimal(bad), "{bad}");
        }
        // The server may send what people may not type.
        assert!(
            Tagged::decode(&json!({"__class__":"Decimal","decimal":"-Infinity"}))
                .unwrap()
                .is_ok()
        );
    }

    #[test]
    fn malformed_and_foreign_objects() {
        assert!(Tagged::decode(&json!({"name": "x"})).is_none());
        assert!(Tagged::decode(&json!({"__class__": "Eval", "v": "x"})).is_none());
        let err = Tagged::decode(&json!({"__class__":"date","year":2026,"month":13,"day":1}))
            .unwrap()
            .unwrap_err();
        assert!(err.to_string().contains("month"), "{err}");
        assert!(
            Tagged::decode(&json!({"__class__":"Decimal","decimal":"1,5"}))
                .unwrap()
                .is_err()
        );
        assert!(
            Tagged::decode(&json!({"__class__":"bytes","base64":"!!"}))
                .unwrap()
                .is_err()
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn tagged() -> impl Strategy<Value = Tagged> {
        prop_oneof![
            (
                1i64..=9999,
                1u8..=12,
                1u8..=28,
                0u8..24,
                0u8..60,
                0u8..60,
                0u32..1_000_000
            )
                .prop_map(|(year, month, day, hour, minute, second, microsecond)| {
                    Tagged::DateTime {
                        year,
                        month,
                        day,
                        hour,
                        minute,
                        second,
                        microsecond,
                    }
                }),
            (1i64..=9999, 1u8..=12, 1u8..=28).prop_map(|(year, month, day)| Tagged::Date {
                year,
                month,
                day
            }),
            (0u8..24, 0u8..60, 0u8..60, 0u32..1_000_000).prop_map(
                |(hour, minute, second, microsecond)| {
                    Tagged::Time {
                        hour,
                        minute,
                        second,
                        microsecond,
                    }
                }
            ),
            ("-?[1-9][0-9]{0,9}(\\.[0-9]{1,6})?").prop_map(|seconds| Tagged::TimeDelta { seconds }),
            ("-?[0-9]{1,30}(\\.[0-9]{1,20})?").prop_map(Tagged::Decimal),
            prop::collection::vec(any::<u8>(), 0..300).prop_map(Tagged::Bytes),
        ]
    }

    proptest! {
        #[test]
        fn decode_of_encode_is_identity(value in tagged()) {
            let encoded = value.encode();
            // Through text too, as on the wire.
            let wire: Value = serde_json::from_str(&encoded.to_string()).unwrap();
            prop_assert_eq!(Tagged::decode(&wire).unwrap().unwrap(), value);
        }
    }
}
