//! Search domains from the command line.
//!
//! A Tryton domain is a JSON list of clauses `["field", "operator", value]`; a nested list is a
//! sub-domain, and a (sub-)domain whose first element is `"OR"` (or `"AND"`, the default) joins its
//! other elements with that operator. Two ways to write one:
//!
//! **JSON**: one argument that starts with `[`, passed to the server as it is, e.g.
//! `'[["name", "ilike", "%acme%"], ["OR", ["id", ">", 10], ["active", "=", false]]]'`.
//! It is checked for shape only (each item is a clause of 3 or 4 elements starting with a field
//! name and an operator, a nested list, or "AND"/"OR" as the first item); operators are not, and
//! its values are sent as written.
//!
//! **Short form**: clauses written out as words, e.g. `name ilike %acme%`, `id > 10 and active =
//! true`, `code in (1,2,3)`, `name = 'ACME Corp' or parent = null`.
//!
//! ```text
//! domain  := group ("or" group)*
//! group   := clause ("and"? clause)*          clauses that simply follow each other are ANDed
//! clause  := FIELD OPERATOR VALUE
//! FIELD   := name ("." name)*                 e.g. name, party.name, lines.product.code
//! OPERATOR:= = | != | < | <= | > | >= | like | ilike | not like | not ilike | in | not in
//!          | child_of | not child_of | parent_of | not parent_of | where | not where
//! VALUE   := 'text' | "text"                  quoted: one value, spaces included
//!          | (a, b, c) | a,b,c | [a, b]      a list, for in and not in
//!          | null                             no value, for every type of field
//!          | [JSON array] | {JSON object}     sent as written, e.g. a nested domain for where,
//!                                             or a tagged date {"__class__": "date", ...}
//!          | anything else                    a word, e.g. %acme%, 42, 2026-01-02
//! ```
//!
//! - Values are typed by their field, from the model's `fields_get` ([`Domain::typed`]): text for
//!   char, text and selection fields (`code = 3` is the text "3"); numbers for integer and float
//!   fields; an exact tagged Decimal for numeric fields; tagged dates, datetimes (UTC, as Tryton
//!   keeps them) and times; true/false (also 1/0, yes/no) for booleans. A relation field
//!   (many2one, one2many, many2many) takes a record id when the value is a number, else the
//!   value is matched against the records' names: `party = ACME` is sent as
//!   `["party.rec_name", "=", "ACME"]`; quotes make a number a name (`party = '42'`). Without
//!   field types ([`Domain::untyped`]), a word is typed by its spelling: numbers (exact text),
//!   true/false/null, else text.
//! - `and` binds tighter than `or`: `a or b and c` is `["OR", a, [b, c]]`; parentheses only
//!   enclose lists (use JSON for anything deeper). Without `or` the result is the flat list
//!   `[a, b, c]`; with it, `["OR", group, ...]` where a group of one clause is the clause itself.
//! - `and`, `or`, `not` and the word operators are case-insensitive (`ILIKE` is `ilike`).
//! - `in` and `not in` take a list: `(1, 2, 3)` or `[a, b]` (spaces allowed, items may be quoted:
//!   `('ACME, Inc', Foo)`), a comma-separated word (`1,2,3`), or a JSON array; a single value is a
//!   list of one. `child_of` and friends take an id or a list of ids.
//! - `where` and `not where` take a nested domain as a JSON array.
//! - Words are separated by spaces; the whole domain may come as one shell argument
//!   (`'name = "ACME Corp" and id > 3'`) or as many. Quotes (single or double, `\` escapes the
//!   quote or a backslash inside) make one word of text with spaces; they only count at the start
//!   of a word, so `O'Brien` is plain text. An argument that lands where a value is expected is
//!   the value as a whole, spaces included, so `name = 'ACME Corp'` works after the shell removed
//!   the quotes.
//! - Operators need spaces around them: `id>10` is an error, `id > 10` is not.
//!
//! The rooms: `ast` (what a parsed domain is, field types), `lex` (words, and the one reader of
//! quoted text), `parse` (the short form's grammar), `json_shape` (the JSON form's check),
//! `typing` (values typed by their fields; [`coerce`]) and `calendar` (dates and times, with
//! `jiff`). Tagged values are encoded by `rpc::codec`, decimals checked by
//! `rpc::codec::is_decimal`.

mod ast;
mod calendar;
mod json_shape;
mod lex;
mod parse;
mod typing;

use serde_json::Value;

pub use ast::{Domain, FieldType};
pub use typing::coerce;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The argument looked like JSON and did not parse.
    #[error(
        "invalid JSON domain: {0} (quote the whole domain for the shell, e.g. '[[\"name\", \"=\", \"ACME\"]]')"
    )]
    Json(String),
    /// Valid JSON that is not a domain.
    #[error("not a Tryton domain: {0}")]
    Shape(String),
    /// A short-form domain that does not follow the grammar.
    #[error("{0}")]
    Syntax(String),
    /// A value that its field's type cannot take (`id = abc`).
    #[error("{0}")]
    Value(String),
}

/// The operators Tryton knows, in the order they are listed in messages.
pub const OPERATORS: &[&str] = &[
    "=",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "like",
    "ilike",
    "not like",
    "not ilike",
    "in",
    "not in",
    "child_of",
    "not child_of",
    "parent_of",
    "not parent_of",
    "where",
    "not where",
];

/// The domain the arguments describe; see the module documentation for the forms accepted.
pub fn parse_domain(args: &[String]) -> Result<Domain, DomainError> {
    let Some(first) = args.first() else {
        return Ok(Domain::Short(Vec::new()));
    };
    if first.trim_start().starts_with('[') {
        if args.len() > 1 {
            return Err(DomainError::Json(format!(
                "the JSON domain came as {} arguments, not one",
                args.len()
            )));
        }
        return json_shape::parse_json(first).map(Domain::Json);
    }
    if args.iter().all(|arg| arg.trim().is_empty()) {
        return Ok(Domain::Short(Vec::new()));
    }
    parse::Parser::new(args).domain()
}

impl Domain {
    /// The fields the short form's clauses name (each once, in order); none for JSON, which is
    /// sent as written.
    pub fn fields(&self) -> Vec<&str> {
        let mut fields: Vec<&str> = Vec::new();
        if let Domain::Short(groups) = self {
            for clause in groups.iter().flatten() {
                if !fields.contains(&clause.field.as_str()) {
                    fields.push(&clause.field);
                }
            }
        }
        fields
    }

    /// The domain with each value typed by its spelling: numbers, true/false/null, else text.
    pub fn untyped(&self) -> Value {
        self.build(|_| FieldType::Untyped)
            .expect("untyped values never fail")
    }

    /// The domain with each value typed by its field (`type_of` a field path as written, e.g.
    /// `party.name`); an error names a value its field cannot take.
    pub fn typed(&self, type_of: impl Fn(&str) -> FieldType) -> Result<Value, DomainError> {
        self.build(type_of)
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn field() -> impl Strategy<Value = String> {
        "[a-z][a-z_]{0,8}(\\.[a-z][a-z_]{0,8}){0,2}".prop_filter("not a keyword", |f| {
            !matches!(f.as_str(), "and" | "or" | "not" | "in")
        })
    }

    fn operator() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "=",
            "!=",
            "<",
            "<=",
            ">",
            ">=",
            "like",
            "ilike",
            "not like",
            "not ilike",
        ])
    }

    /// A value and the word(s) that write it in the short form.
    fn value() -> impl Strategy<Value = (Value, String)> {
        prop_oneof![
            any::<i32>().prop_map(|n| (json!(n), n.to_string())),
            Just((Value::Null, "null".to_string())),
            any::<bool>().prop_map(|b| (json!(b), b.to_string())),
            "[A-Za-z%][A-Za-zÀ-ÿ0-9%_ -]{0,12}".prop_map(|s| {
                let quoted = format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"));
                (json!(s), quoted)
            }),
        ]
    }

    proptest! {
        #[test]
        fn short_form_equals_the_json_it_describes(
            clauses in prop::collection::vec((field(), operator(), value()), 1..8)
        ) {
            let expected: Vec<Value> = clauses
                .iter()
                .map(|(f, op, (v, _))| json!([f, op, v]))
                .collect();
            let text = clauses
                .iter()
                .map(|(f, op, (_, written))| format!("{f} {op} {written}"))
                .collect::<Vec<_>>()
                .join(" and ");
            let parsed = parse_domain(std::slice::from_ref(&text)).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?.untyped();
            prop_assert_eq!(parsed, Value::Array(expected.clone()));
            // And the JSON form passes through unchanged.
            let as_json = Value::Array(expected).to_string();
            prop_assert_eq!(parse_domain(std::slice::from_ref(&as_json)).unwrap().untyped().to_string(), as_json);
        }

        #[test]
        fn any_input_is_a_domain_or_an_error_never_a_panic(words in prop::collection::vec(".{0,20}", 0..12)) {
            let _ = parse_domain(&words);
        }
    }
}
