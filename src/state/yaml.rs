//! The YAML a file of declared records is written in: `to_yaml`, and the quoting that makes
//! every string and number read back as itself.

use saphyr::{LoadableYamlNode, Scalar, ScalarStyle, Yaml, YamlEmitter};
use serde_json::Value;

/// The document as YAML (block style): every string reads back as the same string ("yes",
/// "1", "", "null", "a: b" are quoted), every number as the same number.
pub fn to_yaml(document: &Value) -> anyhow::Result<String> {
    let mut text = String::new();
    YamlEmitter::new(&mut text)
        .dump(&yaml_of(document))
        .map_err(|err| anyhow::anyhow!("cannot write YAML: {err}"))?;
    let mut text = text
        .strip_prefix("---\n")
        .map(str::to_string)
        .unwrap_or(text);
    text.push('\n');
    Ok(text)
}

fn yaml_of(value: &Value) -> Yaml<'static> {
    match value {
        Value::Null => Yaml::Value(Scalar::Null),
        Value::Bool(flag) => Yaml::Value(Scalar::Boolean(*flag)),
        Value::Number(number) => yaml_number(&number.to_string()),
        Value::String(text) => yaml_string(text),
        Value::Array(items) => Yaml::Sequence(items.iter().map(yaml_of).collect()),
        Value::Object(entries) => Yaml::Mapping(
            entries
                .iter()
                .map(|(key, value)| (yaml_string(key), yaml_of(value)))
                .collect(),
        ),
    }
}

/// An integer, a float that reads back as the same decimal value, else the digits as text (a
/// Numeric field reads them exactly).
fn yaml_number(text: &str) -> Yaml<'static> {
    if let Ok(integer) = text.parse::<i64>() {
        return Yaml::Value(Scalar::Integer(integer));
    }
    if let Ok(float) = text.parse::<f64>()
        && float.is_finite()
        && trimmed(&float.to_string()) == trimmed(text)
    {
        return Yaml::Value(Scalar::FloatingPoint(float.into()));
    }
    yaml_string(text)
}

fn trimmed(text: &str) -> &str {
    if text.contains('.') && !text.contains(['e', 'E']) {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// Plain when the emitter's choice reads back as the same string, else double-quoted with JSON's
/// escapes (which YAML's double-quoted style reads).
fn yaml_string(text: &str) -> Yaml<'static> {
    if reads_back(text) {
        Yaml::Value(Scalar::String(text.to_string().into()))
    } else {
        let quoted = serde_json::to_string(text).unwrap_or_default();
        let inner = quoted[1..quoted.len() - 1].to_string();
        Yaml::Representation(inner.into(), ScalarStyle::DoubleQuoted, None)
    }
}

/// Whether the text, as the emitter writes it, reads back as itself.
fn reads_back(text: &str) -> bool {
    let mut written = String::new();
    let value = Yaml::Value(Scalar::String(text.into()));
    if YamlEmitter::new(&mut written).dump(&value).is_err() {
        return false;
    }
    match Yaml::load_from_str(&written).as_deref() {
        Ok([Yaml::Value(Scalar::String(read))]) => read == text,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::state::file;

    #[test]
    fn strings_that_look_like_other_things_read_back_as_strings() {
        let tricky = [
            "yes",
            "no",
            "Y",
            "n",
            "on",
            "off",
            "true",
            "False",
            "1",
            "007",
            "-1",
            "1.5",
            "1e3",
            "0x1F",
            "0o7",
            ".inf",
            "-.inf",
            ".nan",
            "NaN",
            "inf",
            "",
            " ",
            " lead",
            "trail ",
            "null",
            "Null",
            "~",
            "a: b",
            "a #b",
            "#c",
            "- x",
            "-",
            "[x]",
            "{x}",
            "*a",
            "&a",
            "!t",
            "%p",
            "@x",
            "`x",
            "'q'",
            "\"q\"",
            "a\nb",
            "a\n",
            "tab\there",
            "back\\slash",
            "2024-01-31",
            "12:30",
            "1_000",
            "+1",
            "é ü 😀",
            "---",
            "...",
            "? x",
            "|",
            ">",
            "x:",
            ":x",
        ];
        let mut items = Vec::new();
        for text in tricky {
            items.push(json!({ "name": text }));
        }
        let document = json!({
            "version": 1,
            "records": [{ "model": "party.category", "items": items }],
        });
        let text = to_yaml(&document).unwrap();
        let spec = file::parse("t.yaml", &text).unwrap_or_else(|err| panic!("{err}\n{text}"));
        let read: Vec<Value> = spec.blocks[0]
            .items
            .iter()
            .map(|item| item.fields[0].1.to_json())
            .collect();
        let expected: Vec<Value> = tricky.iter().map(|t| json!(t)).collect();
        assert_eq!(read, expected, "{text}");
        assert!(text.starts_with("version: 1\n"), "{text}");
    }

    #[test]
    fn numbers_read_back_as_the_same_value_and_key_order_is_kept() {
        let document: Value = serde_json::from_str(
            r#"{"version": 1, "records": [{"model": "m", "items": [
                {"name": "A", "n": 3, "f": 12.5, "d": 12.50, "big": 123456789012345678901234.5, "b": false, "z": null}
            ]}]}"#,
        )
        .unwrap();
        let text = to_yaml(&document).unwrap();
        let spec = file::parse("t.yaml", &text).unwrap();
        let item = &spec.blocks[0].items[0];
        let names: Vec<&str> = item.fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["name", "n", "f", "d", "big", "b", "z"], "{text}");
        let values: Vec<String> = item
            .fields
            .iter()
            .map(|(_, v)| v.to_json().to_string())
            .collect();
        assert_eq!(
            values,
            [
                "\"A\"",
                "3",
                "12.5",
                "12.5",
                "\"123456789012345678901234.5\"",
                "false",
                "null"
            ],
            "{text}"
        );
    }
}
