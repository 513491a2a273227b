//! The short form's grammar (see the module documentation of `domain`): clauses from the
//! words [`Tokens`] hands out, lists from their text.

use serde_json::Value;

use super::ast::{Clause, Domain, Item, Operand, Word};
use super::json_shape::check_shape;
use super::lex::{Kind, Token, Tokens, quoted};
use super::{DomainError, OPERATORS};

pub(super) struct Parser<'a> {
    tokens: Tokens<'a>,
}

impl<'a> Parser<'a> {
    pub(super) fn new(args: &'a [String]) -> Self {
        Parser {
            tokens: Tokens::new(args),
        }
    }

    pub(super) fn domain(mut self) -> Result<Domain, DomainError> {
        let mut groups: Vec<Vec<Clause>> = vec![Vec::new()];
        // The connective just read (and its position), which needs a clause after it.
        let mut dangling: Option<Token> = None;
        while let Some(token) = self.tokens.next_word()? {
            let group = groups.last_mut().expect("at least one group");
            if token.kind == Kind::Bare {
                let keyword = token.text.to_ascii_lowercase();
                if keyword == "and" || keyword == "or" {
                    if let Some(previous) = &dangling {
                        return Err(syntax(format!(
                            "'{}' at token {} follows '{}' at token {}: a clause is missing between them",
                            token.text, token.position, previous.text, previous.position
                        )));
                    }
                    if group.is_empty() {
                        return Err(syntax(format!(
                            "'{}' at token {} has no clause before it",
                            token.text, token.position
                        )));
                    }
                    if keyword == "or" {
                        groups.push(Vec::new());
                    }
                    dangling = Some(token);
                    continue;
                }
            }
            dangling = None;
            let clause = self.clause(token)?;
            groups.last_mut().expect("at least one group").push(clause);
        }
        if let Some(token) = dangling {
            return Err(syntax(format!(
                "'{}' at token {} has no clause after it",
                token.text, token.position
            )));
        }
        Ok(Domain::Short(groups))
    }

    fn clause(&mut self, field: Token) -> Result<Clause, DomainError> {
        check_field(&field)?;
        let Some(first) = self.tokens.next_word()? else {
            let hint = if field.position > 1 {
                " (quote values that contain spaces: name = 'ACME Corp')"
            } else {
                ""
            };
            return Err(syntax(format!(
                "incomplete clause '{}': an operator and a value are missing{hint}",
                field.text
            )));
        };
        let mut operator = first.text.to_ascii_lowercase();
        if first.kind == Kind::Bare && operator == "not" {
            let follows = self
                .tokens
                .peek_word()?
                .filter(|(_, kind)| *kind == Kind::Bare)
                .map(|(text, _)| text.to_ascii_lowercase());
            if let Some(next) = follows
                && OPERATORS.contains(&format!("not {next}").as_str())
            {
                self.tokens.next_word()?;
                operator = format!("not {next}");
            }
        }
        if first.kind != Kind::Bare || !OPERATORS.contains(&operator.as_str()) {
            let context = match self.tokens.peek_value_text() {
                Some(value) => format!("{} {} {}", field.text, first.shown(), value),
                None => format!("{} {}", field.text, first.shown()),
            };
            let hint = match first.text.as_str() {
                "==" => " (did you mean '='?)",
                "<>" => " (did you mean '!='?)",
                "=>" => " (did you mean '>='?)",
                "=<" => " (did you mean '<='?)",
                _ => "",
            };
            return Err(syntax(format!(
                "unknown operator '{}' at token {} ('{}'){hint}; operators: {}",
                first.shown(),
                first.position,
                context,
                OPERATORS.join(", ")
            )));
        }
        let Some(value) = self.tokens.next_value()? else {
            return Err(syntax(format!(
                "incomplete clause '{} {}': a value is missing",
                field.text, operator
            )));
        };
        let operand = self.operand(&field, &operator, value)?;
        Ok(Clause {
            field: field.text,
            operator,
            operand,
        })
    }

    fn operand(
        &mut self,
        field: &Token,
        operator: &str,
        mut token: Token,
    ) -> Result<Operand, DomainError> {
        let listy = matches!(
            operator,
            "in" | "not in" | "child_of" | "not child_of" | "parent_of" | "not parent_of"
        );
        let in_list = matches!(operator, "in" | "not in");
        if listy && token.kind == Kind::Bare {
            // `1, 2, 3` or `(1, 2, 3)` split into words: take the words that follow a trailing
            // comma (or an opening parenthesis).
            loop {
                let text = token.text.trim_end();
                let open = text.starts_with('(') && !text.ends_with(')');
                if !(text.ends_with(',') || open) {
                    break;
                }
                let Some(more) = self.tokens.next_value()? else {
                    break;
                };
                if !token.text.ends_with(',') {
                    token.text.push(' ');
                }
                token.text.push_str(&more.text);
            }
        }
        let at = |why: String| {
            syntax(format!(
                "{why} at token {} ('{} {} {}')",
                token.position,
                field.text,
                operator,
                token.shown()
            ))
        };
        match token.kind {
            Kind::Json => {
                let value: Value = match serde_json::from_str(&token.text) {
                    Ok(value) => value,
                    // `[a, b]`: a list in brackets, not JSON.
                    Err(_) if listy && token.text.starts_with('[') && token.text.ends_with(']') => {
                        let inner = &token.text[1..token.text.len() - 1];
                        return list_items(inner).map(Operand::List).map_err(at);
                    }
                    Err(err) => return Err(at(format!("invalid JSON value: {err}"))),
                };
                if operator.ends_with("where") {
                    if !value.is_array() {
                        return Err(at(format!(
                            "'{operator}' needs a nested domain (a JSON list)"
                        )));
                    }
                    check_shape(&value).map_err(|err| at(err.to_string()))?;
                    return Ok(Operand::Json(value));
                }
                match value {
                    Value::Array(values) if listy => Ok(Operand::List(
                        values
                            .into_iter()
                            .map(|v| match Word::from_json(&v) {
                                Some(word) => Item::Word(word),
                                None => Item::Json(v),
                            })
                            .collect(),
                    )),
                    value if in_list => Ok(Operand::List(vec![Item::Json(value)])),
                    value => Ok(Operand::Json(value)),
                }
            }
            _ if operator.ends_with("where") => Err(at(format!(
                "'{operator}' needs a nested domain (a JSON list like [[\"name\", \"=\", \"x\"]])"
            ))),
            Kind::Quoted => {
                let word = Word {
                    text: token.text.clone(),
                    quoted: true,
                };
                Ok(if in_list {
                    Operand::List(vec![Item::Word(word)])
                } else {
                    Operand::Word(word)
                })
            }
            Kind::Bare if listy => {
                let text = token.text.trim();
                if let Some(inner) = text.strip_prefix('(') {
                    let Some(inner) = inner.strip_suffix(')') else {
                        return Err(at("unterminated list: a ')' is missing".into()));
                    };
                    return list_items(inner).map(Operand::List).map_err(at);
                }
                if in_list || text.contains(',') {
                    return list_items(text).map(Operand::List).map_err(at);
                }
                Ok(Operand::Word(Word {
                    text: token.text.clone(),
                    quoted: false,
                }))
            }
            Kind::Bare => Ok(Operand::Word(Word {
                text: token.text.clone(),
                quoted: false,
            })),
        }
    }
}

/// The items of a list written `a, b, c` (inside its parentheses or brackets): separated by
/// commas, spaces around them dropped, each item plain or in quotes; `` is the empty list.
fn list_items(inner: &str) -> Result<Vec<Item>, String> {
    let chars: Vec<char> = inner.chars().collect();
    let mut items = Vec::new();
    if inner.trim().is_empty() {
        return Ok(items);
    }
    let mut i = 0;
    loop {
        while chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        let word = match chars.get(i) {
            Some('\'' | '"') => {
                let Some((text, end)) = quoted(&chars, i) else {
                    return Err("unterminated quote in the list".into());
                };
                i = end;
                while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                    i += 1;
                }
                if chars.get(i).is_some_and(|&c| c != ',') {
                    return Err("text right after a closing quote in the list (put a comma after the quote)".into());
                }
                Word { text, quoted: true }
            }
            _ => {
                let start = i;
                while chars.get(i).is_some_and(|&c| c != ',') {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                let text = text.trim();
                if text.is_empty() {
                    return Err("empty item in the comma-separated list".into());
                }
                Word {
                    text: text.to_string(),
                    quoted: false,
                }
            }
        };
        items.push(Item::Word(word));
        match chars.get(i) {
            None => return Ok(items),
            Some(_) => i += 1, // the comma
        }
        if i == chars.len() {
            return Err("empty item in the comma-separated list".into());
        }
    }
}

fn syntax(message: String) -> DomainError {
    DomainError::Syntax(message)
}

/// Field names are dotted identifiers (`name`, `party.name`, `lines.product.code`).
fn check_field(token: &Token) -> Result<(), DomainError> {
    let identifier = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && chars.all(|c| c.is_alphanumeric() || c == '_')
    };
    if token.kind == Kind::Bare && token.text.split('.').all(identifier) {
        return Ok(());
    }
    let hint = if token.kind == Kind::Bare && token.text.starts_with('(') {
        " (parentheses only enclose lists, as in: id in (1, 2); write nested groups as a JSON domain)"
    } else if token.kind == Kind::Bare && token.text.contains(['=', '<', '>', '!']) {
        " (put spaces around the operator: 'id > 10')"
    } else {
        " (expected a field name like name or party.name; quote values with spaces)"
    };
    Err(syntax(format!(
        "invalid field name '{}' at token {}{hint}",
        token.shown(),
        token.position
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse_domain;
    use serde_json::json;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn parse(words: &[&str]) -> Value {
        parse_domain(&args(words))
            .unwrap_or_else(|err| panic!("{words:?}: {err}"))
            .untyped()
    }

    fn error(words: &[&str]) -> String {
        match parse_domain(&args(words)) {
            Ok(value) => panic!("{words:?} parsed as {}", value.untyped()),
            Err(err) => {
                let text = err.to_string();
                assert!(!text.contains('\n'), "message has several lines: {text}");
                text
            }
        }
    }

    #[test]
    fn no_arguments_is_the_empty_domain() {
        assert_eq!(parse(&[]), json!([]));
        assert_eq!(parse(&[""]), json!([]));
        assert_eq!(parse(&["  ", ""]), json!([]));
    }

    #[test]
    fn json_is_passed_through() {
        let text = r#"[["name","ilike","%acme%"],["OR",["id",">",10],["active","=",false]]]"#;
        assert_eq!(parse(&[text]).to_string(), text);
        assert_eq!(parse(&["[]"]), json!([]));
        assert_eq!(
            parse(&[" [\"OR\", [\"id\", \"=\", 1], []]"]),
            json!(["OR", ["id", "=", 1], []])
        );
        // 4-element clauses (reference fields, child_of with a parent field).
        let four = r#"[["origin.rec_name","ilike","%x%","sale.sale"]]"#;
        assert_eq!(parse(&[four]).to_string(), four);
        // Tagged values and exact decimals stay untouched.
        let tagged = r#"[["amount",">",12345678901234567890.123456789],["date","=",{"__class__":"date","year":2026,"month":1,"day":2}]]"#;
        assert_eq!(parse(&[tagged]).to_string(), tagged);
    }

    #[test]
    fn json_errors() {
        let message = error(&[r#"[["name","=","x"]"#]);
        assert!(
            message.starts_with("invalid JSON domain: EOF while parsing"),
            "{message}"
        );
        assert!(message.contains("quote the whole domain"), "{message}");
        let message = error(&[r#"[["name","=","ACME"#, r#"Corp"]]"#]);
        assert!(message.contains("2 arguments"), "{message}");
        let message = error(&[r#"["name","=","x"]"#]);
        assert!(message.contains("a single clause"), "{message}");
        assert!(message.contains(r#"[["name","=","x"]]"#), "{message}");
        let message = error(&["[42]"]);
        assert!(
            message.contains("item 0") && message.contains("found 42"),
            "{message}"
        );
        let message = error(&[r#"[["id","=",1],"OR",["id","=",2]]"#]);
        assert!(
            message.contains("item 1") && message.contains("first item"),
            "{message}"
        );
        let message = error(&[r#"[["OR",["id","=",1],["id"]]]"#]);
        assert!(message.contains("item 0, item 2"), "{message}");
        assert!(message.contains("not a clause"), "{message}");
        let message = error(&[r#"[["id","=",1,2]]"#]);
        assert!(message.contains("4th element"), "{message}");
    }

    #[test]
    fn short_form_clauses() {
        assert_eq!(
            parse(&["name", "ilike", "%acme%"]),
            json!([["name", "ilike", "%acme%"]])
        );
        assert_eq!(parse(&["id", ">", "10"]), json!([["id", ">", 10]]));
        assert_eq!(
            parse(&["active", "=", "false"]),
            json!([["active", "=", false]])
        );
        assert_eq!(
            parse(&["active", "!=", "true"]),
            json!([["active", "!=", true]])
        );
        assert_eq!(
            parse(&["parent", "=", "null"]),
            json!([["parent", "=", null]])
        );
        assert_eq!(
            parse(&["code", "in", "1,2,3"]),
            json!([["code", "in", [1, 2, 3]]])
        );
        assert_eq!(
            parse(&["party.name", "ilike", "%x%"]),
            json!([["party.name", "ilike", "%x%"]])
        );
        assert_eq!(
            parse(&["lines.product.code", "=", "A1"]),
            json!([["lines.product.code", "=", "A1"]])
        );
        for op in [
            "=",
            "!=",
            "<",
            "<=",
            ">",
            ">=",
            "like",
            "ilike",
            "child_of",
            "parent_of",
        ] {
            assert_eq!(parse(&["f", op, "1"]), json!([["f", op, 1]]), "{op}");
        }
    }

    #[test]
    fn two_word_operators() {
        for op in ["not like", "not ilike", "not child_of", "not parent_of"] {
            let mut words: Vec<&str> = vec!["f"];
            words.extend(op.split(' '));
            words.push("x");
            assert_eq!(parse(&words), json!([["f", op, "x"]]), "{op}");
            // Also as one shell word.
            assert_eq!(parse(&["f", op, "x"]), json!([["f", op, "x"]]), "{op}");
        }
        assert_eq!(
            parse(&["code", "not", "in", "a,b"]),
            json!([["code", "not in", ["a", "b"]]])
        );
        assert_eq!(
            parse(&["name NOT ILIKE %x%"]),
            json!([["name", "not ilike", "%x%"]])
        );
        assert_eq!(parse(&["code IN 1,2"]), json!([["code", "in", [1, 2]]]));
    }

    #[test]
    fn values_are_typed() {
        let value = |word: &str| parse(&["f", "=", word])[0][2].clone();
        assert_eq!(value("42"), json!(42));
        assert_eq!(value("-7"), json!(-7));
        assert_eq!(value("1.50").to_string(), "1.50");
        assert_eq!(
            value("12345678901234567890.123456789").to_string(),
            "12345678901234567890.123456789"
        );
        // serde_json writes exponents in its own way (1e3 as 1e+3), the same for JSON input.
        assert_eq!(value("1e3"), parse(&[r#"[["f","=",1e3]]"#])[0][2]);
        assert_eq!(value("1e3").to_string(), "1e+3");
        // Things that only look a little like numbers stay text.
        assert_eq!(value("007"), json!("007"));
        assert_eq!(value("1.2.3"), json!("1.2.3"));
        assert_eq!(value("-"), json!("-"));
        assert_eq!(value("+5"), json!("+5"));
        assert_eq!(value("12abc"), json!("12abc"));
        assert_eq!(value("2026-01-02"), json!("2026-01-02"));
        assert_eq!(value("True"), json!("True"));
        assert_eq!(value("NULL"), json!("NULL"));
        // Quotes force text.
        assert_eq!(value("'10'"), json!("10"));
        assert_eq!(value("\"null\""), json!("null"));
        assert_eq!(value("''"), json!(""));
        assert_eq!(value(""), json!(""));
        assert_eq!(value("O'Brien"), json!("O'Brien"));
        // JSON values.
        assert_eq!(
            value(r#"{"__class__": "date", "year": 2026, "month": 1, "day": 2}"#),
            json!({"__class__": "date", "year": 2026, "month": 1, "day": 2})
        );
        assert_eq!(value("[1, 2]"), json!([1, 2]));
    }

    #[test]
    fn quoted_values_with_spaces() {
        let expected = json!([["name", "=", "ACME Corp"]]);
        // The shell removed the quotes: the value argument is taken whole.
        assert_eq!(parse(&["name", "=", "ACME Corp"]), expected);
        // The whole domain in one argument, either quote style.
        assert_eq!(parse(&[r#"name = "ACME Corp""#]), expected);
        assert_eq!(parse(&["name = 'ACME Corp'"]), expected);
        assert_eq!(parse(&["name =", "ACME Corp"]), expected);
        assert_eq!(parse(&["name", "=", "'ACME Corp'"]), expected);
        // Escapes inside quotes.
        assert_eq!(
            parse(&[r#"name = "say \"hi\" \\ o/" and id > 1"#]),
            json!([["name", "=", "say \"hi\" \\ o/"], ["id", ">", 1]])
        );
        let message = error(&[r#"name = 'it''s'"#]);
        assert!(message.contains("after a closing quote"), "{message}");
    }

    #[test]
    fn and_or_precedence() {
        let and = json!([["id", ">", 10], ["active", "=", true]]);
        assert_eq!(parse(&["id", ">", "10", "and", "active", "=", "true"]), and);
        assert_eq!(parse(&["id", ">", "10", "active", "=", "true"]), and);
        assert_eq!(parse(&["id > 10 AND active = true"]), and);
        assert_eq!(parse(&["id > 10", "active = true"]), and);
        assert_eq!(
            parse(&["id = 1 or id = 2"]),
            json!(["OR", ["id", "=", 1], ["id", "=", 2]])
        );
        assert_eq!(
            parse(&["a = 1 or b = 2 and c = 3 or d = 4 e = 5"]),
            json!([
                "OR",
                ["a", "=", 1],
                [["b", "=", 2], ["c", "=", 3]],
                [["d", "=", 4], ["e", "=", 5]]
            ])
        );
    }

    #[test]
    fn in_lists() {
        assert_eq!(parse(&["code", "in", "7"]), json!([["code", "in", [7]]]));
        assert_eq!(
            parse(&["code in 1, 2, 3"]),
            json!([["code", "in", [1, 2, 3]]])
        );
        assert_eq!(
            parse(&["code", "in", "1,", "2"]),
            json!([["code", "in", [1, 2]]])
        );
        assert_eq!(
            parse(&["code", "in", "a, b,null"]),
            json!([["code", "in", ["a", "b", null]]])
        );
        assert_eq!(
            parse(&[r#"code in ["a,b", "c d"] and id > 1"#]),
            json!([["code", "in", ["a,b", "c d"]], ["id", ">", 1]])
        );
        assert_eq!(parse(&["code", "in", "[]"]), json!([["code", "in", []]]));
        assert_eq!(
            parse(&["code", "in", "'a,b'"]),
            json!([["code", "in", ["a,b"]]])
        );
        assert_eq!(
            parse(&["parent", "child_of", "1,2"]),
            json!([["parent", "child_of", [1, 2]]])
        );
        let message = error(&["code", "in", "1,,2"]);
        assert!(
            message.contains("empty item") && message.contains("token 3"),
            "{message}"
        );
    }

    #[test]
    fn where_takes_a_nested_domain() {
        assert_eq!(
            parse(&[r#"lines where [["product", "=", 1]]"#]),
            json!([["lines", "where", [["product", "=", 1]]]])
        );
        assert_eq!(
            parse(&["lines", "not", "where", r#"[["quantity", ">", 2]]"#]),
            json!([["lines", "not where", [["quantity", ">", 2]]]])
        );
        let message = error(&["lines", "where", "x"]);
        assert!(message.contains("nested domain"), "{message}");
        let message = error(&["lines", "where", "[1]"]);
        assert!(message.contains("not a Tryton domain"), "{message}");
    }

    #[test]
    fn shorthand_equals_json() {
        let cases: &[(&[&str], &str)] = &[
            (
                &["name", "ilike", "%acme%"],
                r#"[["name","ilike","%acme%"]]"#,
            ),
            (
                &["id > 10 and active = true"],
                r#"[["id",">",10],["active","=",true]]"#,
            ),
            (
                &["code", "not", "in", "1,2,3", "or", "parent", "=", "null"],
                r#"["OR",["code","not in",[1,2,3]],["parent","=",null]]"#,
            ),
            (
                &["amount >= 0.10 name = 'ACME Corp'"],
                r#"[["amount",">=",0.10],["name","=","ACME Corp"]]"#,
            ),
        ];
        for (short, json) in cases {
            let from_short = parse(short);
            let from_json = parse(&[json]);
            assert_eq!(from_short, from_json, "{short:?}");
            assert_eq!(from_short.to_string(), *json, "{short:?}");
        }
    }

    #[test]
    fn operator_errors_point_at_the_token() {
        let message = error(&["name", "=>", "x"]);
        assert!(
            message.starts_with("unknown operator '=>' at token 2 ('name => x') (did you mean '>='?); operators: =, !=, <, <=, >, >=, like, ilike, not like"),
            "{message}"
        );
        let message = error(&["id > 1 and name equals x"]);
        assert!(
            message.starts_with("unknown operator 'equals' at token 6 ('name equals x')"),
            "{message}"
        );
        let message = error(&["name", "not", "x"]);
        assert!(
            message.starts_with("unknown operator 'not' at token 2"),
            "{message}"
        );
        let message = error(&["name", "'='", "x"]);
        assert!(message.starts_with("unknown operator '\"=\"'"), "{message}");
    }

    #[test]
    fn incomplete_clauses() {
        assert_eq!(
            error(&["name", "ilike"]),
            "incomplete clause 'name ilike': a value is missing"
        );
        assert_eq!(
            error(&["name"]),
            "incomplete clause 'name': an operator and a value are missing"
        );
        assert_eq!(
            error(&["name = ACME Corp"]),
            "incomplete clause 'Corp': an operator and a value are missing \
             (quote values that contain spaces: name = 'ACME Corp')"
        );
    }

    #[test]
    fn connective_errors() {
        assert_eq!(
            error(&["and id = 1"]),
            "'and' at token 1 has no clause before it"
        );
        assert_eq!(
            error(&["id = 1 or"]),
            "'or' at token 4 has no clause after it"
        );
        assert_eq!(
            error(&["id = 1 and or id = 2"]),
            "'or' at token 5 follows 'and' at token 4: a clause is missing between them"
        );
        assert!(error(&["id = 1 or or id = 2"]).contains("token 5"));
    }

    #[test]
    fn field_and_lexer_errors() {
        let message = error(&["id>10"]);
        assert!(
            message.starts_with("invalid field name 'id>10' at token 1 (put spaces around"),
            "{message}"
        );
        let message = error(&["'name' = x"]);
        assert!(
            message.starts_with("invalid field name '\"name\"' at token 1"),
            "{message}"
        );
        let message = error(&["party..name = x"]);
        assert!(
            message.contains("invalid field name 'party..name'"),
            "{message}"
        );
        let message = error(&["name = 'ACME"]);
        assert!(
            message.starts_with("unterminated quote in 'ACME"),
            "{message}"
        );
        let message = error(&["name = 'a'b"]);
        assert!(message.contains("after a closing quote"), "{message}");
        let message = error(&["code in [1, 2"]);
        assert!(
            message.contains("unterminated JSON value [1, 2"),
            "{message}"
        );
        let message = error(&["code", "in", "[1, 2"]);
        assert!(message.contains("invalid JSON value"), "{message}");
        let message = error(&["x = [1]y"]);
        assert!(message.contains("after the JSON value [1]: y"), "{message}");
    }

    #[test]
    fn unicode_values_and_fields() {
        assert_eq!(
            parse(&["name = 'Zoë Ünïcødé 株式会社 🚀'"]),
            json!([["name", "=", "Zoë Ünïcødé 株式会社 🚀"]])
        );
        assert_eq!(
            parse(&["name", "ilike", "%株式%"]),
            json!([["name", "ilike", "%株式%"]])
        );
        assert_eq!(parse(&["名前 = 🚀"]), json!([["名前", "=", "🚀"]]));
        let message = error(&["name", "≥", "x"]);
        assert!(
            message.starts_with("unknown operator '≥' at token 2"),
            "{message}"
        );
    }

    #[test]
    fn ten_thousand_clauses() {
        let mut words = Vec::new();
        for i in 0..10_000 {
            if i > 0 {
                words.push(if i % 2 == 0 { "and" } else { "or" }.to_string());
            }
            words.push(format!("f{i}"));
            words.push("=".into());
            words.push(i.to_string());
        }
        let domain = parse_domain(&words).expect("parses").untyped();
        assert_eq!(domain[0], json!("OR"));
        let clauses: usize = domain.as_array().unwrap()[1..]
            .iter()
            .map(|group| {
                if group[0].is_string() {
                    1
                } else {
                    group.as_array().unwrap().len()
                }
            })
            .sum();
        assert_eq!(clauses, 10_000);

        let one_argument = (0..10_000)
            .map(|i| format!("f{i} = {i}"))
            .collect::<Vec<_>>()
            .join(" and ");
        let domain = parse_domain(&[one_argument]).expect("parses").untyped();
        assert_eq!(domain.as_array().unwrap().len(), 10_000);
        assert_eq!(domain[9_999], json!(["f9999", "=", 9999]));
        // The same as JSON.
        let json = domain.to_string();
        assert_eq!(parse_domain(&[json]).unwrap().untyped(), domain);
    }

    #[test]
    fn deeply_nested_json_is_checked_without_recursion() {
        // serde_json stops at 128 levels; the shape check must handle what it accepts.
        let depth = 100;
        let text = format!("{}[\"id\",\"=\",1]{}", "[".repeat(depth), "]".repeat(depth));
        let value = parse_domain(&[text]).expect("parses").untyped();
        assert!(value.is_array());
    }
}

#[cfg(test)]
mod lists {
    use super::*;
    use crate::domain::parse_domain;
    use serde_json::json;

    fn parse(words: &[&str]) -> Value {
        let args: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        parse_domain(&args)
            .unwrap_or_else(|err| panic!("{words:?}: {err}"))
            .untyped()
    }

    fn error(words: &[&str]) -> String {
        let args: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        match parse_domain(&args) {
            Ok(domain) => panic!("{words:?} parsed as {}", domain.untyped()),
            Err(err) => err.to_string(),
        }
    }

    #[test]
    fn lists_in_parentheses_as_the_help_writes_them() {
        let expected = json!([["id", "in", [1, 2, 3]]]);
        for written in [
            &["id in (1,2,3)"][..],
            &["id in (1, 2, 3)"],
            &["id in ( 1 , 2 , 3 )"],
            &["id", "in", "(1,2,3)"],
            &["id", "in", "(1, 2, 3)"],
            &["id", "in", "(1,", "2,", "3)"],
            &["id in (1,", "2, 3)"],
            &["id", "in", "[1, 2, 3]"],
            &["id", "not", "in", "(1,2,3)"],
        ] {
            let got = parse(written);
            if written.contains(&"not") {
                assert_eq!(got, json!([["id", "not in", [1, 2, 3]]]), "{written:?}");
            } else {
                assert_eq!(got, expected, "{written:?}");
            }
        }
        assert_eq!(
            parse(&["id in (1, 2) and name = x"]),
            json!([["id", "in", [1, 2]], ["name", "=", "x"]])
        );
        assert_eq!(parse(&["id in ()"]), json!([["id", "in", []]]));
        assert_eq!(parse(&["id in (7)"]), json!([["id", "in", [7]]]));
    }

    #[test]
    fn list_items_may_be_quoted_or_bracketed_text() {
        assert_eq!(
            parse(&["name in ('ACME, Inc', Foo Bar, \"O'Brien\")"]),
            json!([["name", "in", ["ACME, Inc", "Foo Bar", "O'Brien"]]])
        );
        assert_eq!(
            parse(&["name", "in", "[ACME Corp, Foo]"]),
            json!([["name", "in", ["ACME Corp", "Foo"]]])
        );
        // Valid JSON stays JSON.
        assert_eq!(
            parse(&[r#"name in ["a,b", "c"]"#]),
            json!([["name", "in", ["a,b", "c"]]])
        );
        assert_eq!(
            parse(&["parent child_of (1, 2)"]),
            json!([["parent", "child_of", [1, 2]]])
        );
        // A word with a quote inside is text, not a quote.
        assert_eq!(
            parse(&["name in (O'Brien, x)"]),
            json!([["name", "in", ["O'Brien", "x"]]])
        );
    }

    #[test]
    fn list_errors_point_at_the_list() {
        let message = error(&["id in (1, , 2)"]);
        assert!(message.contains("empty item"), "{message}");
        let message = error(&["id in (1, 2"]);
        assert!(message.contains("')' is missing"), "{message}");
        let message = error(&["id in (1, 2)x"]);
        assert!(message.contains("after the list"), "{message}");
        let message = error(&["(id = 1 or id = 2) and name = x"]);
        assert!(
            message.contains("parentheses only enclose lists"),
            "{message}"
        );
    }
}
