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

use std::collections::VecDeque;

use serde_json::{Map, Value, json};

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

/// What a field's values are sent as; from the `type` of its `fields_get` definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// char, text, full_text, selection, multiselection, reference: a string.
    Text,
    /// integer, float: a JSON number (its text kept exactly).
    Number,
    /// numeric: a tagged Decimal, `{"__class__": "Decimal", "decimal": "1.50"}`.
    Numeric,
    Boolean,
    Date,
    /// datetime, timestamp.
    DateTime,
    Time,
    TimeDelta,
    /// many2one, one2one, one2many, many2many: an id, or a name matched on `rec_name`.
    Relation,
    /// binary, dict, the far side of a reference, types this program does not know: typed by
    /// spelling, as without field types.
    Untyped,
}

impl FieldType {
    /// The type of a field whose `fields_get` definition says `type: name`.
    pub fn from_tryton(name: &str) -> FieldType {
        match name {
            "char" | "text" | "full_text" | "selection" | "multiselection" | "reference" => {
                FieldType::Text
            }
            "integer" | "biginteger" | "float" => FieldType::Number,
            "numeric" => FieldType::Numeric,
            "boolean" => FieldType::Boolean,
            "date" => FieldType::Date,
            "datetime" | "timestamp" => FieldType::DateTime,
            "time" => FieldType::Time,
            "timedelta" => FieldType::TimeDelta,
            "many2one" | "one2one" | "one2many" | "many2many" => FieldType::Relation,
            _ => FieldType::Untyped,
        }
    }

    /// How messages name the type.
    fn described(self) -> &'static str {
        match self {
            FieldType::Text => "a text field",
            FieldType::Number => "a number field",
            FieldType::Numeric => "a numeric (decimal) field",
            FieldType::Boolean => "a boolean field",
            FieldType::Date => "a date field",
            FieldType::DateTime => "a datetime field",
            FieldType::Time => "a time field",
            FieldType::TimeDelta => "a duration (timedelta) field",
            FieldType::Relation => "a relation field",
            FieldType::Untyped => "a field",
        }
    }
}

/// A parsed domain: JSON as the user wrote it, or the short form's clauses with their values as
/// written, to be typed by their fields.
#[derive(Debug, Clone, PartialEq)]
pub enum Domain {
    Json(Value),
    /// Groups of clauses: the clauses of a group are ANDed, the groups ORed.
    Short(Vec<Vec<Clause>>),
}

/// `FIELD OPERATOR VALUE` from the short form.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub field: String,
    pub operator: String,
    operand: Operand,
}

#[derive(Debug, Clone, PartialEq)]
enum Operand {
    /// One value as written.
    Word(Word),
    /// A list (`in`, `child_of` with several ids).
    List(Vec<Item>),
    /// JSON written inside the short form: sent as written.
    Json(Value),
}

#[derive(Debug, Clone, PartialEq)]
enum Item {
    Word(Word),
    /// An object or array inside a JSON list (a tagged value): sent as written.
    Json(Value),
}

#[derive(Debug, Clone, PartialEq)]
struct Word {
    text: String,
    /// Written in quotes (or a JSON string): text, never null; a name for a relation.
    quoted: bool,
}

impl Word {
    fn is_null(&self) -> bool {
        !self.quoted && self.text == "null"
    }

    /// A record id: an integer written without quotes.
    fn id(&self) -> Option<i64> {
        if self.quoted {
            return None;
        }
        self.text.parse().ok()
    }

    /// A JSON scalar inside a JSON list, as if written as a word.
    fn from_json(value: &Value) -> Option<Word> {
        let (text, quoted) = match value {
            Value::String(text) => (text.clone(), true),
            Value::Number(number) => (number.to_string(), false),
            Value::Bool(b) => (b.to_string(), false),
            Value::Null => ("null".to_string(), false),
            _ => return None,
        };
        Some(Word { text, quoted })
    }
}

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
        return parse_json(first).map(Domain::Json);
    }
    if args.iter().all(|arg| arg.trim().is_empty()) {
        return Ok(Domain::Short(Vec::new()));
    }
    Parser::new(args).domain()
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

    fn build(&self, type_of: impl Fn(&str) -> FieldType) -> Result<Value, DomainError> {
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
    /// Plain text: typed by its field (or by its spelling: number, true/false/null, else text).
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
/// word of what they enclose, `[`/`{` at the start of a word take a balanced JSON value, `(`
/// a list up to its `)`.
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
            '(' => {
                // A list in parentheses, spaces and quoted items included: `(1, 2)`,
                // `('ACME, Inc', Foo)`. Quotes count at the start of an item only.
                let mut depth = 0usize;
                let mut quote: Option<char> = None;
                let mut item_start = true;
                while i < chars.len() {
                    let c = chars[i];
                    i += 1;
                    if let Some(q) = quote {
                        match c {
                            '\\' => i += 1,
                            c if c == q => quote = None,
                            _ => {}
                        }
                        continue;
                    }
                    match c {
                        '\'' | '"' if item_start => quote = Some(c),
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    item_start = c == ',' || c == '(' || (item_start && c.is_whitespace());
                }
                let end = i.min(chars.len());
                let text: String = chars[start..end].iter().collect();
                if depth == 0 && chars.get(i).is_some_and(|c| !c.is_whitespace()) {
                    let rest: String = chars[i..]
                        .iter()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    return Err(format!(
                        "text right after the list {text}: {rest} (put a space after it)"
                    ));
                }
                // An unclosed list goes on in the next argument (`'(1,' '2)'`).
                words.push((text, Kind::Bare));
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

    fn domain(mut self) -> Result<Domain, DomainError> {
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
            Some(&quote @ ('\'' | '"')) => {
                let mut text = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err("unterminated quote in the list".into()),
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
                Ok(json!({"__class__": "Decimal", "decimal": trimmed.trim_start_matches('+')}))
            } else {
                Err("a decimal number (e.g. 12.50)")
            }
        }
        FieldType::Boolean => match trimmed.to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Ok(Value::Bool(true)),
            "false" | "0" | "no" => Ok(Value::Bool(false)),
            _ => Err("a boolean (true or false, 1 or 0, yes or no)"),
        },
        FieldType::Date => date(trimmed)
            .map(|(y, m, d)| json!({"__class__": "date", "year": y, "month": m, "day": d}))
            .ok_or("a date (YYYY-MM-DD)"),
        FieldType::DateTime => datetime(trimmed).ok_or(
            "a datetime (YYYY-MM-DD, 'YYYY-MM-DD HH:MM[:SS]' or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]; UTC unless an offset is given)",
        ),
        FieldType::Time => time(trimmed)
            .map(|(hour, minute, second, microsecond)| {
                json!({"__class__": "time", "hour": hour, "minute": minute, "second": second,
                    "microsecond": microsecond})
            })
            .ok_or("a time (HH:MM[:SS[.ffffff]])"),
        FieldType::TimeDelta => duration_seconds(trimmed)
            .map(|seconds| {
                let mut object = Map::new();
                object.insert("__class__".into(), "timedelta".into());
                object.insert("seconds".into(), Value::Number(seconds));
                Value::Object(object)
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

/// `[+-]digits[.digits][e[+-]digits]` (also `.5` and `5.`), what Python's Decimal reads.
fn is_decimal(text: &str) -> bool {
    let text = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let mantissa_ok =
        digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

/// `YYYY-MM-DD`, a real calendar day.
fn date(text: &str) -> Option<(i64, u32, u32)> {
    let mut parts = text.splitn(3, '-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !(all_digits(year) && all_digits(month) && all_digits(day)) {
        return None;
    }
    let (year, month, day): (i64, u32, u32) =
        (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    if year < 1 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some((year, month, day))
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.ffffff`: (hour, minute, second, microsecond).
fn time(text: &str) -> Option<(u32, u32, u32, u32)> {
    let (clock, fraction) = match text.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (text, None),
    };
    let parts: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.len() != 2 || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let hour: u32 = parts[0].parse().ok()?;
    let minute: u32 = parts[1].parse().ok()?;
    let second: u32 = parts.get(2).map_or(Some(0), |s| s.parse().ok())?;
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let microsecond = match fraction {
        None => 0,
        Some(f)
            if parts.len() == 3
                && (1..=6).contains(&f.len())
                && f.chars().all(|c| c.is_ascii_digit()) =>
        {
            format!("{f:0<6}").parse().ok()?
        }
        Some(_) => return None,
    };
    Some((hour, minute, second, microsecond))
}

/// A datetime as Tryton sends it (naive, UTC): a date alone is its midnight; a `Z` or `+HH:MM`
/// offset is converted to UTC.
fn datetime(text: &str) -> Option<Value> {
    let (day, clock) = match text.split_once(['T', 't', ' ']) {
        Some((day, clock)) => (day, Some(clock.trim())),
        None => (text, None),
    };
    let (year, month, day) = date(day)?;
    let (hour, minute, second, microsecond, offset_minutes) = match clock {
        None => (0, 0, 0, 0, 0),
        Some(clock) => {
            let (clock, offset) = split_offset(clock)?;
            let (h, m, s, us) = time(clock)?;
            (h, m, s, us, offset)
        }
    };
    // Shift by the offset in whole minutes through the day count (Howard Hinnant's algorithms).
    let mut minutes =
        days_from_civil(year, month, day) * 1440 + i64::from(hour) * 60 + i64::from(minute)
            - offset_minutes;
    let days = minutes.div_euclid(1440);
    minutes = minutes.rem_euclid(1440);
    let (year, month, day) = civil_from_days(days);
    if year < 1 {
        return None;
    }
    Some(
        json!({"__class__": "datetime", "year": year, "month": month, "day": day,
        "hour": minutes / 60, "minute": minutes % 60, "second": second, "microsecond": microsecond}),
    )
}

/// `10:00:00Z` → (`10:00:00`, 0), `10:00+02:00` → (`10:00`, 120).
fn split_offset(clock: &str) -> Option<(&str, i64)> {
    if let Some(clock) = clock.strip_suffix(['Z', 'z']) {
        return Some((clock, 0));
    }
    let Some(at) = clock.rfind(['+', '-']) else {
        return Some((clock, 0));
    };
    let (clock, offset) = clock.split_at(at);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let offset = &offset[1..];
    let (hours, minutes) = match offset.split_once(':') {
        Some((h, m)) => (h, m),
        None if offset.len() == 4 => offset.split_at(2),
        None if offset.len() == 2 => (offset, "00"),
        None => return None,
    };
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some((clock, sign * (hours * 60 + minutes)))
}

fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
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
mod tests {
    use super::*;
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

#[cfg(test)]
mod typed {
    use super::*;
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
