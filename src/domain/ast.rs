//! What a parsed domain is: JSON as written, or the short form's clauses with their values as
//! written; and the field types that decide how those values are sent.

use serde_json::Value;

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
    pub(super) fn described(self) -> &'static str {
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
    pub(super) operand: Operand,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Operand {
    /// One value as written.
    Word(Word),
    /// A list (`in`, `child_of` with several ids).
    List(Vec<Item>),
    /// JSON written inside the short form: sent as written.
    Json(Value),
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Item {
    Word(Word),
    /// An object or array inside a JSON list (a tagged value): sent as written.
    Json(Value),
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Word {
    pub(super) text: String,
    /// Written in quotes (or a JSON string): text, never null; a name for a relation.
    pub(super) quoted: bool,
}

impl Word {
    pub(super) fn is_null(&self) -> bool {
        !self.quoted && self.text == "null"
    }

    /// A record id: an integer written without quotes.
    pub(super) fn id(&self) -> Option<i64> {
        if self.quoted {
            return None;
        }
        self.text.parse().ok()
    }

    /// A JSON scalar inside a JSON list, as if written as a word.
    pub(super) fn from_json(value: &Value) -> Option<Word> {
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
