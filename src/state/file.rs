//! The file of declared records, read with the line of every value: YAML (saphyr), or JSON
//! (read by the same parser, as JSON is YAML's flow style), so that any error names
//! `file:line`.
//!
//! ```yaml
//! version: 1
//! context: {language: en}
//! records:
//!   - model: party.category
//!     key: [name, parent]
//!     prune: {domain: [["name", "like", "tmp-%"]]}
//!     items:
//!       - name: VIP
//!         parent: Customers
//! ```
//! What a value means (a plain value, a reference, a set, children) depends on its field's type,
//! which only the server knows: the items keep their values as [`Node`]s, read by the planner.

use saphyr::{LoadableYamlNode, MarkedYamlOwned, ScalarOwned, YamlDataOwned};
use serde_json::{Map, Value};

use crate::exit::Failure;

/// A value of the file and the line it starts on.
#[derive(Clone, Debug)]
pub struct Node {
    pub line: usize,
    pub data: Data,
}

#[derive(Clone, Debug)]
pub enum Data {
    Scalar(Value),
    List(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl Node {
    /// The value as JSON (lines dropped).
    pub fn to_json(&self) -> Value {
        match &self.data {
            Data::Scalar(value) => value.clone(),
            Data::List(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            Data::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(key, node)| (key.clone(), node.to_json()))
                    .collect::<Map<_, _>>(),
            ),
        }
    }

    /// The entry `key` of a map.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.data {
            Data::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.data {
            Data::Scalar(Value::String(text)) => Some(text),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.data, Data::Scalar(Value::Null))
    }
}

/// The declared records of one file.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The file's name, as errors name it.
    pub source: String,
    /// Merged over the user's context for every call (e.g. the language of translated names).
    pub context: Map<String, Value>,
    pub blocks: Vec<Block>,
}

/// The records of one model.
#[derive(Clone, Debug)]
pub struct Block {
    pub line: usize,
    pub model: String,
    /// The natural key's fields, when the file overrides the model's default.
    pub key: Option<Vec<String>>,
    /// Records in this domain that no item names are deleted.
    pub prune: Option<Value>,
    /// The line of `prune:`.
    pub prune_line: usize,
    pub items: Vec<Item>,
}

/// One declared record: its fields' values, or that it must not exist.
#[derive(Clone, Debug)]
pub struct Item {
    pub line: usize,
    /// Identified by XML-ID (a module's record) rather than by its key.
    pub xml_id: Option<String>,
    pub absent: bool,
    pub fields: Vec<(String, Node)>,
}

/// Children inside a parent's one2many field: a list of items, or a block with its own key and
/// prune.
#[derive(Clone, Debug)]
pub struct ChildBlock {
    pub key: Option<Vec<String>>,
    pub prune: bool,
    pub items: Vec<Item>,
}

/// The error for something wrong at `line` of the file: exit 3.
pub fn at(source: &str, line: usize, message: impl std::fmt::Display) -> anyhow::Error {
    Failure::usage(format!("{source}:{line}: {message}")).into()
}

/// Read a file's text (YAML or JSON).
pub fn parse(source: &str, text: &str) -> anyhow::Result<Spec> {
    let root = load(source, text)?;
    let Data::Map(entries) = &root.data else {
        return Err(at(
            source,
            root.line,
            "the file must be a mapping with version and records",
        ));
    };
    for (key, node) in entries {
        if !matches!(key.as_str(), "version" | "context" | "records") {
            return Err(at(
                source,
                node.line,
                format!("unknown key '{key}': the file has version, context and records"),
            ));
        }
    }
    match root.get("version").map(Node::to_json) {
        None => {}
        Some(Value::Number(n)) if n.as_i64() == Some(1) => {}
        Some(other) => {
            return Err(at(
                source,
                root.get("version").map_or(root.line, |n| n.line),
                format!("version {other} is not one this program reads: use version: 1"),
            ));
        }
    }
    let context = match root.get("context") {
        None => Map::new(),
        Some(node) => match node.to_json() {
            Value::Object(map) => map,
            Value::Null => Map::new(),
            _ => return Err(at(source, node.line, "context must be a mapping")),
        },
    };
    let Some(records) = root.get("records") else {
        return Err(at(
            source,
            root.line,
            "no records: the file lists its records under 'records:'",
        ));
    };
    let Data::List(blocks) = &records.data else {
        return Err(at(
            source,
            records.line,
            "records must be a list of blocks (- model: …, items: […])",
        ));
    };
    let blocks = blocks
        .iter()
        .map(|node| block(source, node))
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok(Spec {
        source: source.to_string(),
        context,
        blocks,
    })
}

fn block(source: &str, node: &Node) -> anyhow::Result<Block> {
    let Data::Map(entries) = &node.data else {
        return Err(at(
            source,
            node.line,
            "a block is a mapping: model, items (and key, prune)",
        ));
    };
    for (key, value) in entries {
        if !matches!(key.as_str(), "model" | "key" | "prune" | "items") {
            return Err(at(
                source,
                value.line,
                format!("unknown key '{key}' in a block: it has model, key, prune and items"),
            ));
        }
    }
    let model = node
        .get("model")
        .and_then(Node::as_str)
        .ok_or_else(|| at(source, node.line, "a block needs 'model: NAME'"))?
        .to_string();
    let key = node.get("key").map(|k| key_fields(source, k)).transpose()?;
    let prune = match node.get("prune") {
        None => None,
        Some(prune) => match prune.get("domain") {
            Some(domain) => Some(domain.to_json()),
            None => {
                return Err(at(
                    source,
                    prune.line,
                    "prune of a block needs a domain: prune: {domain: [...]} (records outside it are never deleted)",
                ));
            }
        },
    };
    let items = match node.get("items") {
        None => Vec::new(),
        Some(items) => item_list(source, items)?,
    };
    Ok(Block {
        line: node.line,
        model,
        key,
        prune,
        prune_line: node.get("prune").map_or(node.line, |prune| prune.line),
        items,
    })
}

fn key_fields(source: &str, node: &Node) -> anyhow::Result<Vec<String>> {
    let fields: Option<Vec<String>> = match &node.data {
        Data::Scalar(Value::String(one)) => Some(vec![one.clone()]),
        Data::List(list) => list
            .iter()
            .map(|n| n.as_str().map(str::to_string))
            .collect(),
        _ => None,
    };
    match fields {
        Some(fields) if !fields.is_empty() => Ok(fields),
        _ => Err(at(
            source,
            node.line,
            "key must be a field name or a list of them",
        )),
    }
}

fn item_list(source: &str, node: &Node) -> anyhow::Result<Vec<Item>> {
    let Data::List(items) = &node.data else {
        return Err(at(source, node.line, "items must be a list of records"));
    };
    items.iter().map(|n| item(source, n)).collect()
}

fn item(source: &str, node: &Node) -> anyhow::Result<Item> {
    let Data::Map(entries) = &node.data else {
        return Err(at(
            source,
            node.line,
            "an item is a mapping of field names to values",
        ));
    };
    let mut item = Item {
        line: node.line,
        xml_id: None,
        absent: false,
        fields: Vec::new(),
    };
    for (key, value) in entries {
        match key.as_str() {
            "xml_id" => {
                let Some(name) = value.as_str().filter(|name| name.contains('.')) else {
                    return Err(at(
                        source,
                        value.line,
                        "xml_id must be module.name, e.g. party.group_party_admin",
                    ));
                };
                item.xml_id = Some(name.to_string());
            }
            "absent" => match value.data {
                Data::Scalar(Value::Bool(absent)) => item.absent = absent,
                _ => return Err(at(source, value.line, "absent must be true or false")),
            },
            _ => item.fields.push((key.clone(), value.clone())),
        }
    }
    Ok(item)
}

/// The children a one2many field declares: `[items]` or `{key, prune, items}`.
pub fn child_block(source: &str, node: &Node) -> anyhow::Result<ChildBlock> {
    match &node.data {
        Data::List(_) => Ok(ChildBlock {
            key: None,
            prune: false,
            items: item_list(source, node)?,
        }),
        Data::Map(entries) => {
            for (key, value) in entries {
                if !matches!(key.as_str(), "key" | "prune" | "items") {
                    return Err(at(
                        source,
                        value.line,
                        format!("unknown key '{key}' for children: they have key, prune and items"),
                    ));
                }
            }
            let prune = match node.get("prune").map(|n| &n.data) {
                None => false,
                Some(Data::Scalar(Value::Bool(prune))) => *prune,
                Some(_) => {
                    return Err(at(
                        source,
                        node.line,
                        "prune of children is true or false (only the parent's children are ever deleted)",
                    ));
                }
            };
            Ok(ChildBlock {
                key: node.get("key").map(|k| key_fields(source, k)).transpose()?,
                prune,
                items: match node.get("items") {
                    Some(items) => item_list(source, items)?,
                    None => Vec::new(),
                },
            })
        }
        Data::Scalar(_) => Err(at(
            source,
            node.line,
            "children are a list of records, or {key, prune, items}",
        )),
    }
}

/// The text as a tree of nodes with lines.
fn load(source: &str, text: &str) -> anyhow::Result<Node> {
    let documents = MarkedYamlOwned::load_from_str(text).map_err(|err| {
        let marker = err.marker();
        at(source, marker.line(), err.info())
    })?;
    match documents.len() {
        0 => Err(at(source, 1, "the file is empty")),
        1 => convert(source, &documents[0]),
        _ => Err(at(
            source,
            documents[1].span.start.line(),
            "the file holds several YAML documents: keep one",
        )),
    }
}

fn convert(source: &str, node: &MarkedYamlOwned) -> anyhow::Result<Node> {
    let line = node.span.start.line();
    let data = match &node.data {
        YamlDataOwned::Value(scalar) => Data::Scalar(match scalar {
            ScalarOwned::Null => Value::Null,
            ScalarOwned::Boolean(flag) => Value::Bool(*flag),
            ScalarOwned::Integer(number) => Value::from(*number),
            // The shortest text that reads back as the same float: 12.50 stays 12.5, which a
            // Numeric field takes as the same decimal (write "12.50" quoted to keep the zero).
            ScalarOwned::FloatingPoint(number) => {
                let text = number.into_inner().to_string();
                serde_json::from_str(&text).map_err(|_| {
                    at(
                        source,
                        line,
                        format!("{text} is not a number JSON can hold"),
                    )
                })?
            }
            ScalarOwned::String(text) => Value::String(text.clone()),
        }),
        YamlDataOwned::Representation(text, _, _) => Data::Scalar(Value::String(text.clone())),
        YamlDataOwned::Sequence(items) => Data::List(
            items
                .iter()
                .map(|item| convert(source, item))
                .collect::<anyhow::Result<_>>()?,
        ),
        YamlDataOwned::Mapping(entries) => {
            let mut converted: Vec<(String, Node)> = Vec::new();
            for (key, value) in entries {
                let name = match &key.data {
                    YamlDataOwned::Value(ScalarOwned::String(text)) => text.clone(),
                    YamlDataOwned::Value(ScalarOwned::Integer(n)) => n.to_string(),
                    _ => {
                        return Err(at(source, key.span.start.line(), "a key must be a name"));
                    }
                };
                if converted.iter().any(|(seen, _)| *seen == name) {
                    return Err(at(
                        source,
                        key.span.start.line(),
                        format!("'{name}' is given twice"),
                    ));
                }
                converted.push((name, convert(source, value)?));
            }
            Data::Map(converted)
        }
        YamlDataOwned::Tagged(_, inner) => return convert(source, inner),
        YamlDataOwned::Alias(_) | YamlDataOwned::BadValue => {
            return Err(at(
                source,
                line,
                "aliases (*name) are not read: write the value out",
            ));
        }
    };
    Ok(Node { line, data })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_kept_for_items_and_values() {
        let spec = parse(
            "f.yaml",
            "version: 1\nrecords:\n  - model: party.category\n    items:\n      - name: A\n      - name: B\n        parent: A\n",
        )
        .unwrap();
        let items = &spec.blocks[0].items;
        assert_eq!(items[1].line, 6);
        assert_eq!(items[1].fields[1].1.line, 7);
    }

    #[test]
    fn json_reads_as_the_same_schema() {
        let spec = parse(
            "f.json",
            r#"{"version": 1, "records": [{"model": "party.party", "items": [{"name": "A", "x": 12.5}]}]}"#,
        )
        .unwrap();
        assert_eq!(
            spec.blocks[0].items[0].fields[1].1.to_json(),
            serde_json::json!(12.5)
        );
    }

    #[test]
    fn a_bad_line_is_named() {
        let err = parse("f.yaml", "version: 1\nrecords:\n  - model: [\n").unwrap_err();
        assert!(format!("{err}").starts_with("f.yaml:"), "{err}");
        let err = parse(
            "f.yaml",
            "version: 1\nrecords:\n  - model: a\n    itemz: []\n",
        )
        .unwrap_err();
        assert_eq!(
            format!("{err}"),
            "f.yaml:4: unknown key 'itemz' in a block: it has model, key, prune and items"
        );
    }
}
