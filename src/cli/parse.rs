//! Value parsers for the flags whose text is JSON, ids or a sort order: the command line is
//! checked when clap reads it, and a bad value is clap's one-line usage error (exit 3), before
//! anything is resolved or sent.

use serde_json::{Map, Value, json};

/// Record ids, written as `1,2,3` or `1, 2, 3` ('' is none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ids(pub Vec<i64>);

/// A sort order in Tryton's pairs, `[["name", "ASC"], ["id", "DESC NULLS LAST"]]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Order(pub Value);

/// Record ids written as `1,2,3` or `1, 2, 3`.
pub fn parse_ids(text: &str) -> Result<Ids, String> {
    text.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<i64>()
                .map_err(|_| format!("'{part}' is not a record id; write ids as 1,2,3"))
        })
        .collect::<Result<_, _>>()
        .map(Ids)
}

/// `--context JSON`: an object merged over the user's context.
pub fn parse_context(text: &str) -> Result<Map<String, Value>, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err("--context must be a JSON object, e.g. '{\"language\": \"fr\"}'".into()),
    }
}

/// `--data JSON`: a JSON object.
pub fn parse_data(text: &str) -> Result<Map<String, Value>, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err("--data must be a JSON object".into()),
        Err(err) => Err(format!("--data is not JSON ({err})")),
    }
}

/// `name, create_date desc` → `[["name","ASC"],["create_date","DESC"]]`.
pub fn parse_order(text: &str) -> Result<Order, String> {
    let mut order = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let mut words = part.split_whitespace();
        let field = words.next().unwrap_or_default();
        let direction = match words.next().map(str::to_ascii_uppercase).as_deref() {
            None | Some("ASC") => "ASC",
            Some("DESC") => "DESC",
            Some(other) => {
                return Err(format!("'{other}' after '{field}' is not asc or desc"));
            }
        };
        let mut direction = direction.to_string();
        let rest: Vec<String> = words.map(str::to_ascii_uppercase).collect();
        match rest.join(" ").as_str() {
            "" => {}
            nulls @ ("NULLS FIRST" | "NULLS LAST") => {
                direction.push(' ');
                direction.push_str(nulls);
            }
            other => {
                return Err(format!(
                    "unexpected '{other}' in '{part}'; write e.g. 'name desc nulls last'"
                ));
            }
        }
        order.push(json!([field, direction]));
    }
    if order.is_empty() {
        return Err("no field to sort by; write e.g. 'name' or 'id desc'".into());
    }
    Ok(Order(Value::Array(order)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_parsed_into_tryton_pairs() {
        assert_eq!(
            parse_order("name, create_date desc,id DESC nulls last").unwrap(),
            Order(json!([
                ["name", "ASC"],
                ["create_date", "DESC"],
                ["id", "DESC NULLS LAST"]
            ]))
        );
        assert!(parse_order("name sideways").is_err());
        assert!(parse_order(" , ").is_err());
    }

    #[test]
    fn ids_are_comma_separated_whole_numbers_and_empty_is_none() {
        assert_eq!(parse_ids("1, 2,3"), Ok(Ids(vec![1, 2, 3])));
        assert_eq!(parse_ids(""), Ok(Ids(vec![])));
        assert!(
            parse_ids("1,x")
                .unwrap_err()
                .contains("'x' is not a record id")
        );
    }

    #[test]
    fn context_and_data_are_json_objects() {
        assert!(parse_context("{\"language\": \"fr\"}").is_ok());
        assert!(parse_context("[1]").is_err());
        assert_eq!(
            parse_data("[1]").unwrap_err(),
            "--data must be a JSON object"
        );
        assert!(
            parse_data("{x")
                .unwrap_err()
                .starts_with("--data is not JSON")
        );
    }
}
