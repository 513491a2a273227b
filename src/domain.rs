//! Search domains from the command line.
//!
//! A Tryton domain is a JSON list of clauses `["field", "operator", value]`; a nested list is a
//! sub-domain, and a (sub-)domain whose first element is `"OR"` (or `"AND"`, the default) joins its
//! other elements with that operator. Two ways to write one:
//!
//! **JSON**: one argument that starts with `[`, passed to the server as it is, e.g.
//! `'[["name", "ilike", "%acme%"], ["OR", ["id", ">", 10], ["active", "=", false]]]'`.
//! It is checked for shape only (each item is a clause of 3 or 4 elements starting with a field
//! name and an operator, a nested list, or "AND"/"OR" as the first item); operators are not.
//!
//! **Short form**: clauses written out as words, e.g. `name ilike %acme%`, `id > 10 and active =
//! true`, `code in 1,2,3`, `name = 'ACME Corp' or parent = null`.
//!
//! ```text
//! domain  := group ("or" group)*
//! group   := clause ("and"? clause)*          clauses that simply follow each other are ANDed
//! clause  := FIELD OPERATOR VALUE
//! FIELD   := name ("." name)*                 e.g. name, party.name, lines.product.code
//! OPERATOR:= = | != | < | <= | > | >= | like | ilike | not like | not ilike | in | not in
//!          | child_of | not child_of | parent_of | not parent_of | where | not where
//! VALUE   := 'text' | "text"                  always a string ('10' is the text "10")
//!          | integer | decimal                a JSON number, its text kept exactly
//!          | true | false | null
//!          | [JSON array] | {JSON object}     e.g. a nested domain for where, or a tagged date
//!                                             {"__class__": "date", "year": 2026, ...}
//!          | anything else                    the text as it is, e.g. %acme%
//! ```
//!
//! - `and` binds tighter than `or`: `a or b and c` is `["OR", a, [b, c]]`; there are no
//!   parentheses (use JSON for anything deeper). Without `or` the result is the flat list
//!   `[a, b, c]`; with it, `["OR", group, ...]` where a group of one clause is the clause itself.
//! - `and`, `or`, `not` and the word operators are case-insensitive (`ILIKE` is `ilike`).
//! - `in` and `not in` take a comma-separated list (`1,2,3`, `a, b` inside one argument; items
//!   are typed like values) or a JSON array (needed for items holding commas); a single value is
//!   a list of one. `child_of` and friends take an id or a comma-separated list of ids.
//! - `where` and `not where` take a nested domain as a JSON array.
//! - Words are separated by spaces; the whole domain may come as one shell argument
//!   (`'name = "ACME Corp" and id > 3'`) or as many. Quotes (single or double, `\` escapes the
//!   quote or a backslash inside) make one word of text with spaces; they only count at the start
//!   of a word, so `O'Brien` is plain text. An argument that lands where a value is expected is
//!   the value as a whole, spaces included, so `name = 'ACME Corp'` works after the shell removed
//!   the quotes.
//! - Operators need spaces around them: `id>10` is an error, `id > 10` is not.

use std::collections::VecDeque;

use serde_json::Value;

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
pub fn parse_domain(args: &[String]) -> Result<Value, DomainError> {
    let Some(first) = args.first() else {
        return Ok(Value::Array(Vec::new()));
    };
    if first.trim_start().starts_with('[') {
        if args.len() > 1 {
            return Err(DomainError::Json(format!(
                "the JSON domain came as {} arguments, not one",
                args.len()
            )));
        }
        return parse_json(first);
    }
    if args.iter().all(|arg| arg.trim().is_empty()) {
        return Ok(Value::Array(Vec::new()));
    }
    Parser::new(args).domain()
}

fn parse_json(text: &str) -> Result<Value, DomainError> {
    let value: Value =
        serde_json::from_str(text).map_err(|err| DomainError::Json(err.to_string()))?;
    check_shape(&value)?;
    Ok(value)
}

/// Checks that `value` is a domain, without recursion (the nesting depth is the user's).
fn check_shape(value: &Value) -> Result<(), DomainError> {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Plain text: typed by its content (number, true/false/null, else string).
    Bare,
    /// Text from quotes: always a string.
    Quoted,
    /// A JSON array or object.
    Json,
}

#[derive(Debug, Clone)]
struct Token {
    text: String,
    kind: Kind,
    /// 1-based position among all tokens, for messages.
    position: usize,
}

impl Token {
    fn shown(&self) -> String {
        match self.kind {
            Kind::Quoted => format!("\"{}\"", self.text),
            _ => self.text.clone(),
        }
    }
}

/// Splits one argument into words: whitespace separates, quotes at the start of a word make one
/// word of what they enclose, `[`/`{` at the start of a word take a balanced JSON value.
fn lex(arg: &str) -> Result<Vec<(String, Kind)>, String> {
    let chars: Vec<char> = arg.chars().collect();
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        match chars[i] {
            quote @ ('\'' | '"') => {
                let mut text = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => {
                            let word: String = chars[start..].iter().collect();
                            return Err(format!("unterminated quote in {word}"));
                        }
                        Some('\\') if matches!(chars.get(i + 1), Some(&c) if c == quote || c == '\\') =>
                        {
                            text.push(chars[i + 1]);
                            i += 2;
                        }
                        Some(&c) if c == quote => {
                            i += 1;
                            break;
                        }
                        Some(&c) => {
                            text.push(c);
                            i += 1;
                        }
                    }
                }
                if chars.get(i).is_some_and(|c| !c.is_whitespace()) {
                    let word: String = chars[start..]
                        .iter()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    return Err(format!(
                        "text right after a closing quote in {word} (put a space after the quote)"
                    ));
                }
                words.push((text, Kind::Quoted));
            }
            '[' | '{' => {
                let mut depth = 0usize;
                let mut in_string = false;
                while i < chars.len() {
                    let c = chars[i];
                    i += 1;
                    if in_string {
                        match c {
                            '\\' => i += 1,
                            '"' => in_string = false,
                            _ => {}
                        }
                    } else {
                        match c {
                            '"' => in_string = true,
                            '[' | '{' => depth += 1,
                            ']' | '}' => {
                                depth = depth.saturating_sub(1);
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                }
                let i_end = i.min(chars.len());
                let text: String = chars[start..i_end].iter().collect();
                if depth != 0 || in_string {
                    return Err(format!("unterminated JSON value {text}"));
                }
                if chars.get(i).is_some_and(|c| !c.is_whitespace()) {
                    let rest: String = chars[i..]
                        .iter()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    return Err(format!(
                        "text right after the JSON value {text}: {rest} (put a space after it)"
                    ));
                }
                words.push((text, Kind::Json));
            }
            _ => {
                while i < chars.len() && !chars[i].is_whitespace() {
                    i += 1;
                }
                words.push((chars[start..i].iter().collect(), Kind::Bare));
            }
        }
    }
    Ok(words)
}

/// Tokens pulled on demand: where the parser expects a word (field, operator, `and`/`or`) the
/// next argument is split with [`lex`]; where it expects a value and no split word is pending,
/// the next argument is the value as a whole.
struct Tokens<'a> {
    args: &'a [String],
    next_arg: usize,
    pending: VecDeque<(String, Kind)>,
    position: usize,
}

impl<'a> Tokens<'a> {
    fn new(args: &'a [String]) -> Self {
        Tokens {
            args,
            next_arg: 0,
            pending: VecDeque::new(),
            position: 0,
        }
    }

    fn token(&mut self, (text, kind): (String, Kind)) -> Token {
        self.position += 1;
        Token {
            text,
            kind,
            position: self.position,
        }
    }

    /// Fills `pending` from the following arguments (skipping blank ones); false at the end.
    fn refill(&mut self) -> Result<bool, DomainError> {
        while self.pending.is_empty() {
            let Some(arg) = self.args.get(self.next_arg) else {
                return Ok(false);
            };
            self.next_arg += 1;
            let words = lex(arg).map_err(|why| {
                DomainError::Syntax(format!("{why} (argument {})", self.next_arg))
            })?;
            self.pending.extend(words);
        }
        Ok(true)
    }

    fn next_word(&mut self) -> Result<Option<Token>, DomainError> {
        if !self.refill()? {
            return Ok(None);
        }
        let word = self.pending.pop_front().expect("refilled");
        Ok(Some(self.token(word)))
    }

    fn peek_word(&mut self) -> Result<Option<&(String, Kind)>, DomainError> {
        self.refill()?;
        Ok(self.pending.front())
    }

    fn next_value(&mut self) -> Result<Option<Token>, DomainError> {
        if let Some(word) = self.pending.pop_front() {
            return Ok(Some(self.token(word)));
        }
        let Some(arg) = self.args.get(self.next_arg) else {
            return Ok(None);
        };
        self.next_arg += 1;
        let word = whole_value(arg);
        Ok(Some(self.token(word)))
    }

    /// The next value's text, without taking it (for messages).
    fn peek_value_text(&self) -> Option<String> {
        match self.pending.front() {
            Some((text, _)) => Some(text.clone()),
            None => self.args.get(self.next_arg).cloned(),
        }
    }
}

/// A whole argument used as a value: one quoted word or a JSON value if it is exactly that,
/// else the text as it is.
fn whole_value(arg: &str) -> (String, Kind) {
    let trimmed = arg.trim();
    if trimmed.starts_with(['[', '{']) {
        return (trimmed.to_string(), Kind::Json);
    }
    if trimmed.starts_with(['\'', '"'])
        && let Ok(mut words) = lex(trimmed)
        && words.len() == 1
    {
        return words.pop().expect("one word");
    }
    (arg.to_string(), Kind::Bare)
}

struct Parser<'a> {
    tokens: Tokens<'a>,
}

impl<'a> Parser<'a> {
    fn new(args: &'a [String]) -> Self {
        Parser {
            tokens: Tokens::new(args),
        }
    }

    fn domain(mut self) -> Result<Value, DomainError> {
        let mut groups: Vec<Vec<Value>> = vec![Vec::new()];
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
        if groups.len() == 1 {
            return Ok(Value::Array(groups.pop().expect("one group")));
        }
        let mut domain = Vec::with_capacity(groups.len() + 1);
        domain.push(Value::String("OR".into()));
        for mut group in groups {
            domain.push(if group.len() == 1 {
                group.pop().expect("one clause")
            } else {
                Value::Array(group)
            });
        }
        Ok(Value::Array(domain))
    }

    fn clause(&mut self, field: Token) -> Result<Value, DomainError> {
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
        let value = self.operand(&field, &operator, value)?;
        Ok(Value::Array(vec![
            Value::String(field.text),
            Value::String(operator),
            value,
        ]))
    }

    fn operand(
        &mut self,
        field: &Token,
        operator: &str,
        mut token: Token,
    ) -> Result<Value, DomainError> {
        let listy = matches!(
            operator,
            "in" | "not in" | "child_of" | "not child_of" | "parent_of" | "not parent_of"
        );
        if listy && token.kind == Kind::Bare {
            // `1, 2, 3` split into words: take the words that follow a trailing comma.
            while token.text.trim_end().ends_with(',') {
                let Some(more) = self.tokens.next_value()? else {
                    break;
                };
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
                let value: Value = serde_json::from_str(&token.text)
                    .map_err(|err| at(format!("invalid JSON value: {err}")))?;
                if operator.ends_with("where") && !value.is_array() {
                    return Err(at(format!(
                        "'{operator}' needs a nested domain (a JSON list)"
                    )));
                }
                if operator.ends_with("where") {
                    check_shape(&value).map_err(|err| at(err.to_string()))?;
                }
                if matches!(operator, "in" | "not in") && !value.is_array() {
                    return Ok(Value::Array(vec![value]));
                }
                Ok(value)
            }
            _ if operator.ends_with("where") => Err(at(format!(
                "'{operator}' needs a nested domain (a JSON list like [[\"name\", \"=\", \"x\"]])"
            ))),
            Kind::Quoted => {
                let text = Value::String(token.text.clone());
                Ok(if matches!(operator, "in" | "not in") {
                    Value::Array(vec![text])
                } else {
                    text
                })
            }
            Kind::Bare
                if matches!(operator, "in" | "not in") || (listy && token.text.contains(',')) =>
            {
                let mut items = Vec::new();
                for item in token.text.split(',') {
                    let item = item.trim();
                    if item.is_empty() {
                        return Err(at("empty item in the comma-separated list".into()));
                    }
                    items.push(scalar(item));
                }
                Ok(Value::Array(items))
            }
            Kind::Bare => Ok(scalar(&token.text)),
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
    let hint = if token.kind == Kind::Bare && token.text.contains(['=', '<', '>', '!']) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn parse(words: &[&str]) -> Value {
        parse_domain(&args(words)).unwrap_or_else(|err| panic!("{words:?}: {err}"))
    }

    fn error(words: &[&str]) -> String {
        match parse_domain(&args(words)) {
            Ok(value) => panic!("{words:?} parsed as {value}"),
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
        let domain = parse_domain(&words).expect("parses");
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
        let domain = parse_domain(&[one_argument]).expect("parses");
        assert_eq!(domain.as_array().unwrap().len(), 10_000);
        assert_eq!(domain[9_999], json!(["f9999", "=", 9999]));
        // The same as JSON.
        let json = domain.to_string();
        assert_eq!(parse_domain(&[json]).unwrap(), domain);
    }

    #[test]
    fn deeply_nested_json_is_checked_without_recursion() {
        // serde_json stops at 128 levels; the shape check must handle what it accepts.
        let depth = 100;
        let text = format!("{}[\"id\",\"=\",1]{}", "[".repeat(depth), "]".repeat(depth));
        let value = parse_domain(&[text]).expect("parses");
        assert!(value.is_array());
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
            let parsed = parse_domain(std::slice::from_ref(&text)).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(parsed, Value::Array(expected.clone()));
            // And the JSON form passes through unchanged.
            let as_json = Value::Array(expected).to_string();
            prop_assert_eq!(parse_domain(std::slice::from_ref(&as_json)).unwrap().to_string(), as_json);
        }

        #[test]
        fn any_input_is_a_domain_or_an_error_never_a_panic(words in prop::collection::vec(".{0,20}", 0..12)) {
            let _ = parse_domain(&words);
        }
    }
}
