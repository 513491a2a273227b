//! Natural keys: which fields find a declared record on the server. A block's `key:` overrides
//! the model's default; the defaults follow what the database or the convention keeps unique
//! (`party.party.code` and `res.user.login` are unique in the database, a category's name is
//! unique under its parent; a party's name only by convention, but it is what people write).

use crate::schema::{FieldKind, Fields};

/// The default key of models operators declare most.
const DEFAULTS: &[(&str, &[&str])] = &[
    ("party.party", &["name"]),
    ("party.category", &["name", "parent"]),
    ("party.address", &["street", "city"]),
    ("party.contact_mechanism", &["type", "value"]),
    ("party.identifier", &["type", "code"]),
    ("res.user", &["login"]),
    ("res.group", &["name"]),
    ("ir.lang", &["code"]),
    ("ir.cron", &["method"]),
    ("ir.sequence", &["name"]),
    ("ir.sequence.type", &["name"]),
    ("country.country", &["code"]),
    ("country.subdivision", &["code"]),
    ("currency.currency", &["code"]),
    ("company.company", &["party"]),
    ("product.category", &["name", "parent"]),
    ("product.template", &["name"]),
    ("product.product", &["code"]),
    ("product.uom", &["name"]),
];

/// The key of `model` when its block names none: the table above, else `name` (with `parent`
/// when the model is a tree), else `code`.
pub fn default_key(model: &str, fields: &Fields) -> Result<Vec<String>, String> {
    if let Some((_, key)) = DEFAULTS.iter().find(|(name, _)| *name == model) {
        let key: Vec<String> = key
            .iter()
            .filter(|field| fields.contains_key(**field))
            .map(|field| field.to_string())
            .collect();
        if !key.is_empty() {
            return Ok(key);
        }
    }
    let is_tree = fields.get("parent").is_some_and(|parent| {
        parent.kind == FieldKind::Many2One && parent.relation.as_deref() == Some(model)
    });
    if fields.contains_key("name") {
        return Ok(if is_tree {
            vec!["name".into(), "parent".into()]
        } else {
            vec!["name".into()]
        });
    }
    if fields.contains_key("code") {
        return Ok(vec!["code".into()]);
    }
    Err(format!(
        "{model} has no default key (no name or code field): give the block a key: [field, …]"
    ))
}

/// The key of children of `parent_model` in `model`: the default key without the field that
/// points back to the parent (children are matched among the parent's own).
pub fn default_child_key(
    model: &str,
    fields: &Fields,
    parent_model: &str,
) -> Result<Vec<String>, String> {
    let key: Vec<String> = default_key(model, fields)?
        .into_iter()
        .filter(|name| {
            fields
                .get(name)
                .is_none_or(|field| field.relation.as_deref() != Some(parent_model))
        })
        .collect();
    if key.is_empty() {
        return Err(format!(
            "{model} has no default key for children: give them one ({{key: [field, …], items: […]}})"
        ));
    }
    Ok(key)
}
