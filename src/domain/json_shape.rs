//! A domain written as JSON: checked for shape only (clauses, nested lists, "AND"/"OR" first),
//! then sent as written.

use serde_json::Value;

use super::DomainError;

pub(super) fn parse_json(text: &str) -> Result<Value, DomainError> {
    let value: Value =
        serde_json::from_str(text).map_err(|err| DomainError::Json(err.to_string()))?;
    check_shape(&value)?;
    Ok(value)
}

/// Checks that `value` is a domain, without recursion (the nesting depth is the user's).
pub(super) fn check_shape(value: &Value) -> Result<(), DomainError> {
    let shape = |path: &str, why: String| DomainError::Shape(format!("{path}: {why}"));
    if is_clause(value) {
        return Err(shape(
            "the domain",
            format!(
                "{} is a single clause; a domain is a list of clauses: [{}]",
                value, value
            ),
        ));
    }
    let mut pending: Vec<(String, &Value)> = vec![("the domain".to_string(), value)];
    while let Some((path, value)) = pending.pop() {
        let Value::Array(items) = value else {
            return Err(shape(
                &path,
                format!("expected a list of clauses, found {}", brief(value)),
            ));
        };
        for (index, item) in items.iter().enumerate() {
            let item_path = if path == "the domain" {
                format!("item {index}")
            } else {
                format!("{path}, item {index}")
            };
            match item {
                Value::String(text) if matches!(text.as_str(), "AND" | "OR") => {
                    if index != 0 {
                        return Err(shape(
                            &item_path,
                            format!("\"{text}\" may only be the first item of a list"),
                        ));
                    }
                }
                Value::Array(parts) if is_clause(item) => {
                    if let Some(model) = parts.get(3)
                        && !model.is_string()
                    {
                        return Err(shape(
                            &item_path,
                            format!(
                                "the 4th element of a clause is a model or field name, found {}",
                                brief(model)
                            ),
                        ));
                    }
                }
                Value::Array(parts) if matches!(parts.first(), Some(Value::String(s)) if s != "AND" && s != "OR") =>
                {
                    return Err(shape(
                        &item_path,
                        format!("{} is not a clause [field, operator, value]", brief(item)),
                    ));
                }
                Value::Array(_) => pending.push((item_path, item)),
                other => {
                    return Err(shape(
                        &item_path,
                        format!(
                            "expected a clause [field, operator, value], a nested list or \"AND\"/\"OR\", found {}",
                            brief(other)
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// `[field, operator, value]` or `[field, operator, value, model]` with string field and operator
/// (not "AND"/"OR", which start a sub-domain).
fn is_clause(value: &Value) -> bool {
    let Value::Array(parts) = value else {
        return false;
    };
    matches!(parts.len(), 3 | 4)
        && matches!(&parts[0], Value::String(field) if field != "AND" && field != "OR")
        && parts[1].is_string()
}

/// A value for a message: short values whole, long ones cut.
fn brief(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}
